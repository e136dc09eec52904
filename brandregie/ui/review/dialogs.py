"""Small forms of the review pages: assignment, agency, agency request, a reason, a decision.

Each is a plain ``QDialog`` opened with :meth:`QDialog.open` (window-modal, not a nested event
loop), so the page goes on running and a test can fill it in like a person would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brandregie.errors import BrandRegieError
from brandregie.models.review import AssignmentKind
from brandregie.review.agreement import Agreement
from brandregie.review.records import AgencyInfo, AssignmentInfo
from brandregie.review.service import ReviewService
from brandregie.ui.review.agreement_form import AgreementForm, AgreementInputError


def kind_label(kind: AssignmentKind) -> str:
    """What a person calls each type of assignment."""
    labels = {
        AssignmentKind.NEWSLETTER: QCoreApplication.translate("Review", "Newsletter"),
        AssignmentKind.VACANCY: QCoreApplication.translate("Review", "Vacancy text"),
        AssignmentKind.SOCIAL_POST: QCoreApplication.translate("Review", "Social post"),
        AssignmentKind.WEB_PAGE: QCoreApplication.translate("Review", "Web page"),
        AssignmentKind.CAMPAIGN: QCoreApplication.translate("Review", "Campaign"),
        AssignmentKind.EVENT: QCoreApplication.translate("Review", "Event"),
        AssignmentKind.OTHER: QCoreApplication.translate("Review", "Other"),
    }
    return labels[kind]


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.layout_.addWidget(self.buttons)


class DateField(QWidget):
    """A date that may be left open ("no due date")."""

    def __init__(self, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(self.tr("Due date"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d-M-yyyy")  # typed the Dutch way: 1-3-2027
        start = value or date.today()
        self.edit.setDate(QDate(start.year, start.month, start.day))
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.enabled.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class AssignmentDialog(_Form):
    """The job (title, type, agency, due date, brief) on one tab, what was agreed with the
    agency (budget, deliverables, rounds, delivery, invoice) on the other."""

    def __init__(self, agencies: list[AgencyInfo], current: AssignmentInfo | None = None,
                 parent: QWidget | None = None, *, agreement: Agreement | None = None) -> None:
        title = (QCoreApplication.translate("AssignmentDialog", "Edit assignment") if current
                 else QCoreApplication.translate("AssignmentDialog", "New assignment"))
        super().__init__(title, parent)
        self.tabs = QTabWidget()
        self.layout_.removeItem(self.form)  # this form's fields go onto the first tab
        self.form.deleteLater()
        job = QWidget()
        self.form = QFormLayout(job)
        self.tabs.addTab(job, self.tr("The &job"))
        self.agreement_form = AgreementForm(agreement)
        self.tabs.addTab(self.agreement_form, self.tr("Agr&eement"))
        self.layout_.addWidget(self.tabs)
        self.title = QLineEdit(current.title if current else "")
        self.title.setPlaceholderText(self.tr("e.g. Newsletter May"))
        self.form.addRow(self.tr("&Title:"), self.title)
        self.kind = QComboBox()
        for kind in AssignmentKind:
            self.kind.addItem(kind_label(kind), kind.value)
        if current is not None:
            self.kind.setCurrentIndex(self.kind.findData(current.kind.value))
        self.form.addRow(self.tr("T&ype:"), self.kind)
        self.agency = QComboBox()
        self.agency.addItem(self.tr("(no agency)"), None)
        for agency in agencies:
            self.agency.addItem(agency.name, agency.id)
        if current is not None and current.agency_id is not None:
            self.agency.setCurrentIndex(self.agency.findData(current.agency_id))
        elif current is None and agencies:
            self.agency.setCurrentIndex(1)  # a new job usually goes to the agency there is
        self.form.addRow(self.tr("&Agency:"), self.agency)
        self.due = DateField(current.due if current else None)
        due_label = QLabel(self.tr("&Due:"))
        due_label.setBuddy(self.due.enabled)  # a plain widget cannot take the Alt+key's focus
        self.form.addRow(due_label, self.due)
        self.brief = QPlainTextEdit(current.brief if current else "")
        self.brief.setTabChangesFocus(True)
        self.brief.setPlaceholderText(self.tr("The brief as you sent it to the agency"))
        self.form.addRow(self.tr("&Brief:"), self.brief)
        self.finish()
        self.resize(560, 500)
        self.title.setFocus()  # the tab bar would otherwise take the first key
        self.agreed = agreement or Agreement()

    def accept(self) -> None:
        """Close only when the agreement reads; else say what is wrong on its tab."""
        try:
            agreed = self.agreement_form.agreement()
            due = self.due.value()
            if agreed.delivery is not None and due is not None and agreed.delivery < due:
                raise AgreementInputError(self.tr(
                    "The delivery date is before the first draft is due ({due}): change one "
                    "of them.").format(due=f"{due.day}-{due.month}-{due.year}"),
                    self.agreement_form.delivery)
        except AgreementInputError as problem:
            self.tabs.setCurrentWidget(self.agreement_form)
            self.agreement_form.show_problem(problem)
            return
        self.agreement_form.show_problem(None)
        self.agreed = agreed
        super().accept()

    def values(self) -> AssignmentValues:
        agency = self.agency.currentData()
        return AssignmentValues(self.title.text(), AssignmentKind(self.kind.currentData()),
                                None if agency is None else int(agency), self.due.value(),
                                self.brief.toPlainText(), self.agreed)


@dataclass(frozen=True, slots=True)
class AssignmentValues:
    title: str
    kind: AssignmentKind
    agency_id: int | None
    due: date | None
    brief: str
    agreement: Agreement = field(default_factory=Agreement)


class AgencyDialog(_Form):
    def __init__(self, current: AgencyInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Agency"), parent)
        self.name = QLineEdit(current.name if current else "")
        self.form.addRow(self.tr("&Name:"), self.name)
        self.contact = QLineEdit(current.contact if current else "")
        self.form.addRow(self.tr("&Contact person:"), self.contact)
        self.email = QLineEdit(current.email if current else "")
        self.form.addRow(self.tr("&E-mail:"), self.email)
        self.finish()


class RequestDialog(_Form):
    """Log something the agency asked for ("input by Friday") with its due date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Request from the agency"), parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("e.g. Photos of the new shop"))
        self.form.addRow(self.tr("&What they asked for:"), self.text)
        self.due = DateField(date.today())
        self.form.addRow(self.tr("&By:"), self.due)
        self.finish()


