"""The agency scorecard as a PDF in the brand's look, for the yearly talk with each agency.

An overview of all agencies (a table, their first-draft brand fit per quarter as one line each,
their first drafts on time side by side), then a section per agency: its figures, the brand fit
of its first drafts per quarter as a line, its rounds to approval per assignment against what
was agreed, the findings it keeps getting (in words) and the assignments one by one.
"""

from __future__ import annotations

from collections import Counter

from babel.numbers import format_decimal, format_percent

from brandregie.checks.names import rule_name
from brandregie.export.content import (
    BarChart,
    DocumentSpec,
    Fields,
    Grid,
    LineChart,
    Para,
    Section,
    ShareBars,
    Sub,
    present,
    section,
    sub,
)
from brandregie.export.render import ExportResult, Output, render
from brandregie.export.text import Translate, labels, long_date
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.agreement import format_money
from brandregie.review.scorecard.figures import AgencyScore, AssignmentOutcome, Scorecard

_LOCALE = {"nl": "nl_NL", "en": "en_GB"}


class _Numbers:
    """Numbers, shares and money written the reader's way (``83 %``/``83%``, ``€ 1.250,00``)."""

    def __init__(self, lang: str) -> None:
        self.lang, self.locale = lang, _LOCALE.get(lang, "en_GB")

    def share(self, value: float | None) -> str:
        return "–" if value is None else str(format_percent(value, locale=self.locale))

    def number(self, value: float | None) -> str:
        return "–" if value is None else str(format_decimal(value, format="0.#",
                                                            locale=self.locale))

    def change(self, value: float | None) -> str:
        if value is None:
            return "–"
        return ("+" if value > 0 else "") + self.number(value)

    def money(self, cents: int | None) -> str:
        return "–" if cents is None else format_money(cents, self.lang)


def _overview(card: Scorecard, t: Translate, n: _Numbers) -> Section | None:
    rows = tuple((a.agency or t("No agency"), n.share(a.on_time_share), n.number(a.average_rounds),
                  n.number(a.average_first_fit), n.change(a.first_fit_change),
                  n.money(a.overrun_cents) if a.kept or a.overrun else "–")
                 for a in card.agencies)
    quarters = sorted({q.quarter for a in card.agencies for q in a.first_fit})
    lines = tuple((a.agency or t("No agency"),
                   tuple(next((q.average for q in a.first_fit if q.quarter == quarter), None)
                         for quarter in quarters))
                  for a in card.agencies)
    on_time = tuple((a.agency or t("No agency"), a.on_time, a.timed,
                     t("{on_time} of {timed}").format(on_time=a.on_time, timed=a.timed))
                    for a in card.agencies if a.timed)
    return section(t("All agencies"), Grid(
        (t("Agency"), t("On time"), t("Rounds to approval"), t("First-draft fit"),
         t("Fit change"), t("Over budget")), rows, (0.28, 0.12, 0.16, 0.16, 0.13, 0.15)),
        sub(t("Brand fit of first drafts per quarter"),
            LineChart(tuple(quarters), lines, lang=n.lang)),
        sub(t("First drafts on time"), ShareBars(on_time)))


def _rounds_chart(a: AgencyScore, t: Translate, n: _Numbers) -> Sub | None:
    """Rounds to approval per approved assignment, oldest first, against the agreed rounds."""
    approved = [o for o in a.assignments if o.rounds is not None]
    agreed = Counter(o.agreement.rounds for o in approved if o.agreement.rounds is not None)
    limit = agreed.most_common(1)[0][0] if agreed else None
    legend = (t("A bar per assignment, oldest first; dashed: the rounds agreed")
              if limit is not None else t("A bar per assignment, oldest first"))
    return sub(t("Rounds to approval per assignment"),
               BarChart(tuple(float(o.rounds or 0) for o in approved), limit, lang=n.lang),
               Para(legend, "small") if approved else None)


