"""Editors for the visual identity: a colour (swatch, picker, hex, RGB), a font file, a logo.

Each is a part of a :class:`ListEditor`'s form: it follows the selected item and changes the
profile through the edit session, so a new colour or a chosen logo is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path as FsPath
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from brandregie.profile.editing import Path, get_at, with_value
from brandregie.profile.schema import Brand
from brandregie.ui import dialogs
from brandregie.ui.fields import HexBinding
from brandregie.ui.session import EditSession

MAX_FILE_BYTES = 20 * 1024 * 1024

translate = QCoreApplication.translate



def is_installed(family: str) -> bool:
    """Whether ``family`` is a font on this computer (or loaded from a brand's font file)."""
    wanted = family.strip().casefold()
    return any(name.casefold() == wanted for name in QFontDatabase.families())


_loaded: dict[int, list[str]] = {}


def load_font_file(data: bytes) -> list[str]:
    """Make a font file's families usable in this app (once per file); returns their names."""
    key = hash(data)
    if key not in _loaded:
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
        _loaded[key] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return _loaded[key]


class ColourEditor(QWidget):
    """A colour as a swatch (click to pick), its hex code and its red, green and blue."""

    def __init__(self, session: EditSession, page: str, path: Callable[[], Path | None],
                 describe: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path = path
        self.swatch = QPushButton()
        self.swatch.setFixedSize(56, 28)
        self.swatch.setAccessibleName(translate("Visual", "Pick colour"))
        self.swatch.setToolTip(translate("Visual", "Pick the colour in a colour chooser"))
        self.hex_edit = QLineEdit()
        self.hex_edit.setMaximumWidth(110)
        self.hex_edit.setPlaceholderText("#RRGGBB")
        self.hex = HexBinding(session, self.hex_edit, path, translate("Visual", "Hex code"),
                              describe, page)
        self.spins: list[QSpinBox] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.swatch)
        row.addWidget(self.hex_edit)
        for name, label in (("R", translate("Visual", "Red")),
                            ("G", translate("Visual", "Green")),
                            ("B", translate("Visual", "Blue"))):
            caption = QLabel(name)
            spin = QSpinBox()
            spin.setRange(0, 255)
            spin.setAccessibleName(label)
            spin.setToolTip(label)
            caption.setBuddy(spin)
            row.addWidget(caption)
            row.addWidget(spin)
            spin.valueChanged.connect(self._rgb_changed)
            self.spins.append(spin)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.hex.message)
        self.swatch.clicked.connect(self.pick)

    def refresh(self, brand: Brand) -> None:
        self.hex.refresh(brand)
        path = self.path()
        enabled = path is not None
        for widget in (self.swatch, *self.spins):
            widget.setEnabled(enabled)
        colour = QColor(get_at(brand, path)) if path is not None else QColor()
        self._show(colour)

    def _show(self, colour: QColor) -> None:
        valid = colour.isValid()
        for spin, value in zip(self.spins, (colour.red(), colour.green(), colour.blue()),
                               strict=True):
            with QSignalBlocker(spin):
                spin.setValue(value if valid else 0)
        name = colour.name().upper() if valid else "transparent"
        self.swatch.setStyleSheet(
            f"QPushButton {{ background-color: {name}; border: 1px solid #7A7A7A;"
            " border-radius: 4px; }")

    def _set_hex(self, text: str) -> None:
        self.hex_edit.setText(text)
        self.hex.commit()

    def _rgb_changed(self) -> None:
        r, g, b = (spin.value() for spin in self.spins)
        self._set_hex(f"#{r:02X}{g:02X}{b:02X}")

    def pick(self) -> None:
        path = self.path()
        if path is None:
            return
        chosen = dialogs.choose_colour(self, translate("Visual", "Choose a colour"),
                                       QColor(get_at(self.session.brand, path)))
        if chosen is not None:
            self._set_hex(chosen.name().upper())


def _read_file(parent: QWidget, file: PurePath) -> bytes | None:
    try:
        real = FsPath(file)
        if real.stat().st_size > MAX_FILE_BYTES:
            dialogs.show_error(parent, translate("Visual", "File too large"),
                               translate("Visual", "%1 is larger than 20 MB.")
                               .replace("%1", real.name))
            return None
        return real.read_bytes()
    except OSError as exc:
        dialogs.show_error(parent, translate("Visual", "Cannot read file"),
                           translate("Visual", "%1 cannot be read: %2").replace("%1", file.name)
                           .replace("%2", exc.strerror or str(exc)))
        return None


