"""Rotating backups of the local SQLite database, and restoring one.

A backup is two parts: a SQLite file holding the whole database except the bytes of the
agencies' draft files, and those files, kept once by content in ``files/`` beside the backups
(``files/ab/abcdef…``, as the database stores them: compressed where that paid). A draft file
that ten backups hold is on disk once, so backing up a store of many drafts copies only the
small database and the files that are new since the last backup. Both parts are made in one
read transaction on the live file, so they are consistent even while the app writes (WAL
readers never block the writer); the files are written and synced first, each checked against
its hash, then the database copy is checked (``PRAGMA quick_check``) and renamed into place, so
a half-written or damaged copy never counts as a backup. Backups live in the user's data folder
under ``backups/``.

A backup can be stopped (``cancel``, a :class:`threading.Event`): SQLite's work is interrupted
within a few thousand steps, the half-written copy is removed and :class:`BackupCancelled`
raised; the parts already written stay (they are whole, named by their hash) and the next
backup finds them there, so the work done is not lost. The live database is only read.

Automatic backups are taken when the app starts and closes and at most every few minutes while
it runs (:func:`maybe_backup`), only when the database changed; the oldest are pruned, keeping
the newest few plus the newest of each recent day, and a file no kept backup names goes with
them. Manual backups and the safety copy a restore makes are never pruned automatically.

Restoring first makes the backup whole again beside the database (every draft file put back
and checked against its hash: a missing or damaged file refuses the restore before anything is
touched), then writes it into the database through SQLite's backup API, in one transaction: a
crash halfway leaves the old data. A database too damaged to open is moved aside instead and
the rebuilt backup renamed into its place. A backup made before files were kept apart is one
self-contained file and restores as it is.
"""

from __future__ import annotations

import contextlib
import filecmp
import hashlib
import os
import re
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from brandregie.errors import StoreError
from brandregie.i18n import _
from brandregie.paths import data_dir, default_database
from brandregie.store import backup_files as parts
from brandregie.store.database import Store

#: At most one automatic backup per this interval while the app runs.
BACKUP_INTERVAL = timedelta(minutes=10)
#: Automatic backups kept: the newest ``KEEP_RECENT``, plus the newest of each of the last
#: ``KEEP_DAILY`` days that have one.
KEEP_RECENT = 10
KEEP_DAILY = 14

AUTO = "auto"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
KINDS = (AUTO, MANUAL, BEFORE_RESTORE)

_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<kind>auto|manual|before-restore)"
                   r"\.db$")
_PARTIAL = ".partial"
_STALE_PARTIAL = timedelta(minutes=30)
#: A file no backup names is removed only when no backup has touched it this long (one may be
#: under way, its database not yet in place).
_UNUSED_FILE_AGE = timedelta(hours=1)
_RESTORING = ".restoring"
#: SQLite looks at a backup's cancel flag every this many virtual-machine steps (well under a
#: millisecond of work).
_CANCEL_STEPS = 10_000


