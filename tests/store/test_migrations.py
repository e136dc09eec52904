"""Migrations: a database made at the first migration, with data, upgrades and keeps it."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from brandregie.profile.service import ProfileService
from brandregie.store.database import open_store
from brandregie.store.migrate import alembic_config, current_revision, head_revision, upgrade

FIRST = "0001"


def test_the_revision_chain_is_one_line_from_the_first_migration() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    chain = [rev.revision for rev in script.walk_revisions()]
    assert chain[-1] == FIRST


def test_a_database_at_the_first_migration_upgrades_with_its_data(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{db}")
    upgrade(engine, FIRST)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO brands (id, name, revision, created_at, updated_at, languages, why, "
            "mission, vision, story, tone_formal, tone_serious, tone_respectful, "
            "tone_enthusiastic, address, max_sentence_words, reading_level, exclamation_marks, "
            "emoji, audience, category, promise, difference, proof_points, cliches_builtin, "
            "cliches_extra, cliches_allowed, colour_tolerance, imagery, culture, hiring_role, "
            "advocacy_guidelines, advocacy_hashtags, advocacy_dos, advocacy_donts) VALUES "
            "(1, 'Oude Bakker', 1, '2026-01-01 10:00:00', '2026-01-01 10:00:00', '[\"nl\"]', "
            "'Omdat brood telt', '', '', '', 2, 3, 4, 3, '{\"nl\": \"je\"}', 20, 'B1', "
            "'sparingly', 'never', '', '', '', '', '[]', 1, '[]', '[]', 6.0, '', '', '', '', "
            "'[]', '[]', '[]')"))
        conn.execute(text("INSERT INTO colours (id, brand_id, position, name, hex, role) "
                          "VALUES (1, 1, 0, 'Korenblond', '#E8B64C', 'primary')"))
        conn.execute(text(
            "INSERT INTO revisions (id, brand_id, number, created_at, author, action, note, "
            "profile, files) VALUES (1, 1, 1, '2026-01-01 10:00:00', 'anna', 'created', '', "
            "'{\"format\": \"brandregie-pack\", \"version\": 1, \"brand\": "
            "{\"name\": \"Oude Bakker\"}}', '{}')"))
    engine.dispose()

    with open_store(db) as store:
        assert current_revision(store.engine) == head_revision()
        service = ProfileService(store)
        snapshot = service.snapshot("Oude Bakker")
        assert snapshot.brand.identity.why == "Omdat brood telt"
        assert snapshot.brand.visual.colours[0].hex == "#E8B64C"
        assert [r.author for r in service.revisions("Oude Bakker")] == ["anna"]


def test_the_quick_head_check_agrees_with_alembic() -> None:
    from brandregie.store.migrate import shipped_head

    assert shipped_head() == head_revision()
