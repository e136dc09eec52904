"""Hostile packs are refused with one line, exit 2, and nothing stored (issue #20, class 4/6)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.packs import HOSTILE_PACKS


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "brandregie", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize("case", sorted(HOSTILE_PACKS))
def test_a_hostile_pack_is_refused_in_one_line(case: str, tmp_path: Path) -> None:
    make, expected = HOSTILE_PACKS[case]
    pack = make(tmp_path)
    db = tmp_path / "brand.db"
    result = run("pack", "import", pack, "--db", db, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    assert expected in result.stderr
    assert "\x1b" not in result.stderr and "\x00" not in result.stderr
    if db.exists():
        with sqlite3.connect(db) as connection:
            assert connection.execute("SELECT count(*) FROM brands").fetchone() == (0,)


def test_a_file_name_with_escapes_is_shown_escaped(tmp_path: Path) -> None:
    name = tmp_path / "a\nb\x1b[2J.json"
    name.write_text("{", "utf-8")
    result = run("pack", "import", name, "--db", tmp_path / "t.db", cwd=tmp_path)
    assert result.returncode == 2
    assert "a\\nb\\x1b[2J.json" in result.stderr
    assert result.stderr.count("\n") == 1 and "\x1b" not in result.stderr
