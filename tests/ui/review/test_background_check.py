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
    page, service, assignment = _page(qtbot, review_store)
    draft = tmp_path / "jaarverslag.pdf"
    draft.write_bytes(pdf_file(100))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    with qtbot.waitSignal(page.runner.finished, timeout=TIMEOUT):
        drop_files(page.drop, [draft])
    timer.stop()
    gaps = [b - a for a, b in pairwise(ticks)]
    assert len(ticks) > 10, "the check took a while, and the window went on ticking"
    print(f"longest pause of the window: {max(gaps) * 1000:.0f} ms over {len(ticks)} ticks")
    assert max(gaps) < 0.35, f"the window froze for {max(gaps):.2f} s"
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
    assert "cancelled" in page.review_view.subline.text()
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
    assert view.error.isVisible() and "nieuwsbrief.docx" in view.error.text()
    assert "Traceback" not in view.error.text()
    assert not view.approve_button.isEnabled()
    item = page.versions.topLevelItem(0)
    assert item is not None and item.toolTip(4) == version.error
