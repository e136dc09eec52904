"""Writing a file the review makes (the feedback file, the corrected copy) off the GUI thread.

The caller asks where and gathers plain values on the GUI thread; the job it hands over only
writes (a PDF laid out, a Word file rewritten). A line under the header says the file is being
saved and then that it is there; a failure is the job's one sentence in a problem box.
:attr:`FileSaver.saving` says when a save starts and ends: the buttons that start a save are
off while one runs (a second save would replace the first job, whose file would then be written
without its "Saved" line), each widget ANDing its own state with "no save running".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from brandregie.ui.jobs import Failure, Progress, Runner, Task


class FileSaver(QObject):
    """One runner for the review's files; ``note`` and ``problem`` are the view's."""

    #: (True) a file is being written; (False) it is written, failed or cancelled
    saving = Signal(bool)

    def __init__(self, note: Callable[[str], None], problem: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.note, self.problem = note, problem
        self.runner = Runner(self, finish_at_close=True)  # a file asked for is written
        self.runner.finished.connect(self._saved)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(lambda _task: self.saving.emit(False))

    def start(self, job: Callable[[Progress], Path], out: Path) -> str:
        """Run ``job``, which writes ``out`` and returns it; the path as the caller gave it."""
        self.note(self.tr("Saving {name}…").format(name=out.name))
        self.runner.start(job, key=out)
        self.saving.emit(True)
        return str(out)

    def _saved(self, _task: Task, out: Path) -> None:
        self.saving.emit(False)
        self.note(self.tr("Saved {name}").format(name=out.name))

    def _failed(self, _task: Task, failure: Failure) -> None:
        self.saving.emit(False)
        self.note("")
        self.problem(failure.message)

    def settle(self) -> None:
        """Wait for a file being written and tell how it went (tests, closing)."""
        self.runner.wait()
        QCoreApplication.processEvents()
