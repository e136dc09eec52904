"""The feedback report: every point the owner kept, quoting the draft, with the brand's reason."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from brandregie.errors import BrandRegieError
from brandregie.models.review import DecisionOutcome, FindingAnswer
from brandregie.review.feedback import feedback_input, save_feedback_report
from brandregie.review.service import ReviewService
from tests.review.conftest import check_text

DRAFT = ["Bij Korenaar ontzorgen we u graag met goedkoop brood.", "Kom langs."]


def _reviewed(service: ReviewService) -> int:
    agency = service.add_agency("Studio Deeg")
    assignment = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief",
                                           agency_id=agency.id)
    version = service.add_version(assignment.id, "nieuwsbrief.docx", b"x").id
    check_text(service, version, DRAFT)
    return version


def test_the_report_needs_a_decision_first(service: ReviewService) -> None:
    with pytest.raises(BrandRegieError, match="decide first"):
        feedback_input(service, _reviewed(service))


def test_points_quote_the_draft_with_the_brand_reason_and_leave_out_dismissed(
        service: ReviewService) -> None:
    version = _reviewed(service)
    findings = service.review(version).findings
    cheap = next(f for f in findings if f.finding.excerpt == "goedkoop")
    service.answer(version, cheap.key, FindingAnswer.DISMISSED, reason="actie")
    hollow = next(f for f in findings if f.finding.excerpt == "ontzorgen")
    service.answer(version, hollow.key, FindingAnswer.ACCEPTED, remark="Zeg wat je doet")
    service.decide(version, DecisionOutcome.CHANGES_REQUESTED, "Minder holle taal")
    report = feedback_input(service, version, lang="en")
    assert report.decision == "changes-requested" and report.summary == "Minder holle taal"
    assert report.agency == "Studio Deeg" and report.version == 1
    excerpts = [p.excerpt for p in report.points]
    assert "goedkoop" not in excerpts
    point = next(p for p in report.points if p.excerpt == "ontzorgen")
    assert point.reason == "Holle marketingtaal." and point.remark == "Zeg wat je doet"
    address = next(p for p in report.points if p.rule == "tone.address")
    assert "“je”" in address.reason


def test_the_report_is_a_pdf_the_agency_can_read(service: ReviewService, tmp_path: Path) -> None:
    version = _reviewed(service)
    service.decide(version, DecisionOutcome.CHANGES_REQUESTED, "Minder holle taal")
    out = tmp_path / "feedback.pdf"
    result = save_feedback_report(service, version, out, lang="nl")
    assert result.pages >= 1
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "ontzorgen" in text and "Holle marketingtaal." in text
    assert "Minder holle taal" in text


def test_an_approval_only_lists_the_points_the_owner_accepted(service: ReviewService) -> None:
    version = _reviewed(service)
    findings = service.review(version).findings
    hollow = next(f for f in findings if f.finding.excerpt == "ontzorgen")
    service.answer(version, hollow.key, FindingAnswer.ACCEPTED)
    service.decide(version, DecisionOutcome.APPROVED, "Goed zo, alleen dit nog")
    report = feedback_input(service, version, lang="en")
    assert report.decision == "approved"
    assert [p.excerpt for p in report.points] == ["ontzorgen"]


def test_the_report_gets_the_file_mode_a_brief_gets(service: ReviewService,
                                                    tmp_path: Path) -> None:
    """Saved for the agency, not readable by the owner only (mkstemp's 0600)."""
    from brandregie.export.documents import write_file

    version = _reviewed(service)
    service.decide(version, DecisionOutcome.APPROVED, "Mooi")
    report = save_feedback_report(service, version, tmp_path / "feedback.pdf", lang="nl")
    assert report.pages >= 1
    brief = write_file(tmp_path / "brief.pdf", b"%PDF-1.4")
    assert (tmp_path / "feedback.pdf").stat().st_mode & 0o777 == brief.stat().st_mode & 0o777
