"""The GUI thread first: how the desktop app shares Python with its worker threads.

:func:`install` (run_app calls it, and so do the UI tests) does two things, app-wide:

- **Cycle collection on the GUI thread only.** Python collects reference cycles on whichever
  thread happens to allocate past the threshold. When that is a worker (an autosave, a check,
  an export) and the cycle holds Qt objects, they are deleted off the GUI thread and the app
  crashes. So the automatic collector is switched off and a timer on the GUI thread runs the
  same generational collection, checking the same thresholds a few times a second (the pattern
  pyqtgraph ships as ``GarbageCollector``).
- **Long-lived objects frozen.** Once the app has loaded (after the first paint, after a work
  page's code is in), almost every object alive lives as long as the app: modules, classes,
  word lists. A full collection walked all of them, ~90 ms of the GUI thread each time (a
  pause in the middle of a check); :func:`freeze` moves them out of the collector's way, and
  a full collection then takes well under a millisecond.
- **A short switch interval.** A worker running Python holds the interpreter lock until the
  GUI thread asks for it and then keeps it for up to the switch interval (5 ms by default) each
  time; the GUI thread asks many times per repaint, so a page switch during a background
  import took 100-180 ms instead of 30-50. At 1 ms the window stays under 50 ms
  (``bench/bench_startup.py``), at a small cost to the worker's throughput.
- **Imports without PySide's source scan.** Once PySide6 is loaded, it asks of every module
  imported after it (on any thread) whether its source mentions "PySide6", through
  ``inspect.getsource``: about 0.3 ms a module (linecache, tokenize), 0.1-0.2 s over a start
  and the work pages' code. :func:`quicker_imports` asks the same of the file's bytes.
- **Code that uses Qt is imported here only.** Importing a module that makes Qt bindings on a
  worker while this thread runs the event loop crashed the bundled app now and then (SIGSEGV
  in 3 of 25 starts); workers import Qt-free code only, and :func:`import_in_turns` brings the
  Qt part in on this thread, about 12 ms of imports per turn of the event loop, so the window
  keeps answering in between.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication, QObject, QTimer

log = logging.getLogger(__name__)

#: How often the GUI thread looks at the collector's counts.
INTERVAL_MS = 500

#: Seconds of imports on the GUI thread per turn of the event loop (import_in_turns): a turn
#: of a few modules instead of one each, so a page waiting for its code waits fewer turns.
TURN_SECONDS = 0.012

#: Seconds a thread may keep Python's lock while another waits for it.
SWITCH_INTERVAL = 0.001


class GuiThreadCollector(QObject):
    """Runs the cycle collector from the GUI thread's event loop instead of automatically."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        gc.disable()
        self.timer.start()

    def freeze(self) -> None:
        """:func:`freeze`, as a slot (for ``MainWindow.after_first_paint``)."""
        freeze()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, youngest first."""
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)


def freeze() -> None:
    """Leave every object alive now out of later collections (they live as long as the app)."""
    gc.freeze()


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Put the GUI thread first (once; later calls return the same collector)."""
    sys.setswitchinterval(SWITCH_INTERVAL)
    quicker_imports()
    existing = app.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)


def quicker_imports() -> None:
    """Answer PySide's question for each newly imported module ("does its source say
    PySide6?", the default of its ``__feature__`` switching) from the file's bytes instead of
    ``inspect.getsource``; where there is no ``.py`` file to read, PySide's own answer. Left
    alone if this PySide has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or getattr(scan, "quicker", False):
        return

    def mentions_pyside(module: ModuleType) -> bool:
        file = getattr(module, "__file__", None)
        if isinstance(file, str) and file.endswith(".py"):
            try:
                return b"PySide6" in Path(file).read_bytes()
            except OSError:
                pass
        return bool(scan(module))

    mentions_pyside.quicker = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[union-attr]


def import_in_turns(context: QObject, modules: Sequence[str], then: Callable[[], object]) -> None:
    """On the GUI thread: import ``modules`` in order (each module's own imports come with it:
    list the leaves first), as many per turn of the event loop as fit in :data:`TURN_SECONDS`
    (at least one), then call ``then``. Nothing more happens once ``context`` is deleted. A
    module that fails to import is logged and passed over: whoever needs it imports it again
    and meets the error there."""
    remaining = [module for module in modules if module not in sys.modules]
    if not remaining:
        then()
        return
    started = time.perf_counter()
    while remaining:
        module = remaining.pop(0)
        try:
            importlib.import_module(module)
        except Exception:
            log.exception("importing %s failed", module)
        if time.perf_counter() - started >= TURN_SECONDS:
            break
    # ``then`` (building a page, say) runs in a turn of its own
    QTimer.singleShot(0, context, partial(import_in_turns, context, remaining, then))
