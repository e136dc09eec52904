"""Code that uses Qt is imported on the GUI thread only, from the start to the work pages.

The bundled app crashed (SIGSEGV) now and then while a worker imported modules that make Qt
bindings and the GUI thread ran the event loop. An import hook in a fresh interpreter notes
every Qt module (PySide6, ``brandregie.ui``) imported off the main thread while the app starts
as ``run_app`` starts it, opens both work pages and lets their background work finish.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.ui.fresh_process import ROOT, run_fresh

SCRIPT = r"""
import json, sys, threading, time

QT = ("PySide6", "shiboken6", "brandregie.ui")
off_thread = []

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name.startswith(QT) and threading.current_thread() is not threading.main_thread():
            off_thread.append(f"{name} on {threading.current_thread().name}")
        return None  # the ordinary finders import it

sys.meta_path.insert(0, Watch())

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from brandregie.paths import sample_pack
from brandregie.profile.pack import read_pack
from brandregie.profile.service import ProfileService
from brandregie.store.database import open_store
from brandregie.ui import gui_thread
from brandregie.ui.opening import StoreOpener
from brandregie.ui.shell import Shell

path = sys.argv[1]
store = open_store(path)
ProfileService(store).import_snapshot(read_pack(sample_pack()))
store.close()
app = QApplication([])
gui_thread.install(app)
shell = Shell(None)
window = shell.window
opener = StoreOpener(shell, lambda: open_store(path))
window.after_first_paint(opener.start_slot)
window.show()
deadline = time.monotonic() + 90
def wait(done):
    while not done() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
wait(lambda: window.ready)
built = {}
for key in ("assignments", "briefs"):
    window.show_page(key)
    place = window.navigation.work_pages[key]
    wait(lambda: place.page is not None and not place.loader.busy)  # built, then prepared
    built[key] = place.page is not None
print(json.dumps({"built": built, "off_thread": off_thread}))
window.close()
shell.store.close()
"""


def test_no_module_using_qt_is_imported_off_the_gui_thread(tmp_path: Path) -> None:
    outcome = run_fresh(SCRIPT, str(tmp_path / "b.db"), home=tmp_path, timeout=180)
    assert outcome["built"] == {"assignments": True, "briefs": True}
    assert outcome["off_thread"] == []


#: Imports, as the app does, the Qt-free code of each step on "the worker" (here: first) and
#: then its Qt modules one by one, noting any Qt-free module a Qt module still brings in.
TURNS = r"""
import importlib, json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
import brandregie.ui.shell
from brandregie.ui import opening
from brandregie.ui.export.place import BriefsPlace
from brandregie.ui.review.place import AssignmentsPlace

QT = ("PySide6", "shiboken6", "brandregie.ui")
steps = [("the window", (*opening.STORE_MODULES, *opening.WINDOW_CODE_MODULES),
          opening.WINDOW_MODULES)]
steps += [(place.__name__, place.code_modules, (*place.ui_modules, place.page_module))
          for place in (AssignmentsPlace, BriefsPlace)]
brought = {}
for name, code, qt in steps:
    for module in code:
        importlib.import_module(module)
    for module in qt:
        before = set(sys.modules)
        importlib.import_module(module)
        new = sorted(m for m in sys.modules if m not in before and not m.startswith(QT))
        if new:
            brought[f"{name}: {module}"] = new
print(json.dumps(brought))
"""


def test_the_gui_threads_import_turns_bring_in_no_code_that_a_worker_could_import() -> None:
    """A Qt module imported on the GUI thread pulls in no Qt-free module of its own: that code
    belongs in the lists the worker imports first (``WINDOW_CODE_MODULES``, a place's
    ``code_modules``), or one turn of the event loop imports it all and holds the window."""
    done = subprocess.run([sys.executable, "-c", TURNS], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=180,
                          check=True, cwd=ROOT)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {}
