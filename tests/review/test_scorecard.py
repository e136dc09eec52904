"""The agency scorecard: a year of three agencies' work, and the figures the owner is shown."""

from __future__ import annotations

from datetime import date

import pytest

from brandregie.childproc import Cancelled
from brandregie.errors import BrandRegieError, NotFoundError
from brandregie.review.agreement import Agreement
from brandregie.review.scorecard.figures import build_scorecard, scorecard_json
from brandregie.review.service import ReviewService
from tests.review.year import PLANS, YEAR, quarter

BRAND = "Bakkerij Korenaar"


def _scores(service: ReviewService, which: int) -> dict[str, list[int]]:
    """Each agency's scores by month of the first (0) or the last, approved (-1) versions, as
    the checks stored them."""
    scores: dict[str, list[tuple[str, int]]] = {}
    for a in service.assignments():
        score = service.versions(a.id)[which].score
        assert score is not None
        scores.setdefault(a.agency_name, []).append((a.title, score))
    return {name: [s for _, s in sorted(items)] for name, items in scores.items()}


def _quarters(monthly: list[int]) -> list[float]:
    return [round(sum(monthly[q * 3:q * 3 + 3]) / 3, 1) for q in range(4)]


@pytest.fixture
def year(service: ReviewService) -> ReviewService:
    from tests.review.year import build_year

    build_year(service)
    return service


def test_the_scorecard_shows_who_improves_who_is_steady_and_who_slips(
        year: ReviewService) -> None:
    card = scorecard_json(build_scorecard(year.store, BRAND), "en")
    agencies = {a["agency"]: a for a in card["agencies"]}  # type: ignore[attr-defined]
    assert list(agencies) == ["Bureau Gelijk", "Reclame Rommel", "Studio Deeg"]
    firsts, approved = _scores(year, 0), _scores(year, -1)
    expected = {
        "Studio Deeg": {"on_time": 9, "on_time_share": 0.75, "average_rounds": 1.5,
                        "over_agreed_rounds": 0, "budget": 12000.0, "invoiced": 12000.0,
                        "overrun": 0.0, "budget_kept": 12, "budget_overrun": 0,
                        "requests": 0, "requests_answered_late": 0},
        "Bureau Gelijk": {"on_time": 12, "on_time_share": 1.0, "average_rounds": 2.0,
                          "over_agreed_rounds": 0, "budget": 11400.0, "invoiced": 11400.0,
                          "overrun": 0.0, "budget_kept": 12, "budget_overrun": 0,
                          "requests": 1, "requests_answered_late": 1},
        "Reclame Rommel": {"on_time": 3, "on_time_share": 0.25, "average_rounds": 2.0,
                           "over_agreed_rounds": 3, "budget": 12000.0, "invoiced": 13200.0,
                           "overrun": 1200.0, "budget_kept": 6, "budget_overrun": 6,
                           "requests": 0, "requests_answered_late": 0},
    }
    for name, figures in expected.items():
        got = agencies[name]
        assert {k: got[k] for k in figures} == figures, name
        assert got["assignments"] == 12 and got["timed"] == 12 and got["approved"] == 12
        quarters = _quarters(firsts[name])
        assert [q["average"] for q in got["first_fit"]] == quarters
        assert [q["quarter"] for q in got["first_fit"]] == [f"{YEAR}-Q{n}" for n in (1, 2, 3, 4)]
        assert got["first_fit_change"] == round(quarters[-1] - quarters[0], 1)
        assert got["average_first_fit"] == round(sum(firsts[name]) / 12, 1)
        assert got["average_approved_fit"] == round(sum(approved[name]) / 12, 1)
        late = [PLANS[name](month).late for month in range(1, 13)]
        assert [a["days_late"][0] for a in got["per_assignment"]] == late
        assert [a["rounds"] for a in got["per_assignment"]] == [
            PLANS[name](month).rounds for month in range(1, 13)]
    assert agencies["Studio Deeg"]["first_fit_change"] > 0
    assert agencies["Bureau Gelijk"]["first_fit_change"] == 0.0
    assert agencies["Reclame Rommel"]["first_fit_change"] < 0


def test_finding_kinds_are_named_in_words_never_by_rule_id(year: ReviewService) -> None:
    card = scorecard_json(build_scorecard(year.store, BRAND), "en")
    deeg = next(a for a in card["agencies"] if a["agency"] == "Studio Deeg")  # type: ignore[attr-defined]
    kinds = {f["kind"]: f["count"] for f in deeg["findings"]}
    # Two banned words per first draft while it had two or more faults: 9 drafts of 12.
    assert kinds["A word the brand never uses"] == 2 * 9 + 3
    assert kinds["How we address the reader"] == 6
    assert "terminology." not in str(card) and "tone." not in str(card)
    dutch = scorecard_json(build_scorecard(year.store, BRAND), "nl")
    assert "A word the brand never uses" not in str(dutch)


def test_since_and_agency_narrow_the_scorecard(year: ReviewService) -> None:
    card = build_scorecard(year.store, BRAND, agency="reclame rommel",
                           since=date(YEAR, 7, 1))
    (rommel,) = card.agencies
    assert rommel.agency == "Reclame Rommel" and len(rommel.assignments) == 6
    assert (rommel.on_time, rommel.timed) == (0, 6)
    assert [q.quarter for q in rommel.first_fit] == [f"{YEAR}-Q3", f"{YEAR}-Q4"]
    assert build_scorecard(year.store, BRAND, until=date(YEAR - 1, 12, 31)).agencies == ()
    with pytest.raises(NotFoundError, match="no agency named"):
        build_scorecard(year.store, BRAND, agency="Nobody")


