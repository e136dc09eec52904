"""Alembic environment: uses the connection BrandRegie hands over, batch mode for SQLite."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from brandregie.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the alembic command line, for writing new migrations
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.begin() as conn:
            context.configure(connection=conn, target_metadata=target_metadata,
                              render_as_batch=True)
            with context.begin_transaction():
                context.run_migrations()
        return
    # BrandRegie's connection holds every step in one transaction (explicit BEGIN on SQLite)
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, transactional_ddl=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
