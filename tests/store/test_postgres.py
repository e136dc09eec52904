"""The schema on both backends: migrations build exactly the models, go down and up, keep data."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from brandregie import models as m
from brandregie.profile.service import ProfileService
from brandregie.store.database import database_url, open_store
from brandregie.store.migrate import alembic_config, current_revision, head_revision, upgrade


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
        conn.execute(text(
            "INSERT INTO brands (name, revision, created_at, updated_at, languages, why, mission, "
            "vision, story, tone_formal, tone_serious, tone_respectful, tone_enthusiastic, "
            "address, max_sentence_words, reading_level, exclamation_marks, emoji, audience, "
            "category, promise, difference, proof_points, cliches_builtin, cliches_extra, "
            "cliches_allowed, colour_tolerance, imagery, culture, hiring_role, "
            "advocacy_guidelines, advocacy_hashtags, advocacy_dos, advocacy_donts) VALUES "
            "('Oude Bakker', 1, now(), now(), '[\"nl\"]', 'Omdat brood telt', '', '', '', 2, 3, "
            "4, 3, '{\"nl\": \"je\"}', 20, 'B1', 'sparingly', 'never', '', '', '', '', '[]', "
            "true, '[]', '[]', 6.0, '', '', '', '', '[]', '[]', '[]')"))
        conn.execute(text(
            "INSERT INTO revisions (brand_id, number, created_at, author, action, note, profile, "
            "files) SELECT id, 1, now(), 'anna', 'created', '', '{\"format\": "
            "\"brandregie-pack\", \"version\": 1, \"brand\": {\"name\": \"Oude Bakker\"}}', "
            "'{}' FROM brands"))
    engine.dispose()
    with open_store(pg_url) as store:
        assert current_revision(store.engine) == head_revision()
        service = ProfileService(store)
        assert service.snapshot("Oude Bakker").brand.identity.why == "Omdat brood telt"
        assert [r.author for r in service.revisions("Oude Bakker")] == ["anna"]
