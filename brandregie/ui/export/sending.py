"""Sending what the Briefs page made: the send dialog with the PDF, and the sent-mail log.

The dialogs themselves are shared with the review screens
(:class:`~brandregie.ui.connections.SendMailDialog`) or the page's own
(:class:`~brandregie.ui.export.sent.SentMailDialog`); what is here fills them in for a brief,
a guide, a kit or a plan, and tells the person how to set up a mail server when there is none.
The texts are in the translation context "Briefs", with the page's own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from brandregie.export.documents import DocumentKind, Rendered
from brandregie.mail.compose import Attachment
from brandregie.mail.service import MailService
from brandregie.mail.settings import load_settings
from brandregie.models.mail import MailKind
from brandregie.ui.connections import MailSettingsDialog, SendMailDialog
from brandregie.ui.session import EditSession


def send_dialog(parent: QWidget, mail: MailService, session: EditSession, rendered: Rendered,
                assignment_id: int | None, *, threaded: bool) -> SendMailDialog:
    """The "Send to the agency" dialog with ``rendered`` attached, opened window-modal."""
    brief = rendered.kind is DocumentKind.BRIEF
    dialog = SendMailDialog(
        mail, brand_id=session.brand_id, brand_name=session.brand.name,
        profile_revision=rendered.revision,
        attachment=Attachment(rendered.file_name, rendered.data),
        kind=MailKind.BRIEF if brief else MailKind.OTHER, title=rendered.title,
        assignment_id=assignment_id if brief else None, parent=parent, threaded=threaded)
    if not brief:  # the shared texts speak of a brief; this is the guide, kit or plan
        name = dialog.to_name.text()
        greeting = (QCoreApplication.translate("Briefs", "Hello %1,").replace("%1", name)
                    if name else QCoreApplication.translate("Briefs", "Hello,"))
        dialog.subject.setText(f"{rendered.title}")
        dialog.body.setPlainText(
            f"{greeting}\n\n"
            + QCoreApplication.translate("Briefs", "Attached is our %1, for your reference.")
            .replace("%1", rendered.title) + "\n\n"
            + QCoreApplication.translate("Briefs", "Kind regards,") + "\n"
            + (load_settings().sender_name or session.brand.name) + "\n")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def offer_mail_setup(box: QMessageBox) -> None:
    """Give ``box`` (which says there is no mail server) a "Set up…" button that opens the
    mail server settings."""
    setup = box.addButton(QCoreApplication.translate("Briefs", "Set &up…"),
                          QMessageBox.ButtonRole.AcceptRole)

    def chosen() -> None:
        if box.clickedButton() is setup:
            dialog = MailSettingsDialog(box.parentWidget())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    box.finished.connect(lambda _r: chosen())
