"""``brandregie annotate``: the agency's own file back with a comment at each finding."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from tests.review.annotated import libreoffice_pdf, pdf_notes, word_comments
from tests.review.drafts import VERSION_1, pdf_file, word_file

RULE_IDS = ("terminology.", "tone.", "visual.", "readability.", "messages.")


def annotate(pack: Path, draft: Path, out: Path, *extra: str
             ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "brandregie", "annotate", "--pack", str(pack),
                           str(draft), "-o", str(out), *extra], cwd=draft.parent,
                          capture_output=True, text=True, timeout=180, check=False)


def test_a_word_draft_comes_back_with_a_comment_at_each_passage(
        sample_pack_path: Path, tmp_path: Path) -> None:
    draft = tmp_path / "nieuwsbrief.docx"
    draft.write_bytes(word_file(VERSION_1))
    before = hashlib.sha256(draft.read_bytes()).hexdigest()
    out = tmp_path / "feedback.docx"
    result = annotate(sample_pack_path, draft, out, "--lang", "nl")
    assert result.returncode == 0, result.stderr
    pairs = word_comments(out.read_bytes())
    comments = dict(pairs)
    assert "Het merk gebruikt “ontzorgen” niet" in comments["ontzorgen"]
    assert "Schrijf in plaats daarvan: zeg wat we precies doen" in comments["ontzorgen"]
    assert "Een woord dat het merk nooit gebruikt" in comments["goedkoop"]
    assert "Waarom: We zijn eerlijk geprijsd" in comments["goedkoop"]
    assert any("#003366" in text for words, text in pairs if words == "Nieuwsbrief mei")
    assert not any(rule in text for text in comments.values() for rule in RULE_IDS)
    assert hashlib.sha256(draft.read_bytes()).hexdigest() == before  # the original untouched
    # LibreOffice opens the copy and shows each comment at its word (exported as PDF notes).
    converted = libreoffice_pdf(out, tmp_path / "lo")
    text = subprocess.run(["pdftotext", str(converted), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Bij Korenaar ontzorgen we je graag" in text
    notes = {under: note for _page, kind, under, note in pdf_notes(converted)}
    ontzorgen = next(n for n in notes.values() if "“ontzorgen”" in n)
    goedkoop = next(n for n in notes.values() if "“goedkoop”" in n)
    assert ontzorgen.startswith("Een woord dat het merk nooit gebruikt")
    assert goedkoop != ontzorgen


def test_libreoffice_puts_each_comment_beside_its_word(sample_pack_path: Path,
                                                        tmp_path: Path) -> None:
    import pypdfium2 as pdfium
    from pypdf import PdfReader

    draft = tmp_path / "nieuwsbrief.docx"
    draft.write_bytes(word_file(VERSION_1))
    out = tmp_path / "feedback.docx"
    assert annotate(sample_pack_path, draft, out, "--lang", "en").returncode == 0
    converted = libreoffice_pdf(out, tmp_path / "lo")
    page = PdfReader(converted).pages[0]
    text_page = pdfium.PdfDocument(str(converted))[0].get_textpage()
    text = text_page.get_text_range()
    for word in ("ontzorgen", "goedkoop"):
        start = text.index(word)
        text_page.count_rects(start, len(word))
        left, bottom, right, top = text_page.get_rect(0)
        note = next(a.get_object() for a in page.get("/Annots") or []
                    if f"“{word}”" in str(a.get_object().get("/Contents", "")))
        x, y = float(note["/Rect"][0]), float(note["/Rect"][1])
        assert left - 2 <= x <= right + 2 and bottom - 6 <= y <= top + 6
        assert str(note["/Contents"]).startswith("A word the brand never uses")


def test_a_pdf_draft_comes_back_with_highlights_and_notes_at_the_right_pages(
        sample_pack_path: Path, tmp_path: Path) -> None:
    draft = tmp_path / "folder.pdf"
    draft.write_bytes(pdf_file(3))
    out = tmp_path / "folder-feedback.pdf"
    result = annotate(sample_pack_path, draft, out, "--lang", "nl")
    assert result.returncode == 0, result.stderr
    subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)
    notes = pdf_notes(out)
    banned = [(page, under) for page, kind, under, note in notes
              if kind == "/Highlight" and "“ontzorgen”" in note]
    # pdf_file puts "ontzorgen" on lines 1, 10, 19, 28 and 37 of each of its three pages
    assert sorted({page for page, _under in banned}) == [1, 2, 3]
    assert len(banned) == 15 and {under for _page, under in banned} == {"ontzorgen"}
    assert not any(rule in note for *_rest, note in notes for rule in RULE_IDS)


def test_a_text_draft_comes_back_as_the_feedback_report(sample_pack_path: Path,
                                                        tmp_path: Path) -> None:
    draft = tmp_path / "post.txt"
    draft.write_text("Bij Korenaar ontzorgen we je graag met goedkoop brood.\n", "utf-8")
    out = tmp_path / "post-feedback.pdf"
    result = annotate(sample_pack_path, draft, out, "--lang", "en")
    assert result.returncode == 0, result.stderr
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Feedback report" in text or "FEEDBACK REPORT" in text
    assert "“ontzorgen”" in text and "A word the brand never uses" in text


@pytest.mark.parametrize("args", [("--lang", "fr"), ()])
def test_bad_input_exits_2_with_one_line(sample_pack_path: Path, tmp_path: Path,
                                         args: tuple[str, ...]) -> None:
    missing = tmp_path / "missing.docx"
    result = annotate(sample_pack_path, missing, tmp_path / "out.docx", *args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_fail_under_exits_1_after_writing(sample_pack_path: Path, tmp_path: Path) -> None:
    draft = tmp_path / "nieuwsbrief.docx"
    draft.write_bytes(word_file(VERSION_1))
    out = tmp_path / "feedback.docx"
    result = annotate(sample_pack_path, draft, out, "--fail-under", "100")
    assert result.returncode == 1 and out.stat().st_size > 0
