"""Checks of draft versions, run as jobs of the app's one job runner (:mod:`brandregie.ui.jobs`).

The job only gets a :class:`~brandregie.review.service.CheckJob` (bytes and a profile snapshot)
and never touches a widget or the database: the :class:`~brandregie.ui.jobs.Runner` posts its
outcome back to the GUI thread, where it is stored in one short transaction. A cancelled check
is stored as cancelled at once; the job stops at its next progress step and what it still sends
is dropped. ``synchronous=True`` runs the same work inline, so tests need no waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from brandregie.errors import BrandRegieError
from brandregie.i18n import _, current_language
from brandregie.review.checking import CheckOutcome, check_draft, failure_message
from brandregie.review.records import VersionInfo
from brandregie.review.service import CheckJob, ReviewService
from brandregie.ui.jobs import Failure, Job, Progress, Runner, Task

log = logging.getLogger(__name__)

#: Progress is passed to the runner in these many steps (it counts in whole numbers).
_STEPS = 1000


@dataclass(frozen=True, slots=True)
class _Check:
    """A check's key on the runner: which version, and the file's name for a bug's sentence."""

    version_id: int
    file_name: str


def _check(job: CheckJob, lang: str) -> Job:
    """The job: read and check ``job`` on the worker thread (cancelled through ``progress``)."""

    def run(progress: Progress) -> CheckOutcome:
        return check_draft(job, lang=lang, cancel=progress.cancel,
                           progress=lambda done: progress(round(done * _STEPS), _STEPS))

    return run


class CheckRunner(QObject):
    """Starts checks of draft versions, one at a time per version, and stores their outcome."""

    #: (version id) a check began
    started = Signal(int)
    #: (version id, 0..1)
    progress = Signal(int, float)
    #: (version id, VersionInfo) the outcome is stored: done, failed or cancelled
    finished = Signal(int, object)

    def __init__(self, service: ReviewService, parent: QObject | None = None, *,
                 synchronous: bool = False) -> None:
        super().__init__(parent)
        self.service = service
        self.jobs = Runner(self, synchronous=synchronous, one_at_a_time=False)
        self.jobs.progress.connect(self._on_progress)
        self.jobs.finished.connect(self._on_finished)
        self.jobs.failed.connect(self._on_failed)
        self.jobs.cancelled.connect(self._on_cancelled)

    def is_running(self, version_id: int | None = None) -> bool:
        return any(version_id is None or _key(task).version_id == version_id
                   for task in self.jobs.running)

    def start(self, version_id: int) -> None:
        """Check ``version_id`` against the brand's current profile (ignored if running)."""
        if self.is_running(version_id):
            return
        try:
            job = self.service.check_job(version_id)
        except BrandRegieError as exc:
            self.finished.emit(version_id, self.service.save_check_failure(version_id,
                                                                           exc.message))
            return
        self.started.emit(version_id)
        self.jobs.start(_check(job, current_language()), key=_Check(version_id, job.file_name))

    def cancel(self, version_id: int | None = None) -> None:
        """Stop a running check (or all); it is stored as cancelled and ``finished`` follows."""
        for task in self.jobs.running:
            if version_id is None or _key(task).version_id == version_id:
                self.jobs.cancel(task)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for running checks (on shutdown)."""
        return self.jobs.wait(msecs)

    def _on_progress(self, task: Task, done: int, total: int) -> None:
        self.progress.emit(_key(task).version_id, done / total)

    def _on_finished(self, task: Task, outcome: object) -> None:
        assert isinstance(outcome, CheckOutcome)
        version_id = _key(task).version_id
        self._store(version_id, lambda: self.service.save_check(version_id, outcome.report,
                                                                outcome.document))

    def _on_failed(self, task: Task, failure: Failure) -> None:
        key = _key(task)
        # a bug has no error to show (the runner logged it): say which file could not be checked
        message = failure_message(failure.error or Exception(), key.file_name)
        self._store(key.version_id,
                    lambda: self.service.save_check_failure(key.version_id, message))

    def _on_cancelled(self, task: Task) -> None:
        version_id = _key(task).version_id
        self._store(version_id, lambda: self.service.save_check_failure(
            version_id, _("the check was cancelled"), cancelled=True))

    def _store(self, version_id: int, save: Callable[[], VersionInfo]) -> None:
        try:
            info = save()
        except BrandRegieError as exc:  # the version was deleted meanwhile, or the store
            log.warning("could not store the check of version %s: %s", version_id, exc)
            return
        self.finished.emit(version_id, info)


def _key(task: Task) -> _Check:
    key = task.key
    assert isinstance(key, _Check)
    return key
