"""Fixes the owner applies while reviewing: stored as answers, scored, and in the agency's file."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

from docx import Document as WordDocument

from brandregie.models.review import DecisionOutcome, FindingAnswer
from brandregie.review.feedback_file import save_feedback_file
from brandregie.review.fixing import corrected_copy, review_fixes, safe_fix_keys
from brandregie.review.service import ReviewService
from tests.review.drafts import checked, fixable_word_draft

TEXT = ("Heeft u al kennis gemaakt met onze broodspecialisten?\n\n"
        "Wij zijn niet goedkoop, maar wel lekker!!!\n")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_applied_fixes_are_answers_that_move_the_score_and_stay(
        service: ReviewService, tmp_path: Path) -> None:
    draft = tmp_path / "post.md"
    draft.write_text(TEXT, "utf-8")
    version_id = checked(service, draft)
    review = service.review(version_id)
    assert review.effective is not None
    before = review.effective.score
    keys = safe_fix_keys(review)
    assert keys, "the banned word and the address form have safe fixes"
    service.apply_fixes(version_id, keys)
    after = service.review(version_id)
    assert after.effective is not None and after.effective.score > before
    assert {f.key for f in after.findings if f.answer is FindingAnswer.FIXED} == set(keys)
    name, data = corrected_copy(service, version_id)
    assert name == "post - corrected.md"
    fixed = data.decode("utf-8")
    assert "bakkers" in fixed and "broodspecialisten" not in fixed
    assert "Heb je" in fixed
    assert fixed.count("\n") == TEXT.count("\n")
    # taking a fix back is an answer like any other
    service.answer(version_id, keys[0], FindingAnswer.OPEN)
    back = service.review(version_id)
    assert next(f for f in back.findings if f.key == keys[0]).answer is FindingAnswer.OPEN
    assert back.effective is not None and back.effective.score < after.effective.score
    assert keys[0] in review_fixes(back)


def test_the_word_feedback_carries_applied_fixes_as_tracked_changes(
        service: ReviewService, tmp_path: Path) -> None:
    version_id = checked(service, fixable_word_draft(tmp_path / "nieuwsbrief.docx"))
    review = service.review(version_id)
    service.apply_fixes(version_id, safe_fix_keys(review))
    service.decide(version_id, DecisionOutcome.CHANGES_REQUESTED, "Zie de opmerkingen")
    out = tmp_path / "feedback.docx"
    assert save_feedback_file(service, version_id, out) == "docx"
    with zipfile.ZipFile(out) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
        comments = archive.read("word/comments.xml").decode("utf-8")
    assert "<w:del " in body and "<w:ins " in body
    assert "broodspecialisten</w:delText>" in body and ">bakkers<" in body
    assert "goedkoop" in comments or "eerlijke prijs" in comments
    assert "broodspecialisten" not in comments  # a tracked change, not also a comment
    opened = WordDocument(io.BytesIO(out.read_bytes()))  # python-docx still reads it
    assert opened.paragraphs[0].text == "Nieuwsbrief"


def test_the_feedback_report_asks_for_an_applied_fix_in_the_brands_words(
        service: ReviewService, tmp_path: Path) -> None:
    draft = tmp_path / "post.md"
    draft.write_text(TEXT, "utf-8")
    version_id = checked(service, draft)
    service.apply_fixes(version_id, safe_fix_keys(service.review(version_id)))
    service.decide(version_id, DecisionOutcome.APPROVED)
    out = tmp_path / "feedback.pdf"
    assert save_feedback_file(service, version_id, out, lang="en") == "report"
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "broodspecialisten" in text and "bakkers" in text
