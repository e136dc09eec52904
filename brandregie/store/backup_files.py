"""What a backup keeps outside its database file, once by content for every backup in a folder.

Two kinds, each file named by a SHA-256 in a folder beside the backups:

- ``files/ab/abcdef…``: the agencies' draft files (the ``blobs`` table's bytes), named by the
  draft's own hash and kept as the database stores them (compressed where that paid);
- ``values/ab/abcdef…``: every other value of 4 kB or more (a revision's profile, a checked
  draft's text and findings, a logo), named by the value's hash, zlib-compressed.

A backup's database holds everything else, with each of those values left empty and listed in
its table ``_backup_values`` (the draft files are listed by ``blobs`` itself), so a backup of a
store that barely changed adds a small database and the few values that are new. Putting a
backup back fills every value in again, each checked against its hash.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import threading
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from brandregie.errors import StoreError
from brandregie.i18n import _
from brandregie.store import blobs

FILES = "files"
VALUES = "values"
LISTED = "_backup_values"
#: Values at least this long (characters or bytes) are kept apart.
LARGE = 4096
PARTIAL = ".partial"
_KINDS_APART = ("TEXT", "BLOB", "JSON", "CLOB", "")


def fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def tables(connection: sqlite3.Connection, schema: str = "main") -> set[str]:
    return {r[0] for r in connection.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")}


def _path(folder: Path, digest: str) -> Path:
    return folder / digest[:2] / digest


class _Writer:
    """Writes content-named files once; the ones already there are only touched (so a prune
    running meanwhile keeps them); folders synced at the end."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.touched: set[Path] = set()

    def has(self, digest: str, size: int | None = None) -> bool:
        path = _path(self.folder, digest)
        try:
            if size is not None and path.stat().st_size != size:
                return False
            os.utime(path)
        except OSError:
            return False
        return True

    def write(self, digest: str, data: bytes) -> None:
        path = _path(self.folder, digest)
        path.parent.mkdir(parents=True, exist_ok=True)
        # its own name: two backups at once (the app's and one by hand) may write the same file
        partial = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}{PARTIAL}")
        partial.write_bytes(data)
        fsync(partial)
        partial.replace(path)
        self.touched.add(path.parent)

    def sync(self) -> None:
        for folder in sorted(self.touched):
            fsync(folder)


def copy_drafts(dst: sqlite3.Connection, folder: Path, cancel: threading.Event) -> int:
    """The attached ``src``'s draft files into ``files/``, each new one checked first; returns
    how many were written. A file already there under its hash (the ``blobs`` table's key) is
    not read again: the folder holds it whole (written after its check, renamed into place),
    and a restore checks it."""
    writer = _Writer(folder / FILES)
    written = 0
    for digest, codec, size in dst.execute(
            "SELECT sha256, codec, stored_size FROM src.blobs").fetchall():
        if writer.has(digest, size):
            continue
        if cancel.is_set():
            break  # the caller sees the flag and discards the copy
        (stored,) = dst.execute("SELECT data FROM src.blobs WHERE sha256 = ?",
                                (digest,)).fetchone()
        stored = bytes(stored)
        if len(stored) != size or blobs.sha256(blobs.decode(codec, stored)) != digest:
            raise StoreError(_("the draft file {sha} in the database is damaged").format(
                sha=digest[:12]))
        writer.write(digest, stored)
        written += 1
    writer.sync()
    return written


def _columns_apart(dst: sqlite3.Connection, table: str) -> tuple[list[str], list[str]]:
    """(every column, the columns whose values may be large) of ``src.table``."""
    info = dst.execute(f"PRAGMA src.table_info({quoted(table)})").fetchall()
    names = [row[1] for row in info]
    apart = [row[1] for row in info if str(row[2]).upper().split("(")[0] in _KINDS_APART]
    return names, apart


