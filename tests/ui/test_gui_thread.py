"""The GUI thread first: cycles freed on it, also when a worker made them; workers yield."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from brandregie.ui import gui_thread

CYCLES = 2 * gc.get_threshold()[0]


class _Cycle:
    """A self-referencing object that notes which thread finalised it."""

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen
        self.me = self

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def test_cycles_made_on_a_worker_are_collected_on_the_gui_thread(
        qtbot: QtBot, qapp: QApplication) -> None:
    installed = gui_thread.install(qapp)
    assert gui_thread.install(qapp) is installed, "one collector per app"
    assert not gc.isenabled(), "automatic collection (on any thread) is off"
    assert sys.getswitchinterval() <= gui_thread.SWITCH_INTERVAL
    seen: list[str] = []

    def work() -> None:
        for _ in range(CYCLES):  # past the youngest generation's threshold
            _Cycle(seen)

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert "worker" not in seen
    assert installed.timer.isActive() and installed.timer.interval() == gui_thread.INTERVAL_MS
    installed.check()  # what the GUI thread's timer runs a few times a second
    assert len(seen) == CYCLES
    assert set(seen) == {threading.main_thread().name}


def test_what_the_app_has_loaded_is_left_out_of_later_collections() -> None:
    kept = [[n] for n in range(1000)]  # like modules, classes and word lists: here to stay
    before = gc.get_freeze_count()
    gui_thread.freeze()
    assert gc.get_freeze_count() >= before + len(kept)


def test_code_brought_in_over_turns_of_the_event_loop_then_the_follow_up(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, body in (("wp_leaf", "LOADED = True\n"), ("wp_broken", "raise ImportError('no')\n"),
                       ("wp_top", "import wp_leaf\n")):
        (tmp_path / f"{name}.py").write_text(body)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(gui_thread, "TURN_SECONDS", 0.0)  # one module per turn
    owner = QObject()
    done: list[set[str]] = []
    gui_thread.import_in_turns(owner, ["wp_leaf", "wp_broken", "wp_top"],
                               lambda: done.append({"wp_leaf", "wp_top"} & set(sys.modules)))
    assert "wp_leaf" in sys.modules and "wp_top" not in sys.modules, "the rest in later turns"
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == [{"wp_leaf", "wp_top"}], "a module that fails is passed over, not retried"
    for name in ("wp_leaf", "wp_top"):
        sys.modules.pop(name, None)


SCAN = r"""
import json, linecache, sys
from PySide6.QtWidgets import QApplication
from brandregie.ui import gui_thread
app = QApplication([])
gui_thread.install(app)
# a from-import hands PySide's import hook the module itself (``import a.b`` hands it ``a``)
from colorsys import __name__ as _
from brandregie.profile.conflict import __name__ as _
from brandregie.ui.visual_cards import __name__ as _
names = ("colorsys", "brandregie.profile.conflict", "brandregie.ui.visual_cards")
feature = sys.modules["shibokensupport.feature"]
print(json.dumps({"answers": [feature.pyside_feature_dict.get(n) for n in names],
                  "read_through_linecache": [sys.modules[n].__file__ in linecache.cache
                                             for n in names]}))
"""


def test_pyside_is_told_which_modules_use_it_without_reading_their_source_line_by_line(
        ) -> None:
    """PySide asks of every module imported after it whether its source names PySide6; after
    ``install`` it gets the same answers (0: uses PySide, -1: does not) from the files' bytes,
    not through ``inspect.getsource`` (which parses the file into lines and caches them)."""
    done = subprocess.run([sys.executable, "-c", SCAN], capture_output=True, text=True,
                          check=True, timeout=120, cwd=Path(__file__).resolve().parents[2],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    assert outcome == {"answers": [-1, -1, 0], "read_through_linecache": [False] * 3}
