"""A draft whose content is not what its name says: read as what it is when that is text or a
format we read, with a note that says so; refused in one sentence naming both when it is not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from brandregie.i18n import set_language
from brandregie.ingest import read_document
from brandregie.ingest.errors import DocumentError
from brandregie.ingest.mismatch import NOT_WHAT_NAMED, WHAT_IT_IS

TEXT = "Bij Bakkerij Korenaar bakken we elke ochtend vers brood voor de hele buurt."


@pytest.fixture
def dutch() -> Iterator[None]:
    set_language("nl")
    yield
    set_language("en")


@pytest.mark.parametrize(("name", "content", "kind", "note"), [
    ("brief.pdf", TEXT, "text", "brief.pdf is not a PDF: it is plain text, and was read as such"),
    ("vacature.docx", TEXT, "text",
     "vacature.docx is not a Word file: it is plain text, and was read as such"),
    ("nieuwsbrief.odt", f"<!DOCTYPE html><html><body><p>{TEXT}</p></body></html>", "html",
     "nieuwsbrief.odt is not an OpenDocument text: it is a web page, and was read as such"),
    ("logo.png", f"From: bureau@example.nl\nTo: anna@korenaar.nl\nSubject: Tekst\n\n{TEXT}",
     "email", "logo.png is not an image: it is an e-mail message, and was read as such"),
])
def test_text_under_a_binary_name_is_read_as_what_it_is_and_says_so(
        tmp_path: Path, name: str, content: str, kind: str, note: str) -> None:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    document = read_document(path)
    assert document.kind == kind and TEXT in document.text
    assert document.notes[0] == note


def test_a_picture_named_txt_says_it_is_an_image(drafts: Path, tmp_path: Path) -> None:
    path = tmp_path / "notitie.txt"
    path.write_bytes((drafts / "logo.png").read_bytes())
    document = read_document(path)
    assert document.kind == "image"
    assert document.notes == ("notitie.txt is not a text file: it is an image, and was read as "
                              "such",)


def test_names_that_agree_with_their_content_get_no_note(drafts: Path, tmp_path: Path) -> None:
    (tmp_path / "oud.doc").write_bytes((drafts / "vacature.docx").read_bytes())
    (tmp_path / "pagina.txt").write_text(f"<!DOCTYPE html><html><p>{TEXT}</p></html>", "utf-8")
    assert read_document(tmp_path / "oud.doc").notes == ()
    assert read_document(tmp_path / "pagina.txt").notes == ()


@pytest.mark.parametrize(("name", "content", "sentence"), [
    ("factuur.docx", b"MZ\x90\x00" + bytes(range(256)) * 40,
     "factuur.docx is not a Word file: it may be another kind of file renamed, or damaged"),
    ("foto.png", bytes(range(256)) * 40,
     "foto.png is not an image: it may be another kind of file renamed, or damaged"),
    ("nieuwsbrief.html", bytes(range(256)) * 40,
     "nieuwsbrief.html is not a web page: it holds binary data, not text"),
    ("tekst.txt", bytes(range(256)) * 40,
     "tekst.txt is not a text file: it holds binary data, not text"),
])
def test_bytes_of_no_known_format_are_refused_naming_what_the_name_promised(
        tmp_path: Path, name: str, content: bytes, sentence: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert caught.value.message == sentence


@pytest.mark.usefixtures("dutch")
def test_the_note_and_the_refusal_are_in_dutch(tmp_path: Path) -> None:
    (tmp_path / "brief.pdf").write_text(TEXT, "utf-8")
    (tmp_path / "factuur.docx").write_bytes(b"MZ\x90\x00" + bytes(range(256)) * 40)
    assert read_document(tmp_path / "brief.pdf").notes == (
        "brief.pdf is geen PDF: het is platte tekst en is als zodanig gelezen",)
    with pytest.raises(DocumentError) as caught:
        read_document(tmp_path / "factuur.docx")
    assert caught.value.message == ("factuur.docx is geen Word-bestand: het is misschien een "
                                    "ander soort bestand met een andere naam, of het is "
                                    "beschadigd")


@pytest.mark.usefixtures("dutch")
def test_every_part_of_these_sentences_has_its_dutch() -> None:
    from brandregie.i18n import _catalogue

    dutch = _catalogue("nl")
    assert [m for m in (*NOT_WHAT_NAMED.values(), *WHAT_IT_IS.values()) if m not in dutch] == []



def test_the_note_is_known_in_every_language_a_report_may_have_been_checked_in() -> None:
    from brandregie.ingest.mismatch import read_as_notes

    assert read_as_notes("brief.pdf", "pdf", "text") == {
        "brief.pdf is not a PDF: it is plain text, and was read as such",
        "brief.pdf is geen PDF: het is platte tekst en is als zodanig gelezen"}
    assert read_as_notes("brief.txt", "text", "text") == frozenset()
