"""Running a piece of the app in a fresh interpreter: nothing of it imported yet, as after a
real start (what loads when, and on which thread, cannot be seen in the test process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def run_fresh(script: str, *args: str, home: Path, timeout: int = 180) -> Any:
    """Run ``script`` with ``args``, offscreen, its user folders under ``home``; the JSON its
    last line printed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache")}
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                          text=True, env=env, timeout=timeout, check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])
