"""The work pages load their heavy code off the GUI thread: the window answers meanwhile.

Run in a fresh interpreter, where the page's modules (checks, readers, the PDF exporter) are
not yet imported, as after a real start.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from brandregie.ui.main_window import MainWindow
from brandregie.ui.work_place import WorkPlace
from tests.ui.fresh_process import run_fresh

SCRIPT = r"""
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from brandregie.store.database import open_store
from brandregie.ui import gui_thread
from brandregie.ui.main_window import MainWindow
import brandregie.ui.review, brandregie.ui.export  # registers the work places

key, module = sys.argv[1], sys.argv[2]
app = QApplication([])
gui_thread.install(app)
window = MainWindow(open_store(sys.argv[3]), threaded_saves=False)
window.show()
window.open_sample()
app.processEvents()
before = module in sys.modules
ticks = []
timer = QTimer()
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
timer.start(5)
window.show_page(key)
place = window.navigation.work_pages[key]
app.processEvents()
loading_shown = place.page is None and place.loading.isVisible()
deadline = time.monotonic() + 60
while place.page is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.001)
built = place.page is not None and place.page.isVisible()
ticks_while_loading = len(ticks)
from tests.processes import children  # the child-process server, started in the background
while not children() and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
import gc
print(json.dumps({"before": before, "loading_shown": loading_shown, "built": built,
                  "ticks_while_loading": ticks_while_loading,
                  "server_started": bool(children()), "frozen": gc.get_freeze_count()}))
"""


@pytest.mark.parametrize(("key", "module"), [("assignments", "brandregie.ui.review.page"),
                                             ("briefs", "brandregie.ui.export.page")])
def test_opening_a_work_page_keeps_the_window_answering(tmp_path: Path, key: str,
                                                        module: str) -> None:
    outcome = run_fresh(SCRIPT, key, module, str(tmp_path / "b.db"), home=tmp_path, timeout=120)
    assert outcome["before"] is False, "the page's code is not loaded at start"
    assert outcome["loading_shown"], "“Opening…” shows while the code loads"
    assert outcome["built"], "the page arrives by itself"
    # Importing takes most of a second; had it run on the GUI thread, the 5 ms timer could not
    # have ticked in between.
    assert outcome["ticks_while_loading"] >= 10
    assert outcome["server_started"], "the page's own work (reading, layout) is made ready too"
    # what it loaded is left out of later full collections (each a 90 ms pause otherwise)
    assert outcome["frozen"] > 10_000


_prepared: list[str] = []


def _note_prepared() -> None:
    _prepared.append("ready")


class _Place(WorkPlace[QWidget]):
    """A work place whose preparation only notes that it ran."""

    page_module = "brandregie.ui.page"
    prepare = staticmethod(_note_prepared)
    quiet_ms = 60_000  # "the person is busy" for as long as the test needs


def test_the_preparation_waits_while_the_person_goes_from_page_to_page(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    _prepared.clear()
    place = _Place(sample_window, "Opening…")
    place.setParent(sample_window)
    sample_window.show()
    sample_window.show_page("identity")  # the person has just gone to another page
    place.start_prepare()
    assert not place.preparing and _prepared == []
    sample_window.last_switch = time.monotonic() - 120  # ... and then stayed there
    place.start_prepare()
    assert place.preparing
    qtbot.waitUntil(lambda: _prepared == ["ready"] and not place.loader.busy)


def test_the_preparation_waits_while_the_person_opens_things_on_the_page(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """Opening one assignment after another is as busy as going from page to page: the heavy
    warm-up held the first opens up to three times as long, competing for Python's lock."""
    _prepared.clear()
    place = _Place(sample_window, "Opening…")
    place.setParent(sample_window)
    sample_window.show()
    sample_window.last_switch = time.monotonic() - 120  # no page switch for a while ...
    page = QWidget()
    qtbot.addWidget(page)
    page.last_activity = time.monotonic()  # type: ignore[attr-defined]  # ... but an open now
    place.page = page
    place.start_prepare()
    assert not place.preparing and _prepared == []
    page.last_activity = time.monotonic() - 120  # type: ignore[attr-defined]
    place.start_prepare()
    assert place.preparing
    qtbot.waitUntil(lambda: _prepared == ["ready"] and not place.loader.busy)


def test_the_preparation_waits_no_longer_than_its_limit(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    _prepared.clear()
    place = _Place(sample_window, "Opening…")
    place.setParent(sample_window)
    place.prepare_wait_max_ms = 0
    sample_window.show()
    sample_window.show_page("identity")
    place.start_prepare()  # busy, but it has waited long enough
    assert place.preparing
    qtbot.waitUntil(lambda: _prepared == ["ready"] and not place.loader.busy)


ORDER_SCRIPT = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication
from brandregie.store.database import open_store
from brandregie.ui import gui_thread
from brandregie.ui.main_window import MainWindow

app = QApplication([])
gui_thread.install(app)
window = MainWindow(open_store(sys.argv[1]), threaded_saves=False)
window.show()
window.open_sample()
assignments = window.navigation.work_pages["assignments"]
briefs = window.navigation.work_pages["briefs"]
seen = {}
make_page = assignments.make_page

def make():
    seen["briefs_loading_while_assignments_built"] = briefs.loading_started
    return make_page()

assignments.make_page = make
load = briefs.load

def quiet_load():
    page = assignments.page
    busy_at = max(window.last_switch, getattr(page, "last_activity", 0.0))
    seen["briefs_loads_in_a_quiet_moment"] = \
        (time.monotonic() - busy_at) * 1000 >= assignments.quiet_ms - 5
    load()

briefs.load = quiet_load
window.show_page("assignments")  # the moment the brand shows
deadline = time.monotonic() + 90
while (assignments.page is None or not briefs.loading_started or briefs.loader.busy) \
        and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
seen["briefs_code_in"] = all(m in sys.modules for m in briefs.code_modules)
print(json.dumps(seen))
"""


def test_the_briefs_code_loads_after_the_assignments_page_is_built(tmp_path: Path) -> None:
    """Both work places load their code in the background, one after the other: Briefs' waits
    until the Assignments page the person opened is built (loading it meanwhile held that
    first visit's build up to twice as long, waiting for Python's lock), and then until the
    person has neither switched pages nor opened an assignment for a moment (its import held
    the first open on the five-year store from 162 to 281 ms)."""
    outcome = run_fresh(ORDER_SCRIPT, str(tmp_path / "b.db"), home=tmp_path, timeout=150)
    assert outcome == {"briefs_loading_while_assignments_built": False,
                       "briefs_loads_in_a_quiet_moment": True, "briefs_code_in": True}
