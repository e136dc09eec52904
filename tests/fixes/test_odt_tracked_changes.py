"""An OpenDocument text made by LibreOffice, fixed with ODF tracked changes.

LibreOffice prints both the deleted and the inserted words; the reader (as "accept all" would)
sees only the brand's words, so a re-check finds nothing of what was fixed; styles, pictures
and the header's part are the bytes they were.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from brandregie.checks import check_document
from brandregie.ingest import read_document
from brandregie.profile.snapshot import ProfileSnapshot
from tests.fixes.conftest import PACK, soffice

FIXED_KINDS = {"terminology.preferred", "terminology.brand-name", "tone.address"}


@pytest.fixture(scope="module")
def fixed_odt(odt_by_libreoffice: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fixed") / "nieuwsbrief-fixed.odt"
    result = subprocess.run(
        [sys.executable, "-m", "brandregie", "fix", "--pack", str(PACK),
         str(odt_by_libreoffice), "-o", str(out), "--author", "Anna de Bakker", "--lang",
         "en"], capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    assert "“Heeft u” → “Heb je”" in result.stdout
    return out


def test_libreoffice_shows_both_words_of_each_change(fixed_odt: Path, tmp_path: Path) -> None:
    text = subprocess.run(["pdftotext", str(soffice(fixed_odt, "pdf", tmp_path)), "-"],
                          capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for deleted, inserted in (("broodspecialisten", "bakkers"), ("Koren aar", "Korenaar"),
                              ("Meldt", "Meld")):
        assert deleted in flat and inserted in flat, (deleted, inserted)


def test_the_accepted_text_has_the_brands_words(fixed_odt: Path, odt_by_libreoffice: Path,
                                                sample_snapshot: ProfileSnapshot) -> None:
    document = read_document(fixed_odt)
    assert "Heb je al kennis gemaakt met onze bakkers?" in document.text
    assert "Meld je aan voor de nieuwsbrief!" in document.text
    assert "broodspecialisten" not in document.text
    report = check_document(document, sample_snapshot)
    assert [f for f in report.findings if f.rule in FIXED_KINDS] == []
    with zipfile.ZipFile(odt_by_libreoffice) as a, zipfile.ZipFile(fixed_odt) as b:
        assert b.namelist()[0] == "mimetype"
        assert b.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        for name in a.namelist():
            if name != "content.xml" and not name.endswith("/"):  # parts, not folders
                assert a.read(name) == b.read(name), name
        content = b.read("content.xml").decode("utf-8")
    assert "<dc:creator>Anna de Bakker</dc:creator>" in content
