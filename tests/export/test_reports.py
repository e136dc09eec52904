"""The feedback report, the advocacy kit and the employer-branding plan, for both brands."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from brandregie.export.advocacy import build_advocacy_kit, example_posts
from brandregie.export.employer import build_employer_plan
from brandregie.export.errors import ExportError
from brandregie.export.feedback import FeedbackPoint, FeedbackReportInput, build_feedback_report
from brandregie.profile.snapshot import ProfileSnapshot
from tests.export.conftest import TODAY
from tests.export.pdftools import fonts, plain_text, qpdf_check, render_page, text

POINTS = (
    FeedbackPoint(excerpt="Wij ontzorgen u graag met onze goedkope broden!",
                  rule="terminology.banned", message="‘ontzorgen’ staat op de verboden lijst.",
                  suggestion="zeg wat we precies doen", reason="Holle marketingtaal.",
                  remark="Graag concreter, Łukasz.", severity="error", where="alinea 2"),
    FeedbackPoint(excerpt="Koren aar", rule="terminology.brand-name",
                  message="De merknaam is verkeerd gespeld.", suggestion="Korenaar"),
    FeedbackPoint(excerpt="Hallo!!!", rule="house.custom", message="Te veel uitroeptekens.",
                  severity="info"),
)


def _report(snapshot: ProfileSnapshot, **changes: object) -> FeedbackReportInput:
    fields: dict[str, object] = {
        "snapshot": snapshot, "draft_name": "Nieuwsbrief maart.docx", "version": 2,
        "decision": "changes-requested", "summary": "Goed begin; de toon klopt nog niet.",
        "score": 64, "points": POINTS, "agency": "Bureau Blauw", "reviewer": "Anna",
        "reviewed_on": date(2026, 11, 20)}
    fields.update(changes)
    return FeedbackReportInput(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("fixture", ["sample_snapshot", "vonk_snapshot"])
def test_feedback_report_quotes_each_point_with_its_rule_in_words(fixture: str, tmp_path: Path,
                                                         request: pytest.FixtureRequest,
                                                         artifacts: Path) -> None:
    snapshot: ProfileSnapshot = request.getfixturevalue(fixture)
    out = tmp_path / "feedback.pdf"
    build_feedback_report(_report(snapshot), out, lang="nl", today=TODAY)
    qpdf_check(out)
    body = plain_text(out)
    flat = body.replace("\n", " ")
    assert "Aanpassingen gevraagd · 64 van de 100" in flat
    assert "“Wij ontzorgen u graag met onze goedkope broden!”" in flat
    assert "1. Een woord dat het merk nooit gebruikt" in flat
    assert "2. De merknaam, goed gespeld" in flat
    assert "3. Merkregel" in flat                         # a rule id is never shown
    assert "house.custom" not in flat and "terminology.banned" not in flat
    assert "Hoe zwaar het weegt" in flat and "moet anders" in flat
    assert "Holle marketingtaal." in flat and "Graag concreter, Łukasz." in flat
    assert "‘ontzorgen’" in flat
    assert re.search(r"Beoordeeld op\s+20 november 2026", text(out))
    # Order: the points follow one another as numbered.
    assert flat.index("1. Een woord") < flat.index("2. De merknaam") < flat.index("3. Merkregel")
    render_page(out, 1, artifacts / f"feedback-{fixture.split('_')[0]}-p1.png")


def test_an_approved_report_has_no_points_section(sample_snapshot: ProfileSnapshot,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "ok.pdf"
    build_feedback_report(_report(sample_snapshot, decision="approved", points=(), score=None,
                                  summary=""), out, lang="en", today=TODAY)
    body = text(out)
    assert "Approved" in body
    assert "out of 100" not in body and "point(s) to change" not in body
    assert "Brand-fit score" not in body


def test_feedback_input_is_checked(sample_snapshot: ProfileSnapshot) -> None:
    with pytest.raises(ExportError, match="approved"):
        _report(sample_snapshot, decision="maybe")
    with pytest.raises(ExportError, match="0 to 100"):
        _report(sample_snapshot, score=140)
    with pytest.raises(ExportError, match="starts at 1"):
        _report(sample_snapshot, version=0)


@pytest.mark.parametrize("fixture", ["sample_snapshot", "vonk_snapshot"])
def test_advocacy_kit_has_guidelines_hashtags_messages_and_posts(
        fixture: str, tmp_path: Path, request: pytest.FixtureRequest, artifacts: Path) -> None:
    snapshot: ProfileSnapshot = request.getfixturevalue(fixture)
    brand = snapshot.brand
    out = tmp_path / "kit.pdf"
    build_advocacy_kit(snapshot, out, lang="nl", today=TODAY)
    qpdf_check(out)
    body = text(out)
    flat = plain_text(out).replace("\n", " ")
    for heading in ("Richtlijnen", "Wel", "Niet", "Hashtags", "Kernboodschappen",
                    "Voorbeeldberichten"):
        assert heading in body, heading
    advocacy = brand.employer.advocacy
    assert advocacy.guidelines in flat
    for item in (*advocacy.dos, *advocacy.donts, *advocacy.hashtags):
        assert item in body, item
    for message in brand.vocabulary.key_messages:
        assert message.text in flat
    render_page(out, 1, artifacts / f"kit-{fixture.split('_')[0]}-p1.png")


@pytest.mark.parametrize("fixture", ["sample_snapshot", "vonk_snapshot"])
def test_example_posts_keep_the_brands_own_rules(fixture: str,
                                                 request: pytest.FixtureRequest) -> None:
    snapshot: ProfileSnapshot = request.getfixturevalue(fixture)
    brand = snapshot.brand
    posts = example_posts(brand, "nl")
    assert len(posts) >= 3
    form = brand.character.address["nl"]
    for post in posts:
        assert post.endswith(" ".join(brand.employer.advocacy.hashtags))
        assert "!" not in post                                    # both brands: never/sparingly
        for banned in brand.vocabulary.banned:
            assert banned.term not in post.lower()
        words = set(re.findall(r"\w+", post.lower()))
        if form == "u":
            assert not words & {"je", "jij", "jou", "jouw"}, post
        else:
            assert not words & {"u", "uw"}, post


@pytest.mark.parametrize("fixture", ["sample_snapshot", "vonk_snapshot"])
def test_employer_plan_puts_hr_and_marketing_on_one_page(
        fixture: str, tmp_path: Path, request: pytest.FixtureRequest, artifacts: Path) -> None:
    snapshot: ProfileSnapshot = request.getfixturevalue(fixture)
    employer = snapshot.brand.employer
    out = tmp_path / "plan.pdf"
    build_employer_plan(snapshot, out, lang="en", today=TODAY)
    qpdf_check(out)
    body = text(out)
    flat = plain_text(out).replace("\n", " ")
    for heading in ("Shared hiring goal", "Labour-market competitor analysis",
                    "Candidate personas", "Candidate journey",
                    "Improvements, weakest stage first"):
        assert heading in body, heading
    assert employer.hiring_goal is not None
    assert f"{employer.hiring_goal.count} × {employer.hiring_goal.role} by" in flat
    for competitor in employer.labour_competitors:
        assert competitor.name in flat and competitor.how_we_differ in flat
    for persona in employer.personas:
        assert persona.name in flat
    average = sum(s.experience for s in employer.candidate_journey) / len(
        employer.candidate_journey)
    assert f"{average:.1f} out of 5" in body
    # The weakest stage with an improvement comes first.
    weakest = min((s for s in employer.candidate_journey if s.improvement),
                  key=lambda s: s.experience)
    first = flat.index("Improvements, weakest stage first")
    assert flat.index(f"{weakest.stage} ({weakest.experience}/5)", first) > first
    render_page(out, 1, artifacts / f"plan-{fixture.split('_')[0]}-p1.png")


def test_every_document_uses_only_embedded_fonts(vonk_snapshot: ProfileSnapshot,
                                                 tmp_path: Path) -> None:
    for name, build in (("kit", build_advocacy_kit), ("plan", build_employer_plan)):
        out = tmp_path / f"{name}.pdf"
        build(vonk_snapshot, out, today=TODAY)
        found = fonts(out)
        assert found.get("LiberationSans") is True and all(found.values()), (name, found)
    out = tmp_path / "feedback.pdf"
    build_feedback_report(_report(vonk_snapshot), out, today=TODAY)
    assert all(fonts(out).values())
