"""The brand's fonts as cards with a specimen in their own face, and its logos as tiles with
their use rule; clicking one opens it in the editor below (as the colour tiles do)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from brandregie.profile.schema import Brand
from brandregie.ui import theme
from brandregie.ui.visual_widgets import is_installed, load_font_file

translate = QCoreApplication.translate


class _Card(QFrame):
    clicked = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(name)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(theme.SPACE_M, theme.SPACE_M, theme.SPACE_M, theme.SPACE_M)
        self.body.setSpacing(theme.SPACE_XS)

    def note(self, text: str, *, muted: bool = True) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        if muted:
            label.setProperty("role", "muted")
        self.body.addWidget(label)
        return label

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class _Cards(QWidget):
    """A row of cards rebuilt when its part of the profile changes; ``chosen(index)``."""

    chosen = Signal(int)
    columns = 3

    def __init__(self, files: Callable[[], Mapping[str, bytes]],
                 role_names: Callable[[], dict[str, str]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.files = files
        self.role_names = role_names
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(theme.SPACE_M)
        self.cards: list[_Card] = []
        self._shown: object = None

    def part(self, brand: Brand) -> tuple[object, ...]:
        raise NotImplementedError

    def card(self, item: object) -> _Card:
        raise NotImplementedError

    def refresh(self, brand: Brand) -> None:
        items = self.part(brand)
        if items == self._shown:
            return
        self._shown = items
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for n, item in enumerate(items):
            card = self.card(item)
            card.clicked.connect(lambda n=n: self.chosen.emit(n))
            self.grid.addWidget(card, n // self.columns, n % self.columns)
            self.cards.append(card)
        for column in range(self.columns):
            self.grid.setColumnStretch(column, 1)


class FontCards(_Cards):
    """Each font: "Aa" and the brand's name in that face, what it is for, where it comes from."""

    def part(self, brand: Brand) -> tuple[object, ...]:
        self.brand_name = brand.name
        return brand.visual.fonts

    def card(self, item: object) -> _Card:
        from brandregie.profile.schema import Font

        assert isinstance(item, Font)
        card = _Card(item.family)
        files = self.files()
        if item.file and item.file in files:
            load_font_file(files[item.file])
        for text, scale in (("Aa", theme.TYPE_DISPLAY * 1.3),
                            (self.brand_name, theme.TYPE_SECTION)):
            specimen = QLabel(text)
            face = QFont(item.family)
            face.setPointSizeF(self.font().pointSizeF() * scale)
            specimen.setFont(face)
            card.body.addWidget(specimen)
        role = self.role_names().get(item.role, item.role)
        card.note(f"<b>{item.family}</b>" + (f" · {role}" if role else ""), muted=False)
        if item.file:
            card.note(translate("Visual", "From file %1").replace("%1", item.file))
        elif is_installed(item.family):
            card.note(translate("Visual", "Installed on this computer"))
        else:
            card.note(translate("VisualCards", "Not on this computer: shown in a stand-in"))
        return card


class LogoTiles(_Cards):
    """Each logo on white, with its name and how to use it."""

    def part(self, brand: Brand) -> tuple[object, ...]:
        return brand.visual.logos

    def card(self, item: object) -> _Card:
        from brandregie.profile.schema import Logo

        assert isinstance(item, Logo)
        card = _Card(item.name)
        image = QLabel()
        image.setFixedHeight(96)
        image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image.setStyleSheet(f"background: #FFFFFF; border: 1px solid {theme.colours().line};"
                            " border-radius: 8px;")
        data = self.files().get(item.file) if item.file else None
        pixmap = QPixmap()
        if data is not None and pixmap.loadFromData(data):
            ratio = self.devicePixelRatioF()
            scaled = pixmap.scaled(int(200 * ratio), int(80 * ratio),
                                   Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(ratio)
            image.setPixmap(scaled)
        else:
            image.setText(translate("Visual", "No image yet"))
            image.setProperty("role", "muted")
        card.body.addWidget(image)
        card.note(f"<b>{item.name}</b>", muted=False)
        if item.use:
            card.note(item.use)
        return card
