"""How every BrandRegie connection to a SQLite file is set up (the app's and the migrations')."""

from __future__ import annotations

from typing import Any


def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL, foreign keys, ``synchronous=NORMAL`` and a wait for a busy file, on each connect."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
