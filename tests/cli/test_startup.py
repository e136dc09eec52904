"""The command line loads only what the command given needs (behaviour, not timing).

Each case runs ``brandregie`` in a fresh interpreter, as a user does, and reports which heavy
libraries ended up loaded: the database layer, the PDF layout and Qt cost seconds to import, so
``--version`` and ``--help`` must not touch them, and ``check`` needs neither a database nor a
PDF layout when it is given a pack.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("sqlalchemy", "reportlab", "PySide6", "pydantic", "coloraide", "lingua", "simplemma",
         "pypdfium2", "docx", "pptx", "PIL", "alembic")

#: Runs the command line as the ``brandregie`` script does, then names the heavy modules loaded.
PROBE = f"""
import json, sys
from brandregie.cli import main
try:
    code = main()
except SystemExit as exc:
    code = exc.code
sys.stdout.flush()
loaded = sorted(m for m in {HEAVY!r} if m in sys.modules)
sys.stderr.write("\\n" + json.dumps({{"code": code, "loaded": loaded}}) + "\\n")
"""


def loaded_by(*args: str | Path, cwd: Path) -> tuple[int, set[str], str]:
    """Exit code, heavy modules loaded and stdout of ``brandregie ARGS``."""
    result = subprocess.run([sys.executable, "-c", PROBE, *map(str, args)], cwd=cwd,
                            capture_output=True, text=True, timeout=120, check=False)
    outcome = json.loads(result.stderr.strip().splitlines()[-1])
    return outcome["code"], set(outcome["loaded"]), result.stdout


def test_version_loads_nothing_heavy(tmp_path: Path) -> None:
    code, loaded, out = loaded_by("--version", cwd=tmp_path)
    assert code == 0
    assert out.startswith("brandregie ")
    assert loaded == set()


def test_help_lists_every_command_and_loads_nothing_heavy(tmp_path: Path) -> None:
    code, loaded, out = loaded_by("--help", cwd=tmp_path)
    assert code == 0
    for command in ("pack", "brief", "guide", "export", "backup", "check"):
        assert command in out
    assert loaded == set()


def test_a_commands_help_loads_nothing_heavy(tmp_path: Path) -> None:
    for command in ("check", "brief", "export", "pack", "backup", "guide"):
        code, loaded, out = loaded_by(command, "--help", cwd=tmp_path)
        assert code == 0, command
        assert "usage: brandregie " + command in out
        assert loaded == set(), command


def test_check_with_a_pack_needs_no_database_pdf_layout_or_qt(
        sample_pack_path: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Wij bakken elke ochtend vers brood voor de buurt. Kom je proeven?\n",
                     encoding="utf-8")
    code, loaded, out = loaded_by("check", "--pack", sample_pack_path, draft, cwd=tmp_path)
    assert code == 0
    assert "draft.txt" in out
    assert not loaded & {"sqlalchemy", "alembic", "reportlab", "PySide6"}


def test_the_brief_types_offered_are_the_exports_brief_types() -> None:
    from brandregie.cli.common import DELIVERABLES
    from brandregie.export.brief import BriefType

    assert tuple(t.value for t in BriefType) == DELIVERABLES
