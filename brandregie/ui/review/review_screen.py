"""What the review's actions see of the view, and what they share.

The view imports the actions, not the reverse: the actions reach the view through
:class:`ReviewScreen` only (:mod:`brandregie.ui.review.actions` for the answers,
:mod:`brandregie.ui.review.feedback_actions` for what goes back to the agency).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from brandregie.fixes.model import Fix
from brandregie.review.records import ReviewedFinding, VersionReview
from brandregie.review.service import ReviewService
from brandregie.ui.review.answer_bar import AnswerBar
from brandregie.ui.review.cards import FindingsPanel
from brandregie.ui.review.language_tables import LanguageTables
from brandregie.ui.review.text_view import DraftTextView

#: Rules whose excerpt is a word or phrase the owner may allow or ban.
WORD_RULES = frozenset({"terminology.banned", "terminology.preferred", "tone.cliche",
                        "tone.jargon", "employer.gender-coded"})


class ReviewScreen(Protocol):
    """What the actions need of the view (the view imports the actions, not the reverse)."""

    service: ReviewService
    review: VersionReview | None
    cards: FindingsPanel
    bar: AnswerBar
    text: DraftTextView
    #: The fix of each finding that has one (empty while the language tables load).
    fixes: dict[str, Fix]
    tables: LanguageTables

    def widget(self) -> QWidget: ...
    def current_key(self) -> str | None: ...
    def current_finding(self) -> ReviewedFinding | None: ...
    def select_finding(self, key: str | None, *, flash: bool = False) -> None: ...
    def refresh_answers(self) -> None: ...
    def reload(self, keep_selection: bool = True) -> None: ...
    def toggle_compare(self) -> None: ...
    def note(self, text: str) -> None: ...
    def problem(self, message: str) -> None: ...
    def word_changed(self, brand_id: int, version_id: int) -> None: ...
    def was_decided(self, assignment_id: int) -> None: ...


def problem_box(view: QWidget, message: str) -> None:
    """Tell the owner what went wrong, without stopping the window (window-modal)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "BrandRegie", message,
                      QMessageBox.StandardButton.Ok, view)
    box.setObjectName("problem")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
