"""The small charts on an agency's scorecard card: they draw figures, they never compute them.

- :class:`FitLine`: the brand fit of first drafts per quarter as a line (a rising line: the
  agency is learning the brand). A line needs no zero baseline, so the scale starts a little
  under the lowest quarter and small changes stay visible; the gridlines say where it starts.
  Cards side by side share one scale (:func:`fit_scale` over all agencies), so a higher line is
  a better fit on every card.
- :class:`OnTimeBar`: the first drafts that came in on time against the late ones.
- :class:`RoundsBars`: the rounds to approval of each assignment in date order; bars over
  what was agreed are drawn in the warning colour, the agreed number as a dashed line.

Each chart tells its figures to screen readers too (``accessibleDescription``).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from brandregie.review.scorecard.figures import AssignmentOutcome, QuarterFit
from brandregie.ui import theme

# Late drafts and rounds over what was agreed: a calm warning colour (light and dark mode).
WARNING = "#C2571A"


def _number(value: float) -> str:
    return QLocale().toString(value, "g", 3)


class _Chart(QWidget):
    def __init__(self, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(260, self.height())

    def _empty(self, painter: QPainter, text: str) -> None:
        painter.setPen(QColor(theme.colours().muted))
        painter.drawText(QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter), text)


def fit_scale(quarters: list[QuarterFit]) -> tuple[float, float]:
    """The fit range drawn: from a round ten under the lowest quarter up to 100."""
    lowest = min((q.average for q in quarters), default=0.0)
    return max(0.0, min(80.0, (lowest // 10) * 10 - 10)), 100.0


class FitLine(_Chart):
    """First-draft brand fit (0-100) per quarter: a line with each quarter's value."""

    def __init__(self, quarters: tuple[QuarterFit, ...], parent: QWidget | None = None, *,
                 scale: tuple[float, float] | None = None) -> None:
        super().__init__(112, parent)
        self.quarters = quarters
        self._scale = scale or fit_scale(list(quarters))
        self.setAccessibleName(self.tr("Brand fit of first drafts per quarter"))
        self.setAccessibleDescription("; ".join(f"{q.quarter}: {_number(q.average)}"
                                                for q in quarters))

    def scale(self) -> tuple[float, float]:
        return self._scale

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = theme.chart_painter(self)
        if not self.quarters:
            self._empty(painter, self.tr("No checked first drafts in this period"))
            painter.end()
            return
        c = theme.colours()
        line = painter.fontMetrics().height()
        axis = painter.fontMetrics().horizontalAdvance("100") + theme.SPACE_XS
        area = QRectF(axis, line + 2, self.width() - axis - 2,
                      self.height() - 2 * line - theme.SPACE_XS - 2)
        low, high = self.scale()

        def y(value: float) -> float:
            return area.bottom() - area.height() * (value - low) / (high - low)

        for mark in (low, (low + high) / 2, high):
            painter.setPen(QPen(QColor(c.line), 1))
            painter.drawLine(QPointF(area.left(), y(mark)), QPointF(area.right(), y(mark)))
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(0, y(mark) - line / 2, axis - theme.SPACE_XS, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             _number(mark))
        slot = area.width() / len(self.quarters)
        points = [QPointF(area.left() + slot * (n + 0.5), y(q.average))
                  for n, q in enumerate(self.quarters)]
        painter.setPen(QPen(QColor(c.accent), 2.5))
        painter.drawPolyline(points)
        painter.setBrush(QColor(c.accent))
        for n, (q, point) in enumerate(zip(self.quarters, points, strict=True)):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(point, 3.5, 3.5)
            painter.setPen(QColor(c.text))
            painter.drawText(QRectF(point.x() - slot / 2, point.y() - line - 3, slot, line),
                             int(Qt.AlignmentFlag.AlignCenter), _number(q.average))
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(area.left() + slot * n, area.bottom() + theme.SPACE_XS,
                                    slot, line), int(Qt.AlignmentFlag.AlignCenter),
                             q.quarter.split("-")[-1] if len(self.quarters) > 4 else q.quarter)
        painter.end()


