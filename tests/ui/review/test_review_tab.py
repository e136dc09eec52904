"""The "Review" tab of the assignments page is made when it is first looked at (the page opens
sooner), and then is the same review as always."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar
from pytestqt.qtbot import QtBot

from brandregie.review.service import ReviewService
from brandregie.store.database import Store, open_store
from brandregie.ui.review.page import AssignmentsPage
from brandregie.ui.review.review_view import ReviewView
from tests.review.drafts import checked
from tests.ui.review.conftest import opened_review


def test_clicking_the_review_tab_shows_the_review(qtbot: QtBot, tmp_path: Path) -> None:
    store = open_store(tmp_path / "brandregie.db")
    try:
        page = AssignmentsPage(ReviewService(store))
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        assert page.tabs.tabText(1) == "Review"
        assert not page.findChildren(ReviewView)  # not made before anyone looks
        bar = page.tabs.findChild(QTabBar)
        assert bar is not None
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
        review = page.tabs.currentWidget()
        assert isinstance(review, ReviewView) and review is page.review_view
        assert review.isVisible() and page.tabs.tabText(1) == "Review"
        assert page.tabs.count() == 2
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
        assert page.tabs.currentIndex() == 0 and page.review_view is review  # made once
    finally:
        store.close()


def test_choosing_the_review_tab_puts_the_keys_in_the_findings(
        qtbot: QtBot, review_store: Store) -> None:
    """A keyboard user who clicked the tab goes on in the review: the findings take the keys,
    not the tab bar."""
    service = ReviewService(review_store)
    version = service.review(checked(service, "Wij ontzorgen u graag! Bestel vandaag nog.",
                                     lang=None)).version
    page = AssignmentsPage(service)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.refresh()
    page.open_assignment(version.assignment_id)
    bar = page.tabs.tabBar()
    bar.setFocus()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    review = opened_review(qtbot, page)
    qtbot.waitUntil(lambda: bool(review.cards.order()))
    focus = QApplication.focusWidget()
    assert focus is not None and (focus is review.cards or review.cards.isAncestorOf(focus))
    bar.setFocus()  # a keyboard user on the bar still goes from tab to tab with the arrows
    QTest.keyClick(bar, Qt.Key.Key_Left)
    assert page.tabs.currentIndex() == 0 and bar.hasFocus()
