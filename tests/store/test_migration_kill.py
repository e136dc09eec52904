"""Killing the process in the middle of a migration leaves the old schema and data whole.

The kill lands at a known step: after the child says it started the last migration (the ones
before it already ran in the same transaction), so the database is mid-upgrade when it dies.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from sqlalchemy import create_engine

from brandregie.profile.service import ProfileService
from brandregie.store.database import open_store
from brandregie.store.migrate import current_revision, head_revision, upgrade
from tests.store.old_database import add_brand_at_0001


def previous_revision() -> str:
    from alembic.script import ScriptDirectory

    from brandregie.store.migrate import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision())
    assert head is not None and isinstance(head.down_revision, str)
    return head.down_revision


def _tables(db: Path) -> set[str]:
    with closing(sqlite3.connect(db)) as connection:
        return {r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_kill_during_the_last_migration_step_keeps_the_old_schema(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{db}")
    upgrade(engine, "0001")
    with engine.begin() as conn:
        add_brand_at_0001(conn)
    engine.dispose()
    before = _tables(db)
    last = f"{previous_revision()} -> {head_revision()}"
    child = subprocess.Popen([sys.executable, "-m", "tests.store.migrate_driver", str(db), last],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    steps = []
    for line in child.stdout:
        steps.append(line.strip())
        if line.startswith(f"Running upgrade {last}"):
            child.send_signal(signal.SIGKILL)  # the earlier steps ran, the last has begun
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL, steps  # it died mid-migration, not after
    assert "OPENED" not in steps
    assert len([s for s in steps if s.startswith("Running upgrade")]) >= 2
    assert _tables(db) == before  # not one table of the steps that had already run
    with open_store(db) as store:  # the next open migrates it, with the data
        assert current_revision(store.engine) == head_revision()
        assert ProfileService(store).snapshot("Oude Bakker").brand.identity.why == \
            "Omdat brood telt"
