"""Two people edit the same brand (team mode): the second save is refused, the person sees what
changed and chooses, and nothing is lost. A real SQLite file opened through two stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from brandregie.profile.service import ProfileService, current_user
from brandregie.store.database import Store, open_store
from brandregie.ui import dialogs
from brandregie.ui.conflict import ConflictDialog
from brandregie.ui.main_window import MainWindow
from brandregie.ui.profile_pages import IdentityPage
from brandregie.ui.session import SaveState
from brandregie.ui.translation import install_language
from tests.ui.conftest import (
    WindowFactory,
    click,
    key,
    replace_text,
    session_of,
    wait_saved,
)


@pytest.fixture(autouse=True)
def _close_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing test leaves unsaved edits; closing must not wait for a click on "Yes"."""
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)


def colleague(db_path: Path, stores: list[Store]) -> ProfileService:
    """A second person on the same database file, through their own store."""
    other = open_store(db_path)
    stores.append(other)
    return ProfileService(other, author="collega")


def colleague_saves(service: ProfileService, brand_id: int, **identity: str) -> None:
    brand = service.snapshot(brand_id).brand
    service.save(brand_id, brand.model_copy(update={
        "identity": brand.identity.model_copy(update=identity)}), base_revision=1)


def identity_page(window: MainWindow) -> IdentityPage:
    window.show_page("identity")
    page = window.page("identity")
    assert isinstance(page, IdentityPage)
    return page


def wait_dialog(qtbot: QtBot, window: MainWindow) -> ConflictDialog:
    qtbot.waitUntil(lambda: window.save_status.conflict_dialog is not None
                    and window.save_status.conflict_dialog.isVisible(), timeout=5000)
    dialog = window.save_status.conflict_dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def stored(service: ProfileService, brand_id: int) -> tuple[int | None, str, str, str]:
    snap = service.snapshot(brand_id)
    ident = snap.brand.identity
    return snap.revision, ident.vision, ident.mission, ident.story


def authors(service: ProfileService, brand_id: int) -> list[tuple[int, str]]:
    return sorted((r.number, r.author) for r in service.revisions(brand_id))


def test_edits_of_different_fields_merge_and_save_by_themselves(
        qtbot: QtBot, sample_window: MainWindow, db_path: Path, stores: list[Store]) -> None:
    window = sample_window
    session = session_of(window)
    them = colleague(db_path, stores)
    brand = them.snapshot(session.brand_id).brand
    them.save(session.brand_id, brand.model_copy(update={"languages": ("nl",)}),
              base_revision=1)
    replace_text(qtbot, identity_page(window).vision.widget, "Mijn visie")
    qtbot.waitUntil(lambda: session.base_revision == 3 and not session.dirty
                    and session._in_flight is None, timeout=5000)
    now = them.snapshot(session.brand_id)
    assert now.brand.languages == ("nl",) and now.brand.identity.vision == "Mijn visie"
    assert authors(them, session.brand_id)[1:] == [(2, "collega"), (3, current_user())]
    assert session.brand == now.brand  # the window shows the merge, their change included
    assert "Merged with changes by collega" in window.statusBar().currentMessage()
    assert window.save_status.save_label.text() == "All changes saved"
    assert window.save_status.conflict_dialog is None
    # the merge is one undo step, named after the colleague
    assert window.undo_action.text() == "Undo: merge with changes by collega"
    window.undo_action.trigger()
    assert session.brand.languages != ("nl",) and session.brand.identity.vision == "Mijn visie"
    window.redo_action.trigger()
    wait_saved(qtbot, window)
    assert them.snapshot(session.brand_id).brand == now.brand


def test_same_field_asks_and_keep_mine_saves_mine_with_their_other_changes(
        qtbot: QtBot, sample_window: MainWindow, db_path: Path, stores: list[Store]) -> None:
    window = sample_window
    session = session_of(window)
    them = colleague(db_path, stores)
    colleague_saves(them, session.brand_id, vision="Hun visie", story="Hun verhaal")
    replace_text(qtbot, identity_page(window).vision.widget, "Mijn visie")
    dialog = wait_dialog(qtbot, window)
    assert dialog.windowModality() is Qt.WindowModality.WindowModal
    assert "changed by someone else" in dialog.message.text()
    assert "collega" in dialog.message.text()
    theirs = [dialog.their_changes.item(i).text() for i in range(dialog.their_changes.count())]
    mine = [dialog.my_changes.item(i).text() for i in range(dialog.my_changes.count())]
    assert any("Hun verhaal" in line for line in theirs)
    assert any("Hun visie" in line for line in theirs)
    assert any("Mijn visie" in line for line in mine)
    assert list(dialog.groups) == ["identity.vision"]
    assert "Mijn visie" in dialog.mine_buttons["identity.vision"].text()
    assert "Hun visie" in dialog.theirs_buttons["identity.vision"].text()
    assert stored(them, session.brand_id)[0] == 2  # refused: nothing of mine saved yet
    click(dialog.theirs_buttons["identity.vision"])
    click(dialog.mine_buttons["identity.vision"])
    assert dialog.choices() == {"identity.vision": "mine"}
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: session.base_revision == 3 and session._in_flight is None,
                    timeout=5000)
    assert stored(them, session.brand_id) == (3, "Mijn visie", session.brand.identity.mission,
                                             "Hun verhaal")
    assert authors(them, session.brand_id)[1:] == [(2, "collega"), (3, current_user())]
    assert session.brand.identity.story == "Hun verhaal"
    assert window.save_status.save_label.text() == "All changes saved"
    assert "collega" in window.statusBar().currentMessage()


