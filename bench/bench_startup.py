"""Start-up, page switches and saves of the desktop app, with the sample brand.

    .venv/bin/python bench/bench_startup.py [--runs 5] [--skip-start] [--settled | --work-first]

1. Start-up: ``python -m brandregie --quit-after-paint`` (the real app on a database holding
   the sample brand; it prints when the window's frame first painted and when it painted with
   the brand in it, then quits) against a bare PySide6 window that prints its first paint,
   interleaved in the same run: launch to first paint, the median of the runs and the ratio;
   launch until the brand is shown; and the whole process until it has ended (teardown too).
   Under Xvfb: ``QT_QPA_PLATFORM=xcb xvfb-run -a .venv/bin/python bench/bench_startup.py``.
2. Page switches (offscreen, in process, the window opened as the app opens it): the time from
   asking for a page until it is in place and painted (work pages that load their code in the
   background included), the first visit (the page is built) and a later one, each with the
   longest the window went without answering (the gap between ticks of a 5 ms timer) and the
   GUI thread's own CPU time (the figure that holds on a machine busy with other work); for a
   page built in steps, until its last step is in place. The anchor, timed in the same process
   before the window is made: a plain form of 40 labelled fields built, shown and painted
   (median of 3), so a figure can be read against the load of the moment.
3. Saves: how long an edit blocks the GUI thread (the undo step, refresh and scheduling) and
   how long the autosave takes on its worker thread.

Targets: the window usable in about a second; nothing blocks the window for more than 100 ms.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel

def painted():
    print(f"painted at {time.time():.6f}", flush=True)
    QApplication.quit()

class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1180, 780)
quitter = Quit()
window.installEventFilter(quitter)
window.show()
sys.exit(app.exec())
"""


def _isolated_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        env[var] = str(home / sub)
    return env


