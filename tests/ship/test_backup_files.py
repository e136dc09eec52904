"""Backups that do not multiply: draft files and large values kept once by content for every
backup in the folder, put back and checked by a restore, dropped with the last backup that
needs them; a month of daily use stays within twice the live data."""

from __future__ import annotations

import contextlib
import os
import random
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from brandregie.errors import StoreError
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.service import DuplicateDraftError, ReviewService
from brandregie.store import backup as b
from brandregie.store.database import open_store
from tests.ship.edit_driver import BRAND
from tests.ship.support import integrity

TEXT = ("Bij Korenaar bakken we elke nacht ons brood met zuurdesem en tijd.\n" * 4000).encode()
PDF = b"%PDF-1.7\n" + os.urandom(1_500_000)


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _live_size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file())


def _edit(db: Path, story: str) -> None:
    with open_store(db) as store:
        service = ProfileService(store)
        snap = service.snapshot(BRAND)
        identity = snap.brand.identity.model_copy(update={"story": story})
        assert snap.brand_id is not None and snap.revision is not None
        service.save(snap.brand_id, snap.brand.model_copy(update={"identity": identity}),
                     base_revision=snap.revision)


def _drafts(db: Path) -> dict[str, bytes]:
    with open_store(db) as store:
        service = ReviewService(store)
        return dict(service.version_data(v.id) for a in service.assignments()
                    for v in service.versions(a.id))


def test_a_draft_file_in_many_backups_is_on_disk_once_and_restores_exactly(
        stored_db: Path) -> None:
    with open_store(stored_db) as store:
        service = ReviewService(store)
        job = service.create_assignment(BRAND, "Nieuwsbrief")
        service.add_version(job.id, "nieuwsbrief.pdf", PDF)
        service.add_version(job.id, "nieuwsbrief.txt", TEXT)
    first = b.create_backup(stored_db)
    _edit(stored_db, "after the first backup")
    later = [b.create_backup(stored_db) for _ in range(4)]
    folder = first.path.parent

    assert len(list((folder / "files").glob("*/*"))) == 2  # one copy each, for five backups
    assert all(x.size < len(PDF) / 3 for x in [first, *later])  # the databases hold no drafts
    assert _folder_size(folder / "files") < 1.1 * len(PDF)  # the text compressed, once
    with open_store(stored_db) as store:  # a version after the backups, which a restore undoes
        service = ReviewService(store)
        (job,) = service.assignments()
        service.add_version(job.id, "nieuwsbrief-2.txt", TEXT + b"Nog een regel.\n")

    b.restore_backup(first.path, stored_db)

    assert integrity(stored_db) == "ok"
    assert _drafts(stored_db) == {"nieuwsbrief.pdf": PDF, "nieuwsbrief.txt": TEXT}
    with open_store(stored_db) as store:
        assert ProfileService(store).snapshot(BRAND).revision == 1


