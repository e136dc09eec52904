"""The window on the five-year store: page switches, the history page and opening assignments.

    .venv/bin/python bench/bench_years_window.py --db HOME/data/BrandRegie/brandregie.db [--sample]
    .venv/bin/python bench/bench_years_window.py --db postgresql://… --sample --sample-db postgresql://…

Run by ``bench_years.py`` on the store it built (or alone on any store). The app is opened in
process as it opens itself (the frame first, the store on a worker, see bench_startup.py), and a
5 ms timer ticks on the GUI thread all along: the longest gap between two ticks is the longest
the window did not answer. Measured: each page's first and later visit (until in place and
painted), the history page's next page of revisions, and opening assignments in the review page
(the busiest, the newest and the one with the largest draft) until painted. Targets: the
history page and an assignment open in <= 200 ms, no pause of the window > 100 ms. A page
visit's line also gives the GUI thread's CPU time within its longest pause ("in the pause"):
what the window itself did then, where on a busy machine the pause is mostly waiting for a core.

A SQLite store is opened read-only (a URI with ``mode=ro``): the five-year store is shared
and slow to build, and the app would otherwise finish checks left pending in it, so one run
would change what the next one measures. What the app tries to write fails and is reported.

The app's code is compiled to bytecode first, as an installed app has it (pip compiles at
install, the bundle ships it): a checkout run with PYTHONDONTWRITEBYTECODE=1 compiled each
module from source as it was imported, and a worker's compile holds Python's lock throughout
(one page visit measured 124-135 ms that way, 58-86 ms with the bytecode in place).
"""

from __future__ import annotations

import argparse
import functools
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_OPEN_MS, TARGET_PAUSE_MS = 200, 100


class Ticks:
    """A 5 ms timer on the GUI thread (:class:`bench.pauses.PauseWatch`): the longest gap
    between ticks is the longest pause, split into the GUI thread's own CPU, waiting for a
    core and blocked (on Python's lock, held by a worker)."""

    def __init__(self, *, why: bool = False) -> None:
        from bench.pauses import Pause, PauseWatch

        self.watch = PauseWatch(stacks=why)
        #: the longest pause of the last measure, with where the GUI thread's time went
        self.longest = Pause(0.0, 0.0, 0.0, 0.0)

    @property
    def pause_cpu(self) -> float:
        """GUI-thread CPU ms within the longest pause of the last measure: what the window
        itself did then, where the pause by the clock is mostly waiting on a busy machine."""
        return self.longest.cpu

    def split(self) -> str:
        """The longest pause's split (and, with ``--why``, where the GUI thread was)."""
        pause = self.longest
        where = f"; {pause.where}" if pause.where else ""
        return (f"(in it: CPU {pause.cpu:3.0f}, core {pause.core:3.0f}, "
                f"lock {pause.lock:3.0f}{where})")

    def measure(self, act: Callable[[], None], done: Callable[[], bool]
                ) -> tuple[float, float, float]:
        """(ms from ``act`` until ``done`` and painted, the longest pause, the GUI thread's CPU
        ms meanwhile: the figure that holds on a machine busy with other work)."""
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        assert app is not None
        self.watch.start()
        start, cpu = time.perf_counter(), time.thread_time()
        act()
        while not done():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.repaint()
        app.processEvents()
        end = time.perf_counter()
        self.longest = self.watch.stop()[0]
        return (end - start) * 1000, self.longest.ms, (time.thread_time() - cpu) * 1000


def busiest_newest_largest(db: str) -> list[tuple[str, int]]:
    """The assignments to open: the one with most versions, the newest, the largest draft's."""
    from sqlalchemy import func, select

    from brandregie import models as m
    from brandregie.store.database import open_store

    with open_store(db) as store, store.session() as s:
        busiest = s.execute(select(m.DraftVersion.assignment_id, func.count()).group_by(
            m.DraftVersion.assignment_id).order_by(func.count().desc()).limit(1)).one()
        newest = s.scalar(select(func.max(m.Assignment.id)))
        largest = s.execute(select(m.DraftVersion.assignment_id, m.DraftVersion.size)
                            .order_by(m.DraftVersion.size.desc()).limit(1)).one()
    assert newest is not None
    return [(f"busiest ({busiest[1]} versions)", busiest[0]), ("newest", newest),
            (f"largest draft ({largest[1] / 1e6:.0f} MB)", largest[0])]


