"""The "Review" tab of the assignments page is made when it is first looked at (the page opens
sooner), and then is the same review as always."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabBar
from pytestqt.qtbot import QtBot

from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
from brandregie.ui.review.page import AssignmentsPage
from brandregie.ui.review.review_view import ReviewView


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
