"""The window's pauses, for the benchmarks: how long the GUI thread went without answering.

A 5 ms timer ticks on the GUI thread; a gap between two ticks is a pause of the window. For
each gap, where the GUI thread's time went (Linux's schedstat for this thread): its own CPU,
waiting for a free core (the machine's load), and the rest, blocked (on Python's lock, held by
a worker, or on I/O). With ``stacks=True`` a sampling thread also notes which of our functions
the GUI thread was in while a gap grew past 30 ms, so a long pause names its cause.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

#: Only a gap this long (s) is sampled for its stack.
SAMPLE_AFTER = 0.030


@dataclass(frozen=True)
class Pause:
    """One gap between ticks, in ms, and where the GUI thread's time in it went."""

    ms: float
    cpu: float
    core: float
    at: float  # perf_counter at its end
    where: str = ""

    @property
    def lock(self) -> float:
        return max(0.0, self.ms - self.cpu - self.core)

    def __str__(self) -> str:
        where = f"; in {self.where}" if self.where else ""
        return (f"{self.ms:.0f} ({self.cpu:.0f} CPU, {self.core:.0f} core, {self.lock:.0f} lock"
                f"{where})")


def thread_times() -> tuple[float, float]:
    """This thread's CPU time and its time waiting for a free core, in seconds (Linux's
    schedstat; elsewhere the CPU time and 0)."""
    try:
        cpu, queued, _slices = Path("/proc/thread-self/schedstat").read_text().split()
        return int(cpu) / 1e9, int(queued) / 1e9
    except OSError:
        return time.thread_time(), 0.0


def _ours(frame: object) -> str:
    """The innermost frames of the project's own code in ``frame``'s stack, innermost first
    (two of them), and the innermost frame of all if it is not ours (``import``: a module
    being imported)."""
    names: list[str] = []
    innermost = ""
    while frame is not None and len(names) < 2:
        code = frame.f_code  # type: ignore[attr-defined]
        file = code.co_filename
        if not innermost:
            innermost = f"{Path(file).name}:{code.co_name}"
        if "/brandregie/" in file and "<frozen" not in file:
            names.append(f"{file.split('/brandregie/')[-1]}:{frame.f_lineno} "  # type: ignore[attr-defined]
                         f"{code.co_name}")
        frame = frame.f_back  # type: ignore[attr-defined]
    if names and not innermost.startswith(names[0].split(":")[0].split("/")[-1]):
        names.insert(0, innermost)
    return " < ".join(names) or innermost


class PauseWatch:
    """Ticks on the GUI thread from :meth:`start` to :meth:`stop`; the gaps come out of stop."""

    def __init__(self, *, stacks: bool = False, interval_ms: int = 5) -> None:
        from PySide6.QtCore import QTimer

        self.ticks: list[tuple[float, float, float]] = []
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.stacks = stacks
        self.samples: list[tuple[float, str]] = []  # (the tick the gap began at, where)
        self._sampling = False
        self._gui = threading.get_ident()

    def _tick(self) -> None:
        self.ticks.append((time.perf_counter(), *thread_times()))

    def start(self) -> PauseWatch:
        self.ticks.clear()
        self.samples.clear()
        self._tick()
        self.timer.start()
        if self.stacks:
            self._sampling = True
            threading.Thread(target=self._sample, daemon=True).start()
        return self

    def _sample(self) -> None:
        while self._sampling:
            time.sleep(0.005)
            began = self.ticks[-1][0] if self.ticks else 0.0
            if time.perf_counter() - began > SAMPLE_AFTER:
                frame = sys._current_frames().get(self._gui)
                if frame is not None:
                    self.samples.append((began, _ours(frame)))

    def stop(self) -> list[Pause]:
        """The gaps since :meth:`start`, longest first."""
        self._tick()
        self.timer.stop()
        self._sampling = False
        gaps = []
        for (a, ca, qa), (b, cb, qb) in pairwise(self.ticks):
            where = Counter(w for began, w in self.samples if began == a).most_common(2)
            gaps.append(Pause((b - a) * 1000, (cb - ca) * 1000, (qb - qa) * 1000, b,
                              " / ".join(f"{w} x{n}" for w, n in where)))
        return sorted(gaps, key=lambda p: p.ms, reverse=True)
