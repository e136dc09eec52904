"""Database fixtures: the store's tests run on SQLite and, when a server is there, PostgreSQL.

``scripts/test`` starts PostgreSQL on 127.0.0.1 and exports ``BRANDREGIE_TEST_PG``; each
PostgreSQL test then gets a schema of its own (created before, dropped after), so every test
starts from an empty database exactly as a SQLite test does with its fresh file.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_ENV = "BRANDREGIE_TEST_PG"
NO_PG = (f"PostgreSQL half skipped: {PG_ENV} is not set (scripts/test starts a server on "
         "127.0.0.1 and sets it)")


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
        pytest.skip(NO_PG)
    yield from fresh_pg_database(server)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database for ``open_store``: a SQLite file, then a PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "brandregie.db")
        return
    server = pg_server_url()
    if server is None:
        pytest.skip(NO_PG)
    yield from fresh_pg_database(server)
