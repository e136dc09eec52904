"""The command line as a user's script feels it: whole processes, from start to exit.

    .venv/bin/python bench/bench_cli.py [--runs 5] [--sizes 1 2 4] [--pack PACK]

Installs nothing. Each figure is a whole ``python -m brandregie ...`` process (start-up, imports,
reading, checking, output and exit) run ``--runs`` times, interleaved with an anchor run in the
same loop (``python -c pass``: the interpreter's own start), so the ratio of each pair stays
meaningful when the machine's speed drifts; the median is printed with min and max. CPU is user
plus system time of the process and everything it waited for (the reader process too); peak is
the largest resident set among them (``wait4``; Linux counts a child from its fork, so no peak
reads below this script's own size, which the anchor's row shows). The runs may write Python's
bytecode caches (``__pycache__``) even where ``PYTHONDONTWRITEBYTECODE`` is set, as an installed
program has them.

1. ``--version``; ``check`` of a one-paragraph draft (.txt); a 5,000-word Word file.
2. ``check`` of Dutch text of each size in ``--sizes`` MB (the project's Dutch drafts, shuffled
   paragraph by paragraph with a fixed seed): time per MB, and the marginal rate between the
   two largest sizes (what one more MB costs, start-up excluded), which shows whether the time
   grows linearly. A text over the check budget (2 M characters, about 2 MB) is checked in
   part and says so; it gives no rate. The command line reads a plain text up to
   ``in_process_bytes`` (2 MiB under the default memory cap) in its own process and a larger
   one in the reader process, whose start is a fixed cost (about 0.3 s of CPU): a pair of sizes
   on both sides of that line gives no per-MB rate and is marked so, and where no pair of the
   sizes is read the same way, one more size just over the line is measured, so that one
   marginal rate compares like with like.
3. proselint on the same paragraph and on the first size, where ``proselint`` is installed
   (beside this Python, or on the PATH); it says so where it is not. proselint is no project
   dependency: ``.venv/bin/pip install proselint`` to compare. The paragraph's ratio is taken
   run by run (``check`` then proselint, ``--runs`` pairs, the median of the pairs' ratios), so
   both meet the same load; the two rows' medians, minutes apart, can differ by half.

Targets (issue #16): ``--version`` <= 0.15 s; the paragraph <= 0.6 s and <= 2.5x proselint;
the Word file <= 1.0 s; 1 MB <= 1.5 s, >= 2 MB/s marginal, under 300 MB, linear to 16 MB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_checks import dutch_text as dutch_paragraphs  # noqa: E402
from brandregie.ingest.limits import DEFAULT_LIMITS  # noqa: E402
from brandregie.ingest.reader import in_process_bytes  # noqa: E402

MB = 1_000_000
PARAGRAPH = (
    "Bij Bakkerij Korenaar bakken we elke ochtend vers brood met meel van de molen om de hoek. "
    "Wij ontzorgen u graag met onze unieke broodbeleving! Kom langs in een van onze vier "
    "winkels en proef het verschil: zuurdesem, spelt en roggebrood, en op zaterdag ook taart.\n")
ANCHOR = [sys.executable, "-c", "pass"]


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float
    code: int


def run_once(command: Sequence[str], env: dict[str, str]) -> Run:
    """One whole process: wall time, CPU (with what it waited for), peak resident set."""
    start = time.perf_counter()
    process = subprocess.Popen(list(command), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
               process.returncode)


@dataclass
class Figure:
    name: str
    runs: list[Run]
    ratios: list[float]

    @property
    def wall(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def cpu(self) -> float:
        return statistics.median(r.cpu for r in self.runs)

    def row(self) -> str:
        walls = [r.wall for r in self.runs]
        cpu = self.cpu
        peak = max(r.peak_mb for r in self.runs)
        codes = sorted({r.code for r in self.runs})
        return (f"{self.name:<34} {self.wall:>7.3f} {min(walls):>7.3f} {max(walls):>7.3f} "
                f"{cpu:>7.3f} {peak:>7.0f} {statistics.median(self.ratios):>7.1f}x"
                f"  exit {','.join(map(str, codes))}")


def _rate(mb: float, seconds: float) -> str:
    return f"{mb / seconds:.2f} MB/s" if seconds > 0 else "(noise: the larger text was faster)"


def measure(name: str, command: Sequence[str], runs: int, env: dict[str, str]) -> Figure:
    """``runs`` paired runs of ``command`` and the anchor, after one warm-up of each."""
    run_once(command, env)
    run_once(ANCHOR, env)
    figure = Figure(name, [], [])
    for _ in range(runs):
        mine = run_once(command, env)
        anchor = run_once(ANCHOR, env)
        figure.runs.append(mine)
        figure.ratios.append(mine.wall / anchor.wall)
    print(figure.row(), flush=True)
    return figure


def paired_ratios(mine: Sequence[str], theirs: Sequence[str], runs: int,
                  env: dict[str, str]) -> tuple[float, float]:
    """Median wall and CPU ratios of ``mine`` to ``theirs``, run alternately ``runs`` times."""
    walls, cpus = [], []
    for _ in range(runs):
        a, b = run_once(mine, env), run_once(theirs, env)
        walls.append(a.wall / b.wall)
        cpus.append(a.cpu / b.cpu if b.cpu > 0 else float("inf"))
    return statistics.median(walls), statistics.median(cpus)


def dutch_text(size: int) -> str:
    """``size`` bytes of real Dutch prose: the project's Dutch drafts, shuffled."""
    return "\n\n".join(dutch_paragraphs(size)) + "\n"


