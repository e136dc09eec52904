"""The agency scorecard on a big store: reading its figures, and drawing them.

    .venv/bin/python bench/bench_scorecard.py --db HOME/data/BrandRegie/brandregie.db [--runs 3]

Run on the five-year store (``bench_years.py`` builds it: 40 agencies, 2,000 assignments,
6,000 draft versions) or any store; a SQLite file is opened read-only (a URI with
``mode=ro``), a ``postgresql://`` URL as it is. Measured, median of ``--runs``:

1. ``build_scorecard`` for "Everything" (every assignment: the most the owner can ask for) and
   for "The last 12 months" (the page's default), by the clock and in CPU time of this process
   (the database's own work included: SQLite runs in it; on PostgreSQL the server backend's
   CPU is given apart, read from /proc when the server runs on this machine). The machine's 2
   cores are shared, so on a busy machine the CPU time is the steadier figure.
2. The anchor, run paired with (1): parsing the stored reports of the same first drafts with
   the column's JSON type and nothing else, the least any reading of whole reports costs. Until the
   findings' fields were picked out in the database, the scorecard parsed those reports and
   made findings of them: on the five-year store 29-31 s at load 10 (session 6), 5.0 s with
   4.2 s of CPU at load 4 (session 7, this bench): 2.1x the anchor's CPU; now 0.53x.
3. The view: the "Everything" scorecard drawn as the page draws it (every agency's card and
   charts, on the GUI thread, offscreen): its first turn (the first rows painted), its longest
   turn of the event loop (the window's longest wait) and the whole until every card is
   placed and painted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: "A couple of seconds or less" for every assignment of five years (issue #21).
TARGET_S = 2.0


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """Seconds by the clock and of this process's CPU for one ``run()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def server_cpu(store: object) -> Callable[[], float]:
    """Seconds of CPU the PostgreSQL backend serving ``store`` has used so far (0 on SQLite,
    or when the server is not on this machine): the scorecard's JSON work runs there. The
    store's pool hands its sessions the same connection, one after the other."""
    from sqlalchemy import text

    from brandregie.store.database import Store

    assert isinstance(store, Store)
    if store.is_sqlite:
        return lambda: 0.0
    with store.session() as s:
        pid = s.execute(text("SELECT pg_backend_pid()")).scalar_one()
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return lambda: 0.0

    def used() -> float:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    return used


def paired(mine: Callable[[], object], anchor: Callable[[], object], runs: int
           ) -> tuple[tuple[float, float], tuple[float, float]]:
    """Median (wall, CPU) of ``mine`` and of ``anchor``, run in pairs after a warm-up of each
    (the first read of a big store is mostly the disk)."""
    mine(), anchor()
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(timed(mine))
        theirs.append(timed(anchor))

    def median(pairs: list[tuple[float, float]]) -> tuple[float, float]:
        return (statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs))

    return median(ours), median(theirs)


def parse_first_reports(store_url: str, brand_id: int) -> Callable[[], object]:
    """The anchor: every first draft's stored report read and parsed, nothing more."""
    from sqlalchemy import select

    from brandregie import models as m
    from brandregie.store.database import Store

    store = Store(store_url, migrate=False)

    def run() -> int:
        with store.session() as s:
            reports = s.scalars(
                select(m.DraftVersion.report)  # parsed by the column's JSON type
                .join(m.Assignment, m.DraftVersion.assignment_id == m.Assignment.id)
                .where(m.Assignment.brand_id == brand_id, m.DraftVersion.number == 1)
                .execution_options(yield_per=200))
            return sum(len(report["findings"]) for report in reports if report)

    return run


