"""A year (2025) of monthly newsletters by three agencies, built through the review service.

Studio Deeg improves (fewer faults in its first drafts each quarter, on time after a late first
quarter, fewer rounds), Bureau Gelijk is steady (the same faults, a day early, two rounds, hours
at a rate), Reclame Rommel gets worse (more faults, later, more rounds, invoices over budget).
Every draft is checked for real; the figures the tests expect follow from the plan below.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from brandregie.models.review import AssignmentKind, DecisionOutcome
from brandregie.review.agreement import Agreement
from brandregie.review.service import ReviewService
from tests.review.drafts import check_version

GOOD = "Bij Korenaar bakken we elke dag vers brood, met de hand."
END = "Kom langs in de winkel en proef het zelf."
#: Departures from the brand, added one by one: the more, the lower the brand fit.
FAULTS = ("Wij ontzorgen je graag.", "Ons goedkoop brood is lekker.", "Bestel nu uw taart.",
          "Dit is een unieke ervaring!")
YEAR = 2025


@dataclass(frozen=True, slots=True)
class Plan:
    """One agency's month: faults in the first draft, days late, rounds, money in cents."""

    faults: int
    late: int
    rounds: int
    invoiced: int


def quarter(month: int) -> int:
    return (month - 1) // 3


def deeg(month: int) -> Plan:
    q = quarter(month)
    return Plan(4 - q, 3 if q == 0 else -1, 2 if q < 2 else 1, 100_000)


def gelijk(month: int) -> Plan:
    return Plan(2, -1, 2, 95_000)


def rommel(month: int) -> Plan:
    q = quarter(month)
    return Plan(1 + q, (0, 2, 5, 9)[q], (1, 2, 2, 3)[q], 100_000 if q < 2 else 120_000)


PLANS = {"Studio Deeg": deeg, "Bureau Gelijk": gelijk, "Reclame Rommel": rommel}
FIXED_BUDGET = Agreement(budget_cents=100_000, deliverables="een nieuwsbrief", rounds=2)
HOURLY_BUDGET = Agreement(budget_hours=10, hourly_rate_cents=9_500,
                          deliverables="een nieuwsbrief", rounds=2)


def first_draft(faults: int) -> list[str]:
    return [GOOD, *FAULTS[:faults], END]


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


def build_year(service: ReviewService, brand: str = "Bakkerij Korenaar") -> None:
    """Twelve newsletters per agency, each delivered, checked, reviewed and invoiced."""
    for name, plan_of in PLANS.items():
        agency = service.add_agency(name)
        for month in range(1, 13):
            plan = plan_of(month)
            due = date(YEAR, month, 15)
            assignment = service.create_assignment(
                brand, f"Nieuwsbrief {YEAR}-{month:02d}", kind=AssignmentKind.NEWSLETTER,
                agency_id=agency.id, due=due)
            terms = HOURLY_BUDGET if name == "Bureau Gelijk" else FIXED_BUDGET
            service.set_agreement(assignment.id, Agreement(
                terms.budget_cents, terms.budget_hours, terms.hourly_rate_cents,
                terms.deliverables, terms.rounds, due + timedelta(days=14), plan.invoiced))
            received = due + timedelta(days=plan.late)
            for number in range(1, plan.rounds + 1):
                paragraphs = first_draft(plan.faults) if number == 1 else [GOOD, END]
                version = service.add_version(
                    assignment.id, f"nieuwsbrief-v{number}.txt",
                    "\n".join(paragraphs).encode() + f"\n{number}".encode(),
                    received_at=_at(received))
                check_version(service, version.id, paragraphs)
                if number < plan.rounds:
                    service.decide(version.id, DecisionOutcome.CHANGES_REQUESTED,
                                   "Graag zonder de woorden die we niet gebruiken.")
                else:
                    service.decide(version.id, DecisionOutcome.APPROVED)
                received += timedelta(days=5)
            if name == "Bureau Gelijk" and month == 3:
                request = service.add_request(assignment.id, "De foto's van de winkel",
                                              date(YEAR, 3, 10))
                service.set_request_done(request.id, at=_at(date(YEAR, 3, 12)))
