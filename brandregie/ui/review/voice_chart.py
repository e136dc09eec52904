"""The bar chart on a voice.drift card: the features that differ most, draft beside own texts.

Each feature gets a row: its name, then two bars scaled to the larger of the two values (the
features have different units, so bars compare only within a row), each with its number. The
sentence on the card says it in words; the chart shows how far apart at a glance.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from brandregie.checks.voice import Kind
from brandregie.review.voice_bars import VoiceBar
from brandregie.ui import theme

DRAFT_COLOUR = "#C07A2C"
OWN_COLOUR = "#2F5D8A"
BAR_HEIGHT = 7
ROW_GAP = 6


class VoiceChart(QWidget):
    """Rows of two bars: this draft (warm) and your own texts (blue)."""

    def __init__(self, bars: Sequence[VoiceBar] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[VoiceBar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Voice: this draft beside your own texts"))
        self.set_bars(bars)

    def set_bars(self, bars: Sequence[VoiceBar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription("; ".join(
            f"{self.label(b.feature)}: {self.value(b, b.here)} / {self.value(b, b.usual)}"
            for b in self.bars))
        self.setFixedHeight(self._height())
        self.update()

    def rows(self) -> list[tuple[str, str, str]]:
        """What the chart says per row: the feature, the draft's value, the owner's (for tests
        and screen readers)."""
        return [(self.label(b.feature), self.value(b, b.here), self.value(b, b.usual))
                for b in self.bars]

    def label(self, feature: str) -> str:
        return {
            "sentence_length": self.tr("Words per sentence"),
            "sentence_spread": self.tr("Sentence length varies"),
            "word_length": self.tr("Letters per word"),
            "first_singular": self.tr("“I” and “my”"),
            "first_plural": self.tr("“We” and “our”"),
            "address": self.tr("“You”"),
            "questions": self.tr("Questions"),
            "imperatives": self.tr("Commands"),
            "exclamations": self.tr("Exclamations"),
            "superlatives": self.tr("Superlatives"),
            "passive": self.tr("Passive voice"),
            "nominalisations": self.tr("Nouns made of verbs"),
            "adjectives": self.tr("Adjectives"),
            "loanwords": self.tr("English words"),
            "numbers": self.tr("Numbers"),
            "emoji": self.tr("Emoji"),
            "paragraph_length": self.tr("Words per paragraph"),
            "commas": self.tr("Commas"),
            "brackets": self.tr("Brackets"),
            "colons": self.tr("Colons"),
            "dashes": self.tr("Dashes"),
            "particles": self.tr("Small spoken words"),
            "contractions": self.tr("Spoken shortenings"),
            "conjunction_starts": self.tr("Sentences opening with And, But"),
            "long_words": self.tr("Very long words"),
        }.get(feature, feature)

    def value(self, bar: VoiceBar, value: float) -> str:
        if bar.kind is Kind.RATE:
            return self.tr("{n} per 100 words").format(n=self.number(value))
        if bar.kind is Kind.SHARE:
            return f"{round(100 * value)}%"
        return self.number(value)

    def number(self, value: float) -> str:
        """Whole from 10 on, else one decimal, with the reader's decimal mark ("6,4")."""
        tenths = round(value * 10)
        if abs(value) >= 10 or tenths % 10 == 0:
            return str(round(value))
        return self.tr("{whole}.{tenth}").format(whole=tenths // 10, tenth=tenths % 10)

    def _height(self) -> int:
        line = self.fontMetrics().height()
        legend = line + ROW_GAP
        return legend + len(self.bars) * (line + 2 * BAR_HEIGHT + 2 + ROW_GAP) + 2

    def sizeHint(self) -> QSize:
        return QSize(260, self._height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = theme.chart_painter(self)
        c = theme.colours()
        metrics = painter.fontMetrics()
        line = self.fontMetrics().height()
        width = self.width()
        # legend
        x = 0.0
        for colour, text in ((DRAFT_COLOUR, self.tr("This draft")),
                             (OWN_COLOUR, self.tr("Your own texts"))):
            painter.fillRect(QRectF(x, line / 2 - 4, 10, 8), QColor(colour))
            x += 14
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(x, 0, width - x, line),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
            x += metrics.horizontalAdvance(text) + theme.SPACE_M
        y = float(line + ROW_GAP)
        number_width = max((metrics.horizontalAdvance(self.value(b, v))
                            for b in self.bars for v in (b.here, b.usual)), default=0)
        track = max(width - number_width - theme.SPACE_S, 20)
        for bar in self.bars:
            painter.setPen(QColor(c.text))
            painter.drawText(QRectF(0, y, width, line),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             self.label(bar.feature))
            y += line
            top = max(abs(bar.here), abs(bar.usual)) or 1.0
            for colour, value in ((DRAFT_COLOUR, bar.here), (OWN_COLOUR, bar.usual)):
                length = max(track * abs(value) / top, 1.5)
                painter.fillRect(QRectF(0, y, length, BAR_HEIGHT), QColor(colour))
                painter.setPen(QColor(c.muted))
                painter.drawText(QRectF(length + theme.SPACE_XS, y - 3, number_width + 8,
                                        BAR_HEIGHT + 6),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 self.value(bar, value))
                y += BAR_HEIGHT + 1
            y += ROW_GAP
        painter.end()
