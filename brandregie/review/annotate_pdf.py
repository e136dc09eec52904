"""A copy of the agency's PDF with a highlight and its note at each note's passage.

PDFium finds the passage's words on its page (any white space between them, so a passage
broken over two lines is found too) and gives their boxes; pypdf adds a Highlight annotation
over them whose note (``/Contents``) is the comment, which every PDF viewer shows on hover and
in its comments pane. A note whose words are not on the page (a colour, a font) becomes a
sticky note in the page's top left corner. The pages themselves are copied untouched.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

import pypdfium2 as pdfium
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Highlight, Text
from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

from brandregie.review.notes import Note

Box = tuple[float, float, float, float]
HIGHLIGHT = "ffd54f"


def _pattern(passage: str) -> re.Pattern[str] | None:
    words = passage.replace("…", " ").split()
    if not words:
        return None
    return re.compile(r"\s*".join(re.escape(w) for w in words[:60]), re.IGNORECASE)


def _boxes(page: pdfium.PdfPage, pattern: re.Pattern[str], after: int) -> tuple[list[Box], int]:
    """The boxes of the first match at or after character ``after`` (none: ``[]``)."""
    text_page = page.get_textpage()
    try:
        text = text_page.get_text_range()
        match = pattern.search(text, after)
        if match is None:
            return [], after
        count = text_page.count_rects(match.start(), match.end() - match.start())
        return [text_page.get_rect(i) for i in range(count)], match.start()
    finally:
        text_page.close()


def locate(data: bytes, notes: Sequence[Note]) -> list[tuple[int, list[Box]]]:
    """Per note, its page (0-based) and its boxes there (``[]``: not found on the page)."""
    pdf = pdfium.PdfDocument(data)
    try:
        pages = len(pdf)
        found: list[tuple[int, list[Box]]] = []
        cursor: dict[int, int] = {}
        for note in notes:
            index = min(max((note.page or 1) - 1, 0), pages - 1)
            pattern = _pattern(note.passage)
            boxes: list[Box] = []
            if pattern is not None:
                order = [index, *(i for i in range(pages) if i != index)]
                for candidate in order[:50]:
                    page = pdf[candidate]
                    try:
                        boxes, start = _boxes(page, pattern, cursor.get(candidate, 0))
                    finally:
                        page.close()
                    if boxes:
                        index, cursor[candidate] = candidate, start
                        break
            found.append((index, boxes))
        return found
    finally:
        pdf.close()


def _highlight(boxes: list[Box], note: Note, author: str) -> Highlight:
    quads: list[float] = []
    for left, bottom, right, top in boxes:
        quads += [left, top, right, top, left, bottom, right, bottom]
    rect = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes))
    annotation = Highlight(rect=rect, quad_points=ArrayObject(FloatObject(q) for q in quads),
                           highlight_color=HIGHLIGHT, printing=True)
    annotation[NameObject("/Contents")] = TextStringObject(note.text)
    annotation[NameObject("/T")] = TextStringObject(author)
    return annotation


def annotate_pdf(data: bytes, notes: Sequence[Note], author: str) -> bytes:
    """``data`` (a PDF) with a highlight or sticky note per note; the bytes of the new file."""
    places = locate(data, notes)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    corner: dict[int, int] = {}
    for note, (index, boxes) in zip(notes, places, strict=True):
        if boxes:
            writer.add_annotation(index, _highlight(boxes, note, author))
            continue
        box = writer.pages[index].mediabox
        shift = 24 * corner.get(index, 0)
        corner[index] = corner.get(index, 0) + 1
        top, left = float(box.top) - 36 - shift, float(box.left) + 12
        sticky = Text(rect=(left, top, left + 20, top + 20), text=note.text)
        sticky[NameObject("/T")] = TextStringObject(author)
        writer.add_annotation(index, sticky)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
