"""File > Settings…: the person's preferences (their name, the interface language), kept in
QSettings.

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
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from brandregie.profile.service import current_user, set_owner_name
from brandregie.ui.settings import LANGUAGE, OWNER_NAME


class SettingsDialog(QDialog):
    """Preferences: the person's name (the author of changes) and the interface language."""

    def __init__(self, current: str, parent: QWidget | None = None, *, owner: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout()
        self.owner = QLineEdit(owner)
        self.owner.setAccessibleName(self.tr("Your name"))
        self.owner.setPlaceholderText(self.tr("Shown in the history and in the feedback for "
                                              "your agency"))
        owner_label = QLabel(self.tr("Your &name:"))
        owner_label.setBuddy(self.owner)
        form.addRow(owner_label, self.owner)
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

    def owner_name(self) -> str:
        return " ".join(self.owner.text().split())


def edit_settings(settings: QSettings, parent: QWidget | None = None) -> str | None:
    """Show the dialog and store what was chosen; the new interface language ("system", "nl"
    or "en") when it changed, else None."""
    current = str(settings.value(LANGUAGE, "system"))
    dialog = SettingsDialog(current, parent, owner=str(settings.value(OWNER_NAME, "") or ""))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    owner = dialog.owner_name()
    if owner != settings.value(OWNER_NAME, ""):
        settings.setValue(OWNER_NAME, owner)
        set_owner_name(owner)  # the author of what is changed from now on
        service = getattr(parent, "service", None)  # the open window's profile service
        if service is not None:
            service.author = current_user()
        settings.sync()
    if dialog.choice() == current:
        return None
    settings.setValue(LANGUAGE, dialog.choice())
    settings.sync()
    return dialog.choice()
