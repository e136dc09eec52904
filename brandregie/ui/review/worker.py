"""Checks of draft versions, run as jobs of the app's one job runner (:mod:`brandregie.ui.jobs`).

The whole check is the job, on a worker thread: reading the version and the brand's profile
(``ReviewService.check_job``), reading and checking the file, and storing the outcome
(``save_check``). The service opens its own short session for each of those calls on the worker
and hands back frozen values (as the autosave and the scorecard do): nothing live crosses
threads, and the GUI thread neither waits for a large file's bytes nor encodes a large report.
The job never touches a widget; the :class:`~brandregie.ui.jobs.Runner` posts the stored
:class:`~brandregie.review.records.VersionInfo` back to the GUI thread. A check that fails is
stored from the GUI thread with its sentence; a cancelled one is stored as cancelled at once,
and the job stops at its next progress step (before storing anything) and what it still sends
is dropped. ``synchronous=True`` runs the same work inline, so tests need no waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from brandregie.errors import BrandRegieError
from brandregie.i18n import _, current_language
from brandregie.review.checking import check_draft, failure_message
from brandregie.review.records import VersionInfo
from brandregie.review.service import ReviewService
from brandregie.ui.jobs import Cancelled, Failure, Job, Progress, Runner, Task
from brandregie.ui.memory import give_back_soon

log = logging.getLogger(__name__)

#: Progress is passed to the runner in these many steps (it counts in whole numbers).
_STEPS = 1000


def _check(service: ReviewService, version_id: int, lang: str) -> Job:
    """The job: read, check and store ``version_id`` on the worker thread (cancelled through
    ``progress``; nothing is stored once the data was restored meanwhile)."""
    generation = service.store.generation

    def run(progress: Progress) -> VersionInfo:
        job = service.check_job(version_id)
        try:
            outcome = check_draft(job, lang=lang, cancel=progress.cancel,
                                  progress=lambda done: progress(round(done * _STEPS), _STEPS))
        except BrandRegieError:
            raise
        except Exception as exc:
            if progress.cancel.is_set():
                raise
            # a bug: logged here with its traceback, told as a sentence naming the file
            log.exception("checking %s failed", job.file_name)
            raise BrandRegieError(failure_message(exc, job.file_name)) from None
        progress(_STEPS, _STEPS)  # cancelled meanwhile: stored as cancelled, not as checked

        def still_wanted() -> None:  # cancelled while storing: nothing stored (see save_check)
            if progress.cancel.is_set() or service.store.generation != generation:
                raise Cancelled

        return service.save_check(version_id, outcome.report, outcome.document,
                                  last_word=still_wanted)

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
        self._generations: dict[int, int] = {}  # the store's generation when each began

    def is_running(self, version_id: int | None = None) -> bool:
        return any(version_id is None or _key(task) == version_id
                   for task in self.jobs.running)

    def start(self, version_id: int) -> None:
        """Check ``version_id`` against the brand's current profile (ignored if running)."""
        if self.is_running(version_id):
            return
        self.started.emit(version_id)
        self._generations[version_id] = self.service.store.generation
        self.jobs.start(_check(self.service, version_id, current_language()), key=version_id)

    def cancel(self, version_id: int | None = None) -> None:
        """Stop a running check (or all); it is stored as cancelled and ``finished`` follows."""
        for task in self.jobs.running:
            if version_id is None or _key(task) == version_id:
                self.jobs.cancel(task)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for running checks (on shutdown)."""
        return self.jobs.wait(msecs)

    def stop(self) -> None:
        """Before a restore: cancel every check (stored as cancelled now) and wait until
        their jobs have ended, so none writes into the restored data."""
        self.cancel()
        self.jobs.wait()

    def _on_progress(self, task: Task, done: int, total: int) -> None:
        self.progress.emit(_key(task), done / total)

    def _on_finished(self, task: Task, info: object) -> None:
        assert isinstance(info, VersionInfo)
        self._generations.pop(_key(task), None)
        give_back_soon()  # what the check of a large draft freed goes back to the system
        self.finished.emit(_key(task), info)

    def _on_failed(self, task: Task, failure: Failure) -> None:
        version_id = _key(task)
        self._store(version_id,
                    lambda: self.service.save_check_failure(version_id, failure.message))

    def _on_cancelled(self, task: Task) -> None:
        version_id = _key(task)
        self._store(version_id, lambda: self.service.save_check_failure(
            version_id, _("the check was cancelled"), cancelled=True))

    def _store(self, version_id: int, save: Callable[[], VersionInfo]) -> None:
        give_back_soon()
        if self._generations.pop(version_id, None) != self.service.store.generation:
            log.info("version %s: its check began before a restore; nothing stored", version_id)
            return  # the id may name another version in the restored data
        try:
            info = save()
        except BrandRegieError as exc:  # the version was deleted meanwhile, or the store
            log.warning("could not store the check of version %s: %s", version_id, exc)
            return
        self.finished.emit(version_id, info)


def _key(task: Task) -> int:
    key = task.key
    assert isinstance(key, int)
    return key
