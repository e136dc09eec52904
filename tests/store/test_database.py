"""Opening databases: SQLite in WAL with foreign keys, clear errors for bad places."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from brandregie.errors import StoreError
from brandregie.paths import default_database
from brandregie.store.database import open_store


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    with open_store(tmp_path / "w.db") as store, store.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_the_default_database_lives_in_the_user_data_folder() -> None:
    with open_store() as store:
        assert Path(store.display_name) == default_database()
    assert default_database().exists()


def test_a_folder_or_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "nope" / "x.db")


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="is not a BrandRegie database"):
        open_store(path)
