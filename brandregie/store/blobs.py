"""Files kept once by content (the ``blobs`` table): store, read back, drop the unused.

The same file delivered twice (two versions, two assignments) is one row. A file is zlib-
compressed only where that pays: a quick trial on its first 256 kB decides whether compressing
the whole is worth the time (PDFs, Office files and images are compressed already and stay as
they are; text, HTML and e-mail shrink to a third or less), and the compressed form is kept only
when it is at least a tenth smaller.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib

from sqlalchemy import Connection, Integer, delete, exists, func, insert, literal_column, select
from sqlalchemy.orm import Session

from brandregie.errors import StoreError
from brandregie.i18n import _
from brandregie.models.blob import Blob
from brandregie.models.review import DraftVersion

RAW = "raw"
ZLIB = "zlib"
_TRIAL = 256 * 1024
#: Keep the compressed form only at or below this share of the original size.
_WORTH = 0.9
#: Stored bytes from this size on go in and out of SQLite through its blob I/O, which copies
#: them with Python's lock released: bound as a parameter or fetched as a column, SQLite
#: copied them holding it, and a 200 MB file held the window's thread for half a second.
BLOB_IO_BYTES = 1024 * 1024
_ROWID = literal_column("rowid", Integer)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def encode(data: bytes) -> tuple[str, bytes]:
    """How ``data`` is best kept: ``(codec, stored bytes)``."""
    trial = data[:_TRIAL]
    if len(zlib.compress(trial, 1)) > _WORTH * len(trial):
        return RAW, data
    packed = zlib.compress(data, 6)
    return (ZLIB, packed) if len(packed) <= _WORTH * len(data) else (RAW, data)


def decode(codec: str, stored: bytes) -> bytes:
    """The file from its stored form (a damaged stored form raises :class:`StoreError`)."""
    if codec == RAW:
        return bytes(stored)
    if codec == ZLIB:
        try:
            return zlib.decompress(stored)
        except zlib.error as exc:
            raise StoreError(_("a stored file is damaged: {reason}").format(reason=exc)) from None
    raise StoreError(_("a stored file is kept in an unknown way ({codec})").format(codec=codec))


def put(session: Session, data: bytes, digest: str | None = None) -> str:
    """Keep ``data`` (once) and return its SHA-256, which names it from now on."""
    digest = digest or sha256(data)
    if session.scalar(select(Blob.sha256).where(Blob.sha256 == digest)) is None:
        codec, stored = encode(data)
        raw = _sqlite(session) if len(stored) >= BLOB_IO_BYTES else None
        if raw is None:
            session.add(Blob(sha256=digest, size=len(data), codec=codec,
                             stored_size=len(stored), data=stored))
            session.flush()  # before the version that names it
        else:  # the row with room for the bytes, then the bytes into that room
            session.execute(insert(Blob).values(
                sha256=digest, size=len(data), codec=codec, stored_size=len(stored),
                data=func.zeroblob(len(stored))))
            with raw.blobopen("blobs", "data", _rowid(session, digest)) as blob:
                blob.write(stored)
    return digest


def read(session: Session, digest: str) -> bytes:
    """The file named ``digest``."""
    raw = _sqlite(session)
    if raw is None:
        row = _server_row(session, digest)
        if row is None:
            raise _missing(digest)
        return decode(row[0], row[1])
    found = session.execute(select(_ROWID, Blob.codec)
                            .where(Blob.sha256 == digest)).first()
    if found is None:
        raise _missing(digest)
    with raw.blobopen("blobs", "data", found[0], readonly=True) as blob:
        return decode(found[1], blob.read())


def _server_row(session: Session, digest: str) -> tuple[str, bytes] | None:
    """The codec and stored bytes from a PostgreSQL database, fetched in binary: as text, the
    server writes bytea as hex and the client parses it back, twice the bytes sent and most of
    the time (a 20 MB draft: 320 ms, 76 in binary), in the session's own transaction."""
    driver = session.connection().connection.driver_connection
    assert driver is not None
    with driver.cursor(binary=True) as cursor:
        cursor.execute("SELECT codec, data FROM blobs WHERE sha256 = %s", (digest,))
        row = cursor.fetchone()
    return None if row is None else (str(row[0]), bytes(row[1]))


def _missing(digest: str) -> StoreError:
    return StoreError(_("the stored file {sha} is missing").format(sha=digest[:12]))


def _sqlite(session: Session) -> sqlite3.Connection | None:
    """The session's own SQLite connection (in its transaction), or None on PostgreSQL."""
    driver = session.connection().connection.driver_connection
    return driver if isinstance(driver, sqlite3.Connection) else None


def _rowid(session: Session, digest: str) -> int:
    rowid = session.scalar(select(_ROWID).select_from(Blob)
                           .where(Blob.sha256 == digest))
    assert isinstance(rowid, int)
    return rowid


def sweep(db: Session | Connection) -> int:
    """Remove the files no draft version names any more (after deleting versions,
    assignments or brands); returns how many went."""
    if isinstance(db, Session):
        db.flush()
    used = exists().where(DraftVersion.sha256 == Blob.sha256)
    result = db.execute(delete(Blob).where(~used).execution_options(
        synchronize_session=False))
    return int(getattr(result, "rowcount", 0) or 0)
