"""The owner's feedback in the agency's own file: comments where the owner kept a finding."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from brandregie.models.review import DecisionOutcome, FindingAnswer
from brandregie.review.checking import run_check
from brandregie.review.feedback_file import save_feedback_file
from brandregie.review.service import ReviewService
from tests.review.annotated import pdf_notes, word_comments
from tests.review.drafts import VERSION_1, pdf_file, word_file


def _delivered(service: ReviewService, name: str, data: bytes) -> int:
    assignment = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
    version = service.add_version(assignment.id, name, data).id
    run_check(service, version, lang="en")
    return version


def test_a_word_draft_gets_the_kept_findings_as_comments_with_the_remark(
        service: ReviewService, tmp_path: Path) -> None:
    original = word_file(VERSION_1)
    version = _delivered(service, "nieuwsbrief.docx", original)
    findings = service.review(version).findings
    cheap = next(f for f in findings if f.finding.excerpt == "goedkoop")
    service.answer(version, cheap.key, FindingAnswer.DISMISSED, reason="actie")
    hollow = next(f for f in findings if f.finding.excerpt == "ontzorgen")
    service.set_remark(version, hollow.key, "Zeg wat je doet")
    service.decide(version, DecisionOutcome.CHANGES_REQUESTED, "Minder holle taal")
    out = tmp_path / "terug.docx"
    assert save_feedback_file(service, version, out, lang="nl") == "docx"
    comments = word_comments(out.read_bytes())
    words = [w for w, _text in comments]
    assert "ontzorgen" in words and "goedkoop" not in words  # dismissed: not sent
    said = dict(comments)["ontzorgen"]
    assert "Opmerking: Zeg wat je doet" in said and "Het merk gebruikt" in said
    stored = service.version_data(version)[1]
    assert hashlib.sha256(stored).digest() == hashlib.sha256(original).digest()


def test_a_pdf_draft_gets_highlights_on_its_pages(service: ReviewService,
                                                  tmp_path: Path) -> None:
    original = pdf_file(2)
    version = _delivered(service, "folder.pdf", original)
    service.decide(version, DecisionOutcome.CHANGES_REQUESTED, "Minder holle taal")
    out = tmp_path / "terug.pdf"
    assert save_feedback_file(service, version, out, lang="en") == "pdf"
    subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)
    highlights = [(page, under) for page, kind, under, note in pdf_notes(out)
                  if kind == "/Highlight" and "“goedkoop”" in note]
    assert sorted({p for p, _u in highlights}) == [1, 2]
    assert {u for _p, u in highlights} == {"goedkoop"}
    assert service.version_data(version)[1] == original
