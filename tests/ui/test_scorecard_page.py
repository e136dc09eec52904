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
    deeg, rommel, gelijk = view.cards[2], view.cards[1], view.cards[0]
    assert deeg.on_time_caption.text() == "On time: 9 of 12 first drafts, 3 late"
    assert (deeg.on_time.on_time, deeg.on_time.timed) == (9, 12)
    assert re.fullmatch(r"Rounds to approval: 1[.,]5 on average", deeg.rounds_caption.text())
    assert re.fullmatch(r"Brand fit of first drafts: \+\d+ from first to last quarter",
                        deeg.fit_caption.text())
    assert gelijk.fit_caption.text() == ("Brand fit of first drafts: unchanged from first to "
                                         "last quarter")
    assert "A word the brand never uses" in deeg.figures.text()
    assert "terminology." not in deeg.figures.text()
    quarters = [q.quarter for q in deeg.fit.quarters]
    assert quarters == [f"{YEAR}-Q{n}" for n in (1, 2, 3, 4)]
    assert deeg.fit.quarters[-1].average > deeg.fit.quarters[0].average
    low, high = deeg.fit.scale()
    lowest = min(q.average for c in view.cards for q in c.fit.quarters)
    assert low <= lowest - 5 and high == 100
    assert {c.fit.scale() for c in view.cards} == {(low, high)}, "one scale for all cards"
    # rounds per assignment in date order, against the agreed two; Rommel goes over later on
    assert [r for r, _agreed in rommel.rounds.items] == [1] * 3 + [2] * 6 + [3] * 3
    assert rommel.rounds.agreed == 2
    assert {c.rounds.top for c in view.cards} == {3}, "one rounds scale for all cards"
    assert rommel.rounds_caption.text().endswith("; 3 more than agreed")
    assert "Within budget: 6 of 12, €1,200.00 over in total" in rommel.figures.text()
    assert gelijk.figures.text().startswith("Within budget: 12 of 12\n")
    # Gelijk asked for photos by 10 March; the owner sent them on the 12th
    assert "Their requests we answered late: 1 of 1" in gelijk.figures.text()
    assert "requests" not in deeg.figures.text()


def test_many_agencies_are_placed_a_few_rows_per_turn_in_their_order(qtbot: QtBot) -> None:
    """Forty agencies (the five-year store) laid out at once held the window; the first rows
    show at once and the rest follow turn by turn, three across, in the scorecard's order."""
    from brandregie.review.scorecard.figures import AgencyScore, QuarterFit, Scorecard

    def agency(n: int) -> AgencyScore:
        return AgencyScore(n, f"Bureau {n:02d}", (), 1, 2, 0, None, 0, 70.0, None,
                           (QuarterFit(f"{YEAR}-Q1", 60.0 + n, 1),), (), 0, 0, 0, 0, 0, 0)

    view = ScorecardView()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.show_scorecard(Scorecard("Bakkerij Korenaar", None, date(YEAR, 12, 31),
                                  tuple(agency(n) for n in range(14))))
    per_turn = view.ROWS_PER_TURN * view.COLUMNS
    assert len(view.cards) == 14 and len(view.pending) == 14 - per_turn
    assert all(c.parent() is not None for c in view.cards[:per_turn])
    qtbot.waitUntil(lambda: not view.placing, timeout=5_000)
    page = view.widget()
    assert page is not None
    spots = [(c.mapTo(page, c.rect().topLeft()).y(), c.mapTo(page, c.rect().topLeft()).x())
             for c in view.cards]
    assert spots == sorted(spots), "row by row, left to right, in the scorecard's order"
    assert len({y for y, _ in spots}) == 5 and len({x for _, x in spots}) == 3


def test_the_rounds_axis_labels_only_as_many_rounds_as_fit_one_above_the_other() -> None:
    """Ten rounds in a 64-pixel chart were ten labels written over each other."""
    from itertools import pairwise

    from brandregie.ui.scorecard.charts import rounds_ticks

    assert rounds_ticks(3, 64, 15) == [1, 2, 3]
    assert rounds_ticks(10, 64, 15) == [5, 10]
    for top in range(1, 31):
        for height in (64.0, 120.0):
            ticks = rounds_ticks(top, height, 15)
            assert ticks and all(1 <= t <= top for t in ticks)
            assert all((b - a) * height / top >= 15 for a, b in pairwise(ticks))
