"""The feedback report: every point the owner kept, quoting the draft, with the brand's reason."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from brandregie.checks.message import render
from brandregie.errors import BrandRegieError
from brandregie.models.review import DecisionOutcome, FindingAnswer
from brandregie.review.feedback import feedback_input, save_feedback_report
from brandregie.review.service import ReviewService
from tests.review.drafts import checked

DRAFT = ["Bij Korenaar ontzorgen we u graag met goedkoop brood.", "Kom langs."]


def _reviewed(service: ReviewService, lang: str = "en") -> int:
    """A draft of Studio Deeg's, checked with the findings in ``lang``."""
    agency = service.add_agency("Studio Deeg")
    return checked(service, DRAFT, name="nieuwsbrief.docx", data=b"x", agency_id=agency.id,
                   lang=lang)


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


def _pdf_words(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.split())


def _checked_in(service: ReviewService, window: str) -> int:
    """A draft checked while the window spoke ``window``, then sent back with changes."""
    version = _reviewed(service, window)
    service.decide(version, DecisionOutcome.CHANGES_REQUESTED, "Minder holle taal")
    return version


ENGLISH = re.compile(r"\b(the|not|and|with|this|brand|write|instead|sentence|reader|change)\b",
                     re.IGNORECASE)


def test_with_an_english_window_a_dutch_report_is_wholly_dutch(
        service: ReviewService, tmp_path: Path) -> None:
    version = _checked_in(service, "en")
    stored = service.review(version).findings
    assert any("The brand" in f.finding.message for f in stored)  # checked in English
    out = tmp_path / "nl.pdf"
    save_feedback_report(service, version, out, lang="nl")
    text = _pdf_words(out)
    assert "Het merk" in text
    assert ENGLISH.findall(text) == []
    for point in feedback_input(service, version, lang="nl").points:
        assert point.message in text and not ENGLISH.search(point.message)


def test_with_a_dutch_window_an_english_report_is_wholly_english(
        service: ReviewService, tmp_path: Path) -> None:
    version = _checked_in(service, "nl")
    stored = [f.finding for f in service.review(version).findings]
    assert any("Het merk" in f.message for f in stored)  # checked in Dutch
    out = tmp_path / "en.pdf"
    save_feedback_report(service, version, out, lang="en")
    text = _pdf_words(out)
    for finding in stored:
        assert finding.message not in text  # the Dutch sentence
        assert render(finding.message, "en") in text
        if finding.suggestion and finding.suggestion != render(finding.suggestion, "en"):
            assert render(finding.suggestion, "en") in text
    assert "Wat moet anders" not in text and "merkregel" not in text.lower()
    assert "tone.address" not in text and "terminology." not in text  # rule ids never shown


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
