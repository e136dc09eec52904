"""The top of the review: the header (score, title, decision buttons), a status line under it
(what just happened, why a check failed, what was left out) and, for an approved version, the
bar that adds its words to "Sounds like us". Drawn from the version on screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from brandregie.checks.model import Severity
from brandregie.ingest.mismatch import read_as_notes
from brandregie.ingest.sniff import suffix_kind
from brandregie.models.review import CheckStatus, FindingAnswer
from brandregie.review.records import VersionReview
from brandregie.ui.review.header import ReviewHeader
from brandregie.ui.review.own_text_bar import OwnTextBar


class ReviewHead(QWidget):
    """Header, status line and own-text bar, stacked; the view wires the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = ReviewHeader()
        layout.addWidget(self.header)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("reviewStatus")
        layout.addWidget(self.status)
        self.own_text = OwnTextBar()
        layout.addWidget(self.own_text)
        self._decided = False
        #: A feedback file or corrected copy is being written: no second save meanwhile.
        self.saving = False

    def show_buttons(self, *, checked: bool, decided: bool, comparable: bool) -> None:
        """Decide once checked; save and send the feedback once decided; compare when there
        is a previous version."""
        header = self.header
        for button in (header.approve_button, header.changes_button):
            button.setEnabled(checked)
        self._decided = decided
        header.feedback_button.setEnabled(decided and not self.saving)
        header.send_button.setEnabled(decided)
        header.feedback_button.setToolTip(
            self.tr("The agency's own file with your comments in it (a Word file with "
                    "comments, a PDF with notes), or the feedback report") if decided
            else self.tr("Approve the draft or ask for changes first"))
        header.compare_button.setEnabled(comparable)
        if not comparable:
            header.compare_button.setChecked(False)

    def set_saving(self, saving: bool) -> None:
        """A save started (the feedback button waits) or ended (it is as drawn)."""
        self.saving = saving
        self.header.feedback_button.setEnabled(self._decided and not saving)

    def note(self, text: str) -> None:
        """A short line under the header (what just happened)."""
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.status.setText(text)
        self.status.show()

    def show_review(self, review: VersionReview | None) -> None:
        """The score after the owner's answers beside the score as delivered, the counts of
        open findings, and why there is no score where there is none."""
        header = self.header
        self.status.hide()
        if review is None:
            header.badge.set_score(None, None)
            header.title.set_full_text(self.tr("No draft yet"))
            header.score_line.set_full_text(
                self.tr("Drop the agency's draft on the assignment to review it."))
            header.counts_line.set_full_text("")
            return
        version = review.version
        header.title.set_full_text(self.tr("Version {n}: {name}").format(
            n=version.number, name=version.file_name))
        effective = review.effective
        if effective is None or review.report is None:
            header.badge.set_score(None, None)
            header.counts_line.set_full_text("")
            if version.check_status is CheckStatus.FAILED:
                header.score_line.set_full_text(self.tr("This draft could not be checked."))
                self.status.setText(version.error)
                self.status.setStyleSheet("background: #FDECEA; color: #8A1F11; padding: 8px;")
                self.status.show()
            elif version.check_status is CheckStatus.CANCELLED:
                header.score_line.set_full_text(self.tr("The check was cancelled. Check it "
                                                        "again from the assignment."))
            else:
                header.score_line.set_full_text(self.tr("Checking…"))
            return
        header.badge.set_score(effective.score, effective.traffic_light)
        answered = any(f.answer is not FindingAnswer.OPEN or f.remark for f in review.findings)
        if answered:
            line = self.tr("{now} after your answers; {then} as delivered").format(
                now=effective.score, then=review.report.score)
        else:
            line = self.tr("{score} out of 100 as delivered").format(score=effective.score)
        header.score_line.set_full_text(line)
        open_findings = [f for f in review.findings if f.answer is FindingAnswer.OPEN]
        counts = {s: sum(1 for f in open_findings if f.finding.severity is s) for s in Severity}
        header.counts_line.set_full_text(" · ".join((
            self.tr("{n} open").format(n=len(open_findings)),
            self.tr("{n} must change").format(n=counts[Severity.ERROR]),
            self.tr("{n} should change").format(n=counts[Severity.WARNING]))))
        header.counts_line.setToolTip(self.tr("checked against profile revision {n}").format(
            n=version.profile_revision))
        if effective.notes:  # an attachment refused, text over the budget: never hidden
            self.status.setText("\n".join(self._notes(review, effective.notes)))
            self.status.setStyleSheet("background: #FFF4E0; color: #6B4A00; padding: 8px;")
            self.status.show()

    def _notes(self, review: VersionReview, notes: Sequence[str]) -> list[str]:
        """That the draft is not what its name says (a text named .pdf), on a line of its own;
        then what was left out."""
        kind = review.draft.kind if review.draft is not None else ""
        name = review.version.file_name
        read_as = read_as_notes(name, suffix_kind(name), kind)
        left_out = [note for note in notes if note not in read_as]
        return [note for note in notes if note in read_as] + (
            [self.tr("Left out: {notes}").format(notes="; ".join(left_out))] if left_out else [])
