"""The agency's draft made by LibreOffice (Word and OpenDocument), shared by the fix tests."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
import pytest
from PIL import Image

HEADER = "Bakkerij Korenaar, nieuwsbrief van december"
INTRO = ("Heeft u al kennis gemaakt met onze broodspecialisten? Zij bakken elke dag "
         "vers brood voor u.")
CELL = "Kunt u niet komen? Bel ons gerust."
CLOSING = "Als u vragen heeft, kunt u ons bellen. Meldt u zich aan voor de nieuwsbrief!!"
ADVICE = "Wij hebben passie voor brood, en ons brood is niet goedkoop."
PACK = Path(__file__).resolve().parents[2] / "resources" / "sample" / "korenaar.json"


def soffice(source: Path, target: str, out_dir: Path) -> Path:
    """``source`` converted by LibreOffice (its own profile, so runs never share one)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", target, "--outdir", str(out_dir), str(source)],
                       check=True, capture_output=True, timeout=180)
    return out_dir / (source.stem + "." + target.split(":")[0])


@pytest.fixture(scope="session")
def made_by_libreoffice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The agency's draft: headings, a table, a header and an image, written with python-docx
    and saved again by LibreOffice as .docx."""
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
    return soffice(source, "docx:MS Word 2007 XML", folder / "lo")


@pytest.fixture(scope="session")
def odt_by_libreoffice(made_by_libreoffice: Path,
                       tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same draft as LibreOffice's own OpenDocument text."""
    return soffice(made_by_libreoffice, "odt", tmp_path_factory.mktemp("odt"))
