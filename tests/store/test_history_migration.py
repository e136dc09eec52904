"""Migration 0007: a 0006 store with a long history upgrades, and every revision it held comes
back exactly as it was saved (SQLite from the committed 0006.db, and PostgreSQL)."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import create_engine, func, select

from brandregie import models as m
from brandregie.profile import revision_store
from brandregie.profile.service import ProfileService
from brandregie.store.database import open_store
from brandregie.store.migrate import current_revision, head_revision, upgrade
from tests.fixtures.db.make_databases import BRAND, database_path
from tests.store.old_database import add_brand_at_0001

OLD = sa.table("revisions", sa.column("brand_id", sa.Integer()),
               sa.column("number", sa.Integer()), sa.column("created_at", sa.DateTime()),
               sa.column("author", sa.String()), sa.column("action", sa.String()),
               sa.column("note", sa.Text()), sa.column("profile", sa.JSON()),
               sa.column("files", sa.JSON()))
REVISIONS = 150


def _profile(number: int) -> dict[str, Any]:
    """Revision ``number`` as an older BrandRegie stored it: a pack with a growing story."""
    story = " ".join(f"zin {i} over één brood" for i in range(number % 30))
    return {"format": "brandregie-pack", "version": 1,
            "brand": {"name": BRAND, "identity": {"why": "Omdat brood telt", "story": story},
                      "visual": {"colours": [{"name": "Korenblond", "hex": f"#E8B6{number:02X}"
                                              [:7]}]}}}


def _files(number: int) -> dict[str, str]:
    return {"logos/logo.png": f"{number % 3:064x}"} if number % 2 else {}


def _old_database(db_url: str) -> dict[int, tuple[Any, Any]]:
    """A store at schema 0006 (the one before) with the brand and REVISIONS more revisions of
    it; what each revision held (pack and files), by number."""
    if "://" not in db_url:
        shutil.copyfile(database_path("0006"), db_url)
        url = f"sqlite:///{db_url}"
    else:
        url = db_url
    engine = create_engine(url)
    try:
        if "://" in db_url:
            upgrade(engine, "0006")
            with engine.begin() as conn:
                add_brand_at_0001(conn, BRAND)
        with engine.begin() as conn:
            brand_id = conn.execute(sa.text("SELECT id FROM brands WHERE name = :n"),
                                    {"n": BRAND}).scalar_one()
            at = datetime(2026, 2, 1, 9, 0)
            conn.execute(OLD.insert(), [
                {"brand_id": brand_id, "number": n, "created_at": at + timedelta(seconds=n),
                 "author": "anna", "action": "edited", "note": "", "profile": _profile(n),
                 "files": _files(n)} for n in range(2, REVISIONS + 2)])
            conn.execute(sa.text("UPDATE brands SET revision = :n WHERE id = :id"),
                         {"n": REVISIONS + 1, "id": brand_id})
            before = {n: (json.loads(json.dumps(p)), f) for n, p, f in conn.execute(
                select(OLD.c.number, OLD.c.profile, OLD.c.files))}
        assert len(before) == REVISIONS + 1
    finally:
        engine.dispose()
    return before


def test_every_revision_of_a_long_history_survives_the_upgrade_exactly(db_url: str) -> None:
    before = _old_database(db_url)
    with open_store(db_url) as store:
        assert current_revision(store.engine) == head_revision()
        service = ProfileService(store)
        kept = service.revisions(BRAND, limit=None)
        assert [r.number for r in kept] == sorted(before, reverse=True)  # not one merged
        with store.session() as session:
            brand_id = session.scalar(select(m.Brand.id).where(m.Brand.name == BRAND))
            assert brand_id is not None
            for number, (profile, files) in before.items():
                assert revision_store.read(session, brand_id, number) == (profile, files)
            stored = session.scalar(select(func.sum(func.length(m.Revision.data))))
        assert stored is not None and stored / len(before) < 1024
        assert service.snapshot(BRAND, 77).brand.identity.story == \
            before[77][0]["brand"]["identity"]["story"]
