"""Writing a file the review makes (the feedback file, the corrected copy) off the GUI thread.

The caller asks where and gathers plain values on the GUI thread; the job it hands over only
writes (a PDF laid out, a Word file rewritten). A line under the header says the file is being
saved and then that it is there; a failure is the job's one sentence in a problem box.
The buttons that start a save are disabled while one runs: a second save would replace the
first job, whose file would then be written without its "Saved" line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from brandregie.ui.jobs import Failure, Progress, Runner, Task


class FileSaver(QObject):
    """One runner for the review's files; ``note`` and ``problem`` are the view's."""

    def __init__(self, note: Callable[[str], None], problem: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.note, self.problem = note, problem
        self.runner = Runner(self, finish_at_close=True)  # a file asked for is written
        self.runner.finished.connect(self._saved)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(lambda _task: self._release())
        #: The buttons held while a file is written, each with the state the view last gave it.
        self._wanted: dict[QWidget, bool] = {}
        self._quiet = False

    def hold(self, *buttons: QWidget) -> None:
        """Keep ``buttons`` disabled while a file is written, whatever the view's redraws say
        meanwhile; afterwards each gets the state the view last gave it."""
        for button in buttons:
            self._wanted[button] = not button.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and not self._quiet \
                and isinstance(watched, QWidget) and watched in self._wanted:
            self._wanted[watched] = not watched.testAttribute(
                Qt.WidgetAttribute.WA_ForceDisabled)
            if self.runner.busy:
                self._enable(watched, False)
        return False

    def _enable(self, button: QWidget, enabled: bool) -> None:
        self._quiet = True
        try:
            button.setEnabled(enabled)
        finally:
            self._quiet = False

    def _release(self) -> None:
        for button, wanted in self._wanted.items():
            self._enable(button, wanted)

    def start(self, job: Callable[[Progress], Path], out: Path) -> str:
        """Run ``job``, which writes ``out`` and returns it; the path as the caller gave it."""
        self.note(self.tr("Saving {name}…").format(name=out.name))
        self.runner.start(job, key=out)
        for button in self._wanted:
            self._enable(button, False)
        return str(out)

    def _saved(self, _task: Task, out: Path) -> None:
        self._release()
        self.note(self.tr("Saved {name}").format(name=out.name))

    def _failed(self, _task: Task, failure: Failure) -> None:
        self._release()
        self.note("")
        self.problem(failure.message)

    def settle(self) -> None:
        """Wait for a file being written and tell how it went (tests, closing)."""
        self.runner.wait()
        QCoreApplication.processEvents()
