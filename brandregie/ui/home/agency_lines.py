"""The home page's charts with one line per agency, values per delivered version (QPainter).

Brand fit and voice distance are read the same way: one coloured line per agency, its versions
in the order they came in across, the value up. What is alike (size, colours, what a screen
reader is told, the grid and the lines) lives here; each chart says what its values are, how
its scale runs and, in its own words, the name of drafts that have no agency.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from brandregie.ui import theme

#: Calm, well-separated line colours (one per agency, in order).
LINE_COLOURS = ("#2F5D8A", "#C07A2C", "#3F8A5A", "#8A4E7A", "#6A6F78", "#B0463C")
#: Dots closer than this (pixels) run into one another: then the line alone shows the versions
#: (years of an agency's drafts are hundreds of versions across one chart).
MIN_DOT_SPACING = 9.0


class _Dated(Protocol):
    @property
    def received_at(self) -> datetime: ...


class _Line(Protocol):
    @property
    def points(self) -> Sequence[_Dated]: ...


L = TypeVar("L", bound=_Line)


def latest_lines(lines: Sequence[L], most: int = len(LINE_COLOURS)) -> list[L]:
    """The ``most`` agencies that delivered last, in their order. More lines than colours (and
    a legend wider than the window: 40 agencies made the home page 4,700 pixels wide) tell
    the owner nothing; the agency scorecard lists them all."""
    if len(lines) <= most:
        return list(lines)
    newest = sorted(range(len(lines)), key=lambda i: lines[i].points[-1].received_at)
    keep = set(newest[-most:])
    return [line for i, line in enumerate(lines) if i in keep]


def shown_note(shown: int, total: int) -> str:
    """What the chart leaves out, in a sentence (empty when it shows every agency)."""
    if shown >= total:
        return ""
    return " " + QCoreApplication.translate(
        "AgencyLinesChart", "The {shown} agencies that delivered last; all {total} are on the "
        "Agency scorecard.").format(shown=shown, total=total)


class AgencyLinesChart(QWidget):
    """One line per agency; a subclass gives :meth:`agency_values` (and the texts)."""

    def __init__(self, min_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def agency_values(self) -> list[tuple[str, Sequence[float]]]:
        """Each agency's name (the chart's own words where there is none) and its values, in
        the order the versions came in."""
        raise NotImplementedError

    def value_text(self, value: float) -> str:
        """A value as a screen reader says it."""
        return str(value)

    def series(self) -> dict[str, Sequence[float]]:
        """What the chart draws: each agency's values, in order (for tests and readers)."""
        return dict(self.agency_values())

    def data_changed(self) -> None:
        """Tell screen readers the values (agency: v1, v2; …) and paint again."""
        self.setAccessibleDescription("; ".join(
            f"{name}: " + ", ".join(self.value_text(v) for v in values)
            for name, values in self.agency_values()))
        self.update()

    def colour(self, index: int) -> QColor:
        """The line colour of the ``index``-th agency (the legends use it too)."""
        return QColor(LINE_COLOURS[index % len(LINE_COLOURS)])

    def plot_area(self, painter: QPainter, widest_label: str) -> QRectF:
        """Where the lines go: room for the scale's labels on the left and a text line below."""
        metrics = painter.fontMetrics()
        left = metrics.horizontalAdvance(widest_label) + theme.SPACE_S
        return QRectF(left, theme.SPACE_S, self.width() - left - theme.SPACE_S,
                      self.height() - theme.SPACE_S - metrics.height() - theme.SPACE_S)

    def draw_level(self, painter: QPainter, area: QRectF, y: float, label: str) -> None:
        """A grid line across at ``y``, its value written left of the area."""
        c = theme.colours()
        height = painter.fontMetrics().height()
        painter.setPen(QPen(QColor(c.line), 1))
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.setPen(QColor(c.muted))
        painter.drawText(QRectF(0, y - height / 2, area.left() - theme.SPACE_XS, height),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)

    def most_versions(self) -> int:
        return max((len(values) for _name, values in self.agency_values()), default=0)

    @staticmethod
    def x_of(area: QRectF, n: int, most: int) -> float:
        """Where the ``n``-th version stands across (one version: in the middle)."""
        if most < 2:
            return area.center().x()
        return area.left() + area.width() / (most - 1) * n

    def draw_lines(self, painter: QPainter, area: QRectF, y_of: Callable[[float], float]) -> None:
        """Each agency's values as a line, with a dot per version where the dots stand apart.

        One polyline per agency, not a call per segment: a five-year store draws thousands of
        versions, and each call from Python costs more than Qt's drawing of it."""
        most = self.most_versions()
        dots = most < 2 or area.width() / (most - 1) >= MIN_DOT_SPACING
        painter.setBrush(QColor(theme.colours().surface))
        for index, (_name, values) in enumerate(self.agency_values()):
            points = [QPointF(self.x_of(area, n, most), y_of(v)) for n, v in enumerate(values)]
            painter.setPen(QPen(self.colour(index), 2.2, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.drawPolyline(QPolygonF(points))
            if dots:
                for point in points:
                    painter.drawEllipse(point, 3.5, 3.5)
