"""What the person sees when something goes wrong: a clear message, never a silent exit.

A :class:`~brandregie.errors.BrandRegieError` (their input, their environment) gets its one
sentence. Anything else is a bug: the full traceback goes to the log file and the message box
says what happened, that the work is saved up to the last autosave, and where the log is.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from brandregie.errors import BrandRegieError
from brandregie.paths import log_dir

log = logging.getLogger("brandregie")

translate = QCoreApplication.translate



def log_file() -> str:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder / "brandregie.log")


def report(exc_type: type[BaseException], exc: BaseException,
           tb: TracebackType | None) -> None:
    """Show ``exc`` to the person; write bugs with their traceback to the log."""
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    parent = QApplication.activeWindow()
    if isinstance(exc, BrandRegieError):
        QMessageBox.warning(parent, "BrandRegie", exc.message)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    path = log_file()
    try:
        with Path(path).open("a", encoding="utf-8") as fh:
            fh.write(details + "\n")
    except OSError:
        path = ""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Errors", "Something went wrong"))
    box.setText(translate("Errors", "Something unexpected went wrong: %1").replace("%1", str(exc) or
                                                                  exc_type.__name__))
    info = translate("Errors", "Your brand is saved up to the last change BrandRegie could store. "
              "You can keep working; if this happens again, please send the details to "
              "the makers of BrandRegie.")
    if path:
        info += "\n\n" + translate("Errors", "The details are also in %1.").replace("%1", path)
    box.setInformativeText(info)
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """Route every uncaught exception (also from Qt slots) to :func:`report`."""
    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        try:
            report(exc_type, exc, tb)
        except Exception:  # the dialog itself failed: at least say it on stderr
            sys.__excepthook__(exc_type, exc, tb)
    sys.excepthook = hook
