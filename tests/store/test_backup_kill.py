"""Killing a backup or a restore at a known step leaves the database whole and no half backup
listed: what survives a kill there, asserted step by step."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from brandregie.profile.service import ProfileService
from brandregie.store.backup import create_backup, list_backups, restore_backup
from brandregie.store.database import open_store
from tests.hostile.databases import brandregie_database


def _kill_at(step: int, *args: str | Path) -> list[str]:
    """Run the driver, kill it when it reaches fsync number ``step``; what it said."""
    child = subprocess.Popen([sys.executable, "-m", "tests.store.backup_driver",
                              *map(str, args), str(step)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    said = []
    for line in child.stdout:
        said.append(line.strip())
        if line.startswith(f"FSYNC {step} "):
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL, said  # the kill landed at that step
    return said


def _whole(db: Path) -> None:
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with open_store(db) as store:
        assert ProfileService(store).snapshot("Bakkerij Korenaar").revision == 1


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return brandregie_database(tmp_path)


def test_a_kill_before_the_backup_is_renamed_lists_no_half_backup(db: Path) -> None:
    said = _kill_at(1, "create", db)
    assert said[-1].endswith(".partial")  # copied and checked, not yet in place
    assert list_backups(db) == []
    _whole(db)


def test_a_kill_after_the_backup_is_renamed_keeps_it(db: Path) -> None:
    said = _kill_at(2, "create", db)  # the folder's fsync, right after the rename
    assert not said[-1].endswith(".partial")
    backups = list_backups(db)
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0].path)) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
    _whole(db)


@pytest.mark.parametrize("step", [1, 2])
def test_a_kill_while_restore_keeps_the_current_data_leaves_it_unchanged(db: Path,
                                                                         step: int) -> None:
    older = create_backup(db)
    with open_store(db) as store:  # a change after the backup, which the restore would undo
        service = ProfileService(store)
        current = service.snapshot("Bakkerij Korenaar")
        assert current.brand_id is not None and current.revision is not None
        service.save(current.brand_id,
                     current.brand.model_copy(update={"name": "Bakkerij Korenaar Zwolle"}),
                     base_revision=current.revision)
    _kill_at(step, "restore", db, older.path)  # while the safety copy is made
    with open_store(db) as store:  # nothing restored yet: the current data is there
        assert [b.name for b in ProfileService(store).list_brands()] == [
            "Bakkerij Korenaar Zwolle"]
    kinds = [b.kind for b in list_backups(db)]
    assert kinds.count("before-restore") == (0 if step == 1 else 1)


def test_a_backup_killed_after_writing_its_draft_files_is_not_listed_and_the_next_reuses_them(
        db: Path) -> None:
    from brandregie.review.service import ReviewService

    draft = b"%PDF-1.7\n" + bytes(range(256)) * 4000
    with open_store(db) as store:
        service = ReviewService(store)
        job = service.create_assignment("Bakkerij Korenaar", "Folder")
        version = service.add_version(job.id, "folder.pdf", draft)
    said = _kill_at(1, "create", db)  # the draft file is written and synced, the copy is not
    assert said[-1].endswith(".partial") and list_backups(db) == []
    folder = Path(said[-1].split(" ", 2)[2]).parent
    (kept,) = (folder / "files").glob("*/*")
    assert kept.name == version.sha256

    made = create_backup(db)  # the file already there is used, not written again
    assert list((folder / "files").glob("*/*")) == [kept]
    restored = db.with_name("restored.db")
    restore_backup(made.path, restored)
    with open_store(restored) as store:
        assert ReviewService(store).version_data(version.id) == ("folder.pdf", draft)
    _whole(db)
