"""The review holds its shape on a small laptop: nothing makes the window grow, long titles
elide with the whole in a tooltip, the splitter comes back as the owner left it, actions that
need a selection are off without one, and no panel shows a version that is not on screen."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from brandregie.review.checking import run_check
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui.review.page import AssignmentsPage
from brandregie.ui.review.review_view import ReviewView
from brandregie.ui.review.worker import CheckRunner
from tests.review.drafts import VERSION_1, VERSION_2, pdf_file, word_file
from tests.ui.review.conftest import opened_review

LONG_NAME = "nieuwsbrief-mei-definitief-echt-de-laatste-versie-met-de-wijzigingen-van-anna.docx"


def _page(qtbot: QtBot, service: ReviewService, size: tuple[int, int]) -> AssignmentsPage:
    page = AssignmentsPage(service, runner=CheckRunner(service, synchronous=True))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    return page


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_no_draft_makes_the_window_grow(qtbot: QtBot, review_store: Store,
                                        size: tuple[int, int]) -> None:
    service = ReviewService(review_store, author="anna")
    news = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief mei")
    first = service.add_version(news.id, LONG_NAME, word_file(VERSION_1))
    second = service.add_version(news.id, "v2.docx", word_file(VERSION_2))
    folder = service.create_assignment("Bakkerij Korenaar", "Folder")
    pdf = service.add_version(folder.id, "folder.pdf", pdf_file(2))
    for version in (first, second, pdf):
        run_check(service, version.id, lang="en")
    page = _page(qtbot, service, size)
    view = page.review_view
    for version_id in (first.id, pdf.id, second.id):
        view.show_version(version_id)
        page.tabs.setCurrentWidget(view)
        if view.review and view.review.findings:
            view.select_finding(view.review.findings[0].key)
        QApplication.processEvents()
        assert (page.width(), page.height()) == size
        assert page.minimumSizeHint().width() <= size[0]
        assert page.minimumSizeHint().height() <= size[1]
    view.show_version(first.id)
    assert view.header.title.toolTip() == f"Version 1: {LONG_NAME}"
    assert view.header.title.fontMetrics().horizontalAdvance(view.header.title.text()) \
        <= view.header.title.width()
    view.show_version(second.id)
    view.toggle_compare()
    QApplication.processEvents()
    assert view.centre.currentWidget() is view.compare
    assert (page.width(), page.height()) == size


def test_the_splitter_comes_back_as_the_owner_left_it(qtbot: QtBot, review_store: Store) -> None:
    service = ReviewService(review_store)
    view = ReviewView(service)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.splitter.setSizes([800, 400])
    view.splitter.splitterMoved.emit(800, 1)  # as a drag of the handle ends
    kept = view.splitter.sizes()
    again = ReviewView(service)
    qtbot.addWidget(again)
    again.resize(1200, 700)
    again.show()
    assert again.splitter.sizes() == kept


def test_actions_that_need_a_version_or_a_finding_are_off_without_one(
        qtbot: QtBot, review_store: Store, tmp_path: Path) -> None:
    service = ReviewService(review_store)
    news = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
    page = _page(qtbot, service, (1280, 720))
    page.open_assignment(news.id)
    for button in (page.open_version_button, page.recheck_button, page.save_file_button):
        assert not button.isEnabled()
    view = page.review_view
    assert not view.approve_button.isEnabled() and not view.header.feedback_button.isEnabled()
    version = service.add_version(news.id, "v1.docx", word_file(VERSION_1))
    run_check(service, version.id, lang="en")
    page.refresh(show_version=version.id)
    opened_review(qtbot, page)
    assert page.open_version_button.isEnabled()
    page.versions.setCurrentIndex(QModelIndex())
    assert not page.recheck_button.isEnabled()
    assert view.approve_button.isEnabled()
    assert not view.header.feedback_button.isEnabled(), "decide first"
    # no stale panel: a finding chosen, then another assignment with nothing delivered
    assert view.review is not None
    page.tabs.setCurrentWidget(view)
    view.select_finding(view.review.findings[0].key)
    assert view.bar.isVisible()
    empty = service.create_assignment("Bakkerij Korenaar", "Nog niets")
    page.refresh()
    page.open_assignment(empty.id)
    opened_review(qtbot, page)
    assert view.review is None and view.current_finding() is None
    assert view.cards.cards == {} and not view.bar.isVisible()
    assert view.header.title.full_text() == "No draft yet"


@pytest.mark.parametrize(("width", "below"), [(1000, True), (1700, False)])
def test_no_button_of_the_review_is_cut_at_a_laptop_width(qtbot: QtBot, review_store: Store,
                                                          width: int, below: bool) -> None:
    # in the main window at 1366 pixels the review gets about 800: the decision buttons went
    # over the title ("Ve…xt") and the fix buttons were cut at both ends
    service = ReviewService(review_store, author="anna")
    news = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief mei")
    version = service.add_version(news.id, "nieuwsbrief-mei.docx", word_file(VERSION_1))
    run_check(service, version.id, lang="nl")
    page = _page(qtbot, service, (width, 768))
    page.open_assignment(news.id)
    page.open_selected_version()
    view = opened_review(qtbot, page)
    page.tabs.setCurrentWidget(view)
    QApplication.processEvents()
    header, bar = view.header, view.fix_bar
    assert bar.isVisible() and bar.apply_all_button.isVisible()  # the draft has safe fixes
    assert header.buttons_below() is below
    title = header.title
    assert title.text() == title.full_text() == "Version 1: nieuwsbrief-mei.docx"  # whole
    for button in (header.compare_button, header.feedback_button, header.send_button,
                   header.approve_button, header.changes_button, bar.apply_all_button,
                   bar.copy_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    assert not bar.buttons.stacked() and bar.copy_button.y() == bar.apply_all_button.y()
    view.splitter.setSizes([width, 1])  # the findings column as narrow as it goes
    QApplication.processEvents()
    assert bar.buttons.stacked() and bar.copy_button.y() > bar.apply_all_button.y()
    for button in (bar.apply_all_button, bar.copy_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    view.splitter.setSizes([width // 2, width // 2])  # and wide again: side by side
    QApplication.processEvents()
    assert not bar.buttons.stacked()


def test_dates_read_one_way_and_the_versions_table_cuts_none(qtbot: QtBot,
                                                              review_store: Store) -> None:
    # the list said "due 12 Dec 2026" and the details beside it "due 2026-12-12"; the versions
    # table cut the received time to "2026-11-06 0…"
    service = ReviewService(review_store, author="anna")
    news = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief mei",
                                     due=date(2026, 12, 12))
    service.add_version(news.id, "nieuwsbrief-mei-definitief.docx", word_file(VERSION_1),
                        received_at=datetime(2026, 11, 6, 9, 14, tzinfo=UTC))
    page = _page(qtbot, service, (1366, 768))
    page.open_assignment(news.id)
    assert "due 12 Dec 2026" in page.facts.text()
    versions, first = page.versions, page.versions.topLevelItem(0)
    assert first is not None
    received = first.text(2)
    local = datetime(2026, 11, 6, 9, 14, tzinfo=UTC).astimezone()
    assert received == f"{local.day} Nov 2026 {local:%H:%M}"
    for column in range(versions.columnCount()):
        text = first.text(column)
        assert versions.columnWidth(column) > versions.fontMetrics().horizontalAdvance(text)
