"""Close to exit: how long the app's process stays once its window has gone.

    .venv/bin/python bench/bench_close.py --home /tmp/years-full/home [--runs 5]

Starts the app on the store in ``--home`` (an isolated home as ``bench_years.py`` builds it)
with ``--quit-after-paint``, which closes it the moment the brand is shown: the Home page's
figures and the scorecard are being read then, and the backup at close runs (at most 1 s).
Prints, per run and as the median, the seconds from the brand shown to the process's end, and
the load of the machine (2 cores shared: the figure grows with it). The store is only read,
unless a backup at close is due (the data changed since the newest backup).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_startup import _isolated_env, _time  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = _isolated_env(args.home)
    app = [sys.executable, "-m", "brandregie", "--quit-after-paint"]
    closes = []
    for _ in range(args.runs):
        _painted, ready, ended = _time(app, env)
        closes.append(ended - ready)
        print(f"  brand shown {ready:5.2f} s, close to exit {closes[-1] * 1000:5.0f} ms   "
              f"(load {os.getloadavg()[0]:.1f})", flush=True)
    print(f"close to exit, median of {args.runs}: {statistics.median(closes) * 1000:.0f} ms, "
          f"longest {max(closes) * 1000:.0f} ms (target 1,500 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
