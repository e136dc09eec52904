"""Migration 0006: the committed database of schema 0005, with drafts in it (the same file
twice, a text that compresses, a PDF-like file that does not, answers and a decision), keeps
every file byte for byte as one blob per distinct file; 0006 downgrades back."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import create_engine, inspect

from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
from brandregie.store.migrate import alembic_config, current_revision, head_revision, upgrade
from tests.fixtures.db.make_databases import ASSIGNMENT, database_path

TEXT = ("<p>Ons brood wordt elke ochtend vers gebakken in de winkel.</p>\n" * 2000).encode()
NOISE = b"%PDF-1.7\n" + os.urandom(300_000)


def _drafts_at_0005(db: Path) -> dict[int, bytes]:
    """Three versions in two assignments, as schema 0005 kept them (bytes in the row)."""
    files = {}
    with closing(sqlite3.connect(db)) as conn, conn:
        first = conn.execute("SELECT id, brand_id FROM assignments").fetchone()
        second = conn.execute(
            "INSERT INTO assignments (brand_id, title, kind, status, brief, agreed_deliverables, "
            "created_at, updated_at) VALUES (?, 'Vacature bakker', 'vacancy', 'in-review', '', "
            "'', '2026-03-01', '2026-03-01') RETURNING id", (first[1],)).fetchone()[0]
        for assignment, number, name, data in ((first[0], 1, "nieuwsbrief.html", TEXT),
                                               (first[0], 2, "nieuwsbrief.pdf", NOISE),
                                               (second, 1, "kopie.html", TEXT)):
            version = conn.execute(
                "INSERT INTO draft_versions (assignment_id, number, file_name, data, sha256, "
                "size, received_at, check_status, error) VALUES (?, ?, ?, ?, ?, ?, "
                "'2026-02-01 10:00:00', 'pending', '') RETURNING id",
                (assignment, number, name, data, "0" * 64, len(data))).fetchone()[0]
            files[version] = data
        conn.execute("INSERT INTO decisions (assignment_id, version_id, outcome, summary, author, "
                     "decided_at) VALUES (?, ?, 'changes-requested', 'Minder uitroeptekens', "
                     "'anna', '2026-02-02 10:00:00')", (first[0], min(files)))
    return files


def test_the_schema_0005_database_keeps_every_draft_once_by_content(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(database_path("0005"), db)
    files = _drafts_at_0005(db)
    with open_store(db) as store:
        assert current_revision(store.engine) == head_revision()
        columns = {c["name"] for c in inspect(store.engine).get_columns("draft_versions")}
        service = ReviewService(store)
        assert {v: service.version_data(v)[1] for v in files} == files
        (first,) = [a for a in service.assignments() if a.title == ASSIGNMENT]
        assert [d.summary for d in service.decisions(first.id)] == ["Minder uitroeptekens"]
    assert "data" not in columns
    with closing(sqlite3.connect(db)) as conn:
        stored = dict(conn.execute("SELECT codec, stored_size FROM blobs").fetchall())
    assert set(stored) == {"zlib", "raw"}  # the same text twice is one blob
    assert stored["zlib"] < len(TEXT) / 10 and stored["raw"] == len(NOISE)


def test_0006_downgrades_back_to_0005_with_the_files_in_their_rows(tmp_path: Path) -> None:
    from alembic import command

    db = tmp_path / "old.db"
    shutil.copyfile(database_path("0005"), db)
    files = _drafts_at_0005(db)
    engine = create_engine(f"sqlite:///{db}")
    upgrade(engine, "0006")
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    engine.dispose()
    with closing(sqlite3.connect(db)) as conn:
        back = dict(conn.execute("SELECT id, data FROM draft_versions").fetchall())
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        decisions = conn.execute("SELECT summary FROM decisions").fetchall()
    assert back == files and "blobs" not in tables
    assert decisions == [("Minder uitroeptekens",)]
