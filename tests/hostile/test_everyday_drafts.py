"""The broken and hostile drafts people really drop, through the command line: each ends with
the exit code of DESIGN.md and one clear sentence (a refusal on stderr, or a note in the
report), never a traceback. Time and memory: ``bench/bench_hostile.py`` (no timed tests)."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from brandregie.ingest import read_document
from tests.hostile import everyday as e
from tests.hostile.test_hostile_drafts import assert_clean_end, check

pytestmark = pytest.mark.slow

REFUSED: list[tuple[Callable[[Path], Path], str]] = [
    (partial(e.docx_zip_bomb, megabytes=450),
     "bom.docx was not opened because it looks unsafe: it unpacks to 450 MB"),
    (e.docx_bomb_lying_in_its_headers, "bom.docx is damaged: it is not a valid Word file"),
    (partial(e.pdf_of_many_pages, pages=5_000),
     "dik.pdf is too large to check: 5,000 pages (at most 2,000)"),
    (e.png_of_billions_of_pixels, "poster.png is too large to check: 60,000 x 60,000 pixels "
                                  "(at most 64 megapixels)"),
    (e.program_named_docx, "factuur.docx is not a Word file: it may be another kind of file "
                           "renamed, or damaged"),
    (e.empty_file, "leeg.docx is empty"),
    (e.random_bytes_named_txt, "ruis.txt is not a text file: it holds binary data, not text"),
]


@pytest.mark.parametrize(("make", "sentence"), REFUSED,
                         ids=[sentence.split()[0] for _make, sentence in REFUSED])
def test_a_draft_that_cannot_be_checked_is_one_sentence_and_exit_2(
        make: Callable[[Path], Path], sentence: str, tmp_path: Path) -> None:
    result = check(make(tmp_path), "text")
    assert_clean_end(result)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [f"brandregie: {sentence}"]


READ: list[tuple[Callable[[Path], Path], str, str | None]] = [
    (e.pdf_claiming_two_billion_pages, e.TEXT, None),
    (e.pdf_with_a_broken_xref, e.TEXT, None),
    (e.pdf_named_docx, e.TEXT,
     "eigenlijk-pdf.docx is not a Word file: it is a PDF, and was read as such"),
    (e.text_named_pdf, e.TEXT,
     "eigenlijk-tekst.pdf is not a PDF: it is plain text, and was read as such"),
    (e.html_with_a_huge_data_uri, e.TEXT, "embedded image 1 is damaged: it is not a valid image"),
    (e.html_with_an_inline_pixel_bomb, e.TEXT, "embedded image 1 is too large to check: "
                                               "60,000 x 60,000 pixels (at most 64 megapixels)"),
    (e.latin1_text, "Café De Korenaar: één brood, €2,50. ‘Lekker’, zeggen ze.", None),
    (e.utf16_text, e.TEXT, None),
    (e.markdown_of_nested_lists, e.TEXT, None),
    (e.email_with_a_subject_folded_a_million_times, e.TEXT, None),
    (partial(e.one_line_without_spaces, megabytes=3), "wijzijneenbakkerij",
     "only the first 2,000,000 characters of {size:,} were checked; the rest was not read"),
]


@pytest.mark.parametrize(("make", "excerpt", "note"), READ,
                         ids=[make.func.__name__ if isinstance(make, partial) else make.__name__
                              for make, _excerpt, _note in READ])
def test_a_draft_that_can_be_read_is_checked_and_says_what_was_left_out(
        make: Callable[[Path], Path], excerpt: str, note: str | None, tmp_path: Path) -> None:
    draft = make(tmp_path)
    notes = [note.format(size=draft.stat().st_size)] if note else []
    document = read_document(draft)
    assert excerpt in document.text and list(document.notes) == notes
    result = check(draft)
    assert_clean_end(result)
    assert result.returncode == 0, result.stderr
    [report] = json.loads(result.stdout)
    assert report["notes"] == notes and report["language"] == "nl"
