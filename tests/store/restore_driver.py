"""A child process that restores a backup and stops before its N-th write to the live database.

``python -m tests.store.restore_driver DB BACKUP N``: every write SQLite makes to ``DB`` or the
files beside it (``-wal``, ``-journal``, ``-shm``) is printed (``WRITE n file offset size``)
before it happens; the N-th waits for a line on stdin, so a test can kill the process
(SIGKILL) inside the restore's transaction, or inside the checkpoint after it, and know where.

The writes are seen through SQLite's own fault-injection hook (``xSetSystemCall`` of the unix
VFS replaces its ``pwrite64``), so SQLite runs as it always does; this works where Python's
``sqlite3`` uses the shared ``libsqlite3`` that :mod:`ctypes` loads too (Linux). ``N`` = 0
stops nowhere and only lists the writes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from pathlib import Path
from typing import Any

from brandregie.store import backup


class _Vfs(ctypes.Structure):
    """The start of ``sqlite3_vfs`` (version 3), up to the system-call hooks."""


_CALLS = [(name, ctypes.c_void_p) for name in (
    "xOpen", "xDelete", "xAccess", "xFullPathname", "xDlOpen", "xDlError", "xDlSym", "xDlClose",
    "xRandomness", "xSleep", "xCurrentTime", "xGetLastError", "xCurrentTimeInt64")]
_Vfs._fields_ = [
    ("iVersion", ctypes.c_int), ("szOsFile", ctypes.c_int), ("mxPathname", ctypes.c_int),
    ("pNext", ctypes.c_void_p), ("zName", ctypes.c_char_p), ("pAppData", ctypes.c_void_p),
    *_CALLS,
    ("xSetSystemCall", ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(_Vfs), ctypes.c_char_p,
                                        ctypes.c_void_p)),
    ("xGetSystemCall", ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.POINTER(_Vfs),
                                        ctypes.c_char_p)),
]
_PWRITE = ctypes.CFUNCTYPE(ctypes.c_ssize_t, ctypes.c_int, ctypes.c_void_p, ctypes.c_size_t,
                           ctypes.c_int64)


def watch_writes(db: Path, stop_at: int) -> Any:
    """Announce each write to ``db`` and its companions; pause before write ``stop_at``.
    Returns the hook (keep it alive while SQLite may call it)."""
    library = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
    library.sqlite3_vfs_find.restype = ctypes.POINTER(_Vfs)
    vfs = library.sqlite3_vfs_find(None)
    assert vfs and vfs.contents.iVersion >= 3 and vfs.contents.zName == b"unix"
    original = _PWRITE(vfs.contents.xGetSystemCall(vfs, b"pwrite64"))
    watched = {str(db) + suffix: suffix or "db" for suffix in ("", "-wal", "-journal", "-shm")}
    count = 0

    def pwrite(fd: int, buffer: int, size: int, offset: int) -> int:
        nonlocal count
        kind = watched.get(str(Path(f"/proc/self/fd/{fd}").readlink()))
        if kind is not None:
            count += 1
            print(f"WRITE {count} {kind} {offset} {size}", flush=True)
            if count == stop_at:
                sys.stdin.readline()
        result: int = original(fd, buffer, size, offset)
        return result

    hook = _PWRITE(pwrite)
    assert vfs.contents.xSetSystemCall(vfs, b"pwrite64", ctypes.cast(hook, ctypes.c_void_p)) == 0
    return hook


def main() -> None:
    db, backup_path, stop_at = Path(sys.argv[1]).resolve(), Path(sys.argv[2]), int(sys.argv[3])
    hook = watch_writes(db, stop_at)
    backup.restore_backup(backup_path, db)
    print("DONE", flush=True)
    del hook


if __name__ == "__main__":
    main()
