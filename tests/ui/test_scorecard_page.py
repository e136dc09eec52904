"""The scorecard page: a card per agency with its quarter bars and its figures in words."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.scorecard.figures import build_scorecard
from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
from brandregie.ui.scorecard.page import ScorecardView
from tests.review.year import YEAR, build_year


def test_each_agency_gets_a_card_with_its_bars_and_figures(
        qtbot: QtBot, tmp_path: Path, sample_snapshot: ProfileSnapshot) -> None:
    with open_store(tmp_path / "merk.db") as store:
        ProfileService(store, author="anna").import_snapshot(sample_snapshot)
        build_year(ReviewService(store, author="anna"))
        card = build_scorecard(store, "Bakkerij Korenaar", since=date(YEAR, 1, 1))
    view = ScorecardView()
    qtbot.addWidget(view)
    view.show_scorecard(card)
    view.resize(1366, 768)
    view.show()
    names = [c.findChildren(type(c.figures))[0].text() for c in view.cards]
    assert names == ["Bureau Gelijk", "Reclame Rommel", "Studio Deeg"]
    deeg = view.cards[2]
    assert "On time: 9 of 12 first drafts" in deeg.figures.text()
    assert re.search(r"Rounds to approval: 1[.,]5 on average", deeg.figures.text())
    assert re.search(r"First-draft fit: \+\d+ from first", deeg.figures.text())
    assert "A word the brand never uses" in deeg.figures.text()
    assert "terminology." not in deeg.figures.text()
    quarters = [q.quarter for q in deeg.bars.quarters]
    assert quarters == [f"{YEAR}-Q{n}" for n in (1, 2, 3, 4)]
    assert deeg.bars.quarters[-1].average > deeg.bars.quarters[0].average
    assert "Within budget: 6 of 12" in view.cards[1].figures.text()
