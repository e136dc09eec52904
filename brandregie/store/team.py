"""Team mode: one shared PostgreSQL database for owner, HR and marketing.

The connection settings (host, port, database, user) are kept as JSON in the user's config
folder; the password only in the keyring (:mod:`brandregie.secrets`). It is handed to the
driver at connect time and never becomes part of a URL, a log line or an error message.
Migrations run on connect, as for the local SQLite file, which stays the default.

A lost connection is watched by :class:`ConnectionWatch`: the app shows its state and tries
again on a growing interval; edits stay in the app's memory meanwhile, because a save that
cannot reach the server is refused before anything changes.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from brandregie import secrets
from brandregie.errors import StoreError
from brandregie.i18n import _
from brandregie.paths import config_dir
from brandregie.store.database import Store, open_store
from brandregie.store.migrate import upgrade

#: Seconds to wait for the server before saying it cannot be reached.
CONNECT_TIMEOUT = 5


class PasswordNeeded(StoreError):
    """The server asks for a password and none is known: ask the person (see ``account``)."""

    def __init__(self, message: str, account: str) -> None:
        super().__init__(message)
        self.account = account


@dataclass(frozen=True, slots=True)
class TeamSettings:
    """Where the team database is. ``enabled`` switches the app from the local file to it."""

    host: str = ""
    port: int = 5432
    database: str = "brandregie"
    user: str = ""
    enabled: bool = False

    def validate(self) -> TeamSettings:
        if not self.host.strip():
            raise StoreError(_("no database server is set for team mode"))
        if not 0 < self.port < 65536:
            raise StoreError(_("{port} is not a port number").format(port=self.port))
        if not self.database.strip() or not self.user.strip():
            raise StoreError(_("team mode needs a database name and a user name"))
        return self

    def with_changes(self, **changes: Any) -> TeamSettings:
        return replace(self, **changes)

    @property
    def display_name(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def password_account(settings: TeamSettings) -> str:
    """The keyring account of this database user's password."""
    return f"postgresql:{settings.display_name}"


def team_url(settings: TeamSettings) -> str:
    """The SQLAlchemy URL of the team database, without a password."""
    settings.validate()
    url = URL.create("postgresql+psycopg", username=settings.user, host=settings.host,
                     port=settings.port, database=settings.database,
                     query={"connect_timeout": str(CONNECT_TIMEOUT),
                            "application_name": "BrandRegie"})
    return url.render_as_string(hide_password=False)


def settings_path() -> Path:
    return config_dir() / "team.json"


def load_settings(path: Path | None = None) -> TeamSettings:
    """The saved team settings, or defaults (team mode off) when none or damaged."""
    try:
        raw = json.loads((path or settings_path()).read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            return TeamSettings()
        return TeamSettings(host=str(raw.get("host", "")).strip(), port=int(raw.get("port", 5432)),
                            database=str(raw.get("database", "brandregie")).strip(),
                            user=str(raw.get("user", "")).strip(),
                            enabled=bool(raw.get("enabled", False)))
    except (OSError, ValueError, TypeError):
        return TeamSettings()


def save_settings(settings: TeamSettings, path: Path | None = None) -> Path:
    """Write the settings atomically; the password is not among them."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".team-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(settings), fh, indent=2, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    Path(tmp).replace(path)
    return path


def explain(exc: BaseException, settings: TeamSettings) -> StoreError:
    """A connection failure as one sentence for the person (never with the password in it)."""
    original = getattr(exc, "orig", exc)
    state = getattr(original, "sqlstate", None) or ""
    detail = str(original).lower()
    where = f"{settings.host}:{settings.port}"
    if state == "28P01" or "password authentication failed" in detail:
        return StoreError(_("the database server did not accept the password for {user}").format(
            user=settings.user))
    if "no password supplied" in detail:
        return PasswordNeeded(_("the database server asks for the password of {user}").format(
            user=settings.user), password_account(settings))
    if state == "3D000" or ("database" in detail and "does not exist" in detail):
        return StoreError(_("there is no database “{name}” on {where}").format(
            name=settings.database, where=where))
    if state == "28000" or ("role" in detail and "does not exist" in detail):
        return StoreError(_("the database server does not know the user {user}").format(
            user=settings.user))
    if state.startswith("42"):
        return StoreError(_("{user} may not change the team database ({reason})").format(
            user=settings.user, reason=_first_line(original)))
    if any(s in detail for s in ("connection refused", "could not translate host name",
                                 "timeout expired", "no route to host", "network is unreachable",
                                 "name or service not known", "server closed the connection",
                                 "connection timed out", "could not receive data",
                                 "terminating connection", "consuming input failed",
                                 "connection is closed", "connection is lost")):
        return StoreError(_("the database server {where} cannot be reached").format(where=where))
    return StoreError(_("the team database cannot be opened: {reason}").format(
        reason=_first_line(original)))


def _first_line(exc: BaseException) -> str:
    return secrets.redact(str(exc).strip().splitlines()[0] if str(exc).strip()
                          else type(exc).__name__)


def connect(settings: TeamSettings, password: str | None = None) -> Store:
    """Open the team database and bring its schema up to date.

    ``password`` (e.g. just typed) wins; otherwise the keyring or this session's memory is
    asked. A server that wants a password nobody gave raises :class:`PasswordNeeded`.
    """
    settings.validate()
    if password is None:
        password = secrets.get_secret(password_account(settings))
    store = Store(team_url(settings), migrate=False)
    if password is not None:
        secrets.remember_for_session(password_account(settings), password)  # for redaction
        given = password

        @event.listens_for(store.engine, "do_connect")
        def _with_password(dialect: Any, record: Any, cargs: Any, cparams: dict[str, Any]
                           ) -> None:
            cparams["password"] = given

    try:
        upgrade(store.engine)
    except (SQLAlchemyError, OSError) as exc:
        store.close()
        raise explain(exc, settings) from None
    return store


def connect_url(url: str) -> Store:
    """``--db postgresql://user@host[:port]/database``, opened as the app does (:func:`connect`).

    The password comes from the keyring entry the app's Team database dialog saves (the same
    account), or from libpq's own ``PGPASSWORD`` / ``~/.pgpass``. A password inside the URL is
    refused: it would be visible to every user of the computer in ``ps`` and stay in the shell
    history. Options in the URL's query are not used (libpq's ``PG*`` variables set them).
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(_("{url} is not a database address").format(url=url)) from None
    if parsed.password is not None:
        raise StoreError(_("leave the password out of --db (others can read it in the process "
                           "list and your shell history); BrandRegie takes it from the keyring"))
    settings = TeamSettings(host=parsed.host or "", port=parsed.port or 5432,
                            database=parsed.database or "", user=parsed.username or "",
                            enabled=True)
    try:
        return connect(settings)
    except PasswordNeeded as exc:
        raise StoreError(exc.message + "; " + _(
            "save it in the keyring first: in the app (File > Team database…) or with "
            "`keyring set {service} {account}`").format(service=secrets.SERVICE,
                                                        account=exc.account)) from None


