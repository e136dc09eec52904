"""A Word file made by LibreOffice, fixed with tracked changes, read back by Word's peers.

The draft has headings, a table, a header and an image; ``brandregie fix`` must give a copy that
python-docx opens, that LibreOffice prints with both the deleted and the inserted words, whose
text after "accept all changes" is the corrected copy, and that keeps styles, table, header and
image. A re-check of the accepted copy finds nothing left of what was fixed.
"""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.text.paragraph import Paragraph
from lxml import etree

from brandregie.checks import check_document
from brandregie.fixes.docx import W, WordDraft
from brandregie.ingest import read_document
from brandregie.profile.snapshot import ProfileSnapshot
from tests.fixes.conftest import HEADER, PACK, soffice

FIXED_KINDS = {"terminology.preferred", "terminology.brand-name", "tone.address"}


@pytest.fixture(scope="module")
def fixed(made_by_libreoffice: Path, tmp_path_factory: pytest.TempPathFactory
          ) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("fixed") / "nieuwsbrief-fixed.docx"
    result = subprocess.run(
        [sys.executable, "-m", "brandregie", "fix", "--pack", str(PACK),
         str(made_by_libreoffice), "-o", str(out), "--author", "Anna de Bakker", "--lang",
         "en"], capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    return out, result


def _accept_all(data: bytes) -> bytes:
    """What Word's "accept all changes" does: deletions go, insertions stay as plain runs."""
    source = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(source.read("word/document.xml"))
    for deletion in list(root.iter(f"{{{W}}}del")):
        deletion.getparent().remove(deletion)
    for insertion in list(root.iter(f"{{{W}}}ins")):
        parent = insertion.getparent()
        at = parent.index(insertion)
        for offset, child in enumerate(list(insertion)):
            parent.insert(at + offset, child)
        parent.remove(insertion)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "word/document.xml":
                body = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            target.writestr(info, body)
    return out.getvalue()


def _body_texts(data: bytes) -> list[str]:
    document = docx.Document(io.BytesIO(data))
    return [Paragraph(p, document).text for p in document.element.body.iter(f"{{{W}}}p")]


def test_the_fix_command_says_what_it_changed(fixed: tuple[Path, object]) -> None:
    _, result = fixed
    out = result.stdout  # type: ignore[attr-defined]
    assert "“Koren aar” → “Korenaar”" in out
    assert "“Heeft u” → “Heb je”" in out
    assert "“broodspecialisten” → “bakkers”" in out
    assert "“kunt u” → “kun je”" in out


def test_python_docx_reads_it_with_styles_table_header_and_image(
        made_by_libreoffice: Path, fixed: tuple[Path, object]) -> None:
    out, _ = fixed
    before = docx.Document(str(made_by_libreoffice))
    after = docx.Document(str(out))
    styles = [p.style.name if p.style else None for p in after.paragraphs]
    assert styles == [p.style.name if p.style else None for p in before.paragraphs]
    assert any(name and name.startswith("Heading") for name in styles)
    assert len(after.tables) == 1 and after.tables[0].cell(1, 0).text == "Zondag"
    assert after.sections[0].header.paragraphs[0].text == HEADER
    assert len(after.inline_shapes) == 1
    with zipfile.ZipFile(made_by_libreoffice) as a, zipfile.ZipFile(out) as b:
        for name in a.namelist():
            if name.startswith("word/media/") or name in ("word/styles.xml",) \
                    or name.startswith("word/header"):
                assert a.read(name) == b.read(name), name
        document = b.read("word/document.xml").decode("utf-8")
    assert 'w:author="Anna de Bakker"' in document
    assert "<w:delText" in document and "<w:ins " in document


def test_libreoffice_prints_the_deleted_and_the_inserted_words(
        fixed: tuple[Path, object], tmp_path: Path) -> None:
    out, _ = fixed
    pdf = soffice(out, "pdf", tmp_path)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    for deleted, inserted in (("broodspecialisten", "bakkers"), ("Koren aar", "Korenaar"),
                              ("Heeft u", "Heb je"), ("Meldt u zich", "Meld je")):
        assert deleted in flat and inserted in flat, (deleted, inserted)


def test_accepting_all_changes_gives_the_corrected_copy(
        made_by_libreoffice: Path, fixed: tuple[Path, object],
        sample_snapshot: ProfileSnapshot) -> None:
    out, _ = fixed
    accepted = _accept_all(out.read_bytes())
    texts = _body_texts(accepted)
    assert "Welkom bij Korenaar" in texts
    assert ("Heb je al kennis gemaakt met onze bakkers? Zij bakken elke dag vers brood "
            "voor jou.") in texts
    assert "Kun je niet komen? Bel ons gerust." in texts
    assert ("Als je vragen hebt, kun je ons bellen. Meld je aan voor de nieuwsbrief!"
            in texts)
    # The same text as the corrected copy the fixer makes of the original paragraphs.
    from brandregie.fixes.propose import propose

    with zipfile.ZipFile(made_by_libreoffice) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    original = WordDraft(members, made_by_libreoffice.name)
    fixes, _report = propose(original.document, sample_snapshot)
    corrected = original.corrected_paragraphs([f for f in fixes if f.safe])
    assert texts == corrected


def test_the_recheck_finds_nothing_left_of_the_fixed_kinds(
        fixed: tuple[Path, object], sample_snapshot: ProfileSnapshot, tmp_path: Path) -> None:
    out, _ = fixed
    accepted = tmp_path / "accepted.docx"
    accepted.write_bytes(_accept_all(out.read_bytes()))
    for path in (out, accepted):  # the reader itself reads a tracked copy as accepted
        report = check_document(read_document(path), sample_snapshot)
        left = [f for f in report.findings if f.rule in FIXED_KINDS]
        assert left == []


def test_the_remaining_findings_are_comments(fixed: tuple[Path, object]) -> None:
    out, _ = fixed
    with zipfile.ZipFile(out) as archive:
        comments = archive.read("word/comments.xml").decode("utf-8")
        types = archive.read("[Content_Types].xml").decode("utf-8")
    assert "comments+xml" in types
    assert "Several exclamation marks" not in comments  # fixed, so no comment
    assert "“passie voor brood” is on the brand's own list" in comments
    assert "Proposal: “goedkoop” → “eerlijke prijs”" in comments  # to check, not applied
    assert 'w:author="Anna de Bakker"' in comments
