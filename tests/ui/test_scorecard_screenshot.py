"""The scorecard place in the window at 1366x768 with a year of three agencies (one learning,
one steady, one slipping), in English and Dutch: a PNG each for a person to look at, and what
an owner must be able to read on it without scrolling."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from brandregie.review.service import ReviewService
from brandregie.ui.scorecard.place import ScorecardPlace
from brandregie.ui.translation import install_language
from tests.review.year import build_year
from tests.ui.conftest import WindowFactory

FOLDER = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_scorecard_of_a_year_fits_the_window_and_is_shot(
        qtbot: QtBot, make_window: WindowFactory, lang: str) -> None:
    install_language(lang)
    window = make_window()
    window.open_sample()
    build_year(ReviewService(window.store, author="anna"))
    window.resize(1366, 768)
    window.show_page("scorecard")
    place = window.page("scorecard")
    assert isinstance(place, ScorecardPlace)
    qtbot.waitUntil(lambda: place.view is not None and len(place.view.cards) == 3,
                    timeout=20_000)
    QApplication.processEvents()
    assert place.view is not None
    FOLDER.mkdir(parents=True, exist_ok=True)
    shot = FOLDER / f"scorecard-year-{lang}.png"
    assert window.grab().save(str(shot))
    # the three cards side by side, each whole in the window (nothing below the fold)
    tops = {card.mapTo(window, card.rect().topLeft()).y() for card in place.view.cards}
    assert len(tops) == 1
    for card in place.view.cards:
        bottom = card.mapTo(window, card.rect().bottomLeft()).y()
        assert bottom <= window.height(), f"{card.objectName()} runs below the window"
    names = [c.findChildren(QLabel)[0].text() for c in place.view.cards]
    assert names == ["Bureau Gelijk", "Reclame Rommel", "Studio Deeg"]
