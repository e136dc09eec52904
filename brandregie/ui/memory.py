"""Giving the memory of a large draft back to the system once the window is done with it.

A check of a 10 MB draft and its view allocate hundreds of MB in many pieces, on a worker
thread and the GUI thread. Freed, that memory stays with glibc's allocator for reuse, so the
window kept growing with each large draft (196 to 575 MB over ten hostile drops, 706 MB after
29; ``bench/bench_hostile_app.py``). ``malloc_trim`` hands every free page of every arena back.
It runs on a thread of its own a moment after the last large piece of work ended (ctypes lets go
of Python's lock, so the window does not pause); elsewhere than glibc it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import threading
from collections.abc import Callable
from functools import cache

log = logging.getLogger(__name__)
#: Seconds after the last call before memory is handed back (work ending in a burst: once).
DELAY = 1.0

_lock = threading.Lock()
_timer: threading.Timer | None = None


@cache
def _trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where there is none (macOS, Windows, musl)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def give_back_now() -> None:
    """Hand the allocator's free memory back to the system (blocks for some milliseconds)."""
    trim = _trim()
    if trim is not None:
        trim(0)


def give_back_soon() -> None:
    """Hand free memory back :data:`DELAY` seconds from now, on a thread of its own; a later
    call moves the moment on, so a burst of finished work trims once."""
    global _timer
    with _lock:
        if _timer is not None:
            _timer.cancel()
        _timer = threading.Timer(DELAY, give_back_now)
        _timer.daemon = True
        _timer.name = "brandregie-give-back"
        _timer.start()
