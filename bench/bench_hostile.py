"""Hostile drafts (tests/hostile/drafts.py) through ``brandregie check``: time, memory, output.

For each generated draft and each output format: wall-clock seconds, the peak resident memory
of the whole process tree (the command and its reader, summed, sampled every 20 ms from /proc),
the exit code, the stderr lines and the stdout size. Issue #20 asks for every case: within 20 s,
under 1 GB, exit 0/1/2, no traceback, at most two stderr lines, stdout under 2 MB.

    PYTHONPATH=. python bench/bench_hostile.py [NAME-SUBSTRING]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from brandregie.paths import sample_pack
from tests.hostile.drafts import HOSTILE_DRAFTS


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(stat.parent.name)
        parents[pid] = int(fields[1])
        rss[pid] = int(fields[21]) * 4096
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total


def run(draft: Path, fmt: str) -> dict[str, object]:
    started = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen([sys.executable, "-m", "brandregie", "check", "--pack",
                                    str(sample_pack()), "--format", fmt, str(draft)],
                                   stdout=out, stderr=err)
        peak = 0
        while process.poll() is None:
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.02)
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read().decode("utf-8", "replace")
    return {"seconds": round(seconds, 1), "peak_mb": peak // 2**20, "exit": process.returncode,
            "stderr_lines": len(stderr.splitlines()), "traceback": "Traceback" in stderr,
            "stdout_kb": len(stdout) // 1024, "stderr": stderr.strip()[:160]}


def main() -> None:
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    with tempfile.TemporaryDirectory() as folder:
        for number, (name, make) in enumerate(HOSTILE_DRAFTS.items()):
            if wanted not in name:
                continue
            case = Path(folder) / str(number)
            case.mkdir()
            draft = make(case)
            for fmt in ("text", "json"):
                print(f"{name} [{fmt}] ({draft.stat().st_size // 1024} KB):", run(draft, fmt),
                      flush=True)


if __name__ == "__main__":
    main()
