"""Background work of the desktop app, one way: a job on a worker thread, its outcome as signals.

A *job* is a plain function ``job(progress) -> result`` that never touches a widget or a live
ORM object. It calls ``progress(done, total)`` now and then; once the job is cancelled that call
raises :class:`~brandregie.childproc.Cancelled`, which is how a job stops. A job that waits on
a child process (reading a draft, laying out a PDF: :mod:`brandregie.childproc`) hands
``progress.cancel`` on, so the child is killed at once. Work that could hang, crash or hold
Python's lock for long belongs in such a child; the job around it stays on a thread.

A :class:`Runner` starts jobs on Qt's thread pool (or, with ``own_thread=True``, on a thread
of its own, for work that must never queue behind others: saves, backups) and reports each
:class:`Task`'s outcome on the GUI thread by queued signals: ``started``, ``progress``,
``finished`` (the result), ``failed`` (a :class:`Failure`: the sentence for the person and the
error) and ``cancelled``.
Every signal names the task first, so one runner can run several jobs side by side
(``one_at_a_time=False``), each known by the ``key`` it was started with. With
``one_at_a_time=True`` starting a job stops the one still running, which the new one replaces.
Once a job is cancelled or replaced, whatever it still sends is dropped.
``synchronous=True`` runs each job inline in :meth:`Runner.start`, so a test sees the outcome
before ``start`` returns. :meth:`Runner.finish_now` lets the GUI thread wait for a job it
cannot go on without (the last save before closing).

The runner's signal carrier has no parent and is held by every running job, so a job that
outlives its page still has somewhere to report (its outcome is then dropped).

When the window has closed, :func:`stop_all` cancels every job still running (the app's
process would otherwise wait for each before it exits: the scorecard of a five-year store
takes seconds), except those of a runner made with ``finish_at_close=True`` (saves, a restore):
those are let finish.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    SignalInstance,
)

from brandregie import childproc
from brandregie.childproc import Cancelled
from brandregie.errors import BrandRegieError

log = logging.getLogger(__name__)

__all__ = ["Cancelled", "Failure", "Job", "Progress", "Runner", "Task", "stop_all"]


class Progress(Protocol):
    """What a job is given: call it with ``(done, total)``; it raises :class:`Cancelled` once
    the job is cancelled. ``cancel`` is the flag itself, for a job that waits on a child."""

    cancel: threading.Event

    def __call__(self, done: int, total: int) -> None: ...


Job = Callable[[Progress], Any]


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a job did not finish: one sentence for the person; ``error`` is what the job raised
    (None for a bug, which is logged with its traceback)."""

    message: str
    error: BrandRegieError | None = None


def bug_message(exc: BaseException) -> str:
    """The sentence for an error nobody planned for (the traceback is in the log)."""
    return QCoreApplication.translate(
        "Jobs", "Something unexpected went wrong (%1). The details are in the log file."
    ).replace("%1", type(exc).__name__)


