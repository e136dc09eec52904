"""A part of a draft that was not read shows in the review view, and the draft is not green."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from brandregie.checks import TrafficLight
from brandregie.store.database import Store
from tests.hostile.drafts import email_with_a_zip_bomb_attached
from tests.ui.review.conftest import drop_files, opened_review, page_on_new_assignment


def test_a_refused_attachment_shows_in_the_review_view(qtbot: QtBot, review_store: Store,
                                                        tmp_path: Path) -> None:
    _service, _assignment, page = page_on_new_assignment(qtbot, review_store)
    with qtbot.waitSignal(page.runner.finished, timeout=120_000):
        drop_files(page.drop, [email_with_a_zip_bomb_attached(tmp_path)])
    shown = opened_review(qtbot, page).status.text()
    assert "Left out: attachment not read: concept.docx" in shown
    review = page.review_view.review
    assert review is not None and review.effective is not None
    assert review.effective.traffic_light is not TrafficLight.GREEN


def test_a_draft_that_is_not_what_its_name_says_is_told_so_not_as_left_out(
        qtbot: QtBot, review_store: Store, tmp_path: Path) -> None:
    _service, _assignment, page = page_on_new_assignment(qtbot, review_store)
    draft = tmp_path / "nieuwsbrief.pdf"
    draft.write_text("Bij Korenaar bakken we elke dag vers brood, met de hand.", "utf-8")
    with qtbot.waitSignal(page.runner.finished, timeout=120_000):
        drop_files(page.drop, [draft])
    view = opened_review(qtbot, page)
    assert view.status.isVisible()
    assert view.status.text() == ("nieuwsbrief.pdf is not a PDF: it is plain text, and was "
                                  "read as such")
    assert "Bij Korenaar bakken" in view.text.toPlainText()
