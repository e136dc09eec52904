"""Closing the window while dropped drafts are still being added asks first: the close stops
the jobs still running (jobs.stop_all), so those drafts would otherwise be lost unseen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from brandregie.ui import dialogs
from brandregie.ui.main_window import MainWindow
from brandregie.ui.review.page import AssignmentsPage
from brandregie.ui.review.place import AssignmentsPlace
from tests.ui.conftest import HeldJob, WindowFactory
from tests.ui.review.conftest import drop_files

TIMEOUT = 120_000


def _adding_a_draft(make_window: WindowFactory, tmp_path: Path
                    ) -> tuple[MainWindow, AssignmentsPage, int, HeldJob]:
    """The window with a draft dropped on an assignment, held while it is being added."""
    window = make_window(threaded=False)
    window.open_sample()
    place = AssignmentsPlace(window, preload=False)
    window.set_work_page("assignments", place)
    window.show()
    window.show_page("assignments")
    page = place.build()
    assert isinstance(page, AssignmentsPage) and window.session is not None
    assignment = page.service.create_assignment(window.session.brand_id, "Nieuwsbrief")
    page.refresh()
    page.open_assignment(assignment.id)
    draft = tmp_path / "nieuwsbrief.txt"
    draft.write_text("Wij bakken elke ochtend vers brood.\n", encoding="utf-8")
    held = HeldJob(page.intake.jobs)
    drop_files(page.drop, [draft])
    held.wait_until_held()
    return window, page, assignment.id, held


def test_closing_while_drafts_are_added_asks_and_no_keeps_the_window_and_the_drafts(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answer = [False]

    def confirm(_parent: object, title: str, _text: str) -> bool:
        asked.append(title)
        return answer[0]

    monkeypatch.setattr(dialogs, "confirm", confirm)
    window, page, assignment, held = _adding_a_draft(make_window, tmp_path)
    try:
        assert not window.close()  # "No": the window stays, the draft is still being added
        assert asked == ["Drafts still being added"] and window.isVisible()
        assert page.intake.busy
    finally:
        held.release()
    qtbot.waitUntil(lambda: not page.intake.busy, timeout=TIMEOUT)
    assert [v.file_name for v in page.service.versions(assignment)] == ["nieuwsbrief.txt"]
    asked.clear()
    assert window.close()  # nothing under way: no question
    assert asked == []


def test_closing_while_drafts_are_added_closes_when_the_owner_says_so(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, _text: True)
    window, page, _assignment, held = _adding_a_draft(make_window, tmp_path)
    try:
        assert window.close()
    finally:
        held.release()
    qtbot.waitUntil(lambda: not page.intake.busy, timeout=TIMEOUT)
