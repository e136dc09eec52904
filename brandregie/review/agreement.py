"""The agreement with the agency on one assignment: budget, scope, rounds, dates, invoice.

Kept on the assignment row (all optional), read and written here in one short transaction each,
so the scorecard can tell budget kept from overrun and rounds within what was agreed.
Money is in cents: sums and differences stay exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from brandregie import models as m
from brandregie.errors import BrandRegieError, NotFoundError
from brandregie.i18n import _
from brandregie.models.base import utcnow
from brandregie.store.database import Store


@dataclass(frozen=True, slots=True)
class Agreement:
    """What was agreed; a budget is a fixed amount or, without one, hours at an hourly rate."""

    budget_cents: int | None = None
    budget_hours: float | None = None
    hourly_rate_cents: int | None = None
    deliverables: str = ""
    rounds: int | None = None
    delivery: date | None = None
    invoiced_cents: int | None = None

    @property
    def budget(self) -> int | None:
        """The budget in cents: the fixed amount, else hours times rate, else None."""
        if self.budget_cents is not None:
            return self.budget_cents
        if self.budget_hours is not None and self.hourly_rate_cents is not None:
            return round(self.budget_hours * self.hourly_rate_cents)
        return None

    @property
    def overrun(self) -> int | None:
        """Invoiced minus budget in cents (negative: under budget); None when either is missing."""
        budget = self.budget
        if budget is None or self.invoiced_cents is None:
            return None
        return self.invoiced_cents - budget


def agreement_of(row: m.Assignment) -> Agreement:
    return Agreement(row.budget_cents, row.budget_hours, row.hourly_rate_cents,
                     row.agreed_deliverables, row.agreed_rounds, row.agreed_delivery,
                     row.invoiced_cents)


def _validate(agreement: Agreement) -> None:
    amounts = (agreement.budget_cents, agreement.hourly_rate_cents, agreement.invoiced_cents)
    if any(a is not None and a < 0 for a in amounts):
        raise BrandRegieError(_("an amount of money cannot be negative"))
    if agreement.budget_hours is not None and agreement.budget_hours < 0:
        raise BrandRegieError(_("a number of hours cannot be negative"))
    if agreement.rounds is not None and agreement.rounds < 1:
        raise BrandRegieError(_("the agreed review rounds are at least 1"))


def read_agreement(store: Store, assignment_id: int) -> Agreement:
    with store.session() as s:
        row = s.get(m.Assignment, assignment_id)
        if row is None:
            raise NotFoundError(_("this item no longer exists; it may have been deleted"))
        return agreement_of(row)


def save_agreement(store: Store, assignment_id: int, agreement: Agreement) -> Agreement:
    """Store what was agreed on the assignment (replacing what was there)."""
    _validate(agreement)
    with store.session() as s:
        row = s.get(m.Assignment, assignment_id)
        if row is None:
            raise NotFoundError(_("this item no longer exists; it may have been deleted"))
        row.budget_cents, row.budget_hours = agreement.budget_cents, agreement.budget_hours
        row.hourly_rate_cents = agreement.hourly_rate_cents
        row.agreed_deliverables = agreement.deliverables.strip()
        row.agreed_rounds, row.agreed_delivery = agreement.rounds, agreement.delivery
        row.invoiced_cents = agreement.invoiced_cents
        row.updated_at = utcnow()
        return agreement_of(row)
