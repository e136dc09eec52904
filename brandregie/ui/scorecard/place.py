"""The agency scorecard place: the open brand's scorecard, read again each time it is shown.

The figures come from the store (stored scores, dates, agreements), read off the GUI thread by
the one job runner; the view only draws them. The scorecard's code (which reads stored reports,
hence the checks' model) is imported on the first visit, not at start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from brandregie.ui import theme
from brandregie.ui.jobs import Failure, Progress, Runner, Task
from brandregie.ui.session import EditSession

if TYPE_CHECKING:
    from brandregie.review.scorecard.figures import Scorecard
    from brandregie.ui.scorecard.page import ScorecardView


class ScorecardPlace(QWidget):
    """A work place that follows the open brand (``set_session``) and shows its scorecard."""

    def __init__(self, parent: QWidget | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.session: EditSession | None = None
        self.view: ScorecardView | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(self.message)
        self.area = QVBoxLayout()  # the view goes here once the code is in
        self.box.addLayout(self.area, 1)
        self.note = QLabel(self.tr("An assignment counts once its due date has passed: work "
                                   "still running is judged when it is due."))
        self.note.setWordWrap(True)
        self.note.setContentsMargins(theme.SPACE_XL, 0, theme.SPACE_XL, theme.SPACE_M)
        self.box.addWidget(self.note)
        self.runner = Runner(self, synchronous=synchronous)
        self.runner.finished.connect(self._show)
        self.runner.failed.connect(self._failed)
        self.shown: Scorecard | None = None

    def set_session(self, session: EditSession | None) -> None:
        self.session = session
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Read the scorecard again (agencies deliver between two visits)."""
        if self.session is None:
            return
        store, name = self.session.service.store, self.session.brand.name

        def job(_progress: Progress) -> Scorecard:
            from brandregie.review.scorecard.figures import build_scorecard

            return build_scorecard(store, name)

        self.runner.start(job)

    def settle(self) -> None:
        """Wait for the figures being read and show them (screenshots, tests)."""
        self.runner.wait()
        QCoreApplication.processEvents()

    def _show(self, _task: Task, card: Scorecard) -> None:
        if self.view is None:
            from brandregie.ui.scorecard.page import ScorecardView

            self.view = ScorecardView()
            self.area.addWidget(self.view)
        self.message.hide()
        self.shown = card
        self.view.show_scorecard(card)

    def _failed(self, _task: Task, failure: Failure) -> None:
        self.message.setText(failure.message)
        self.message.show()
