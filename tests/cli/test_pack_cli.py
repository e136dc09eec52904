"""The command line's pack commands, run as a separate process like a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "brandregie", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=60, check=False)


def test_version(tmp_path: Path) -> None:
    result = run("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("brandregie 0.")


def test_import_then_export_gives_the_same_json(sample_pack_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    imported = run("pack", "import", sample_pack_path, "--db", db, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "Bakkerij Korenaar" in imported.stdout
    exported = run("pack", "export", "Bakkerij Korenaar", "-o", "out.json", "--db", db,
                   cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    again = run("pack", "import", sample_pack_path, "--db", db, cwd=tmp_path)
    assert "already up to date (revision 1)" in again.stdout
    assert json.loads((tmp_path / "out.json").read_text("utf-8")) == json.loads(
        sample_pack_path.read_text("utf-8"))
    zipped = run("pack", "export", "Bakkerij Korenaar", "-o", "k.brandpack", "--db", db,
                 cwd=tmp_path)
    assert zipped.returncode == 0 and (tmp_path / "k.brandpack").stat().st_size > 0


def test_bad_input_exits_2_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "brandregie-pack", "version": 1, "brand": {"name": "X", '
                   '"visual": {"colours": [{"name": "Roze", "hex": "#GG3D91"}]}}}', "utf-8")
    cases = [
        (("pack", "import", bad, "--db", tmp_path / "t.db"),
         'brand.visual.colours[0].hex: "#GG3D91" is not a colour (expected #RRGGBB)'),
        (("pack", "import", tmp_path / "missing.json"), "does not exist"),
        (("pack", "export", "Nobody", "-o", tmp_path / "x.json", "--db", tmp_path / "t.db"),
         "no brand “Nobody”"),
        (("pack", "frobnicate"), "invalid choice"),
        (("pack", "export", "X"), "-o"),
        (("pack", "import", Path(__file__).parents[2] / "resources/sample/korenaar.json",
          "--db", tmp_path), "is a folder"),
    ]
    for args, expected in cases:
        result = run(*args, cwd=tmp_path)
        assert result.returncode == 2, (args, result.stderr)
        assert expected in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr
