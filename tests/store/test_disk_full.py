"""A disk that fills up during a migration leaves a database that opens once there is room.

The disk is a real, small tmpfs (mounting needs root: the test is skipped without it). Before
migrations ran in one explicit transaction, a full disk during the first creation left half the
tables behind, and every later open failed with "table assets already exists".
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from brandregie.paths import sample_pack
from brandregie.store.migrate import head_revision, upgrade
from tests.store.old_database import add_brand_at_0001


class SmallDisk:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def resize(self, kilobytes: int) -> None:
        subprocess.run(["mount", "-o", f"remount,size={kilobytes}k", str(self.folder)],
                       check=True, capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    folder = tmp_path / "disk"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=160k", "tmpfs", str(folder)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield SmallDisk(folder)
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "brandregie", *map(str, args)],
                          capture_output=True, text=True, timeout=120, check=False)


def tables(db: Path) -> set[str]:
    connection = sqlite3.connect(db)
    try:
        return {r[0] for r in connection.execute("SELECT name FROM sqlite_master "
                                                 "WHERE type = 'table'")}
    finally:
        connection.close()


def test_a_disk_full_while_creating_leaves_a_database_that_opens_later(
        small_disk: SmallDisk) -> None:
    db = small_disk.folder / "brand.db"
    full = cli("pack", "import", sample_pack(), "--db", db)
    assert full.returncode == 2, full.stderr
    assert full.stderr.count("\n") == 1 and "disk is full" in full.stderr
    assert tables(db) == set()  # all or nothing: no half schema left behind
    small_disk.resize(8192)
    again = cli("pack", "import", sample_pack(), "--db", db)
    assert again.returncode == 0, again.stderr
    assert "Imported Bakkerij Korenaar" in again.stdout


def test_a_disk_full_while_upgrading_keeps_the_old_data_and_upgrades_later(
        small_disk: SmallDisk, tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{old}")
    upgrade(engine, "0001")
    with engine.begin() as conn:
        add_brand_at_0001(conn, colour=("Korenblond", "#E8B64C"))
    engine.dispose()
    before = tables(old)
    # room for the file and its WAL index, and for about half the upgrade's pages
    small_disk.resize(old.stat().st_size // 1024 + 80)
    db = small_disk.folder / "brand.db"
    shutil.copyfile(old, db)
    full = cli("pack", "export", "Oude Bakker", "-o", tmp_path / "out.json", "--db", db)
    assert full.returncode == 2, full.stderr
    assert full.stderr.count("\n") == 1  # SQLite says "disk is full" or "disk I/O error"
    assert "disk is full" in full.stderr or "disk I/O error" in full.stderr
    small_disk.resize(8192)  # room again: the old database is whole, at its old schema
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001",)]
        assert connection.execute("SELECT name FROM brands").fetchall() == [("Oude Bakker",)]
    assert tables(db) == before  # not one table of the half-done upgrade
    again = cli("pack", "export", "Oude Bakker", "-o", tmp_path / "out.json", "--db", db)
    assert again.returncode == 0, again.stderr
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)]
