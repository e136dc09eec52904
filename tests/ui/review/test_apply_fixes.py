"""Applying fixes in the review: one with F, all safe ones with Shift+F, undone with U; they
move the score, stay after reopening, and go back to the agency as tracked changes in Word."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

from docx import Document as WordDocument
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from brandregie.models.review import DecisionOutcome, FindingAnswer
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
from brandregie.ui.review.review_view import ReviewView
from tests.review.drafts import fixable_word_draft
from tests.ui.review.conftest import shown_review

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NO_KEYS = Qt.KeyboardModifier.NoModifier





def _score(view: ReviewView) -> int:
    assert view.review is not None and view.review.effective is not None
    return view.review.effective.score


def _answer(view: ReviewView, excerpt: str) -> FindingAnswer:
    assert view.review is not None
    return next(f.answer for f in view.review.findings if f.finding.excerpt == excerpt)


def _key(view: ReviewView, excerpt: str) -> str:
    assert view.review is not None
    return next(f.key for f in view.review.findings if f.finding.excerpt == excerpt)


def test_apply_one_fix_then_all_safe_ones_undo_and_reopen(
        qtbot: QtBot, review_db: Path, tmp_path: Path, sample_snapshot: ProfileSnapshot) -> None:
    draft = fixable_word_draft(tmp_path / "nieuwsbrief.docx")
    with open_store(review_db) as store:
        service = ReviewService(store, author="Anna de Vries")
        view, version_id = shown_review(qtbot, service, draft, sample_snapshot)
        delivered = _score(view)
        assert view.fix_bar.isVisible()
        assert "Shift+F" in view.fix_bar.apply_all_button.toolTip()

        # one fix: the card's button shows, F applies it, the card says so
        view.select_finding(_key(view, "broodspecialisten"))
        assert view.bar.fix_button.isVisible()
        assert "(F)" in view.bar.fix_button.toolTip()
        key = _key(view, "broodspecialisten")
        QTest.keyClick(view.cards, Qt.Key.Key_F, NO_KEYS)
        assert _answer(view, "broodspecialisten") is FindingAnswer.FIXED
        assert "Fix applied" in view.cards.cards[key].label.text()
        one = _score(view)
        assert one > delivered

        # U takes it back like any other answer
        QTest.keyClick(view.cards, Qt.Key.Key_U, NO_KEYS)
        assert _answer(view, "broodspecialisten") is FindingAnswer.OPEN
        assert _score(view) == delivered

        # all safe fixes at once (Shift+F): the address form and the term
        QTest.keyClick(view.cards, Qt.Key.Key_F, Qt.KeyboardModifier.ShiftModifier)
        assert _answer(view, "broodspecialisten") is FindingAnswer.FIXED
        assert _answer(view, "u") is FindingAnswer.FIXED
        assert _answer(view, "goedkoop") is FindingAnswer.OPEN  # advice: read it first
        assert _score(view) > one
        assert not view.fix_bar.apply_all_button.isEnabled()
        assert view.fix_bar.copy_button.isEnabled()
        view.close()

    # reopening the database: the fixes are still applied
    with open_store(review_db) as store:
        view = ReviewView(ReviewService(store, author="Anna de Vries"))
        qtbot.addWidget(view)
        view.show_version(version_id)
        assert _answer(view, "broodspecialisten") is FindingAnswer.FIXED
        assert _answer(view, "u") is FindingAnswer.FIXED
        assert _score(view) > delivered

        # the feedback file: the fixes as tracked changes, the rest as comments
        view.service.decide(version_id, DecisionOutcome.CHANGES_REQUESTED, "Zie de opmerkingen")
        view.reload()
        out = tmp_path / "feedback.docx"
        assert view.save_feedback(str(out)) == str(out)
        view.feedback.saver.settle()
        with zipfile.ZipFile(out) as archive:
            body = etree.fromstring(archive.read("word/document.xml"))
            comments = archive.read("word/comments.xml").decode("utf-8")
        deleted = "".join(body.xpath("//w:del//w:delText/text()", namespaces={"w": W}))
        inserted = "".join(body.xpath("//w:ins//w:t/text()", namespaces={"w": W}))
        assert "broodspecialisten" in deleted and "bakkers" in inserted
        assert "Heeft" in deleted and "Heb" in inserted
        authors = set(body.xpath("//w:ins/@w:author | //w:del/@w:author", namespaces={"w": W}))
        assert authors == {"Anna de Vries"}
        assert "goedkoop" in comments
        assert WordDocument(BytesIO(out.read_bytes())).paragraphs[0].text == "Nieuwsbrief"


def test_a_corrected_copy_of_a_markdown_draft(
        qtbot: QtBot, review_db: Path, tmp_path: Path, sample_snapshot: ProfileSnapshot) -> None:
    draft = tmp_path / "post.md"
    text = "# Nieuws\n\nHeeft u al kennis gemaakt met onze broodspecialisten?\n"
    draft.write_text(text, "utf-8")
    with open_store(review_db) as store:
        view, _version_id = shown_review(qtbot, ReviewService(store), draft, sample_snapshot)
        view.fix_bar.apply_all_button.click()
        out = tmp_path / "post - corrected.md"
        assert view.save_corrected_copy(str(out)) == str(out)
        view.feedback.saver.settle()
        fixed = out.read_text("utf-8")
        assert fixed == "# Nieuws\n\nHeb je al kennis gemaakt met onze bakkers?\n"
