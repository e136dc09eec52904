"""The fixes above the finding cards: apply every safe fix at once, save the corrected copy.

A safe fix is one the fixes module may make unread (the brand's word in the right form, an
address form whose grammar is sure); the others are applied one by one from their card. The
keys (F, Shift+F) are the view's actions (:mod:`brandregie.ui.review.actions`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget


class FixBar(QWidget):
    """Two buttons the view wires up; hidden while the draft has no fix at all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fixBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        row.setSpacing(4)
        self.apply_all_button = QPushButton(self.tr("Apply all safe fixes"))
        self.apply_all_button.setObjectName("applyAllFixes")
        self.apply_all_button.setToolTip(
            self.tr("Put the brand's version in wherever it is safe to do so unread; the "
                    "other fixes you apply from their card (Shift+F)"))
        self.copy_button = QPushButton(self.tr("Save corrected copy…"))
        self.copy_button.setObjectName("saveCorrectedCopy")
        self.copy_button.setToolTip(
            self.tr("The agency's file with the fixes you applied (tracked changes in Word)"))
        for button in (self.apply_all_button, self.copy_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        row.addStretch(1)

    def set_state(self, *, safe: int, applied: int, any_fix: bool, can_copy: bool) -> None:
        """``safe`` fixes still to apply, ``applied`` so far; ``any_fix``: show the bar."""
        self.setVisible(any_fix)
        self.apply_all_button.setEnabled(safe > 0)
        self.apply_all_button.setText(self.tr("Apply all safe fixes ({n})").format(n=safe)
                                      if safe else self.tr("Apply all safe fixes"))
        self.copy_button.setEnabled(can_copy and applied > 0)
