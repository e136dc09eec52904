"""Fixtures for review tests: a real store (SQLite, and PostgreSQL when there) with the sample."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from brandregie.checks import check_document
from brandregie.ingest.document import Document
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


def check_text(service: ReviewService, version_id: int, paragraphs: list[str]) -> None:
    """Check ``paragraphs`` as the draft of ``version_id`` (as the worker would) and store it."""
    job = service.check_job(version_id)
    document = Document.from_paragraphs(job.file_name, paragraphs, language="nl")
    service.save_check(version_id, check_document(document, job.snapshot, lang="en"), document)