def test_an_agreement_is_kept_with_the_assignment(service: ReviewService) -> None:
    assignment = service.create_assignment(BRAND, "Vacaturetekst bakker")
    assert service.agreement(assignment.id) == Agreement()
    agreed = Agreement(budget_hours=6.5, hourly_rate_cents=8_000, deliverables="tekst en post",
                       rounds=2, delivery=date(2027, 3, 1), invoiced_cents=54_000)
    assert service.set_agreement(assignment.id, agreed) == agreed
    stored = service.agreement(assignment.id)
    assert stored == agreed and stored.budget == 52_000 and stored.overrun == 2_000
    with pytest.raises(BrandRegieError, match="negative"):
        service.set_agreement(assignment.id, Agreement(invoiced_cents=-1))


def test_quarters_are_calendar_quarters() -> None:
    assert [quarter(m) for m in (1, 3, 4, 12)] == [0, 0, 1, 3]


def test_reading_the_scorecard_reports_its_steps_and_stops_when_asked(
        year: ReviewService) -> None:
    """A job reading it is cancelled by raising from ``progress`` (closing the app)."""
    steps: list[tuple[int, int]] = []
    whole = build_scorecard(year.store, BRAND, progress=lambda d, t: steps.append((d, t)))
    assert len(steps) >= 3 and steps[0] == (0, len(year.assignments()))

    def stop_at_the_second(done: int, total: int) -> None:
        if len(asked) == 1:
            raise Cancelled
        asked.append(done)

    asked: list[int] = []
    with pytest.raises(Cancelled):
        build_scorecard(year.store, BRAND, progress=stop_at_the_second)
    assert build_scorecard(year.store, BRAND) == whole


def test_findings_the_owner_dismissed_in_first_drafts_are_not_counted(
        year: ReviewService) -> None:
    """The scorecard reads only the findings' rules, excerpts and offsets out of the stored
    reports: its counts are the reviews' findings less the dismissed ones, agency by agency.
    Accepted findings and answers on later versions do not change them."""
    from collections import Counter

    from brandregie.models.review import FindingAnswer

    def counted(card: dict[str, object]) -> dict[str, dict[str, int]]:
        return {a["agency"]: {f["kind"]: f["count"] for f in a["findings"]}
                for a in card["agencies"]}  # type: ignore[attr-defined]

    before = counted(scorecard_json(build_scorecard(year.store, BRAND), "en"))
    dismissed: Counter[str] = Counter()
    for n, a in enumerate(year.assignments()):
        if a.agency_name != "Studio Deeg":
            continue
        first, *later = year.versions(a.id)
        findings = year.review(first.id).findings
        if n % 2 == 0:  # the first of its findings dismissed, the second accepted
            year.answer(first.id, findings[0].key, FindingAnswer.DISMISSED, reason="bewust")
            dismissed[findings[0].finding.rule] += 1
            year.answer(first.id, findings[1].key, FindingAnswer.ACCEPTED)
        for version in later:  # answers on later versions are not the first draft's
            for f in year.review(version.id).findings:
                year.answer(version.id, f.key, FindingAnswer.DISMISSED, reason="later")
    assert sum(dismissed.values()) >= 6
    after = counted(scorecard_json(build_scorecard(year.store, BRAND), "en"))
    assert {k: v for k, v in after.items() if k != "Studio Deeg"} == {
        k: v for k, v in before.items() if k != "Studio Deeg"}
    # the same figures as the reviews the owner reads give: each first draft's findings, less
    # the dismissed ones (finding kinds by rule, then named)
    from brandregie.checks.names import rule_name
    from brandregie.export.text import labels

    expected: Counter[str] = Counter()
    for a in year.assignments():
        if a.agency_name == "Studio Deeg":
            review = year.review(year.versions(a.id)[0].id)
            expected.update(rule_name(f.finding.rule, labels("en"))
                            for f in review.findings if not f.dismissed)
    top = dict(sorted(expected.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
    assert after["Studio Deeg"] == top
    assert sum(before["Studio Deeg"].values()) - sum(after["Studio Deeg"].values()) == sum(
        n for rule, n in dismissed.items()
        if rule_name(rule, labels("en")) in before["Studio Deeg"])


def test_a_report_with_a_nul_character_is_counted_like_any_other(
        service: ReviewService) -> None:
    """A draft's text may hold a NUL character, kept in its stored report as ``\\u0000``
    (PostgreSQL's jsonb refuses it; the scorecard then reads that report as json text)."""
    from sqlalchemy import select

    from brandregie import models as m
    from brandregie.models.review import FindingAnswer
    from tests.review.drafts import checked

    agency = service.add_agency("Studio Deeg")
    ids = [checked(service, [f"Wij ontzorgen je graag. Ons goedkoop brood {n}."],
                   title=f"Nieuwsbrief {n}", agency_id=agency.id) for n in range(2)]
    with service.store.session() as s:
        row = s.scalars(select(m.DraftVersion).where(m.DraftVersion.id == ids[0])).one()
        assert row.report is not None
        report = dict(row.report)
        report["findings"] = [{**report["findings"][0], "excerpt": "ont\x00zorgen"},
                              *report["findings"][1:]]
        row.report = report
    first, second = (service.review(v).findings for v in ids)
    service.answer(ids[1], second[0].key, FindingAnswer.DISMISSED, reason="bewust")
    (deeg,) = build_scorecard(service.store, BRAND).agencies
    assert first[0].finding.excerpt == "ont\x00zorgen"
    assert sorted(rule for o in deeg.assignments for rule in o.first_findings) == sorted(
        [f.finding.rule for f in first] + [f.finding.rule for f in second[1:]])
