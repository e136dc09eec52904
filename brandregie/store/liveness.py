"""Hand out only live PostgreSQL connections, without asking the server before every use.

``pool_pre_ping`` sent a ping before every transaction, a round trip each, and an open of an
assignment made twelve transactions (each also a ``BEGIN`` and a ``COMMIT``; now one per part,
see ``Store.action``). A pooled connection is now asked only when there is a reason to doubt it:

* the server already said something on the idle socket, or closed it. A server restart or
  shutdown (``terminating connection due to administrator command``), a killed backend and a
  relay that drops the line all do that, and the operating system tells without a round trip;
* it sat unused for :data:`IDLE_PING_AFTER` seconds, long enough for a firewall or NAT box
  between here and the server to have forgotten it silently.

A connection that fails the ping invalidates the whole pool (after a restart every pooled
connection is as dead), and SQLAlchemy's pool connects again at once; if the server is still
away, that connect fails (at once when its machine refuses it, after ``connect_timeout`` when
nothing answers) and the store names the server in one sentence. TCP keepalives make a
silently dead peer show on the socket by itself, and ``tcp_user_timeout`` bounds a statement
sent into a dead line, so nothing waits the minutes TCP would retry by default.
"""

from __future__ import annotations

import selectors
import time
from typing import Any

from sqlalchemy import Engine, event, exc

#: Seconds a connection may sit unused and still be trusted without a ping.
IDLE_PING_AFTER = 60.0
#: Seconds after which a connection is replaced by a new one at its next checkout.
RECYCLE_AFTER = 1800
#: libpq settings where the URL gives none: probe an idle line after 30 s, give up on an
#: unanswered one after 20 s more, and on a connect nobody answers after 10 s.
TCP_SETTINGS: dict[str, Any] = {"keepalives": 1, "keepalives_idle": 30,
                                "keepalives_interval": 10, "keepalives_count": 2,
                                "tcp_user_timeout": 20_000, "connect_timeout": 10}

_IDLE_SINCE = "brandregie_idle_since"


def watch_connections(engine: Engine) -> None:
    """Check a pooled connection on checkout only when it may have died (see the module)."""
    event.listen(engine, "checkin", _returned)
    event.listen(engine, "checkout", _checked_out)


def _returned(dbapi_connection: Any, record: Any) -> None:
    if record is not None:
        record.info[_IDLE_SINCE] = time.monotonic()


def _checked_out(dbapi_connection: Any, record: Any, proxy: Any) -> None:
    since = record.info.pop(_IDLE_SINCE, None)
    if since is None:
        return  # just connected
    if time.monotonic() - since < IDLE_PING_AFTER and not server_spoke(dbapi_connection):
        return
    if not _answers(dbapi_connection):
        raise exc.InvalidatePoolError("the database server closed the connection")


def server_spoke(dbapi_connection: Any) -> bool:
    """The idle connection has something to read (a closing notice, end of file) or is gone."""
    import psycopg

    if getattr(dbapi_connection, "closed", False) or getattr(dbapi_connection, "broken", False):
        return True
    try:
        socket = dbapi_connection.pgconn.socket
        with selectors.DefaultSelector() as selector:
            selector.register(socket, selectors.EVENT_READ)
            return bool(selector.select(timeout=0))
    except (psycopg.Error, AttributeError, OSError, ValueError):
        return True  # no socket to look at: let the ping decide


def _answers(dbapi_connection: Any) -> bool:
    import psycopg

    try:
        # The empty statement outside a transaction: one round trip, no BEGIN, and the
        # connection left idle (a transaction left open made setting AUTOCOMMIT on it fail).
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        try:
            dbapi_connection.execute(";")
        finally:
            dbapi_connection.autocommit = autocommit
    except (psycopg.Error, OSError):
        return False
    return True
