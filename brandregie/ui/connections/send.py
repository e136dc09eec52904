"""Send a brief or feedback report to the agency: check the message, send, see what happened.

Other screens open it with the PDF they made::

    SendMailDialog(MailService(store), brand_id=..., brand_name=..., profile_revision=...,
                   attachment=Attachment("brief.pdf", data), kind=MailKind.BRIEF,
                   title=assignment_title, assignment_id=..., parent=self).exec()

The agency's address comes from the assignment when there is one. Sending runs off the GUI
thread; an attachment that takes a while to make (the feedback file laid out) can be given as
a :class:`LaterAttachment`, made by the send job. A missing password is asked for and the
same logged message is sent again; any other failure is shown with its reason, and the
message stays in the sent-mail log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brandregie.errors import BrandRegieError
from brandregie.i18n import current_language
from brandregie.mail.compose import Attachment, default_texts
from brandregie.mail.errors import Failure, MailError
from brandregie.mail.service import MailService, SentMailInfo
from brandregie.mail.settings import password_account
from brandregie.models.mail import MailKind
from brandregie.ui import jobs
from brandregie.ui.connections.mail import MailSettingsDialog
from brandregie.ui.connections.password import ask_password, tr
from brandregie.ui.jobs import Runner, Task


@dataclass(frozen=True, slots=True)
class LaterAttachment:
    """An attachment known by name now and made on the send job (off the GUI thread)."""

    filename: str
    make: Callable[[], Attachment]


class SendMailDialog(QDialog):
    """To, subject and text (filled in from the profile), the attachment, and Send."""

    sent = Signal(object)  # SentMailInfo

    def __init__(self, service: MailService, *, brand_id: int, brand_name: str,
                 profile_revision: int | None, attachment: Attachment | LaterAttachment,
                 kind: MailKind = MailKind.BRIEF, title: str = "",
                 assignment_id: int | None = None, to: str = "", to_name: str = "",
                 parent: QWidget | None = None, threaded: bool = True) -> None:
        super().__init__(parent)
        self.service = service
        self.brand_id, self.profile_revision = brand_id, profile_revision
        self.attachment, self.kind, self.assignment_id = attachment, kind, assignment_id
        self.info: SentMailInfo | None = None
        self._entry: int | None = None  # the logged message after a failure, for a retry
        self.setWindowTitle(tr("Send to the agency"))
        if assignment_id is not None and not to:
            try:
                recipient = service.recipient_for(assignment_id)
                to, to_name = recipient.address, to_name or recipient.name
            except BrandRegieError:
                pass  # the person types the address
        subject, body = default_texts(str(kind), brand=brand_name, title=title or brand_name,
                                      contact=to_name,
                                      sender_name=service.settings.sender_name,
                                      lang=current_language())
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.to = QLineEdit(to)
        form.addRow(tr("&To:"), self.to)
        self.to_name = QLineEdit(to_name)
        form.addRow(tr("&Name:"), self.to_name)
        self.subject = QLineEdit(subject)
        form.addRow(tr("&Subject:"), self.subject)
        self.body = QPlainTextEdit(body)
        self.body.setAccessibleName(tr("Message"))
        form.addRow(tr("&Message:"), self.body)
        shown = attachment.filename if isinstance(attachment, LaterAttachment) else \
            f"{attachment.filename} ({max(1, round(len(attachment.data) / 1024))} KB)"
        form.addRow(tr("Attachment:"), QLabel(shown))
        layout.addLayout(form)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(tr("Sending state"))
        layout.addWidget(self.state)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.settings_button = QPushButton(tr("Mail &server…"))
        buttons.addButton(self.settings_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.send_button = buttons.addButton(tr("&Send"), QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(lambda _checked=False: self.send())
        self.settings_button.clicked.connect(self._settings)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.worker = Runner(self, synchronous=not threaded, finish_at_close=True)  # a mail
        self.worker.finished.connect(self._sent)
        self.worker.failed.connect(self._not_sent)
        self.resize(560, 460)

    def _settings(self) -> None:
        MailSettingsDialog(self).exec()

    def send(self, password: str | None = None) -> None:
        """Send (or, after a failure, send the logged message again)."""
        self.send_button.setEnabled(False)
        self.state.setText(tr("Sending…"))
        entry = self._entry
        if entry is not None:
            self.worker.start(lambda _progress: self.service.retry(entry, password=password))
            return
        to, name = self.to.text().strip(), self.to_name.text().strip()
        subject, body = self.subject.text(), self.body.toPlainText()
        attachment = self.attachment

        def job(_progress: jobs.Progress) -> SentMailInfo:
            made = attachment.make() if isinstance(attachment, LaterAttachment) else attachment
            return self.service.send(
                brand_id=self.brand_id, to=to, to_name=name, subject=subject, body=body,
                attachment=made, kind=self.kind, profile_revision=self.profile_revision,
                assignment_id=self.assignment_id, password=password)

        self.worker.start(job)

    def _sent(self, _task: Task, info: SentMailInfo) -> None:
        self.info = info
        self.state.setText(tr("Sent to %1.").replace("%1", info.recipient))
        self.send_button.setEnabled(False)
        self.sent.emit(info)

    def _not_sent(self, _task: Task, failure: jobs.Failure) -> None:
        self.send_button.setEnabled(True)
        error = failure.error
        if isinstance(error, MailError) and error.entry_id is not None:
            self._entry = error.entry_id
            for field in (self.to, self.to_name, self.subject):
                field.setReadOnly(True)  # the logged message is sent again as it is
            self.body.setReadOnly(True)
        if isinstance(error, MailError) and error.failure in (Failure.PASSWORD_NEEDED,
                                                              Failure.AUTHENTICATION):
            settings = self.service.settings
            password = ask_password(self, password_account(settings), tr("Mail server"),
                                    error.message)
            if password is not None:
                self.send(password)
                return
        kept = tr(" The message is kept in the sent-mail log; Send tries again.") \
            if self._entry is not None else ""
        self.state.setText(tr("Not sent: %1.").replace("%1", failure.message) + kept)
