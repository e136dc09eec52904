"""The check runs in the background: the window keeps answering, the owner can cancel, and a
draft that cannot be read gets a clear message on its version."""

from __future__ import annotations

import time
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from brandregie.models.review import CheckStatus
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui.review.page import AssignmentsPage
from tests.review.drafts import pdf_file
from tests.ui.review.conftest import drop_files

TIMEOUT = 120_000


def _page(qtbot: QtBot, store: Store) -> tuple[AssignmentsPage, ReviewService, int]:
    service = ReviewService(store)
    assignment = service.create_assignment("Bakkerij Korenaar", "Jaarverslag")
    page = AssignmentsPage(service)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.open_assignment(assignment.id)
    return page, service, assignment.id


def test_the_window_keeps_answering_while_a_100_page_pdf_is_checked(
        qtbot: QtBot, review_store: Store, tmp_path: Path) -> None:
    """While the worker reads and checks, the window's event loop keeps turning; showing the
    result (storing it, laying out 100 pages of highlighted text) is one short step after."""
    page, service, assignment = _page(qtbot, review_store)
    draft = tmp_path / "jaarverslag.pdf"
    draft.write_bytes(pdf_file(100))
    ticks: list[float] = []
    last_progress: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    page.runner.progress.connect(lambda _v, _p: last_progress.append(time.perf_counter()))
    timer.start()
    with qtbot.waitSignal(page.runner.finished, timeout=TIMEOUT):
        drop_files(page.drop, [draft])
    finished = time.perf_counter()
    timer.stop()
    checking = [b - a for a, b in pairwise(ticks) if b <= last_progress[-1]]
    showing = finished - last_progress[-1]
    print(f"longest pause while checking: {max(checking) * 1000:.0f} ms over {len(checking)} "
          f"ticks; showing the result: {showing * 1000:.0f} ms")
    assert len(checking) > 10, "the check took a while, and the window went on ticking"
    assert max(checking) < 0.25, f"the window froze for {max(checking):.2f} s while checking"
    assert showing < 1.5, f"showing the result took {showing:.2f} s"
    version = service.versions(assignment)[0]
    assert version.check_status is CheckStatus.DONE
    review = page.review_view.review
    assert review is not None and review.draft is not None and review.draft.pages == 100
    assert len(review.findings) >= 100


def test_cancel_stops_the_check_and_says_so(qtbot: QtBot, review_store: Store,
                                            tmp_path: Path) -> None:
    page, service, assignment = _page(qtbot, review_store)
    draft = tmp_path / "jaarverslag.pdf"
    draft.write_bytes(pdf_file(100))
    with qtbot.waitSignal(page.runner.finished, timeout=TIMEOUT):
        drop_files(page.drop, [draft])
        assert page.cancel_button.isVisible()
        QTest.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    version = service.versions(assignment)[0]
    assert version.check_status is CheckStatus.CANCELLED
    assert not page.progress_box.isVisible()
    assert "cancelled" in page.review_view.header.score_line.full_text()
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
    view = page.review_view
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
