"""The owner types the agreement with the agency into the assignment's form, by keyboard alone;
what does not read (an amount, a date) is said beside the field and nothing is stored."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from brandregie.paths import resource
from brandregie.review.agreement import Agreement
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui.review.dialogs import AssignmentDialog
from brandregie.ui.review.page import AssignmentsPage
from tests.ui.review.conftest import open_dialog

NO_KEYS = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier


def _page(qtbot: QtBot, service: ReviewService) -> AssignmentsPage:
    page = AssignmentsPage(service)
    qtbot.addWidget(page)
    page.show()
    return page


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _alt(dialog: AssignmentDialog, letter: str) -> QWidget:
    """Alt+letter in the dialog, as a person reaches a field; the widget that has the focus."""
    QTest.keyClick(_focus(), getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)
    return _focus()


def _type(text: str) -> None:
    QTest.keyClicks(_focus(), text)


def _enter(qtbot: QtBot, dialog: AssignmentDialog) -> None:
    """Ctrl+Enter is not needed: Enter in a one-line field presses OK."""
    QTest.keyClick(_focus(), Qt.Key.Key_Return, NO_KEYS)


def test_the_owner_types_an_hourly_budget_and_it_is_stored(qtbot: QtBot,
                                                          review_store: Store) -> None:
    service = ReviewService(review_store)
    service.add_agency("Studio Deeg")
    page = _page(qtbot, service)
    QTest.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, page, AssignmentDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title)
    _type("Nieuwsbrief mei")
    assert _alt(dialog, "d") is dialog.due.enabled
    QTest.keyClick(_focus(), Qt.Key.Key_Space, NO_KEYS)  # a due date: today
    dialog.due.set_value(date(2027, 4, 20))

    QTest.keyClick(_focus(), Qt.Key.Key_E, ALT)  # the Agreement tab
    assert dialog.tabs.currentWidget() is dialog.agreement_form
    form = dialog.agreement_form
    assert _alt(dialog, "g") is form.mode
    QTest.keyClick(form.mode, Qt.Key.Key_Down, NO_KEYS)
    QTest.keyClick(form.mode, Qt.Key.Key_Down, NO_KEYS)
    assert form.mode.currentText() == "Hours at an hourly rate"
    assert not form.amount.isVisible() and form.hours.isVisible()
    assert _alt(dialog, "h") is form.hours
    _type("12,5")
    assert _alt(dialog, "r") is form.rate
    _type("95")
    assert _alt(dialog, "v") is form.deliverables
    _type("nieuwsbrief")
    QTest.keyClick(form.deliverables, Qt.Key.Key_Return, NO_KEYS)
    _type("twee posts")
    assert _alt(dialog, "n") is form.rounds
    QTest.keyClick(form.rounds, Qt.Key.Key_Up, NO_KEYS)
    QTest.keyClick(form.rounds, Qt.Key.Key_Up, NO_KEYS)
    assert _alt(dialog, "l") is form.delivery.line
    _type("1-5-2027")
    assert _alt(dialog, "i") is form.invoiced
    _type("1.250,50")
    _enter(qtbot, dialog)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.assignment is not None
    assert service.agreement(page.assignment.id) == Agreement(
        budget_hours=12.5, hourly_rate_cents=9_500, deliverables="nieuwsbrief\ntwee posts",
        rounds=2, delivery=date(2027, 5, 1), invoiced_cents=125_050)
    assert service.assignment(page.assignment.id).due == date(2027, 4, 20)
    # the assignment's facts say what was agreed
    assert page.facts.text().splitlines()[-1] == (
        "Agreed: budget €1,187.50 · 2 review rounds · delivery 1 May 2027 · "
        "invoiced €1,250.50")


def test_an_amount_or_date_that_does_not_read_is_said_and_nothing_is_stored(
        qtbot: QtBot, review_store: Store) -> None:
    service = ReviewService(review_store)
    assignment = service.create_assignment("Bakkerij Korenaar", "Vacature bakker",
                                           due=date(2027, 4, 20))
    service.set_agreement(assignment.id, Agreement(budget_cents=114_000, rounds=2))
    page = _page(qtbot, service)
    page.open_assignment(assignment.id)
    page.edit_button.click()
    dialog = open_dialog(qtbot, page, AssignmentDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    form = dialog.agreement_form
    # what is stored is shown the way it is typed
    assert form.mode.currentText() == "A fixed amount"
    assert form.amount.text() == "1,140.00" and form.rounds.value() == 2

    dialog.tabs.setCurrentWidget(form)
    form.invoiced.setFocus()
    _type("12,50.3")
    dialog.tabs.setCurrentIndex(0)
    dialog.title.setFocus()
    QTest.keyClick(dialog.title, Qt.Key.Key_Return, NO_KEYS)
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is form, "the tab with the problem comes forward"
    assert form.error.isVisible()
    assert form.error.text() == ("“12,50.3” is not an amount of money: write it like 1250 or "
                                 "1.250,50")
    assert QApplication.focusWidget() is form.invoiced
    assert "solid" in form.invoiced.styleSheet()

    form.invoiced.clear()
    _type("1.140")
    form.delivery.line.setFocus()
    _type("31-2-2027")
    QTest.keyClick(form.delivery.line, Qt.Key.Key_Return, NO_KEYS)
    assert dialog.isVisible()
    assert form.error.text() == "“31-2-2027” is not a date: write it like 1-3-2027."
    assert QApplication.focusWidget() is form.delivery.line
    assert form.invoiced.styleSheet() == ""

    form.delivery.line.clear()
    _type("1-4-2027")
    QTest.keyClick(form.delivery.line, Qt.Key.Key_Return, NO_KEYS)
    assert dialog.isVisible()
    assert form.error.text() == ("The delivery date is before the first draft is due "
                                 "(20-4-2027): change one of them.")
    assert service.agreement(assignment.id) == Agreement(budget_cents=114_000, rounds=2)

    form.delivery.line.clear()
    _type("1-5-2027")
    form.mode.setFocus()
    QTest.keyClick(form.mode, Qt.Key.Key_Down, NO_KEYS)  # hours at a rate, none typed
    QTest.keyClick(form.rounds, Qt.Key.Key_Return, NO_KEYS)
    assert dialog.isVisible()
    assert form.error.text() == "A budget in hours needs both the hours and the hourly rate."
    assert QApplication.focusWidget() is form.hours

    QTest.keyClick(form.mode, Qt.Key.Key_Up, NO_KEYS)  # back to the fixed amount
    form.amount.setFocus()
    QTest.keyClick(form.amount, Qt.Key.Key_Return, NO_KEYS)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert service.agreement(assignment.id) == Agreement(
        budget_cents=114_000, rounds=2, delivery=date(2027, 5, 1), invoiced_cents=114_000)


def _alt_keys(context: str, field: str) -> list[str]:
    """The Alt+letter of each label of ``context`` in review_nl.ts (Dutch, or the English)."""
    root = ET.parse(resource("translations", "review_nl.ts")).getroot()
    keys = []
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                text = (message.findtext(field) or "").replace("&&", "")
                if "&" in text:
                    keys.append(text.split("&", 1)[1][0].lower())
    return keys


@pytest.mark.parametrize("field", ["source", "translation"])
def test_each_alt_key_of_the_assignment_form_reaches_one_field(field: str) -> None:
    """Both tabs are one dialog: no two labels share an Alt+letter, in English or in Dutch."""
    keys = _alt_keys("AssignmentDialog", field) + _alt_keys("AgreementForm", field)
    assert len(keys) >= 14 and len(keys) == len(set(keys)), sorted(keys)
