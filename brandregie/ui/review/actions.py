"""What the owner's answers do: the review's keys, the service calls, undo of the last answer.

Keys (anywhere in the review, except while typing): N or J next finding, P or K previous, A
accept, D dismiss (a reason picked inline), R remark, F apply the fix shown on the card, Shift+F
apply all safe fixes, W allow this word, B ban this word (the words selected in the draft, else
the finding's), U undo the last answer (all safe fixes applied at once are one answer), V
compare with the previous version. An answer moves on to the next finding, as a reviewer reading
down the page expects, and the score is recomputed at once. The view only draws
(:mod:`brandregie.ui.review.review_view`); deciding and what goes back to the agency are
:mod:`brandregie.ui.review.feedback_actions`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from brandregie.errors import BrandRegieError
from brandregie.models.review import FindingAnswer
from brandregie.review.records import ReviewedFinding
from brandregie.review.service import BrandChange
from brandregie.ui.review.review_screen import WORD_RULES, ReviewScreen


@dataclass(frozen=True, slots=True)
class _Answered:
    """An answer as it was before the owner changed it (what undo puts back)."""

    version_id: int
    key: str
    answer: FindingAnswer
    reason: str
    remark: str


class ReviewActions(QObject):
    """The review's keys and what each answer does."""

    def __init__(self, view: ReviewScreen) -> None:
        super().__init__(view.widget())
        self.view = view
        #: Answers as they were, a group per action (all safe fixes at once are one group).
        self.undo_stack: list[tuple[_Answered, ...]] = []
        #: Saves a word change through the open brand's edit session (so it shows on the
        #: profile pages and can be undone); returns False when it cannot (another brand).
        self.brand_editor: Callable[[BrandChange], bool] | None = None
        self.keys: dict[str, QAction] = {}
        for name, keys, slot in (
                ("next", ("N", "J"), lambda: self.step(1)),
                ("previous", ("P", "K"), lambda: self.step(-1)),
                ("accept", ("A",), self.accept),
                ("dismiss", ("D",), self.start_dismiss),
                ("remark", ("R",), self.start_remark),
                ("allow", ("W",), self.allow_word),
                ("ban", ("B",), self.ban_word),
                ("fix", ("F",), self.apply_fix),
                ("fix_all", ("Shift+F",), self.apply_safe_fixes),
                ("undo", ("U",), self.undo),
                ("compare", ("V",), self.view.toggle_compare)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            view.widget().addAction(action)
            self.keys[name] = action

    # -- moving ----------------------------------------------------------------------------------

    def step(self, direction: int) -> None:
        """Select the next (1) or previous (-1) finding, in the panel's order."""
        keys = self.view.cards.order()
        if not keys:
            return
        current = self.view.current_key()
        if current not in keys:
            index = 0 if direction > 0 else len(keys) - 1
        else:
            index = min(max(keys.index(current) + direction, 0), len(keys) - 1)
        self.view.select_finding(keys[index], flash=True)

    # -- answering -------------------------------------------------------------------------------

    def accept(self) -> None:
        self._answer(FindingAnswer.ACCEPTED)

    def start_dismiss(self) -> None:
        reviewed = self.view.current_finding()
        if reviewed is not None:
            self.view.bar.open_dismiss(reviewed.reason)

    def dismiss(self, reason: str) -> None:
        self._answer(FindingAnswer.DISMISSED, reason=reason)

    def start_remark(self) -> None:
        reviewed = self.view.current_finding()
        if reviewed is not None:
            self.view.bar.open_remark(reviewed.remark)

    def remark(self, text: str) -> None:
        reviewed = self.view.current_finding()
        review = self.view.review
        if review is None or reviewed is None or text == reviewed.remark:
            return
        self._remember(review.version.id, reviewed)
        self.view.service.set_remark(review.version.id, reviewed.key, text)
        self.view.refresh_answers()

    def _answer(self, answer: FindingAnswer, *, reason: str | None = None) -> None:
        reviewed = self.view.current_finding()
        review = self.view.review
        if review is None or reviewed is None:
            return
        try:
            self.view.service.answer(review.version.id, reviewed.key, answer, reason=reason,
                                     remark=reviewed.remark)
        except BrandRegieError as exc:
            self.view.problem(exc.message)
            return
        self._remember(review.version.id, reviewed)
        self.view.refresh_answers()
        self.step(1)

    def _remember(self, version_id: int, *answered: ReviewedFinding) -> None:
        self.undo_stack.append(tuple(_Answered(version_id, f.key, f.answer, f.reason, f.remark)
                                     for f in answered))
        del self.undo_stack[:-50]

    def undo(self) -> None:
        """Put the last answer (or fixes applied at once) back as it was, select its finding."""
        review = self.view.review
        while self.undo_stack:
            group = self.undo_stack.pop()
            if review is None or not group or group[0].version_id != review.version.id:
                continue  # an answer on a version no longer shown
            try:
                for last in reversed(group):
                    self.view.service.answer(last.version_id, last.key, last.answer,
                                             reason=last.reason, remark=last.remark)
            except BrandRegieError as exc:
                self.view.problem(exc.message)
                return
            self.view.refresh_answers()
            self.view.select_finding(group[0].key, flash=True)
            return

    # -- fixes -----------------------------------------------------------------------------------

    def apply_fix(self) -> None:
        """Apply the brand's version shown on the current card (safe or read by the owner)."""
        reviewed = self.view.current_finding()
        review = self.view.review
        # the view's fixes: worked out once the language tables are in (none before)
        if review is None or reviewed is None or reviewed.key not in self.view.fixes:
            return
        self._fixed([reviewed], step=True)

    def apply_safe_fixes(self) -> None:
        """Apply every safe fix not answered otherwise: one answer, undone with one U."""
        review = self.view.review
        if review is None:
            return
        fixes = self.view.fixes  # none yet while the language tables load
        chosen = [f for f in review.findings if f.key in fixes and fixes[f.key].safe
                  and f.answer in (FindingAnswer.OPEN, FindingAnswer.ACCEPTED)]
        if chosen:
            self._fixed(chosen, step=False)
            self.view.note(self.tr("{n} safe fixes applied; U takes them back").format(
                n=len(chosen)))

    def _fixed(self, findings: list[ReviewedFinding], *, step: bool) -> None:
        review = self.view.review
        assert review is not None
        try:
            self.view.service.apply_fixes(review.version.id, [f.key for f in findings])
        except BrandRegieError as exc:
            self.view.problem(exc.message)
            return
        self._remember(review.version.id, *findings)
        self.view.refresh_answers()
        if step:
            self.step(1)

    def allow_word(self) -> None:
        reviewed = self.view.current_finding()
        if reviewed is None or reviewed.finding.rule not in WORD_RULES:
            return
        self.change_word(reviewed.finding.excerpt, allow=True)

    def ban_word(self) -> None:
        """Ban the words selected in the draft, else the current finding's words."""
        selected = self.view.text.textCursor().selectedText().strip() \
            if self.view.text.isVisible() else ""
        reviewed = self.view.current_finding()
        word = selected or (reviewed.finding.excerpt if reviewed is not None
                            and reviewed.finding.rule in WORD_RULES else "")
        if word:
            self.change_word(word, allow=False)

    def change_word(self, word: str, *, allow: bool) -> None:
        """Allow or ban ``word`` in the brand (a new revision), then check this draft again."""
        review = self.view.review
        if review is None:
            return
        service = self.view.service
        try:
            change = service.word_change(review.assignment.id, word, allow=allow)
            if self.brand_editor is None or not self.brand_editor(change):
                service.save_word_change(change)
        except BrandRegieError as exc:
            self.view.problem(exc.message)
            return
        self.view.note(self.tr("“{word}” is now allowed for the brand; checking again…")
                       .format(word=word) if allow else
                       self.tr("“{word}” is now banned for the brand; checking again…")
                       .format(word=word))
        self.view.word_changed(change.brand_id, review.version.id)
