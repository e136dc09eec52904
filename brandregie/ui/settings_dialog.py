"""File > Settings…: the person's preferences (the interface language), kept in QSettings.

The dialog only collects the choices; :func:`edit_settings` stores them and says whether the
window must be rebuilt in a new language.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from brandregie.ui.settings import LANGUAGE


class SettingsDialog(QDialog):
    """Preferences: the interface language."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        for value, text in (("system", self.tr("Follow the system")), ("nl", "Nederlands"),
                            ("en", "English")):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> str:
        return str(self.language.currentData())


def edit_settings(settings: QSettings, parent: QWidget | None = None) -> str | None:
    """Show the dialog and store what was chosen; the new interface language ("system", "nl"
    or "en") when it changed, else None."""
    current = str(settings.value(LANGUAGE, "system"))
    dialog = SettingsDialog(current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice() == current:
        return None
    settings.setValue(LANGUAGE, dialog.choice())
    settings.sync()
    return dialog.choice()
