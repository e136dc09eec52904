"""Slow work of the Briefs page (laying out a PDF, talking to the mail server) off the GUI thread.

A job is a plain function that takes a ``progress(done, total)`` callback and returns its
result; it never touches a widget. It runs on a ``QThreadPool`` and its outcome comes back to
the GUI thread as a queued signal. Cancelling sets a flag that the next progress call turns
into :class:`~brandregie.childproc.Cancelled`, which is how the export builders stop; a job
that waits on something else (a PDF laid out in a child process) hands ``progress.cancel`` on,
so the child is killed at once. Whatever a job ends in once the flag is set counts as
cancelled. Each start gets a ticket, so the outcome of a job that was cancelled or replaced is
dropped. ``synchronous=True`` runs the same job inline, so tests need no waiting.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from brandregie.childproc import Cancelled
from brandregie.errors import BrandRegieError

log = logging.getLogger(__name__)

__all__ = ["Cancelled", "Failure", "Job", "Progress", "Runner", "run_job"]

#: How a job's progress reaches the page (GUI thread, by a queued signal).
Report = Callable[[int, int], None]


class Progress(Protocol):
    """What a job is given: call it with ``(done, total)``; it raises :class:`Cancelled` once
    the person cancelled. ``cancel`` is the flag itself, for a job that waits on a child."""

    cancel: threading.Event

    def __call__(self, done: int, total: int) -> None: ...


Job = Callable[[Progress], Any]


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a job did not finish: one sentence for the person, or cancelled."""

    message: str
    cancelled: bool = False


class _Signals(QObject):
    progress = Signal(int, int, int)  # ticket, done, total
    done = Signal(int, object)  # ticket, result or Failure


class _Progress:
    """The :class:`Progress` a job gets."""

    def __init__(self, cancel: threading.Event, report: Report) -> None:
        self.cancel, self.report = cancel, report

    def __call__(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled
        self.report(done, total)


def run_job(job: Job, cancel: threading.Event, report: Report) -> Any:
    """Run ``job``; its result, or a :class:`Failure` (cancelled, the person's error, a bug)."""
    try:
        if cancel.is_set():
            raise Cancelled
        return job(_Progress(cancel, report))
    except Exception as exc:
        if isinstance(exc, Cancelled) or cancel.is_set():
            return Failure("", cancelled=True)
        if isinstance(exc, BrandRegieError):
            return Failure(exc.message)
        # a bug: logged with its traceback; the person gets a sentence
        log.exception("a Briefs page job failed")
        return Failure(QCoreApplication.translate(
            "Briefs", "Something unexpected went wrong (%1). The details are in the log file.")
            .replace("%1", type(exc).__name__))


class _Task(QRunnable):
    def __init__(self, ticket: int, job: Job, cancel: threading.Event,
                 signals: _Signals) -> None:
        super().__init__()
        self.ticket, self.job, self.cancel, self.signals = ticket, job, cancel, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        outcome = run_job(self.job, self.cancel,
                          lambda done, total: self.signals.progress.emit(self.ticket, done,
                                                                         total))
        self.signals.done.emit(self.ticket, outcome)


class Runner(QObject):
    """Runs one job at a time; starting another cancels the one that was running."""

    started = Signal()
    # (done, total) while the job runs
    progress = Signal(int, int)
    # (the job's result) it finished
    finished = Signal(object)
    # (one sentence) it failed
    failed = Signal(str)
    # the person cancelled it
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = pool or QThreadPool.globalInstance()
        self._signals = _Signals()  # no parent: a task still running keeps it alive
        self._signals.progress.connect(self._on_progress)
        self._signals.done.connect(self._on_done)
        self._ticket = 0
        self._cancel: threading.Event | None = None

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def start(self, job: Job) -> None:
        """Run ``job``; an earlier job still running is cancelled and its outcome dropped."""
        if self._cancel is not None:
            self._cancel.set()
        self._ticket += 1
        ticket = self._ticket
        cancel = threading.Event()
        self._cancel = cancel
        self.started.emit()
        if self.synchronous:
            self._on_done(ticket, run_job(job, cancel, lambda done, total:
                                          self._on_progress(ticket, done, total)))
        else:
            self.pool.start(_Task(ticket, job, cancel, self._signals))

    def cancel(self) -> None:
        """Ask the running job to stop; ``cancelled`` follows at once."""
        if self._cancel is None:
            return
        self._cancel.set()
        self._cancel = None
        self._ticket += 1  # whatever the job still sends is dropped
        self.cancelled.emit()

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the pool's jobs (on shutdown and in tests)."""
        return self.pool.waitForDone(msecs)

    def _on_progress(self, ticket: int, done: int, total: int) -> None:
        if ticket == self._ticket:
            self.progress.emit(done, total)

    def _on_done(self, ticket: int, outcome: object) -> None:
        if ticket != self._ticket:
            return
        self._cancel = None
        if isinstance(outcome, Failure):
            if outcome.cancelled:
                self.cancelled.emit()
            else:
                self.failed.emit(outcome.message)
            return
        self.finished.emit(outcome)
