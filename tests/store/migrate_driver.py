"""A child process that opens (and so migrates) a database, saying each migration step.

``python -m tests.store.migrate_driver DB STEP`` prints Alembic's "Running upgrade A -> B" lines
on stdout as they start; when the step to ``STEP`` starts it waits for a line on stdin, so a
test kills it (SIGKILL) there, in the middle of the migration, and knows where the kill landed.
"""

from __future__ import annotations

import logging
import sys

from brandregie.store.database import open_store


class _PauseAt(logging.StreamHandler):  # type: ignore[type-arg]
    def __init__(self, step: str) -> None:
        super().__init__(sys.stdout)
        self.step = step

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)
        self.flush()
        if record.getMessage().startswith(f"Running upgrade {self.step}"):
            sys.stdin.readline()  # held here, inside the migration's transaction


def main() -> None:
    handler = _PauseAt(sys.argv[2])
    handler.setFormatter(logging.Formatter("%(message)s"))
    migration = logging.getLogger("alembic.runtime.migration")
    migration.addHandler(handler)
    migration.setLevel(logging.INFO)
    with open_store(sys.argv[1]):
        print("OPENED", flush=True)


if __name__ == "__main__":
    main()
