"""Feedback in the agency's own file: which form a draft's feedback takes, and writing it.

A Word draft comes back as a copy with a Word comment at each open finding, a PDF as a copy with
highlights and notes; any other draft (HTML, text, an e-mail, an image) as the feedback report
PDF, which quotes each passage. The agency's file is read, never changed: the copy is new bytes.
Writing the copy parses the agency's file again, so it runs in the capped reader process, as
reading it did.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from brandregie.ingest import sandbox
from brandregie.ingest.limits import DEFAULT_LIMITS
from brandregie.review.notes import Note

FeedbackKind = Literal["docx", "pdf", "report"]


def feedback_kind(file_name: str, kind: str | None = None) -> FeedbackKind:
    """The form feedback on a draft takes: ``docx``, ``pdf`` or the ``report`` PDF."""
    suffix = Path(file_name).suffix.lower()
    if kind == "docx" or (kind is None and suffix == ".docx"):
        return "docx"
    if kind == "pdf" or (kind is None and suffix == ".pdf"):
        return "pdf"
    return "report"


def feedback_file_name(file_name: str, kind: FeedbackKind) -> str:
    """``nieuwsbrief.docx`` -> ``nieuwsbrief - feedback.docx`` (the report: ``.pdf``)."""
    stem = Path(file_name).stem or "draft"
    return f"{stem} - feedback{'.docx' if kind == 'docx' else '.pdf'}"


def write_in_child(kind: FeedbackKind, data: bytes, notes: Sequence[Note], author: str,
                   progress: Callable[..., None]) -> bytes:
    """The annotated copy (runs in the reader process)."""
    if kind == "docx":
        from brandregie.review.annotate_docx import annotate_docx

        result = annotate_docx(data, notes, author)
    else:
        from brandregie.review.annotate_pdf import annotate_pdf

        result = annotate_pdf(data, notes, author)
    progress(1.0)
    return result


def annotated_copy(kind: Literal["docx", "pdf"], data: bytes, notes: Sequence[Note],
                   author: str, name: str) -> bytes:
    """A copy of ``data`` with ``notes`` as comments (Word) or annotations (PDF)."""
    result = sandbox.run("brandregie.review.annotate:write_in_child", kind, data, tuple(notes),
                         author, name=name, limits=DEFAULT_LIMITS)
    assert isinstance(result, bytes)
    return result