def word_file(path: Path, words: int) -> int:
    import docx

    document = docx.Document()
    total = 0
    for paragraph in dutch_text(words * 8).split("\n\n"):
        document.add_paragraph(paragraph)
        total += len(paragraph.split())
        if total >= words:
            break
    document.save(str(path))
    return total


def _proselint() -> list[str] | None:
    """proselint's command: beside this Python (a venv's bin), else on the PATH; from 0.14 on
    it takes ``check`` before the files."""
    beside = Path(sys.executable).parent / "proselint"
    found = str(beside) if beside.is_file() else shutil.which("proselint")
    if found is None:
        return None
    probe = subprocess.run([found, "check", "--help"], capture_output=True, check=False)
    return [found, "check"] if probe.returncode == 0 else [found]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", nargs="+", type=float, default=[1.0, 2.0, 4.0],
                        help="sizes of Dutch text in MB (default 1 2 4; 16 for linearity)")
    parser.add_argument("--pack", type=Path, default=ROOT / "resources" / "sample" /
                        "korenaar.json")
    args = parser.parse_args()
    # An installed brandregie has its bytecode (pip compiles it, the app bundle ships it), as
    # proselint's has; without it every run compiles 0.05 s of our source again. So the
    # warm-up run may write it, whatever this shell says.
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
           "PYTHONPATH": str(ROOT)}
    brandregie = [sys.executable, "-m", "brandregie"]
    check = [*brandregie, "check", "--pack", str(args.pack), "--lang", "en"]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; median of "
          f"{args.runs} whole processes, each paired with an anchor run ({' '.join(ANCHOR)})")
    print(f"{'command':<34} {'median':>7} {'min':>7} {'max':>7} {'cpu':>7} {'peak MB':>7} "
          f"{'/anchor':>8}")
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        paragraph = here / "paragraph.txt"
        paragraph.write_text(PARAGRAPH, encoding="utf-8")
        words = word_file(here / "draft.docx", 5_000)
        measure("python -c pass (anchor)", ANCHOR, args.runs, env)
        measure("brandregie --version", [*brandregie, "--version"], args.runs, env)
        measure("brandregie --help", [*brandregie, "--help"], args.runs, env)
        measure("check: one paragraph (.txt)", [*check, str(paragraph)], args.runs, env)
        measure(f"check: Word file, {words:,} words", [*check, str(here / "draft.docx")],
                args.runs, env)
        sized: list[tuple[float, Figure, bool]] = []
        budget = DEFAULT_LIMITS.max_text_chars
        line_bytes = in_process_bytes(DEFAULT_LIMITS)  # larger texts: the reader process

        def sized_run(size: float, note: str = "") -> None:
            path = here / f"dutch-{size:g}MB.txt"
            text = dutch_text(int(size * MB))
            path.write_text(text, encoding="utf-8")
            mb = path.stat().st_size / MB
            part = len(text) > budget
            local = path.stat().st_size <= line_bytes
            where = "here" if local else "reader"  # read in this process, or the reader's
            figure = measure(f"check: {mb:.2f} MB of Dutch ({where}{', part' if part else ''})",
                             [*check, str(path)], args.runs if size <= 4 else 1, env)
            if note:
                print(f"  {note}")
            if part:  # the check budget: the rest is not read, so no rate is measured
                print(f"  only the first {budget:,} characters of {len(text):,} are checked "
                      "(the check budget, ingest/limits.py); no rate from this size")
            else:
                sized.append((mb, figure, local))

        for size in args.sizes:
            sized_run(size)
        extra = round(line_bytes * 1.1 / MB, 2)
        asked = list(sized)
        if len(sized) >= 2 and all(a[2] != b[2] for a, b in zip(sized[1:], sized, strict=False)) \
                and sized[0][0] < extra < sized[-1][0]:
            sized_run(extra, "(added: just over the in-process line, so that one pair of sizes "
                             "is read the same way)")
            sized.sort(key=lambda row: row[0])
        if len(asked) >= 2 and len(sized) > len(asked):
            (first_mb, first, _), (last_mb, last, _) = asked[0], asked[-1]
            print(f"\nthe sizes asked for, {first_mb:.2f} -> {last_mb:.2f} MB: marginal "
                  f"{_rate(last_mb - first_mb, last.cpu - first.cpu)} cpu, including starting "
                  "the reader process (not a per-MB rate)")
        if len(sized) >= 2:
            print("\ntime per MB and the marginal rate (one more MB, start-up excluded), by "
                  "wall-clock and by CPU time (the CPU figure holds on a busy machine):")
            for (mb, figure, local), (prev_mb, prev, prev_local) in zip(sized[1:], sized,
                                                                         strict=False):
                step = ("  (includes starting the reader process: not a per-MB rate)"
                        if local != prev_local else "")
                print(f"  {prev_mb:.2f} -> {mb:.2f} MB: {figure.wall / mb:.2f} s/MB wall, "
                      f"{figure.cpu / mb:.2f} s/MB cpu; marginal "
                      f"{_rate(mb - prev_mb, figure.wall - prev.wall)} wall, "
                      f"{_rate(mb - prev_mb, figure.cpu - prev.cpu)} cpu{step}")
        proselint = _proselint()
        print()
        if proselint is None:
            print("proselint is not installed here (nothing is installed for this benchmark; "
                  ".venv/bin/pip install proselint to compare): no comparison")
        else:
            measure("proselint: one paragraph", [*proselint, str(paragraph)], args.runs, env)
            wall, cpu = paired_ratios([*check, str(paragraph)], [*proselint, str(paragraph)],
                                      args.runs, env)
            print(f"  check / proselint on the paragraph, run by run (median of {args.runs} "
                  f"pairs): {wall:.2f}x wall, {cpu:.2f}x cpu (target 2.5x)")
            if sized:
                big = measure(f"proselint: {sized[0][0]:.2f} MB", [*proselint, str(
                    here / f"dutch-{args.sizes[0]:g}MB.txt")], 1, env)
                print(f"  check / proselint on {sized[0][0]:.2f} MB: "
                      f"{sized[0][1].cpu / big.cpu:.2f}x cpu")


if __name__ == "__main__":
    main()
