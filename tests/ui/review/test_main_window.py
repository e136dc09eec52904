"""The page in the main window: it follows the open brand and changes words through it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from brandregie.ui.review.page import AssignmentsPage
from brandregie.ui.review.place import AssignmentsPlace
from tests.review.drafts import VERSION_1, word_file
from tests.ui.conftest import WindowFactory
from tests.ui.review.conftest import drop_files, opened_review

CHECK_TIMEOUT = 60_000


def test_banning_a_word_in_a_review_is_an_undoable_edit_of_the_open_brand(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(threaded=False)
    window.open_sample()
    place = AssignmentsPlace(window, preload=False)
    window.set_work_page("assignments", place)
    window.show_page("assignments")
    page = place.build()
    assert isinstance(page, AssignmentsPage)
    session = window.session
    assert session is not None and page.brand_id == session.brand_id
    assignment = page.service.create_assignment(session.brand_id, "Nieuwsbrief mei")
    page.refresh()
    page.open_assignment(assignment.id)
    draft = tmp_path / "nieuwsbrief.docx"
    draft.write_bytes(word_file(VERSION_1))
    with qtbot.waitSignal(page.runner.finished, timeout=CHECK_TIMEOUT):
        drop_files(page.drop, [draft])
    opened_review(qtbot, page)  # the owner bans a word in the review on screen
    revision = session.base_revision

    with qtbot.waitSignal(page.runner.finished, timeout=CHECK_TIMEOUT):
        page.review_view.answers.change_word("oven", allow=False)
    opened_review(qtbot, page)
    assert "oven" in {b.term for b in session.brand.vocabulary.banned}
    assert session.base_revision == revision + 1 and not session.dirty
    review = page.review_view.review
    assert review is not None and review.version.profile_revision == revision + 1
    assert any(f.finding.excerpt == "oven" for f in review.findings)
    assert session.undo_stack.canUndo()
    assert "oven" in session.undo_stack.undoText()


def test_the_place_is_light_at_start_and_tells_what_is_overdue(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    import subprocess
    import sys
    from datetime import date, timedelta

    from brandregie.review.service import ReviewService

    code = ("import sys, brandregie.ui.review.place; "
            "print(any(m.startswith('brandregie.checks') for m in sys.modules), "
            "'brandregie.ui.review.page' in sys.modules, "
            "'brandregie.ui.review.assignment_list' in sys.modules)")
    light = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, env={**__import__("os").environ,
                                            "QT_QPA_PLATFORM": "offscreen"})
    assert light.stdout.split() == ["False"] * 3, (
        "the checks and the page's code load only when the page is opened")

    window = make_window(threaded=False)
    window.open_sample()
    session = window.session
    assert session is not None
    today = date(2027, 4, 28)
    ReviewService(window.store).create_assignment(session.brand_id, "Vacature bakker",
                                                  due=today - timedelta(days=3))
    place = AssignmentsPlace(window, today=today, preload=False)
    window.set_work_page("assignments", place)
    qtbot.waitUntil(lambda: "Overdue: 1" in window.statusBar().currentMessage(), timeout=3000)
    assert place.page is None
    window.show_page("assignments")
    qtbot.waitUntil(lambda: place.page is not None, timeout=10_000)
    assert place.page is not None and place.page.brand_id == session.brand_id
    assert place.page.banner.isVisible()
