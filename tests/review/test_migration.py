"""Migration 0002: a database at 0001, with a brand in it, gains the review tables."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from brandregie.models.review import AssignmentStatus
from brandregie.profile.pack import pack_json
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
from brandregie.store.migrate import current_revision, head_revision, upgrade

REVIEW_TABLES = {"agencies", "assignments", "agency_requests", "draft_versions",
                 "finding_states", "decisions"}


def test_a_database_at_0001_upgrades_and_takes_assignments(
        tmp_path: Path, sample_snapshot: ProfileSnapshot) -> None:
    db = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{db}")
    upgrade(engine, "0001")
    assert not REVIEW_TABLES & set(inspect(engine).get_table_names())
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
        conn.execute(text(
            "INSERT INTO revisions (id, brand_id, number, created_at, author, action, note, "
            "profile, files) VALUES (1, 1, 1, '2026-01-01 10:00:00', 'anna', 'created', '', "
            ":profile, '{}')"), {"profile": pack_json(sample_snapshot.brand.model_copy(
                update={"name": "Oude Bakker"}))})
    engine.dispose()

    with open_store(db) as store:
        assert current_revision(store.engine) == head_revision()
        assert set(inspect(store.engine).get_table_names()) >= REVIEW_TABLES
        service = ReviewService(store)
        assignment = service.create_assignment("Oude Bakker", "Eerste opdracht")
        version = service.add_version(assignment.id, "tekst.txt", b"Vers brood")
        assert service.assignment(assignment.id).status is AssignmentStatus.DRAFT_RECEIVED
        assert service.version_data(version.id)[1] == b"Vers brood"


def test_0002_downgrades_back_to_0001(tmp_path: Path) -> None:
    from alembic import command

    from brandregie.store.migrate import alembic_config

    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    upgrade(engine, "0002")
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert not REVIEW_TABLES & set(inspect(engine).get_table_names())
    assert "brands" in inspect(engine).get_table_names()
