"""Run a slow network call (log in to a server) off the GUI thread; synchronously in tests."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from brandregie.errors import BrandRegieError


class Probe(QObject):
    """Runs ``job``; emits ``finished(ok, message)`` on the GUI thread."""

    finished = Signal(bool, str)

    def __init__(self, parent: QObject | None = None, *, threaded: bool = True) -> None:
        super().__init__(parent)
        self.threaded = threaded
        self.busy = False

    def run(self, job: Callable[[], str]) -> None:
        """``job`` returns the success message or raises :class:`BrandRegieError`."""
        if self.busy:
            return
        self.busy = True

        def work() -> None:
            try:
                message, ok = job(), True
            except BrandRegieError as exc:
                message, ok = exc.message, False
            self.busy = False
            self.finished.emit(ok, message)  # queued to the GUI thread when threaded

        if self.threaded:
            threading.Thread(target=work, name="connection-probe", daemon=True).start()
        else:
            work()
