"""Run the Alembic migrations shipped in ``brandregie/store/migrations`` on an engine.

Opening an up-to-date database is the common case at every start, so it is decided without
importing Alembic (about 0.4 s): the stored version is read with one query and the shipped head
from the version files' ``revision``/``down_revision`` lines (a test keeps that equal to
Alembic's own answer). Alembic is loaded only when there is something to migrate.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text

from brandregie.errors import StoreError
from brandregie.i18n import _
from brandregie.store.sqlite import sqlite_pragmas

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision(?::\s*str)?\s*=\s*['\"](\w+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?::[^=]*)?=\s*['\"](\w+)['\"]", re.M)


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        # configparser reads "%" as interpolation: URL escapes (%3D, a password's %) need %%
        config.set_main_option("sqlalchemy.url",
                               engine.url.render_as_string(hide_password=False)
                               .replace("%", "%%"))
    return config


def head_revision() -> str:
    """The newest migration, as Alembic sees it."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations shipped"
    return head


@functools.cache
def _shipped() -> tuple[frozenset[str], frozenset[str]]:
    """(every revision, every revision another one revises) from the version files alone."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        if (found := _REVISION.search(source)) is not None:
            revisions.add(found.group(1))
        if (down := _DOWN.search(source)) is not None:
            parents.add(down.group(1))
    return frozenset(revisions), frozenset(parents)


def shipped_revisions() -> frozenset[str]:
    """Every schema this version knows; a database at any other was made by a newer one."""
    return _shipped()[0]


def shipped_head() -> str | None:
    """The newest migration from the version files alone: the one no other revises."""
    revisions, parents = _shipped()
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def schema_label(revision: str) -> str:
    """A revision as the person is told it: ``0004`` is schema 4."""
    return str(int(revision)) if revision.isdigit() else revision


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (None for a new, empty database)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return str(version) if version is not None else None


def newer_schema(revision: str) -> StoreError:
    return StoreError(_("the database was made by a newer BrandRegie (schema {n}); update the "
                        "app to open it").format(n=schema_label(revision)))


def check_known(engine: Engine) -> str | None:
    """The database's revision, after refusing one this version cannot work with.

    A schema no shipped migration knows comes from a newer BrandRegie (migrating "down" is
    never done on open); tables without Alembic's version table belong to another program.
    """
    current = current_revision(engine)
    if current is not None and current not in shipped_revisions():
        raise newer_schema(current)
    if current is None:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names()) - {"sqlite_sequence",
                                                                   "alembic_version"}
        if tables:
            raise StoreError(_("the database holds tables of another program ({tables}), not "
                               "BrandRegie's; nothing was changed").format(
                                   tables=", ".join(sorted(tables)[:3])))
    return current


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the schema to ``target`` (default: the newest), all or nothing.

    On SQLite the migrations run on their own connection in explicit-``BEGIN`` mode (the
    pysqlite driver otherwise commits each ``CREATE``/``ALTER`` by itself): a full disk or a
    kill halfway leaves the database as it was before, never half migrated.
    """
    current = check_known(engine)
    if target == "head" and (head := shipped_head()) is not None and current == head:
        return
    from alembic import command

    migrating = _transactional(engine)
    try:
        config = alembic_config(migrating)
        with migrating.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    finally:
        if migrating is not engine:
            migrating.dispose()


def _transactional(engine: Engine) -> Engine:
    """An engine whose transactions hold DDL too: SQLAlchemy's pysqlite recipe."""
    if engine.dialect.name != "sqlite":
        return engine  # PostgreSQL's DDL is transactional as it is
    migrating = create_engine(engine.url)

    @event.listens_for(migrating, "connect")
    def no_implicit_transactions(dbapi_connection: Any, record: Any) -> None:
        sqlite_pragmas(dbapi_connection, record)
        dbapi_connection.isolation_level = None

    @event.listens_for(migrating, "begin")
    def begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock at once: one migrator

    return migrating