class _FileItem(QWidget):
    """Shared parts of a font or logo file chooser inside a list item's form."""

    folder = ""

    def __init__(self, session: EditSession, page: str, item: Callable[[], Path | None],
                 describe: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.page = page
        self.item = item
        self.describe = describe
        self.choose = QPushButton()
        self.clear = QPushButton(translate("Visual", "Remove file"))
        self.clear.setAccessibleName(translate("Visual", "Remove file"))
        self.clear.clicked.connect(self.remove_file)
        self.choose.clicked.connect(self.choose_file)

    def lay_out(self, *shown: QWidget) -> None:
        """``shown`` (a preview, a label) above the choose and remove buttons."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in shown:
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addWidget(self.clear)
        row.addStretch(1)
        layout.addLayout(row)

    def current(self) -> Any:
        path = self.item()
        return get_at(self.session.brand, path) if path is not None else None

    def store(self, changes: dict[str, Any], data: bytes | None, file: str | None) -> None:
        path = self.item()
        if path is None:
            return
        item = self.current().model_copy(update=changes)
        brand = with_value(self.session.brand, path, item)
        files = dict(self.session.files)
        if file is not None and data is not None:
            files[file] = data
        self.session.replace(brand, self.describe(), files=files, page=self.page)

    def pack_path(self, name: str) -> str:
        """A path for the file inside the pack, not clashing with another file's."""
        used = set(self.session.brand.file_paths())
        candidate, n = f"{self.folder}/{name}", 1
        while candidate in used:
            n += 1
            stem, dot, ext = name.partition(".")
            candidate = f"{self.folder}/{stem}-{n}{dot}{ext}"
        return candidate

    def remove_file(self) -> None:
        self.store({"file": None}, None, None)

    def choose_file(self) -> None:
        raise NotImplementedError


class FontFile(_FileItem):
    """Use a font file (TTF, OTF) for a brand font: its family name comes from the file."""

    folder = "fonts"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.choose.setText(translate("Visual", "Use a font file…"))
        self.choose.setAccessibleName(translate("Visual", "Use a font file"))
        self.specimen = QLabel()
        self.specimen.setObjectName("fontSpecimen")
        self.specimen.setAccessibleName(translate("Visual", "Font sample"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lay_out(self.specimen, self.label)

    def refresh(self, brand: Brand) -> None:
        path = self.item()
        font = get_at(brand, path) if path is not None else None
        self.choose.setEnabled(font is not None)
        self.clear.setEnabled(font is not None and bool(font.file))
        self.specimen.setVisible(font is not None)
        if font is not None:
            if font.file and font.file in self.session.files:
                load_font_file(self.session.files[font.file])
            shown = QFont(font.family)
            shown.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 1.6)
            self.specimen.setFont(shown)
            self.specimen.setText(f"Aa Bb Gg 123 · {brand.name}")
        if font is None:
            self.label.setText("")
        elif font.file:
            self.label.setText(translate("Visual", "From file %1").replace("%1", font.file))
        elif is_installed(font.family):
            self.label.setText(translate("Visual", "Installed on this computer"))
        else:
            self.label.setText(translate("Visual", "Not installed on this computer: the sample "
                                         "shows a stand-in. Add the font file so briefs and "
                                         "checks can use it."))

    def choose_file(self) -> None:
        file = dialogs.open_file(self, translate("Visual", "Choose a font file"),
                                 translate("Visual", "Font files (*.ttf *.otf)"))
        if file is None:
            return
        data = _read_file(self, file)
        if data is None:
            return
        families = load_font_file(data)
        if not families:
            dialogs.show_error(self, translate("Visual", "Not a font"),
                               translate("Visual", "%1 is not a font file BrandRegie can read.")
                               .replace("%1", file.name))
            return
        pack_path = self.pack_path(file.name)
        self.store({"family": families[0], "file": pack_path}, data, pack_path)


class LogoFile(_FileItem):
    """A logo image (PNG, JPEG, SVG) with a preview."""

    folder = "logos"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.choose.setText(translate("Visual", "Choose image…"))
        self.choose.setAccessibleName(translate("Visual", "Choose logo image"))
        self.preview = QLabel()
        self.preview.setFixedSize(220, 120)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("QLabel { background: #FFFFFF; border: 1px solid #BDBDBD; }")
        self.preview.setAccessibleName(translate("Visual", "Logo preview"))
        self.name = QLabel()
        self.lay_out(self.preview, self.name)

    def refresh(self, brand: Brand) -> None:
        path = self.item()
        logo = get_at(brand, path) if path is not None else None
        self.choose.setEnabled(logo is not None)
        self.clear.setEnabled(logo is not None and bool(logo.file))
        data = self.session.files.get(logo.file) if logo is not None and logo.file else None
        pixmap = QPixmap()
        if data is not None and pixmap.loadFromData(data):
            ratio = self.devicePixelRatioF()
            scaled = pixmap.scaled(int(200 * ratio), int(100 * ratio),
                                   Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(ratio)
            self.preview.setPixmap(scaled)
            self.name.setText(logo.file if logo is not None and logo.file else "")
        else:
            self.preview.clear()
            self.preview.setText(translate("Visual", "No image yet"))
            self.name.setText("")

    def choose_file(self) -> None:
        file = dialogs.open_file(self, translate("Visual", "Choose a logo image"),
                                 translate("Visual", "Images (*.png *.jpg *.jpeg *.svg)"))
        if file is None:
            return
        data = _read_file(self, file)
        if data is None:
            return
        if not QPixmap().loadFromData(data):
            dialogs.show_error(self, translate("Visual", "Not an image"),
                               translate("Visual", "%1 is not an image BrandRegie can show.")
                               .replace("%1", file.name))
            return
        pack_path = self.pack_path(file.name)
        self.store({"file": pack_path}, data, pack_path)
