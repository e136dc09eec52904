"""The page in the main window: it follows the open brand and changes words through it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from brandregie.ui.review.page import AssignmentsPage, page_for_window
from tests.review.drafts import VERSION_1, word_file
from tests.ui.conftest import WindowFactory
from tests.ui.review.conftest import drop_files

CHECK_TIMEOUT = 60_000


def test_banning_a_word_in_a_review_is_an_undoable_edit_of_the_open_brand(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(threaded=False)
    window.open_sample()
    window.set_work_page("assignments", page_for_window(window))
    page = window.page("assignments")
    assert isinstance(page, AssignmentsPage)
    session = window.session
    assert session is not None and page.brand_id == session.brand_id
    window.show_page("assignments")
    assignment = page.service.create_assignment(session.brand_id, "Nieuwsbrief mei")
    page.refresh()
    page.open_assignment(assignment.id)
    draft = tmp_path / "nieuwsbrief.docx"
    draft.write_bytes(word_file(VERSION_1))
    with qtbot.waitSignal(page.runner.finished, timeout=CHECK_TIMEOUT):
        drop_files(page.drop, [draft])
    revision = session.base_revision

    with qtbot.waitSignal(page.runner.finished, timeout=CHECK_TIMEOUT):
        page.review_view.change_word("oven", allow=False)
    assert "oven" in {b.term for b in session.brand.vocabulary.banned}
    assert session.base_revision == revision + 1 and not session.dirty
    review = page.review_view.review
    assert review is not None and review.version.profile_revision == revision + 1
    assert any(f.finding.excerpt == "oven" for f in review.findings)
    assert session.undo_stack.canUndo()
    assert "oven" in session.undo_stack.undoText()