def _assignment_row(o: AssignmentOutcome, t: Translate, n: _Numbers) -> tuple[str, ...]:
    late = o.versions[0].days_late if o.versions else None
    return (o.title, n.number(late) if late is not None else "–",
            str(o.rounds) if o.rounds is not None else t("open"),
            n.number(o.first_score), n.number(o.approved_score),
            n.money(o.agreement.overrun) if o.agreement.overrun is not None else "–")


def _agency(a: AgencyScore, t: Translate, n: _Numbers) -> Section | None:
    facts = Fields((
        (t("Assignments"), str(len(a.assignments))),
        (t("First drafts on time"), t("{share} ({on_time} of {timed})").format(
            share=n.share(a.on_time_share), on_time=a.on_time, timed=a.timed)
         if a.timed else ""),
        (t("Average rounds to approval"), n.number(a.average_rounds)),
        (t("Approved after more rounds than agreed"), str(a.over_agreed_rounds)
         if a.approved else ""),
        (t("Brand fit of first drafts"), n.number(a.average_first_fit)),
        (t("Brand fit when approved"), n.number(a.average_approved_fit)),
        (t("Change in first-draft fit"), n.change(a.first_fit_change)
         if a.first_fit_change is not None else ""),
        (t("Budget"), n.money(a.budget_cents) if a.kept or a.overrun else ""),
        (t("Invoiced"), n.money(a.invoiced_cents) if a.kept or a.overrun else ""),
        (t("Within budget"), t("{kept} of {total}").format(kept=a.kept, total=a.kept + a.overrun)
         if a.kept or a.overrun else ""),
        (t("Requests answered late by us"), t("{late} of {total}").format(
            late=a.requests_late, total=a.requests) if a.requests else ""),
    ))
    quarters = Grid((t("Quarter"), t("First drafts"), t("Average brand fit")),
                    tuple((q.quarter, str(q.drafts), n.number(q.average)) for q in a.first_fit),
                    (0.3, 0.3, 0.4))
    findings = Grid((t("What they keep getting wrong"), t("Times in first drafts")),
                    tuple((rule_name(rule, t), str(count)) for rule, count in a.findings),
                    (0.7, 0.3))
    jobs = Grid((t("Assignment"), t("Days late"), t("Rounds"), t("First fit"),
                 t("Approved fit"), t("Over budget")),
                tuple(_assignment_row(o, t, n) for o in a.assignments),
                (0.28, 0.12, 0.12, 0.12, 0.16, 0.2))
    fit = sub(t("Brand fit of first drafts per quarter"),
              LineChart(tuple(q.quarter for q in a.first_fit),
                        ((a.agency, tuple(q.average for q in a.first_fit)),), lang=n.lang),
              quarters)
    return section(a.agency or t("No agency"), facts, fit, _rounds_chart(a, t, n), findings,
                   jobs, new_page=True)


def scorecard_spec(card: Scorecard, lang: str) -> DocumentSpec:
    t = labels(lang)
    n = _Numbers(lang)
    period = (t("{since} to {until}").format(since=long_date(card.since, lang),
                                             until=long_date(card.until, lang))
              if card.since else t("up to {until}").format(until=long_date(card.until, lang)))
    intro = section(t("How to read this"), Para(t(
        "On time: the first draft came in by its due date. Rounds: the version that was "
        "approved. Brand fit: the score out of 100 after the findings the owner dismissed. "
        "Over budget: invoiced minus the agreed budget (negative: under budget).")))
    return DocumentSpec(kind=t("Agency scorecard"), title=card.brand, subtitle=period,
                        sections=present(_overview(card, t, n), intro,
                                         *(_agency(a, t, n) for a in card.agencies)),
                        cover_facts=((t("Period"), period),
                                     (t("Agencies"), str(len(card.agencies)))))


def build_scorecard_pdf(card: Scorecard, snapshot: ProfileSnapshot, out: Output, *,
                        lang: str) -> ExportResult:
    """Write ``card`` as a PDF in the brand's look."""
    return render(scorecard_spec(card, lang), snapshot, out, lang=lang)
