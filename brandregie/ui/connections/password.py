"""Ask for a password, and say plainly where it will be kept.

When the keyring works the person may tick "Remember in the keyring"; when it does not, the
dialog says why and that the password is kept only until BrandRegie quits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from brandregie import secrets


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files these under the empty context


def keyring_note(status: secrets.KeyringStatus) -> str:
    """One sentence on where passwords go, for the settings dialogs."""
    if status.available:
        return tr("Passwords are kept in your system's keyring, never in BrandRegie's files.")
    return tr("No keyring can be used: %1. A password you enter is kept only until you quit "
              "BrandRegie, never written to disk.").replace("%1", status.reason)


class PasswordDialog(QDialog):
    """One password field, why it is asked, and where it will be kept."""

    def __init__(self, title: str, why: str, parent: QWidget | None = None, *,
                 status: secrets.KeyringStatus | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.status = status if status is not None else secrets.keyring_status()
        layout = QVBoxLayout(self)
        question = QLabel(why)
        question.setWordWrap(True)
        layout.addWidget(question)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Password"))
        form.addRow(tr("&Password:"), self.password)
        layout.addLayout(form)
        self.remember = QCheckBox(tr("&Remember in the keyring"))
        self.remember.setChecked(self.status.available)
        self.remember.setEnabled(self.status.available)
        layout.addWidget(self.remember)
        self.note = QLabel(keyring_note(self.status))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.password.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))

    def keep(self, account: str) -> secrets.Where:
        """Store the typed password: in the keyring if wanted and possible, else this session."""
        value = self.password.text()
        if self.remember.isChecked():
            return secrets.set_secret(account, value)
        secrets.remember_for_session(account, value)
        return secrets.Where.SESSION


def ask_password(parent: QWidget | None, account: str, title: str, why: str) -> str | None:
    """Ask for the password of ``account`` and keep it; None when the person cancels."""
    dialog = PasswordDialog(title, why, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    dialog.keep(account)
    return dialog.password.text()