def open_active_store(password: str | None = None) -> Store:
    """The database the app should open: the team database if team mode is on, else local."""
    settings = load_settings()
    if settings.enabled:
        return connect(settings, password)
    return open_store()


class ConnectionState(StrEnum):
    CONNECTED = "connected"
    LOST = "lost"


@dataclass(frozen=True, slots=True)
class ConnectionStatus:
    state: ConnectionState
    #: Why the connection is lost, for the status bar ("" when connected).
    reason: str = ""
    #: Seconds until the next automatic try (0 when connected).
    retry_in: float = 0.0
    attempts: int = 0


class ConnectionWatch:
    """Tell whether a store still reaches its server; retry on a growing interval when not.

    Plain Python: the app calls :meth:`poll` from a timer and shows the status. The pool
    replaces dead connections by itself once the server is back (:mod:`~brandregie.store.liveness`).
    """

    def __init__(self, store: Store, settings: TeamSettings | None = None, *,
                 delays: Sequence[float] = (1, 2, 5, 10, 30),
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self.settings = settings
        self.delays = tuple(delays)
        self.clock = clock
        self._status = ConnectionStatus(ConnectionState.CONNECTED)
        self._next_try = 0.0

    @property
    def status(self) -> ConnectionStatus:
        if self._status.state is ConnectionState.LOST:
            return replace(self._status, retry_in=max(0.0, self._next_try - self.clock()))
        return self._status

    def check(self) -> ConnectionStatus:
        """Ping the server now and update the state."""
        try:
            # Outside a transaction: one round trip, not BEGIN, SELECT and ROLLBACK (the app
            # checks every few seconds, from the GUI thread).
            with self.store.engine.connect().execution_options(
                    isolation_level="AUTOCOMMIT") as connection:
                connection.execute(text("SELECT 1"))
        except (DBAPIError, SQLAlchemyError, OSError) as exc:
            self.store.engine.dispose()  # drop every pooled connection to the dead server
            attempts = self._status.attempts + 1 \
                if self._status.state is ConnectionState.LOST else 1
            delay = self.delays[min(attempts - 1, len(self.delays) - 1)]
            self._next_try = self.clock() + delay
            reason = explain(exc, self.settings).message if self.settings is not None \
                else _("the database cannot be reached")
            self._status = ConnectionStatus(ConnectionState.LOST, reason, delay, attempts)
            return self.status
        self._status = ConnectionStatus(ConnectionState.CONNECTED)
        return self._status

    def poll(self) -> ConnectionStatus:
        """Check if connected, or if lost and the next retry is due; else the known state."""
        if self._status.state is ConnectionState.LOST and self.clock() < self._next_try:
            return self.status
        return self.check()
