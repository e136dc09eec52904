"""Under the header of an approved version: add its words to "Sounds like us" in one click."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from brandregie.ui import theme


class OwnTextBar(QWidget):
    """Shown only for a version the owner approved; the button greys out once it is added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownTextBar")
        self.label = QLabel(self.tr("You approved this version: its words can teach the voice "
                                    "check how you sound."))
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.button = QPushButton(self.tr("Add to “Sounds like us”"))
        self.button.setToolTip(self.tr("The text of this version joins your own texts on the "
                                       "profile's “Sounds like us” page"))
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.SPACE_S, theme.SPACE_XS, theme.SPACE_S, theme.SPACE_XS)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()

    def set_state(self, *, approved: bool, added: bool) -> None:
        self.setVisible(approved)
        self.button.setEnabled(approved and not added)
        self.button.setText(self.tr("In “Sounds like us”") if added
                            else self.tr("Add to “Sounds like us”"))
