"""Migration 0002: a database at 0001, with a brand in it, gains the review tables."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect

from brandregie.models.review import AssignmentStatus
from brandregie.profile.pack import pack_json
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
from brandregie.store.migrate import current_revision, head_revision, upgrade
from tests.store.old_database import add_brand_at_0001

REVIEW_TABLES = {"agencies", "assignments", "agency_requests", "draft_versions",
                 "finding_states", "decisions"}


def test_a_database_at_0001_upgrades_and_takes_assignments(
        tmp_path: Path, sample_snapshot: ProfileSnapshot) -> None:
    db = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{db}")
    upgrade(engine, "0001")
    assert not REVIEW_TABLES & set(inspect(engine).get_table_names())
    with engine.begin() as conn:
        add_brand_at_0001(conn, profile=pack_json(sample_snapshot.brand.model_copy(
            update={"name": "Oude Bakker"})))
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
