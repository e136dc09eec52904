"""Fixtures for shipping tests: a stored sample brand, and the edit driver as a child process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.store.database import open_store
from tests.ship.support import Driver


@pytest.fixture
def stored_db(tmp_path: Path, sample_snapshot: ProfileSnapshot) -> Path:
    """A SQLite file holding the sample brand at revision 1."""
    db = tmp_path / "brandregie.db"
    with open_store(db) as store:
        ProfileService(store).create(sample_snapshot.brand)
    return db


@pytest.fixture
def drivers() -> Iterator[list[Driver]]:
    """Driver processes started by a test; any still running at its end are killed."""
    started: list[Driver] = []
    yield started
    for driver in started:
        if driver.process.poll() is None:
            driver.process.kill()
        driver.finish()
