"""Migrations: a database made at the first migration, with data, upgrades and keeps it."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from brandregie.profile.service import ProfileService
from brandregie.store.database import open_store
from brandregie.store.migrate import alembic_config, current_revision, head_revision, upgrade
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
