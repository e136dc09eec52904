"""The agency scorecard as a page: one card per agency, side by side, for the renewal talk.

Each card shows three small charts (:mod:`brandregie.ui.scorecard.charts`), each under its
figure in words: the brand fit of first drafts per quarter (a rising line: the agency is
learning the brand), the first drafts on time, the rounds to approval; then the budget and what
the agency keeps getting wrong.
The figures come from :func:`brandregie.review.scorecard.figures.build_scorecard`; this module
only draws them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from brandregie.i18n import current_language
from brandregie.review.agreement import format_money
from brandregie.review.scorecard.figures import AgencyScore, Scorecard
from brandregie.ui import theme
from brandregie.ui.dates import show_date
from brandregie.ui.scorecard.charts import (
    FitLine,
    OnTimeBar,
    RoundsBars,
    fit_scale,
    rounds_top,
)


class AgencyCard(QFrame):
    """One agency: its name, three small charts, each with its figure in words above it, and
    the budget and what they keep getting wrong below."""

    def __init__(self, score: AgencyScore, parent: QWidget | None = None, *,
                 scale: tuple[float, float] | None = None, rounds: int = 0) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_L, theme.SPACE_M, theme.SPACE_L, theme.SPACE_M)
        layout.setSpacing(theme.SPACE_XS)
        name = QLabel(score.agency or self.tr("No agency"))
        font = QFont(name.font())
        font.setPointSizeF(font.pointSizeF() * theme.TYPE_SECTION)
        font.setBold(True)
        name.setFont(font)
        layout.addWidget(name)
        self.fit_caption = self._caption(layout, self.fit_text(score))
        self.fit = FitLine(score.first_fit, scale=scale)
        layout.addWidget(self.fit)
        self.on_time_caption = self._caption(layout, self.on_time_text(score))
        self.on_time = OnTimeBar(score.on_time, score.timed)
        layout.addWidget(self.on_time)
        self.rounds_caption = self._caption(layout, self.rounds_text(score))
        self.rounds = RoundsBars(score.assignments, top=rounds)
        layout.addWidget(self.rounds)
        if self.rounds.items:
            legend = QLabel(self.tr("A bar per assignment, oldest first; dashed: the rounds "
                                    "agreed") if self.rounds.agreed is not None else
                            self.tr("A bar per assignment, oldest first"))
            legend.setWordWrap(True)
            legend.setProperty("role", "muted")
            layout.addWidget(legend)
        layout.addSpacing(theme.SPACE_S)
        self.figures = QLabel(self.figures_text(score))
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.figures)
        layout.addStretch(1)

    @staticmethod
    def _caption(layout: QVBoxLayout, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addSpacing(theme.SPACE_S)
        layout.addWidget(label)
        return label

    def fit_text(self, s: AgencyScore) -> str:
        change = s.first_fit_change
        if change is None:
            return self.tr("Brand fit of first drafts")
        if change == 0:
            return self.tr("Brand fit of first drafts: unchanged from first to last quarter")
        return self.tr("Brand fit of first drafts: {change} from first to last quarter").format(
            change=("+" if change > 0 else "") + QLocale().toString(change, "g", 3))

    def on_time_text(self, s: AgencyScore) -> str:
        if not s.timed:
            return self.tr("On time: no first draft with a due date yet")
        if s.on_time == s.timed:
            return self.tr("On time: {on_time} of {timed} first drafts").format(
                on_time=s.on_time, timed=s.timed)
        return self.tr("On time: {on_time} of {timed} first drafts, {late} late").format(
            on_time=s.on_time, timed=s.timed, late=s.timed - s.on_time)

    def rounds_text(self, s: AgencyScore) -> str:
        if s.average_rounds is None:
            return self.tr("Rounds to approval")
        text = self.tr("Rounds to approval: {rounds} on average").format(
            rounds=QLocale().toString(s.average_rounds, "g", 3))
        if s.over_agreed_rounds:
            text += self.tr("; {n} more than agreed").format(n=s.over_agreed_rounds)
        return text

    def figures_text(self, s: AgencyScore) -> str:
        lines = []
        total = s.kept + s.overrun
        if total:
            money = format_money(abs(s.overrun_cents), current_language())
            if s.overrun_cents > 0:
                lines.append(self.tr("Within budget: {kept} of {total}, {money} over in "
                                     "total").format(kept=s.kept, total=total, money=money))
            elif s.overrun_cents < 0:
                lines.append(self.tr("Within budget: {kept} of {total}, {money} under in "
                                     "total").format(kept=s.kept, total=total, money=money))
            else:
                lines.append(self.tr("Within budget: {kept} of {total}").format(
                    kept=s.kept, total=total))
        if s.requests:  # the owner's own delays count too
            lines.append(self.tr("Their requests we answered late: {late} of {total}").format(
                late=s.requests_late, total=s.requests))
        if s.findings:
            kind, times = _rule_words(s.findings[0][0]), s.findings[0][1]
            lines.append(self.tr("Most found: {kind} (once)").format(kind=kind) if times == 1
                         else self.tr("Most found: {kind} ({n} times)").format(kind=kind,
                                                                               n=times))
        return "\n".join(lines)


def _rule_words(rule: str) -> str:
    """A rule in the reader's words (the core's translation; never the rule id)."""
    from brandregie.checks.names import rule_name
    from brandregie.i18n import translator

    return rule_name(rule, translator(None))


class ScorecardView(QScrollArea):
    """The scorecard of a brand: the agency cards in a grid, three across."""

    COLUMNS = 3
    #: Cards put on the page per turn of the event loop. The five-year store's 40 agencies laid
    #: out and polished at once held the window 110-130 ms; two rows at a time, each turn is
    #: short and the first rows show at once.
    ROWS_PER_TURN = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.cards: list[AgencyCard] = []
        #: The cards not on the page yet, and the grid they go into.
        self.pending: list[AgencyCard] = []
        self._grid = QGridLayout()
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
        if card.since is not None:
            subtitle = self.tr("{brand}, {since} to {until}: on time, on brand, within "
                               "budget").format(brand=card.brand, since=show_date(card.since),
                                                until=show_date(card.until))
        else:
            subtitle = self.tr("{brand}, up to {until}: on time, on brand, within budget"
                               ).format(brand=card.brand, until=show_date(card.until))
        outer.addWidget(QLabel(subtitle))
        grid = QGridLayout()
        grid.setSpacing(theme.SPACE_L)
        scale = fit_scale([q for a in card.agencies for q in a.first_fit])  # one for all cards
        rounds = max((rounds_top(a.assignments) for a in card.agencies), default=1)
        self.cards = [AgencyCard(score, scale=scale, rounds=rounds) for score in card.agencies]
        self._grid, self.pending = grid, list(self.cards)
        self._place_some()
        outer.addLayout(grid)
        if not self.cards:
            outer.addWidget(QLabel(self.tr("No assignments in this period yet.")))
        outer.addStretch(1)
        self.setWidget(body)

    @property
    def placing(self) -> bool:
        """Cards still to be put on the page, or put there and not shown yet (a widget added
        to a shown page shows in the next turn)."""
        return bool(self.pending) or not all(c.isVisible() for c in self.cards)

    def _place_some(self) -> None:
        """Put the next rows of cards on the page; the rest in the next turn."""
        batch = self.pending[:self.ROWS_PER_TURN * self.COLUMNS]
        del self.pending[:len(batch)]
        placed = len(self.cards) - len(self.pending) - len(batch)
        for n, agency in enumerate(batch, placed):
            self._grid.addWidget(agency, n // self.COLUMNS, n % self.COLUMNS)
        if self.pending:
            QTimer.singleShot(0, self, self._place_some)
