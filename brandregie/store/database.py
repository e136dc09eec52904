"""Open the database, bring its schema up to date, and hand out one transaction per action.

SQLite (the embedded default, in the user's data folder) runs in WAL mode with foreign keys on
and ``synchronous=NORMAL``: a crash or power cut never damages it and costs at most the last
transaction. PostgreSQL (team mode) takes a ``postgresql://`` URL. Alembic migrations run on open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from brandregie.errors import StoreError
from brandregie.paths import default_database


def database_url(db: str | Path | None) -> str:
    """A SQLAlchemy URL for ``db``: a SQLite file path, a ``postgresql://`` URL, or the default."""
    if db is None or str(db) == "":
        path = default_database()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    text = str(db)
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    if "://" in text:
        return text
    path = Path(text).expanduser().resolve()
    if path.is_dir():
        raise StoreError(f"{path} is a folder; give the database file, e.g. {path / 'brand.db'}")
    if not path.parent.is_dir():
        raise StoreError(f"the folder {path.parent} does not exist")
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{url!r} is not a database address") from None
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Store:
    """An open database: one engine, migrated to the newest schema, sessions on demand."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            from brandregie.store.migrate import upgrade

            try:
                upgrade(self.engine)
            except (SQLAlchemyError, sqlite3.Error) as exc:
                self.engine.dispose()
                raise StoreError(f"the database cannot be opened: {_reason(exc)}") from None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        """Where the data lives, for the status bar: a file path or host/database, no password."""
        url = self.engine.url
        if self.is_sqlite:
            return str(url.database)
        return url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            raise StoreError(f"the database could not be written: {_reason(exc)}") from None
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def _reason(exc: Exception) -> str:
    original = getattr(exc, "orig", None)
    text = str(original or exc).strip().splitlines()[0]
    return text


def open_store(db: str | Path | None = None, *, migrate: bool = True) -> Store:
    """Open (and create or upgrade) the database ``db``; the default is the user's own file."""
    return Store(database_url(db), migrate=migrate)
