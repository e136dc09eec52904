"""Opening an assignment never holds the window while its review is read: the assignment shows
at once, the review is read on a worker and then drawn a part per turn, and what the owner then
sees is the whole review. No test here measures time: each waits for what proves its point."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from brandregie.checks.model import Severity
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui.review.cards import BATCH, FIRST
from brandregie.ui.review.page import AssignmentsPage
from brandregie.ui.review.review_view import ReviewView
from tests.review.drafts import pdf_file
from tests.ui.conftest import HeldJob
from tests.ui.review.conftest import checked_draft, opened_review

#: A PDF with a finding on each page: more cards than the first screenful.
PAGES = 20


def _page(qtbot: QtBot, service: ReviewService) -> AssignmentsPage:
    page = AssignmentsPage(service)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def _report(service: ReviewService, tmp_path: Path, snapshot: ProfileSnapshot,
            title: str) -> int:
    draft = tmp_path / f"{title.lower()}.pdf"
    draft.write_bytes(pdf_file(PAGES))
    return checked_draft(service, draft, snapshot, title=title)


def test_the_review_is_read_on_a_worker_and_then_shown_whole(
        qtbot: QtBot, review_store: Store, sample_snapshot: ProfileSnapshot,
        tmp_path: Path) -> None:
    service = ReviewService(review_store)
    version_id = _report(service, tmp_path, sample_snapshot, "Jaarverslag")
    stored = service.review(version_id)
    assert stored.effective is not None and len(stored.findings) > BATCH > FIRST
    page = _page(qtbot, service)
    view = page.review_view
    held = HeldJob(view.reader)
    page.open_assignment(stored.assignment.id)
    held.wait_until_held()
    try:
        # the assignment is on screen, and the window answers while the review is read
        assert page.detail_title.text() == "Jaarverslag"
        assert page.versions.topLevelItemCount() == 1
        answered: list[bool] = []
        QTimer.singleShot(0, lambda: answered.append(True))
        qtbot.waitUntil(lambda: answered == [True])
        assert page.review_opening and view.header.title.full_text() == "No draft yet"
    finally:
        held.release()
    assert held.threads and threading.main_thread() not in held.threads

    opened_review(qtbot, page)
    page.tabs.setCurrentWidget(view)
    assert view.header.title.full_text() == "Version 1: jaarverslag.pdf"
    assert view.badge.score == stored.effective.score
    assert f"{len(stored.findings)} open" in view.header.counts_line.full_text()
    assert view.centre.currentWidget() is view.pages and view.pages.page_count() == PAGES
    assert view.cards.order()[0] in view.cards.cards  # the first screenful at once
    qtbot.waitUntil(lambda: not view.cards.growing)  # the rest a few per turn
    made = view.cards.order()[:len(view.cards.cards)]
    assert set(view.cards.cards) == set(made) and len(made) >= BATCH - len(Severity)
    more = view.cards.findChild(QLabel, "moreFindings")
    assert more is not None and more.isVisible()
    assert more.text().startswith(f"{len(stored.findings) - len(made)} more findings below")


def test_the_first_assignment_opened_shows_before_the_review_is_made(
        qtbot: QtBot, review_store: Store, sample_snapshot: ProfileSnapshot,
        tmp_path: Path) -> None:
    service = ReviewService(review_store)
    version_id = _report(service, tmp_path, sample_snapshot, "Jaarverslag")
    page = _page(qtbot, service)
    page.open_assignment(service.review(version_id).assignment.id)
    assert page.detail_title.text() == "Jaarverslag"
    assert not page.findChildren(ReviewView)  # made in a turn of its own, after this paints
    view = opened_review(qtbot, page)
    assert view.review is not None and view.review.version.id == version_id
    assert view.header.title.full_text() == "Version 1: jaarverslag.pdf"


def test_the_assignment_opened_last_is_the_one_shown(
        qtbot: QtBot, review_store: Store, sample_snapshot: ProfileSnapshot,
        tmp_path: Path) -> None:
    service = ReviewService(review_store)
    first = service.review(_report(service, tmp_path, sample_snapshot, "Jaarverslag"))
    second = service.review(_report(service, tmp_path, sample_snapshot, "Folder"))
    page = _page(qtbot, service)
    view = page.review_view
    held = HeldJob(view.reader)
    page.open_assignment(first.assignment.id)
    held.wait_until_held()
    page.open_assignment(second.assignment.id)  # while the first is still being read
    held.release()
    opened_review(qtbot, page)
    assert view.review is not None and view.review.version.id == second.version.id
    assert view.header.title.full_text() == "Version 1: folder.pdf"
