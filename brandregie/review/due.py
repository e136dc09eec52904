"""What is due: open assignments and agency requests that are overdue or due soon.

Kept apart from the rest of the review core (and light: models and SQLAlchemy only) so the
desktop app can tell the owner at start, before the checks are loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from brandregie import models as m
from brandregie.models.review import AssignmentStatus
from brandregie.store.database import Store

#: A deadline this many days away (or fewer) is nearly due: the window says so at start, the
#: Assignments page's banner lists it, and the list shows its date in amber.
DUE_SOON_DAYS = 3


@dataclass(frozen=True, slots=True)
class DeadlineItem:
    """An open assignment or agency request with a due date; ``days_left`` < 0 is overdue."""

    kind: str  # "assignment" or "request"
    id: int
    assignment_id: int
    title: str
    due: date
    days_left: int
    agency_name: str = ""


@dataclass(frozen=True, slots=True)
class Deadlines:
    overdue: tuple[DeadlineItem, ...] = ()
    due_soon: tuple[DeadlineItem, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.overdue or self.due_soon)


def find_deadlines(s: Session, today: date, within_days: int) -> Deadlines:
    """Open assignments and open requests due before ``today + within_days``, oldest first."""
    horizon = today + timedelta(days=within_days)
    items: list[DeadlineItem] = []
    assignments = s.execute(
        select(m.Assignment, m.Agency.name)
        .outerjoin(m.Agency, m.Agency.id == m.Assignment.agency_id)
        .where(m.Assignment.status != AssignmentStatus.APPROVED,
               m.Assignment.due.is_not(None), m.Assignment.due <= horizon)).all()
    for a, agency in assignments:
        assert a.due is not None
        items.append(DeadlineItem("assignment", a.id, a.id, a.title, a.due,
                                  (a.due - today).days, agency or ""))
    requests = s.execute(
        select(m.AgencyRequest, m.Assignment.title, m.Agency.name)
        .join(m.Assignment, m.Assignment.id == m.AgencyRequest.assignment_id)
        .outerjoin(m.Agency, m.Agency.id == m.Assignment.agency_id)
        .where(m.AgencyRequest.done.is_(False), m.AgencyRequest.due.is_not(None),
               m.AgencyRequest.due <= horizon)).all()
    for r, title, agency in requests:
        assert r.due is not None
        items.append(DeadlineItem("request", r.id, r.assignment_id, f"{r.text} ({title})",
                                  r.due, (r.due - today).days, agency or ""))
    items.sort(key=lambda i: (i.due, i.kind, i.id))
    return Deadlines(tuple(i for i in items if i.days_left < 0),
                     tuple(i for i in items if i.days_left >= 0))


def read_deadlines(store: Store, today: date, within_days: int) -> Deadlines:
    """:func:`find_deadlines` in a session of its own (the window at start; the review
    service)."""
    with store.session() as s:
        return find_deadlines(s, today, within_days)
