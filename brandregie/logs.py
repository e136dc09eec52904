"""Logging to a rotated file in the user's log folder, and a last line of defence for bugs.

:func:`setup_logging` writes ``brandregie.log`` (1 MB, five older files kept) in the user's log
folder (on Linux ``~/.local/state/BrandRegie/log``), and hard crashes (a segfault in a native
library) to ``faults.log`` beside it. :func:`install_excepthook` makes sure an unexpected error
is never a silent exit: it is logged with its traceback and handed to a ``show_dialog`` callback
(the desktop app passes one that shows a message box), or printed on stderr. Plain Python: the
Qt side lives in ``brandregie/app.py``.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

from brandregie.i18n import _
from brandregie.paths import log_dir

LOG_NAME = "brandregie.log"
FAULTS_NAME = "faults.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

log = logging.getLogger("brandregie")

#: Called with a one-line summary of an unexpected error and the log file (None: no log file).
ShowDialog = Callable[[str, Path | None], None]

_handler: RotatingFileHandler | None = None
_faults: IO[str] | None = None


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO, *, folder: Path | None = None) -> Path | None:
    """Log to ``brandregie.log`` in ``folder`` (default: the user's log folder).

    Returns the log file, or None when the folder cannot be written (then warnings go to
    stderr only; logging must never keep the app from starting). Calling it again moves the log.
    """
    global _handler, _faults
    stop_logging()
    root = logging.getLogger()
    folder = folder or log_dir()
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                      encoding="utf-8", delay=False)
    except OSError as exc:
        sys.stderr.write(f"brandregie: cannot write the log in {folder}: {exc.strerror}\n")
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(logging.DEBUG)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    for name in ("brandregie", "alembic.runtime.migration"):
        logging.getLogger(name).setLevel(level)
    _handler = handler
    try:
        _faults = (folder / FAULTS_NAME).open("a", encoding="utf-8")
        faulthandler.enable(_faults)
    except OSError:
        _faults = None
    return path


def stop_logging() -> None:
    """Detach and close the log file (the app on exit, tests between cases)."""
    global _handler, _faults
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if _faults is not None:
        faulthandler.disable()
        _faults.close()
        _faults = None


def current_log_file() -> Path | None:
    """The file :func:`setup_logging` writes to, if any."""
    return Path(_handler.baseFilename) if _handler is not None else None


def crash_message(summary: str, log_path: Path | None) -> str:
    """What the person is told about an unexpected error: what happened and where to look."""
    text = _("BrandRegie ran into an unexpected error: {summary}").format(summary=summary)
    text += "\n\n" + _("Everything saved before this moment is safe.")
    if log_path is not None:
        text += " " + _("The details are in the log: {path}").format(path=log_path)
    return text


def summarize(exc: BaseException) -> str:
    """One line: the kind of error and its message."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def report(exc: BaseException, show_dialog: ShowDialog | None = None) -> None:
    """Log an unexpected error with its traceback, then show it (or print it on stderr)."""
    log.critical("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    if _handler is not None:
        _handler.flush()
    summary = summarize(exc)
    where = current_log_file()
    if show_dialog is not None:
        try:
            show_dialog(summary, where)
            return
        except Exception:  # the dialog itself failed: fall back to stderr, never silence
            log.exception("The error dialog could not be shown")
    sys.stderr.write(f"brandregie: {crash_message(summary, where)}\n")


def install_excepthook(show_dialog: ShowDialog | None = None) -> Callable[[], None]:
    """Route uncaught errors (main thread and worker threads) through :func:`report`.

    ``show_dialog`` may be called from a worker thread: a GUI must hand it to its own thread.
    Returns a function that puts the previous hooks back (tests, or an app that shuts down).
    """
    previous_hook = sys.excepthook
    previous_thread_hook = threading.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous_hook(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        report(exc, show_dialog)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        report(args.exc_value, show_dialog)

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def uninstall() -> None:
        sys.excepthook = previous_hook
        threading.excepthook = previous_thread_hook

    return uninstall
