"""Shared fixtures: Qt offscreen, the sample brand, a real SQLite file per test."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from brandregie.paths import sample_pack
from brandregie.profile.pack import read_pack
from brandregie.profile.snapshot import ProfileSnapshot
from tests.databases import db_url, pg_url, team_db  # noqa: F401  (SQLite and PostgreSQL)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data, config or log folders from a test."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))


@pytest.fixture
def sample_pack_path() -> Path:
    return sample_pack()


@pytest.fixture
def sample_snapshot() -> ProfileSnapshot:
    """The sample bakery, Bakkerij Korenaar, as a snapshot read from its pack."""
    return read_pack(sample_pack())
