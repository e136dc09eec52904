"""Fixtures for export tests: a second brand (Vonk) with its own fonts, colours and logo."""

from __future__ import annotations

import dataclasses
import zipfile
from datetime import date
from pathlib import Path

import pytest

from brandregie.profile.pack import read_pack
from brandregie.profile.snapshot import ProfileSnapshot

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "brands"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "export"
TODAY = date(2026, 11, 24)


def make_brandpack(folder: Path, dest: Path) -> Path:
    """Zip a pack folder (brand.json plus fonts/ and logos/) into a ``.brandpack``."""
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file() and not file.name.startswith("LICENSE"):
                archive.write(file, file.relative_to(folder).as_posix())
    return dest


@pytest.fixture(scope="session")
def vonk_pack_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_brandpack(FIXTURES / "vonk", tmp_path_factory.mktemp("packs") / "vonk.brandpack")


@pytest.fixture
def vonk_snapshot(vonk_pack_path: Path) -> ProfileSnapshot:
    """Vonk Installatietechniek at revision 7: Liberation fonts, blue and yellow, a PNG logo."""
    return dataclasses.replace(read_pack(vonk_pack_path), revision=7, brand_id=2)


@pytest.fixture
def artifacts() -> Path:
    """Where renders go for a person to look at (gitignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
