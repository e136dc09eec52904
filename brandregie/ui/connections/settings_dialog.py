"""What the mail-server and team-database dialogs share: a settings form around a password that
goes to the keyring, a "Test the connection" probe off the GUI thread, and OK that checks first.

A subclass builds its own fields between :meth:`ConnectionSettingsDialog.__init__` (title,
intro) and :meth:`~ConnectionSettingsDialog.finish` (keyring note, test row, OK/Cancel), and says
what to test (:meth:`probe_job`), what OK checks (:meth:`check`) and what it saves (:meth:`save`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brandregie import secrets
from brandregie.errors import BrandRegieError
from brandregie.ui import dialogs
from brandregie.ui.connections.password import keyring_note, tr
from brandregie.ui.jobs import Failure, Runner, Task


class ConnectionSettingsDialog(QDialog):
    """Intro, the subclass's form, where passwords go, a connection test, OK/Cancel."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, *,
                 threaded: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.threaded = threaded
        self.status = secrets.keyring_status()  # for the note, and why a password was not kept
        self.main_layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.main_layout.addWidget(label)

    def password_field(self, saved: bool) -> QLineEdit:
        """The password input (``self.password``); only ever read into the keyring or a test."""
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Password"))
        if saved:
            self.password.setPlaceholderText(tr("(saved; type to change)"))
        return self.password

    def finish(self, form: QLayout | QWidget, *, after_test: QWidget | None = None) -> None:
        """Add ``form``, the keyring note, the test row, ``after_test`` and OK/Cancel."""
        if isinstance(form, QLayout):
            self.main_layout.addLayout(form)
        else:
            self.main_layout.addWidget(form)
        self.note = QLabel(keyring_note(self.status))
        self.note.setWordWrap(True)
        self.main_layout.addWidget(self.note)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(tr("&Test the connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName(tr("Test result"))
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        self.main_layout.addLayout(test_row)
        if after_test is not None:
            self.main_layout.addWidget(after_test)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.main_layout.addWidget(buttons)
        self.probe = Runner(self, synchronous=not self.threaded)
        self.probe.finished.connect(self._connected)
        self.probe.failed.connect(self._not_connected)

    def probe_job(self) -> Callable[[], str]:
        """The test to run off the GUI thread, with the form read now; it returns the success
        message or raises :class:`BrandRegieError`."""
        raise NotImplementedError

    def can_test(self) -> bool:
        """Whether the test button is on once a test has finished."""
        return True

    def check(self) -> None:
        """Raise :class:`BrandRegieError` if the form cannot be saved as it is."""

    def save(self) -> None:
        """Save the settings (and a typed password, with :meth:`keep_password`)."""
        raise NotImplementedError

    def keep_password(self, account: str) -> secrets.Where | None:
        """Put a typed password in the keyring (this session only if there is none, and the
        person is told so); None if nothing was typed. Never written anywhere else."""
        if not self.password.text():
            return None
        where = secrets.set_secret(account, self.password.text())
        if where is secrets.Where.SESSION:
            dialogs.show_error(self, self.windowTitle(), tr(
                "The password could not be saved in a keyring (%1). It is kept until you "
                "quit BrandRegie; you will be asked again next time.")
                .replace("%1", self.status.reason or secrets.keyring_status().reason))
        return where

    def test_connection(self) -> None:
        job = self.probe_job()
        self.test_result.setText(tr("Connecting…"))
        self.test_button.setEnabled(False)
        self.probe.start(lambda _progress: job())

    def _connected(self, _task: Task, message: str) -> None:
        self.test_button.setEnabled(self.can_test())
        self.test_result.setText(message)

    def _not_connected(self, _task: Task, failure: Failure) -> None:
        self.test_button.setEnabled(self.can_test())
        self.test_result.setText(tr("Not connected: %1").replace("%1", failure.message))

    def accept(self) -> None:
        """Save and close; a form that does not check out says why and stays open."""
        try:
            self.check()
        except BrandRegieError as exc:
            dialogs.show_error(self, self.windowTitle(), exc.message)
            return
        self.save()
        super().accept()
