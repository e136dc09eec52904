"""What runs under this test process, as the operating system sees it (Linux ``/proc``).

Work run by :mod:`brandregie.childproc` is a fork of its server, which is a child of this
process: so a render or read still running is a grandchild (or, spawned, a child that
:func:`workers` tells from the server). Zombies (ended, not yet reaped)
do not count: they run nothing and hold no memory.
"""

from __future__ import annotations

import os
from pathlib import Path


def _parents() -> dict[int, int]:
    """pid -> parent pid of every live process."""
    found: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # ended while we looked
            continue
        state, ppid = text.rsplit(")", 1)[1].split()[:2]
        if state != "Z":
            found[int(stat.parent.name)] = int(ppid)
    return found


def children() -> set[int]:
    """The live processes whose parent is this process."""
    me = os.getpid()
    return {pid for pid, ppid in _parents().items() if ppid == me}


def grandchildren() -> set[int]:
    """The live processes whose parent is a child of this process."""
    parents = _parents()
    me = os.getpid()
    children = {pid for pid, ppid in parents.items() if ppid == me}
    return {pid for pid, ppid in parents.items() if ppid in children}


def _spawned(pid: int) -> bool:
    """Whether ``pid`` was started by multiprocessing's spawn (its command line says so)."""
    try:
        return b"--multiprocessing-fork" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:  # ended while we looked
        return False


def workers() -> set[int]:
    """The live processes running work for this one: forks of the child-process server
    (grandchildren) or, with ``BRANDREGIE_START_METHOD=spawn``, spawned children."""
    return grandchildren() | {pid for pid in children() if _spawned(pid)}
