"""The findings beside the draft, as cards: grouped by severity, in text order within a group.

A card says what the brand objects to, quotes the draft, gives the suggestion and the brand's
reason, and shows the owner's answer. The current card carries the answer bar
(:class:`~brandregie.ui.review.answer_bar.AnswerBar`); clicking a card selects it. The panel
only draws: what an answer does is decided in :mod:`brandregie.ui.review.actions`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from brandregie.checks.message import render
from brandregie.checks.model import Finding, Severity
from brandregie.checks.names import rule_name
from brandregie.i18n import translator
from brandregie.models.review import FindingAnswer
from brandregie.profile.schema import Brand
from brandregie.review.reasons import brand_reason
from brandregie.review.records import ReviewedFinding
from brandregie.review.voice_bars import VoiceBar
from brandregie.ui.review.text_view import SEVERITY_COLOURS
from brandregie.ui.review.voice_chart import VoiceChart

ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
#: Cards made at a time (more as the owner scrolls or steps down to them).
BATCH = 40
#: Of those, made at once: about a screenful (group titles count). The rest of the batch
#: follow a few per turn of the event loop while the panel is on screen: each card is styled
#: and laid out as it is shown, and forty at once held the window 100-250 ms.
FIRST = 9
STEP = 4
FLASH_MS = 700
#: Findings about the draft as a whole: their excerpt is only where they point, not a quote.
NOT_QUOTED = frozenset({"messages.key-message", "readability.level"})


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CardText(QLabel):
    """A card's words: rich text that wraps, its height for each width worked out once. The
    panel lays its cards out again whenever one comes or goes, and each card's text was laid
    out anew every time: most of the time that showing the cards held the window."""

    def __init__(self, html: str) -> None:
        super().__init__(html)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()  # the same words take other room
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height


class FindingCard(QFrame):
    """One finding; a click selects it."""

    clicked = Signal(str)

    def __init__(self, reviewed: ReviewedFinding, html: str, parent: QWidget | None = None,
                 extra: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = reviewed.key
        self.reviewed = reviewed
        self.setObjectName("findingCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = CardText(html)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setMinimumWidth(120)
        self.label.setAccessibleName(reviewed.finding.excerpt)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        #: A picture under the words (the voice chart of a voice.drift finding), if any.
        self.extra = extra
        if extra is not None:
            layout.addWidget(extra)
        self.set_look(current=False)

    def set_look(self, *, current: bool, flash: bool = False) -> None:
        severity = self.reviewed.finding.severity
        edge = "#1F4E8C" if current else SEVERITY_COLOURS[severity]
        back = "#FFF6D5" if flash else ("#F3F7FC" if current else "palette(base)")
        if self.reviewed.set_aside:
            edge = "#1F4E8C" if current else "#CCCCCC"
        self.setStyleSheet(
            f"#findingCard {{ border: 1px solid #D0D0D0; border-left: 5px solid {edge};"
            f" border-radius: 4px; background: {back}; }}")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.key)
        super().mousePressEvent(event)


class FindingsPanel(QScrollArea):
    """The cards, a heading per severity; ``selected(key)`` when the owner clicks one."""

    selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Findings"))
        self.setMinimumWidth(260)
        self.cards: dict[str, FindingCard] = {}
        self.current: str | None = None
        #: The answer bar, shown inside the current card (set by the view).
        self.bar: QWidget | None = None
        self._keys: list[str] = []
        self._entries: list[tuple[Severity, ReviewedFinding | None]] = []
        self._counts: dict[Severity, int] = {}
        self._added = 0
        #: Entries to make in later turns, while the panel is on screen (see FIRST).
        self._target = 0
        self._later = False
        self._brand: Brand | None = None
        #: The brand's version of a finding's words, where the fix is mechanical.
        self._fix: Callable[[Finding], str | None] | None = None
        #: The figures under a voice.drift finding (draft beside the owner's texts).
        self._voice: Callable[[Finding], Sequence[VoiceBar]] | None = None
        self._more = QLabel()
        self._t = translator()
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.setSpacing(6)
        self.setWidget(self._body)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)

    def order(self) -> list[str]:
        """The findings in the order the panel shows them (next/previous follow it)."""
        return list(self._keys)

    def show_findings(self, findings: Sequence[ReviewedFinding], brand: Brand | None,
                      fix: Callable[[Finding], str | None] | None = None,
                      voice: Callable[[Finding], Sequence[VoiceBar]] | None = None) -> None:
        """Cards for ``findings``; the previous cards go (no card outlives its version).

        The first :data:`BATCH` cards are made at once, the rest as the owner gets to them
        (scrolling down or stepping on): a card is a widget, and a long PDF has hundreds."""
        self._t = translator()
        self._brand = brand
        self._fix = fix
        self._voice = voice
        self._clear()
        self.cards.clear()
        self._entries = []
        for severity in ORDER:
            group = sorted((f for f in findings if f.finding.severity is severity),
                           key=lambda f: (f.finding.location.start, f.finding.location.end))
            if group:
                self._entries.append((severity, None))
                self._entries.extend((severity, f) for f in group)
        self._keys = [f.key for _s, f in self._entries if f is not None]
        self._counts = {s: sum(1 for f in findings if f.finding.severity is s
                               and not f.set_aside) for s in ORDER}
        self._added = 0
        self._more = QLabel()
        self._more.setObjectName("moreFindings")
        self._more.setWordWrap(True)
        self._layout.addWidget(self._more)
        if not self._keys:
            self._more.setText(self.tr("No findings: the draft fits the brand."))
        self._layout.addStretch(1)
        self._target = BATCH
        self._grow(FIRST)
        self._grow_later()
        if self.current not in self.cards:
            self.current = None

    @property
    def growing(self) -> bool:
        """Cards of the first batch are still to come (in the next turns)."""
        return self._added < min(self._target, len(self._entries))

    def _grow_later(self) -> None:
        """The next few cards of the batch in the next turn, while the panel is on screen (a
        hidden panel goes on when shown)."""
        if self.growing and not self._later and self.isVisible():
            self._later = True
            QTimer.singleShot(0, self, self._grow_step)

    def _grow_step(self) -> None:
        self._later = False
        if self.growing and self.isVisible():
            self._grow(min(self._added + STEP, self._target))
            self._grow_later()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._grow_later()

    def _grow(self, upto: int) -> None:
        """Make the cards of the first ``upto`` entries (group titles count as entries)."""
        while self._added < min(upto, len(self._entries)):
            severity, reviewed = self._entries[self._added]
            position = self._layout.count() - 2  # before the "more" line and the stretch
            if reviewed is None:
                title = QLabel(f"<b>{esc(self._group_title(severity))}</b> "
                               f"({self._counts[severity]})")
                title.setObjectName(f"group-{severity.value}")
                self._layout.insertWidget(position, title)
            else:
                card = FindingCard(reviewed, self._card_html(reviewed, self._brand),
                                   extra=self._chart(reviewed.finding))
                card.clicked.connect(self.selected)
                self.cards[reviewed.key] = card
                self._layout.insertWidget(position, card)
            self._added += 1
        left = len(self._keys) - len(self.cards)
        if self._keys:
            self._more.setText(self.tr("{n} more findings below; they appear as you go on.")
                               .format(n=left) if left else "")
            self._more.setVisible(bool(left))

    def _chart(self, finding: Finding) -> QWidget | None:
        bars = self._voice(finding) if self._voice is not None else ()
        return VoiceChart(bars) if bars else None

    def ensure_card(self, key: str) -> None:
        """Make the cards up to ``key``'s (and a few beyond) if not made yet."""
        if key in self.cards or key not in self._keys:
            return
        index = next(i for i, (_s, f) in enumerate(self._entries) if f is not None
                     and f.key == key)
        self._grow(index + BATCH)

    def _on_scroll(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if self._added < len(self._entries) and value >= bar.maximum() - 40:
            self._grow(self._added + BATCH)

    def _clear(self) -> None:
        if self.bar is not None:
            self.bar.hide()
            self.bar.setParent(self)  # kept (owned by the panel): it moves to the next card
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _group_title(self, severity: Severity) -> str:
        return {Severity.ERROR: self.tr("Must change"), Severity.WARNING: self.tr("Should change"),
                Severity.INFO: self.tr("Worth a look")}[severity]

    def answer_text(self, reviewed: ReviewedFinding) -> str:
        if reviewed.answer is FindingAnswer.ACCEPTED:
            text = self.tr("Accepted")
        elif reviewed.answer is FindingAnswer.DISMISSED:
            text = self.tr("Dismissed")
            if reviewed.reason:
                text += f": {reviewed.reason}"
            if reviewed.carried_from is not None:
                text += " " + self.tr("(in version {n})").format(n=reviewed.carried_from)
        elif reviewed.answer is FindingAnswer.FIXED:
            text = self.tr("Fix applied")
        else:
            text = self.tr("Open")
        return text

    def _card_html(self, reviewed: ReviewedFinding, brand: Brand | None) -> str:
        finding = reviewed.finding
        name = esc(rule_name(finding.rule, self._t))
        answer = esc(self.answer_text(reviewed))
        grey = ' style="color:#777777"' if reviewed.set_aside else ""
        lines = [f"<div{grey}><b>{name}</b> · <i>{answer}</i></div>"]
        if finding.excerpt and finding.rule not in NOT_QUOTED:
            quoted = finding.rule.startswith("visual.")  # a colour or font, not words
            shown = esc(finding.excerpt) if quoted else f"“{esc(finding.excerpt)}”"
            lines.append(f"<div{grey}>{shown}</div>")
        lines.append(f"<div{grey}>{esc(render(finding.message))}</div>")
        if finding.suggestion:
            write_instead = self.tr("Write instead:")
            lines.append(f"<div{grey}>{esc(write_instead)} "
                         f"<b>{esc(render(finding.suggestion))}</b></div>")
        fixed = self._fix(finding) if self._fix is not None else None
        if fixed:
            lines.append(f"<div{grey}>{esc(fixed)}</div>")
        if brand is not None:
            reason = brand_reason(finding, brand)
            if reason:
                brand_rule = self.tr("Brand rule:")
                lines.append(f'<div style="color:#555555">{esc(brand_rule)} '
                             f"{esc(reason)}</div>")
        if reviewed.remark:
            your_remark = self.tr("Your remark:")
            lines.append(f"<div>{esc(your_remark)} {esc(reviewed.remark)}</div>")
        return "".join(lines)

    def select(self, key: str | None, *, flash: bool = False) -> None:
        """Mark ``key``'s card as current and bring it into view (``flash``: light it up)."""
        previous = self.cards.get(self.current or "")
        if previous is not None:
            previous.set_look(current=False)
        self.current = key
        if key is not None:
            self.ensure_card(key)
        card = self.cards.get(key or "")
        if card is None:
            if self.bar is not None:
                self.bar.hide()
            return
        card.set_look(current=True, flash=flash)
        card.show()  # now, not at the next turn of the event loop: the bar can take focus
        layout = card.layout()
        if self.bar is not None and layout is not None and self.bar.parent() is not card:
            layout.addWidget(self.bar)
            self.bar.show()
        QTimer.singleShot(0, card, lambda: self._reveal(card))  # not once the card is gone
        if flash:
            QTimer.singleShot(FLASH_MS, card, lambda: self._unflash(card))

    def _reveal(self, card: FindingCard) -> None:
        if self.cards.get(card.key) is card:
            self.ensureWidgetVisible(card, 0, 30)

    def _unflash(self, card: FindingCard) -> None:
        if self.cards.get(card.key) is card:
            card.set_look(current=card.key == self.current)
