"""The brief's form: what only the owner knows about this one job; the profile supplies the rest.

The essentials come first (assignment, type, title, persona, key message, dates); the optional
fields sit below in their own group, each empty by default so the brief leaves its section
out. Picking an assignment fills in its type, title, dates and agency, and what was agreed with
the agency (deliverables, review rounds, delivery date, budget); the budget reaches the brief
only while "Share the budget with the agency" is ticked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from brandregie.errors import BrandRegieError
from brandregie.export.brief import BriefRequest, BriefType, find_persona
from brandregie.i18n import current_language
from brandregie.models.review import AssignmentKind
from brandregie.profile.schema import Brand
from brandregie.review.agreement import Agreement, brief_request_for
from brandregie.review.records import AssignmentInfo
from brandregie.ui.dates import show_date
from brandregie.ui.page import form_layout, text_box
from brandregie.ui.review.dialogs import kind_label

# Days from today to the default deadline (two weeks: time for a draft and a round of changes).
DEFAULT_DAYS = 14


def _combo(accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    return combo


class OptionalDate(QWidget):
    """A date that may be left out: a tick box that switches the date field on."""

    changed = Signal()

    def __init__(self, text: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(text)
        self.check.setAccessibleName(accessible)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMM yyyy")
        self.edit.setAccessibleName(accessible)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None, *, fallback: date | None = None) -> None:
        shown = value or fallback
        if shown is not None:
            self.edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.check.setChecked(value is not None)


class BriefForm(QWidget):
    """The inputs of a :class:`BriefRequest`; ``changed`` on every edit (the preview is stale)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.brand: Brand | None = None
        self.assignments: list[AssignmentInfo] = []
        self.agreements: dict[int, Agreement] = {}
        self._filled = ("", "")  # the deliverables and budget an agreement last filled in
        #: The brief's language (the page's choice): amounts are written its way.
        self.lang: Callable[[], str] = current_language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._essentials())
        layout.addWidget(self._details())
        self._connect()
        self.reset()

    # -- building ----------------------------------------------------------------------------------

    def _essentials(self) -> QGroupBox:
        box = QGroupBox(self.tr("The job"))
        form = form_layout()
        self.assignment = _combo(self.tr("Assignment"))
        self.assignment.setToolTip(self.tr("A brief is usually for an assignment: picking one "
                                           "fills in its type, title, deadline and agency."))
        form.addRow(self._label(self.tr("&Assignment:"), self.assignment), self.assignment)
        self.type = _combo(self.tr("Type of deliverable"))
        for kind in BriefType:
            self.type.addItem(kind_label(AssignmentKind(kind.value)), kind.value)
        form.addRow(self._label(self.tr("&Type:"), self.type), self.type)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. Vacancy for an apprentice baker"))
        form.addRow(self._label(self.tr("T&itle:"), self.title), self.title)
        self.persona = _combo(self.tr("Persona"))
        form.addRow(self._label(self.tr("&Persona:"), self.persona), self.persona)
        self.key_message = _combo(self.tr("Key message"))
        form.addRow(self._label(self.tr("&Key message:"), self.key_message), self.key_message)
        self.deadline = OptionalDate(self.tr("&Deadline"), self.tr("Deadline"))
        form.addRow("", self.deadline)
        self.first_draft = OptionalDate(self.tr("&First draft"), self.tr("First draft due"))
        form.addRow("", self.first_draft)
        self.agency = QLineEdit()
        self.agency.setAccessibleName(self.tr("Agency"))
        form.addRow(self._label(self.tr("A&gency:"), self.agency), self.agency)
        box.setLayout(form)
        return box

    def _details(self) -> QGroupBox:
        box = QGroupBox(self.tr("More about this job (optional)"))
        outer = QVBoxLayout(box)
        note = QLabel(self.tr("Leave a field empty and the brief leaves its part out."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        outer.addWidget(note)
        form = form_layout()
        self.background = self._text(form, self.tr("&Background:"), self.tr("Background"))
        self.why_now = self._text(form, self.tr("&Why now:"), self.tr("Why now"), 2)
        self.objective = self._text(form, self.tr("Ob&jective:"), self.tr("Objective"), 2)
        self.success_measure = self._line(form, self.tr("Success meas&ure:"),
                                          self.tr("How success is measured"))
        self.call_to_action = self._line(form, self.tr("&Call to action:"),
                                         self.tr("Call to action"))
        self.deliverables = self._text(form, self.tr("D&eliverables:"),
                                       self.tr("Deliverables, one per line"), 2)
        self.deliverables.setPlaceholderText(self.tr("One per line"))
        self.channels = self._line(form, self.tr("C&hannels:"),
                                   self.tr("Channels, separated by commas"))
        self.channels.setPlaceholderText(self.tr("e.g. Instagram, website, shop window"))
        self.mandatories = self._text(form, self.tr("Also re&quired:"),
                                      self.tr("Also required, one per line"), 2)
        self.mandatories.setPlaceholderText(self.tr("One per line"))
        self.budget = self._line(form, self.tr("Budget:"), self.tr("Budget"))
        self.share_budget = QCheckBox(self.tr("Share the budget with the agency"))
        self.share_budget.setToolTip(self.tr("Untick to keep the amounts out of this brief."))
        self.share_budget.setChecked(True)
        self.share_budget.toggled.connect(self.budget.setEnabled)
        form.addRow("", self.share_budget)
        self.rounds = QSpinBox()
        self.rounds.setRange(-1, 10)
        self.rounds.setSpecialValueText(self.tr("not said"))
        self.rounds.setAccessibleName(self.tr("Revision rounds"))
        form.addRow(self._label(self.tr("&Revision rounds:"), self.rounds), self.rounds)
        self.sign_off = self._line(form, self.tr("Signs off:"), self.tr("Who signs off"))
        self.contact = self._line(form, self.tr("Contact:"), self.tr("Contact for the agency"))
        outer.addLayout(form)
        return box

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _line(self, form: QFormLayout, label: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        form.addRow(self._label(label, edit), edit)
        return edit

    def _text(self, form: QFormLayout, label: str, accessible: str, lines: int = 3
              ) -> QPlainTextEdit:
        box = text_box(lines)
        box.setMaximumHeight(box.minimumHeight())  # optional: keep the form short; it scrolls
        box.setAccessibleName(accessible)
        form.addRow(self._label(label, box), box)
        return box

    def _connect(self) -> None:
        for combo in (self.type, self.persona, self.key_message):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.type.currentIndexChanged.connect(lambda _i: self._update_persona_label())
        self.assignment.activated.connect(lambda _i: self._assignment_chosen())
        for line in (self.title, self.agency, self.success_measure, self.call_to_action,
                     self.channels, self.budget, self.sign_off, self.contact):
            line.textChanged.connect(lambda _t: self.changed.emit())
        for box in (self.background, self.why_now, self.objective, self.deliverables,
                    self.mandatories):
            box.textChanged.connect(self.changed.emit)
        self.rounds.valueChanged.connect(lambda _v: self.changed.emit())
        self.share_budget.toggled.connect(lambda _on: self.changed.emit())
        self.deadline.changed.connect(self.changed.emit)
        self.first_draft.changed.connect(self.changed.emit)

    # -- filling in --------------------------------------------------------------------------------

    def reset(self) -> None:
        """Sensible defaults: a newsletter, the first key message, a deadline in two weeks."""
        self.type.setCurrentIndex(self.type.findData(BriefType.NEWSLETTER.value))
        self.deadline.set_value(self.today + timedelta(days=DEFAULT_DAYS))
        self.first_draft.set_value(None, fallback=self.today + timedelta(days=DEFAULT_DAYS // 2))
        self.rounds.setValue(2)
        self.share_budget.setChecked(True)

    def clear(self) -> None:
        """Empty every field of the job and go back to the defaults (another brand opened)."""
        for line in (self.title, self.agency, self.success_measure, self.call_to_action,
                     self.channels, self.budget, self.sign_off, self.contact):
            line.clear()
        for box in (self.background, self.why_now, self.objective, self.deliverables,
                    self.mandatories):
            box.clear()
        self.assignment.setCurrentIndex(0)
        self.persona.setCurrentIndex(0)
        self.key_message.setCurrentIndex(0)
        self.reset()

    def set_brand(self, brand: Brand | None) -> None:
        """Fill the persona and key-message choices from the open brand's profile."""
        self.brand = brand
        persona, message = self.persona.currentData(), self.key_message.currentIndex()
        self.persona.blockSignals(True)
        self.persona.clear()
        self.persona.addItem("", None)
        if brand is not None:
            for p in brand.personas:
                self.persona.addItem(self.tr("Customer: %1").replace("%1", p.name), p.name)
            for p in brand.employer.personas:
                self.persona.addItem(self.tr("Candidate: %1").replace("%1", p.name), p.name)
        self.persona.setCurrentIndex(max(self.persona.findData(persona), 0))
        self.persona.blockSignals(False)
        self._update_persona_label()
        self.key_message.blockSignals(True)
        self.key_message.clear()
        messages = brand.vocabulary.key_messages if brand is not None else ()
        for n, m in enumerate(messages):
            self.key_message.addItem(m.text, n)
            self.key_message.setItemData(n, m.text, Qt.ItemDataRole.ToolTipRole)
        if not messages:
            self.key_message.addItem(self.tr("(the profile has no key messages yet)"), None)
        self.key_message.setEnabled(bool(messages))
        self.key_message.setCurrentIndex(message if 0 <= message < len(messages) else 0)
        self.key_message.blockSignals(False)
        self.changed.emit()

    def _update_persona_label(self) -> None:
        """The "automatic" choice names the persona the brief will use."""
        name = ""
        if self.brand is not None:
            try:
                found = find_persona(self.brand, BriefRequest(type=BriefType(self.type_value())))
            except BrandRegieError:
                found = None
            name = found.name if found is not None else ""
        text = (self.tr("Automatic: %1").replace("%1", name) if name
                else self.tr("Automatic (the profile has no personas yet)"))
        self.persona.setItemText(0, text)

    def set_assignments(self, assignments: list[AssignmentInfo],
                        agreements: dict[int, Agreement] | None = None) -> None:
        """The brand's assignments to choose from (the one chosen stays chosen if still there),
        with what was agreed on each (by assignment id)."""
        current = self.assignment.currentData()
        self.assignments = assignments
        self.agreements = agreements or {}
        self.assignment.blockSignals(True)
        self.assignment.clear()
        self.assignment.addItem(self.tr("None: a brief on its own"), None)
        for a in assignments:
            due = f" · {show_date(a.due)}" if a.due else ""
            self.assignment.addItem(f"{a.title}{due}", a.id)
        self.assignment.setCurrentIndex(max(self.assignment.findData(current), 0))
        self.assignment.blockSignals(False)

    def assignment_id(self) -> int | None:
        value = self.assignment.currentData()
        return int(value) if value is not None else None

    def current_assignment(self) -> AssignmentInfo | None:
        wanted = self.assignment_id()
        return next((a for a in self.assignments if a.id == wanted), None)

    def choose_assignment(self, assignment_id: int | None) -> None:
        """Pick an assignment (as the person does in the list) and fill in what it knows."""
        self.assignment.setCurrentIndex(max(self.assignment.findData(assignment_id), 0))
        self._assignment_chosen()

    def _assignment_chosen(self) -> None:
        chosen = self.current_assignment()
        if chosen is None:
            return
        self.type.setCurrentIndex(self.type.findData(str(chosen.kind)))
        self.title.setText(chosen.title)
        agreed = self.agreements.get(chosen.id, Agreement())
        if agreed.delivery is not None:  # the due date is then the first draft's
            self.deadline.set_value(agreed.delivery)
            self.first_draft.set_value(chosen.due)
        elif chosen.due is not None:
            self.deadline.set_value(chosen.due)
        self.agency.setText(chosen.agency_name)
        if chosen.brief and not self.background.toPlainText().strip():
            self.background.setPlainText(chosen.brief)
        self._fill_agreement(brief_request_for(chosen, agreed, lang=self.lang()))

    def _fill_agreement(self, agreed: BriefRequest) -> None:
        """What was agreed, over what the form held (the budget stays unshared if so set).
        What an earlier assignment's agreement put in and the owner left as it was goes: one
        agency's budget never stays in the brief of another's job."""
        deliverables = "\n".join(agreed.deliverables)
        before_deliverables, before_budget = self._filled
        if deliverables or self.deliverables.toPlainText() == before_deliverables:
            self.deliverables.setPlainText(deliverables)
        if agreed.budget or self.budget.text() == before_budget:
            self.budget.setText(agreed.budget)
        if agreed.revision_rounds is not None:
            self.rounds.setValue(agreed.revision_rounds)
        self._filled = (deliverables, agreed.budget)

    # -- reading -----------------------------------------------------------------------------------

    def type_value(self) -> str:
        return str(self.type.currentData() or BriefType.OTHER.value)

    def request(self) -> BriefRequest:
        """The request as filled in; :class:`ExportError` if it contradicts itself."""

        def lines(box: QPlainTextEdit) -> tuple[str, ...]:
            return tuple(s.strip() for s in box.toPlainText().splitlines() if s.strip())

        persona = self.persona.currentData()
        message = self.key_message.currentData()
        rounds = self.rounds.value()
        return BriefRequest(
            type=BriefType(self.type_value()), title=self.title.text().strip(),
            persona=str(persona) if persona is not None else None,
            key_message=int(message) if message is not None else None,
            deadline=self.deadline.value(), first_draft=self.first_draft.value(),
            background=self.background.toPlainText().strip(),
            why_now=self.why_now.toPlainText().strip(),
            objective=self.objective.toPlainText().strip(),
            success_measure=self.success_measure.text().strip(),
            call_to_action=self.call_to_action.text().strip(),
            deliverables=lines(self.deliverables),
            channels=tuple(s.strip() for s in self.channels.text().split(",") if s.strip()),
            mandatories=lines(self.mandatories),
            budget=self.budget.text().strip() if self.share_budget.isChecked() else "",
            revision_rounds=None if rounds < 0 else rounds,
            sign_off=self.sign_off.text().strip(), contact=self.contact.text().strip(),
            agency=self.agency.text().strip())
