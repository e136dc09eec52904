"""Dropped drafts kept as versions in the background, one file after another, in drop order.

Reading, hashing and storing a delivered file takes seconds for a large one (200 MB is allowed),
so it is a job of the app's one job runner (:mod:`brandregie.ui.jobs`), on a thread of its own so
it never queues behind running checks. The job gets the assignment's id and the file's path and
calls the :class:`~brandregie.review.service.ReviewService`, which opens its own short session
on the worker and hands back a frozen :class:`~brandregie.review.records.VersionInfo`: nothing
live crosses threads (as the checks and the autosave do it). Each kept file is told at once
(``stored``), so its check can start while the next file is read; a file that cannot be kept
adds its one sentence to what ``ended`` tells, and the files after it are still kept.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from brandregie.review.records import VersionInfo
from brandregie.review.service import ReviewService
from brandregie.shown import shown
from brandregie.ui.jobs import Cancelled, Failure, Job, Progress, Runner, Task
from brandregie.ui.memory import give_back_soon


def _keep(service: ReviewService, assignment_id: int, path: Path) -> Job:
    """The job: read ``path`` (reporting bytes read) and keep it as the next version (not once
    the data was restored meanwhile: the assignment's id may name another one now)."""
    generation = service.store.generation

    def run(progress: Progress) -> VersionInfo:
        def still_wanted() -> None:  # cancelled while it was stored: nothing is kept
            if progress.cancel.is_set() or service.store.generation != generation:
                raise Cancelled

        return service.add_version_from_file(assignment_id, path, progress=progress,
                                             last_word=still_wanted)

    return run


class DraftIntake(QObject):
    """Keeps dropped files as versions of their assignment, off the GUI thread, in order."""

    started = Signal(str, int, int)  # a file is read: its name, its place, how many there are
    progress = Signal(int)  # 0..100 of the file read
    stored = Signal(object)  # VersionInfo: a file is kept (in the order the files were dropped)
    ended = Signal(list)  # every file is dealt with: a sentence for each that was not kept

    def __init__(self, service: ReviewService, parent: QObject | None = None, *,
                 synchronous: bool = False) -> None:
        super().__init__(parent)
        self.service = service
        self.jobs = Runner(self, synchronous=synchronous, own_thread=True)
        self.jobs.progress.connect(
            lambda _task, done, total: self.progress.emit(done * 100 // max(total, 1)))
        self.jobs.finished.connect(self._kept)
        self.jobs.failed.connect(self._not_kept)
        self.jobs.cancelled.connect(self._cancelled)
        self._waiting: deque[tuple[int, Path]] = deque()
        self._problems: list[str] = []
        self._count = 0  # files in this run of drops (a drop while one runs joins it)

    @property
    def busy(self) -> bool:
        """Whether files are still being read or wait their turn."""
        return self.jobs.busy or bool(self._waiting)

    def add(self, assignment_id: int, paths: list[Path]) -> None:
        """Keep ``paths`` as the next versions of ``assignment_id``, after any still waiting."""
        self._waiting.extend((assignment_id, path) for path in paths)
        self._count += len(paths)
        if not self.jobs.busy:
            self._next()

    def cancel(self) -> None:
        """Stop: the file being read or stored and those waiting are not kept (one cancelled in
        the instant of its commit is kept, unchecked, and checked when next shown)."""
        if not self.busy:
            return
        names = [shown(path.name) for _assignment, path in self._waiting]
        if self.jobs.running:
            names.insert(0, _name(self.jobs.running[0]))
        self._waiting.clear()
        self._problems.append(self.tr("Cancelled: {names} not added.").format(
            names=", ".join(names)))
        self.jobs.cancel()  # -> _cancelled, which ends the run

    def stop(self) -> None:
        """Before a restore: cancel the files being kept and waiting, and wait until the job
        has ended, so nothing is kept into the restored data."""
        self.cancel()
        self.jobs.wait()

    def _next(self) -> None:
        if not self._waiting:
            problems, self._problems, self._count = self._problems, [], 0
            give_back_soon()  # the bytes of refused files too
            self.ended.emit(problems)
            return
        assignment_id, path = self._waiting.popleft()
        self.started.emit(shown(path.name), self._count - len(self._waiting), self._count)
        self.jobs.start(_keep(self.service, assignment_id, path), key=path)

    def _kept(self, _task: Task, info: object) -> None:
        assert isinstance(info, VersionInfo)
        self.stored.emit(info)
        self._next()

    def _not_kept(self, task: Task, failure: Failure) -> None:
        if failure.error is None:  # a bug (logged with its traceback): name the file
            self._problems.append(self.tr(
                "{name} could not be added because of an error in BrandRegie; the details "
                "are in the log file.").format(name=_name(task)))
        else:
            self._problems.append(failure.message)
        self._next()

    def _cancelled(self, _task: Task) -> None:
        self._next()


def _name(task: Task) -> str:
    path = task.key
    assert isinstance(path, Path)
    return shown(path.name)
