"""The agreement with the agency, as the owner types it into the assignment's form.

Budget (a fixed amount, or hours at an hourly rate), what is to be delivered, the review rounds,
the delivery date and what was invoiced. Amounts and dates are read the way the owner writes
them ("1.250,50", "1-3-2027") by the core's parsers; :meth:`AgreementForm.agreement` names the
field that does not read, so the dialog can say so beside it and put the cursor there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from brandregie.errors import BrandRegieError
from brandregie.i18n import current_language
from brandregie.review.agreement import Agreement, format_money, parse_hours, parse_money
from brandregie.ui.dates import DateField, parse_date, show_date
from brandregie.ui.fields import INVALID_STYLE

T = TypeVar("T")


class AgreementInputError(BrandRegieError):
    """A field of the agreement that does not read; ``field`` is where to put the cursor."""

    def __init__(self, message: str, field: QWidget) -> None:
        super().__init__(message)
        self.field = field


def _amount_text(cents: int | None) -> str:
    """An amount the way the owner would type it back ("1.250,50" in Dutch), no € sign."""
    if cents is None:
        return ""
    return format_money(cents, current_language()).replace("€", "").strip()


def agreement_summary(agreement: Agreement) -> str:
    """What was agreed in one line for the assignment's facts ("" when nothing was)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Agreement", text)

    lang = current_language()
    parts = []
    if agreement.budget is not None:
        parts.append(tr("budget {money}").format(money=format_money(agreement.budget, lang)))
    if agreement.rounds is not None:
        parts.append(tr("{n} review rounds").format(n=agreement.rounds) if agreement.rounds > 1
                     else tr("1 review round"))
    if agreement.delivery is not None:
        parts.append(tr("delivery {date}").format(date=show_date(agreement.delivery)))
    if agreement.invoiced_cents is not None:
        parts.append(tr("invoiced {money}").format(
            money=format_money(agreement.invoiced_cents, lang)))
    return tr("Agreed: {terms}").format(terms=" · ".join(parts)) if parts else ""


