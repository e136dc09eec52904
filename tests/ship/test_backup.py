"""Backups of the local database: made while the app writes, rotated, and restored."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from brandregie.errors import StoreError
from brandregie.paths import data_dir, default_database
from brandregie.profile.service import ProfileService
from brandregie.store import backup as b
from brandregie.store.database import open_store
from tests.ship.edit_driver import BRAND, edit_number, logo_digest
from tests.ship.support import Driver, integrity


def _story(db: Path) -> str:
    with open_store(db) as store:
        return ProfileService(store).snapshot(BRAND).brand.identity.story


def _edit(db: Path, story: str) -> None:
    with open_store(db) as store:
        service = ProfileService(store)
        snap = service.snapshot(BRAND)
        identity = snap.brand.identity.model_copy(update={"story": story})
        assert snap.brand_id is not None and snap.revision is not None
        service.save(snap.brand_id, snap.brand.model_copy(update={"identity": identity}),
                     base_revision=snap.revision)


def test_a_backup_restores_the_profile_as_it_was(stored_db: Path) -> None:
    _edit(stored_db, "before the backup")
    made = b.create_backup(stored_db)
    _edit(stored_db, "after the backup")

    safety = b.restore_backup(made.path, stored_db)

    assert _story(stored_db) == "before the backup"
    assert integrity(stored_db) == "ok"
    assert safety is not None and safety.exists()  # what was there before the restore is kept
    kept = b.list_backups(stored_db)
    assert {x.kind for x in kept} == {b.MANUAL, b.BEFORE_RESTORE}
    b.restore_backup(safety, stored_db)  # undoing the restore
    assert _story(stored_db) == "after the backup"


def test_a_backup_is_one_checked_file_in_the_backups_folder(stored_db: Path) -> None:
    made = b.create_backup(stored_db)
    assert made.path.parent.parent == data_dir() / "backups"
    assert made.path.parent.name.startswith("brandregie-")
    assert integrity(made.path) == "ok"
    assert not list(made.path.parent.glob("*-wal")) and not list(made.path.parent.glob("*.partial"))
    assert b.list_backups(stored_db) == [made]


def test_the_default_database_keeps_its_backups_directly_in_backups() -> None:
    with open_store() as store:
        made = b.create_backup(store)
    assert made.path.parent == data_dir() / "backups"
    assert b.database_file(None) == default_database()


def test_a_backup_made_while_the_app_writes_opens_with_all_its_data(
        stored_db: Path, drivers: list[Driver]) -> None:
    driver = Driver.start(stored_db, "--debounce", "0", "--file-kb", "512", "--count", "400")
    drivers.append(driver)
    driver.wait_for("SAVED")
    made = []
    for _ in range(6):
        made.append(b.create_backup(stored_db))
        time.sleep(0.05)
    assert driver.process.poll() is None, "the writer stopped before the backups were done"
    driver.process.terminate()
    driver.finish()
    saved = {int(line.words[2]): (int(line.words[1]), line.words[3])
             for line in driver.said("SAVED")}

    revisions = []
    with open_store(stored_db) as store:
        original = ProfileService(store)
        for backup in made:
            restored = backup.path.parent / f"restored-{backup.created_at.timestamp()}.db"
            b.restore_backup(backup.path, restored)
            assert integrity(restored) == "ok"
            with open_store(restored) as copy:
                service = ProfileService(copy)
                snap = service.snapshot(BRAND)
                assert snap.revision is not None
                revisions.append(snap.revision)
                if snap.revision > 1:  # the writer's own save: content and logo bytes intact
                    assert (edit_number(snap), logo_digest(snap)) == saved[snap.revision]
                # and every earlier revision kept: readable, and the same as in the live data
                # where that still has it (a burst of saves goes on as one revision there)
                live = {r.number for r in original.revisions(BRAND, limit=None)}
                for number in [r.number for r in service.revisions(BRAND, limit=None)]:
                    kept = service.snapshot(BRAND, number)
                    if number in live:
                        assert kept == original.snapshot(BRAND, number)
    assert revisions == sorted(revisions)
    assert revisions[-1] > revisions[0], "the backups were not taken while the app wrote"


def test_automatic_backups_are_taken_only_when_due_and_changed(stored_db: Path) -> None:
    with open_store(stored_db) as store:
        first = b.maybe_backup(store)
        assert first is not None and first.kind == b.AUTO
        assert b.maybe_backup(store, min_interval=timedelta(0)) is None  # nothing changed
        _edit(stored_db, "changed")
        assert b.maybe_backup(store) is None  # changed, but the last backup is too recent
        later = b.maybe_backup(store, now=datetime.now(UTC) + b.BACKUP_INTERVAL)
        assert later is not None
        assert [x.path for x in b.list_backups(store)] == [later.path, first.path]


def test_starting_the_app_again_without_changes_makes_no_new_backup(stored_db: Path) -> None:
    for _ in range(3):  # open, look, close: as three app starts in which nothing was edited
        with open_store(stored_db) as store:
            ProfileService(store).list_brands()
            b.maybe_backup(store, min_interval=timedelta(0))
    assert len(b.list_backups(stored_db)) == 1
    _edit(stored_db, "edited after a restart")
    with open_store(stored_db) as store:
        assert b.maybe_backup(store, min_interval=timedelta(0)) is not None
    assert len(b.list_backups(stored_db)) == 2


def test_rotation_keeps_the_newest_and_one_a_day(stored_db: Path) -> None:
    start = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    for day in range(20):  # three automatic backups a day for 20 days
        for hour in (0, 4, 8):
            b.create_backup(stored_db, kind=b.AUTO,
                            now=start + timedelta(days=day, hours=hour))
    manual = b.create_backup(stored_db, kind=b.MANUAL, now=start)

    removed = b.prune_backups(stored_db, keep_recent=5, keep_daily=7)

    kept = b.list_backups(stored_db)
    autos = [x for x in kept if x.kind == b.AUTO]
    newest = start + timedelta(days=19, hours=8)
    assert autos[0].created_at == newest
    # The newest five, plus the newest of each of the last seven days that had backups.
    days = {x.created_at.astimezone().date() for x in autos}
    assert len(days) == 7
    assert len(autos) == len({x.path for x in autos[:5]} | {
        max((x for x in autos if x.created_at.astimezone().date() == d),
            key=lambda x: x.created_at).path for d in days})
    assert len(removed) == 60 - len(autos)
    assert manual in kept  # a backup the owner made is never pruned


def test_a_damaged_database_is_moved_aside_and_the_backup_restored(stored_db: Path) -> None:
    _edit(stored_db, "the good days")
    made = b.create_backup(stored_db)
    assert not stored_db.with_name(stored_db.name + "-wal").exists()  # all in the file now
    size = stored_db.stat().st_size
    with stored_db.open("r+b") as fh:  # a disk fault: every page after the first is garbage
        fh.seek(4096)
        fh.write(os.urandom(size - 4096))
    assert integrity(stored_db) != "ok"

    aside = b.restore_backup(made.path, stored_db)

    assert aside is not None and aside.name.endswith("-damaged.db") and aside.exists()
    assert aside.stat().st_size == size  # the damaged file is kept for a rescue attempt
    assert integrity(stored_db) == "ok"
    assert _story(stored_db) == "the good days"


def test_a_damaged_or_foreign_backup_is_refused_and_nothing_changes(
        stored_db: Path, tmp_path: Path) -> None:
    _edit(stored_db, "keep me")
    made = b.create_backup(stored_db)
    with made.path.open("r+b") as fh:
        fh.seek(0)
        fh.write(b"not sqlite at all" * 10)
    with pytest.raises(StoreError, match="damaged|cannot be opened|not a BrandRegie"):
        b.restore_backup(made.path, stored_db)
    foreign = tmp_path / "other.db"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE notes (x)")
    connection.close()
    with pytest.raises(StoreError, match="not a BrandRegie backup"):
        b.restore_backup(foreign, stored_db)
    with pytest.raises(StoreError, match="no backup"):
        b.restore_backup(tmp_path / "missing.db", stored_db)
    assert _story(stored_db) == "keep me"
    assert [x.kind for x in b.list_backups(stored_db)] == [b.MANUAL]  # no safety copy made


def test_a_team_database_has_no_file_backups() -> None:
    with pytest.raises(StoreError, match="pg_dump"):
        b.database_file("postgresql://someone@127.0.0.1/brands")


def test_an_interrupted_backup_is_never_listed_and_is_cleaned_up(stored_db: Path) -> None:
    folder = b.backups_folder(stored_db)
    folder.mkdir(parents=True)
    partial = folder / "brandregie-20260301T120000000000Z-auto.db.partial"
    partial.write_bytes(b"half a copy")
    old = time.time() - 3600
    os.utime(partial, (old, old))
    assert b.list_backups(stored_db) == []
    b.create_backup(stored_db)
    assert not partial.exists()


@pytest.mark.slow
def test_a_restore_killed_halfway_leaves_either_the_old_or_the_restored_data(
        stored_db: Path) -> None:
    def save(story: str) -> None:
        with open_store(stored_db) as store:
            service = ProfileService(store)
            snap = service.snapshot(BRAND)
            logo = snap.brand.visual.logos[0].model_copy(update={"file": "logos/logo.png"})
            brand = snap.brand.model_copy(update={
                "identity": snap.brand.identity.model_copy(update={"story": story}),
                "visual": snap.brand.visual.model_copy(update={"logos": (logo,)})})
            assert snap.brand_id is not None and snap.revision is not None
            service.save(snap.brand_id, brand, base_revision=snap.revision,
                         files={"logos/logo.png": os.urandom(20_000_000)})

    save("restored")
    made = b.create_backup(stored_db)
    save("current")
    code = ("import sys; from pathlib import Path; from brandregie.store.backup import "
            "restore_backup; restore_backup(Path(sys.argv[1]), Path(sys.argv[2]))")
    seen = set()
    for delay in (0.05, 0.15, 0.3, 0.5, 0.8, 1.2):
        child = subprocess.Popen([sys.executable, "-c", code, str(made.path), str(stored_db)])
        time.sleep(delay)
        child.kill()
        child.wait(timeout=30)
        assert integrity(stored_db) == "ok", f"damaged by a restore killed after {delay} s"
        story = _story(stored_db)
        assert story in ("current", "restored")
        seen.add(story)
        if story == "restored":
            save("current")  # start the next round from the current data again
    print(f"after the kills the database held: {sorted(seen)}")
