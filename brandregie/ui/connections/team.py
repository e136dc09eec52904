"""Team mode: where the shared PostgreSQL database is, and moving a brand into it and back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from brandregie import secrets
from brandregie.errors import BrandRegieError
from brandregie.profile.service import ProfileService
from brandregie.profile.transfer import MoveReport, move_brand
from brandregie.store import team
from brandregie.store.database import Store, open_store
from brandregie.ui import dialogs
from brandregie.ui.connections.password import ask_password, tr
from brandregie.ui.connections.settings_dialog import ConnectionSettingsDialog


class TeamDatabaseDialog(ConnectionSettingsDialog):
    """Choose between this computer's database and a team database; test and save."""

    def __init__(self, parent: QWidget | None = None, *, threaded: bool = True) -> None:
        super().__init__(parent, tr("Team database"),
                         tr("In team mode owner, HR and marketing share one profile in a "
                            "PostgreSQL database. If two people change the same thing, the "
                            "second save is stopped and shows both versions."),
                         threaded=threaded)
        current = team.load_settings()
        self.local = QRadioButton(tr("&On this computer only"))
        self.shared = QRadioButton(tr("In a &team database"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.shared)
        (self.shared if current.enabled else self.local).setChecked(True)
        self.main_layout.addWidget(self.local)
        self.main_layout.addWidget(self.shared)
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        self.host = QLineEdit(current.host)
        self.host.setPlaceholderText("db.example.nl")
        form.addRow(tr("&Server:"), self.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        form.addRow(tr("&Port:"), self.port)
        self.database = QLineEdit(current.database)
        form.addRow(tr("&Database:"), self.database)
        self.user = QLineEdit(current.user)
        form.addRow(tr("&User name:"), self.user)
        saved = bool(current.host and current.user) and \
            secrets.get_secret(team.password_account(current)) is not None
        form.addRow(tr("Pass&word:"), self.password_field(saved))
        self.restart_note = QLabel(tr("BrandRegie opens the chosen database the next time it "
                                      "starts."))
        self.restart_note.setWordWrap(True)
        self.finish(self.form_box, after_test=self.restart_note)
        self.shared.toggled.connect(self._mode_changed)
        self._mode_changed()

    def settings(self) -> team.TeamSettings:
        return team.TeamSettings(host=self.host.text().strip(), port=self.port.value(),
                                 database=self.database.text().strip(),
                                 user=self.user.text().strip(),
                                 enabled=self.shared.isChecked())

    def _mode_changed(self) -> None:
        on = self.shared.isChecked()
        self.form_box.setEnabled(on)
        self.test_button.setEnabled(on)

    def can_test(self) -> bool:
        return self.shared.isChecked()

    def probe_job(self) -> Callable[[], str]:
        settings = self.settings()
        password = self.password.text() or None

        def job() -> str:
            with team.connect(settings, password) as store:
                count = len(ProfileService(store).list_brands())
            return tr("Connected; the database is up to date and holds %n brand(s).") \
                .replace("%n", str(count))

        return job

    def check(self) -> None:
        settings = self.settings()
        if settings.enabled:
            settings.validate()

    def save(self) -> None:
        settings = self.settings()
        team.save_settings(settings)
        if settings.enabled:
            self.keep_password(team.password_account(settings))


def connect_with_prompt(parent: QWidget | None, settings: team.TeamSettings) -> Store | None:
    """Open the team database, asking for the password when needed; None if cancelled."""
    password: str | None = None
    while True:
        try:
            return team.connect(settings, password)
        except team.PasswordNeeded as needed:
            why = needed.message
        except BrandRegieError as exc:
            if "password" not in exc.message:
                raise
            why = exc.message
        password = ask_password(parent, team.password_account(settings),
                                tr("Team database"), why)
        if password is None:
            return None


class MoveBrandDialog(QDialog):
    """Move one brand from this computer into the team database, or back."""

    def __init__(self, parent: QWidget | None = None, *, local: Store | None = None,
                 shared: Store | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Move a brand"))
        self.local_store = local
        self.shared_store = shared
        self.report: MoveReport | None = None
        layout = QVBoxLayout(self)
        text = QLabel(tr("The brand moves with its whole history, files, assignments and sent "
                         "mail. It is checked in the new place before it is removed from the "
                         "old one."))
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.direction = QComboBox()
        self.direction.addItem(tr("From this computer to the team database"), "up")
        self.direction.addItem(tr("From the team database to this computer"), "down")
        form.addRow(tr("&Direction:"), self.direction)
        self.brand = QComboBox()
        self.brand.setAccessibleName(tr("Brand"))
        form.addRow(tr("&Brand:"), self.brand)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.move_button = buttons.addButton(tr("&Move"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.direction.currentIndexChanged.connect(self._fill)
        self._fill()

    def _stores(self) -> tuple[Store, Store]:
        if self.local_store is None:
            self.local_store = open_store()
        if self.shared_store is None:
            settings = team.load_settings()
            shared = connect_with_prompt(self, settings.with_changes(enabled=True))
            if shared is None:
                raise BrandRegieError(tr("No connection to the team database."))
            self.shared_store = shared
        if self.direction.currentData() == "up":
            return self.local_store, self.shared_store
        return self.shared_store, self.local_store

    def _fill(self) -> None:
        self.brand.clear()
        try:
            source, _target = self._stores()
            names = [b.name for b in ProfileService(source).list_brands()]
        except BrandRegieError as exc:
            names = []
            self.brand.setPlaceholderText(exc.message)
        self.brand.addItems(names)
        self.move_button.setEnabled(bool(names))

    def accept(self) -> None:
        name = self.brand.currentText()
        if not name:
            return
        try:
            source, target = self._stores()
            self.report = move_brand(source, target, name)
        except BrandRegieError as exc:
            dialogs.show_error(self, self.windowTitle(), exc.message)
            return
        QMessageBox.information(self, self.windowTitle(), tr(
            "%1 was moved with %2 revisions.").replace("%1", name)
            .replace("%2", str(self.report.revisions)))
        super().accept()