def test_same_field_take_theirs_keeps_my_other_edits(
        qtbot: QtBot, sample_window: MainWindow, db_path: Path, stores: list[Store]) -> None:
    window = sample_window
    session = session_of(window)
    them = colleague(db_path, stores)
    colleague_saves(them, session.brand_id, vision="Hun visie")
    page = identity_page(window)
    replace_text(qtbot, page.vision.widget, "Mijn visie")
    replace_text(qtbot, page.mission.widget, "Mijn missie")
    dialog = wait_dialog(qtbot, window)
    # keyboard only: the first choice has the focus, Down picks "take theirs", Enter saves
    assert focused() is dialog.mine_buttons["identity.vision"]
    key(focused(), Qt.Key.Key_Down)
    assert dialog.choices() == {"identity.vision": "theirs"}
    key(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.base_revision == 3 and session._in_flight is None,
                    timeout=5000)
    assert stored(them, session.brand_id)[:3] == (3, "Hun visie", "Mijn missie")
    assert session.brand.identity.vision == "Hun visie"
    assert session.brand.identity.mission == "Mijn missie"
    assert page.vision.widget.toPlainText() == "Hun visie"


def test_not_now_keeps_my_edits_unsaved_and_resolving_later_works(
        qtbot: QtBot, sample_window: MainWindow, db_path: Path, stores: list[Store]) -> None:
    window = sample_window
    session = session_of(window)
    them = colleague(db_path, stores)
    colleague_saves(them, session.brand_id, vision="Hun visie")
    page = identity_page(window)
    replace_text(qtbot, page.vision.widget, "Mijn visie")
    dialog = wait_dialog(qtbot, window)
    key(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.save_status.conflict_dialog is None)
    assert stored(them, session.brand_id)[:2] == (2, "Hun visie")
    assert session.brand.identity.vision == "Mijn visie"
    assert window.save_status.save_label.text() == "Not saved: conflict"
    status = window.save_status
    assert status.resolve_button.isVisibleTo(window) and status.resolve_action.isEnabled()
    assert "Not saved: conflict" in window.statusBar().currentMessage()
    # editing on does not nag: autosave waits for the choice
    replace_text(qtbot, page.mission.widget, "Mijn missie")
    assert not session.save_coming, "no save runs or is scheduled until the person chooses"
    assert window.save_status.conflict_dialog is None and session.save_state is SaveState.FAILED
    assert stored(them, session.brand_id)[0] == 2
    window.save_status.resolve_action.trigger()
    dialog = wait_dialog(qtbot, window)
    mine = [dialog.my_changes.item(i).text() for i in range(dialog.my_changes.count())]
    assert any("Mijn missie" in line for line in mine)
    click(dialog.all_mine)
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: session.base_revision == 3 and session._in_flight is None,
                    timeout=5000)
    assert stored(them, session.brand_id)[:3] == (3, "Mijn visie", "Mijn missie")
    assert window.save_status.save_label.text() == "All changes saved"
    assert not window.save_status.resolve_button.isVisibleTo(window)


def test_the_dialog_is_named_for_screen_readers_and_speaks_dutch(
        qtbot: QtBot, make_window: WindowFactory, db_path: Path, stores: list[Store]) -> None:
    install_language("nl")
    window = make_window()
    window.open_sample()
    session = session_of(window)
    them = colleague(db_path, stores)
    colleague_saves(them, session.brand_id, vision="Hun visie", mission="Hun missie")
    page = identity_page(window)
    replace_text(qtbot, page.vision.widget, "Mijn visie")
    replace_text(qtbot, page.mission.widget, "Mijn missie")
    dialog = wait_dialog(qtbot, window)
    assert dialog.windowTitle() == "Iemand anders heeft dit merk bewaard"
    assert dialog.all_theirs.text().replace("&", "") == "Neem alles van de ander"
    nameless = [type(w).__name__ for w in dialog.findChildren(QWidget)
                if isinstance(w, QAbstractButton | QListWidget)
                and not (w.accessibleName() or (w.text() if isinstance(w, QAbstractButton)
                                                else "")).strip()]
    assert nameless == []
    assert len(dialog.groups) == 2
    key(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.save_status.conflict_dialog is None)
    assert window.save_status.save_label.text() == "Niet bewaard: conflict"
