"""Brand fit over time: one line per agency, its scores per delivered version (plain QPainter).

The owner reads it at a glance: a line going up is an agency getting closer to the brand. The
legend says the newest score and the direction in words, so the chart needs no reading skill.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from brandregie.review.fit import AgencyFit
from brandregie.ui import theme

#: Calm, well-separated line colours (one per agency, in order).
LINE_COLOURS = ("#2F5D8A", "#C07A2C", "#3F8A5A", "#8A4E7A", "#6A6F78", "#B0463C")


class FitChart(QWidget):
    """Scores 0-100 up, the agency's versions in the order they came in across."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fits: list[AgencyFit] = []
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Brand fit over time"))

    def set_fits(self, fits: list[AgencyFit]) -> None:
        self.fits = fits
        no_agency = self.tr("No agency")
        self.setAccessibleDescription("; ".join(
            f"{fit.agency or no_agency}: "
            + ", ".join(str(p.score) for p in fit.points) for fit in fits))
        self.update()

    def series(self) -> dict[str, list[int]]:
        """What the chart draws: each agency's scores, in order (for tests and screen readers)."""
        return {fit.agency or self.tr("No agency"): [p.score for p in fit.points]
                for fit in self.fits}

    def colour(self, index: int) -> QColor:
        return QColor(LINE_COLOURS[index % len(LINE_COLOURS)])

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = theme.chart_painter(self)
        c = theme.colours()
        metrics = painter.fontMetrics()
        left = metrics.horizontalAdvance("100") + theme.SPACE_S
        area = QRectF(left, theme.SPACE_S, self.width() - left - theme.SPACE_S,
                      self.height() - theme.SPACE_S - metrics.height() - theme.SPACE_S)
        for level in (0, 25, 50, 75, 100):
            y = area.bottom() - area.height() * level / 100
            painter.setPen(QPen(QColor(c.line), 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - theme.SPACE_XS,
                                    metrics.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             str(level))
        most = max((len(fit.points) for fit in self.fits), default=0)
        if most == 0:
            painter.setPen(QColor(c.muted))
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.tr("When an agency delivers and the draft is checked, its "
                                     "score appears here."))
            painter.end()
            return
        step = area.width() / max(most - 1, 1)
        painter.setPen(QColor(c.muted))
        for n in range(most):
            x = area.left() + step * n if most > 1 else area.center().x()
            painter.drawText(QRectF(x - 20, area.bottom() + theme.SPACE_XS, 40, metrics.height()),
                             int(Qt.AlignmentFlag.AlignCenter), str(n + 1))
        for index, fit in enumerate(self.fits):
            colour = self.colour(index)
            points = [QPointF(area.left() + step * n if most > 1 else area.center().x(),
                              area.bottom() - area.height() * p.score / 100)
                      for n, p in enumerate(fit.points)]
            painter.setPen(QPen(colour, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            painter.setBrush(QColor(c.surface))
            for point in points:
                painter.drawEllipse(point, 3.5, 3.5)
        painter.end()
