"""E-mail settings: the SMTP server, how it is secured, who sends, and the password (keyring)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from brandregie import secrets
from brandregie.mail.providers import PROVIDERS, provider_for
from brandregie.mail.settings import (
    DEFAULT_PORTS,
    Security,
    SmtpSettings,
    load_settings,
    password_account,
    save_settings,
)
from brandregie.mail.smtp import check_connection
from brandregie.ui import dialogs
from brandregie.ui.connections.password import tr
from brandregie.ui.connections.settings_dialog import ConnectionSettingsDialog


class MailSettingsDialog(ConnectionSettingsDialog):
    """Edit and test the SMTP settings; OK saves them (password to the keyring)."""

    def __init__(self, parent: QWidget | None = None, *, threaded: bool = True) -> None:
        super().__init__(parent, tr("E-mail server"),
                         tr("BrandRegie sends briefs and feedback reports to agencies through "
                            "your own mail server, as if you sent them yourself."),
                         threaded=threaded)
        current = load_settings()
        form = QFormLayout()
        self.provider = QComboBox()
        for provider in PROVIDERS:
            self.provider.addItem(provider.name, provider.key)
        self.provider.addItem(tr("Another mail server"), "")
        known_provider = provider_for(current.host)
        self.provider.setCurrentIndex(self.provider.findData(
            known_provider.key if known_provider is not None else ""))
        form.addRow(tr("Your &mail:"), self.provider)
        self.host = QLineEdit(current.host)
        self.host.setPlaceholderText("smtp.example.nl")
        form.addRow(tr("&Server:"), self.host)
        self.security = QComboBox()
        for value, label in ((Security.STARTTLS,
                              tr("Encrypted after connecting (STARTTLS, usually port 587)")),
                             (Security.SSL, tr("Encrypted from the start (SSL/TLS, usually "
                                               "port 465)")),
                             (Security.NONE, tr("Not encrypted (only without a password)"))):
            self.security.addItem(label, str(value))
        self.security.setCurrentIndex(self.security.findData(str(current.security)))
        form.addRow(tr("S&ecurity:"), self.security)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        form.addRow(tr("&Port:"), self.port)
        self.username = QLineEdit(current.username)
        form.addRow(tr("&User name:"), self.username)
        known = bool(current.host) and secrets.get_secret(password_account(current)) is not None
        form.addRow(tr("Pass&word:"), self.password_field(saved=known))
        self.sender_address = QLineEdit(current.sender_address)
        self.sender_address.setPlaceholderText("anna@bakkerij.nl")
        form.addRow(tr("Sender &address:"), self.sender_address)
        self.sender_name = QLineEdit(current.sender_name)
        form.addRow(tr("Sender &name:"), self.sender_name)
        ca_row = QHBoxLayout()
        self.ca_file = QLineEdit(current.ca_file)
        self.ca_file.setPlaceholderText(tr("(only for a server with its own certificate)"))
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self._browse)
        ca_row.addWidget(self.ca_file)
        ca_row.addWidget(browse)
        ca_label = QLabel(tr("&Certificate:"))
        ca_label.setBuddy(self.ca_file)  # a row of two widgets gets no buddy by itself
        form.addRow(ca_label, ca_row)
        self.finish(form)
        self._last_security = current.security
        self.security.currentIndexChanged.connect(self._security_changed)
        self.provider.currentIndexChanged.connect(self._provider_chosen)
        self._followed = ""  # the user name as last filled in from the address
        self.sender_address.textEdited.connect(self._address_typed)
        self._provider_chosen()

    def _provider_chosen(self) -> None:
        """A known provider fills in its server; "another" leaves the technical rows to fill."""
        key = self.provider.currentData()
        chosen = next((p for p in PROVIDERS if p.key == key), None)
        if chosen is not None:
            self.host.setText(chosen.host)
            self.security.setCurrentIndex(self.security.findData(str(chosen.security)))
            self.port.setValue(chosen.port)
        for widget in (self.host, self.security, self.port):
            widget.setEnabled(chosen is None)

    def _address_typed(self, text: str) -> None:
        """These providers log in with the e-mail address: fill it in as the user name."""
        user = self.username.text()
        if self.provider.currentData() and (not user or user == self._followed):
            self.username.setText(text.strip())
        self._followed = text.strip() if self.username.text() == text.strip() else ""

    def settings(self) -> SmtpSettings:
        return SmtpSettings(host=self.host.text().strip(), port=self.port.value(),
                            security=Security(self.security.currentData()),
                            username=self.username.text().strip(),
                            sender_address=self.sender_address.text().strip(),
                            sender_name=self.sender_name.text().strip(),
                            ca_file=self.ca_file.text().strip())

    def _password(self, settings: SmtpSettings) -> str | None:
        typed = self.password.text()
        return typed if typed else secrets.get_secret(password_account(settings))

    def _security_changed(self) -> None:
        new = Security(self.security.currentData())
        if self.port.value() == DEFAULT_PORTS[self._last_security]:
            self.port.setValue(DEFAULT_PORTS[new])  # follow the usual port unless one was set
        self._last_security = new

    def _browse(self) -> None:
        path = dialogs.open_file(self, tr("The server's certificate"),
                                 tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path is not None:
            self.ca_file.setText(str(path))

    def probe_job(self) -> Callable[[], str]:
        settings = self.settings()
        password = self._password(settings)

        def job() -> str:
            check_connection(settings.validate(), password)
            return tr("The server accepted the log-in.")

        return job

    def check(self) -> None:
        settings = self.settings()
        if settings.host:
            settings.validate()

    def save(self) -> None:
        settings = self.settings()
        save_settings(settings)
        self.keep_password(password_account(settings))
