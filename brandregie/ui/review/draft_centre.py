"""The centre of the review: the draft as it looks, or this version beside the previous one.

Word, ODT, HTML and text show as text with headings and lists; PDF and images as their pages
with each finding boxed (a PDF QtPdf cannot show falls back to its text); with Compare, the two
versions' texts side by side; with no draft, a line saying why.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from brandregie.review.records import Comparison, ReviewedFinding, VersionReview
from brandregie.review.service import ReviewService
from brandregie.ui.review.compare_view import CompareView
from brandregie.ui.review.pdf_view import PdfPagesView
from brandregie.ui.review.review_reading import PAGED
from brandregie.ui.review.text_view import DraftTextView


class DraftCentre(QStackedWidget):
    """The text view, the pages view, the comparison and the empty line; one shows."""

    def __init__(self, service: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setMinimumWidth(320)
        self.text = DraftTextView()
        self.pages = PdfPagesView()
        self.compare = CompareView()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        for widget in (self.text, self.pages, self.compare, self.empty):
            self.addWidget(widget)

    def show_draft(self, review: VersionReview | None, data: bytes | None = None) -> None:
        """The draft of ``review`` with its findings marked, in the view that suits its kind
        (``data``: the file of a PDF or image draft, when it was read already)."""
        draft = review.draft if review is not None else None
        findings = review.findings if review is not None else ()
        paged = draft is not None and draft.kind in PAGED
        self.text.show_draft(None if paged else draft, () if paged else findings)
        self.pages.set_findings(())
        if review is None or draft is None or draft.kind not in PAGED:
            return
        if data is None:
            _name, data = self.service.version_data(review.version.id)
        if draft.kind == "image":
            self.pages.show_image(QImage.fromData(QByteArray(data)), findings)
        elif not self.pages.show_pdf(data, findings, draft.text):
            self.text.show_draft(draft, findings)  # QtPdf cannot show it: the text at least

    def set_findings(self, findings: Sequence[ReviewedFinding]) -> None:
        """The marks after an answer (the draft itself stays)."""
        self.text.set_findings(findings)
        self.pages.set_findings(findings)

    def select_finding(self, key: str | None, *, flash: bool = False) -> None:
        self.text.select_finding(key, flash=flash)
        self.pages.select_finding(key, flash=flash)

    def show_current(self, review: VersionReview | None, comparison: Comparison | None, *,
                     comparing: bool, status: str) -> None:
        """Bring the view forward that fits: the comparison while ``comparing``, else the
        draft, else the empty line (``status`` when there is one)."""
        draft = review.draft if review is not None else None
        if comparing and review is not None and comparison is not None:
            self._fill_compare(review, comparison)
            self.setCurrentWidget(self.compare)
        elif draft is None:
            self.empty.setText(status or self.tr("No draft yet"))
            self.setCurrentWidget(self.empty)
        elif draft.kind in PAGED and self.pages.page_count():
            self.setCurrentWidget(self.pages)
        else:
            self.setCurrentWidget(self.text)

    def _fill_compare(self, review: VersionReview, comparison: Comparison) -> None:
        versions = self.service.versions(review.assignment.id)
        old = next((v for v in versions if v.number == comparison.old_number), None)
        old_draft = self.service.review(old.id).draft if old is not None else None
        self.compare.show_versions(comparison.old_number, old_draft.text if old_draft else "",
                                   comparison.new_number,
                                   review.draft.text if review.draft else "")
