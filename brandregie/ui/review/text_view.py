"""The draft's text with every finding highlighted by severity, linked both ways to the list.

Findings point at character offsets of the draft's text (Python code points); Qt counts UTF-16
units, so offsets are mapped when a text holds characters beyond the BMP (emoji). Highlights are
``ExtraSelections``: they colour the text without changing the document, so offsets stay true.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from brandregie.checks.message import render
from brandregie.checks.model import Severity
from brandregie.ingest.document import BlockKind
from brandregie.review.records import DraftView, ReviewedFinding

#: Highlight colours by severity: soft enough to read through, apart enough to tell.
SEVERITY_COLOURS = {Severity.ERROR: "#F6B8B0", Severity.WARNING: "#FBE09A",
                    Severity.INFO: "#CFE3F6"}
SELECTED_OUTLINE = "#1F4E8C"
DISMISSED_COLOUR = "#E4E4E4"
FLASH_MS = 700


_WIDE = re.compile("[\U00010000-\U0010FFFF]")
#: Qt lays out a line with no place to break in time that grows with the square of its
#: length (a 400,000-letter line held the window 7 s of CPU, 2 million for minutes), so a run
#: of this many characters without a space gets an invisible break opportunity after it.
BREAK_EVERY = 500
_UNBROKEN = re.compile(rf"\S{{{BREAK_EVERY}}}(?=\S)")
_ZERO_WIDTH_SPACE = "\u200b"


class OffsetMap:
    """Python string offsets to Qt (UTF-16) positions in the text as shown, and back.

    ``shown`` is the text to put in the view: the draft's, with a zero-width space after every
    :data:`BREAK_EVERY` characters of an unbroken run, so the layout stays linear.
    """

    def __init__(self, text: str) -> None:
        #: Python offsets of characters that take two UTF-16 units (one regex pass).
        self._wide = [m.start() for m in _WIDE.finditer(text)]
        #: Python offsets of the characters a zero-width space is put in front of.
        self._breaks = [m.end() for m in _UNBROKEN.finditer(text)]
        self._length = len(text)
        self.shown = text if not self._breaks else _ZERO_WIDTH_SPACE.join(
            text[start:end] for start, end in
            zip([0, *self._breaks], [*self._breaks, len(text)], strict=True))

    def to_qt(self, offset: int) -> int:
        if not self._wide and not self._breaks:
            return offset
        return (offset + bisect_right(self._wide, offset - 1)
                + bisect_right(self._breaks, offset))

    def from_qt(self, position: int) -> int:
        if not self._wide and not self._breaks:
            return position
        # the last offset shown at or before ``position`` (to_qt only grows)
        return max(0, bisect_right(range(self._length + 1), position, key=self.to_qt) - 1)


class DraftTextView(QTextEdit):
    """Read-only text of the draft; emits ``finding_clicked(key)`` when a highlight is clicked."""

    finding_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("Draft text"))
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self._findings: list[ReviewedFinding] = []
        self._selected: str | None = None
        self._flash: str | None = None
        self._map = OffsetMap("")
        self._spans: list[tuple[int, int, str]] = []
        self._quiet = False
        self.cursorPositionChanged.connect(self._on_cursor)

    def show_draft(self, draft: DraftView | None, findings: Sequence[ReviewedFinding]) -> None:
        self._quiet = True
        text = draft.text if draft is not None else ""
        self._map = OffsetMap(text)
        self.setPlainText(self._map.shown)
        if draft is not None:
            self._format_headings(draft)
        self._quiet = False
        self.set_findings(findings)

    def set_findings(self, findings: Sequence[ReviewedFinding]) -> None:
        self._findings = list(findings)
        self._spans = sorted((f.finding.location.start, f.finding.location.end, f.key)
                             for f in findings
                             if f.finding.location.end > f.finding.location.start)
        self._paint()

    def select_finding(self, key: str | None, *, scroll: bool = True,
                       flash: bool = False) -> None:
        """Outline ``key``'s words and bring them into view (``flash``: light them up)."""
        self._selected = key
        self._flash = key if flash else None
        self._paint()
        if flash:
            QTimer.singleShot(FLASH_MS, self._unflash)
        finding = next((f for f in self._findings if f.key == key), None)
        if finding is None or not scroll:
            return
        loc = finding.finding.location
        if loc.end <= loc.start:
            return
        self._quiet = True
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(loc.start))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._quiet = False

    def _unflash(self) -> None:
        if self._flash is not None:
            self._flash = None
            self._paint()

    def highlighted_keys(self) -> list[str]:
        """The findings highlighted in the text (for tests and screen readers)."""
        return [sel.format.property(QTextFormat.Property.UserProperty) for sel in
                self.extraSelections()
                if sel.format.property(QTextFormat.Property.UserProperty)]

    def key_at(self, offset: int) -> str | None:
        """The finding covering character ``offset`` (the narrowest one, if several)."""
        hits = [(end - start, key) for start, end, key in self._spans if start <= offset < end]
        return min(hits)[1] if hits else None

    def _format_headings(self, draft: DraftView) -> None:
        item = QTextBlockFormat()
        item.setIndent(1)
        cursor = QTextCursor(self.document())
        for block in draft.blocks:
            if block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_CELL) \
                    and block.end > block.start:
                cursor.setPosition(self._map.to_qt(block.start))
                cursor.mergeBlockFormat(item)
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self.font().pointSizeF() * 1.25)
        cursor = QTextCursor(self.document())
        for block in draft.blocks:
            if block.kind is BlockKind.HEADING and block.end > block.start:
                cursor.setPosition(self._map.to_qt(block.start))
                cursor.setPosition(self._map.to_qt(block.end), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(heading)

    def _paint(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        for reviewed in self._findings:
            loc = reviewed.finding.location
            if loc.end <= loc.start:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._map.to_qt(loc.start))
            cursor.setPosition(self._map.to_qt(loc.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            colour = (DISMISSED_COLOUR if reviewed.set_aside
                      else SEVERITY_COLOURS[reviewed.finding.severity])
            fmt.setBackground(QColor(colour))
            if reviewed.key == self._selected:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(SELECTED_OUTLINE))
                fmt.setFontUnderline(True)
                fmt.setBackground(QColor(colour).darker(140 if reviewed.key == self._flash
                                                         else 115))
            fmt.setProperty(QTextFormat.Property.UserProperty, reviewed.key)
            fmt.setToolTip(render(reviewed.finding.message))
            selection.format = fmt
            selections.append(selection)
        # The selected finding is painted last so it stays visible where findings overlap.
        selections.sort(key=lambda s: s.format.property(
            QTextFormat.Property.UserProperty) == self._selected)
        self.setExtraSelections(selections)

    def _on_cursor(self) -> None:
        if self._quiet:
            return
        cursor = self.textCursor()
        if cursor.hasSelection():
            return
        key = self.key_at(self._map.from_qt(cursor.position()))
        if key is not None and key != self._selected:
            self.finding_clicked.emit(key)
