"""Python's cycle collector, run on the GUI thread only.

Python collects reference cycles on whichever thread happens to allocate past the threshold.
When that is a worker (an autosave, a check, an export) and the cycle holds Qt objects, they
are deleted off the GUI thread and the app crashes. So, app-wide, the automatic collector is
switched off and a timer on the GUI thread runs the same generational collection, checking the
same thresholds a few times a second (the pattern pyqtgraph ships as ``GarbageCollector``).
Memory between two checks grows no more than a worker allocates in that time.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the GUI thread looks at the collector's counts.
INTERVAL_MS = 500


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

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, youngest first."""
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Switch the app to GUI-thread collection (once; later calls return the same collector)."""
    existing = app.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)
