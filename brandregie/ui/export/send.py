"""The "Send to agency" dialog: to whom, the subject and a friendly message, with the PDF.

Everything is filled in (the assignment's agency, the subject and text of
:func:`brandregie.mail.compose.default_texts`); the person checks the recipient, may change any
of it, and presses Send. The page does the sending, off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from brandregie.errors import BrandRegieError
from brandregie.mail.compose import check_address
from brandregie.review.records import AgencyInfo
from brandregie.ui.page import form_layout, text_box


@dataclass(frozen=True, slots=True)
class Message:
    """What the person confirmed: recipient, subject and text."""

    to: str
    to_name: str
    subject: str
    body: str


class SendDialog(QDialog):
    """Confirm the recipient and the message of one PDF for the agency (window-modal)."""

    def __init__(self, parent: QWidget | None, *, attachment: str, size: int, to: str,
                 to_name: str, subject: str, body: str, agencies: list[AgencyInfo]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send to the agency"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(520)
        self.agencies = [a for a in agencies if a.email.strip()]
        layout = QVBoxLayout(self)
        form = form_layout()
        self.agency = QComboBox()
        self.agency.setAccessibleName(self.tr("Agency"))
        self.agency.addItem(self.tr("Type an address below"), None)
        for a in self.agencies:
            self.agency.addItem(f"{a.name} <{a.email}>", a.id)
        match = next((a for a in self.agencies if a.email.strip().lower() == to.lower()), None)
        self.agency.setCurrentIndex(self.agency.findData(match.id) if match else 0)
        self.agency.activated.connect(lambda _i: self._agency_chosen())
        self.agency.setEnabled(bool(self.agencies))
        form.addRow(self._label(self.tr("A&gency:"), self.agency), self.agency)
        self.to = QLineEdit(to)
        self.to.setAccessibleName(self.tr("Recipient's e-mail address"))
        self.to.setPlaceholderText("studio@example.nl")
        form.addRow(self._label(self.tr("&To:"), self.to), self.to)
        self.to_name = QLineEdit(to_name)
        self.to_name.setAccessibleName(self.tr("Recipient's name"))
        form.addRow(self._label(self.tr("&Name:"), self.to_name), self.to_name)
        self.subject = QLineEdit(subject)
        self.subject.setAccessibleName(self.tr("Subject"))
        form.addRow(self._label(self.tr("S&ubject:"), self.subject), self.subject)
        self.body = text_box(8)
        self.body.setMaximumHeight(16_000)
        self.body.setPlainText(body)
        self.body.setAccessibleName(self.tr("Message"))
        form.addRow(self._label(self.tr("&Message:"), self.body), self.body)
        attached = QLabel(self.tr("Attached: %1 (%2 KB)").replace("%1", attachment)
                          .replace("%2", str(max(1, round(size / 1024)))))
        attached.setAccessibleName(self.tr("Attachment"))
        form.addRow("", attached)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B71C1C;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self.tr("&Send"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.subject if self.to.text() else self.to).setFocus()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _agency_chosen(self) -> None:
        wanted = self.agency.currentData()
        chosen = next((a for a in self.agencies if a.id == wanted), None)
        if chosen is not None:
            self.to.setText(chosen.email.strip())
            self.to_name.setText(chosen.contact)

    def message(self) -> Message:
        return Message(self.to.text().strip(), self.to_name.text().strip(),
                       self.subject.text().strip(), self.body.toPlainText())

    def accept(self) -> None:
        """Send only to something that is an e-mail address, with a subject."""
        try:
            check_address(self.to.text())
            if not self.subject.text().strip():
                raise BrandRegieError(self.tr("Give the message a subject."))
        except BrandRegieError as exc:
            self.problem.setText(exc.message)
            self.problem.show()
            return
        super().accept()

