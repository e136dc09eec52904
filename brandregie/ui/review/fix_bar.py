"""The fixes above the finding cards: apply every safe fix at once, save the corrected copy.

A safe fix is one the fixes module may make unread (the brand's word in the right form, an
address form whose grammar is sure); the others are applied one by one from their card. The
keys (F, Shift+F) are the view's actions (:mod:`brandregie.ui.review.actions`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from brandregie.fixes.model import KIND_OF_RULE, Fix
from brandregie.models.review import FindingAnswer
from brandregie.review.fixing import CORRECTABLE, review_fixes
from brandregie.review.records import VersionReview
from brandregie.ui.fit_row import FitRow
from brandregie.ui.review.language_tables import LanguageTables


class FixBar(QWidget):
    """Two buttons the view wires up; hidden while the draft has no fix at all. While the
    language tools the fixes need are still loading (on a worker), it says so instead."""

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
        # one under the other where the findings column is narrow: a cut label reads as nothing
        self.buttons = FitRow([self.apply_all_button, self.copy_button])
        row.addWidget(self.buttons, 1)
        self.preparing = QLabel(self.tr("Preparing suggestions…"))
        self.preparing.setObjectName("fixesPreparing")
        self.preparing.setToolTip(
            self.tr("The word tables the fixes need are loading; the fixes appear in a moment"))
        self.preparing.hide()
        row.addWidget(self.preparing, 1)
        self._copyable = False
        #: A feedback file or corrected copy is being written: no second save meanwhile.
        self.saving = False

    def show_review(self, review: VersionReview | None, tables: LanguageTables,
                    fixes: dict[str, Fix] | None = None) -> dict[str, Fix]:
        """The bar for ``review``, and the fix of each finding that has one (none while the
        language tables are still loading: the bar says the suggestions are coming);
        ``fixes``: those fixes, where they were worked out already (on a worker)."""
        if review is None:
            self.set_state(safe=0, applied=0, any_fix=False, can_copy=False)
            return {}
        if fixes is None:
            if review.report is not None and review.draft is not None \
                    and review.brand is not None \
                    and any(KIND_OF_RULE.get(f.finding.rule) for f in review.findings) \
                    and tables.missing():
                self.set_preparing()
                return {}
            fixes = review_fixes(review)
        applied = sum(1 for f in review.findings if f.answer is FindingAnswer.FIXED)
        safe = sum(1 for f in review.findings if f.key in fixes and fixes[f.key].safe
                   and f.answer in (FindingAnswer.OPEN, FindingAnswer.ACCEPTED))
        self.set_state(safe=safe, applied=applied, any_fix=bool(fixes),
                       can_copy=review.draft is not None and review.draft.kind in CORRECTABLE)
        return fixes

    def set_preparing(self) -> None:
        """The fixes are not known yet: the bar shows that they are coming."""
        self.setVisible(True)
        self.preparing.show()
        for button in (self.apply_all_button, self.copy_button):
            button.hide()

    def set_state(self, *, safe: int, applied: int, any_fix: bool, can_copy: bool) -> None:
        """``safe`` fixes still to apply, ``applied`` so far; ``any_fix``: show the bar."""
        self.setVisible(any_fix)
        self.preparing.hide()
        for button in (self.apply_all_button, self.copy_button):
            button.show()
        self.apply_all_button.setEnabled(safe > 0)
        self.apply_all_button.setText(self.tr("Apply all safe fixes ({n})").format(n=safe)
                                      if safe else self.tr("Apply all safe fixes"))
        self._copyable = can_copy and applied > 0
        self.copy_button.setEnabled(self._copyable and not self.saving)

    def set_saving(self, saving: bool) -> None:
        """A save started (the copy button waits) or ended (it is as drawn)."""
        self.saving = saving
        self.copy_button.setEnabled(self._copyable and not saving)
