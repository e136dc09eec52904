"""Fields that must not trip a non-technical owner: an installed font picked from the list is
kept, a half-typed name is not saved, dates are typed the Dutch way or picked in a calendar, and
the status bar never says "not saved" while everything is saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QComboBox, QLabel, QTableView
from pytestqt.qtbot import QtBot

from brandregie.ui.dates import parse_date
from brandregie.ui.employer_pages import EmployerPage
from brandregie.ui.main_window import MainWindow
from brandregie.ui.visual_page import VisualPage
from tests.ui.conftest import (
    WindowFactory,
    click,
    key,
    replace_text,
    restart,
    session_of,
    type_text,
    wait_saved,
)


def _visual(window: MainWindow, qtbot: QtBot) -> VisualPage:
    window.show_page("visual")
    page = window.page("visual")
    assert isinstance(page, VisualPage)
    qtbot.waitUntil(lambda: not page.building)  # fonts and logos are built in later steps
    return page


def _family(page: VisualPage) -> QComboBox:
    combo = page.fonts.fields.bindings[0].widget
    assert isinstance(combo, QComboBox)
    return combo


def test_an_installed_font_picked_from_the_list_is_kept(qtbot: QtBot,
                                                        make_window: WindowFactory) -> None:
    assert "DejaVu Serif" in QFontDatabase.families()  # shipped with the test machines' fonts
    window = make_window()
    window.open_sample()
    page = _visual(window, qtbot)
    page.fonts.select(0)
    combo = _family(page)
    combo.showPopup()
    view = combo.view()
    view.setCurrentIndex(combo.model().index(combo.findText("DejaVu Serif"), 0))
    key(view, Qt.Key.Key_Return)
    binding = page.fonts.fields.bindings[0]
    assert binding.error == ""
    assert session_of(window).brand.visual.fonts[0].family == "DejaVu Serif"
    assert page.font_file.label.text() == "Installed on this computer"
    assert page.font_file.specimen.font().family() == "DejaVu Serif"
    wait_saved(qtbot, window)
    window = restart(qtbot, window, make_window)
    assert session_of(window).brand.visual.fonts[0].family == "DejaVu Serif"


def test_a_half_typed_font_name_is_not_saved_and_an_unknown_one_is_called_so(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _visual(window, qtbot)
    page.fonts.select(0)
    before = session_of(window).brand.visual.fonts[0].family
    line = _family(page).lineEdit()
    assert line is not None
    replace_text(qtbot, line, "Korenaar Scr")
    assert session_of(window).brand.visual.fonts[0].family == before
    type_text(line, "ipt")
    key(line, Qt.Key.Key_Return)
    assert session_of(window).brand.visual.fonts[0].family == "Korenaar Script"
    assert page.font_file.label.text().startswith("Not installed on this computer")
    assert len(session_of(window).undo_stack.text(session_of(window).undo_stack.index() - 1))


@pytest.mark.parametrize(("typed", "meant"), [
    ("1-3-2027", date(2027, 3, 1)), ("01/03/2027", date(2027, 3, 1)),
    ("1.3.27", date(2027, 3, 1)), ("2027-03-01", date(2027, 3, 1)),
    ("1 maart 2027", date(2027, 3, 1)), ("21 dec 2026", date(2026, 12, 21)),
    ("1 mrt 2027", date(2027, 3, 1)), ("15 Sept 2027", date(2027, 9, 15)),
    ("31-2-2027", None), ("1-3-20", date(2020, 3, 1)),
    ("1-3", None), ("morgen", None)])
def test_dates_are_read_day_first(typed: str, meant: date | None) -> None:
    assert parse_date(typed) == meant


def _employer(window: MainWindow, qtbot: QtBot) -> EmployerPage:
    window.show_page("employer")
    page = window.page("employer")
    assert isinstance(page, EmployerPage)
    qtbot.waitUntil(lambda: not page.building)  # the tabs after the first are built later
    page.tabs.setCurrentIndex(1)
    return page


def test_a_date_typed_the_dutch_way_is_the_first_of_march(qtbot: QtBot,
                                                          make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _employer(window, qtbot)
    field = page.goal_by.widget
    replace_text(qtbot, field.line, "1-3-2027")
    key(field.line, Qt.Key.Key_Return)
    goal = session_of(window).brand.employer.hiring_goal
    assert goal is not None and goal.by == date(2027, 3, 1)
    assert field.text() == "1 Mar 2027"
    assert page.goal_by.error == ""
    wait_saved(qtbot, window)
    goal = session_of(restart(qtbot, window, make_window)).brand.employer.hiring_goal
    assert goal is not None and goal.by == date(2027, 3, 1)


def test_a_date_is_picked_in_the_calendar(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _employer(window, qtbot)
    field = page.goal_by.widget
    field.button.click()
    assert field.calendar.isVisible()
    field.calendar.setSelectedDate(QDate(2027, 9, 15))
    days = field.calendar.findChild(QTableView)
    assert days is not None
    key(days, Qt.Key.Key_Return)
    goal = session_of(window).brand.employer.hiring_goal
    assert goal is not None and goal.by == date(2027, 9, 15)
    assert not field.calendar.isVisible()


def test_a_wrong_date_is_explained_and_the_status_bar_does_not_contradict_itself(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _employer(window, qtbot)
    field = page.goal_by.widget
    before = session_of(window).brand.employer.hiring_goal
    replace_text(qtbot, field.line, "31-2-2027")
    key(field.line, Qt.Key.Key_Return)
    assert session_of(window).brand.employer.hiring_goal == before
    assert "1-3-2027" in page.goal_by.message.text()
    wait_saved(qtbot, window)
    assert window.save_status.save_label.text() == "All changes saved"
    assert "not saved" not in window.statusBar().currentMessage().lower()
    assert "1-3-2027" in window.statusBar().currentMessage()


def test_the_palette_shows_codes_and_says_what_is_readable(qtbot: QtBot,
                                                           make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _visual(window, qtbot)
    tiles = {tile.accessibleName(): tile for tile in page.tiles.tiles}
    assert list(tiles) == ["Korenblond", "Roggebruin", "Bloemwit", "Ovenrood"]
    brown = tiles["Roggebruin"]
    assert "HEX #5B3A1E" in brown.codes.text() and "RGB 91 58 30" in brown.codes.text()
    assert "CMYK 0 36 67 64" in brown.codes.text()
    assert brown.contrast.text() == "On Bloemwit: easy to read, also small text (9.4:1)"
    assert "not readable as text" in tiles["Korenblond"].contrast.text()
    assert "readable as body text" in tiles["Ovenrood"].contrast.text()
    page.colours.select(0)
    click(tiles["Ovenrood"])
    assert page.colours.list.currentRow() == 3


def test_the_owners_name_is_asked_once_and_signs_the_history(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    from brandregie.profile import service as profile_service
    from brandregie.ui.settings import OWNER_NAME, app_settings

    window = make_window()
    form = window.start_page.form
    assert form.owner.isVisibleTo(window)
    try:
        type_text(form.owner, "Marieke de Vries")
        type_text(form.name, "Installatiebedrijf Van Rijn")
        click(form.create_button)
        session = session_of(window)
        replace_text(qtbot, window.page("identity").name.widget,  # type: ignore[attr-defined]
                     "Installatiebedrijf Van Rijn & Zoon")
        wait_saved(qtbot, window)
        authors = {r.author for r in session.service.revisions(session.brand_id)}
        assert authors == {"Marieke de Vries"}
        assert app_settings().value(OWNER_NAME) == "Marieke de Vries"
        window.close()
        again = make_window()
        assert not again.start_page.form.owner.isVisibleTo(again)  # asked once
    finally:
        profile_service.set_owner_name("")


def test_the_owners_name_can_be_changed_in_the_settings(
        qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog

    from brandregie.profile import service as profile_service
    from brandregie.ui import settings_dialog
    from brandregie.ui.settings import OWNER_NAME, app_settings

    window = make_window()
    window.open_sample()

    def answer(dialog: settings_dialog.SettingsDialog) -> int:
        replace_text(qtbot, dialog.owner, "Jan Korenaar")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", answer)
    try:
        window.open_settings()
        assert app_settings().value(OWNER_NAME) == "Jan Korenaar"
        replace_text(qtbot, window.page("identity").mission.widget,  # type: ignore[attr-defined]
                     "Brood voor de buurt.")
        wait_saved(qtbot, window)
        session = session_of(window)
        assert session.service.revisions(session.brand_id)[0].author == "Jan Korenaar"
    finally:
        profile_service.set_owner_name("")


def test_fonts_are_cards_in_their_own_face_and_logos_are_tiles(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _visual(window, qtbot)
    brand = session_of(window).brand
    assert [c.accessibleName() for c in page.font_cards.cards] == [
        f.family for f in brand.visual.fonts]
    card = page.font_cards.cards[1]
    faces = {label.font().family() for label in card.findChildren(QLabel)}
    assert brand.visual.fonts[1].family in faces or "Not on this computer" in " ".join(
        label.text() for label in card.findChildren(QLabel))
    click(card)
    assert page.fonts.list.currentRow() == 1
    tile = page.logo_tiles.cards[0]
    assert tile.accessibleName() == brand.visual.logos[0].name
    assert brand.visual.logos[0].use in " ".join(w.text() for w in tile.findChildren(QLabel))
