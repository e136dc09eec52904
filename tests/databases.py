"""Database fixtures: the store's tests run on SQLite and, when a server is there, PostgreSQL.

``scripts/test`` starts PostgreSQL on 127.0.0.1 and exports ``BRANDREGIE_TEST_PG``; each
PostgreSQL test then gets a schema of its own (created before, dropped after), so every test
starts from an empty database exactly as a SQLite test does with its fresh file.
"""

from __future__ import annotations

import os
import secrets as pysecrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from brandregie import secrets
from brandregie.store import team

PG_ENV = "BRANDREGIE_TEST_PG"
NO_PG = (f"PostgreSQL half skipped: {PG_ENV} is not set (scripts/test starts a server on "
         "127.0.0.1 and sets it)")
#: Set by scripts/test: the services were started, so their absence is a failure, not a skip.
REQUIRE = "BRANDREGIE_REQUIRE_SERVICES"


def skip_or_fail(reason: str) -> NoReturn:
    """Skip a test whose service is missing, unless scripts/test promised the service."""
    if os.environ.get(REQUIRE):
        pytest.fail(f"{reason}; {REQUIRE} is set, so the service should be there")
    pytest.skip(reason)


def pg_server_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def fresh_pg_database(server: str) -> Iterator[str]:
    """A URL whose default schema is a brand-new, empty schema; dropped when done."""
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = make_url(server).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    finally:
        admin.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """An empty PostgreSQL database (a schema of its own) for this test only."""
    server = pg_server_url()
    if server is None:
        skip_or_fail(NO_PG)
    yield from fresh_pg_database(server)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database for ``open_store``: a SQLite file, then a PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "brandregie.db")
        return
    server = pg_server_url()
    if server is None:
        skip_or_fail(NO_PG)
    yield from fresh_pg_database(server)


@dataclass
class TeamDatabase:
    settings: team.TeamSettings
    password: str


@pytest.fixture
def team_db() -> Iterator[TeamDatabase]:
    """A database of its own, owned by a user who must log in with a password."""
    server = pg_server_url()
    if server is None:
        skip_or_fail(NO_PG)
    url = make_url(server)
    user, name = f"anna_{uuid.uuid4().hex[:8]}", f"team_{uuid.uuid4().hex[:8]}"
    password = "Team-" + pysecrets.token_urlsafe(12)
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'"))
        conn.execute(text(f"CREATE DATABASE {name} OWNER {user}"))
    secrets.forget_session()
    try:
        yield TeamDatabase(team.TeamSettings(host=url.host or "127.0.0.1", port=url.port or 5432,
                                             database=name, user=user, enabled=True), password)
    finally:
        secrets.forget_session()
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            conn.execute(text(f"DROP ROLE IF EXISTS {user}"))
        admin.dispose()
