"""Hostile drafts (tests/hostile: drafts.py and everyday.py) dropped on an assignment in the
app: the peak memory of the app's whole process tree (main window, reader server, reader;
resident, summed, sampled every 20 ms), the window's own memory at once and once the review
is drawn (what it keeps: freed memory is handed back, :mod:`brandregie.ui.memory`), what the
review then says, and how many
processes the tree holds once the check has ended (the window and its reader server: no reader
left running).
Issue #20's target for the app: under 1.5 GB.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python bench/bench_hostile_app.py [NAME-SUBSTRING]

The data folders are temporary (nothing of the user's is read or written).
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.bench_hostile import ALL_DRAFTS, _tree_rss

#: Seconds the window is left to draw the review and hand freed memory back before the next
#: drop (as a person would look at it).
SETTLE = 3.0


class _Peak:
    """The process tree's peak resident memory, sampled in a thread."""

    def __init__(self) -> None:
        self.bytes = 0
        self.running = True
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while self.running:
            self.bytes = max(self.bytes, _tree_rss(os.getpid()))
            time.sleep(0.02)


def _own_rss() -> int:
    """Resident bytes of this process (the window) alone."""
    fields = Path("/proc/self/statm").read_text().split()
    return int(fields[1]) * os.sysconf("SC_PAGE_SIZE")


def _processes() -> int:
    """Processes in this one's tree, itself included."""
    seen: set[int] = set()
    _tree_rss(os.getpid(), seen)
    return len(seen)


def main() -> None:
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    base = Path(tempfile.mkdtemp())
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = str(base / variable)
    from PySide6.QtWidgets import QApplication

    from brandregie.store.database import open_store
    from brandregie.ui.main_window import MainWindow
    from brandregie.ui.review.page import AssignmentsPage
    from brandregie.ui.review.place import AssignmentsPlace
    from tests.ui.review.conftest import drop_files

    app = QApplication.instance() or QApplication([])
    window = MainWindow(open_store(base / "brand.db"))
    window.resize(1366, 768)
    window.show()
    window.open_sample()
    place = AssignmentsPlace(window, preload=False)
    window.set_work_page("assignments", place)
    window.show_page("assignments")
    page = place.build()
    assert isinstance(page, AssignmentsPage) and window.session is not None
    assignment = page.service.create_assignment(window.session.brand_id, "Nieuwsbrief")
    page.refresh()
    page.open_assignment(assignment.id)
    app.processEvents()
    print(f"the window alone: {_tree_rss(os.getpid()) // 2**20} MB", flush=True)
    done: list[str] = []
    page.runner.finished.connect(lambda *_args: done.append(""))
    # a file refused as it is added (empty, a folder) is never checked: its sentence ends it
    page.intake.ended.connect(lambda problems: done.extend([" ".join(problems)] * bool(problems)))
    peak = _Peak()
    for number, (name, make) in enumerate(ALL_DRAFTS.items()):
        if wanted not in name:
            continue
        case = base / str(number)
        case.mkdir()
        draft = make(case)
        done.clear()
        peak.bytes = 0
        started = time.monotonic()
        drop_files(page.drop, [draft])
        while not done:
            app.processEvents()
            time.sleep(0.01)
        took, at_once = time.monotonic() - started, _own_rss()
        settle = time.monotonic() + SETTLE
        while time.monotonic() < settle:  # the review drawn, freed memory handed back
            app.processEvents()
            time.sleep(0.01)
        # what the review says, as stored (the view shows it when its build has caught up)
        version = page.service.versions(assignment.id)[-1]
        said = done[0] or version.error or f"checked: score {version.score}"
        print(f"{name}: {peak.bytes // 2**20} MB, {took:.1f} s, the window then "
              f"{at_once // 2**20} MB, {SETTLE:g} s later {_own_rss() // 2**20} MB, "
              f"processes {_processes()}; {said[:100]!r}", flush=True)
    peak.running = False
    print(f"the window at the end: {_own_rss() // 2**20} MB", flush=True)
    window.close()


if __name__ == "__main__":
    main()