def _time(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from launch to the first paint, to the brand shown (the app; else the first
    paint again) and until the process has ended."""
    launched = time.time()
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, check=True, cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    ended = time.perf_counter() - start
    stamps = {line.split()[0]: float(line.split()[-1]) for line in done.stdout.splitlines()
              if line.startswith(("painted at ", "ready at "))}
    painted = stamps["painted"]
    return painted - launched, stamps.get("ready", painted) - launched, ended


def startup(runs: int) -> None:
    home = Path(tempfile.mkdtemp(prefix="brandregie-bench-"))
    env = _isolated_env(home)
    # a user's database with the sample brand, so the app opens a real brand
    subprocess.run([sys.executable, "-m", "brandregie", "pack", "import",
                    str(ROOT / "resources" / "sample" / "korenaar.json")],
                   env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    app = [sys.executable, "-m", "brandregie", "--quit-after-paint"]
    bare = [sys.executable, "-c", BARE]
    # An installed app has its bytecode (the bundle and pip compile it; a first run writes it):
    # compile it here too, or a shell with PYTHONDONTWRITEBYTECODE times the compiler each run.
    compileall.compile_dir(ROOT / "brandregie", quiet=1)
    _time(app, env)  # warm the file cache once
    _time(bare, env)
    app_times, bare_times = [], []
    for _ in range(runs):  # interleaved, so both meet the same load on the machine
        app_times.append(_time(app, env))
        bare_times.append(_time(bare, env))
    a = statistics.median(t[0] for t in app_times)
    b = statistics.median(t[0] for t in bare_times)
    print(f"start-up, launch to first paint (median of {runs}, {env['QT_QPA_PLATFORM']}):")
    print(f"  brandregie      {a * 1000:7.0f} ms   (runs: "
          f"{', '.join(f'{t[0] * 1000:.0f}' for t in app_times)})")
    print(f"  bare PySide6    {b * 1000:7.0f} ms")
    print(f"  ratio           {a / b:7.2f} x   extra {1000 * (a - b):.0f} ms   (target: 2 x)")
    ready = statistics.median(t[1] for t in app_times)
    print(f"  brand shown     {ready * 1000:7.0f} ms   ({ready / b:.1f} x the bare window; runs: "
          f"{', '.join(f'{t[1] * 1000:.0f}' for t in app_times)})")
    print(f"  whole process, to exit: brandregie "
          f"{statistics.median(t[2] for t in app_times) * 1000:.0f} ms, bare "
          f"{statistics.median(t[2] for t in bare_times) * 1000:.0f} ms")


def anchor(app: QApplication) -> float:
    """ms to build, show and paint a plain form of 40 labelled fields (no project code)."""
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

    times = []
    for _ in range(3):
        start = time.perf_counter()
        form = QWidget()
        layout = QFormLayout(form)
        for n in range(40):
            layout.addRow(f"Field {n}", QLineEdit(f"value {n}"))
        form.resize(1180, 780)
        form.show()
        form.repaint()
        for _ in range(3):
            app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        form.close()
        form.deleteLater()
        app.processEvents()
    return statistics.median(times)


def in_process(settled: bool, work_first: bool = False) -> None:
    compileall.compile_dir(ROOT / "brandregie", quiet=1)  # as installed: see startup()
    home = Path(tempfile.mkdtemp(prefix="brandregie-bench-"))
    os.environ.update(_isolated_env(home))
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from bench.pauses import PauseWatch
    from brandregie.paths import sample_pack
    from brandregie.profile.pack import read_pack
    from brandregie.profile.service import ProfileService
    from brandregie.store.database import open_store
    from brandregie.ui import gui_thread
    from brandregie.ui.navigation import BRAND_PAGES, WORK_PAGES
    from brandregie.ui.opening import StoreOpener
    from brandregie.ui.profile_pages import IdentityPage
    from brandregie.ui.shell import Shell
    from brandregie.ui.visual_page import VisualPage

    path = home / "bench.db"
    with_sample = open_store(path)
    ProfileService(with_sample).import_snapshot(read_pack(sample_pack()))
    with_sample.close()
    app = QApplication([sys.argv[0]])
    gui_thread.install(app)  # as run_app does
    anchor_ms = anchor(app)
    shell = Shell(None)  # as run_app does: the frame first, then the store on a worker
    window = shell.window
    opener = StoreOpener(shell, lambda: open_store(path))
    window.after_first_paint(opener.start_slot)
    window.show()
    while not window.ready:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    store = shell.store
    app.processEvents()
    if settled:  # as someone who first looks at the home page for a few seconds
        from brandregie.ui.work_place import WorkPlace

        for key in ("assignments", "briefs"):
            place = window.page(key)
            assert isinstance(place, WorkPlace)
            # its code and its tools (language tables, the child-process server) loaded
            while (not place.loading_started or not getattr(place, "preparing", True)
                   or place.loader.busy):
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        print("(pages visited once the work pages' code had loaded in the background)")

    def settle() -> None:
        for _ in range(3):
            app.processEvents()


    # --work-first: the work pages are the first the person opens, the moment the brand shows
    keys = (*WORK_PAGES, *BRAND_PAGES) if work_first else (*BRAND_PAGES, *WORK_PAGES)

    def ready(key: str) -> bool:
        """A work place that builds its page in the background has it in place; a page that
        builds its lower parts in later turns of the event loop has built them all."""
        place = window.navigation.work_pages.get(key)
        return (getattr(place, "page", True) is not None
                and not getattr(window.page(key), "building", False))

    def switch(key: str) -> tuple[float, float, float, float]:
        """(ms until the page is in place and painted, longest the window did not answer,
        CPU ms of the GUI thread meanwhile, its CPU ms in that longest pause)."""
        cpu = time.thread_time()
        watch = PauseWatch().start()
        start = time.perf_counter()
        window.show_page(key)
        window.repaint()
        settle()
        while not ready(key):
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        window.repaint()
        settle()
        done = time.perf_counter()
        longest = watch.stop()[0]
        return ((done - start) * 1000, longest.ms, (time.thread_time() - cpu) * 1000,
                longest.cpu)

    first: dict[str, tuple[float, float, float, float]] = {}
    again: dict[str, tuple[float, float, float, float]] = {}
    for visit in (first, again):
        for key in keys:
            visit[key] = switch(key)
    print(f"anchor (a plain 40-field form built and painted, median of 3): {anchor_ms:.1f} ms; "
          f"load average {os.getloadavg()[0]:.1f}")
    print("page switch until in place and painted, the longest pause of the window, the GUI "
          "thread's CPU time in it and in the whole switch (ms):")
    print("  page          first  pause (cpu)    cpu    again  pause (cpu)    cpu   first/anchor")
    for key in keys:
        print(f"  {key:<12} {first[key][0]:6.1f} {first[key][1]:6.1f} ({first[key][3]:3.0f}) "
              f"{first[key][2]:6.1f}   {again[key][0]:6.1f} {again[key][1]:6.1f} "
              f"({again[key][3]:3.0f}) {again[key][2]:6.1f}   {first[key][0] / anchor_ms:5.1f} x")
    print(f"  longest pause  first visits {max(v[1] for v in first.values()):6.1f}  "
          f"later visits {max(v[1] for v in again.values()):6.1f}  (target: under 100)")

    session = window.session
    assert session is not None
    window.show_page("identity")
    identity = window.page("identity")
    assert isinstance(identity, IdentityPage)
    blocks: list[float] = []
    block_cpus: list[float] = []
    saves: list[float] = []
    session.saved.connect(lambda _snap: saves.append(time.perf_counter()))
    for n in range(10):
        start, cpu = time.perf_counter(), time.thread_time()
        identity.story.widget.setPlainText(f"Verhaal {n}")  # one edit, as typed
        settle()
        blocks.append((time.perf_counter() - start) * 1000)
        block_cpus.append((time.thread_time() - cpu) * 1000)
        kicked = time.perf_counter()
        session._timer.stop()
        session._save_now()
        while len(saves) <= n:
            app.processEvents()
        saves[n] = (saves[n] - kicked) * 1000
    window.show_page("visual")
    visual = window.page("visual")
    assert isinstance(visual, VisualPage)
    visual.colours.select(0)
    start, cpu = time.perf_counter(), time.thread_time()
    visual.colour.hex_edit.setText("#E8B64D")
    visual.colour.hex.commit()
    settle()
    colour_block = (time.perf_counter() - start) * 1000
    colour_cpu = (time.thread_time() - cpu) * 1000
    print("edits and saves (ms):")
    print(f"  edit on the GUI thread (text)    median {statistics.median(blocks):6.1f}  "
          f"max {max(blocks):6.1f}  (GUI CPU median {statistics.median(block_cpus):.1f})")
    print(f"  edit on the GUI thread (colour)         {colour_block:6.1f}  "
          f"(GUI CPU {colour_cpu:.1f})")
    print(f"  autosave on its worker thread    median {statistics.median(saves):6.1f}  "
          f"max {max(saves):6.1f}")
    window.close()
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-start", action="store_true",
                        help="only the page switches and saves")
    parser.add_argument("--settled", action="store_true",
                        help="visit the pages once the work pages' code has loaded in the "
                             "background (default: at once after start)")
    parser.add_argument("--work-first", action="store_true",
                        help="visit the work pages first, the moment the brand is shown")
    args = parser.parse_args()
    if not args.skip_start:
        startup(args.runs)
    in_process(args.settled, args.work_first)
    return 0


if __name__ == "__main__":
    sys.exit(main())
