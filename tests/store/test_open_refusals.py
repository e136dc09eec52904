"""Opening refuses what is not a BrandRegie database it can work with, and writes nothing."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from brandregie.errors import StoreError
from brandregie.paths import sample_pack
from brandregie.store.database import DamagedDatabaseError, open_store
from tests.hostile.databases import (
    another_programs_database,
    brandregie_database,
    byte_flipped,
    from_a_newer_brandregie,
)


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "brandregie", *map(str, args)],
                          capture_output=True, text=True, timeout=120, check=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_another_programs_database_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    db = another_programs_database(tmp_path)
    before = digest(db)
    result = cli("pack", "import", sample_pack(), "--db", db)
    assert result.returncode == 2
    assert "another program's database, not BrandRegie's; nothing was changed" in result.stderr
    assert result.stderr.count("\n") == 1
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]
    with pytest.raises(StoreError, match="another program"):  # what the app opens at start
        open_store(db)
    assert digest(db) == before


def test_a_database_from_a_newer_brandregie_says_update_the_app(tmp_path: Path) -> None:
    db = from_a_newer_brandregie(tmp_path)
    before = digest(db)
    result = cli("check", "--db", db, "--brand", "Bakkerij Korenaar", sample_pack())
    assert result.returncode == 2
    assert "made by a newer BrandRegie (schema 42); update the app" in result.stderr
    assert digest(db) == before


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_damaged_database_points_at_backup_restore(tmp_path: Path, seed: int) -> None:
    db = byte_flipped(tmp_path, seed)
    result = cli("pack", "export", "Bakkerij Korenaar", "-o", tmp_path / "out.json", "--db", db)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "is damaged; put back a backup: `brandregie backup list`" in result.stderr
    with pytest.raises(DamagedDatabaseError):
        open_store(db)


def test_a_good_database_still_opens(tmp_path: Path) -> None:
    with open_store(brandregie_database(tmp_path)) as store:
        assert store.is_sqlite
