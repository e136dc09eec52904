"""Benchmark a review from drop to view: a 5,000-word Word file and a 100-page PDF.

Run: ``.venv/bin/python bench/bench_review.py [--window]`` (``--window``: only the last part)

After the warm-up the app does at start (the reader's sandbox and the language tools, printed
apart), for each draft (made by ``bench_ingest``'s
generators) on a fresh SQLite file with the sample
bakery: keep the file as a version (one transaction), read + check it (the worker's part), store
the report (one transaction, on the window's thread in the app), load the review (findings,
answers, colours, fonts), build the review view offscreen, and compare it with a re-check as
version 2. The window's thread does the store, load and view steps, so their sum is the longest
the window can be busy for one check; the target is well under a second for the Word file
(DESIGN.md) and never a frozen window (the read and check run on a worker).

Then the same version opened as the app opens it (``ReviewView.open_version``: read on a worker,
drawn a part per turn, the cards below the first screenful a few per turn), in a shown window:
the longest turn of the GUI thread, by the clock and by its CPU time (the figure that holds on
a machine busy with other work). Target: no turn over 100 ms (#16), 50 ms aimed at.
"""

from __future__ import annotations

import functools
import itertools
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

T = TypeVar("T")


def timed(action: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def in_turns(act: Callable[[], object], done: Callable[[], bool]) -> tuple[float, float, float]:
    """(ms from ``act`` until ``done``, the longest turn of the GUI thread in ms by the clock,
    and by its CPU time), from a 2 ms timer's ticks."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    ticks = [(time.perf_counter(), time.thread_time())]
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: ticks.append((time.perf_counter(), time.thread_time())))
    timer.start()
    act()
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
    app.processEvents()
    timer.stop()
    ticks.append((time.perf_counter(), time.thread_time()))
    pairs = list(itertools.pairwise(ticks))
    return ((ticks[-1][0] - ticks[0][0]) * 1000,
            max(b[0] - a[0] for a, b in pairs) * 1000, max(b[1] - a[1] for a, b in pairs) * 1000)


def run(name: str, data: bytes) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from brandregie.paths import sample_pack
    from brandregie.profile.pack import read_pack
    from brandregie.profile.service import ProfileService
    from brandregie.review.checking import check_draft
    from brandregie.review.service import ReviewService
    from brandregie.store.database import open_store
    from brandregie.ui.review.review_view import ReviewView

    app = QApplication.instance()
    assert app is not None, "main() makes the application"
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "b.db") as store:
        ProfileService(store).import_snapshot(read_pack(sample_pack()))
        service = ReviewService(store)
        assignment = service.create_assignment("Bakkerij Korenaar", "Bench")
        version, keep = timed(lambda: service.add_version(assignment.id, name, data))
        job = service.check_job(version.id)
        outcome, check = timed(lambda: check_draft(job, lang="en"))
        _, save = timed(lambda: service.save_check(version.id, outcome.report,
                                                   outcome.document))
        review, load = timed(lambda: service.review(version.id))
        view = ReviewView(service)
        view.resize(1400, 900)
        _, show = timed(lambda: view.show_version(version.id))
        app.processEvents()
        view.show_version(None)
        view.show()
        app.processEvents()

        def drawn() -> bool:
            return not view.building and not view.cards.growing

        opened, turn, turn_cpu = in_turns(lambda: view.open_version(version.id), drawn)
        second = service.add_version(assignment.id, "v2-" + name, data + b" ")
        service.save_check(second.id, outcome.report, outcome.document)
        _, compare = timed(lambda: service.compare(version.id, second.id))
        view.close()
        view.deleteLater()
        app.processEvents()
    return {"findings": len(review.findings), "keep": keep, "read+check (worker)": check,
            "store report": save, "load review": load, "build view": show,
            "compare versions": compare, "window busy": save + load + show,
            "open in turns": opened / 1000, "  longest turn": turn / 1000,
            "  longest turn, CPU": turn_cpu / 1000}


def in_the_window() -> None:
    """Assignments opened in the page as the owner does (the list, then the Review tab), on
    the store bench_years_window.py compares with: two 12,000-word Dutch drafts, checked."""
    from PySide6.QtWidgets import QApplication

    from bench.bench_years_window import sample_store
    from brandregie.checks.language import tools
    from brandregie.review.service import ReviewService
    from brandregie.store.database import open_store
    from brandregie.ui import gui_thread, theme
    from brandregie.ui.review.page import AssignmentsPage

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    gui_thread.install(app)
    theme.apply(app)
    for lang in ("nl", "en"):  # the app's warm-up has them in by the time a review opens
        tools(lang)
    print(f"in the window (1366x768; ms until drawn; the longest turn of the GUI thread by the "
          f"clock and by its CPU time; load {os.getloadavg()[0]:.1f}):")
    with tempfile.TemporaryDirectory() as tmp, \
            open_store(sample_store(str(Path(tmp) / "sample.db"))) as store:
        service = ReviewService(store)
        page = AssignmentsPage(service)
        page.resize(1366, 768)
        page.show()
        app.processEvents()
        brand = service.profiles.list_brands()[0].id
        ids = [a.id for a in service.assignments(brand, include_approved=True)]

        def opened() -> bool:  # read on a worker, then drawn a part per turn
            return not getattr(page, "review_opening", False)

        def drawn() -> bool:  # shown: the cards past the first screenful follow a few per turn
            return opened() and not getattr(page.review_view.cards, "growing", False)

        for attempt, assignment_id in zip(("first", "second", "first again"), [*ids, ids[0]],
                                          strict=False):
            took, turn, cpu = in_turns(functools.partial(page.open_assignment, assignment_id),
                                       opened)
            print(f"  open an assignment, {attempt:<12} {took:7.0f}   longest turn {turn:5.0f}"
                  f"   CPU {cpu:5.0f}")
            took, turn, cpu = in_turns(
                functools.partial(page.tabs.setCurrentWidget, page.review_view), drawn)
            print(f"  its Review tab shown            {took:7.0f}   longest turn {turn:5.0f}"
                  f"   CPU {cpu:5.0f}")
            page.tabs.setCurrentIndex(0)
        page.close()
        app.processEvents()


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from bench.bench_ingest import make_docx, make_pdf

    app = QApplication([])  # kept alive for the whole run
    if "--window" in sys.argv[1:]:  # only the assignments opened in the window
        in_the_window()
        return

    with tempfile.TemporaryDirectory() as tmp:
        docx, pdf = Path(tmp) / "5000-words.docx", Path(tmp) / "100-pages.pdf"
        make_docx(docx)
        make_pdf(pdf)
        drafts = [(docx.name, docx.read_bytes()), (pdf.name, pdf.read_bytes())]
    # The app starts the reader's sandbox and loads the Dutch language tools on a worker when
    # the assignments page is built (review.checking.warm_up): measured apart.
    from brandregie.review.checking import warm_up

    _, cold = timed(warm_up)
    print(f"warm-up at the app's start, on a worker (sandbox, Dutch language tools): "
          f"{cold * 1000:.0f} ms")
    targets = {docx.name: 1.0, pdf.name: None}
    for name, data in drafts:
        figures = run(name, data)
        print(f"{name} ({len(data) / 1024:,.0f} KB, {figures.pop('findings'):.0f} findings)")
        for label, seconds in figures.items():
            print(f"  {label:<22} {seconds * 1000:8.1f} ms")
        target = targets[name]
        total = figures["keep"] + figures["read+check (worker)"] + figures["window busy"]
        print(f"  (load {os.getloadavg()[0]:.1f})")
        line = f"  {'drop to review':<22} {total * 1000:8.1f} ms"
        if target:
            line += f"  ({total / target:.2f} of the {target:g} s target)"
        print(line)
        share = figures["window busy"] / total
        print(f"  window thread share    {share:8.1%} of the time (the rest runs on the worker)")
    in_the_window()
    app.quit()


if __name__ == "__main__":
    main()