def read_only(db: str) -> str:
    """``db`` opened for reading only: a SQLite file as a URI with ``mode=ro`` (a team
    database as it is)."""
    if "://" in db:
        return db
    return f"sqlite:///file:{Path(db).resolve()}?mode=ro&uri=true"


def sample_store(path: str) -> str:
    """A store with the sample brand and one assignment with a checked text draft."""
    from bench.bench_checks import dutch_text
    from bench.bench_years import _sample_check
    from brandregie.paths import sample_pack
    from brandregie.profile.pack import read_pack
    from brandregie.profile.service import ProfileService
    from brandregie.review.service import ReviewService
    from brandregie.store.database import open_store

    with open_store(path) as store:
        ProfileService(store).import_snapshot(read_pack(sample_pack()))
        review = ReviewService(store)
        report, document = _sample_check(review.profiles.snapshot("Bakkerij Korenaar"))
        for title in ("Nieuwsbrief", "Folder"):  # two: one opened after the other
            job = review.create_assignment("Bakkerij Korenaar", title)
            version = review.add_version(job.id, f"{title}.txt", "\n\n".join(
                dutch_text(12_000)).encode())
            review.save_check(version.id, report, document)
    return path


def store_size(db: str) -> int:
    """The SQLite file's bytes, or the team database's."""
    if "://" not in db:
        return Path(db).stat().st_size
    from sqlalchemy import text

    from brandregie.store.database import open_store

    with open_store(db) as store, store.engine.connect() as conn:
        return int(conn.execute(text("SELECT pg_database_size(current_database())"))
                   .scalar_one())


