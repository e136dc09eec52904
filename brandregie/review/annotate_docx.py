"""A copy of the agency's Word file with a real Word comment at each note's passage.

Word anchors a comment on whole runs, so the run holding a passage's first and last character
is split there (only runs of plain text are split; a run with a tab or a break is taken whole).
Passages are found in reading order, each from where the one before began, so a word said
twice gets each comment at its own place; a note whose words are not found (a colour, a font,
a key message the draft lacks) is put on the draft's first paragraph with text.
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Sequence

import docx
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from brandregie.review.notes import Note

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_RUN_PATHS = "./w:r | ./w:hyperlink/w:r | ./w:ins/w:r | ./w:smartTag/w:r"
_PLAIN = {qn("w:rPr"), qn("w:t")}


def _paragraphs(document: WordDocument) -> list[Paragraph]:
    """Every paragraph of the body (table cells too) in reading order, no fallback copies."""
    found = []
    for element in document.element.body.iter(qn("w:p")):
        if any(a.tag == _MC_FALLBACK for a in element.iterancestors()):
            continue
        found.append(Paragraph(element, document))
    return found


def _runs(paragraph: Paragraph) -> list[Run]:
    return [Run(r, paragraph) for r in paragraph._p.xpath(_RUN_PATHS)]


def _split(run: Run, at: int) -> None:
    """Split a plain-text run so that a new run starts at character ``at``."""
    text = run.text
    tail = copy.deepcopy(run._r)
    run._r.addnext(tail)
    run.text = text[:at]
    Run(tail, run._parent).text = text[at:]


def _isolate(paragraph: Paragraph, start: int, end: int) -> list[Run]:
    """The runs that hold exactly ``start:end`` of the paragraph's run text, split as needed."""
    for boundary in (start, end):
        position = 0
        for run in _runs(paragraph):
            length = len(run.text)
            if position < boundary < position + length:
                if {child.tag for child in run._r} <= _PLAIN:
                    _split(run, boundary - position)
                break
            position += length
    chosen, position = [], 0
    for run in _runs(paragraph):
        length = len(run.text)
        if length and position < end and start < position + length:
            chosen.append(run)
        position += length
    return chosen


def _pattern(passage: str) -> re.Pattern[str] | None:
    words = passage.replace("…", " ").split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words[:60]))


def _find(paragraphs: Sequence[Paragraph], pattern: re.Pattern[str], cursor: tuple[int, int]
          ) -> tuple[int, int, int] | None:
    """(paragraph, start, end) of the first match at or after ``cursor``, else from the top."""
    for first, offset in (cursor, (0, 0)):
        for index in range(first, len(paragraphs)):
            text = "".join(r.text for r in _runs(paragraphs[index]))
            match = pattern.search(text, offset if index == first else 0)
            if match is not None:
                return index, match.start(), match.end()
    return None


def annotate_docx(data: bytes, notes: Sequence[Note], author: str) -> bytes:
    """``data`` (a .docx) with a comment per note; the bytes of the new file."""
    document = docx.Document(io.BytesIO(data))
    paragraphs = _paragraphs(document)
    with_text = [p for p in paragraphs if any(r.text.strip() for r in _runs(p))]
    initials = "".join(w[0] for w in author.split()[:3]).upper()
    cursor = (0, 0)
    for note in notes:
        pattern = _pattern(note.passage)
        place = _find(paragraphs, pattern, cursor) if pattern is not None else None
        if place is not None:
            index, start, end = place
            runs = _isolate(paragraphs[index], start, end)
            cursor = (index, start)
        else:
            runs = [r for r in _runs(with_text[0]) if r.text] if with_text else []
        if not runs:
            continue
        document.add_comment(runs, text=note.text, author=author, initials=initials)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