def _set_apart(table: str, name: str, row: int, value: str | bytes, writer: _Writer
               ) -> tuple[str, str, int, str, str]:
    """Write ``value`` apart (once by its hash); its line in :data:`LISTED`."""
    is_text = isinstance(value, str)
    data = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else value
    digest = hashlib.sha256(data).hexdigest()
    if not writer.has(digest):
        writer.write(digest, zlib.compress(data, 1))
    return table, name, row, digest, "text" if is_text else "blob"


def _copy_table(dst: sqlite3.Connection, table: str, writer: _Writer,
                cancel: threading.Event) -> None:
    """``src.table`` into ``main``. A table whose values may be large is read once, row by
    row (a few at a time: together they may be half a gigabyte), each large value written
    apart and left empty: SQL that picked them by ``length()`` read every value twice, and a
    value after a large one in the row walks the large one's pages again."""
    names, apart = _columns_apart(dst, table)
    listed = ", ".join(quoted(n) for n in names)
    if table == "blobs" or not apart:  # the blobs' bytes: apart by their own hash
        selected = ["X''" if table == "blobs" and n == "data" else quoted(n) for n in names]
        dst.execute(f"INSERT INTO main.{quoted(table)} (rowid, {listed}) "
                    f"SELECT rowid, {', '.join(selected)} FROM src.{quoted(table)}")
        return
    at = [(1 + names.index(name), name) for name in apart]
    insert = (f"INSERT INTO main.{quoted(table)} (rowid, {listed}) "
              f"VALUES ({', '.join('?' * (len(names) + 1))})")
    cursor = dst.execute(f"SELECT rowid, {listed} FROM src.{quoted(table)}")
    while rows := cursor.fetchmany(256):
        copied, lines = [], []
        for found in rows:
            values = list(found)
            for i, name in at:
                value = values[i]
                if isinstance(value, str | bytes) and len(value) >= LARGE:
                    if cancel.is_set():
                        return
                    lines.append(_set_apart(table, name, values[0], value, writer))
                    values[i] = "" if isinstance(value, str) else b""
            copied.append(values)
        dst.executemany(insert, copied)
        dst.executemany(f"INSERT INTO main.{LISTED} VALUES (?, ?, ?, ?, ?)", lines)


def copy_apart(dst: sqlite3.Connection, folder: Path, cancel: threading.Event) -> None:
    """The attached database ``src`` into ``main`` (empty, same transaction), with the draft
    files and large values written apart into ``folder`` (the backups folder) first. Once
    ``cancel`` is set it returns early with the copy incomplete: the caller discards it."""
    if "blobs" in tables(dst, "src"):
        copy_drafts(dst, folder, cancel)
    schema = dst.execute("SELECT type, name, sql FROM src.sqlite_master "
                         "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'").fetchall()
    created = [(name, sql) for kind, name, sql in schema if kind == "table"]
    for _name, sql in created:
        dst.execute(sql)
    dst.execute(f"CREATE TABLE main.{LISTED} (tbl TEXT NOT NULL, col TEXT NOT NULL, "
                "row INTEGER NOT NULL, sha256 TEXT NOT NULL, kind TEXT NOT NULL)")
    writer = _Writer(folder / VALUES)
    for name, _sql in created:
        if cancel.is_set():
            return
        _copy_table(dst, name, writer, cancel)
    writer.sync()
    if "sqlite_sequence" in tables(dst, "src") and "sqlite_sequence" in tables(dst, "main"):
        dst.execute("INSERT INTO main.sqlite_sequence SELECT * FROM src.sqlite_sequence")
    for kind, _name, sql in schema:  # indexes, triggers and views once the rows are in
        if kind != "table":
            dst.execute(sql)
    for pragma in ("user_version", "application_id"):
        (value,) = dst.execute(f"PRAGMA src.{pragma}").fetchone()
        dst.execute(f"PRAGMA main.{pragma} = {int(value)}")


