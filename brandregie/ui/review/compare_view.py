"""Two versions side by side: the previous one left, this one right, the differences marked.

Words are compared (difflib on word tokens): words the agency took out are struck through in
red on the left, words it put in are green on the right. The two sides scroll together. The
findings' fate (fixed, new, still there) is listed by the side panel; the owner's answers were
already carried over by the review service.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextEdit, QVBoxLayout, QWidget

from brandregie.ui.review.text_view import OffsetMap

_WORD = re.compile(r"\S+")
#: Longer texts are compared in their first this many words (a diff is quadratic at worst).
MAX_WORDS = 30_000
REMOVED, ADDED = "#F6B8B0", "#BFE6C6"


def word_changes(old: str, new: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(character spans taken out of ``old``, character spans put into ``new``)."""
    old_words = [m.span() for m in _WORD.finditer(old)][:MAX_WORDS]
    new_words = [m.span() for m in _WORD.finditer(new)][:MAX_WORDS]
    matcher = SequenceMatcher(None, [old[s:e] for s, e in old_words],
                              [new[s:e] for s, e in new_words], autojunk=False)
    removed: list[tuple[int, int]] = []
    added: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "delete") and i2 > i1:
            removed.append((old_words[i1][0], old_words[i2 - 1][1]))
        if tag in ("replace", "insert") and j2 > j1:
            added.append((new_words[j1][0], new_words[j2 - 1][1]))
    return removed, added


class CompareView(QWidget):
    """The previous version's text beside this one's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.old, self.old_title = self._side(layout)
        self.new, self.new_title = self._side(layout)
        self.old.setAccessibleName(self.tr("Previous version"))
        self.new.setAccessibleName(self.tr("This version"))
        self._syncing = False
        for one, other in ((self.old, self.new), (self.new, self.old)):
            bar = one.verticalScrollBar()
            bar.valueChanged.connect(lambda _v, a=one, b=other: self._sync(a, b))
        self.removed: list[tuple[int, int]] = []
        self.added: list[tuple[int, int]] = []

    @staticmethod
    def _side(layout: QHBoxLayout) -> tuple[QTextEdit, QLabel]:
        column = QVBoxLayout()
        title = QLabel()
        text = QTextEdit()
        text.setReadOnly(True)
        text.setMinimumWidth(160)
        column.addWidget(title)
        column.addWidget(text, 1)
        layout.addLayout(column, 1)
        return text, title

    def show_versions(self, old_number: int, old_text: str, new_number: int, new_text: str
                      ) -> None:
        self.removed, self.added = word_changes(old_text, new_text)
        self.old_title.setText(self.tr("Version {n} (before)").format(n=old_number))
        self.new_title.setText(self.tr("Version {n}: taken out in red, put in in green").format(
            n=new_number))
        self._fill(self.old, old_text, self.removed, REMOVED, strike=True)
        self._fill(self.new, new_text, self.added, ADDED, strike=False)

    @staticmethod
    def _fill(view: QTextEdit, text: str, spans: list[tuple[int, int]], colour: str, *,
              strike: bool) -> None:
        offsets = OffsetMap(text)
        view.setPlainText(offsets.shown)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colour))
        fmt.setFontStrikeOut(strike)
        cursor = QTextCursor(view.document())
        for start, end in spans:
            cursor.setPosition(offsets.to_qt(start))
            cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def _sync(self, source: QTextEdit, target: QTextEdit) -> None:
        if self._syncing:
            return
        self._syncing = True
        bar, other = source.verticalScrollBar(), target.verticalScrollBar()
        share = bar.value() / bar.maximum() if bar.maximum() else 0.0
        other.setValue(round(share * other.maximum()))
        self._syncing = False
