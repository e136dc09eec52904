"""One calm style for the whole app: Fusion, a warm neutral palette, a small stylesheet.

Everything visual that is shared lives here: the spacing steps, the type scale, the colours of
the light and the dark variant (the dark one follows the system's setting, also when it changes
while the app runs) and the few style rules. Pages use the names (``SPACE_L``, ``TYPE_TITLE``,
``colours().muted``, ``role="muted"``) rather than numbers and hex codes of their own.

The brand's own accent colour is used with care: for marks that are small and meaningful (a
selected place, the home page's header rule), and only when it stands out enough against the
page; otherwise the app's own calm blue stands in.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# Spacing steps (px): the only distances pages use between and around things.
SPACE_XS, SPACE_S, SPACE_M, SPACE_L, SPACE_XL = 4, 8, 12, 16, 24
# The type scale, relative to body text.
TYPE_SMALL, TYPE_BODY, TYPE_SECTION, TYPE_TITLE, TYPE_DISPLAY = 0.9, 1.0, 1.3, 1.6, 2.2


@dataclass(frozen=True)
class Colours:
    window: str   # behind everything
    surface: str  # cards, fields, lists
    text: str
    muted: str    # secondary text
    line: str     # borders and rules
    accent: str   # the app's own calm blue
    accent_soft: str  # a selected row


LIGHT = Colours(window="#F6F5F2", surface="#FFFFFF", text="#1F2328", muted="#5E6470",
                line="#E2DED7", accent="#2F5D8A", accent_soft="#DCE7F2")
DARK = Colours(window="#1C1D20", surface="#26282C", text="#E8E6E3", muted="#A3A8B0",
               line="#3A3D43", accent="#8DB4E2", accent_soft="#30435A")

_current = LIGHT


def colours() -> Colours:
    """The colours of the variant in use."""
    return _current


def contrast(first: str, second: str) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(hex_colour: str) -> float:
        colour = QColor(hex_colour)
        parts = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            parts.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def brand_accent(candidates: list[str]) -> str:
    """The first brand colour that stands out against the page (3:1), else the app's own."""
    for hex_colour in candidates:
        if QColor(hex_colour).isValid() and contrast(hex_colour, _current.surface) >= 3.0:
            return hex_colour
    return _current.accent


def chart_painter(widget: QWidget) -> QPainter:
    """A painter for the small charts: smooth lines and the theme's small type, alike on all."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    small = QFont(widget.font())
    small.setPointSizeF(widget.font().pointSizeF() * TYPE_SMALL)
    painter.setFont(small)
    return painter


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def _palette(c: Colours) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for r, value in ((role.Window, c.window), (role.Base, c.surface),
                     (role.AlternateBase, c.window), (role.Button, c.surface),
                     (role.WindowText, c.text), (role.Text, c.text), (role.ButtonText, c.text),
                     (role.ToolTipBase, c.surface), (role.ToolTipText, c.text),
                     (role.PlaceholderText, c.muted), (role.Highlight, c.accent),
                     (role.HighlightedText, c.surface), (role.Link, c.accent),
                     (role.Mid, c.line), (role.Midlight, c.line)):
        palette.setColor(r, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, r, QColor(c.muted))
    return palette


def stylesheet(c: Colours) -> str:
    """The few rules the palette cannot say: cards, the navigation, quiet texts."""
    return f"""
QListWidget#navigation {{ background: {c.window}; border: none; border-right: 1px solid {c.line};
    padding: {SPACE_S}px 0; outline: 0; }}
QListWidget#navigation::item {{ padding: 5px 10px; margin: 1px {SPACE_S}px; border-radius: 6px; }}
QListWidget#navigation::item:selected {{ background: {c.accent_soft}; color: {c.text}; }}
QListWidget#navigation::item:hover:!selected {{ background: {c.line}; }}
QGroupBox {{ background: {c.surface}; border: 1px solid {c.line}; border-radius: 10px;
    margin-top: 1.4em; padding: {SPACE_S}px {SPACE_XS}px {SPACE_XS}px {SPACE_XS}px; }}
QGroupBox::title {{ subcontrol-origin: margin; subcontrol-position: top left;
    left: {SPACE_XS}px; padding: 0 {SPACE_XS}px; color: {c.text}; font-weight: bold; }}
QFrame#card {{ background: {c.surface}; border: 1px solid {c.line}; border-radius: 10px; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="overline"] {{ color: {c.muted}; font-weight: 600; }}
QToolBar {{ border: none; border-bottom: 1px solid {c.line}; padding: {SPACE_XS}px; }}
QStatusBar {{ border-top: 1px solid {c.line}; }}
QScrollArea#homeScroll, QWidget#homeBody {{ background: {c.window}; border: none; }}
"""


class _Follower(QObject):
    """Switches between light and dark when the system does."""

    def changed(self, _scheme: Qt.ColorScheme) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply(app)


_follower: _Follower | None = None


def apply(app: QApplication, *, dark: bool | None = None) -> None:
    """Give ``app`` the style (light or dark as the system says, unless ``dark`` is given)."""
    global _current, _follower
    _current = DARK if (is_dark() if dark is None else dark) else LIGHT
    app.setStyle("Fusion")
    app.setPalette(_palette(_current))
    app.setStyleSheet(stylesheet(_current))
    hints = QGuiApplication.styleHints()
    if _follower is None and hints is not None:
        _follower = _Follower()
        hints.colorSchemeChanged.connect(_follower.changed)
