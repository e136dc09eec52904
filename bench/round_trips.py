"""Count the round trips a store makes to its PostgreSQL server, exactly, for the benches.

libpq traces every protocol message of a connection to a file; each ``ReadyForQuery`` the
server sends ends one wait of the client (a query, a ``BEGIN``, a ``COMMIT``, a ping). Counted
per connection from its first checkout on, with the checkouts and new connections beside.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event


@dataclass(frozen=True)
class Tally:
    round_trips: int
    checkouts: int
    connects: int

    def __sub__(self, other: Tally) -> Tally:
        return Tally(self.round_trips - other.round_trips, self.checkouts - other.checkouts,
                     self.connects - other.connects)


def _no_timestamps() -> int:
    from psycopg import pq

    return int(pq.Trace.SUPPRESS_TIMESTAMPS)


_NO_TIMESTAMPS = _no_timestamps()


class RoundTrips:
    """Attach to ``engine``; :meth:`tally` says how many so far."""

    def __init__(self, engine: Engine) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="brandregie-trace-")  # gone at exit
        self.folder = Path(self._folder.name)
        self._files: list[Path] = []
        self._checkouts = 0
        self._connects = 0
        event.listen(engine, "connect", self._connected)
        event.listen(engine, "checkout", self._checked_out)

    def _connected(self, dbapi_connection: Any, record: Any) -> None:
        self._connects += 1

    def _checked_out(self, dbapi_connection: Any, record: Any, proxy: Any) -> None:
        self._checkouts += 1
        if "trace" not in record.info:
            path = self.folder / f"{len(self._files)}.trace"
            self._files.append(path)
            record.info["trace"] = handle = path.open("wb")
            dbapi_connection.pgconn.trace(handle.fileno())
            dbapi_connection.pgconn.set_trace_flags(_NO_TIMESTAMPS)

    def tally(self) -> Tally:
        waits = 0
        for path in self._files:
            with path.open("rb") as fh:
                waits += sum(1 for line in fh if b"\tReadyForQuery" in line)
        return Tally(waits, self._checkouts, self._connects)
