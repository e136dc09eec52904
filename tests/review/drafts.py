"""Word drafts built with python-docx, as an agency would deliver them (fonts and colours)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from docx import Document as WordDocument
from docx.shared import Pt, RGBColor

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
    document = WordDocument()
    document.add_heading("Nieuwsbrief", level=1)
    document.add_paragraph("Heeft u al kennis gemaakt met onze broodspecialisten?")
    document.add_paragraph("Wij zijn niet goedkoop, maar wel lekker.")
    document.save(str(path))
    return path