class OnTimeBar(_Chart):
    """One bar split in the first drafts on time and the late ones."""

    def __init__(self, on_time: int, timed: int, parent: QWidget | None = None) -> None:
        super().__init__(14, parent)
        self.on_time, self.timed = on_time, timed
        self.setAccessibleName(self.tr("First drafts on time"))
        self.setAccessibleDescription(self.tr("{on_time} of {timed}").format(
            on_time=on_time, timed=timed))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = theme.chart_painter(self)
        bar = QRectF(0, 1, self.width(), self.height() - 2)
        if self.timed:
            share = self.on_time / self.timed
            painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()),
                             QColor(theme.colours().accent))
            painter.fillRect(QRectF(bar.left() + bar.width() * share, bar.top(),
                                    bar.width() * (1 - share), bar.height()), QColor(WARNING))
        else:
            painter.fillRect(bar, QColor(theme.colours().line))
        painter.end()


def rounds_top(assignments: tuple[AssignmentOutcome, ...]) -> int:
    """The most rounds (taken or agreed) among ``assignments``; at least 1."""
    return max([1, *(o.rounds for o in assignments if o.rounds is not None),
                *(o.agreement.rounds for o in assignments if o.agreement.rounds is not None)])


def rounds_ticks(top: int, height: float, line: float) -> list[int]:
    """The rounds labelled on the axis: every one while they fit, else every 2nd, 5th, 10th...
    (ten rounds on the five-year store's cards put ten labels in 64 pixels, one over the
    other)."""
    step = 1
    while step < top and height * step / top < line:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2  # 1, 2, 5, 10, 20, 50
    return list(range(step, top + 1, step)) or [top]


class RoundsBars(_Chart):
    """Rounds to approval per approved assignment, oldest first, against what was agreed."""

    def __init__(self, assignments: tuple[AssignmentOutcome, ...],
                 parent: QWidget | None = None, *, top: int = 0) -> None:
        super().__init__(72, parent)
        self.items = [(o.rounds, o.agreement.rounds) for o in assignments if o.rounds is not None]
        agreed = Counter(a for _r, a in self.items if a is not None).most_common(1)
        self.agreed = agreed[0][0] if agreed else None
        #: The most rounds drawn (cards side by side share it, see :func:`rounds_top`).
        self.top = max(top, rounds_top(assignments))
        self.setAccessibleName(self.tr("Rounds to approval per assignment"))
        self.setAccessibleDescription(", ".join(str(r) for r, _a in self.items))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = theme.chart_painter(self)
        if not self.items:
            self._empty(painter, self.tr("Nothing approved in this period"))
            painter.end()
            return
        c = theme.colours()
        line = painter.fontMetrics().height()
        axis = painter.fontMetrics().horizontalAdvance("10") + theme.SPACE_XS
        area = QRectF(axis, line / 2, self.width() - axis - 2, self.height() - line / 2 - 1)
        top = self.top

        def y(value: float) -> float:
            return area.bottom() - area.height() * value / top

        slot = area.width() / len(self.items)
        bar = min(slot * 0.64, 28.0)  # a few assignments: slim bars, not slabs
        for n, (rounds, agreed) in enumerate(self.items):
            over = agreed is not None and rounds > agreed
            painter.fillRect(QRectF(area.left() + slot * (n + 0.5) - bar / 2, y(rounds),
                                    bar, area.bottom() - y(rounds)),
                             QColor(WARNING if over else c.accent))
        painter.setPen(QColor(c.muted))
        for tick in rounds_ticks(top, area.height(), line):
            painter.drawText(QRectF(0, y(tick) - line / 2, axis - theme.SPACE_XS, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             str(tick))
        painter.setPen(QPen(QColor(c.line), 1))
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(),
                                                                      area.bottom()))
        if self.agreed is not None:
            pen = QPen(QColor(c.text), 1.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(area.left(), y(self.agreed)),
                             QPointF(area.right(), y(self.agreed)))
        painter.end()
