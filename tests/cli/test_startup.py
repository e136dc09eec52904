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


def _group_members(group: int) -> list[int]:
    """Live processes in process group ``group`` (Linux ``/proc``; zombies do not count)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[2]) == group:
            members.append(int(stat.parent.name))
    return members


def test_check_leaves_nothing_running(sample_pack_path: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.docx"
    import docx

    word = docx.Document()
    word.add_paragraph("Wij bakken elke ochtend vers brood voor de hele buurt, met meel van de "
                       "molen om de hoek. Kom je een keer proeven?")
    word.save(str(draft))
    output = tmp_path / "out.txt"
    with output.open("wb") as out:  # a file, not a pipe: nothing waits for it to close
        command = subprocess.Popen(
            [sys.executable, "-m", "brandregie", "check", "--pack", str(sample_pack_path),
             str(draft)], cwd=tmp_path, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True)
        command.wait(timeout=120)
    left = _group_members(command.pid)  # at once: a server would still be winding down
    assert command.returncode == 0, output.read_text()
    assert "draft.docx" in output.read_text()
    assert left == []


def test_a_damaged_draft_is_named_in_one_line_and_the_rest_is_checked(
        sample_pack_path: Path, tmp_path: Path) -> None:
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    good = tmp_path / "goed.txt"
    good.write_text("Wij bakken elke ochtend vers brood voor de hele buurt. Kom je proeven?\n",
                    encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "brandregie", "check", "--pack", str(sample_pack_path),
         str(broken), str(good)], cwd=tmp_path, capture_output=True, text=True, timeout=120,
        check=False)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "kapot.docx" in done.stderr
    assert "goed.txt" in done.stdout
