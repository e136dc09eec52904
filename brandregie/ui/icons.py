"""The app's SVG icons, in a module of their own: the window's frame shows them at the first
paint, before any page's code is loaded."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from brandregie.paths import resource


def icon(name: str) -> QIcon:
    """One of the app's SVG icons (sharp at any scale) from ``resources/icons``."""
    return QIcon(str(resource("icons", f"{name}.svg")))


def app_icon() -> QIcon:
    """BrandRegie's own icon (window, task bar)."""
    return icon("brandregie")
