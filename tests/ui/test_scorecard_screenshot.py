"""The scorecard place in the window at 1366x768 with a year of three agencies (one learning,
one steady, one slipping), in English and Dutch: a PNG each for a person to look at, what an
owner must be able to read on it without scrolling, the period chosen by keyboard, and the
scorecard saved as a PDF from there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from brandregie.review.service import ReviewService
from brandregie.ui import dialogs
from brandregie.ui.scorecard.place import ScorecardPlace, period_dates
from brandregie.ui.translation import install_language
from tests.export.pdftools import plain_text, qpdf_check
from tests.review.year import YEAR, build_year
from tests.ui.conftest import WindowFactory
from tests.ui.test_screenshots import display  # noqa: F401  (the Xvfb fixture)

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "artifacts" / "screenshots"


def test_the_periods_run_as_an_owner_counts_them() -> None:
    today = date(2026, 12, 7)
    assert period_dates("last_12_months", today) == (date(2025, 12, 8), today)
    assert period_dates("this_year", today) == (date(2026, 1, 1), today)
    assert period_dates("last_year", today) == (date(2025, 1, 1), date(2025, 12, 31))
    assert period_dates("all", today) == (None, today)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_scorecard_of_a_year_fits_the_window_and_is_shot(
        qtbot: QtBot, make_window: WindowFactory, lang: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    install_language(lang)
    window = make_window()
    window.open_sample()
    build_year(ReviewService(window.store, author="anna"))
    window.resize(1366, 768)
    window.show_page("scorecard")
    place = window.page("scorecard")
    assert isinstance(place, ScorecardPlace)
    place.settle()
    assert place.shown is not None and place.shown.since is not None  # the last 12 months

    # "Everything", chosen at the keyboard: Alt+P, then End in the list
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is place.period
    QTest.keyClick(place.period, Qt.Key.Key_End)
    assert place.period.currentData() == "all"
    qtbot.waitUntil(lambda: place.shown is not None and place.shown.since is None,
                    timeout=20_000)
    QApplication.processEvents()
    assert place.view is not None
    FOLDER.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(FOLDER / f"scorecard-year-{lang}.png"))
    # the three cards side by side, each whole in the window (nothing below the fold)
    tops = {card.mapTo(window, card.rect().topLeft()).y() for card in place.view.cards}
    assert len(tops) == 1
    for card in place.view.cards:
        assert card.mapTo(window, card.rect().bottomLeft()).y() <= window.height()
    names = [c.findChildren(QLabel)[0].text() for c in place.view.cards]
    assert names == ["Bureau Gelijk", "Reclame Rommel", "Studio Deeg"]

    # Save as PDF…: the scorecard of the period shown, in the brand's (Dutch) words
    out = tmp_path / "scorecard"
    asked: list[str] = []

    def save_file(_parent: QWidget | None, _title: str, suggested: str, _filters: str) -> Path:
        asked.append(suggested)
        return out

    monkeypatch.setattr(dialogs, "save_file", save_file)
    with qtbot.waitSignal(place.saver.finished, timeout=60_000):
        QTest.mouseClick(place.save_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    pdf = out.with_suffix(".pdf")
    assert Path(asked[0]).name.startswith("scorecard-bakkerij-korenaar-")
    assert Path(asked[0]).parent == Path.home(), "the first time: the home folder"
    qpdf_check(pdf)
    text = " ".join(plain_text(pdf).split())
    for words in ("Scorekaart van de bureaus", "Bureau Gelijk", "Reclame Rommel",
                  "Studio Deeg", "25% (3 van 12)", "€ 1.200,00", f"{YEAR}-Q4"):
        assert words in text, words
    assert str(pdf) in place.message.text() and place.message.isVisible()
    # the next scorecard is suggested beside this one
    monkeypatch.setattr(dialogs, "save_file", lambda *_args: asked.append(_args[2]))
    place.save_pdf()
    assert Path(asked[-1]).parent == tmp_path


@pytest.mark.xvfb
@pytest.mark.slow
def test_the_scorecard_of_a_year_in_a_real_window_under_xvfb(
        display: str, tmp_path: Path) -> None:  # noqa: F811  (the imported fixture)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           **{var: str(tmp_path / sub) for var, sub in (
               ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
               ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache"))}}
    result = subprocess.run([sys.executable, "-m", "tests.ui.scorecard_shot", str(FOLDER),
                             str(tmp_path / "year.db")], env=env, capture_output=True,
                            text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    agencies = ["Bureau Gelijk", "Reclame Rommel", "Studio Deeg"]
    assert shown == {"en": agencies, "nl": agencies}
    for lang in ("en", "nl"):
        image = QImage(str(FOLDER / f"scorecard-year-xvfb-{lang}.png"))
        assert (image.width(), image.height()) == (1366, 768)
        colours = {image.pixel(x, y) for x in range(0, 1366, 37) for y in range(0, 768, 23)}
        assert len(colours) > 8, "a real picture of the window, not an empty frame"
