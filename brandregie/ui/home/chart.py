"""Brand fit over time: one line per agency, its scores per delivered version (plain QPainter).

The owner reads it at a glance: a line going up is an agency getting closer to the brand. The
legend says the newest score and the direction in words, so the chart needs no reading skill.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPaintEvent
from PySide6.QtWidgets import QWidget

from brandregie.review.fit import AgencyFit
from brandregie.ui import theme
from brandregie.ui.home.agency_lines import AgencyLinesChart


class FitChart(AgencyLinesChart):
    """Scores 0-100 up, the agency's versions in the order they came in across."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(170, parent)
        self.setAccessibleName(self.tr("Brand fit over time"))
        self.fits: list[AgencyFit] = []

    def set_fits(self, fits: list[AgencyFit]) -> None:
        self.fits = fits
        self.data_changed()

    def agency_values(self) -> list[tuple[str, Sequence[float]]]:
        return [(fit.agency or self.tr("No agency"), [p.score for p in fit.points])
                for fit in self.fits]

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = theme.chart_painter(self)
        c = theme.colours()
        metrics = painter.fontMetrics()
        area = self.plot_area(painter, "100")

        def y_of(score: float) -> float:
            return area.bottom() - area.height() * score / 100

        for level in (0, 25, 50, 75, 100):
            self.draw_level(painter, area, y_of(level), str(level))
        most = self.most_versions()
        painter.setPen(QColor(c.muted))
        if most == 0:
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.tr("When an agency delivers and the draft is checked, its "
                                     "score appears here."))
            painter.end()
            return
        # each version's number needs about 40 pixels: on years of versions, every k-th one
        every = max(1, math.ceil(40 / (area.width() / (most - 1)))) if most > 1 else 1
        for n in range(0, most, every):
            x = self.x_of(area, n, most)
            painter.drawText(QRectF(x - 20, area.bottom() + theme.SPACE_XS, 40, metrics.height()),
                             int(Qt.AlignmentFlag.AlignCenter), str(n + 1))
        self.draw_lines(painter, area, y_of)
        painter.end()
