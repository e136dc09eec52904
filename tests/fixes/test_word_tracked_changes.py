"""A Word file made by LibreOffice, fixed with tracked changes, read back by Word's peers.

The draft has headings, a table, a header and an image; ``brandregie fix`` must give a copy that
python-docx opens, that LibreOffice prints with both the deleted and the inserted words, whose
text after "accept all changes" is the corrected copy, and that keeps styles, table, header and
image. A re-check of the accepted copy finds nothing left of what was fixed.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import docx
import pytest
from docx.text.paragraph import Paragraph
from lxml import etree
from PIL import Image

from brandregie.checks import check_document
from brandregie.fixes.docx import W, WordDraft
from brandregie.ingest import read_document
from brandregie.profile.snapshot import ProfileSnapshot

HEADER = "Bakkerij Korenaar, nieuwsbrief van december"
INTRO = ("Heeft u al kennis gemaakt met onze broodspecialisten? Zij bakken elke dag "
         "vers brood voor u.")
CELL = "Kunt u niet komen? Bel ons gerust."
CLOSING = "Als u vragen heeft, kunt u ons bellen. Meldt u zich aan voor de nieuwsbrief!!"
ADVICE = "Wij hebben passie voor brood, en ons brood is niet goedkoop."
FIXED_KINDS = {"terminology.preferred", "terminology.brand-name", "tone.address"}


def _soffice(source: Path, target: str, out_dir: Path) -> Path:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", target, "--outdir", str(out_dir), str(source)],
                       check=True, capture_output=True, timeout=180)
    return out_dir / (source.stem + "." + target.split(":")[0])


@pytest.fixture(scope="module")
def made_by_libreoffice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The agency's draft: written with python-docx, saved again by LibreOffice as .docx."""
    assert shutil.which("soffice"), "LibreOffice (scripts/setup test_packages) is needed"
    folder = tmp_path_factory.mktemp("lo")
    picture = io.BytesIO()
    Image.new("RGB", (120, 60), (200, 16, 46)).save(picture, "PNG")
    picture.seek(0)
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = HEADER
    document.add_heading("Welkom bij Koren aar", level=1)
    document.add_paragraph(INTRO)
    document.add_heading("Openingstijden", level=2)
    table = document.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "Maandag tot zaterdag"
    table.cell(0, 1).text = "Van zeven tot zes."
    table.cell(1, 0).text = "Zondag"
    table.cell(1, 1).text = CELL
    document.add_picture(picture)
    document.add_paragraph(CLOSING)
    document.add_paragraph(ADVICE)
    source = folder / "source.docx"
    document.save(str(source))
    made = _soffice(source, "docx:MS Word 2007 XML", folder / "lo")
    return made


@pytest.fixture(scope="module")
def fixed(made_by_libreoffice: Path, tmp_path_factory: pytest.TempPathFactory
          ) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("fixed") / "nieuwsbrief-fixed.docx"
    pack = Path(__file__).resolve().parents[2] / "resources" / "sample" / "korenaar.json"
    result = subprocess.run(
        [sys.executable, "-m", "brandregie", "fix", "--pack", str(pack),
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
    pdf = _soffice(out, "pdf", tmp_path)
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
