"""Every step a person takes through the window, each with the longest pause of the window.

    .venv/bin/python bench/bench_window_walk.py [--runs 5] [--work-first] [--why]

Each run is a fresh process (first visits happen once per process) with the app's own start
(``Shell``, ``StoreOpener``, ``AppBackups``, as ``run_app`` does) on a database holding the
sample brand: from the first paint to the brand shown; every page in the navigation visited
(the work pages first with ``--work-first``) at once after that, while the work pages' code and
tools load in the background; File → Backups… and File → Settings… opened and closed; every
page again; each tab of Vocabulary and Employer brand opened (a tab is built when first
opened; the step's time is the slowest tab's); a colour edit on Visual identity; a text edit
on Identity and its autosave; a 1 MB draft dropped on an assignment and checked while the
person goes from page to page. Each
step lasts until its page is in place and painted (its last step built, for a page built in
steps), then 150 ms more as the person looks at it; the longest gap between ticks of a 5 ms
timer on the GUI thread in that time is the step's pause (``bench/pauses.py``).

Prints per step the minimum and median over the runs of the step's time, its longest pause and
the GUI thread's CPU time in that pause (the figure that holds on a machine busy with other work),
the worst pause with where the GUI thread's time in it went (its own CPU, waiting for a core,
the rest blocked on Python's lock), and with ``--why`` the functions it was in. The machine's
load average is printed before and after. Target: no pause over 100 ms; every page's first
visit within 300 ms.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PAUSE_TARGET_MS = 100
FIRST_VISIT_TARGET_MS = 300
LOOK_MS = 150  # how long the person looks at each page before the next step


def walk(work_first: bool, why: bool) -> list[dict[str, object]]:
    """One walk in this process: a record per step."""
    home = Path(tempfile.mkdtemp(prefix="brandregie-walk-"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(home / var.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication

    from bench.pauses import PauseWatch
    from brandregie.paths import sample_pack
    from brandregie.profile.pack import read_pack
    from brandregie.profile.service import ProfileService
    from brandregie.store.database import open_store
    from brandregie.ui import gui_thread
    from brandregie.ui.navigation import BRAND_PAGES, WORK_PAGES
    from brandregie.ui.opening import StoreOpener
    from brandregie.ui.shell import Shell

    path = home / "walk.db"
    with_sample = open_store(path)
    ProfileService(with_sample).import_snapshot(read_pack(sample_pack()))
    with_sample.close()
    draft = home / "draft.txt"
    from bench.bench_ingest import make_text

    make_text(draft)
    app = QApplication([sys.argv[0]])
    gui_thread.install(app)
    shell = Shell(None)
    window = shell.window
    kept: list[object] = []

    def store_ready(_store: object) -> None:
        from brandregie.ui.backups import AppBackups

        kept.append(AppBackups(shell))

    opener = StoreOpener(shell, lambda: open_store(path))
    opener.ready.connect(store_ready)
    records: list[dict[str, object]] = []
    watch = PauseWatch(stacks=why)

    def wait(until: Callable[[], bool]) -> None:
        while not until():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)

    def look(ms: int = LOOK_MS) -> None:
        end = time.perf_counter() + ms / 1000
        wait(lambda: time.perf_counter() >= end)

    def record(step: str, started: float, done: float) -> None:
        worst = watch.stop()[0]
        records.append({"step": step, "ms": (done - started) * 1000, "pause": worst.ms,
                        "cpu": worst.cpu, "core": worst.core, "where": worst.where})

    def painted_first() -> None:
        watch.start()
        records.append({"painted": time.perf_counter()})
        opener.start()

    window.after_first_paint(painted_first)
    window.show()
    wait(lambda: window.ready)
    shown = time.perf_counter()
    look()
    record("first paint to brand shown", float(records.pop(0)["painted"]), shown)  # type: ignore[arg-type]

    def in_place(key: str) -> bool:
        place = window.navigation.work_pages.get(key)
        return (getattr(place, "page", True) is not None
                and not getattr(window.page(key), "building", False))

    def visit(key: str, label: str) -> None:
        watch.start()
        started = time.perf_counter()
        window.show_page(key)
        window.repaint()
        wait(lambda: in_place(key))
        window.repaint()
        app.processEvents()
        done = time.perf_counter()
        look()
        record(f"{label} {key}", started, done)

    keys = (*WORK_PAGES, *BRAND_PAGES) if work_first else (*BRAND_PAGES, *WORK_PAGES)
    for key in keys:
        visit(key, "first visit")

    def dialog(label: str, open_it: Callable[[], None]) -> None:
        def close_it() -> None:
            modal = app.activeModalWidget()
            if modal is None:
                QTimer.singleShot(20, close_it)
                return
            QTimer.singleShot(LOOK_MS, modal.close)

        watch.start()
        started = time.perf_counter()
        QTimer.singleShot(0, close_it)
        open_it()  # returns once the dialog is closed
        done = time.perf_counter()
        look()
        record(label, started, done)

    backups = window.findChild(QAction, "backupsAction")
    assert backups is not None
    dialog("File > Backups...", backups.trigger)
    dialog("File > Settings...", window.open_settings)
    for key in keys:
        visit(key, "later visit")

    from PySide6.QtWidgets import QTabWidget

    for key in ("vocabulary", "employer"):  # their tabs are built when first opened
        window.show_page(key)
        look()
        tabs = window.page(key).findChild(QTabWidget)
        assert tabs is not None
        watch.start()
        slowest = 0.0
        for index in range(1, tabs.count()):
            started = time.perf_counter()
            tabs.setCurrentIndex(index)
            window.repaint()
            app.processEvents()
            slowest = max(slowest, time.perf_counter() - started)
            look(LOOK_MS // 3)
        record(f"each tab of {key} first opened", 0.0, slowest)

    from brandregie.ui.profile_pages import IdentityPage
    from brandregie.ui.visual_page import VisualPage

    window.show_page("visual")
    look()
    visual = window.page("visual")
    assert isinstance(visual, VisualPage)
    visual.colours.select(0)
    watch.start()
    started = time.perf_counter()
    visual.colour.hex_edit.setText("#E8B64D")
    visual.colour.hex.commit()
    app.processEvents()
    done = time.perf_counter()
    look(600)  # the autosave follows on its worker
    record("colour edit (and its autosave)", started, done)

    window.show_page("identity")
    look()
    identity = window.page("identity")
    assert isinstance(identity, IdentityPage)
    session = window.session
    assert session is not None
    saved: list[float] = []
    session.saved.connect(lambda _snap: saved.append(time.perf_counter()))
    watch.start()
    started = time.perf_counter()
    identity.story.widget.setPlainText("Verhaal van de bakker")
    wait(lambda: bool(saved))
    look()
    record("text edit until autosaved", started, saved[0])

    from brandregie.review.service import ReviewService
    from brandregie.ui.review.page import AssignmentsPage

    window.show_page("assignments")
    place = window.navigation.work_pages["assignments"]
    page = getattr(place, "page", None)
    assert isinstance(page, AssignmentsPage)
    assignment = ReviewService(shell.store).create_assignment("Bakkerij Korenaar", "walk")
    page.open_assignment(assignment.id)
    look()
    watch.start()
    started = time.perf_counter()
    page.add_drafts([draft])
    switches = [*BRAND_PAGES[:5], "assignments"]
    turn = 0
    while page.intake.busy or page.runner.is_running() or turn < len(switches):
        window.show_page(switches[turn % len(switches)])
        turn += 1
        look()
    record(f"1 MB draft checked, {turn} page switches meanwhile", started, time.perf_counter())
    session.flush()
    window.close()
    for part in kept:
        at_close = getattr(part, "at_close", None)
        if callable(at_close):
            at_close()
    shell.store.close()
    return records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work-first", action="store_true",
                        help="visit the work pages first, the moment the brand is shown")
    parser.add_argument("--why", action="store_true",
                        help="name the functions the GUI thread was in during each step's "
                             "longest pause (a sampling thread: it adds a little load)")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(walk(args.work_first, args.why)))
        return 0
    # an installed app has its bytecode: a shell with PYTHONDONTWRITEBYTECODE would time the
    # compiler on every first import
    compileall.compile_dir(ROOT / "brandregie", quiet=1)
    command = [sys.executable, __file__, "--one", *(["--work-first"] if args.work_first else []),
               *(["--why"] if args.why else [])]
    loads = [Path("/proc/loadavg").read_text().split()[0]]
    runs: list[list[dict[str, object]]] = []
    for _ in range(args.runs):
        done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT,
                              timeout=300)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        loads.append(Path("/proc/loadavg").read_text().split()[0])
    print(f"{args.runs} walks{' (work pages first)' if args.work_first else ''}; load average "
          f"before and after each: {' '.join(loads)}")
    print(f"{'step':<44} {'time ms min/med':>16} {'pause ms min/med':>17} "
          f"{'its CPU min/med':>16}   worst pause: ms (GUI thread CPU, waiting for a core, "
          "the rest blocked)")
    worst_pause = 0.0
    worst_first = 0.0
    for n, first in enumerate(runs[0]):
        steps = [run[n] for run in runs]
        times = [float(s["ms"]) for s in steps]  # type: ignore[arg-type]
        pauses = [float(s["pause"]) for s in steps]  # type: ignore[arg-type]
        cpus = [float(s["cpu"]) for s in steps]  # type: ignore[arg-type]
        worst = max(steps, key=lambda s: float(s["pause"]))  # type: ignore[arg-type]
        worst_pause = max(worst_pause, statistics.median(pauses))
        if str(first["step"]).startswith("first visit "):
            worst_first = max(worst_first, statistics.median(times))
        where = f"; in {worst['where']}" if worst["where"] else ""
        lock = float(worst["pause"]) - float(worst["cpu"]) - float(worst["core"])  # type: ignore[arg-type]
        print(f"{first['step']:<44} {min(times):7.0f} {statistics.median(times):7.0f}  "
              f"{min(pauses):7.0f} {statistics.median(pauses):7.0f}  "
              f"{min(cpus):7.0f} {statistics.median(cpus):7.0f}   "
              f"{float(worst['pause']):.0f} ({float(worst['cpu']):.0f}, "  # type: ignore[arg-type]
              f"{float(worst['core']):.0f}, {max(lock, 0):.0f}{where})")  # type: ignore[arg-type]
    print(f"longest median pause {worst_pause:.0f} ms (target {PAUSE_TARGET_MS}); slowest median "
          f"first visit {worst_first:.0f} ms (target {FIRST_VISIT_TARGET_MS})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
