"""The schema on both backends: migrations build exactly the models, go down and up, keep data."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from brandregie import models as m
from brandregie.profile.service import ProfileService
from brandregie.store.database import database_url, open_store
from brandregie.store.migrate import alembic_config, current_revision, head_revision, upgrade
from tests.store.old_database import add_brand_at_0001


def test_the_migrations_build_exactly_the_schema_of_the_models(db_url: str) -> None:
    with open_store(db_url) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, m.Base.metadata) == []


def test_every_migration_goes_down_and_up_again(db_url: str) -> None:
    with open_store(db_url) as store:
        config = alembic_config(store.engine)
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
        assert current_revision(store.engine) is None
        upgrade(store.engine)
        assert current_revision(store.engine) == head_revision()


def test_a_team_database_at_the_first_migration_upgrades_with_its_data(pg_url: str) -> None:
    engine = create_engine(database_url(pg_url))
    upgrade(engine, "0001")
    with engine.begin() as conn:
        add_brand_at_0001(conn)
    engine.dispose()
    with open_store(pg_url) as store:
        assert current_revision(store.engine) == head_revision()
        service = ProfileService(store)
        assert service.snapshot("Oude Bakker").brand.identity.why == "Omdat brood telt"
        assert [r.author for r in service.revisions("Oude Bakker")] == ["anna"]