@pytest.mark.parametrize("harm", ["missing", "damaged"])
def test_a_restore_whose_stored_part_is_missing_or_damaged_is_refused_and_nothing_changes(
        stored_db: Path, harm: str) -> None:
    with open_store(stored_db) as store:
        service = ReviewService(store)
        job = service.create_assignment(BRAND, "Vacature")
        service.add_version(job.id, "vacature.pdf", PDF)
    made = b.create_backup(stored_db)
    _edit(stored_db, "keep me")
    (part,) = (made.path.parent / "files").glob("*/*")
    if harm == "missing":
        part.unlink()
    else:
        data = bytearray(part.read_bytes())
        data[len(data) // 2] ^= 0xFF
        part.write_bytes(bytes(data))

    with pytest.raises(StoreError, match="missing or damaged"):
        b.restore_backup(made.path, stored_db)

    with open_store(stored_db) as store:
        assert ProfileService(store).snapshot(BRAND).brand.identity.story == "keep me"
    assert [x.kind for x in b.list_backups(stored_db)] == [b.MANUAL]  # no safety copy made
    assert not list(stored_db.parent.glob("*.restoring"))


def test_parts_no_kept_backup_needs_go_with_the_last_backup_that_needed_them(
        stored_db: Path) -> None:
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    with open_store(stored_db) as store:
        service = ReviewService(store)
        job = service.create_assignment(BRAND, "Campagne")
        version = service.add_version(job.id, "campagne.pdf", PDF)
    b.create_backup(stored_db, kind=b.AUTO, now=start)
    with open_store(stored_db) as store:
        ReviewService(store).delete_version(version.id)
    for day in range(1, 4):
        b.create_backup(stored_db, kind=b.AUTO, now=start + timedelta(days=day))
    folder = b.backups_folder(stored_db)
    assert len(list((folder / "files").glob("*/*"))) == 1

    b.prune_backups(stored_db, keep_recent=2, keep_daily=2)
    assert len(list((folder / "files").glob("*/*"))) == 1  # touched within the hour: kept
    removed = b.remove_unused_files(stored_db, now=datetime.now(UTC) + timedelta(hours=2))

    assert [p.name for p in removed if p.parent.parent.name == "files"] == [version.sha256]
    assert len(b.list_backups(stored_db)) == 2
    for backup in b.list_backups(stored_db):  # what is left still restores whole
        b.restore_backup(backup.path, stored_db.with_name(f"check-{backup.size}.db"))


def test_a_month_of_daily_use_keeps_the_backup_folder_within_twice_the_live_data(
        stored_db: Path) -> None:
    """Each day: profile edits, a draft or two (a third of them a file seen before), three
    automatic backups with the app's rotation (10 newest, one a day for 14 days)."""
    rng = random.Random(21)
    start = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    seen: list[bytes] = []
    with open_store(stored_db) as store:
        review = ReviewService(store)
        job = review.create_assignment(BRAND, "Social posts maart")
        for day in range(30):
            for edit in range(4):
                profiles = ProfileService(store)
                snap = profiles.snapshot(BRAND)
                story = f"Dag {day}, versie {edit}: " + "deeg " * rng.randint(50, 400)
                identity = snap.brand.identity.model_copy(update={"story": story})
                assert snap.brand_id is not None and snap.revision is not None
                profiles.save(snap.brand_id, snap.brand.model_copy(update={"identity": identity}),
                              base_revision=snap.revision)
            for _ in range(rng.randint(1, 2)):
                if seen and rng.random() < 0.33:
                    data = rng.choice(seen)
                else:
                    data = rng.randbytes(rng.randint(50_000, 400_000))
                    seen.append(data)
                with contextlib.suppress(DuplicateDraftError):  # one this assignment has
                    review.add_version(job.id, f"post-{day}.pdf", data)
            for hour in (0, 4, 9):
                time.sleep(0.01)  # the database's mtime moves past the last backup's
                b.maybe_backup(store, now=start + timedelta(days=day, hours=hour),
                               min_interval=timedelta(0))
    b.remove_unused_files(stored_db, now=datetime.now(UTC) + timedelta(hours=2))
    folder = b.backups_folder(stored_db)
    live, kept = _live_size(stored_db), _folder_size(folder)
    print(f"live {live / 1e6:.1f} MB, backups {kept / 1e6:.1f} MB "
          f"({len(b.list_backups(stored_db))} backups)")
    assert kept <= 2 * live


def _bytes_read() -> int:
    """Bytes this process has read through the system so far (page cache included)."""
    fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
    return int(fields["rchar"])


def test_a_second_backup_of_unchanged_drafts_does_not_read_them_again(stored_db: Path) -> None:
    big = b"%PDF-1.7\n" + os.urandom(8_000_000)  # stored as it is: nothing to compress
    with open_store(stored_db) as store:
        service = ReviewService(store)
        job = service.create_assignment(BRAND, "Jaarverslag")
        service.add_version(job.id, "jaarverslag.pdf", big)
    first = b.create_backup(stored_db)
    folder = first.path.parent
    files_before = _folder_size(folder / "files")

    before = _bytes_read()
    second = b.create_backup(stored_db)
    read = _bytes_read() - before

    assert read < len(big) / 4  # the draft's bytes are known by their hash: not read again
    assert _folder_size(folder / "files") == files_before  # and not written again
    _edit(stored_db, "after the second backup")
    b.restore_backup(second.path, stored_db)
    assert integrity(stored_db) == "ok"
    assert _drafts(stored_db) == {"jaarverslag.pdf": big}  # restore checked and put it back


class _StopAfter(threading.Event):
    """A cancel flag that is found set from its ``n``-th look on: the person cancels
    while the backup is under way, at a known step (a whole backup here looks 20-40 times)."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.looks, self.n = 0, n

    def is_set(self) -> bool:
        self.looks += 1
        return self.looks >= self.n or super().is_set()


@pytest.mark.parametrize("step", [1, 2, 5, 10, 20])
def test_a_cancelled_backup_leaves_no_backup_and_the_data_as_it_was(
        stored_db: Path, step: int) -> None:
    with open_store(stored_db) as store:
        service = ReviewService(store)
        job = service.create_assignment(BRAND, "Nieuwsbrief")
        service.add_version(job.id, "nieuwsbrief.pdf", PDF)
        service.add_version(job.id, "nieuwsbrief.txt", TEXT)
    _edit(stored_db, "kept while a backup is cancelled")

    with open_store(stored_db) as store, pytest.raises(b.BackupCancelled):
        b.maybe_backup(store, cancel=_StopAfter(step))

    folder = b.backups_folder(stored_db)
    assert b.list_backups(stored_db) == []
    assert not [p for p in folder.rglob("*") if ".partial" in p.name]
    assert integrity(stored_db) == "ok"
    assert _drafts(stored_db) == {"nieuwsbrief.pdf": PDF, "nieuwsbrief.txt": TEXT}
    with open_store(stored_db) as store:
        made = b.maybe_backup(store)  # the next start takes it up
    assert made is not None
    _edit(stored_db, "after the backup")
    b.restore_backup(made.path, stored_db)
    with open_store(stored_db) as store:
        snap = ProfileService(store).snapshot(BRAND)
        assert snap.brand.identity.story == "kept while a backup is cancelled"
    assert _drafts(stored_db) == {"nieuwsbrief.pdf": PDF, "nieuwsbrief.txt": TEXT}


def test_a_backup_cancelled_in_its_last_steps_is_cancelled_not_damaged(
        tmp_path: Path, sample_snapshot: ProfileSnapshot) -> None:
    """The copy's own check (quick_check) is interrupted too: that is no damaged database
    (closing's last backup said so in the log on the five-year store). A brand of 3,000
    banned words makes the check long enough to be looked in on."""
    from brandregie.profile.schema import BannedTerm

    brand = sample_snapshot.brand
    words = tuple(BannedTerm(term=f"woord{n}") for n in range(3000))
    db = tmp_path / "brandregie.db"
    with open_store(db) as store:
        ProfileService(store).create(brand.model_copy(update={
            "vocabulary": brand.vocabulary.model_copy(update={"banned": words})}))
    b.create_backup(db, kind=b.MANUAL)  # its parts stored: each run below alike
    counting = _StopAfter(10**9)
    b.create_backup(db, kind=b.MANUAL, cancel=counting)
    for last in range(max(1, counting.looks - 6), counting.looks + 1):
        with pytest.raises(b.BackupCancelled):
            b.create_backup(db, kind=b.MANUAL, cancel=_StopAfter(last))
    assert len(b.list_backups(db)) == 2


def test_a_half_backup_left_by_a_crash_goes_with_its_journal(stored_db: Path) -> None:
    folder = b.backups_folder(stored_db)
    folder.mkdir(parents=True)
    left = [folder / "brandregie-20261207T234105770553Z-auto.db.partial",
            folder / "brandregie-20261207T234105770553Z-auto.db.partial-journal"]
    an_hour_ago = time.time() - 3600
    for path in left:
        path.write_bytes(b"\0" * 1024)
        os.utime(path, (an_hour_ago, an_hour_ago))
    b.create_backup(stored_db)
    assert not [p for p in folder.iterdir() if ".partial" in p.name]
    assert len(b.list_backups(stored_db)) == 1


def test_storing_the_new_drafts_alone_spares_the_next_backup_copying_them(
        stored_db: Path) -> None:
    """What closing does on a store whose backup takes longer than closing may wait."""
    b.create_backup(stored_db)
    with open_store(stored_db) as store:
        service = ReviewService(store)
        job = service.create_assignment(BRAND, "Nieuwsbrief")
        service.add_version(job.id, "nieuwsbrief.pdf", PDF)
        with pytest.raises(b.BackupCancelled):  # closing ran out of time before it began
            b.store_new_drafts(store, cancel=_StopAfter(1))
        assert b.store_new_drafts(store) == 1
        assert b.store_new_drafts(store) == 0  # stored: not written again
    folder = b.backups_folder(stored_db)
    assert len(b.list_backups(stored_db)) == 1  # no backup yet: only its part
    assert not [p for p in folder.rglob("*") if ".partial" in p.name]
    stored = {p.name: p.stat().st_size for p in (folder / "files").glob("*/*")}

    before = _bytes_read()
    with open_store(stored_db) as store:
        made = b.maybe_backup(store, min_interval=timedelta(0))  # the next start's backup
    read = _bytes_read() - before

    assert made is not None and read < len(PDF) / 2  # the stored draft was not read again
    assert {p.name: p.stat().st_size for p in (folder / "files").glob("*/*")} == stored
    _edit(stored_db, "after the backup")
    b.restore_backup(made.path, stored_db)
    assert _drafts(stored_db) == {"nieuwsbrief.pdf": PDF}


def test_opening_the_database_is_no_change_worth_a_backup(stored_db: Path) -> None:
    """The app opens the file (SQLite makes an empty -wal beside it) and closes without a
    write: no backup is due at close. One write, and one is."""
    b.create_backup(stored_db)
    with open_store(stored_db) as store:
        ProfileService(store).snapshot(BRAND)  # read only
        assert stored_db.with_name(stored_db.name + "-wal").exists()
        assert not b.backup_due(store, min_interval=timedelta(0))
        _edit(stored_db, "written while the app is open")
        assert b.backup_due(store, min_interval=timedelta(0))
