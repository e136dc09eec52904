"""Migration 0005: a committed database at 0004, with an approved assignment, gains the
agreement fields, keeps its data and takes an agreement and a scorecard."""

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

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "schema-0004.db"
AGREEMENT_COLUMNS = {"budget_cents", "budget_hours", "hourly_rate_cents", "agreed_deliverables",
                     "agreed_rounds", "agreed_delivery", "invoiced_cents"}


def test_a_database_at_0004_upgrades_with_its_assignment_and_takes_an_agreement(
        tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, db)
    with open_store(db) as store:
        assert current_revision(store.engine) == head_revision()
        service = ReviewService(store, author="anna")
        (assignment,) = service.assignments()
        assert (assignment.title, assignment.agency_name) == ("Nieuwsbrief januari",
                                                             "Studio Deeg")
        assert service.agreement(assignment.id) == Agreement()
        service.set_agreement(assignment.id, Agreement(budget_cents=80_000, rounds=2,
                                                       invoiced_cents=90_000))
        (deeg,) = build_scorecard(store, "Oude Bakker", until=date(2026, 12, 31)).agencies
    assert (deeg.on_time, deeg.timed, deeg.average_rounds) == (0, 1, 1.0)
    assert deeg.assignments[0].versions[0].days_late == 2
    assert deeg.average_first_fit == 84.0 and deeg.overrun_cents == 10_000


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
