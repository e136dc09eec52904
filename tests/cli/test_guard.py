"""The one guard around every command: a bug is one line naming the log, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: A stand-in for a bug anywhere in a command: the check command's body raises KeyError.
BUGGY = ("import sys; from brandregie import cli; from brandregie.cli import check; "
         "check.run = lambda args: {}['boom']; sys.exit(cli.main(sys.argv[1:]))")


def test_an_unexpected_error_is_one_line_exit_3_and_its_traceback_is_in_the_log(
        tmp_path: Path, sample_pack_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Hallo", "utf-8")
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    result = subprocess.run([sys.executable, "-c", BUGGY, "check", "--pack",
                             str(sample_pack_path), str(draft)], capture_output=True, text=True,
                            timeout=60, check=False, env=env, cwd=tmp_path)
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    assert "internal error (KeyError: 'boom')" in result.stderr
    log = result.stderr.rsplit("the details are in ", 1)[1].strip()
    assert Path(log).is_relative_to(tmp_path / "state")
    assert "Traceback" in Path(log).read_text("utf-8")

