"""Fixtures for review tests: a real store (SQLite, and PostgreSQL when there) with the sample."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.service import ReviewService
from brandregie.store.database import Store, open_store


@pytest.fixture
def store_url(db_url: str) -> str:
    """The review tests' database: a SQLite file, then (with a server) a PostgreSQL schema."""
    return db_url


@pytest.fixture
def store(store_url: str, sample_snapshot: ProfileSnapshot) -> Iterator[Store]:
    with open_store(store_url) as opened:
        ProfileService(opened, author="anna").import_snapshot(sample_snapshot)
        yield opened


@pytest.fixture
def service(store: Store) -> ReviewService:
    return ReviewService(store, author="anna")