def main() -> int:
    import compileall

    from bench.bench_startup import _isolated_env

    compileall.compile_dir(ROOT / "brandregie", quiet=1)  # only what changed since

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True,
                        help="the store: a SQLite file or a postgresql:// URL (team mode)")
    parser.add_argument("--sample", action="store_true",
                        help="first the same on a store with the sample brand only")
    parser.add_argument("--sample-db", help="an empty database for the sample store (a "
                        "postgresql:// URL, to compare team with team); default: a SQLite file")
    parser.add_argument("--open-at-once", action="store_true",
                        help="Assignments' first visit opens the busiest assignment the moment "
                        "the page shows (its list still being read, its pending check starting)")
    parser.add_argument("--why", action="store_true",
                        help="name the functions the GUI thread was in during each long pause")
    args = parser.parse_args()
    passed = [flag for flag, on in (("--open-at-once", args.open_at_once),
                                    ("--why", args.why)) if on]
    home = Path(tempfile.mkdtemp(prefix="brandregie-window-"))
    cache = os.environ.get("XDG_CACHE_HOME")
    os.environ.update(_isolated_env(home))  # no settings of the person running it, but the
    if cache:  # decoded word tables they have (a first start ever builds them once, 3 s)
        os.environ["XDG_CACHE_HOME"] = cache
    else:
        os.environ.pop("XDG_CACHE_HOME")
    if args.sample:
        print("-- with the sample store:", flush=True)
        subprocess.run([sys.executable, __file__, *passed, "--db", sample_store(
            args.sample_db or str(home / "sample.db"))], check=True)
        print("-- with the five-year store:", flush=True)
    db = read_only(args.db)
    targets = busiest_newest_largest(db)

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from brandregie.store.database import open_store
    from brandregie.ui import gui_thread
    from brandregie.ui.history_page import HistoryPage
    from brandregie.ui.navigation import BRAND_PAGES, WORK_PAGES
    from brandregie.ui.opening import StoreOpener
    from brandregie.ui.review.page import AssignmentsPage
    from brandregie.ui.shell import Shell

    app = QApplication([sys.argv[0]])
    gui_thread.install(app)  # as run_app does
    shell = Shell(None)  # the frame first, then the store on a worker
    window = shell.window
    opener = StoreOpener(shell, lambda: open_store(db))
    window.after_first_paint(opener.start_slot)
    window.resize(1366, 768)
    ticks = Ticks(why=args.why)
    opened, pause, cpu = ticks.measure(window.show, lambda: bool(window.ready))
    print(f"the window on {args.db} ({store_size(args.db) / 1e6:,.0f} MB; "
          "ms until in place and painted, the longest pause of the window, GUI thread CPU):")
    print(f"  open until the brand is shown       {opened:7.0f}   pause {pause:5.0f}   "
          f"cpu {cpu:5.0f}")
    pauses: list[tuple[float, str]] = [(pause, "start")]

    def ready(key: str) -> bool:
        place = window.navigation.work_pages.get(key)
        return (getattr(place, "page", True) is not None
                and not getattr(window.page(key), "building", False))

    asked: list[int] = []

    def opened_at_once(assignment_id: int) -> bool:
        """The busiest opened the moment the page is there, its review read (or not yet)."""
        page: Any = getattr(window.navigation.work_pages["assignments"], "page", None)
        if page is None:
            return False
        if not asked:
            asked.append(assignment_id)
            page.open_assignment(assignment_id)
        return not page.building and not page.review_opening

    for visit in ("first", "again"):
        for key in (*BRAND_PAGES, *WORK_PAGES):
            at_once = args.open_at_once and key == "assignments" and visit == "first"
            took, pause, cpu = ticks.measure(functools.partial(window.show_page, key),
                                             functools.partial(opened_at_once, targets[0][1])
                                             if at_once else functools.partial(ready, key))
            what = ", the busiest opened at once" if at_once else ""
            pauses.append((pause, f"{key} ({visit}{what})"))
            line = f"{key:<12} {visit:<5} visit" + (" + busiest at once" if at_once else "")
            print(f"  {line:<36} {took:7.0f}   pause {pause:5.0f}   cpu {cpu:5.0f}   "
                  f"{ticks.split()}")

    window.show_page("history")
    history = window.page("history")
    assert isinstance(history, HistoryPage)
    took, pause, cpu = ticks.measure(history.reload, lambda: not history.building)  # worker
    pauses.append((pause, "history reload"))
    print(f"  history: read and show the first page {took:5.0f}   pause {pause:5.0f}   "
          f"cpu {cpu:5.0f}")
    took, pause, cpu = ticks.measure(history.load_older, lambda: True)
    pauses.append((pause, "history older"))
    print(f"  history: the next page of revisions   {took:5.0f}   pause {pause:5.0f}   "
          f"cpu {cpu:5.0f}")

    window.show_page("assignments")
    place: Any = window.navigation.work_pages["assignments"]
    page = place.page
    while place.loader.busy:  # the reader and language tools, loaded as after a while in the app
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    assert isinstance(page, AssignmentsPage)
    worst_open = 0.0

    def review_read() -> bool:  # the review is read on a worker, then drawn a part per turn
        return not getattr(page, "review_opening", False)

    def drawn() -> bool:  # shown: the cards past the first screenful follow a few per turn
        return review_read() and not getattr(page.review_view.cards, "growing", False)

    for label, assignment_id in targets:
        for attempt in ("first", "again"):
            open_it = functools.partial(page.open_assignment, assignment_id)
            took, pause, cpu = ticks.measure(open_it, review_read)
            if attempt == "again":  # away and back, so the list selection changes
                page.open_assignment(min(a for _, a in targets if a != assignment_id))
                took, pause, cpu = ticks.measure(open_it, review_read)
            worst_open = max(worst_open, took)
            pauses.append((pause, f"open {label}"))
            print(f"  open assignment: {label:<22} {attempt:<5} {took:5.0f}   pause {pause:5.0f}   "
                  f"cpu {cpu:5.0f}   {ticks.split()}")
            took, pause, cpu = ticks.measure(  # and its review, as the owner looks at it
                functools.partial(page.tabs.setCurrentWidget, page.review_view), drawn)
            pauses.append((pause, f"review of {label}"))
            print(f"    its review tab shown:            {attempt:<5} {took:5.0f}   "
                  f"pause {pause:5.0f}   cpu {cpu:5.0f}")
            page.tabs.setCurrentIndex(0)
    took, pause, cpu = ticks.measure(page.refresh, lambda: True)  # as after a check or answer
    pauses.append((pause, "assignments refill"))
    print(f"  assignments: refill, one picked         {took:5.0f}   pause {pause:5.0f}   "
          f"cpu {cpu:5.0f}   {ticks.split()}")
    worst, what = max(pauses)
    print(f"  longest pause {worst:.0f} ms ({what}); target {TARGET_PAUSE_MS}. Slowest assignment "
          f"open {worst_open:.0f} ms; target {TARGET_OPEN_MS}")
    window.close()
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    if shell.store is not None:
        shell.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
