"""What the person sees when something goes wrong: a clear message, never a silent exit.

Built on :mod:`brandregie.logs` (the traceback goes to the rotated log file): this module only
adds the Qt side. A :class:`~brandregie.errors.BrandRegieError` that escapes (the person's input
or environment) gets its one sentence in a warning; anything else is a bug and gets a message box
saying what happened, that saved work is safe, and where the log is. Errors on worker threads
reach the GUI thread through a queued signal, so no widget is touched off the GUI thread.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from brandregie import logs
from brandregie.errors import BrandRegieError


class _Bridge(QObject):
    """Carries an error report to the GUI thread."""

    crash = Signal(str, str)  # summary, log file ("" when there is none)


def show_crash(summary: str, log_path: str) -> None:
    """The message box for an unexpected error (a bug)."""
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Something went wrong"))
    box.setText(logs.crash_message(summary, Path(log_path) if log_path else None))
    box.setInformativeText(QCoreApplication.translate(
        "Errors", "You can keep working. If this happens again, please send the log file to "
                  "the makers of BrandRegie."))
    box.exec()


def show_problem(exc: BrandRegieError) -> None:
    """The message box for a problem the person can fix (bad file, full disk)."""
    QMessageBox.warning(QApplication.activeWindow(), "BrandRegie", exc.message)


_bridges: list[_Bridge] = []


def install_excepthook() -> Callable[[], None]:
    """Route every uncaught exception (also from Qt slots and worker threads) to a dialog.

    Returns a function that puts the previous hooks back.
    """
    bridge = _Bridge()
    bridge.crash.connect(show_crash)
    _bridges.append(bridge)
    uninstall_logs = logs.install_excepthook(
        lambda summary, path: bridge.crash.emit(summary, str(path or "")))
    logged_hook = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, BrandRegieError):
            try:
                show_problem(exc)
                return
            except Exception:  # no dialog possible: let the log hook report it
                pass
        logged_hook(kind, exc, tb)

    sys.excepthook = hook

    def uninstall() -> None:
        uninstall_logs()
        if bridge in _bridges:
            _bridges.remove(bridge)

    return uninstall