class AgreementForm(QWidget):
    """The fields of an :class:`~brandregie.review.agreement.Agreement`."""

    NO_BUDGET, FIXED, HOURLY = range(3)

    def __init__(self, agreement: Agreement | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        agreement = agreement or Agreement()
        outer = QVBoxLayout(self)
        note = QLabel(self.tr("What you agreed with the agency. The agency scorecard weighs "
                              "rounds, dates and budget against it."))
        note.setWordWrap(True)
        outer.addWidget(note)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.mode = QComboBox()
        self.mode.addItems([self.tr("No budget agreed"), self.tr("A fixed amount"),
                            self.tr("Hours at an hourly rate")])
        self.mode.setAccessibleName(self.tr("Kind of budget"))
        self._row(self.tr("Bud&get:"), self.mode)
        self.amount = self._money(self.tr("A&mount (€):"), self.tr("Agreed amount in euros"))
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("e.g. 12,5"))
        self.hours.setAccessibleName(self.tr("Agreed hours"))
        self._row(self.tr("&Hours:"), self.hours)
        self.rate = self._money(self.tr("Hourly &rate (€):"), self.tr("Hourly rate in euros"))
        self.deliverables = QPlainTextEdit(agreement.deliverables)
        self.deliverables.setTabChangesFocus(True)
        self.deliverables.setPlaceholderText(self.tr("One per line, e.g. a newsletter, two "
                                                     "social posts"))
        self.deliverables.setAccessibleName(self.tr("Agreed deliverables"))
        self.deliverables.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self._row(self.tr("Deli&verables:"), self.deliverables)
        self.rounds = QSpinBox()
        self.rounds.setRange(0, 20)
        self.rounds.setSpecialValueText(self.tr("not agreed"))
        self.rounds.setAccessibleName(self.tr("Agreed review rounds"))
        self._row(self.tr("Review rou&nds:"), self.rounds)
        self.delivery = DateField()
        self.delivery.line.setAccessibleName(self.tr("Agreed delivery date"))
        self._row(self.tr("De&livery date:"), self.delivery, self.delivery.line)
        self.invoiced = self._money(self.tr("&Invoiced (€):"),
                                    self.tr("Invoiced by the agency, in euros"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #B71C1C;")
        self.error.hide()
        outer.addWidget(self.error)
        outer.addStretch(1)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.set_agreement(agreement)

    def _row(self, label: str, field: QWidget, focus: QWidget | None = None) -> None:
        text = QLabel(label)
        text.setBuddy(focus or field)  # ``focus``: the part of ``field`` that takes the keys
        self.form.addRow(text, field)

    def _money(self, label: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(self.tr("e.g. 1.250,00"))
        edit.setAccessibleName(accessible)
        self._row(label, edit)
        return edit

    def _mode_changed(self, mode: int) -> None:
        """Only the fields of the chosen kind of budget are shown."""
        for field, shown in ((self.amount, mode == self.FIXED),
                             (self.hours, mode == self.HOURLY),
                             (self.rate, mode == self.HOURLY)):
            self.form.setRowVisible(field, shown)

    def set_agreement(self, agreement: Agreement) -> None:
        if agreement.budget_cents is not None:
            mode = self.FIXED
        elif agreement.budget_hours is not None or agreement.hourly_rate_cents is not None:
            mode = self.HOURLY
        else:
            mode = self.NO_BUDGET
        self.mode.setCurrentIndex(mode)
        self._mode_changed(mode)
        self.amount.setText(_amount_text(agreement.budget_cents))
        hours = agreement.budget_hours
        self.hours.setText("" if hours is None else
                           f"{hours:g}".replace(".", "," if current_language() == "nl" else "."))
        self.rate.setText(_amount_text(agreement.hourly_rate_cents))
        self.deliverables.setPlainText(agreement.deliverables)
        self.rounds.setValue(agreement.rounds or 0)
        self.delivery.set_value(agreement.delivery)
        self.invoiced.setText(_amount_text(agreement.invoiced_cents))

    def show_problem(self, problem: AgreementInputError | None) -> None:
        """Say what does not read beside the fields, mark that field and put the cursor in it;
        ``None`` clears it."""
        self.error.setText(problem.message if problem is not None else "")
        self.error.setVisible(problem is not None)
        for field in (self.amount, self.hours, self.rate, self.delivery.line, self.invoiced):
            bad = problem is not None and field in (problem.field, problem.field.focusProxy())
            field.setStyleSheet(INVALID_STYLE if bad else "")
        if problem is not None:
            problem.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def agreement(self) -> Agreement:
        """What is filled in; :class:`AgreementInputError` names the first field that does not
        read (an amount or date that is not one, hours without a rate)."""
        mode = self.mode.currentIndex()
        fixed = _read(self.amount, parse_money) if mode == self.FIXED else None
        hours = _read(self.hours, parse_hours) if mode == self.HOURLY else None
        rate = _read(self.rate, parse_money) if mode == self.HOURLY else None
        if mode == self.FIXED and fixed is None:
            raise AgreementInputError(self.tr("Type the agreed amount, or choose “No budget "
                                              "agreed”."), self.amount)
        if mode == self.HOURLY and (hours is None or rate is None):
            raise AgreementInputError(self.tr("A budget in hours needs both the hours and the "
                                              "hourly rate."),
                                      self.hours if hours is None else self.rate)
        delivery_text = self.delivery.text().strip()
        delivery = parse_date(delivery_text) if delivery_text else None
        if delivery_text and delivery is None:
            raise AgreementInputError(self.tr("“{text}” is not a date: write it like "
                                              "1-3-2027.").format(text=delivery_text),
                                      self.delivery)
        return Agreement(budget_cents=fixed, budget_hours=hours, hourly_rate_cents=rate,
                         deliverables=self.deliverables.toPlainText().strip(),
                         rounds=self.rounds.value() or None, delivery=delivery,
                         invoiced_cents=_read(self.invoiced, parse_money))


def _read(field: QLineEdit, parse: Callable[[str], T]) -> T:
    try:
        return parse(field.text())
    except BrandRegieError as exc:
        raise AgreementInputError(exc.message, field) from exc

