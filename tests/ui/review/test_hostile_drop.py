"""A hostile file dropped on an assignment is refused in the review view: one clear sentence,
the window free while the reader works, and the file never handed to QtPdf in the window's
own process (issue #20: the app has no File > Open; dropping, or "Open draft…", is the way in).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from brandregie.store.database import Store
from tests.hostile.drafts import (
    email_of_many_parts,
    file_name_with_escapes,
    pdf_with_a_huge_stream,
)
from tests.ui.review.conftest import drop_files, opened_review, page_on_new_assignment

REFUSALS: list[tuple[Callable[[Path], Path], str]] = [
    (pdf_with_a_huge_stream,
     "huge-stream.pdf is too large to check: a part of it unpacks to more than 64 MB"),
    (email_of_many_parts,
     "parts.eml was not opened because it looks unsafe: it has more than 500 parts"),
]


@pytest.mark.parametrize(("make", "sentence"), REFUSALS)
def test_a_hostile_draft_dropped_is_refused_with_one_sentence(
        qtbot: QtBot, review_store: Store, tmp_path: Path, make: Callable[[Path], Path],
        sentence: str) -> None:
    service, assignment, page = page_on_new_assignment(qtbot, review_store)
    with qtbot.waitSignal(page.runner.finished, timeout=120_000):
        drop_files(page.drop, [make(tmp_path)])
        # the drop returned at once: the file is kept, and then read, apart from the window
        assert page.intake.busy or page.runner.is_running()
    view = opened_review(qtbot, page)
    assert view.header.score_line.full_text() == "This draft could not be checked."
    assert view.status.isVisible() and view.status.text() == sentence
    assert view.pages.page_count() == 0  # never opened in the window's own process
    assert not view.header.approve_button.isEnabled()
    version = service.versions(assignment.id)[-1]
    assert version.error == sentence


def test_a_pipe_dropped_is_refused_without_blocking_the_window(
        qtbot: QtBot, review_store: Store, tmp_path: Path) -> None:
    pipe = tmp_path / "concept.txt"
    os.mkfifo(pipe)  # reading it would wait for a writer that never comes
    service, assignment, page = page_on_new_assignment(qtbot, review_store)
    with qtbot.waitSignal(page.intake.ended, timeout=60_000):
        drop_files(page.drop, [pipe])  # returns: nothing waits on the pipe
    box = page.findChild(QMessageBox, "problem")
    assert box is not None and box.text() == "concept.txt is not a regular file"
    assert service.versions(assignment.id) == []


def test_a_file_name_with_escapes_is_shown_escaped(qtbot: QtBot, review_store: Store,
                                                  tmp_path: Path) -> None:
    _service, _assignment, page = page_on_new_assignment(qtbot, review_store)
    with qtbot.waitSignal(page.runner.finished, timeout=120_000):
        drop_files(page.drop, [file_name_with_escapes(tmp_path)])
    title = opened_review(qtbot, page).header.title.full_text()
    # the override would show "txt.exe.txt" reversed; the newline would break the header
    assert title == "Version 1: concept\\n\\x1b[2J\\u202etxt.exe.txt"
    row = page.versions.topLevelItem(0)
    assert row is not None and row.text(1) == "concept\\n\\x1b[2J\\u202etxt.exe.txt"
