"""The app's SVG icons, in a module of their own: the window's frame shows them at the first
paint, before any page's code is loaded."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from brandregie.paths import resource


@cache
def icon(name: str) -> QIcon:
    """One of the app's SVG icons (sharp at any scale) from ``resources/icons``; each is read
    once and shared (every list editor shows four: about 1.2 ms of the GUI thread each time
    they were read again, and each kept its own rendered pixmaps)."""
    return QIcon(str(resource("icons", f"{name}.svg")))


def app_icon() -> QIcon:
    """BrandRegie's own icon (window, task bar)."""
    return icon("brandregie")
