"""Sounds like us: the owner pastes a text of their own; it is kept, and the checks use it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from brandregie.ui.voice_page import VoicePage
from tests.ui.conftest import (
    WindowFactory,
    click,
    replace_text,
    restart,
    session_of,
    wait_saved,
)

OWN = ("Ik sta elke ochtend om vier uur in de bakkerij. Eerst gaat de oven aan. Dan kneed ik "
       "het deeg voor het volkorenbrood, met de hand, al dertig jaar.")


def test_an_own_text_pasted_on_the_page_is_there_after_a_restart(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    window.show_page("voice")
    page = window.page("voice")
    assert isinstance(page, VoicePage)
    assert page.texts.list.count() == 0
    click(page.texts.buttons.add)
    title, text, source = page.texts.fields.bindings[:3]
    replace_text(qtbot, text.widget, OWN)
    replace_text(qtbot, title.widget, "Over mij")
    replace_text(qtbot, source.widget, "nieuwsbrief maart")
    wait_saved(qtbot, window)

    window = restart(qtbot, window, make_window)
    texts = session_of(window).brand.voice.texts
    assert [(t.title, t.text, t.source) for t in texts] == [
        ("Over mij", OWN, "nieuwsbrief maart")]
    window.show_page("voice")
    page = window.page("voice")
    assert isinstance(page, VoicePage)
    assert page.texts.list.item(0).text() == "Over mij"


def test_a_document_of_the_owner_is_added_from_a_file(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window()
    window.open_sample()
    window.show_page("voice")
    page = window.page("voice")
    assert isinstance(page, VoicePage)
    page.reader.synchronous = True
    letter = tmp_path / "nieuwsbrief-maart.txt"
    letter.write_text(OWN + "\n\nTot zaterdag in de winkel!\n", encoding="utf-8")
    page.add_file(letter)
    texts = session_of(window).brand.voice.texts
    assert [(t.title, t.text, t.source) for t in texts] == [
        ("nieuwsbrief-maart", OWN + "\n\nTot zaterdag in de winkel!", "nieuwsbrief-maart.txt")]
    assert page.texts.list.currentItem().text() == "nieuwsbrief-maart"
    assert page.from_file.isEnabled()
