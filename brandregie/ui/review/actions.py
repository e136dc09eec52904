"""What the owner's answers do: the review's keys, the service calls, undo of the last answer.

Keys (anywhere in the review, except while typing): N or J next finding, P or K previous, A
accept, D dismiss (a reason picked inline), R remark, F apply the fix shown on the card, Shift+F
apply all safe fixes, W allow this word, B ban this word (the words selected in the draft, else
the finding's), U undo the last answer (all safe fixes applied at once are one answer), V
compare with the previous version. An answer moves on to the next finding, as a reviewer reading
down the page expects, and the score is recomputed at once. The view only draws
(:mod:`brandregie.ui.review.review_view`). The feedback files' code (the PDF exporter) is
imported where it is used: the page opens without it, and the place loads it on a worker
right after (:mod:`brandregie.ui.review.place`). Writing the feedback file and the corrected
copy (a PDF laid out, a Word file rewritten) is a job (:mod:`brandregie.ui.review.saving`):
the file dialog and the plain values it needs are taken on the GUI thread, the writing is not.
The file sent by mail is made on the send job.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from brandregie.checks.names import rule_name
from brandregie.errors import BrandRegieError
from brandregie.fixes.model import Fix
from brandregie.i18n import translator
from brandregie.mail.compose import Attachment
from brandregie.mail.service import MailService
from brandregie.models.mail import MailKind
from brandregie.models.review import DecisionOutcome, FindingAnswer
from brandregie.review.annotate import feedback_file_name
from brandregie.review.fixing import corrected_copy
from brandregie.review.records import ReviewedFinding, VersionReview
from brandregie.review.service import BrandChange, ReviewService
from brandregie.ui.connections.send import LaterAttachment, SendMailDialog
from brandregie.ui.jobs import Progress
from brandregie.ui.review.answer_bar import AnswerBar
from brandregie.ui.review.cards import FindingsPanel
from brandregie.ui.review.dialogs import TextDialog
from brandregie.ui.review.language_tables import LanguageTables
from brandregie.ui.review.saving import FileSaver
from brandregie.ui.review.text_view import DraftTextView


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

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
#: Rules whose excerpt is a word or phrase the owner may allow or ban.
WORD_RULES = frozenset({"terminology.banned", "terminology.preferred", "tone.cliche",
                        "tone.jargon", "employer.gender-coded"})


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
        #: The mail service to send with (None: the store's, with the saved mail setup).
        self.mail: MailService | None = None
        # writes the feedback file and the corrected copy off the GUI thread
        self.saver = FileSaver(view.note, view.problem, self)
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

    def save_corrected_copy(self, path: str | None = None) -> str | None:
        """The agency's file with the applied fixes (tracked changes in Word, a corrected
        copy of text, Markdown and HTML); asks where when ``path`` is not given. The path being
        written, if any (the job says when it is done)."""
        review = self.view.review
        if review is None:
            return None
        from brandregie.review.fixing import corrected_name

        if not path:
            path, _filter = QFileDialog.getSaveFileName(
                self.view.widget(), self.tr("Save the corrected copy"),
                corrected_name(review.version.file_name))
        if not path:
            return None
        service, version_id, out = self.view.service, review.version.id, Path(path)

        def job(_progress: Progress) -> Path:
            from brandregie.export.documents import write_file

            _name, data = corrected_copy(service, version_id)
            write_file(out, data)
            return out

        return self.saver.start(job, out)

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

    # -- deciding and sending --------------------------------------------------------------------

    def draft_summary(self) -> str:
        """A starting summary for "ask for changes": the points the owner accepted."""
        review = self.view.review
        if review is None:
            return ""
        t = translator()
        kept = [f for f in review.findings if f.answer is FindingAnswer.ACCEPTED] or [
            f for f in review.findings if f.answer is FindingAnswer.OPEN]
        return "\n".join(f"- {rule_name(f.finding.rule, t)}: “{f.finding.excerpt}”"
                         for f in kept[:12])

    def decide(self, outcome: DecisionOutcome) -> None:
        view = self.view
        if view.review is None:
            return
        approve = outcome is DecisionOutcome.APPROVED
        number = view.review.version.number
        if approve:
            title = self.tr("Approve the draft")
            label = self.tr("Approve version {n}? A note for the agency (optional):").format(
                n=number)
        else:
            title = self.tr("Ask for changes")
            label = self.tr("What should the agency change in version {n}? This summary opens "
                            "the feedback report.").format(n=number)
        dialog = TextDialog(title, label, "" if approve else self.draft_summary(),
                            multiline=True, parent=view.widget())
        dialog.setObjectName("decisionDialog")
        dialog.accepted.connect(lambda: self._decided(outcome, dialog.text()))
        dialog.open()

    def _decided(self, outcome: DecisionOutcome, summary: str) -> None:
        review = self.view.review
        if review is None:
            return
        try:
            self.view.service.decide(review.version.id, outcome, summary)
        except BrandRegieError as exc:
            self.view.problem(exc.message)
            return
        self.view.was_decided(review.assignment.id)

    def save_feedback(self, path: str | None = None) -> str | None:
        """The feedback in the agency's own file (a commented .docx, an annotated .pdf, else
        the report PDF); asks where when ``path`` is not given. The path being written, if any
        (the job says when it is done)."""
        review = self.view.review
        if review is None:
            return None
        if self._waiting_for_tables(review):
            return None
        from brandregie.review.feedback_file import save_feedback_file, version_feedback_kind

        service = self.view.service
        if not path:
            try:
                kind = version_feedback_kind(service, review.version.id)
            except BrandRegieError as exc:
                self.view.problem(exc.message)
                return None
            suggested = feedback_file_name(review.version.file_name, kind)
            kinds = self.tr("Word file (*.docx)") if kind == "docx" \
                else self.tr("PDF (*.pdf)")
            path, _filter = QFileDialog.getSaveFileName(
                self.view.widget(), self.tr("Save the feedback for the agency"), suggested,
                kinds)
        if not path:
            return None
        version_id, out = review.version.id, Path(path)

        def job(_progress: Progress) -> Path:
            save_feedback_file(service, version_id, out)
            return out

        return self.saver.start(job, out)

    def _waiting_for_tables(self, review: VersionReview) -> bool:
        """The feedback says each applied fix in the brand's words, which needs the language
        tables: while they load (on a worker, a fresh machine) the owner is asked to wait."""
        if any(f.answer is FindingAnswer.FIXED for f in review.findings) \
                and self.view.tables.missing():
            self.view.note(self.tr("Preparing suggestions… try again in a moment."))
            return True
        return False

    def send_feedback(self, *, threaded: bool = True) -> SendMailDialog | None:
        """The feedback file, the decision and its summary to the agency in one message (the
        mail setup of Connections; the agency's address from the assignment)."""
        review = self.view.review
        if review is None or self._waiting_for_tables(review):
            return None
        from brandregie.review.feedback_file import feedback_attachment, version_feedback_kind

        service, version_id = self.view.service, review.version.id
        decisions = [d for d in service.decisions(review.assignment.id)
                     if d.version_id == version_id]
        if not decisions:
            return None  # the send button waits for a decision
        decision, kind = decisions[-1], version_feedback_kind(service, version_id)
        mime = {"docx": DOCX_MIME}.get(kind, "application/pdf")

        def make() -> Attachment:  # on the send job: laying out the file takes a while
            name, data, _kind = feedback_attachment(service, version_id)
            return Attachment(name, data, mime)

        name = feedback_file_name(review.version.file_name, kind)
        dialog = SendMailDialog(
            self.mail or MailService(service.store), brand_id=review.assignment.brand_id,
            brand_name=review.assignment.brand_name,
            profile_revision=review.version.profile_revision,
            attachment=LaterAttachment(name, make), kind=MailKind.FEEDBACK,
            title=review.assignment.title, assignment_id=review.assignment.id,
            parent=self.view.widget(), threaded=threaded)
        approved = decision.outcome is DecisionOutcome.APPROVED
        said = (self.tr("Version {n} is approved.") if approved
                else self.tr("For version {n} we ask for changes.")).format(
            n=review.version.number)
        if decision.summary:
            said += "\n" + decision.summary
        greeting, _sep, rest = dialog.body.toPlainText().partition("\n\n")
        dialog.body.setPlainText(f"{greeting}\n\n{said}\n\n{rest}")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_report(self, path: str) -> None:
        review = self.view.review
        if review is None:
            return
        from brandregie.review.feedback import save_feedback_report

        try:
            save_feedback_report(self.view.service, review.version.id, path)
        except BrandRegieError as exc:
            self.view.problem(exc.message)


def problem_box(view: QWidget, message: str) -> None:
    """Tell the owner what went wrong, without stopping the window (window-modal)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "BrandRegie", message,
                      QMessageBox.StandardButton.Ok, view)
    box.setObjectName("problem")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
