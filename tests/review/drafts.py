"""Drafts as an agency would deliver them (Word files with fonts and colours, a long PDF), and
one way to put a draft into the store already checked, as the check's job leaves it.

The readers, the checks and python-docx are imported when first used: the UI tests' set-up
imports this module too.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brandregie.profile.snapshot import ProfileSnapshot
    from brandregie.review.service import ReviewService

BRAND = "Bakkerij Korenaar"
#: A draft: a file (dropped as is), a text (paragraphs at blank lines) or its paragraphs.
Draft = Path | str | Sequence[str]

VERSION_1 = [
    ("Nieuwsbrief mei", "Arial", "003366"),
    ("Bij Korenaar ontzorgen we je graag. Ons goedkoop brood komt uit de oven.", "Arial", None),
    ("Kom langs in een van onze vier winkels en proef het zelf.", "Arial", None),
]
VERSION_2 = [
    ("Nieuwsbrief mei", "Merriweather", "5B3A1E"),
    ("Bij Korenaar bakken we elke dag vers brood, met de hand gebakken.", "Source Sans 3", None),
    ("Wij ontzorgen je ook op zondag.", "Source Sans 3", None),
    ("Bestel nu uw taart, vers uit onze fabriek.", "Source Sans 3", None),
]


def word_file(paragraphs: list[tuple[str, str, str | None]]) -> bytes:
    """A .docx with one paragraph per (text, font, colour hex or None)."""
    from docx import Document as WordDocument
    from docx.shared import Pt, RGBColor

    document = WordDocument()
    for number, (text, font, colour) in enumerate(paragraphs):
        paragraph = document.add_heading(level=1) if number == 0 else document.add_paragraph()
        run = paragraph.add_run(text)
        run.font.name = font
        run.font.size = Pt(18 if number == 0 else 11)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_file(pages: int = 100) -> bytes:
    """A PDF of ``pages`` pages of plain Dutch bakery text (ReportLab), a long agency draft."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canvas = Canvas(out, pagesize=A4)
    line = "Bij Korenaar bakken we elke dag vers brood met de hand, voor de hele buurt."
    for page in range(1, pages + 1):
        text = canvas.beginText(60, 780)
        text.setFont("Helvetica", 10)
        text.textLine(f"Hoofdstuk {page}")
        for number in range(45):
            text.textLine(line if number % 9 else "Wij ontzorgen je graag met goedkoop brood.")
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def fixable_word_draft(path: Path) -> Path:
    """A Word draft in the u-form with a brand word to fix and an advice-only banned word."""
    from docx import Document as WordDocument

    document = WordDocument()
    document.add_heading("Nieuwsbrief", level=1)
    document.add_paragraph("Heeft u al kennis gemaakt met onze broodspecialisten?")
    document.add_paragraph("Wij zijn niet goedkoop, maar wel lekker.")
    document.save(str(path))
    return path


def checked(service: ReviewService, draft: Draft, *, name: str = "nieuwsbrief.txt",
            data: bytes | None = None, title: str = "Nieuwsbrief",
            assignment_id: int | None = None, agency_id: int | None = None,
            lang: str | None = "en", snapshot: ProfileSnapshot | None = None) -> int:
    """A new version of ``draft``, delivered and checked; its id.

    A file is delivered as a dropped file is; a text or paragraphs as ``data`` (by default
    the paragraphs at blank lines) under ``name``. The version goes to a new assignment
    ``title`` (of ``agency_id``) unless ``assignment_id`` names one. For ``lang`` and
    ``snapshot`` see :func:`check_version`.
    """
    if assignment_id is None:
        assignment_id = service.create_assignment(BRAND, title, agency_id=agency_id).id
    if isinstance(draft, Path):
        version = service.add_version_from_file(assignment_id, draft)
    else:
        delivered = draft if isinstance(draft, str) else "\n\n".join(draft)
        version = service.add_version(assignment_id, name,
                                      delivered.encode() if data is None else data)
    return check_version(service, version.id, draft, lang=lang, snapshot=snapshot)


def check_version(service: ReviewService, version_id: int, draft: Draft, *,
                  lang: str | None = "en", snapshot: ProfileSnapshot | None = None) -> int:
    """Check the delivered ``version_id`` as ``draft`` and store the outcome, as the check's
    job would; its id. A file is read as the reader reads it, a text or paragraphs as Dutch.
    The findings speak ``lang`` (``None``: the interface's language); the profile is
    ``snapshot``, by default the revision the check's job takes."""
    from brandregie.checks import check_document  # heavy: only for the tests that check
    from brandregie.ingest import read_document
    from brandregie.ingest.document import Document

    job = service.check_job(version_id)
    if isinstance(draft, Path):
        document = read_document(draft)
    else:
        paragraphs = draft.split("\n\n") if isinstance(draft, str) else list(draft)
        document = Document.from_paragraphs(job.file_name, paragraphs, language="nl")
    report = check_document(document, job.snapshot if snapshot is None else snapshot,
                            lang=lang)
    service.save_check(version_id, report, document)
    return version_id
