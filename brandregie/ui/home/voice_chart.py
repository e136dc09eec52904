"""Each agency's voice distance over time: one line per agency, its distance from the owner's
own texts per delivered version (plain QPainter, like the brand-fit chart beside it).

Lower is closer. A soft band marks where the owner's own texts lie (up to about 1.2), and a
line at the voice check's threshold (1.6) marks where a draft is named as not sounding like
the owner, so a line going down into the band is an agency that has learnt the voice.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from brandregie.checks.rules.voice import DRAFT_DISTANCE
from brandregie.review.voice_history import AgencyVoice, voice_history
from brandregie.store.database import Store
from brandregie.ui import theme
from brandregie.ui.home.agency_lines import AgencyLinesChart, latest_lines, shown_note
from brandregie.ui.jobs import Failure, Progress, Runner, Task

#: Where the owner's own held-out texts lie (their 90th percentile in bench/voice, 1.2).
OWN_BAND = 1.2
#: The top of the scale, unless a draft lies further out.
SCALE = 3.0


class VoiceTrendChart(AgencyLinesChart):
    """Distance up (0 at the bottom: the owner's own voice), versions in order across."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(150, parent)
        self.setAccessibleName(self.tr("How each agency sounds like you, over time"))
        self.lines: list[AgencyVoice] = []

    def set_lines(self, lines: list[AgencyVoice]) -> None:
        self.lines = lines
        self.data_changed()

    def agency_values(self) -> list[tuple[str, Sequence[float]]]:
        return [(line.agency or self.tr("No agency"), [p.distance for p in line.points])
                for line in self.lines]

    def value_text(self, value: float) -> str:
        return f"{value:.1f}"

    def sizeHint(self) -> QSize:
        return QSize(520, 180)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = theme.chart_painter(self)
        c = theme.colours()
        metrics = painter.fontMetrics()
        top = max([SCALE, *(p.distance for line in self.lines for p in line.points)])
        area = self.plot_area(painter, "0.0")

        def y_of(value: float) -> float:
            return area.bottom() - area.height() * min(value, top) / top

        band = QColor(c.accent)
        band.setAlpha(28)
        painter.fillRect(QRectF(area.left(), y_of(OWN_BAND), area.width(),
                                area.bottom() - y_of(OWN_BAND)), band)
        painter.setPen(QColor(c.muted))
        painter.drawText(QRectF(area.left() + theme.SPACE_XS, y_of(OWN_BAND), area.width(),
                                metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         self.tr("like your own texts"))
        for level in range(int(top) + 1):
            self.draw_level(painter, area, y_of(level), str(level))
        threshold = y_of(DRAFT_DISTANCE)
        painter.setPen(QPen(QColor(c.muted), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(area.left(), threshold), QPointF(area.right(), threshold))
        painter.drawText(QRectF(area.left(), threshold - metrics.height(),
                                area.width() - theme.SPACE_XS, metrics.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                         self.tr("named as not sounding like you"))
        if self.most_versions() == 0:
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.tr("When an agency delivers and the draft is checked, how "
                                     "much it sounds like you appears here."))
            painter.end()
            return
        self.draw_lines(painter, area, y_of)
        painter.end()


def _read(store: Store, brand_id: int, progress: Progress) -> list[AgencyVoice]:
    """The job: every agency's distances (off the GUI thread; drafts are read and counted)."""
    return voice_history(store, brand_id, progress=progress)


class VoiceTrend(QWidget):
    """The home page's "sounds like you" card body: a line in words, a legend, the chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.legend = QHBoxLayout()
        self.legend.setSpacing(theme.SPACE_L)
        self.chart = VoiceTrendChart()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(theme.SPACE_S)
        column.addWidget(self.note)
        column.addLayout(self.legend)
        column.addWidget(self.chart, 1)
        self.runner = Runner(self)
        self.runner.finished.connect(self._read)
        self.runner.failed.connect(self._not_read)
        self.show_lines([], own_texts=False)

    def load(self, store: Store, brand_id: int, *, own_texts: bool) -> None:
        """Read the distances again in the background (nothing to read without own texts)."""
        if not own_texts:
            self.runner.cancel()
            self.show_lines([], own_texts=False)
            return
        self.note.setText(self.tr("Reading the delivered drafts…"))
        self.runner.start(partial(_read, store, brand_id), key=brand_id)

    def _read(self, task: Task, lines: object) -> None:
        assert isinstance(lines, list)
        self.show_lines(lines, own_texts=True)

    def _not_read(self, task: Task, failure: Failure) -> None:
        self.note.setText(failure.message)

    def show_lines(self, every_line: list[AgencyVoice], *, own_texts: bool) -> None:
        lines = latest_lines(every_line)
        self.chart.set_lines(lines)
        self.chart.setVisible(own_texts)
        while self.legend.count():
            item = self.legend.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not own_texts:
            self.note.setText(self.tr("Add a few texts you wrote on the “Sounds like us” page, "
                                      "and each agency's drafts are measured against your own "
                                      "voice here."))
            return
        self.note.setText(self.tr("Distance from your own texts per delivered version (lower "
                                  "sounds more like you).")
                          + shown_note(len(lines), len(every_line)))
        muted = theme.colours().muted
        for index, line in enumerate(lines):
            name = line.agency or self.tr("No agency")
            label = QLabel(f"<span style='color:{self.chart.colour(index).name()}'>●</span>"
                           f"&nbsp;<b>{_html(name)}</b> {self.number(line.latest)}<br>"
                           f"<span style='color:{muted}'>{_html(self.trend(line))}</span>")
            label.setTextFormat(Qt.TextFormat.RichText)
            self.legend.addWidget(label)
        self.legend.addStretch(1)

    def number(self, value: float) -> str:
        """One decimal with the reader's decimal mark ("1,2")."""
        tenths = round(value * 10)
        return self.tr("{whole}.{tenth}").format(whole=tenths // 10, tenth=tenths % 10)

    def trend(self, line: AgencyVoice) -> str:
        """The line in words: where the newest version lies, and which way it goes."""
        if line.latest < OWN_BAND:
            where = self.tr("sounds like you")
        elif line.latest < DRAFT_DISTANCE:
            where = self.tr("close to your voice")
        else:
            where = self.tr("does not sound like you")
        if len(line.points) < 2:
            return where
        if line.change <= -0.3:
            return self.tr("{where}, coming closer").format(where=where)
        if line.change >= 0.3:
            return self.tr("{where}, drifting away").format(where=where)
        return self.tr("{where}, steady").format(where=where)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
