"""The brief of an assignment shows what was agreed; the budget only when the owner shares it."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from brandregie.models.review import AssignmentKind
from brandregie.review.agreement import Agreement, brief_request_for
from brandregie.review.service import ReviewService


def _pdf_text(path: Path) -> str:
    subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())


def test_the_brief_shows_the_agreement_and_the_budget_only_when_shared(
        service: ReviewService, tmp_path: Path) -> None:
    from brandregie.export.brief import build_brief

    agency = service.add_agency("Studio Deeg")
    assignment = service.create_assignment(
        "Bakkerij Korenaar", "Nieuwsbrief mei", kind=AssignmentKind.NEWSLETTER,
        agency_id=agency.id, due=date(2027, 4, 20))
    service.set_agreement(assignment.id, Agreement(
        budget_hours=12, hourly_rate_cents=9_500, deliverables="- nieuwsbrief\n- twee posts",
        rounds=2, delivery=date(2027, 5, 1)))
    info = service.assignment(assignment.id)
    snapshot = service.profiles.snapshot("Bakkerij Korenaar")
    shared = tmp_path / "shared.pdf"
    build_brief(snapshot, brief_request_for(info, service.agreement(assignment.id), lang="en"),
                shared, lang="en")
    text = _pdf_text(shared)
    for expected in ("12 hours at €95.00 (€1,140.00)", "nieuwsbrief", "twee posts",
                     "20 April 2027", "1 May 2027", "Studio Deeg"):
        assert expected in text, expected
    kept = tmp_path / "kept.pdf"
    build_brief(snapshot, brief_request_for(info, service.agreement(assignment.id), lang="nl",
                                            share_budget=False), kept, lang="nl")
    text = _pdf_text(kept)
    assert "1 mei 2027" in text and "twee posts" in text
    assert "€" not in text and "95" not in text
