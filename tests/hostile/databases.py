"""Generators of databases BrandRegie must refuse to open without writing to them."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from brandregie.paths import sample_pack


def another_programs_database(folder: Path) -> Path:
    """A SQLite file of another program (a notes app), in WAL mode like many are."""
    path = folder / "notes.sqlite"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes (body) VALUES ('buy flour')")
        connection.commit()
    return path


def brandregie_database(folder: Path, name: str = "brand.db") -> Path:
    """A real BrandRegie database holding the sample brand, made by the command line."""
    path = folder / name
    subprocess.run([sys.executable, "-m", "brandregie", "pack", "import", str(sample_pack()),
                    "--db", str(path)], check=True, capture_output=True, timeout=120)
    return path


def from_a_newer_brandregie(folder: Path) -> Path:
    path = brandregie_database(folder, "newer.db")
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0042'")
        connection.commit()
    return path


def byte_flipped(folder: Path, seed: int, flips: int = 40) -> Path:
    """A BrandRegie database with ``flips`` bytes inverted after the 100-byte header."""
    path = brandregie_database(folder, f"flipped-{seed}.db")
    data = bytearray(path.read_bytes())
    chance = random.Random(seed)
    for _ in range(flips):
        data[chance.randrange(100, len(data))] ^= 0xFF
    path.write_bytes(bytes(data))
    return path
