"""The review's compact header: the score in its traffic-light colour, the version's title
(elided, whole in the tooltip), the score after the owner's answers beside the score as
delivered, and the decision buttons. Nothing in it can make the window wider."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from brandregie.checks.model import TrafficLight
from brandregie.ui.fit_row import FitRow

LIGHT_COLOURS = {TrafficLight.GREEN: "#2E8B57", TrafficLight.AMBER: "#E0A100",
                 TrafficLight.RED: "#C0392B"}
BADGE = 46


class ScoreBadge(QWidget):
    """The score in a circle of the traffic light's colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score: int | None = None
        self.light: TrafficLight | None = None
        self.setFixedSize(QSize(BADGE, BADGE))

    def set_score(self, score: int | None, light: TrafficLight | None) -> None:
        self.score, self.light = score, light
        self.setAccessibleName("" if score is None else str(score))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(LIGHT_COLOURS[self.light] if self.light else "#BBBBBB"))
        painter.setPen(Qt.PenStyle.NoPen)
        circle = QRectF(1, 1, BADGE - 2, BADGE - 2)
        painter.drawEllipse(circle)
        painter.setPen(QColor("white"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter,
                         "–" if self.score is None else str(self.score))
        painter.end()


class ElidedLabel(QLabel):
    """One line that shortens itself with "…" to the width it gets; the whole in the tooltip."""

    def __init__(self, parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, self._mode,
                                              max(self.width(), 40))
        if shown != self.text():
            self.setText(shown)


class ReviewHeader(QWidget):
    """Badge, title, score line, and the buttons the view wires up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._top = row = QHBoxLayout()
        self._rows.addLayout(row)
        self.badge = ScoreBadge()
        row.addWidget(self.badge)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)  # keeps the file type
        bold = QFont(self.title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.title.setFont(bold)
        self.score_line = ElidedLabel()
        self.counts_line = ElidedLabel()
        self.counts_line.setStyleSheet("color: palette(placeholder-text);")
        for label in (self.title, self.score_line, self.counts_line):
            titles.addWidget(label)
        row.addLayout(titles, 1)
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setCheckable(True)
        self.compare_button.setToolTip(self.tr("This version beside the previous one (V)"))
        self.feedback_button = QPushButton(self.tr("Save feedback…"))
        self.send_button = QPushButton(self.tr("Send to agency…"))
        self.send_button.setToolTip(self.tr("The feedback, your decision and its summary to "
                                            "the agency in one e-mail"))
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.changes_button = QPushButton(self.tr("Ask for &changes…"))
        for button in (self.compare_button, self.feedback_button, self.send_button,
                       self.approve_button, self.changes_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.button_row = FitRow([self.compare_button, self.feedback_button, self.send_button,
                               self.approve_button, self.changes_button])
        row.addWidget(self.button_row)

    def buttons_below(self) -> bool:
        """Whether the buttons have a row of their own under the title (a narrow review)."""
        return self._top.indexOf(self.button_row) < 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        # beside the title while it keeps room for about 30 letters, else on a row of their own
        super().resizeEvent(event)
        room = self.title.fontMetrics().averageCharWidth() * 30
        beside = event.size().width() >= BADGE + room + self.button_row.side_by_side_width() + 12
        if beside == self.buttons_below():
            (self._rows if beside else self._top).removeWidget(self.button_row)
            (self._top if beside else self._rows).addWidget(self.button_row)
