"""Migrations: a database of every older schema, with data in it, upgrades and keeps it.

The databases are committed (tests/fixtures/db/<revision>.db, made once by
tests/fixtures/db/make_databases.py), so each is the file that version of BrandRegie left.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from brandregie.mail.service import MailService
from brandregie.models.review import AssignmentKind
from brandregie.profile.service import ProfileService
from brandregie.review.agreement import Agreement
from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
from brandregie.store.migrate import alembic_config, current_revision, head_revision, upgrade
from tests.fixtures.db.make_databases import (
    AGENCY,
    ASSIGNMENT,
    BRAND,
    DELIVERABLES,
    DRAFT,
    DRAFT_NAME,
    SUBJECT,
    database_path,
    revisions,
)
from tests.store.old_database import add_brand_at_0001

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
        add_brand_at_0001(conn, colour=("Korenblond", "#E8B64C"))
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


def test_every_schema_revision_has_its_committed_database() -> None:
    missing = [r for r in revisions() if not database_path(r).exists()]
    assert missing == [], "make them: .venv/bin/python tests/fixtures/db/make_databases.py"


@pytest.mark.parametrize("revision", revisions())
def test_the_committed_database_of_each_schema_upgrades_and_keeps_its_data(
        revision: str, tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(database_path(revision), db)
    with open_store(db) as store:
        assert current_revision(store.engine) == head_revision()
        profiles = ProfileService(store)
        snapshot = profiles.snapshot(BRAND)
        assert snapshot.brand.identity.why == "Omdat brood telt"
        assert snapshot.brand.visual.colours[0].hex == "#E8B64C"
        history = [(r.number, r.first, r.saves) for r in profiles.revisions(BRAND)]
        assert history == ([(4, 2, 3), (1, 1, 1)] if revision >= "0007" else [(1, 1, 1)])
        assert profiles.snapshot(BRAND, 1).name == BRAND
        assignments = ReviewService(store).assignments(snapshot.brand_id)
        mail = MailService(store).history(snapshot.brand_id)
        agreements = [ReviewService(store).agreement(a.id) for a in assignments]
        drafts = [ReviewService(store).version_data(v.id) for a in assignments
                  for v in ReviewService(store).versions(a.id)]
    if revision >= "0005":
        assert [(a.budget, a.rounds, a.deliverables, a.overrun) for a in agreements] == [
            (76_000, 2, DELIVERABLES, 4_000)]
    elif agreements:  # before 0005 nothing was agreed
        assert agreements == [Agreement()]
    if revision >= "0002":
        [assignment] = assignments
        assert (assignment.title, assignment.agency_name, assignment.kind) == (
            ASSIGNMENT, AGENCY, AssignmentKind.NEWSLETTER)
    if revision >= "0003":
        assert [m.subject for m in mail] == [SUBJECT]
    if revision >= "0006":
        assert drafts == [(DRAFT_NAME, DRAFT)]
