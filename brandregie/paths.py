"""Where BrandRegie finds its resources and keeps the user's data (platformdirs)."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "BrandRegie"
_DIRS = PlatformDirs(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """The shipped ``resources/`` folder: beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def sample_pack() -> Path:
    """The sample brand (Bakkerij Korenaar) so a new user can look around at once."""
    return resource("sample", "korenaar.json")


def data_dir() -> Path:
    return Path(_DIRS.user_data_dir)


def log_dir() -> Path:
    return Path(_DIRS.user_log_dir)


def config_dir() -> Path:
    return Path(_DIRS.user_config_dir)


def cache_dir() -> Path:
    """What can be made again at any time (decoded language tables)."""
    return Path(_DIRS.user_cache_dir)


def default_database() -> Path:
    """The embedded default: a SQLite file in the user's data folder."""
    return data_dir() / "brandregie.db"
