"""A draft that cannot be read is one clear line on stderr and exit 2, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_damaged_draft_exits_2_with_one_sentence(tmp_path: Path, sample_pack_path: Path) -> None:
    draft = tmp_path / "vacature.docx"
    draft.write_bytes(b"PK\x03\x04 this zip ends here")
    result = subprocess.run(
        [sys.executable, "-m", "brandregie", "check", "--pack", str(sample_pack_path),
         str(draft)], capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "brandregie: vacature.docx is damaged: it is not a valid Word file"]
