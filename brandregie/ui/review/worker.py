"""Checks run on a worker thread; results come back to the GUI thread as signals.

The worker only gets a :class:`~brandregie.review.service.CheckJob` (bytes and a profile
snapshot) and never touches a widget or the database: the outcome is posted back as a queued
signal and stored on the GUI thread in one short transaction. ``synchronous=True`` runs the
same work inline, so tests need no waiting.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from brandregie.errors import BrandRegieError
from brandregie.i18n import _, current_language
from brandregie.review.checking import (
    CheckCancelled,
    CheckOutcome,
    check_draft,
    failure_message,
)
from brandregie.review.records import VersionInfo
from brandregie.review.service import CheckJob, ReviewService

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Failure:
    message: str
    cancelled: bool = False


class _Signals(QObject):
    progress = Signal(int, float)
    done = Signal(int, object)


class _CheckTask(QRunnable):
    def __init__(self, job: CheckJob, lang: str, cancel: threading.Event,
                 signals: _Signals) -> None:
        super().__init__()
        self.job, self.lang, self.cancel, self.signals = job, lang, cancel, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        self.signals.done.emit(self.job.version_id, _work(self.job, self.lang, self.cancel,
                                                          self.signals))


def _work(job: CheckJob, lang: str, cancel: threading.Event, signals: _Signals
          ) -> CheckOutcome | _Failure:
    try:
        return check_draft(job, lang=lang, cancel=cancel,
                           progress=lambda p: signals.progress.emit(job.version_id, p))
    except CheckCancelled:
        return _Failure("", cancelled=True)
    except BrandRegieError as exc:
        return _Failure(exc.message)
    except Exception as exc:  # a bug: logged, and the owner gets a sentence, not a crash
        log.exception("checking %s failed", job.file_name)
        return _Failure(failure_message(exc, job.file_name))


class CheckRunner(QObject):
    """Starts checks of draft versions, one at a time per version, and stores their outcome."""

    #: (version id) a check began
    started = Signal(int)
    #: (version id, 0..1)
    progress = Signal(int, float)
    #: (version id, VersionInfo) the outcome is stored: done, failed or cancelled
    finished = Signal(int, object)

    def __init__(self, service: ReviewService, parent: QObject | None = None, *,
                 synchronous: bool = False, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.synchronous = synchronous
        self.pool = pool or QThreadPool.globalInstance()
        self._signals = _Signals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.done.connect(self._on_done)
        self._running: dict[int, threading.Event] = {}

    def is_running(self, version_id: int | None = None) -> bool:
        return bool(self._running) if version_id is None else version_id in self._running

    def start(self, version_id: int) -> None:
        """Check ``version_id`` against the brand's current profile (ignored if running)."""
        if version_id in self._running:
            return
        try:
            job = self.service.check_job(version_id)
        except BrandRegieError as exc:
            self.finished.emit(version_id, self.service.save_check_failure(version_id,
                                                                           exc.message))
            return
        cancel = threading.Event()
        self._running[version_id] = cancel
        self.started.emit(version_id)
        lang = current_language()
        if self.synchronous:
            self._on_done(version_id, _work(job, lang, cancel, self._signals))
        else:
            self.pool.start(_CheckTask(job, lang, cancel, self._signals))

    def cancel(self, version_id: int | None = None) -> None:
        """Ask a running check (or all) to stop; the outcome arrives as ``finished``."""
        for vid, flag in list(self._running.items()):
            if version_id is None or vid == version_id:
                flag.set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for running checks (on shutdown)."""
        return self.pool.waitForDone(msecs)

    def _on_progress(self, version_id: int, done: float) -> None:
        if version_id in self._running:
            self.progress.emit(version_id, done)

    def _on_done(self, version_id: int, outcome: object) -> None:
        cancel = self._running.pop(version_id, None)
        try:
            if isinstance(outcome, CheckOutcome):
                info: VersionInfo = self.service.save_check(version_id, outcome.report,
                                                            outcome.document)
            elif isinstance(outcome, _Failure) and (outcome.cancelled or
                                                    (cancel is not None and cancel.is_set())):
                info = self.service.save_check_failure(
                    version_id, _("the check was cancelled"), cancelled=True)
            else:
                assert isinstance(outcome, _Failure)
                info = self.service.save_check_failure(version_id, outcome.message)
        except BrandRegieError as exc:  # the version was deleted meanwhile, or the store
            log.warning("could not store the check of version %s: %s", version_id, exc)
            return
        self.finished.emit(version_id, info)
