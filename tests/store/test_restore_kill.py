"""Killing the process while a restore writes the live database leaves either the data as it
was or the restored data, never a broken file, and the database opens afterwards.

The restore copies the backup into the open database in one SQLite transaction (WAL mode: the
pages go to the ``-wal`` file, the last frame commits, a checkpoint then copies them into the
database file). ``tests.store.restore_driver`` pauses before a chosen write, seen through
SQLite's own system-call hook, so each kill lands at a known place: before the transaction
commits (the data as it was), or after, during the checkpoint (the restored data).
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from brandregie.profile.service import ProfileService
from brandregie.store.backup import BEFORE_RESTORE, create_backup, list_backups
from brandregie.store.database import open_store
from tests.hostile.databases import brandregie_database

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the write hook needs Linux")

RESTORED, CURRENT = "Bakkerij Korenaar", "Bakkerij Korenaar Zwolle"


def _driver(db: Path, backup: Path, stop_at: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.store.restore_driver", str(db),
                             str(backup), str(stop_at)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def _writes(db: Path, backup: Path) -> list[str]:
    """The kinds of file (``db``, ``-wal``, ...) of every write a whole restore makes."""
    child = _driver(db, backup, 0)
    out, _err = child.communicate(timeout=60)
    lines = out.splitlines()
    assert child.returncode == 0 and lines[-1] == "DONE", out
    return [line.split()[2] for line in lines[:-1]]


def _kill_before(write: int, db: Path, backup: Path) -> str:
    """Run a restore and kill it just before write number ``write``; that write's line."""
    child = _driver(db, backup, write)
    assert child.stdout is not None
    said = ""
    for line in child.stdout:
        said = line.strip()
        if line.startswith(f"WRITE {write} "):
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL, said  # the kill landed at that write
    return said


def _changed_after_a_backup(folder: Path) -> tuple[Path, Path]:
    """A database whose brand was renamed after its backup was made, and that backup."""
    db = brandregie_database(folder)
    older = create_backup(db).path
    with open_store(db) as store:
        service = ProfileService(store)
        current = service.snapshot(RESTORED)
        assert current.brand_id is not None and current.revision is not None
        service.save(current.brand_id, current.brand.model_copy(update={"name": CURRENT}),
                     base_revision=current.revision)
    return db, older


def _brand_names(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with open_store(db) as store:
        return [brand.name for brand in ProfileService(store).list_brands()]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The user folders of tests/conftest.py, for this module's own fixtures too (they are
    made before any test's): their backups never land in the real user's data folder."""
    folder = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME",
                         "XDG_CACHE_HOME"):
            patch.setenv(variable, str(folder / variable))
        yield


@pytest.fixture(scope="module")
def changed(home: None, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A closed database renamed after its backup, to copy, and that backup."""
    return _changed_after_a_backup(tmp_path_factory.mktemp("changed"))


def _copy(changed: tuple[Path, Path], folder: Path) -> Path:
    db = folder / "brand.db"
    shutil.copyfile(changed[0], db)
    return db


@pytest.fixture(scope="module")
def writes(home: None, changed: tuple[Path, Path],
           tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """What a whole restore writes, in order: the ``-wal`` frames, then the checkpoint."""
    db = _copy(changed, tmp_path_factory.mktemp("trace"))
    kinds = _writes(db, changed[1])
    assert _brand_names(db) == [RESTORED]
    wal = [n for n, kind in enumerate(kinds, 1) if kind == "-wal"]
    main = [n for n, kind in enumerate(kinds, 1) if kind == "db"]
    assert len(wal) > 20 and len(main) > 10 and max(wal) < min(main)
    return kinds


#: Where to kill, as (file kind, which of its writes), and what the database then holds.
PLACES = [
    ("-wal", 0, CURRENT),  # the transaction has begun, nothing written yet
    ("-wal", 0.5, CURRENT),  # half of the frames written
    ("-wal", -1, CURRENT),  # the commit frame's header written, its page not: no commit
    ("db", 0, RESTORED),  # committed; the checkpoint has not begun
    ("db", 0.5, RESTORED),  # committed; the database file half overwritten
]


@pytest.mark.parametrize(("kind", "which", "holds"), PLACES)
def test_a_kill_inside_the_restore_leaves_the_old_or_the_restored_data(
        tmp_path: Path, changed: tuple[Path, Path], writes: list[str], kind: str,
        which: float, holds: str) -> None:
    of_kind = [n for n, k in enumerate(writes, 1) if k == kind]
    write = of_kind[int(which * len(of_kind)) if isinstance(which, float) else int(which)]
    db = _copy(changed, tmp_path)
    said = _kill_before(write, db, changed[1])
    assert said.startswith(f"WRITE {write} {kind} ")
    assert _brand_names(db) == [holds]  # whole, opened, migrated, one of the two
    # the data as it was before the restore is kept either way
    assert [b.kind for b in list_backups(db)].count(BEFORE_RESTORE) == 1
