"""The app's own settings (language, window place, last brand) in an INI file.

The file lives in the user's config folder (``brandregie.paths.config_dir``), so tests that point
the XDG folders elsewhere never see or change the real user's settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from brandregie.paths import config_dir

if TYPE_CHECKING:
    from brandregie.profile.service import BrandSummary

LANGUAGE = "language"  # "system", "nl" or "en"
GEOMETRY = "window/geometry"
STATE = "window/state"
LAST_BRAND = "last/brand"
LAST_PAGE = "last/page"
OWNER_NAME = "owner/name"  # asked once at first start: the author of changes and reports


def app_settings() -> QSettings:
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def restore_window(window: QMainWindow, settings: QSettings) -> bool:
    """Put the window back where and as it was; False when nothing (usable) was kept."""
    geometry = settings.value(GEOMETRY)
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        return False
    state = settings.value(STATE)
    if isinstance(state, QByteArray):
        window.restoreState(state)
    return True


def save_window(window: QMainWindow, settings: QSettings, page: str | None) -> None:
    """Keep the window's place and size, its bars, and the page it showed, for next time."""
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.setValue(STATE, window.saveState())
    if page:
        settings.setValue(LAST_PAGE, page)
    settings.sync()


def initial_brand(brands: Sequence[BrandSummary], last: object) -> int | None:
    """The brand to open at start: the one open last if it is still there, else the first."""
    ids = [b.id for b in brands]
    if not ids:
        return None
    try:
        wanted = int(str(last)) if last is not None else ids[0]
    except ValueError:
        wanted = ids[0]
    return wanted if wanted in ids else ids[0]
