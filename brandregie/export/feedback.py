"""The feedback report of a review: the decision, the score and each point with its brand rule.

The agency reads why, not only what: every point quotes the draft, names the rule (in words,
never its id), says what to write instead and the reason the brand gives for it.
The review engineer fills :class:`FeedbackReportInput` from stored reviews; nothing here reads
the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from brandregie.checks.names import rule_name
from brandregie.export.content import (
    Callout,
    DocumentSpec,
    Fields,
    Para,
    Quote,
    Section,
    present,
    section,
    sub,
)
from brandregie.export.errors import ExportError
from brandregie.export.render import ExportResult, Output, Progress, render
from brandregie.export.text import SEVERITIES, Translate, document_language, labels, long_date
from brandregie.i18n import _
from brandregie.profile.snapshot import ProfileSnapshot

Decision = Literal["approved", "changes-requested"]



@dataclass(frozen=True, slots=True)
class FeedbackPoint:
    """One point to change: the quoted draft, the rule behind it and what to do instead."""

    excerpt: str
    rule: str
    message: str
    suggestion: str | None = None
    reason: str = ""
    remark: str = ""
    severity: Literal["error", "warning", "info"] = "warning"
    where: str = ""


@dataclass(frozen=True, slots=True)
class FeedbackReportInput:
    """Everything the report says; ``score`` is the brand-fit score 0-100 (``None``: none)."""

    snapshot: ProfileSnapshot
    draft_name: str
    version: int
    decision: Decision
    summary: str = ""
    score: int | None = None
    points: tuple[FeedbackPoint, ...] = ()
    agency: str = ""
    reviewer: str = ""
    reviewed_on: date | None = None

    def __post_init__(self) -> None:
        if self.decision not in ("approved", "changes-requested"):
            raise ExportError(_('A review decision is "approved" or "changes-requested", not '
                                "{decision!r}").format(decision=self.decision))
        if self.score is not None and not 0 <= self.score <= 100:
            raise ExportError(_("A brand-fit score runs from 0 to 100, not {score}").format(
                score=self.score))
        if self.version < 1:
            raise ExportError(_("A draft's version number starts at 1"))



def _point(n: int, point: FeedbackPoint, t: Translate) -> Section | None:
    heading = t("{n}. {rule}").format(n=n, rule=rule_name(point.rule, t))
    return section(
        heading,
        Quote(point.excerpt),
        Fields(((t("What to change"), point.message),
                (t("Write instead"), point.suggestion or ""),
                (t("Why (brand rule)"), point.reason),
                (t("How much it matters"), t(SEVERITIES[point.severity])),
                (t("Where"), point.where))),
        sub(t("Remark"), Para(point.remark)),
    )


def feedback_spec(report: FeedbackReportInput, lang: str) -> DocumentSpec:
    t = labels(lang)
    approved = report.decision == "approved"
    decision = t("Approved") if approved else t("Changes requested")
    score = "" if report.score is None else t("{score} out of 100").format(score=report.score)
    count = len(report.points)
    points = (_point(i, p, t) for i, p in enumerate(report.points, start=1))
    overview = section(
        t("Decision"),
        Callout(decision + (f" · {score}" if score else ""), t("Decision"),
                "good" if approved else "bad"),
        Para(report.summary),
        Para(t("{n} point(s) to change, in the order they appear in the draft.").format(n=count)
             if count and not approved else ""),
    )
    facts = ((t("Draft"), report.draft_name), (t("Version"), str(report.version)),
             (t("Agency"), report.agency), (t("Reviewed by"), report.reviewer),
             (t("Reviewed on"), long_date(report.reviewed_on, lang) if report.reviewed_on
              else ""),
             (t("Brand-fit score"), score))
    return DocumentSpec(kind=t("Feedback report"), title=report.draft_name,
                        subtitle=t("Version {n}").format(n=report.version) + f" · {decision}",
                        sections=present(overview, *points), cover_facts=facts)


def build_feedback_report(report: FeedbackReportInput, out: Output, *, lang: str | None = None,
                          progress: Progress | None = None, strict: bool = True,
                          today: date | None = None) -> ExportResult:
    """Write the review's feedback report as a PDF in the brand's look."""
    lang = document_language(report.snapshot, lang)
    return render(feedback_spec(report, lang), report.snapshot, out, lang=lang,
                  progress=progress, strict=strict, today=today)
