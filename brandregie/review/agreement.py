"""The agreement with the agency on one assignment: budget, scope, rounds, dates, invoice.

Kept on the assignment row (all optional), read and written here in one short transaction each,
so the scorecard can tell budget kept from overrun and rounds within what was agreed.
Money is in cents: sums and differences stay exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from babel.numbers import format_currency
from sqlalchemy import select

from brandregie import models as m
from brandregie.errors import BrandRegieError, NotFoundError
from brandregie.i18n import _, translator
from brandregie.models.base import utcnow
from brandregie.review.records import AssignmentInfo
from brandregie.store.database import Store

if TYPE_CHECKING:
    from brandregie.export.brief import BriefRequest

_LOCALE = {"nl": "nl_NL", "en": "en_GB"}


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
    if (agreement.budget_hours is None) != (agreement.hourly_rate_cents is None):
        raise BrandRegieError(_("a budget in hours needs both the hours and the hourly rate"))
    if agreement.rounds is not None and agreement.rounds < 1:
        raise BrandRegieError(_("the agreed review rounds are at least 1"))


_AMOUNT = re.compile(r"^\d{1,3}(?:([.,\s])\d{3})*(?:([.,])(\d{1,2}|-))?$"  # 1.250,50
                     r"|^\d+(?:([.,])(\d{1,2}|-))?$")  # 1250.50


def parse_money(text: str) -> int | None:
    """Cents in an amount as an owner types it: "1250", "1.250,50", "€ 1,250.50", "95,-";
    None when empty. A separator before exactly three digits groups thousands, one before one
    or two digits starts the cents, so Dutch and English writing both read right."""
    plain = text.replace("€", "").replace("EUR", "").replace("\u00a0", " ").strip()
    if not plain:
        return None
    if plain.startswith("-"):
        raise BrandRegieError(_("an amount of money cannot be negative"))
    match = _AMOUNT.match(plain)
    if match is None:
        raise BrandRegieError(_("“{text}” is not an amount of money: write it like 1250 or "
                                "1.250,50").format(text=text.strip()))
    group, decimal = match.group(1), match.group(2) or match.group(4)
    if group is not None and group == decimal:
        raise BrandRegieError(_("“{text}” is not an amount of money: write it like 1250 or "
                                "1.250,50").format(text=text.strip()))
    cents_text = match.group(3) or match.group(5) or ""
    whole = re.sub(r"[.,\s]", "", plain[:len(plain) - len(cents_text) - 1] if cents_text
                   else plain)
    cents = 0 if cents_text in ("", "-") else int(cents_text.ljust(2, "0"))
    return int(whole) * 100 + cents


def parse_hours(text: str) -> float | None:
    """Hours as typed, with a decimal comma or point ("12,5"); None when empty."""
    plain = text.strip()
    if not plain:
        return None
    if plain.startswith("-"):
        raise BrandRegieError(_("a number of hours cannot be negative"))
    if not re.fullmatch(r"\d+(?:[.,]\d+)?", plain):
        raise BrandRegieError(_("“{text}” is not a number of hours: write it like 12 or 12,5")
                              .format(text=plain))
    return float(plain.replace(",", "."))


def read_agreement(store: Store, assignment_id: int) -> Agreement:
    with store.session() as s:
        row = s.get(m.Assignment, assignment_id)
        if row is None:
            raise NotFoundError(_("this item no longer exists; it may have been deleted"))
        return agreement_of(row)


def read_agreements(store: Store, assignment_ids: list[int]) -> dict[int, Agreement]:
    """:func:`read_agreement` of many assignments (the ones that still exist), a few hundred
    to a query: the Briefs page offers every open assignment of years."""
    found: dict[int, Agreement] = {}
    with store.session() as s:
        for start in range(0, len(assignment_ids), 500):
            for row in s.scalars(select(m.Assignment).where(
                    m.Assignment.id.in_(assignment_ids[start:start + 500]))):
                found[row.id] = agreement_of(row)
    return found


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


def format_money(cents: int, lang: str) -> str:
    """``€ 1.250,00`` / ``€1,250.00``: an amount the way the reader writes it."""
    return str(format_currency(cents / 100, "EUR", locale=_LOCALE.get(lang, "en_GB")))


def brief_request_for(assignment: AssignmentInfo, agreement: Agreement, *, lang: str,
                      share_budget: bool = True) -> BriefRequest:
    """The brief of an assignment with what was agreed: the deliverables (one per line), the
    review rounds, the first-draft and delivery dates and, if the owner shares it, the budget."""
    from brandregie.export.brief import BriefRequest

    budget = ""
    if share_budget and agreement.budget_cents is not None:
        budget = format_money(agreement.budget_cents, lang)
    elif share_budget and agreement.budget is not None:
        assert agreement.budget_hours is not None and agreement.hourly_rate_cents is not None
        budget = translator(lang)("{hours} hours at {rate} ({total})").format(
            hours=f"{agreement.budget_hours:g}",
            rate=format_money(agreement.hourly_rate_cents, lang),
            total=format_money(agreement.budget, lang))
    deliverables = tuple(line.strip(" -•\t") for line in agreement.deliverables.splitlines()
                         if line.strip(" -•\t"))
    return BriefRequest(type=assignment.kind, title=assignment.title,
                        deadline=agreement.delivery, first_draft=assignment.due,
                        deliverables=deliverables, budget=budget,
                        revision_rounds=agreement.rounds, agency=assignment.agency_name)
