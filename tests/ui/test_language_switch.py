"""Switching the language rebuilds the window: nothing typed is lost, and it stays put."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from brandregie.export.brief import BriefType
from brandregie.store.database import open_store
from brandregie.ui.export.page import BriefsPage
from brandregie.ui.export.place import BriefsPlace
from brandregie.ui.main_window import MainWindow
from brandregie.ui.settings import LANGUAGE, app_settings
from brandregie.ui.shell import Shell
from tests.ui.conftest import choose, replace_text, session_of, type_text


def _briefs(window: MainWindow) -> BriefsPage:
    window.show_page("briefs")
    place = window.page("briefs")
    assert isinstance(place, BriefsPlace)
    if place.page is None:
        place.build()
    assert place.page is not None
    return place.page


def test_the_briefs_form_stays_filled_and_the_window_stays_put(qtbot: QtBot,
                                                               db_path: Path) -> None:
    store = open_store(db_path)
    try:
        settings = app_settings()
        settings.setValue(LANGUAGE, "en")
        shell = Shell(store, settings=settings)
        old = shell.window
        qtbot.addWidget(old)
        old.show()
        old.open_sample()
        old.setGeometry(40, 50, 760, 540)
        page = _briefs(old)
        choose(qtbot, page.form.type, BriefType.VACANCY.value)
        replace_text(qtbot, page.form.title, "Vacature één leerling-bakker")
        type_text(page.form.background, "Wij zoeken iemand die ’s nachts wil bakken.")
        page.form.deadline.check.setChecked(True)
        settings.setValue(LANGUAGE, "nl")
        new = shell.switch_language()
        qtbot.addWidget(new)
        assert new.current_page() == "briefs"
        # where it was (only as much wider as the Dutch labels need)
        assert new.geometry().topLeft() == old.geometry().topLeft()
        assert new.height() == old.height() and new.width() - old.width() < 60
        again = _briefs(new)
        assert again is not page
        assert again.form.type.currentData() == BriefType.VACANCY.value
        assert again.form.title.text() == "Vacature één leerling-bakker"
        assert again.form.background.toPlainText() == "Wij zoeken iemand die ’s nachts wil bakken."
        assert again.form.deadline.check.isChecked()
        assert again.preview_button.text() == "&Voorbeeld"  # and it does speak Dutch
        assert session_of(new).brand.name == "Bakkerij Korenaar"
        new.close()
    finally:
        store.close()
