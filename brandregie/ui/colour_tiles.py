"""The brand's palette as tiles: each colour large, with its codes for screen and print, and
whether text in it can be read on the brand's background colours (WCAG contrast, in words).

Clicking a tile opens that colour in the editor below it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from brandregie.profile.schema import Brand, Colour
from brandregie.ui import theme

translate = QCoreApplication.translate

WHITE = "#FFFFFF"


def cmyk(hex_colour: str) -> tuple[int, int, int, int]:
    """A plain RGB-to-CMYK estimate in percent (a printer's profile gives the exact values)."""
    colour = QColor(hex_colour)
    r, g, b = colour.redF(), colour.greenF(), colour.blueF()
    k = 1 - max(r, g, b)
    if k >= 1:
        return 0, 0, 0, 100
    return (round((1 - r - k) / (1 - k) * 100), round((1 - g - k) / (1 - k) * 100),
            round((1 - b - k) / (1 - k) * 100), round(k * 100))


def readability(ratio: float) -> str:
    """What a WCAG contrast ratio means for text, in the owner's words."""
    if ratio >= 7:
        return translate("ColourTiles", "easy to read, also small text")
    if ratio >= 4.5:
        return translate("ColourTiles", "readable as body text")
    if ratio >= 3:
        return translate("ColourTiles", "only for large headings")
    return translate("ColourTiles", "not readable as text")


def backgrounds(brand: Brand) -> list[Colour]:
    """The colours text is set on: the brand's background colours, else plain white."""
    found = [c for c in brand.visual.colours if c.role == "background"]
    return found or [Colour(name=translate("ColourTiles", "white"), hex=WHITE)]


class ColourTile(QFrame):
    """One colour: a big swatch, its name and role, HEX, RGB and CMYK, and its contrast."""

    clicked = Signal()

    def __init__(self, colour: Colour, on: list[Colour], role: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(colour.name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, theme.SPACE_M)
        layout.setSpacing(2)
        swatch = QFrame()
        swatch.setFixedHeight(64)
        swatch.setStyleSheet(f"background: {colour.hex}; border: none;"
                             " border-top-left-radius: 10px; border-top-right-radius: 10px;")
        layout.addWidget(swatch)
        name = QLabel(f"<b>{colour.name}</b>" + (f" · {role}" if role else ""))
        name.setContentsMargins(theme.SPACE_M, theme.SPACE_S, theme.SPACE_M, 0)
        layout.addWidget(name)
        c = QColor(colour.hex)
        codes = (f"HEX {colour.hex}\nRGB {c.red()} {c.green()} {c.blue()}\n"
                 + "CMYK {} {} {} {}".format(*cmyk(colour.hex)))
        self.codes = QLabel(codes)
        self.codes.setProperty("role", "muted")
        self.codes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.codes.setContentsMargins(theme.SPACE_M, 0, theme.SPACE_M, 0)
        layout.addWidget(self.codes)
        lines = []
        if any(background.hex == colour.hex for background in on):
            lines.append(translate("ColourTiles", "A background: text goes on it"))
        for background in on:
            if background.hex == colour.hex:
                continue
            ratio = theme.contrast(colour.hex, background.hex)
            lines.append(translate("ColourTiles", "On %1: %2 (%3:1)")
                         .replace("%1", background.name).replace("%2", readability(ratio))
                         .replace("%3", f"{ratio:.1f}"))
        self.contrast = QLabel("\n".join(lines))
        self.contrast.setWordWrap(True)
        self.contrast.setContentsMargins(theme.SPACE_M, theme.SPACE_XS, theme.SPACE_M, 0)
        layout.addWidget(self.contrast)
        layout.addStretch(1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class ColourTiles(QWidget):
    """The palette, four tiles a row; ``chosen(index)`` when the owner clicks one."""

    chosen = Signal(int)

    def __init__(self, role_names: Callable[[], dict[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role_names = role_names
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(theme.SPACE_M)
        self.tiles: list[ColourTile] = []
        self._shown: tuple[Colour, ...] | None = None

    def refresh(self, brand: Brand) -> None:
        if brand.visual.colours == self._shown:
            return
        self._shown = brand.visual.colours
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        on = backgrounds(brand)
        names = self.role_names()
        for n, colour in enumerate(brand.visual.colours):
            tile = ColourTile(colour, on, names.get(colour.role, colour.role))
            tile.clicked.connect(lambda n=n: self.chosen.emit(n))
            self.grid.addWidget(tile, n // 4, n % 4)
            self.tiles.append(tile)
        for column in range(4):
            self.grid.setColumnStretch(column, 1)
