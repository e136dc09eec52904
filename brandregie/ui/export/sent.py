"""The sent-mail log of the open brand: what went to which agency, when, and what failed.

A message that did not go out stays in the log exactly as it was composed (PDF included);
"Send again" hands that same message to the server once the cause is fixed, through
:meth:`brandregie.mail.service.MailService.retry`, off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brandregie.errors import BrandRegieError
from brandregie.mail.service import MailService, SentMailInfo
from brandregie.models.mail import MailStatus
from brandregie.ui.dates import show_moment
from brandregie.ui.jobs import Failure, Progress, Runner, Task

FAILED_COLOUR = QColor("#B71C1C")


class SentMailDialog(QDialog):
    """The log, newest first, with "Send again" for a message that did not go out."""

    def __init__(self, parent: QWidget | None, service: MailService, brand_id: int, *,
                 synchronous: bool = False) -> None:
        super().__init__(parent)
        self.service, self.brand_id = service, brand_id
        self.setWindowTitle(self.tr("Sent mail"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(760, 360)
        layout = QVBoxLayout(self)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Sent mail"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("When"), self.tr("To"), self.tr("Subject"),
                                   self.tr("Status")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(lambda _new, _old: self._selected())
        layout.addWidget(self.list, 1)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("Why it was not sent"))
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.again_button = QPushButton(self.tr("Send &again"))
        self.again_button.clicked.connect(self.send_again)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.runner = Runner(self, synchronous=synchronous, finish_at_close=True)  # a mail
        self.runner.finished.connect(lambda _task, _info: self.refresh())
        self.runner.failed.connect(self._failed)
        self.entries: list[SentMailInfo] = []
        self.refresh()

    def _status(self, entry: SentMailInfo) -> str:
        return {MailStatus.SENT: self.tr("Sent"), MailStatus.FAILED: self.tr("Not sent"),
                MailStatus.SENDING: self.tr("Sending…")}[entry.status]

    def refresh(self) -> None:
        """Read the log again (after a send) and keep the same line chosen."""
        current = self.current()
        try:
            self.entries = self.service.history(self.brand_id)
        except BrandRegieError as exc:
            self.entries = []
            self.reason.setText(exc.message)
        self.list.clear()
        for entry in self.entries:
            when = show_moment(entry.sent_at or entry.created_at)
            item = QTreeWidgetItem([when, entry.recipient, entry.subject, self._status(entry)])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            if entry.status is MailStatus.FAILED:
                item.setForeground(3, QBrush(FAILED_COLOUR))
                item.setToolTip(3, entry.error)
            self.list.addTopLevelItem(item)
        index = next((n for n, e in enumerate(self.entries)
                      if current is not None and e.id == current.id), 0)
        chosen = self.list.topLevelItem(index) if self.entries else None
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._selected()

    def current(self) -> SentMailInfo | None:
        item = self.list.currentItem()
        wanted = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((e for e in self.entries if e.id == wanted), None)

    def _selected(self) -> None:
        entry = self.current()
        failed = entry is not None and entry.status is not MailStatus.SENT
        self.again_button.setEnabled(failed and not self.runner.busy)
        self.reason.setText(self.tr("Not sent: %1").replace("%1", entry.error)
                            if entry is not None and entry.error else "")

    def send_again(self) -> None:
        """Hand the chosen message, exactly as logged, to the mail server once more."""
        entry = self.current()
        if entry is None or entry.status is MailStatus.SENT:
            return
        service, entry_id = self.service, entry.id

        def job(_progress: Progress) -> SentMailInfo:
            return service.retry(entry_id)

        self.again_button.setEnabled(False)
        self.reason.setText(self.tr("Sending to %1…").replace("%1", entry.recipient))
        self.runner.start(job)

    def _failed(self, _task: Task, failure: Failure) -> None:
        self.refresh()
        self.reason.setText(self.tr("Not sent: %1").replace("%1", failure.message))
