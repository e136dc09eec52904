"""Deadlines: overdue and nearly due work at start, requests from the agency logged and done."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui.review.dialogs import RequestDialog
from brandregie.ui.review.page import AssignmentsPage
from tests.ui.review.conftest import open_dialog, press_ok

TODAY = date(2027, 4, 28)  # a Wednesday


def _page(qtbot: QtBot, service: ReviewService) -> AssignmentsPage:
    page = AssignmentsPage(service, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def test_overdue_and_nearly_due_work_is_shown_when_the_page_opens(
        qtbot: QtBot, review_store: Store) -> None:
    service = ReviewService(review_store)
    agency = service.add_agency("Studio Deeg")
    late = service.create_assignment("Bakkerij Korenaar", "Vacature bakker",
                                     agency_id=agency.id, due=TODAY - timedelta(days=2))
    service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief mei", due=TODAY + timedelta(1))
    service.create_assignment("Bakkerij Korenaar", "Website", due=TODAY + timedelta(days=30))
    page = _page(qtbot, service)
    banner = page.banner
    assert banner.isVisible()
    lines = banner.label.text().splitlines()
    assert lines == ["Vacature bakker (Studio Deeg): 2 days overdue",
                     "Nieuwsbrief mei: due tomorrow"]
    QTest.mouseClick(banner.show_button, Qt.MouseButton.LeftButton)
    assert page.assignment is not None and page.assignment.id == late.id


def test_nothing_due_means_no_banner(qtbot: QtBot, review_store: Store) -> None:
    service = ReviewService(review_store)
    service.create_assignment("Bakkerij Korenaar", "Website", due=TODAY + timedelta(days=30))
    assert not _page(qtbot, service).banner.isVisible()


def test_a_request_from_the_agency_is_logged_with_its_date_until_done(
        qtbot: QtBot, review_store: Store) -> None:
    service = ReviewService(review_store)
    assignment = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief mei")
    page = _page(qtbot, service)
    page.open_assignment(assignment.id)
    assert not page.banner.isVisible()
    QTest.mouseClick(page.request_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, page, RequestDialog)
    QTest.keyClicks(dialog.text, "Input voor de nieuwsbrief")
    friday = TODAY + timedelta(days=2)
    dialog.due.edit.setDate(QDate(friday.year, friday.month, friday.day))
    press_ok(qtbot, dialog)
    item = page.requests.topLevelItem(0)
    assert item is not None
    assert (item.text(0), item.text(1)) == ("Input voor de nieuwsbrief", "30 Apr 2027")
    assert page.banner.isVisible()
    assert "Agency asked: Input voor de nieuwsbrief (Nieuwsbrief mei): due in 2 days" in \
        page.banner.label.text()
    item.setCheckState(2, Qt.CheckState.Checked)  # the owner ticks it off
    assert not page.banner.isVisible()
    assert service.requests(assignment.id)[0].done


# The offscreen platform has no tray (the test pretends one), so Qt says the tray's own plumbing
# is missing; the page under test has no window icon of the app around it.
@pytest.mark.qt_log_ignore("QSystemTrayIcon::setVisible: No Icon set", "systemTrayWindowChanged")
def test_the_tray_tells_about_overdue_work_when_the_desktop_has_a_tray(
        qtbot: QtBot, review_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    service = ReviewService(review_store)
    service.create_assignment("Bakkerij Korenaar", "Vacature bakker",
                              due=TODAY - timedelta(days=1))
    page = _page(qtbot, service)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda self, title, body, *args: shown.append((title, body)))
    tray = page.notify_deadlines()
    assert tray is not None
    assert shown == [("Overdue: 1", "Vacature bakker: 1 day overdue")]


def test_without_a_tray_there_is_no_notification_but_the_banner(
        qtbot: QtBot, review_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    service = ReviewService(review_store)
    service.create_assignment("Bakkerij Korenaar", "Vacature", due=TODAY - timedelta(days=1))
    page = _page(qtbot, service)
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    assert page.notify_deadlines() is None
    assert page.banner.isVisible()