class BackupCancelled(Exception):
    """The backup was stopped before it was whole; nothing of it counts as a backup."""


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file: when it was made (UTC), why, and its size in bytes."""

    path: Path
    created_at: datetime
    kind: str
    size: int


# -- where things are ---------------------------------------------------------------------------

def database_file(db: Store | str | Path | None) -> Path:
    """The SQLite file behind ``db`` (an open store, a path, or None for the user's default)."""
    if isinstance(db, Store):
        if not db.is_sqlite or not db.engine.url.database:
            raise StoreError(_("backups are for the local database file; back up a team "
                               "database with the server's own tools (pg_dump)"))
        return Path(db.engine.url.database).resolve()
    if db is None or str(db) == "":
        return default_database()
    text = str(db)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///"):]
    elif "://" in text:
        raise StoreError(_("backups are for the local database file; back up a team "
                           "database with the server's own tools (pg_dump)"))
    return Path(text).expanduser().resolve()


def backups_folder(db: Store | str | Path | None) -> Path:
    """Where the backups of ``db`` are kept: ``backups/`` in the data folder (a subfolder per
    database other than the default one, so two databases' backups never mix)."""
    path = database_file(db)
    root = data_dir() / "backups"
    if path == default_database().resolve():
        return root
    digest = hashlib.sha256(str(path).encode()).hexdigest()[:8]
    return root / f"{path.stem}-{digest}"


def list_backups(db: Store | str | Path | None, *, folder: Path | None = None) -> list[Backup]:
    """The backups of ``db``, newest first."""
    folder = folder or backups_folder(db)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        found.append(Backup(path, created, match["kind"], path.stat().st_size))
    found.sort(key=lambda b: b.created_at, reverse=True)
    return found


# -- making backups -----------------------------------------------------------------------------

def _connect(path: Path, *, create: bool = False, readonly: bool = False
             ) -> sqlite3.Connection:
    mode = "rwc" if create else "ro" if readonly else "rw"
    try:
        connection = sqlite3.connect(f"file:{path}?mode={mode}", uri=True, timeout=10,
                                     isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(_("{path} cannot be opened: {reason}").format(
            path=path, reason=exc)) from None
    connection.execute("PRAGMA busy_timeout=10000")
    return connection


def _check(connection: sqlite3.Connection, path: Path) -> None:
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise StoreError(_("{path} is damaged: {reason}").format(path=path, reason=exc)) from None
    if rows != [("ok",)]:
        raise StoreError(_("{path} is damaged: {reason}").format(path=path, reason=rows[0][0]))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_database(source: Path, target: Path, cancel: threading.Event | None = None
                   ) -> None:
    """A consistent, checked copy of ``source`` at ``target`` (atomic rename), its draft
    files and large values kept apart beside it (:mod:`~brandregie.store.backup_files`)."""
    partial = target.with_name(target.name + _PARTIAL)
    partial.unlink(missing_ok=True)
    stop = cancel or threading.Event()
    try:
        dst = _connect(partial, create=True)
        try:
            dst.set_progress_handler(lambda: 1 if stop.is_set() else 0, _CANCEL_STEPS)
            dst.execute("ATTACH DATABASE ? AS src", (source.as_uri(),))
            dst.execute("BEGIN")  # one read transaction on the source: a consistent snapshot
            parts.copy_apart(dst, target.parent, stop)
            dst.execute("COMMIT")
            dst.execute("DETACH DATABASE src")
            _check(dst, source)
        except (sqlite3.DatabaseError, StoreError) as exc:
            if stop.is_set():  # interrupted, also in the copy's check: not damage
                raise BackupCancelled from None
            if isinstance(exc, StoreError):
                raise
            raise StoreError(_("{path} is damaged: {reason}").format(
                path=source, reason=exc)) from None
        finally:
            dst.close()
        if stop.is_set():
            raise BackupCancelled
    except BaseException:
        partial.unlink(missing_ok=True)
        _journal(partial).unlink(missing_ok=True)  # left if the close itself was cut short
        raise
    _fsync(partial)
    partial.replace(target)
    _fsync(target.parent)


def _journal(path: Path) -> Path:
    """SQLite's rollback journal beside ``path`` while a transaction writes it."""
    return path.with_name(path.name + "-journal")


def _remove_stale_partials(folder: Path, now: datetime) -> None:
    """Leftovers of a backup interrupted by a crash (never one another process is writing),
    with their SQLite journals."""
    for path in [*folder.glob(f"*{_PARTIAL}"), *folder.glob(f"*{_PARTIAL}-journal")]:
        with contextlib.suppress(OSError):
            age = now.timestamp() - path.stat().st_mtime
            if age > _STALE_PARTIAL.total_seconds():
                path.unlink()


def create_backup(db: Store | str | Path | None, *, kind: str = MANUAL,
                  folder: Path | None = None, now: datetime | None = None,
                  cancel: threading.Event | None = None) -> Backup:
    """Back up ``db`` now; safe while the app (or anyone) writes to it. Once ``cancel`` is set
    it stops soon with :class:`BackupCancelled`, leaving no backup."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    source = database_file(db)
    if not source.is_file():
        raise StoreError(_("there is no database at {path}").format(path=source))
    folder = folder or backups_folder(db)
    folder.mkdir(parents=True, exist_ok=True)
    now = now or datetime.now(UTC)
    _remove_stale_partials(folder, now)
    target = folder / f"{source.stem}-{now.strftime(_STAMP)}-{kind}.db"
    while target.exists():  # two backups in the same microsecond: take the next one
        now += timedelta(microseconds=1)
        target = folder / f"{source.stem}-{now.strftime(_STAMP)}-{kind}.db"
    try:
        _copy_database(source, target, cancel)
    except OSError as exc:
        raise StoreError(_("the backup could not be written to {folder}: {reason}").format(
            folder=folder, reason=exc.strerror)) from None
    return Backup(target, now, kind, target.stat().st_size)


def _touched_since(source: Path, moment: float) -> bool:
    """Whether ``source`` may have changed after ``moment``: every commit writes the file or
    its -wal. Opening the database creates an empty -wal, which holds no change (a commit
    writes frames into it; a checkpoint that empties it writes the file first), so an empty
    one does not count. Only the quick test: :func:`maybe_backup` compares the copy itself
    before keeping it."""
    if not source.exists():
        return True
    stamps = [source.stat().st_mtime]
    wal = source.with_name(source.name + "-wal")
    with contextlib.suppress(FileNotFoundError):
        found = wal.stat()
        if found.st_size > 0:
            stamps.append(found.st_mtime)
    return max(stamps) > moment


def prune_backups(db: Store | str | Path | None, *, keep_recent: int = KEEP_RECENT,
                  keep_daily: int = KEEP_DAILY, folder: Path | None = None) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps; returns what was removed."""
    autos = [b for b in list_backups(db, folder=folder) if b.kind == AUTO]  # newest first
    keep = {b.path for b in autos[:keep_recent]}
    days: list[date] = []
    for backup in autos:
        day = backup.created_at.astimezone().date()
        if day not in days:
            days.append(day)
            if len(days) <= keep_daily:
                keep.add(backup.path)
    removed = []
    for backup in autos:
        if backup.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            removed.append(backup.path)
    remove_unused_files(db, folder=folder)
    return removed


def _needed_parts(path: Path) -> set[str] | None:
    """The stored parts backup ``path`` needs (None if it cannot be read)."""
    try:
        connection = _connect(path, readonly=True)
    except StoreError:
        return None
    try:
        return parts.named(connection)
    except sqlite3.DatabaseError:
        return None
    finally:
        connection.close()


def remove_unused_files(db: Store | str | Path | None, *, folder: Path | None = None,
                        now: datetime | None = None) -> list[Path]:
    """Delete the stored parts no backup in the folder needs any more; returns them. Nothing
    is deleted while a backup cannot be read (the parts might be the ones it needs)."""
    folder = folder or backups_folder(db)
    needed: set[str] = set()
    for backup in list_backups(db, folder=folder):
        found = _needed_parts(backup.path)
        if found is None:
            return []
        needed |= found
    return parts.remove_unused(folder, needed, now or datetime.now(UTC),
                               unused_age=_UNUSED_FILE_AGE, partial_age=_STALE_PARTIAL)


def space_used(db: Store | str | Path | None, *, folder: Path | None = None
               ) -> parts.SpaceUsed:
    """What the backups take now: their databases and the parts they share."""
    folder = folder or backups_folder(db)
    databases = sum(b.size for b in list_backups(db, folder=folder))
    size, count = parts.files_size(folder)
    return parts.SpaceUsed(databases, size, count)


def maybe_backup(store: Store, *, min_interval: timedelta = BACKUP_INTERVAL,
                 now: datetime | None = None, folder: Path | None = None,
                 cancel: threading.Event | None = None) -> Backup | None:
    """An automatic backup if the database changed since the newest backup and that one is
    older than ``min_interval``; the app calls this on start and close (``min_interval=0``)
    and from a timer. None for a team database, or when no backup was due. ``cancel``: as
    for :func:`create_backup`."""
    now = now or datetime.now(UTC)
    if not backup_due(store, min_interval=min_interval, now=now, folder=folder):
        return None
    existing = list_backups(store, folder=folder)
    backup = create_backup(store, kind=AUTO, folder=folder, now=now, cancel=cancel)
    if existing and filecmp.cmp(backup.path, existing[0].path, shallow=False):
        backup.path.unlink()  # the same data as the newest backup: keep history, not copies
        os.utime(existing[0].path)
        return None
    prune_backups(store, folder=folder)
    return backup


def backup_due(store: Store, *, min_interval: timedelta = BACKUP_INTERVAL,
               now: datetime | None = None, folder: Path | None = None) -> bool:
    """Whether :func:`maybe_backup` would back up now (the database changed since the newest
    backup, and that one is at least ``min_interval`` old); a few file stats."""
    if not store.is_sqlite or not store.engine.url.database:
        return False
    existing = list_backups(store, folder=folder)
    if not existing:
        return True
    newest = existing[0]
    if (now or datetime.now(UTC)) - newest.created_at < min_interval:
        return False
    # The newest backup's mtime: when it was made, or last found to match the database.
    return _touched_since(database_file(store), newest.path.stat().st_mtime)


def store_new_drafts(store: Store, *, folder: Path | None = None,
                     cancel: threading.Event | None = None) -> int:
    """The first part of a backup only: the agency files the backups folder does not hold
    yet, written and checked as a backup writes them (:func:`~.backup_files.copy_drafts`),
    and found there by the next backup, which then does not copy them again. Returns how
    many were written. What closing does on a store whose whole backup takes longer than
    closing may wait (a five-year store: seconds even when little changed). The live
    database is only read; once ``cancel`` is set it stops with :class:`BackupCancelled`
    (the files already written stay: each is whole)."""
    source = database_file(store)
    folder = folder or backups_folder(store)
    folder.mkdir(parents=True, exist_ok=True)
    stop = cancel or threading.Event()
    connection = sqlite3.connect("file::memory:", uri=True, isolation_level=None)
    try:
        connection.set_progress_handler(lambda: 1 if stop.is_set() else 0, _CANCEL_STEPS)
        connection.execute("ATTACH DATABASE ? AS src", (f"{source.as_uri()}?mode=ro",))
        connection.execute("BEGIN")  # one read transaction: the list and the bytes agree
        written = parts.copy_drafts(connection, folder, stop) \
            if "blobs" in parts.tables(connection, "src") else 0
    except sqlite3.DatabaseError as exc:
        if stop.is_set():
            raise BackupCancelled from None
        raise StoreError(_("{path} is damaged: {reason}").format(
            path=source, reason=exc)) from None
    except OSError as exc:
        raise StoreError(_("the backup could not be written to {folder}: {reason}").format(
            folder=folder, reason=exc.strerror)) from None
    finally:
        connection.close()
    if stop.is_set():
        raise BackupCancelled
    return written


# -- restoring ----------------------------------------------------------------------------------

def _check_backup(path: Path) -> None:
    if not path.is_file():
        raise StoreError(_("there is no backup at {path}").format(path=path))
    connection = _connect(path)
    try:
        _check(connection, path)
        tables = {r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(_("{path} is not a BrandRegie backup: {reason}").format(
            path=path, reason=exc)) from None
    finally:
        connection.close()
    if "alembic_version" not in tables or "brands" not in tables:
        raise StoreError(_("{path} is not a BrandRegie backup").format(path=path))


def _move_aside(target: Path, folder: Path, now: datetime) -> Path:
    """Keep a database too damaged to copy: rename it (and its -wal, -shm) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    aside = folder / f"{target.stem}-{now.strftime(_STAMP)}-damaged.db"
    for suffix in ("", "-wal", "-shm"):
        part = target.with_name(target.name + suffix)
        if part.exists():
            shutil.move(part, aside.with_name(aside.name + suffix))
    return aside


def _assemble(backup: Path, whole: Path) -> None:
    """``backup`` made whole again at ``whole``: its database with every part kept apart put
    back from beside it, each checked against its hash first."""
    whole.unlink(missing_ok=True)
    src = _connect(backup, readonly=True)
    try:
        dst = _connect(whole, create=True)
        try:
            src.backup(dst)
            parts.put_back(dst, backup.parent)
            _check(dst, backup)
        except sqlite3.DatabaseError as exc:
            raise StoreError(_("{path} is damaged: {reason}").format(
                path=backup, reason=exc)) from None
        finally:
            dst.close()
    except BaseException:
        whole.unlink(missing_ok=True)
        raise
    finally:
        src.close()


def restore_backup(backup: Path, db: str | Path | None = None, *,
                   folder: Path | None = None) -> Path | None:
    """Make ``backup`` the content of ``db`` again; close every store on ``db`` first.

    The backup is made whole and checked before anything is touched. The current database is
    kept first: as a ``before-restore`` backup, or, when it is too damaged to copy, moved aside
    as ``*-damaged.db``. Returns that safety copy (None when there was no database yet).
    """
    backup = Path(backup).expanduser().resolve()
    _check_backup(backup)
    target = database_file(db)
    folder = folder or backups_folder(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    whole = target.with_name(target.name + _RESTORING)
    try:
        _assemble(backup, whole)
        now = datetime.now(UTC)
        safety: Path | None = None
        healthy = False
        if target.exists():
            try:
                safety = create_backup(target, kind=BEFORE_RESTORE, folder=folder,
                                       now=now).path
                healthy = True
            except StoreError:
                safety = _move_aside(target, folder, now)
        if healthy:
            src = _connect(whole, readonly=True)
            dst = _connect(target)
            try:
                src.backup(dst)  # written in one transaction on the live file: all or nothing
            except sqlite3.DatabaseError as exc:
                raise StoreError(_("the backup could not be restored: {reason}").format(
                    reason=exc)) from None
            finally:
                src.close()
                dst.close()
        else:
            _fsync(whole)
            whole.replace(target)
            _fsync(target.parent)
    finally:
        whole.unlink(missing_ok=True)
    return safety
