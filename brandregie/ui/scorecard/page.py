"""The agency scorecard as a page: one card per agency, side by side, for the renewal talk.

Each card shows the agency's first-draft brand fit per quarter as small bars (rising bars: the
agency is learning the brand) and the figures in words: on time, rounds to approval, budget.
The figures come from :func:`brandregie.review.scorecard.figures.build_scorecard`; this module
only draws them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from brandregie.i18n import current_language
from brandregie.review.agreement import format_money
from brandregie.review.scorecard.figures import AgencyScore, QuarterFit, Scorecard
from brandregie.ui import theme


class QuarterBars(QWidget):
    """First-draft fit per quarter (0-100) as bars, the value above each bar."""

    def __init__(self, quarters: tuple[QuarterFit, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quarters = quarters
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Brand fit of first drafts per quarter"))
        self.setAccessibleDescription("; ".join(f"{q.quarter}: {q.average:g}"
                                                for q in quarters))

    def sizeHint(self) -> QSize:
        return QSize(260, 130)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = theme.colours()
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * theme.TYPE_SMALL)
        painter.setFont(small)
        line = painter.fontMetrics().height()
        area = QRectF(0, line + theme.SPACE_XS, self.width(),
                      self.height() - 2 * line - 2 * theme.SPACE_XS)
        if not self.quarters:
            painter.setPen(QColor(c.muted))
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter),
                             self.tr("No checked first drafts in this period"))
            painter.end()
            return
        slot = area.width() / len(self.quarters)
        locale = QLocale()
        for n, q in enumerate(self.quarters):
            height = area.height() * max(0.0, min(q.average, 100.0)) / 100
            bar = QRectF(area.left() + slot * n + slot * 0.2, area.bottom() - height,
                         slot * 0.6, height)
            painter.fillRect(bar, QColor(c.accent))
            painter.setPen(QColor(c.text))
            painter.drawText(QRectF(bar.left() - 10, bar.top() - line - 2, bar.width() + 20,
                                    line), int(Qt.AlignmentFlag.AlignCenter),
                             locale.toString(q.average, "g", 3))
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(area.left() + slot * n, area.bottom() + theme.SPACE_XS,
                                    slot, line), int(Qt.AlignmentFlag.AlignCenter), q.quarter)
        painter.end()


class AgencyCard(QFrame):
    """One agency: its name, the quarter bars and the figures in words."""

    def __init__(self, score: AgencyScore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_L, theme.SPACE_M, theme.SPACE_L, theme.SPACE_M)
        name = QLabel(score.agency or self.tr("No agency"))
        font = QFont(name.font())
        font.setPointSizeF(font.pointSizeF() * theme.TYPE_SECTION)
        font.setBold(True)
        name.setFont(font)
        layout.addWidget(name)
        layout.addWidget(QLabel(self.tr("Brand fit of first drafts per quarter")))
        self.bars = QuarterBars(score.first_fit)
        layout.addWidget(self.bars)
        self.figures = QLabel(self.figures_text(score))
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.figures)
        layout.addStretch(1)

    def figures_text(self, s: AgencyScore) -> str:
        locale = QLocale()
        lines = []
        if s.timed:
            lines.append(self.tr("On time: {on_time} of {timed} first drafts").format(
                on_time=s.on_time, timed=s.timed))
        if s.average_rounds is not None:
            lines.append(self.tr("Rounds to approval: {rounds} on average").format(
                rounds=locale.toString(s.average_rounds, "g", 3)))
        if s.first_fit_change is not None:
            change = locale.toString(s.first_fit_change, "g", 3)
            lines.append(self.tr("First-draft fit: {change} from first to last quarter").format(
                change=("+" if s.first_fit_change > 0 else "") + change))
        if s.kept or s.overrun:
            lines.append(self.tr("Within budget: {kept} of {total}, overrun {money}").format(
                kept=s.kept, total=s.kept + s.overrun,
                money=format_money(s.overrun_cents, current_language())))
        if s.findings:
            lines.append(self.tr("Most found: {kind} ({n} times)").format(
                kind=_rule_words(s.findings[0][0]), n=s.findings[0][1]))
        return "\n".join(lines)


def _rule_words(rule: str) -> str:
    """A rule in the reader's words (the core's translation; never the rule id)."""
    from brandregie.checks.names import rule_name
    from brandregie.i18n import translator

    return rule_name(rule, translator(None))


class ScorecardView(QScrollArea):
    """The scorecard of a brand: the agency cards in a grid, three across."""

    COLUMNS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.cards: list[AgencyCard] = []
        self.setWidget(QWidget())

    def show_scorecard(self, card: Scorecard) -> None:
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(theme.SPACE_XL, theme.SPACE_L, theme.SPACE_XL, theme.SPACE_L)
        title = QLabel(self.tr("How your agencies deliver"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * theme.TYPE_TITLE)
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        outer.addWidget(QLabel(self.tr("{brand}: on time, on brand, within budget")
                               .format(brand=card.brand)))
        grid = QGridLayout()
        grid.setSpacing(theme.SPACE_L)
        self.cards = [AgencyCard(score) for score in card.agencies]
        for n, agency in enumerate(self.cards):
            grid.addWidget(agency, n // self.COLUMNS, n % self.COLUMNS)
        outer.addLayout(grid)
        if not self.cards:
            outer.addWidget(QLabel(self.tr("No assignments in this period yet.")))
        outer.addStretch(1)
        self.setWidget(body)
