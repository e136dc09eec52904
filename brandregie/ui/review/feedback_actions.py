"""What goes back to the agency: the decision, the feedback file, the mail, the corrected copy.

The feedback files' code (the PDF exporter) is imported where it is used: the page opens
without it, and the place loads it on a worker right after
(:mod:`brandregie.ui.review.place`). Writing the feedback file and the corrected copy (a PDF
laid out, a Word file rewritten) is a job (:mod:`brandregie.ui.review.saving`): the file dialog
and the plain values it needs are taken on the GUI thread, the writing is not. The file sent by
mail is made on the send job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog

from brandregie.checks.names import rule_name
from brandregie.errors import BrandRegieError
from brandregie.i18n import translator
from brandregie.mail.compose import Attachment
from brandregie.mail.service import MailService
from brandregie.models.mail import MailKind
from brandregie.models.review import DecisionOutcome, FindingAnswer
from brandregie.review.annotate import feedback_file_name
from brandregie.review.fixing import corrected_copy
from brandregie.review.records import VersionReview
from brandregie.ui.connections.send import LaterAttachment, SendMailDialog
from brandregie.ui.jobs import Progress
from brandregie.ui.review.dialogs import TextDialog
from brandregie.ui.review.review_screen import ReviewScreen
from brandregie.ui.review.saving import FileSaver

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class FeedbackActions(QObject):
    """Deciding, and the files and mail that tell the agency."""

    def __init__(self, view: ReviewScreen) -> None:
        super().__init__(view.widget())
        self.view = view
        #: The mail service to send with (None: the store's, with the saved mail setup).
        self.mail: MailService | None = None
        # writes the feedback file and the corrected copy off the GUI thread
        self.saver = FileSaver(view.note, view.problem, self)

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

    # -- deciding ------------------------------------------------------------------------------

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