def _read_checked(path: Path, digest: str, decode: str) -> bytes | None:
    """The content of ``path`` if it is there and its hash is ``digest``, else None."""
    try:
        stored = path.read_bytes()
        data = zlib.decompress(stored) if decode == blobs.ZLIB else stored
    except (OSError, zlib.error):
        return None
    return data if hashlib.sha256(data).hexdigest() == digest else None


def _missing(digest: str, folder: Path) -> StoreError:
    return StoreError(_("the backup's stored part {sha} is missing or damaged (in {folder})")
                      .format(sha=digest[:12], folder=folder))


def put_back(dst: sqlite3.Connection, folder: Path) -> None:
    """Fill in what a backup copied into ``dst`` keeps apart, from ``folder`` (the backups
    folder), each part checked against its hash; one transaction."""
    present = tables(dst)
    dst.execute("BEGIN")
    if "blobs" in present:
        for digest, codec, size in dst.execute(
                "SELECT sha256, codec, stored_size FROM blobs WHERE length(data) = 0 "
                "AND stored_size > 0").fetchall():
            path = _path(folder / FILES, digest)
            data = _read_checked(path, digest, codec)
            if data is None:
                raise _missing(digest, folder / FILES)
            stored = path.read_bytes()
            if len(stored) != size:
                raise _missing(digest, folder / FILES)
            dst.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (stored, digest))
    if LISTED in present:
        for table, column, row, digest, kind in dst.execute(
                f"SELECT tbl, col, row, sha256, kind FROM {LISTED}").fetchall():
            data = _read_checked(_path(folder / VALUES, digest), digest, blobs.ZLIB)
            if data is None:
                raise _missing(digest, folder / VALUES)
            value: str | bytes = data.decode("utf-8", "surrogatepass") if kind == "text" \
                else data
            dst.execute(f"UPDATE {quoted(table)} SET {quoted(column)} = ? WHERE rowid = ?",
                        (value, row))
        dst.execute(f"DROP TABLE {LISTED}")
    dst.execute("COMMIT")


def named(connection: sqlite3.Connection) -> set[str]:
    """The stored parts (``files/…`` and ``values/…``) a backup's database needs."""
    present = tables(connection)
    found: set[str] = set()
    if "blobs" in present:
        found |= {f"{FILES}/{r[0]}" for r in connection.execute(
            "SELECT sha256 FROM blobs WHERE length(data) = 0")}
    if LISTED in present:
        found |= {f"{VALUES}/{r[0]}" for r in connection.execute(
            f"SELECT sha256 FROM {LISTED}")}
    return found


def stored_parts(folder: Path) -> list[Path]:
    """Every stored part in the backups folder ``folder`` (partial ones too)."""
    return [p for kind in (FILES, VALUES) for p in (folder / kind).glob("*/*")]


def remove_unused(folder: Path, needed: set[str], now: datetime, *, unused_age: timedelta,
                  partial_age: timedelta) -> list[Path]:
    """Delete the stored parts no backup needs and none touched for ``unused_age``."""
    removed = []
    for path in stored_parts(folder):
        with contextlib.suppress(OSError):
            age = now.timestamp() - path.stat().st_mtime
            partial = path.name.endswith(PARTIAL)
            if age > (partial_age if partial else unused_age).total_seconds() and (
                    partial or f"{path.parent.parent.name}/{path.name}" not in needed):
                path.unlink()
                removed.append(path)
    return removed


@dataclass(frozen=True, slots=True)
class SpaceUsed:
    """What the backups of a database take on disk, in bytes."""

    databases: int
    files: int
    file_count: int

    @property
    def total(self) -> int:
        return self.databases + self.files


def files_size(folder: Path) -> tuple[int, int]:
    """(bytes, count) of the stored parts in the backups folder ``folder``."""
    sizes = [p.stat().st_size for p in stored_parts(folder) if not p.name.endswith(PARTIAL)]
    return sum(sizes), len(sizes)
