"""Reading back what an annotated file holds, as Word, LibreOffice and PDF viewers would."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import docx
import pypdfium2 as pdfium
from docx.oxml.ns import qn
from pypdf import PdfReader

#: LibreOffice's PDF export with the comments kept as PDF notes.
LO_FILTER = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'


def word_comments(data: bytes) -> list[tuple[str, str]]:
    """(the commented words, the comment's text) of each comment, in the file's order."""
    document = docx.Document(io.BytesIO(data))
    texts = {c.comment_id: c.text for c in document.comments}
    found = []
    for start in document.element.body.iter(qn("w:commentRangeStart")):
        ident = start.get(qn("w:id"))
        words: list[str] = []
        for element in start.itersiblings():
            if element.tag == qn("w:commentRangeEnd") and element.get(qn("w:id")) == ident:
                break
            words.extend(t.text or "" for t in element.iter(qn("w:t")))
        found.append(("".join(words), texts[int(ident or -1)]))
    return found


def pdf_notes(path: Path) -> list[tuple[int, str, str, str]]:
    """(page, subtype, the page's words under the note, its text) of each annotation."""
    reader = PdfReader(path)
    pdf = pdfium.PdfDocument(str(path))
    found = []
    try:
        for number, page in enumerate(reader.pages, start=1):
            text_page = pdf[number - 1].get_textpage()
            for ref in page.get("/Annots") or []:
                note = ref.get_object()
                if note.get("/Subtype") == "/Popup":
                    continue
                left, bottom, right, top = (float(v) for v in note["/Rect"])
                under = text_page.get_text_bounded(left - 1, bottom - 1, right + 1, top + 1)
                found.append((number, str(note["/Subtype"]), " ".join(under.split()),
                              str(note.get("/Contents", ""))))
            text_page.close()
    finally:
        pdf.close()
    return found


def libreoffice_pdf(docx_path: Path, out_dir: Path) -> Path:
    """``docx_path`` converted by LibreOffice (its own profile, so runs never collide)."""
    profile = (out_dir / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", LO_FILTER, "--outdir", str(out_dir), str(docx_path)],
                   check=True, capture_output=True, timeout=180)
    return out_dir / (docx_path.stem + ".pdf")
