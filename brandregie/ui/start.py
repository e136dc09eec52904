"""The guided start for a new brand: name, why, address form and main colours; or the sample.

The same form fills the welcome page at first start and the "New brand" dialog. It validates in
place (an empty name, a bad hex code) and creates the brand only when everything is right.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from brandregie.errors import BrandRegieError
from brandregie.profile.schema import Brand
from brandregie.profile.service import ProfileService, set_owner_name
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.ui import dialogs
from brandregie.ui.fields import INVALID_STYLE, explain
from brandregie.ui.page import form_layout, heading, text_box
from brandregie.ui.settings import OWNER_NAME, app_settings

DEFAULT_COLOURS = ("#2E5E4E", "#F2C14E", "#FAF7F0")


class StartForm(QWidget):
    """Four questions that make a usable first profile."""

    created = Signal(object)  # ProfileSnapshot

    def __init__(self, service: ProfileService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        form = form_layout()
        self.owner = QLineEdit()
        self.owner.setAccessibleName(self.tr("Your name"))
        self.owner.setPlaceholderText(self.tr("Shown in the history and in the feedback for "
                                              "your agency"))
        known = str(app_settings().value(OWNER_NAME, "") or "")
        self.owner.setText(known)
        self.owner_caption = self._caption(self.tr("&Your name"), self.owner)
        form.addRow(self.owner_caption, self.owner)
        self.owner.setVisible(not known)  # asked once
        self.owner_caption.setVisible(not known)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Brand name"))
        self.name.setPlaceholderText(self.tr("For example: Bakkerij Korenaar"))
        form.addRow(self._caption(self.tr("&Name of the brand"), self.name), self.name)
        self.why = text_box(3)
        self.why.setAccessibleName(self.tr("Why the brand exists"))
        self.why.setPlaceholderText(self.tr("Why do you do what you do? One or two sentences."))
        form.addRow(self._caption(self.tr("&Why"), self.why), self.why)
        address = QWidget()
        row = QHBoxLayout(address)
        row.setContentsMargins(0, 0, 0, 0)
        self.informal = QRadioButton(self.tr("&je: informal"))
        self.formal = QRadioButton(self.tr("&u: formal"))
        self.informal.setChecked(True)
        self.address_group = QButtonGroup(self)
        for button in (self.informal, self.formal):
            self.address_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        form.addRow(QLabel(self.tr("Address in Dutch:")), address)
        colours = QWidget()
        grid = QGridLayout(colours)
        grid.setContentsMargins(0, 0, 0, 0)
        self.colour_names: list[QLineEdit] = []
        self.colour_hexes: list[QLineEdit] = []
        self.swatches: list[QPushButton] = []
        labels = (self.tr("Main colour"), self.tr("Second colour"), self.tr("Background"))
        names = (self.tr("Main colour"), self.tr("Second colour"), self.tr("Background"))
        for i, (label, hex_code) in enumerate(zip(labels, DEFAULT_COLOURS, strict=True)):
            swatch = QPushButton()
            swatch.setFixedSize(40, 26)
            swatch.setAccessibleName(self.tr("Pick %1").replace("%1", label.lower()))
            name = QLineEdit(names[i])
            name.setAccessibleName(self.tr("Name of %1").replace("%1", label.lower()))
            code = QLineEdit(hex_code)
            code.setMaximumWidth(100)
            code.setAccessibleName(self.tr("Hex code of %1").replace("%1", label.lower()))
            code.textChanged.connect(lambda _t, n=i: self._show_swatch(n))
            swatch.clicked.connect(lambda _c=False, n=i: self._pick(n))
            grid.addWidget(swatch, i, 0)
            grid.addWidget(name, i, 1)
            grid.addWidget(code, i, 2)
            self.swatches.append(swatch)
            self.colour_names.append(name)
            self.colour_hexes.append(code)
            self._show_swatch(i)
        grid.setColumnStretch(1, 1)
        caption = QLabel(self.tr("Main colours:"))
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(caption, colours)
        self.error = QLabel()
        self.error.setStyleSheet("color: #B71C1C;")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow("", self.error)
        self.create_button = QPushButton(self.tr("&Create brand"))
        self.create_button.setDefault(True)
        self.create_button.setAccessibleName(self.tr("Create brand"))
        self.create_button.clicked.connect(self.create_brand)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text + ":")
        label.setBuddy(buddy)
        return label

    def _show_swatch(self, n: int) -> None:
        colour = QColor(self.colour_hexes[n].text().strip())
        fill = colour.name() if colour.isValid() else "transparent"
        self.swatches[n].setStyleSheet(
            f"QPushButton {{ background-color: {fill}; border: 1px solid #7A7A7A;"
            " border-radius: 4px; }")

    def _pick(self, n: int) -> None:
        chosen = dialogs.choose_colour(self, self.tr("Choose a colour"),
                                       QColor(self.colour_hexes[n].text().strip()))
        if chosen is not None:
            self.colour_hexes[n].setText(chosen.name().upper())

    def brand(self) -> Brand:
        """The brand the form describes; ``ValidationError`` when something is not right."""
        colours = []
        roles = ("primary", "secondary", "background")
        for name, code, role in zip(self.colour_names, self.colour_hexes, roles, strict=True):
            if code.text().strip():
                colours.append({"name": name.text(), "hex": code.text().strip(), "role": role})
        address = "je" if self.informal.isChecked() else "u"
        return Brand.model_validate({
            "name": self.name.text(),
            "languages": ["nl"],
            "identity": {"why": self.why.toPlainText()},
            "character": {"address": {"nl": address, "en": "you"}},
            "visual": {"colours": colours},
        })

    def _mark(self, widget: QWidget | None, message: str) -> None:
        for field in (self.name, *self.colour_names, *self.colour_hexes):
            field.setStyleSheet(INVALID_STYLE if field is widget else "")
            field.setAccessibleDescription(message if field is widget else "")
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if widget is not None:
            widget.setFocus()

    def create_brand(self) -> None:
        try:
            brand = self.brand()
        except ValidationError as exc:
            loc = exc.errors()[0]["loc"]
            widget: QWidget = self.name
            if loc[:2] == ("visual", "colours") and len(loc) >= 4:
                filled = [i for i, c in enumerate(self.colour_hexes) if c.text().strip()]
                index = filled[int(loc[2])]
                widget = self.colour_hexes[index] if loc[3] == "hex" else self.colour_names[index]
            self._mark(widget, explain(exc))
            return
        self.remember_owner()
        try:
            snapshot = self.service.create(brand)
        except BrandRegieError as exc:
            self._mark(self.name, exc.message)
            return
        self._mark(None, "")
        self.created.emit(snapshot)

    def remember_owner(self) -> None:
        """Keep the name the person gave (once) and make it the author from now on."""
        owner = " ".join(self.owner.text().split())
        if owner:
            settings = app_settings()
            settings.setValue(OWNER_NAME, owner)
            settings.sync()
            set_owner_name(owner)
            self.service.author = owner


class StartPage(QWidget):
    """The welcome at first start: make a brand, or look around in the sample brand."""

    open_sample = Signal()

    def __init__(self, service: ProfileService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = QVBoxLayout(self)
        page.setContentsMargins(48, 32, 48, 32)
        column = QWidget()
        column.setMaximumWidth(760)
        outer = QVBoxLayout(column)
        outer.setContentsMargins(0, 0, 0, 0)
        title = heading(self.tr("Welcome to BrandRegie"), 1.8)
        outer.addWidget(title)
        intro = QLabel(self.tr("Keep your brand in one place: who you are, how you sound and "
                               "how you look. Start with a few questions; you can fill in the "
                               "rest whenever you like."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        outer.addSpacing(12)
        self.form = StartForm(service)
        outer.addWidget(self.form)
        outer.addSpacing(24)
        sample_row = QHBoxLayout()
        sample_label = QLabel(self.tr("Just looking? Open the sample brand, a bakery with four "
                                      "shops."))
        sample_label.setWordWrap(True)
        self.sample_button = QPushButton(self.tr("Open the &sample brand"))
        self.sample_button.setAccessibleName(self.tr("Open the sample brand"))
        self.sample_button.clicked.connect(self.form.remember_owner)
        self.sample_button.clicked.connect(self.open_sample)
        sample_row.addWidget(sample_label, 1)
        sample_row.addWidget(self.sample_button)
        outer.addLayout(sample_row)
        page.addWidget(column)
        page.addStretch(1)


class NewBrandDialog(QDialog):
    """File > New brand: the same four questions in a dialog."""

    def __init__(self, service: ProfileService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New brand"))
        self.snapshot: ProfileSnapshot | None = None
        layout = QVBoxLayout(self)
        self.form = StartForm(service)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.created.connect(self._created)
        self.resize(620, 420)

    def _created(self, snapshot: ProfileSnapshot) -> None:
        self.snapshot = snapshot
        self.accept()
