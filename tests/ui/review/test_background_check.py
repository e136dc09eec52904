"""The check runs in the background: the window keeps answering, the owner can cancel, and a
draft that cannot be read gets a clear message on its version. No test here measures time: each
waits for the signal or state that proves what it checks."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from brandregie.models.review import CheckStatus
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui.review.page import AssignmentsPage
from tests.review.drafts import pdf_file
from tests.ui.conftest import HeldJob
from tests.ui.review.conftest import drop_files, opened_review

TIMEOUT = 120_000
#: A long draft: 20 pages, a finding on each.
PAGES = 20


def _page(qtbot: QtBot, store: Store) -> tuple[AssignmentsPage, ReviewService, int]:
    service = ReviewService(store)
    assignment = service.create_assignment("Bakkerij Korenaar", "Jaarverslag")
    page = AssignmentsPage(service)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.open_assignment(assignment.id)
    return page, service, assignment.id


def test_the_check_runs_on_a_worker_while_the_window_answers(
        qtbot: QtBot, review_store: Store, tmp_path: Path) -> None:
    """The draft is read and checked on a worker thread: held there at its first progress
    report, the window meanwhile shows that progress and handles its events; released, the
    result is stored and shown. (How long the window may pause: bench/bench_check_window.py.)
    """
    page, service, assignment = _page(qtbot, review_store)
    draft = tmp_path / "jaarverslag.pdf"
    draft.write_bytes(pdf_file(PAGES))
    told: list[tuple[str, float]] = []
    page.runner.started.connect(lambda _v: told.append(("started", 0.0)))
    page.runner.progress.connect(lambda _v, done: told.append(("progress", done)))
    page.runner.finished.connect(lambda _v, _info: told.append(("finished", 1.0)))
    held = HeldJob(page.runner.jobs)
    with qtbot.waitSignal(page.runner.started, timeout=TIMEOUT):  # once the file is kept
        drop_files(page.drop, [draft])
    held.wait_until_held()
    try:
        assert page.runner.is_running() and page.progress_box.isVisible()
        with qtbot.waitSignal(page.runner.progress, timeout=TIMEOUT):
            pass  # the GUI thread delivers the worker's report while the worker waits
        shown = [value for kind, value in told if kind == "progress"][-1]
        assert page.progress.value() == round(shown * 100) and page.cancel_button.isVisible()
        answered: list[bool] = []
        QTimer.singleShot(0, lambda: answered.append(True))
        qtbot.waitUntil(lambda: answered == [True], timeout=TIMEOUT)
        assert page.runner.is_running(), "the check is still held on its worker"
        checking = opened_review(qtbot, page)  # the new version, while it is checked
        assert checking.header.title.full_text() == "Version 1: jaarverslag.pdf"
        assert checking.header.score_line.full_text() == "Checking…"
    finally:
        held.release()
    with qtbot.waitSignal(page.runner.finished, timeout=TIMEOUT):
        pass
    assert held.threads and threading.main_thread() not in held.threads
    kinds = [kind for kind, _ in told]
    assert kinds[0] == "started" and kinds[-1] == "finished" and kinds.count("finished") == 1
    done = [value for kind, value in told if kind == "progress"]
    assert done and done == sorted(done) and done[0] >= 0 and done[-1] <= 1, "progress rises"
    version = service.versions(assignment)[0]
    assert version.check_status is CheckStatus.DONE
    assert not page.progress_box.isVisible()
    review = opened_review(qtbot, page).review
    assert review is not None and review.draft is not None and review.draft.pages == PAGES
    assert len(review.findings) >= PAGES


def test_cancel_stops_the_check_and_says_so(qtbot: QtBot, review_store: Store,
                                            tmp_path: Path) -> None:
    page, service, assignment = _page(qtbot, review_store)
    draft = tmp_path / "jaarverslag.pdf"
    draft.write_bytes(pdf_file(100))
    with qtbot.waitSignal(page.runner.started, timeout=TIMEOUT):  # once the file is kept
        drop_files(page.drop, [draft])
    with qtbot.waitSignal(page.runner.finished, timeout=TIMEOUT):
        assert page.cancel_button.isVisible()
        QTest.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    version = service.versions(assignment)[0]
    assert version.check_status is CheckStatus.CANCELLED
    assert not page.progress_box.isVisible()
    assert "cancelled" in opened_review(qtbot, page).header.score_line.full_text()
    item = page.versions.topLevelItem(0)
    assert item is not None and item.text(4) == "Check cancelled"


def test_a_damaged_draft_shows_a_clear_message_on_its_version(
        qtbot: QtBot, review_store: Store, tmp_path: Path) -> None:
    page, service, assignment = _page(qtbot, review_store)
    draft = tmp_path / "nieuwsbrief.docx"
    draft.write_bytes(b"PK\x03\x04" + b"\x00" * 300)
    with qtbot.waitSignal(page.runner.finished, timeout=TIMEOUT):
        drop_files(page.drop, [draft])
    version = service.versions(assignment)[0]
    assert version.check_status is CheckStatus.FAILED
    assert page.drafts.pending == []  # checked as it was kept: not queued to be checked again
    view = opened_review(qtbot, page)
    assert view.status.isVisible() and "nieuwsbrief.docx" in view.status.text()
    assert "Traceback" not in view.status.text()
    assert not view.approve_button.isEnabled()
    item = page.versions.topLevelItem(0)
    assert item is not None and item.toolTip(4) == version.error


def test_a_check_cut_off_by_closing_the_app_runs_again_when_the_assignment_opens(
        qtbot: QtBot, review_store: Store) -> None:
    from tests.review.drafts import VERSION_1, word_file

    service = ReviewService(review_store)
    assignment = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
    pending = service.add_version(assignment.id, "nieuwsbrief.docx", word_file(VERSION_1))
    assert pending.check_status is CheckStatus.PENDING
    page = AssignmentsPage(service)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.runner.finished, timeout=TIMEOUT):
        page.open_assignment(assignment.id)
    assert service.versions(assignment.id)[0].check_status is CheckStatus.DONE


def test_a_cut_off_check_starts_once_the_opened_assignment_is_on_screen(
        qtbot: QtBot, review_store: Store) -> None:
    """The check holds Python's lock on its worker for a second or more: begun with the open,
    it made the open the person asked for wait; it now begins once the review is drawn (and
    the person has opened nothing for a moment)."""
    from tests.review.drafts import VERSION_1, word_file

    service = ReviewService(review_store)
    assignment = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
    service.add_version(assignment.id, "nieuwsbrief.docx", word_file(VERSION_1))
    page = AssignmentsPage(service)
    qtbot.addWidget(page)
    page.show()
    view = page.review_view
    held = HeldJob(view.reader)
    opening_at_start: list[bool] = []
    page.runner.started.connect(lambda _id: opening_at_start.append(page.review_opening))
    page.open_assignment(assignment.id)
    held.wait_until_held()
    try:  # the assignment is shown, its review read: no check under way yet
        assert page.detail_title.text() == "Nieuwsbrief"
        assert not page.runner.is_running() and not page.progress_box.isVisible()
    finally:
        with qtbot.waitSignal(page.runner.started, timeout=TIMEOUT):
            held.release()
    assert opening_at_start == [False]  # the review was drawn first
    assert page.progress_box.isVisible() and page.progress_label.text() == "Checking the draft…"
    with qtbot.waitSignal(page.runner.finished, timeout=TIMEOUT):
        pass
    checked = service.versions(assignment.id)[0]
    assert checked.check_status is CheckStatus.DONE and checked.score is not None
    assert opened_review(qtbot, page).badge.score == checked.score  # shown as checked


def test_a_dropped_draft_is_checked_once(qtbot: QtBot, review_store: Store,
                                         tmp_path: Path) -> None:
    """A dropped draft's version is pending while its check runs: the page must not take it
    for a check the app was closed during and check it a second time once that check is done
    (the progress bar came back, and the review jumped to it again: every short draft
    dropped). The review of the new version is held on its worker until the check has
    ended, so the order does not depend on the machine's speed."""
    page, service, assignment = _page(qtbot, review_store)
    held = HeldJob(page.review_view.reader)  # the review opened on the drop: held
    started: list[int] = []
    page.runner.started.connect(started.append)
    draft = tmp_path / "nieuwsbrief.txt"
    draft.write_text("Bij Korenaar bakken we elke dag vers brood, met de hand.", "utf-8")
    try:
        with qtbot.waitSignal(page.runner.finished, timeout=TIMEOUT):
            drop_files(page.drop, [draft])
    finally:
        held.release()
    qtbot.waitUntil(lambda: not page.drafts.pending and not page.runner.is_running(),
                    timeout=TIMEOUT)
    (version,) = service.versions(assignment)
    assert version.check_status is CheckStatus.DONE
    assert started == [version.id]
    assert not page.progress_box.isVisible()
