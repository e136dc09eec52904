"""A child process that makes or restores a backup and stops at its N-th fsync, saying where.

``python -m tests.store.backup_driver create|restore DB [BACKUP] N``: every fsync the backup
code makes is printed (``FSYNC n path``) before it happens; the N-th waits for a line on stdin,
so a test can kill the process (SIGKILL) at that exact step and know where the kill landed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from brandregie.store import backup

_original = backup._fsync


def main() -> None:
    action, db, *rest = sys.argv[1:]
    stop_at = int(rest[-1])
    count = 0

    def announced(path: Path) -> None:
        nonlocal count
        count += 1
        print(f"FSYNC {count} {path}", flush=True)
        if count == stop_at:
            sys.stdin.readline()
        _original(path)

    backup._fsync = announced  # a test harness's pause point, not a change of behaviour
    if action == "create":
        backup.create_backup(db)
    else:
        backup.restore_backup(Path(rest[0]), db)
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
