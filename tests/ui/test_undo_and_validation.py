"""Undo and redo span all pages with readable labels; invalid input is shown, never saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from brandregie.ui.profile_pages import IdentityPage
from brandregie.ui.visual_page import VisualPage
from tests.ui.conftest import (
    WindowFactory,
    click,
    key,
    replace_text,
    restart,
    session_of,
    shown_page,
    wait_saved,
)


def test_undo_and_redo_across_pages_with_readable_labels(qtbot: QtBot,
                                                          make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    visual = shown_page(qtbot, window, "visual")
    assert isinstance(visual, VisualPage)
    visual.colours.select(0)
    replace_text(qtbot, visual.colour.hex_edit, "#000000")
    window.show_page("identity")
    identity = window.page("identity")
    assert isinstance(identity, IdentityPage)
    replace_text(qtbot, identity.mission.widget, "Anders")
    assert window.undo_action.text() == "Undo: change mission"

    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    session = session_of(window)
    assert session.brand.identity.mission.startswith("Elke dag vers brood")
    assert identity.mission.widget.toPlainText().startswith("Elke dag vers brood")
    assert window.undo_action.text() == "Undo: change colour Korenblond"
    assert window.redo_action.text() == "Redo: change mission"

    window.undo_action.trigger()
    assert session.brand.visual.colours[0].hex == "#E8B64C"
    assert window.current_page() == "visual"  # undo shows where it changed something
    assert visual.colour.hex_edit.text() == "#E8B64C"

    window.redo_action.trigger()
    window.redo_action.trigger()
    assert session.brand.visual.colours[0].hex == "#000000"
    assert session.brand.identity.mission == "Anders"
    assert window.current_page() == "identity"
    window.undo_action.trigger()  # the mission again, so the saved state is a mixed one
    wait_saved(qtbot, window)

    brand = session_of(restart(qtbot, window, make_window)).brand
    assert brand.visual.colours[0].hex == "#000000"
    assert brand.identity.mission.startswith("Elke dag vers brood")


def test_typing_a_word_is_one_undo_step(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    identity = window.page("identity")
    assert isinstance(identity, IdentityPage)
    window.show_page("identity")
    before = session_of(window).undo_stack.count()
    replace_text(qtbot, identity.vision.widget, "Groeien")
    assert session_of(window).undo_stack.count() == before + 1
    window.undo_action.trigger()
    assert session_of(window).brand.identity.vision.startswith("Over vijf jaar")


def test_a_bad_hex_is_shown_in_place_and_never_saved(qtbot: QtBot,
                                                     make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    visual = shown_page(qtbot, window, "visual")
    assert isinstance(visual, VisualPage)
    visual.colours.select(1)
    replace_text(qtbot, visual.colour.hex_edit, "#GG3D91")
    message = visual.colour.hex.message
    assert message.isVisibleTo(visual)
    assert "#RRGGBB" in message.text()
    assert "border" in visual.colour.hex_edit.styleSheet()
    assert visual.colour.hex_edit.toolTip() == message.text()
    assert window.statusBar().currentMessage().startswith("Field left unchanged")
    session = session_of(window)
    assert session.brand.visual.colours[1].hex == "#5B3A1E"
    assert not session.dirty and not session.save_coming, "nothing to save, none scheduled"
    assert session.base_revision == 1

    replace_text(qtbot, visual.colour.hex_edit, "#5b3a1f")
    assert not message.isVisibleTo(visual)
    assert visual.colour.hex_edit.styleSheet() == ""
    wait_saved(qtbot, window)
    assert session.base_revision == 2
    stored = window.service.snapshot(session.brand_id).brand
    assert stored.visual.colours[1].hex == "#5B3A1F"


def test_an_empty_name_is_refused_and_the_last_good_name_kept(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    window.show_page("identity")
    identity = window.page("identity")
    assert isinstance(identity, IdentityPage)
    replace_text(qtbot, identity.name.widget, "   ")
    assert identity.name.message.text() == "This cannot be empty."
    identity.values.select(0)
    replace_text(qtbot, identity.values.fields.bindings[0].widget, "")
    assert identity.values.fields.bindings[0].error == "This cannot be empty."
    session = session_of(window)
    assert session.brand.name == "Bakkerij Korenaar"
    assert session.brand.identity.values[0].name == "Vakmanschap"
    assert not session.dirty
    # choosing another value shows that one, with no complaint left over
    identity.values.select(1)
    assert identity.values.fields.bindings[0].error == ""
    assert identity.values.fields.bindings[0].widget.text() == "Eerlijk"  # type: ignore[attr-defined]


def test_remove_and_reorder_are_undoable(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    visual = shown_page(qtbot, window, "visual")
    assert isinstance(visual, VisualPage)
    visual.colours.select(3)
    click(visual.colours.buttons.remove)
    assert window.undo_action.text() == "Undo: remove colour Ovenrood"
    visual.colours.select(0)
    visual.colours.list.setFocus()
    key(visual.colours.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [c.name for c in session_of(window).brand.visual.colours] == [
        "Roggebruin", "Korenblond", "Bloemwit"]
    assert window.undo_action.text() == "Undo: move colour Korenblond down"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [c.name for c in session_of(window).brand.visual.colours] == [
        "Korenblond", "Roggebruin", "Bloemwit", "Ovenrood"]
    assert visual.colours.list.count() == 4
