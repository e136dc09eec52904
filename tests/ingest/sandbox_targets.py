"""Module-level functions the sandbox tests run in the child (sent by reference)."""

from __future__ import annotations

import ctypes
import time
from collections.abc import Callable


def sleeps(seconds: float, progress: Callable[[float], None]) -> str:
    progress(0.5)
    time.sleep(seconds)
    return "woke"


def hogs_memory(megabytes: int, progress: Callable[[float], None]) -> int:
    blocks = [bytearray(1024 * 1024) for _ in range(megabytes)]
    return len(blocks)


def crashes(progress: Callable[[float], None]) -> None:
    ctypes.string_at(0)  # segmentation fault, as a broken C parser would


def reports(progress: Callable[[float], None]) -> str:
    for step in range(1, 11):
        progress(step / 10)
    return "done"


def computes(seconds: float, progress: Callable[[float], None]) -> str:
    """Busy for ``seconds`` of this process's own processor time (a parser in a loop)."""
    progress(0.5)
    while time.process_time() < seconds:
        pass
    return "computed"
