"""Brand fit over time: each agency's scores, one per checked version it delivered.

The home page draws these as lines, so the owner sees whether an agency is getting closer to
the brand. Plain data out of one short read; no Qt, no session held.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from brandregie import models as m
from brandregie.store.database import Store


@dataclass(frozen=True, slots=True)
class FitPoint:
    """One checked version: when it came in, its score, and which job it was for."""

    received_at: datetime
    score: int
    assignment: str
    version: int


@dataclass(frozen=True, slots=True)
class AgencyFit:
    """An agency's scores in the order the versions came in (``agency_id`` None: no agency)."""

    agency_id: int | None
    agency: str
    points: tuple[FitPoint, ...]

    @property
    def latest(self) -> int:
        return self.points[-1].score

    @property
    def change(self) -> int:
        """The newest score minus the first: positive when the agency comes closer."""
        return self.points[-1].score - self.points[0].score


def fit_history(store: Store, brand_id: int) -> list[AgencyFit]:
    """Every agency with at least one scored version for ``brand_id``, by name."""
    query = (select(m.Agency.id, m.Agency.name, m.DraftVersion.received_at,
                    m.DraftVersion.score, m.Assignment.title, m.DraftVersion.number)
             .select_from(m.DraftVersion)
             .join(m.Assignment, m.DraftVersion.assignment_id == m.Assignment.id)
             .outerjoin(m.Agency, m.Assignment.agency_id == m.Agency.id)
             .where(m.Assignment.brand_id == brand_id, m.DraftVersion.score.is_not(None))
             .order_by(m.DraftVersion.received_at, m.DraftVersion.id))
    with store.session() as s:
        rows = s.execute(query).all()
    grouped: dict[int | None, tuple[str, list[FitPoint]]] = {}
    for agency_id, name, received, score, title, number in rows:
        entry = grouped.setdefault(agency_id, (name or "", []))
        entry[1].append(FitPoint(received, int(score or 0), title, number))
    fits = [AgencyFit(key, name, tuple(points)) for key, (name, points) in grouped.items()]
    return sorted(fits, key=lambda f: (f.agency_id is None, f.agency.casefold()))
