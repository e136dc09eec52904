"""History (what changed, restore) and the first start (guided new brand, or the sample)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from brandregie.profile import revision_store
from brandregie.profile.pack import pack_dict
from brandregie.ui import dialogs
from brandregie.ui.export.place import BriefsPlace
from brandregie.ui.history_page import PAGE, HistoryPage
from brandregie.ui.main_window import MainWindow
from brandregie.ui.profile_pages import IdentityPage
from tests.ui.conftest import (
    WindowFactory,
    click,
    replace_text,
    restart,
    session_of,
    type_text,
    wait_saved,
)


def shown_history(qtbot: QtBot, window: MainWindow) -> HistoryPage:
    """The History page, shown, with the newest revisions in (they are read on a worker)."""
    window.show_page("history")
    history = window.page("history")
    assert isinstance(history, HistoryPage)
    qtbot.waitUntil(lambda: not history.building)
    return history


def _cell(history: HistoryPage, row: int, column: int) -> str:
    item = history.table.item(row, column)
    assert item is not None
    return item.text()


def test_history_shows_changes_in_words_and_restores(qtbot: QtBot, make_window: WindowFactory,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    window.open_sample()
    identity = window.page("identity")
    assert isinstance(identity, IdentityPage)
    window.show_page("identity")
    replace_text(qtbot, identity.mission.widget, "Brood voor iedereen.")
    wait_saved(qtbot, window)
    replace_text(qtbot, identity.story.widget, "Sinds 1987.")
    wait_saved(qtbot, window)

    history = shown_history(qtbot, window)
    # the two autosaves, seconds apart, are kept as one revision: 3, holding saves 2 and 3
    assert [(r.first, r.number, r.saves) for r in history.loaded] == [(2, 3, 2), (1, 1, 1)]
    assert history.table.rowCount() == 2
    assert _cell(history, 0, 0) == "2–3"
    what = _cell(history, 0, 3)  # what changed, in words, not "edited"
    assert what.startswith("Mission: ") and "; Story: " in what and what.endswith("(2 saves)")
    assert "Sinds 1987." in what
    assert _cell(history, 1, 3) == "imported"
    changes = [history.changes.item(i).text() for i in range(history.changes.count())]
    assert len(changes) == 2 and changes[0].startswith("Mission:") and "Story:" in changes[1]

    history.select_revision(2)  # a save inside the burst: the burst's row
    assert history.selected_revision() == 3

    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    history.select_revision(1)
    click(history.restore_button)
    session = session_of(window)
    assert session.brand.identity.mission.startswith("Elke dag vers brood")
    assert window.undo_action.text() == "Undo: restore revision 1"
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: history.table.rowCount() == 3)  # read again after the save
    assert _cell(history, 0, 3) == "restored: restored revision 1"

    brand = session_of(restart(qtbot, window, make_window)).brand
    assert brand.identity.story.startswith("Opgericht in 1987")
    assert brand.identity.mission.startswith("Elke dag vers brood")


def test_first_start_guides_a_new_brand(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    start = window.start_page
    assert window.navigation.stack.currentWidget() is start
    assert not window.navigation.list.isEnabled()
    form = start.form
    click(form.create_button)
    assert form.error.text() == "This cannot be empty."
    type_text(form.name, "Installatiebedrijf Van Rijn & Zoë")
    type_text(form.why, "Wij zorgen dat je ’s winters warm zit.")
    click(form.formal)
    replace_text(qtbot, form.colour_hexes[1], "#12345")
    click(form.create_button)
    assert form.error.text().startswith("This is not a colour")
    assert "border" in form.colour_hexes[1].styleSheet()
    replace_text(qtbot, form.colour_hexes[1], "#123456")
    replace_text(qtbot, form.colour_names[0], "Vlamoranje")
    click(form.create_button)
    assert window.current_page() == "identity"
    assert window.navigation.list.isEnabled()

    brand = session_of(restart(qtbot, window, make_window)).brand
    assert brand.name == "Installatiebedrijf Van Rijn & Zoë"
    assert brand.identity.why == "Wij zorgen dat je ’s winters warm zit."
    assert brand.character.address["nl"] == "u"
    assert [(c.name, c.hex, c.role) for c in brand.visual.colours] == [
        ("Vlamoranje", "#2E5E4E", "primary"), ("Second colour", "#123456", "secondary"),
        ("Background", "#FAF7F0", "background")]


def test_first_start_can_open_the_sample(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    click(window.start_page.sample_button)
    assert session_of(window).brand.name == "Bakkerij Korenaar"
    assert window.switcher.currentText() == "Bakkerij Korenaar"
    assert window.save_status.revision_label.text() == "Revision 1"


def test_switching_brands_saves_the_one_left(qtbot: QtBot, make_window: WindowFactory,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    window.open_sample()
    identity = window.page("identity")
    assert isinstance(identity, IdentityPage)
    window.show_page("identity")
    replace_text(qtbot, identity.vision.widget, "Nieuwe visie")
    from brandregie.ui.start import NewBrandDialog

    def fill_and_create(dialog: NewBrandDialog) -> int:
        type_text(dialog.form.name, "Tweede merk")
        dialog.form.create_brand()
        return int(dialog.result())

    monkeypatch.setattr(NewBrandDialog, "exec", fill_and_create)
    window.new_action.trigger()
    assert session_of(window).brand.name == "Tweede merk"
    assert [window.switcher.itemText(i) for i in range(window.switcher.count())] == [
        "Bakkerij Korenaar", "Tweede merk"]
    window.switcher.setCurrentIndex(0)
    window.switcher.activated.emit(0)
    assert session_of(window).brand.identity.vision == "Nieuwe visie"
    assert isinstance(window.page("identity"), QWidget)


def test_a_burst_of_saves_shows_when_it_began_and_ended() -> None:
    from datetime import UTC, datetime, timedelta

    from brandregie.ui.history_page import local_span, local_time

    start = datetime(2026, 12, 7, 14, 2, 5, tzinfo=UTC)
    assert local_span(start, start + timedelta(seconds=40)) == local_time(start)
    half_hour = local_span(start, start + timedelta(minutes=29))
    assert half_hour.startswith(local_time(start) + "–") and half_hour != local_time(start)
    next_day = start + timedelta(days=1)
    assert local_span(start, next_day) == f"{local_time(start)} – {local_time(next_day)}"


def test_an_exported_revision_is_kept_apart_from_the_edits_after_it(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    identity = window.page("identity")
    assert isinstance(identity, IdentityPage)
    window.show_page("identity")
    replace_text(qtbot, identity.mission.widget, "Brood voor iedereen.")
    wait_saved(qtbot, window)
    place = window.page("briefs")
    assert isinstance(place, BriefsPlace)
    named = place.build().snapshot().revision  # what the brief's footer says
    replace_text(qtbot, identity.story.widget, "Sinds 1987.")  # seconds later: a burst
    wait_saved(qtbot, window)
    session = session_of(window)
    kept = [r.number for r in session.service.revisions(session.brand_id)]
    assert named is not None and named in kept and kept[0] == named + 1
    assert session.service.snapshot(session.brand_id, named).brand.identity.mission == \
        "Brood voor iedereen."


def test_a_long_history_is_read_a_page_at_a_time(qtbot: QtBot,
                                                 make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    session = session_of(window)
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    with session.service.store.session() as db:  # 120 revisions an hour apart
        for n in range(2, 122):
            brand = session.brand.model_copy(update={"identity": session.brand.identity
                                                     .model_copy(update={"story": f"v{n}"})})
            revision_store.write(db, session.brand_id, n, author="anna", action="edited",
                                 note="", profile=pack_dict(brand), files={},
                                 now=stamp + timedelta(hours=n))
    history = shown_history(qtbot, window)
    assert len(history.loaded) == PAGE and history.table.rowCount() == PAGE - 1
    assert _cell(history, 0, 3) == "Story: v120 -> v121"
    click(history.older_button)
    assert len(history.loaded) == 2 * PAGE and history.older_button.isEnabled()
    bar = history.table.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled to the end: the rest is read
    assert len(history.loaded) == 121 and history.table.rowCount() == 121
    assert not history.older_button.isEnabled()
    assert _cell(history, 120, 3) == "imported"
    history.reload()
    history.select_revision(3)  # an old one: read until it is shown
    assert history.selected_revision() == 3
    assert [history.changes.item(i).text() for i in range(history.changes.count())] == [
        "Story: v2 -> v3"]
