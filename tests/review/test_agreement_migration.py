"""Migration 0005: the committed database of schema 0004 (an assignment by Studio Deeg) gains
the agreement fields and takes an agreement and a scorecard; 0005 downgrades cleanly."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, inspect

from brandregie.review.agreement import Agreement
from brandregie.review.scorecard.figures import build_scorecard
from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
from brandregie.store.migrate import current_revision, head_revision, upgrade
from tests.fixtures.db.make_databases import AGENCY, ASSIGNMENT, BRAND, database_path

AGREEMENT_COLUMNS = {"budget_cents", "budget_hours", "hourly_rate_cents", "agreed_deliverables",
                     "agreed_rounds", "agreed_delivery", "invoiced_cents"}


def test_the_schema_0004_database_upgrades_with_its_assignment_and_takes_an_agreement(
        tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(database_path("0004"), db)
    with open_store(db) as store:
        assert current_revision(store.engine) == head_revision()
        service = ReviewService(store, author="anna")
        (assignment,) = service.assignments()
        assert (assignment.title, assignment.agency_name) == (ASSIGNMENT, AGENCY)
        assert service.agreement(assignment.id) == Agreement()
        service.set_agreement(assignment.id, Agreement(budget_cents=80_000, rounds=2,
                                                       invoiced_cents=90_000))
        (deeg,) = build_scorecard(store, BRAND, until=date(2026, 12, 31)).agencies
    assert deeg.agency == AGENCY and len(deeg.assignments) == 1
    assert (deeg.timed, deeg.approved, deeg.average_first_fit) == (0, 0, None)
    assert (deeg.overrun, deeg.overrun_cents) == (1, 10_000)


def test_0005_downgrades_back_to_0004(tmp_path: Path) -> None:
    from alembic import command

    from brandregie.store.migrate import alembic_config

    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    upgrade(engine, "0005")
    assert {c["name"] for c in inspect(engine).get_columns("assignments")} >= AGREEMENT_COLUMNS
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    assert not AGREEMENT_COLUMNS & {c["name"] for c in
                                     inspect(engine).get_columns("assignments")}
    engine.dispose()
