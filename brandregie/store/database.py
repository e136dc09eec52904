"""Open the database, bring its schema up to date, and hand out one transaction per action.

SQLite (the embedded default, in the user's data folder) runs in WAL mode with foreign keys on
and ``synchronous=NORMAL``. A killed process (a crash, SIGKILL) loses nothing committed and never
damages the file: tested by killing the app while it saves (``tests/ship/test_crash_safety.py``)
and in the middle of a migration (``tests/store/test_migration_kill.py``). A power cut is not
what a kill shows: with ``synchronous=NORMAL`` the transactions of the last moments before it
(those not yet checkpointed by an fsync) can be lost, while the file stays consistent as long
as the disk honours fsync; a disk that lies about fsync can damage it (then: a backup).
PostgreSQL (team mode) takes a ``postgresql://`` URL. Alembic migrations run on open. Its
pooled connections are checked only when they may have died (:mod:`brandregie.store.liveness`),
and one user action (opening an assignment) reads in one transaction (:meth:`Store.action`):
every round trip to a server on the network is time the person waits.

Before anything is written to a SQLite file, it is looked at read-only: another program's
database (tables, but not BrandRegie's), one from a newer BrandRegie, and a damaged file are
refused with a sentence, and the file stays byte for byte as it was (even WAL mode is not set).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DataError,
    DBAPIError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker

from brandregie.errors import StoreError
from brandregie.i18n import _
from brandregie.paths import default_database
from brandregie.store.liveness import RECYCLE_AFTER, TCP_SETTINGS, watch_connections
from brandregie.store.sqlite import sqlite_pragmas


class DamagedDatabaseError(StoreError):
    """The database file is damaged: the app offers the newest backup, the CLI names the
    command that puts one back."""


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


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{url!r} is not a database address") from None
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url)
        event.listen(engine, "connect", sqlite_pragmas)
        return engine
    tcp = {k: v for k, v in TCP_SETTINGS.items() if k not in parsed.query} \
        if parsed.host else {}  # a Unix socket has no TCP to tune
    engine = create_engine(url, pool_recycle=RECYCLE_AFTER, connect_args=tcp)
    watch_connections(engine)
    return engine


class Store:
    """An open database: one engine, migrated to the newest schema, sessions on demand."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        #: Bumped when the data is put back under this open store (a restore): a job started
        #: before compares it, with its row written and locked, and stores nothing if it moved
        #: (a version id it holds may name another version now).
        self.generation = 0
        if url.startswith("sqlite:///"):
            inspect_sqlite_file(Path(url.removeprefix("sqlite:///")))
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._local = threading.local()  # this thread's action session (see action())
        if migrate:
            from brandregie.store.migrate import upgrade

            try:
                upgrade(self.engine)
            except StoreError:
                self.engine.dispose()
                raise
            except (SQLAlchemyError, sqlite3.Error, UnicodeDecodeError) as exc:
                self.engine.dispose()
                if _is_damage(exc):
                    raise damaged(self.display_name) from None
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
        """One transaction: committed when the block ends, rolled back on any error.

        Inside :meth:`action` on the same thread, the action's session and transaction."""
        shared: Session | None = getattr(self._local, "shared", None)
        if shared is not None:
            with self._translated():
                yield shared
            return
        with self._own(self._sessions) as session:
            yield session

    @contextmanager
    def action(self, *, reads_only: bool = False) -> Iterator[None]:
        """One user action (opening an assignment): every :meth:`session` in the block, on
        this thread, shares one session, one connection and one transaction, committed at the
        end. On PostgreSQL that is one ``BEGIN``/``COMMIT`` instead of one per service call.
        Meant for reads, or writes that belong together: a database error inside spoils the
        whole action. Nested actions join the outer one.

        ``reads_only``: on PostgreSQL no transaction at all (autocommit), two round trips
        fewer; each statement sees what is committed when it runs, as it does inside a
        transaction at PostgreSQL's READ COMMITTED. A write inside is refused."""
        if getattr(self._local, "shared", None) is not None:
            yield
            return
        sessions = self._reading if reads_only and not self.is_sqlite else self._sessions
        with self._own(sessions) as session:
            # The session forgets a row nobody holds; in one action it is read again soon.
            kept: list[object] = []
            event.listen(session, "loaded_as_persistent", lambda _s, row: kept.append(row))
            if reads_only:
                event.listen(session, "before_flush", _refuse_writes)
            self._local.shared = session
            try:
                yield
            finally:
                self._local.shared = None

    @property
    def _reading(self) -> sessionmaker[Session]:
        return sessionmaker(self.engine.execution_options(isolation_level="AUTOCOMMIT"),
                            expire_on_commit=False)

    @contextmanager
    def _own(self, sessions: sessionmaker[Session]) -> Iterator[Session]:
        with self._translated():
            session = sessions()
            try:
                with session.begin():
                    yield session
            finally:
                session.close()

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:  # "database disk image is malformed", a full disk, a cut line
            problem = self._problem(exc)
            if problem is exc:
                raise
            raise problem from None

    def _problem(self, exc: DBAPIError) -> Exception:
        if _is_damage(exc):
            return damaged(self.display_name)
        if not self.is_sqlite and _lost_connection(exc):
            return StoreError(_("the connection to the database server {where} was lost; try "
                                "again in a moment").format(where=self._server))
        if isinstance(exc, OperationalError | DataError):
            return StoreError(f"the database could not be written: {_reason(exc)}")
        return exc

    @property
    def _server(self) -> str:
        url = self.engine.url
        return f"{url.host or 'localhost'}:{url.port or 5432}"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def inspect_sqlite_file(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not a BrandRegie database we can open."""
    try:
        if path.stat().st_size == 0:
            return
    except FileNotFoundError:
        return  # a new database
    from brandregie.store.migrate import newer_schema, shipped_revisions

    # Without a WAL file the main file is the whole truth: "immutable" reads it without
    # creating -wal/-shm files beside it; with one, read-only mode reads the WAL too.
    has_wal = path.with_name(path.name + "-wal").exists()
    mode = "mode=ro" if has_wal else "immutable=1"
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?{mode}", uri=True)
        try:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")} - {"sqlite_sequence"}
            version = (connection.execute("SELECT version_num FROM alembic_version").fetchone()
                       if "alembic_version" in tables else None)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise StoreError(_("{path} is not a BrandRegie database (it is not a database at "
                               "all); nothing was changed").format(path=path)) from None
        if _is_damage(exc):
            raise damaged(str(path)) from None
        raise StoreError(f"the database cannot be opened: {_reason(exc)}") from None
    except (UnicodeDecodeError, ValueError):
        raise damaged(str(path)) from None
    if not tables - {"alembic_version"} and version is None:
        return  # new, or every migration undone
    if "alembic_version" not in tables or "brands" not in tables:
        raise StoreError(_("{path} is another program's database, not BrandRegie's; nothing "
                           "was changed").format(path=path))
    if version is not None and str(version[0]) not in shipped_revisions():
        raise newer_schema(str(version[0]))


_DAMAGE = ("malformed", "not a database", "corrupt", "could not decode")


def _refuse_writes(session: Session, _context: object, _instances: object) -> None:
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("a write inside Store.action(reads_only=True)")


#: SQLSTATEs of a connection that broke or could not be made: class 08, a server shutting down
#: or crashing (57P01, 57P02) or still starting (57P03).
_LOST_STATES = ("08", "57P01", "57P02", "57P03")


def _lost_connection(exc: DBAPIError) -> bool:
    """The server went away (a restart, a cut line) rather than refusing what was asked."""
    if exc.connection_invalidated:
        return True
    state = getattr(exc.orig, "sqlstate", None) or ""
    if state:
        return state.startswith(_LOST_STATES)
    return isinstance(exc, OperationalError) and "connection" in _reason(exc).lower()


def _is_damage(exc: Exception) -> bool:
    if isinstance(exc, UnicodeDecodeError):
        return True  # text in the file's own tables that is not text: bytes flipped
    return any(word in _reason(exc).lower() for word in _DAMAGE)


def damaged(where: str) -> DamagedDatabaseError:
    """``where``: the file, or the server and database (never with a password)."""
    return DamagedDatabaseError(_(
        "the database {path} is damaged; put back a backup: `brandregie backup list`, then "
        "`brandregie backup restore N`").format(path=where))


def _reason(exc: Exception) -> str:
    original = getattr(exc, "orig", None)
    text = str(original or exc).strip().splitlines()[0]
    return text


def open_store(db: str | Path | None = None, *, migrate: bool = True) -> Store:
    """Open (and create or upgrade) the database ``db``; the default is the user's own file."""
    return Store(database_url(db), migrate=migrate)