def draw(card: object) -> tuple[float, float, float]:
    """Milliseconds the view of ``card`` takes to build and paint: its first turn of the event
    loop (the first rows painted), the longest turn (what the window waits at most) and the
    whole (every card on the page and painted)."""
    from PySide6.QtWidgets import QApplication

    from brandregie.ui.scorecard.page import ScorecardView

    app = QApplication.instance() or QApplication([])
    view = ScorecardView()
    view.resize(1366, 768)
    view.show()
    app.processEvents()
    start = time.perf_counter()
    view.show_scorecard(card)  # type: ignore[arg-type]
    view.viewport().repaint()
    turns = [time.perf_counter() - start]
    while view.placing:
        began = time.perf_counter()
        app.processEvents()
        view.viewport().repaint()
        turns.append(time.perf_counter() - began)
    whole = time.perf_counter() - start
    view.close()
    return turns[0] * 1000, max(turns) * 1000, whole * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="a SQLite file or a postgresql:// URL")
    parser.add_argument("--brand", help="the brand (default: the first one)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-view", action="store_true", help="skip drawing the view")
    args = parser.parse_args()

    from sqlalchemy import func, select

    from bench.bench_years_window import read_only
    from brandregie import models as m
    from brandregie.review.scorecard.figures import Scorecard, build_scorecard
    from brandregie.store.database import Store

    url = read_only(args.db)
    store = Store(url, migrate=False)
    with store.session() as s:
        brand = s.execute(select(m.Brand.id, m.Brand.name).where(
            func.lower(m.Brand.name) == args.brand.lower()) if args.brand
            else select(m.Brand.id, m.Brand.name).order_by(m.Brand.id).limit(1)).one()
        assignments = s.scalar(select(func.count()).select_from(m.Assignment)
                               .where(m.Assignment.brand_id == brand.id))
        versions = s.scalar(select(func.count()).select_from(m.DraftVersion))
    print(f"{args.db}: brand {brand.name!r}, {assignments} assignments, {versions} versions")
    today = date.today()
    cards: dict[str, Scorecard] = {}

    def scorecard(label: str, since: date | None) -> Callable[[], object]:
        def run() -> Scorecard:
            cards[label] = build_scorecard(store, brand.name, since=since, until=today)
            return cards[label]
        return run

    anchor = parse_first_reports(url, brand.id)
    backend = server_cpu(store)
    served = backend()
    everything, parsed = paired(scorecard("all", None), anchor, args.runs)
    served = (backend() - served) / (args.runs + 1)  # the warm-up's run too
    year, _ = paired(scorecard("year", today - timedelta(days=364)), lambda: None, args.runs)
    card = cards["all"]
    counted = sum(n for a in card.agencies for _, n in a.findings)
    print(f"1. scorecard, Everything ({len(card.agencies)} agencies, "
          f"{sum(len(a.assignments) for a in card.agencies)} assignments, top findings "
          f"{counted}): {everything[0]:.2f} s, CPU {everything[1]:.2f} s "
          f"(target <= {TARGET_S:.0f} s: {'met' if everything[0] <= TARGET_S else 'NOT met'})")
    if not store.is_sqlite:
        print(f"   the server's CPU for it (its backend process, mean): {served:.2f} s")
    recent = sum(len(a.assignments) for a in cards["year"].agencies)
    print(f"   scorecard, the last 12 months ({recent} assignments): {year[0]:.2f} s, "
          f"CPU {year[1]:.2f} s")
    print(f"2. anchor, the first drafts' reports parsed: {parsed[0]:.2f} s, CPU {parsed[1]:.2f} s;"
          f" scorecard / anchor: {everything[0] / parsed[0]:.2f}x by the clock, "
          f"{everything[1] / parsed[1]:.2f}x in CPU")
    if not args.no_view:
        draw(card)  # the first view in a process loads fonts and styles
        drawn = [draw(card) for _ in range(args.runs)]
        first, longest, whole = (statistics.median(d[n] for d in drawn) for n in range(3))
        print(f"3. view, Everything: first rows painted in {first:.0f} ms, longest turn "
              f"{longest:.0f} ms, every card placed and painted in {whole:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
