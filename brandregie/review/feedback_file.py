"""The feedback of a decided version in the agency's own file (or the report PDF).

What goes in is what the feedback report lists (:func:`brandregie.review.feedback.decided`):
every finding not dismissed when changes are asked, the accepted ones on an approval, each with
the owner's remark; in a Word file the fixes the owner applied are tracked changes. The stored
original is only read: the copy is written to ``out``.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from brandregie.errors import BrandRegieError
from brandregie.export.text import document_language
from brandregie.i18n import _
from brandregie.models.review import FindingAnswer
from brandregie.review.annotate import (
    FeedbackKind,
    annotated_copy,
    feedback_file_name,
    feedback_kind,
)
from brandregie.review.feedback import decided, save_feedback_report
from brandregie.review.fixing import applied, write_fixed
from brandregie.review.notes import note_for, notes_for
from brandregie.review.service import ReviewService


def version_feedback_kind(service: ReviewService, version_id: int) -> FeedbackKind:
    review = service.review(version_id)
    return feedback_kind(review.version.file_name, review.draft.kind if review.draft else None)


def feedback_attachment(service: ReviewService, version_id: int, *, lang: str | None = None,
                        today: date | None = None) -> tuple[str, bytes, FeedbackKind]:
    """The feedback on ``version_id`` as a file for the agency: (name, bytes, form)."""
    found = decided(service, version_id, lang)
    review = found.review
    kind = feedback_kind(review.version.file_name, review.draft.kind if review.draft else None)
    name = feedback_file_name(review.version.file_name, kind)
    if kind == "report":
        out = io.BytesIO()
        save_feedback_report(service, version_id, out, lang=lang, today=today)
        return name, out.getvalue(), kind
    lang = document_language(found.snapshot, lang)
    text = review.draft.text if review.draft else ""
    notes = notes_for(((f.finding, f.remark) for f in found.findings), text,
                      found.snapshot.brand, lang)
    file_name, data = service.version_data(version_id)
    if kind == "docx" and applied(review):
        # the owner's applied fixes as tracked changes, the other points as comments
        copy = write_fixed(review, found.snapshot, data,
                           notes=[(f.finding, note_for(f.finding, text, found.snapshot.brand,
                                                       lang, f.remark).text)
                                  for f in found.findings
                                  if f.answer is not FindingAnswer.FIXED],
                           author=found.decision.author or "BrandRegie")
        return name, copy, kind
    copy = annotated_copy(kind, data, notes, found.decision.author or "BrandRegie", file_name)
    return name, copy, kind


def save_feedback_file(service: ReviewService, version_id: int, out: Path, *,
                       lang: str | None = None, today: date | None = None) -> FeedbackKind:
    """Write the feedback on ``version_id`` to ``out``; which form it took."""
    _name, data, kind = feedback_attachment(service, version_id, lang=lang, today=today)
    try:
        Path(out).write_bytes(data)
    except OSError as exc:
        raise BrandRegieError(_("{path} could not be written: {error}").format(
            path=out, error=exc.strerror or exc)) from None
    return kind