class TextDialog(_Form):
    """One line or a few lines of text: a reason to dismiss, a word to ban."""

    def __init__(self, title: str, label: str, text: str = "", *, multiline: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        note = QLabel(label)
        note.setWordWrap(True)
        self.layout_.insertWidget(0, note)
        self.line: QLineEdit | None = None
        self.box: QPlainTextEdit | None = None
        if multiline:
            self.box = QPlainTextEdit(text)
            self.box.setTabChangesFocus(True)
            self.layout_.insertWidget(1, self.box)
            note.setBuddy(self.box)
            send = QShortcut(QKeySequence("Ctrl+Return"), self)  # Enter adds a line here
            send.activated.connect(self.accept)
            self.box.setToolTip(self.tr("Ctrl+Enter: OK"))
        else:
            self.line = QLineEdit(text)
            self.layout_.insertWidget(1, self.line)
            note.setBuddy(self.line)
        self.finish()
        self.resize(460, 260 if multiline else 140)

    def text(self) -> str:
        if self.box is not None:
            return self.box.toPlainText()
        assert self.line is not None
        return self.line.text()

    def set_text(self, text: str) -> None:
        if self.box is not None:
            self.box.setPlainText(text)
        elif self.line is not None:
            self.line.setText(text)


class AgenciesDialog(QDialog):
    """The agencies the owner works with: add, change, remove."""

    def __init__(self, service: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Agencies"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Agencies"))
        self.list.itemActivated.connect(lambda _item: self.edit())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("&Remove"))
        self.delete_button.setToolTip(self.tr("Its assignments stay, without an agency"))
        self.delete_button.clicked.connect(self.delete)
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(420, 320)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.list.clear()
        for agency in self.service.agencies():
            text = agency.name + (f" — {agency.contact}" if agency.contact else "") + (
                f" <{agency.email}>" if agency.email else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, agency.id)
            self.list.addItem(item)
            if agency.id == select:
                self.list.setCurrentItem(item)
        has = self.list.count() > 0
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _current(self) -> AgencyInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = int(item.data(Qt.ItemDataRole.UserRole))
        return next((a for a in self.service.agencies() if a.id == wanted), None)

    def add(self) -> None:
        self._form(None)

    def edit(self) -> None:
        current = self._current()
        if current is not None:
            self._form(current)

    def _form(self, current: AgencyInfo | None) -> None:
        form = AgencyDialog(current, parent=self)

        def save() -> None:
            try:
                if current is None:
                    saved = self.service.add_agency(form.name.text(), form.contact.text(),
                                                    form.email.text())
                else:
                    saved = self.service.update_agency(current.id, name=form.name.text(),
                                                       contact=form.contact.text(),
                                                       email=form.email.text())
            except BrandRegieError as exc:
                QMessageBox.warning(self, self.tr("BrandRegie"), exc.message)
                return
            self.reload(saved.id)

        form.accepted.connect(save)
        form.open()

    def delete(self) -> None:
        current = self._current()
        if current is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove agency"), self.tr(
            "Remove “{name}”? Its assignments stay, without an agency.").format(
                name=current.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.service.delete_agency(current.id)
            self.reload()
