"""Every hostile input of tests/hostile through the command line: time, memory, output.

Drafts (``drafts.py``, and the everyday ones of ``everyday.py``) through ``brandregie check``,
packs (``packs.py``) through ``pack import``, databases (``databases.py``) through ``check
--db``.

For each generated draft and each output format: wall-clock seconds, CPU seconds of the whole
tree (what a shared, loaded machine does not inflate), the peak resident memory of the whole
process tree (the command and its reader, summed, sampled every 20 ms from /proc), the exit
code, the stderr lines, the stdout size, and how many of the processes it started still ran
once it had ended (``left_running``). Issue #20 asks for every case: within 20 s, under 1 GB,
exit 0/1/2, no traceback, at most two stderr lines, stdout under 2 MB; and nothing left running.

    PYTHONPATH=. python bench/bench_hostile.py [NAME-SUBSTRING]
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from brandregie.paths import sample_pack
from tests.hostile.databases import (
    another_programs_database,
    byte_flipped,
    from_a_newer_brandregie,
)
from tests.hostile.drafts import HOSTILE_DRAFTS
from tests.hostile.everyday import EVERYDAY_DRAFTS
from tests.hostile.packs import HOSTILE_PACKS

#: Every hostile draft: the crafted ones of issue #20, then those people really drop.
ALL_DRAFTS = {**HOSTILE_DRAFTS, **EVERYDAY_DRAFTS}


def _tree_rss(root: int, seen: set[int] | None = None) -> int:
    """Resident bytes of ``root`` and all its descendants (added to ``seen``)."""
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
        if seen is not None:
            seen.add(pid)
        total += rss.get(pid, 0)
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(*args: str | Path) -> dict[str, object]:
    """``brandregie ARGS``: what it cost and how it ended."""
    started, cpu = time.monotonic(), _children_cpu()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen([sys.executable, "-m", "brandregie", *map(str, args)],
                                   stdout=out, stderr=err)
        peak, tree = 0, set[int]()
        while process.poll() is None:
            peak = max(peak, _tree_rss(process.pid, tree))
            time.sleep(0.02)
        seconds = time.monotonic() - started
        left = [pid for pid in tree - {process.pid} if _running(pid)]
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read().decode("utf-8", "replace")
    return {"seconds": round(seconds, 1), "cpu_s": round(_children_cpu() - cpu, 1),
            "peak_mb": peak // 2**20, "exit": process.returncode,
            "stderr_lines": len(stderr.splitlines()), "traceback": "Traceback" in stderr,
            "stdout_kb": len(stdout) // 1024, "left_running": len(left),
            "stderr": stderr.strip()[:160]}


def _running(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie waiting for its parent does not)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z"


Arguments = list[str | Path]


def _cases(folder: Path) -> Iterator[tuple[str, Callable[[], Arguments]]]:
    """(name, the command's arguments, made when asked) for every hostile input."""
    for name, make in ALL_DRAFTS.items():
        for fmt in ("text", "json"):
            yield f"draft: {name} [{fmt}]", partial(_check, make, fmt, folder / name)
    for name, (make_pack, _expected) in HOSTILE_PACKS.items():
        yield f"pack: {name}", partial(_import, make_pack, folder / name)
    databases: dict[str, Callable[[Path], Path]] = {
        "another program's database": another_programs_database,
        "made by a newer BrandRegie": from_a_newer_brandregie,
        "byte-flipped": partial(byte_flipped, seed=1),
    }
    for name, make_db in databases.items():
        yield f"database: {name}", partial(_check_against, make_db, folder / name)


def _check(make: Callable[[Path], Path], fmt: str, case: Path) -> Arguments:
    case.mkdir(exist_ok=True)
    return ["check", "--pack", sample_pack(), "--format", fmt, make(case)]


def _import(make: Callable[[Path], Path], case: Path) -> Arguments:
    case.mkdir(exist_ok=True)
    return ["pack", "import", make(case), "--db", case / "brand.db"]


def _check_against(make_db: Callable[[Path], Path], case: Path) -> Arguments:
    case.mkdir(exist_ok=True)
    draft = case / "concept.txt"
    draft.write_text("Vers brood, elke dag.", "utf-8")
    return ["check", "--db", make_db(case), "--brand", "Bakkerij Korenaar", draft]


def main() -> None:
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    with tempfile.TemporaryDirectory() as folder:
        for name, arguments in _cases(Path(folder)):
            if wanted in name:
                print(f"{name}:", run(*arguments()), flush=True)


if __name__ == "__main__":
    main()
