"""Fixtures for the ingest tests: the committed sample drafts (tests/fixtures/make_drafts.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

DRAFTS = Path(__file__).resolve().parents[1] / "fixtures" / "drafts"


@pytest.fixture
def drafts() -> Path:
    return DRAFTS