class Task:
    """One start of a job: its flag, its key and, once it ended, its outcome."""

    def __init__(self, job: Job, key: object = None, *, finish_at_close: bool = False) -> None:
        self.job, self.key = job, key
        self.finish_at_close = finish_at_close
        self.cancel_flag = threading.Event()
        self._ended = threading.Event()
        self._result: Any = None
        self._error: BaseException | None = None

    @property
    def done(self) -> bool:
        return self._ended.is_set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_flag.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job has ended (its outcome signal is then already posted)."""
        return self._ended.wait(timeout)

    def run(self, report: Callable[[int, int], None]) -> None:
        """Run the job here (a worker thread, or inline); keep what it returned or raised."""
        try:
            if self.cancel_flag.is_set():
                raise Cancelled
            self._result = self.job(_Progress(self.cancel_flag, report))
        except Exception as exc:
            self._error = exc

    def outcome(self) -> object:
        """The result, a :class:`Failure`, or :data:`CANCELLED`."""
        error = self._error
        if error is None:
            return self._result
        if isinstance(error, Cancelled) or self.cancel_flag.is_set():
            return CANCELLED
        if isinstance(error, BrandRegieError):
            return Failure(error.message, error)
        log.error("a background job failed", exc_info=error)
        return Failure(bug_message(error))


#: Every task started and not yet ended, for :func:`stop_all` (workers end them: locked).
_live: set[Task] = set()
_live_lock = threading.Lock()


def _begun(task: Task) -> None:
    with _live_lock:
        _live.add(task)


def _end(task: Task) -> None:
    with _live_lock:
        _live.discard(task)
    task._ended.set()


def stop_all() -> list[Task]:
    """The window has closed: ask every job still running to stop, but for those meant to
    finish (``finish_at_close``); returns the tasks asked. Their outcome is never told (the
    app is going); a job stops at its next ``progress`` call."""
    with _live_lock:
        stopping = [task for task in _live if not task.finish_at_close and not task.done]
    for task in stopping:
        task.cancel_flag.set()
    return stopping


def wait_stopped(tasks: list[Task], timeout: float) -> list[Task]:
    """Wait up to ``timeout`` seconds in all for ``tasks`` to end; returns those still
    running (logged: a job that does not stop keeps the process alive after its window)."""
    until = time.monotonic() + timeout
    left = [task for task in tasks if not task.wait(max(0.0, until - time.monotonic()))]
    for task in left:
        log.warning("a background job (%s) did not stop at close",
                    getattr(task.job, "__qualname__", type(task.job).__name__))
    return left


#: What the app's child-process server loads before it forks: the draft readers and the PDF
#: layout (``ingest/preload.py``, ``export/preload.py``), named, not imported, so the app's own
#: process does not load them.
CHILD_PRELOAD = ("brandregie.ingest.preload", "brandregie.export.preload")


def start_child_processes() -> None:
    """Start the server of the child processes (reading drafts, laying out PDFs) now, with both
    kinds of work loaded, whichever work page asks first (call off the GUI thread)."""
    childproc.preload(*CHILD_PRELOAD)
    childproc.warm_up()


#: The outcome of a job that was cancelled.
CANCELLED = object()


class _Progress:
    """The :class:`Progress` a job gets."""

    def __init__(self, cancel: threading.Event, report: Callable[[int, int], None]) -> None:
        self.cancel, self.report = cancel, report

    def __call__(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled
        self.report(done, total)


class _Signals(QObject):
    progress = Signal(object, int, int)  # task, done, total
    ended = Signal(object)  # task


class _Run(QRunnable):
    def __init__(self, task: Task, signals: _Signals) -> None:
        super().__init__()
        self.task, self.signals = task, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        task, signals = self.task, self.signals
        try:
            task.run(lambda done, total: _tell(signals, signals.progress, task, done, total))
            _tell(signals, signals.ended, task)  # posted before wait() returns: see Task.wait
        finally:
            _end(task)


def _tell(signals: _Signals, signal: SignalInstance, *args: object) -> None:
    """Emit, unless Qt already deleted the signals' object: the app closed while the job ran,
    and nobody is left to tell (not a failure worth a traceback on the way out)."""
    try:
        signal.emit(*args)
    except RuntimeError:
        if shiboken6.isValid(signals):
            raise
        log.debug("a background job ended after the app closed")


class Runner(QObject):
    """Runs jobs off the GUI thread and tells the GUI thread how each went."""

    started = Signal(object)  # Task
    progress = Signal(object, int, int)  # Task, done, total
    finished = Signal(object, object)  # Task, the job's result
    failed = Signal(object, object)  # Task, Failure
    cancelled = Signal(object)  # Task

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False,
                 one_at_a_time: bool = True, own_thread: bool = False,
                 finish_at_close: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.one_at_a_time = one_at_a_time
        self.finish_at_close = finish_at_close
        if own_thread:  # never queued behind other work (saves); waited for when it goes
            self.pool = QThreadPool(self)
            self.pool.setMaxThreadCount(1)
        else:
            self.pool = QThreadPool.globalInstance()
        self._signals = _Signals()  # no parent: a job still running keeps it alive
        self._signals.progress.connect(self._on_progress)
        self._signals.ended.connect(self._on_ended)
        self._running: list[Task] = []  # started, outcome not yet delivered or dropped
        self._started: list[Task] = []  # every task not yet ended, for wait()

    @property
    def busy(self) -> bool:
        """Whether a job runs whose outcome will still be told."""
        return bool(self._running)

    @property
    def running(self) -> tuple[Task, ...]:
        """The tasks whose outcome will still be told, oldest first."""
        return tuple(self._running)

    def start(self, job: Job, key: object = None) -> Task:
        """Run ``job``; one at a time, an earlier job still running is stopped first, and
        nothing more is told of it (not even ``cancelled``: this job takes its place)."""
        if self.one_at_a_time:
            for replaced in self._running:
                replaced.cancel_flag.set()
            self._running.clear()
        task = Task(job, key, finish_at_close=self.finish_at_close)
        self._running.append(task)
        self._started = [t for t in self._started if not t.done] + [task]
        self.started.emit(task)
        _begun(task)
        if self.synchronous:
            task.run(lambda done, total: self._on_progress(task, done, total))
            _end(task)
            self._on_ended(task)
        else:
            self.pool.start(_Run(task, self._signals))
        return task

    def cancel(self, task: Task | None = None) -> None:
        """Ask ``task`` (or every running task) to stop; ``cancelled`` follows at once and
        whatever the job still sends is dropped."""
        for running in [t for t in self._running if task is None or t is task]:
            running.cancel_flag.set()
            self._running.remove(running)
            self.cancelled.emit(running)

    def finish_now(self, task: Task) -> None:
        """Wait for ``task`` and tell its outcome now (its queued report is then dropped)."""
        task.wait()
        self._on_ended(task)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait until every job this runner started has ended (on shutdown and in tests)."""
        return all(task.wait(msecs / 1000) for task in self._started)

    def _on_progress(self, task: Task, done: int, total: int) -> None:
        if task in self._running:
            self.progress.emit(task, done, total)

    def _on_ended(self, task: Task) -> None:
        if task not in self._running:
            return  # cancelled or replaced: already told
        self._running.remove(task)
        outcome = task.outcome()
        if outcome is CANCELLED:
            self.cancelled.emit(task)
        elif isinstance(outcome, Failure):
            self.failed.emit(task, outcome)
        else:
            self.finished.emit(task, outcome)
