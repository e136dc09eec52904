"""The agency scorecard: how each agency's work went, from what the review already stores.

Per assignment: the rounds until approval, days late or early per version, the brand fit of the
first and the approved version, the budget against the invoice, and the agency's requests the
owner answered late (the owner's own delays count too). Per agency over a period: the on-time
share, average rounds to approval, first-draft fit per quarter (is the agency learning the
brand?), the findings it keeps getting, budget kept or overrun. Plain values, no Qt, no session.

Days late are counted against the first draft's due date (else the agreed delivery date); an
assignment belongs to the period by that date (else the day its first draft came in, else the
day it was made).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from brandregie import models as m
from brandregie.errors import NotFoundError
from brandregie.i18n import _
from brandregie.models.review import DecisionOutcome
from brandregie.review.agreement import Agreement, agreement_of
from brandregie.review.fit import FitPoint, fit_history
from brandregie.review.scorecard.findings import kept_rules
from brandregie.store.database import Store

#: How many finding kinds the scorecard names per agency.
TOP_FINDINGS = 5
#: Versions whose checks are read in one query, and assignments judged between two
#: progress calls (each about 0.1-0.2 s on a busy machine: the moments a job can stop).
_BATCH = 200
_STEP = 25

#: ``progress(done, total)``: told between steps; raises to stop (a job cancelled).
Progress = Callable[[int, int], None]


def _no_progress(_done: int, _total: int) -> None:
    """Nobody asks how far the scorecard got."""


@dataclass(frozen=True, slots=True)
class VersionOutcome:
    """One delivered version: when, how many days after the due date (negative: early)."""

    number: int
    received: date
    days_late: int | None
    score: int | None


@dataclass(frozen=True, slots=True)
class AssignmentOutcome:
    id: int
    title: str
    agency_id: int | None
    agency: str
    deadline: date | None
    day: date
    agreement: Agreement
    versions: tuple[VersionOutcome, ...]
    #: The number of the approved version (rounds until approval); None while not approved.
    rounds: int | None
    approved_score: int | None
    #: The agency's requests with a due date, and how many of them the owner answered late.
    requests: int
    requests_late: int
    #: Rule ids of the first draft's findings the owner did not dismiss.
    first_findings: tuple[str, ...]

    @property
    def first_score(self) -> int | None:
        return self.versions[0].score if self.versions else None

    @property
    def on_time(self) -> bool | None:
        """First draft in by its due date; None when there is no date or it is not due yet."""
        if self.versions:
            late = self.versions[0].days_late
            return None if late is None else late <= 0
        return None


@dataclass(frozen=True, slots=True)
class QuarterFit:
    quarter: str  # "2027-Q1"
    average: float
    drafts: int


@dataclass(frozen=True, slots=True)
class AgencyScore:
    """One agency over the period."""

    agency_id: int | None
    agency: str
    assignments: tuple[AssignmentOutcome, ...]
    on_time: int
    timed: int
    approved: int
    average_rounds: float | None
    over_agreed_rounds: int
    average_first_fit: float | None
    average_approved_fit: float | None
    first_fit: tuple[QuarterFit, ...]
    findings: tuple[tuple[str, int], ...]
    budget_cents: int
    invoiced_cents: int
    kept: int
    overrun: int
    requests: int
    requests_late: int

    @property
    def on_time_share(self) -> float | None:
        return round(self.on_time / self.timed, 3) if self.timed else None

    @property
    def first_fit_change(self) -> float | None:
        """The last quarter's first-draft fit minus the first quarter's (positive: learning)."""
        if len(self.first_fit) < 2:
            return None
        return round(self.first_fit[-1].average - self.first_fit[0].average, 1)

    @property
    def overrun_cents(self) -> int:
        """Invoiced minus budget over the assignments that have both (negative: under)."""
        return self.invoiced_cents - self.budget_cents


@dataclass(frozen=True, slots=True)
class Scorecard:
    brand: str
    since: date | None
    until: date
    agencies: tuple[AgencyScore, ...]


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def _quarter(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def build_scorecard(store: Store, brand: str, *, agency: str | None = None,
                    since: date | None = None, until: date | None = None,
                    progress: Progress | None = None) -> Scorecard:
    """The scorecard of ``brand``'s agencies (or of the one named ``agency``).

    ``progress(done, total)`` is called between steps (per batch of checks read, per few
    assignments judged); it may raise to stop the reading, as a job's does once cancelled:
    on a five-year store the scorecard takes seconds, and closing the app must not wait."""
    until = until or date.today()
    step = progress or _no_progress
    with store.session() as s:
        brand_row = s.scalars(select(m.Brand).where(
            func.lower(m.Brand.name) == brand.strip().lower())).first()
        if brand_row is None:
            raise NotFoundError(_("there is no brand named “{name}”").format(name=brand))
        brand_id, brand_name = brand_row.id, brand_row.name
        agency_id: int | None = None
        if agency is not None:
            agency_id = s.scalar(select(m.Agency.id).where(
                func.lower(m.Agency.name) == agency.strip().lower()))
            if agency_id is None:
                raise NotFoundError(_("there is no agency named “{name}”").format(name=agency))
        query = select(m.Assignment).where(m.Assignment.brand_id == brand_id)
        if agency_id is not None:
            query = query.where(m.Assignment.agency_id == agency_id)
        # only the assignments of the period are read and judged: those with a deadline by it
        # in the query, the others (by their first draft or creation) here
        deadline = func.coalesce(m.Assignment.due, m.Assignment.agreed_delivery)
        if since is not None:
            query = query.where(or_(deadline.is_(None), deadline >= since))
        query = query.where(or_(deadline.is_(None), deadline <= until))
        rows = [row for row in s.scalars(query.options(selectinload(m.Assignment.versions),
                                                       selectinload(m.Assignment.agency)))
                if (since is None or _day(row) >= since) and _day(row) <= until]
        step(0, len(rows))
        ids = query.with_only_columns(m.Assignment.id)
        approved, requests = _approved(s, ids), _dated_requests(s, ids)
        rules = _first_findings(s, [row.versions[0].id for row in rows if row.versions], step)
        kept = []
        for done, row in enumerate(rows, 1):
            first = rules.get(row.versions[0].id, ()) if row.versions else ()
            kept.append(_outcome(row, until, approved.get(row.id), requests.get(row.id, []),
                                 first))
            if done % _STEP == 0:
                step(done, len(rows))
    fits = {f.agency_id: f for f in fit_history(store, brand_id)}
    grouped: dict[int | None, list[AssignmentOutcome]] = {}
    for outcome in sorted(kept, key=lambda o: (o.day, o.id)):
        grouped.setdefault(outcome.agency_id, []).append(outcome)
    scores = []
    for key, items in grouped.items():
        fit = fits.get(key)
        firsts = [p for p in fit.points if p.version == 1] if fit is not None else []
        in_period = [p for p in firsts if (since is None or p.received_at.date() >= since)
                     and p.received_at.date() <= until]
        scores.append(_agency_score(key, items[0].agency, items, in_period))
    scores.sort(key=lambda a: (a.agency_id is None, a.agency.casefold()))
    return Scorecard(brand_name, since, until, tuple(scores))


# The scorecard reads every assignment of five years at once: each of these is one query for
# all of them (a query per assignment was 6,000 on the five-year store, on the page's worker).

def _approved(s: Session, ids: Select[int]) -> dict[int, tuple[int, int | None]]:
    """Per assignment, the (number, score) of the version approved last."""
    found: dict[int, tuple[int, int | None]] = {}
    for assignment, number, score in s.execute(
            select(m.Decision.assignment_id, m.DraftVersion.number, m.DraftVersion.score)
            .join(m.DraftVersion, m.Decision.version_id == m.DraftVersion.id)
            .where(m.Decision.assignment_id.in_(ids),
                   m.Decision.outcome == DecisionOutcome.APPROVED)
            .order_by(m.Decision.decided_at.desc(), m.Decision.id.desc())):
        found.setdefault(assignment, (number, score))
    return found


def _dated_requests(s: Session, ids: Select[int]) -> dict[int, list[m.AgencyRequest]]:
    found: dict[int, list[m.AgencyRequest]] = {}
    for request in s.scalars(select(m.AgencyRequest).where(
            m.AgencyRequest.assignment_id.in_(ids), m.AgencyRequest.due.is_not(None))):
        found.setdefault(request.assignment_id, []).append(request)
    return found


def _first_findings(s: Session, version_ids: list[int], progress: Progress
                    ) -> dict[int, tuple[str, ...]]:
    """The kept findings' rules of these versions, a few hundred versions at a time (each batch
    a fraction of a second between two progress calls)."""
    found: dict[int, tuple[str, ...]] = {}
    for start in range(0, len(version_ids), _BATCH):
        found.update(kept_rules(s, version_ids[start:start + _BATCH]))
        progress(0, len(version_ids))
    return found


def _day(row: m.Assignment) -> date:
    """The day an assignment belongs to a period by: its deadline, else its first draft's
    arrival, else the day it was made."""
    deadline = row.due or row.agreed_delivery
    if deadline is not None:
        return deadline
    return row.versions[0].received_at.date() if row.versions else row.created_at.date()


def _outcome(row: m.Assignment, today: date, approved: tuple[int, int | None] | None,
             requests: list[m.AgencyRequest], first_findings: tuple[str, ...]
             ) -> AssignmentOutcome:
    deadline = row.due or row.agreed_delivery
    versions = []
    for v in row.versions:
        received = v.received_at.date()
        late = (received - deadline).days if deadline is not None else None
        versions.append(VersionOutcome(v.number, received, late, v.score))
    late = sum(1 for r in requests if r.due is not None and (
        (r.done_at.date() > r.due) if r.done and r.done_at is not None else r.due < today))
    day = _day(row)
    return AssignmentOutcome(
        row.id, row.title, row.agency_id, row.agency.name if row.agency is not None else "",
        deadline, day, agreement_of(row), tuple(versions),
        approved[0] if approved is not None else None,
        approved[1] if approved is not None else None,
        len(requests), late, first_findings)


def _agency_score(agency_id: int | None, name: str, items: list[AssignmentOutcome],
                  points: list[FitPoint]) -> AgencyScore:
    timed = [o.on_time for o in items if o.on_time is not None]
    rounds = [o.rounds for o in items if o.rounds is not None]
    over = sum(1 for o in items if o.rounds is not None and o.agreement.rounds is not None
               and o.rounds > o.agreement.rounds)
    by_quarter: dict[str, list[int]] = {}
    for p in points:
        by_quarter.setdefault(_quarter(p.received_at.date()), []).append(p.score)
    quarters = tuple(QuarterFit(q, _mean(v) or 0.0, len(v)) for q, v in sorted(by_quarter.items()))
    counted = Counter(rule for o in items for rule in o.first_findings)
    top = tuple(sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_FINDINGS])
    billed = [o.agreement for o in items if o.agreement.overrun is not None]
    return AgencyScore(
        agency_id, name, tuple(items), sum(timed), len(timed), len(rounds),
        _mean(rounds), over,
        _mean([o.first_score for o in items if o.first_score is not None]),
        _mean([o.approved_score for o in items if o.approved_score is not None]),
        quarters, top,
        sum(a.budget or 0 for a in billed), sum(a.invoiced_cents or 0 for a in billed),
        sum(1 for a in billed if (a.overrun or 0) <= 0),
        sum(1 for a in billed if (a.overrun or 0) > 0),
        sum(o.requests for o in items), sum(o.requests_late for o in items))


def _euros(cents: int | None) -> float | None:
    return None if cents is None else round(cents / 100, 2)


def _assignment_json(o: AssignmentOutcome) -> dict[str, object]:
    return {
        "title": o.title, "due": o.deadline.isoformat() if o.deadline else None,
        "rounds": o.rounds, "agreed_rounds": o.agreement.rounds,
        "first_fit": o.first_score, "approved_fit": o.approved_score,
        "days_late": [v.days_late for v in o.versions],
        "budget": _euros(o.agreement.budget), "invoiced": _euros(o.agreement.invoiced_cents),
        "requests_answered_late": o.requests_late,
    }


def scorecard_json(card: Scorecard, lang: str) -> dict[str, object]:
    """The scorecard as plain JSON values; finding kinds in words (never a rule id), money in
    euros, shares from 0 to 1, fits out of 100."""
    from brandregie.checks.names import rule_name
    from brandregie.export.text import labels

    t = labels(lang)
    return {
        "brand": card.brand,
        "since": card.since.isoformat() if card.since else None,
        "until": card.until.isoformat(),
        "agencies": [{
            "agency": a.agency,
            "assignments": len(a.assignments),
            "on_time": a.on_time, "timed": a.timed, "on_time_share": a.on_time_share,
            "approved": a.approved, "average_rounds": a.average_rounds,
            "over_agreed_rounds": a.over_agreed_rounds,
            "average_first_fit": a.average_first_fit,
            "average_approved_fit": a.average_approved_fit,
            "first_fit_change": a.first_fit_change,
            "first_fit": [{"quarter": q.quarter, "average": q.average, "drafts": q.drafts}
                          for q in a.first_fit],
            "findings": [{"kind": rule_name(rule, t), "count": n} for rule, n in a.findings],
            "budget": _euros(a.budget_cents), "invoiced": _euros(a.invoiced_cents),
            "overrun": _euros(a.overrun_cents),
            "budget_kept": a.kept, "budget_overrun": a.overrun,
            "requests": a.requests, "requests_answered_late": a.requests_late,
            "per_assignment": [_assignment_json(o) for o in a.assignments],
        } for a in card.agencies],
    }
