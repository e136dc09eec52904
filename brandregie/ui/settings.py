"""The app's own settings (language, window place, last brand) in an INI file.

The file lives in the user's config folder (``brandregie.paths.config_dir``), so tests that point
the XDG folders elsewhere never see or change the real user's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from brandregie.paths import config_dir

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
