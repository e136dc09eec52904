"""An answer given while the review on screen is being read again (after a decision, a
recheck's end) stays on screen: the read that began before the answer does not draw the
finding as still open over it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from brandregie.models.review import FindingAnswer
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from tests.ui.review.conftest import shown_review

TEXT = ("Heeft u al kennis gemaakt met onze broodspecialisten? Wij zijn goedkoop en "
        "innovatief.\n")


def test_an_answer_given_while_the_review_is_read_again_is_kept_on_screen(
        qtbot: QtBot, review_store: Store, sample_snapshot: ProfileSnapshot,
        tmp_path: Path) -> None:
    draft = tmp_path / "nieuwsbrief.txt"
    draft.write_text(TEXT, "utf-8")
    view, version_id = shown_review(qtbot, ReviewService(review_store), draft,
                                    sample_snapshot)
    key = view.cards.order()[0]
    view.select_finding(key)
    view.reopen()  # the version on screen read again, on a worker
    reading = view.reader.running[0]
    assert reading.wait(60)  # read, its outcome not yet drawn
    view.answers.accept()  # the owner answers meanwhile
    qtbot.waitUntil(lambda: not view.building, timeout=10_000)
    stored = {f.key: f.answer for f in view.service.review(version_id).findings}
    assert stored[key] is FindingAnswer.ACCEPTED
    shown = {f.key: f.answer for f in view.review.findings} if view.review else {}
    assert shown[key] is FindingAnswer.ACCEPTED
