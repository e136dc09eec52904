"""The feedback report for the agency, filled from a stored review.

Every finding the owner did not dismiss becomes a point, in reading order, quoting the draft and
naming the brand rule behind it: the reason the profile gives for a banned or preferred word,
else the brand setting the finding breaks (address form, sentence length, palette, fonts). The
PDF itself is made by :func:`brandregie.export.feedback.build_feedback_report`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from brandregie.checks.message import render
from brandregie.checks.model import Finding, Report
from brandregie.errors import BrandRegieError
from brandregie.export.feedback import (
    FeedbackPoint,
    FeedbackReportInput,
    build_feedback_report,
)
from brandregie.export.render import ExportResult, Output
from brandregie.export.text import document_language
from brandregie.i18n import _, translator
from brandregie.models.review import DecisionOutcome, FindingAnswer
from brandregie.profile.schema import Brand
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.fixing import with_fixes
from brandregie.review.reasons import brand_reason
from brandregie.review.records import DecisionInfo, ReviewedFinding, VersionReview
from brandregie.review.service import ReviewService


def point(finding: Finding, brand: Brand, lang: str, remark: str = "") -> FeedbackPoint:
    """``finding`` as a point of the report, said in ``lang``."""
    return FeedbackPoint(excerpt=finding.excerpt, rule=finding.rule,
                         message=render(finding.message, lang),
                         suggestion=render(finding.suggestion, lang) or None,
                         reason=brand_reason(finding, brand, lang), remark=remark,
                         severity=finding.severity.value,
                         where=finding.location.said(translator(lang)))


def report_without_review(snapshot: ProfileSnapshot, report: Report, draft_name: str,
                          lang: str) -> FeedbackReportInput:
    """The report of a fresh check nobody answered yet (``brandregie annotate``): every
    finding is a point, and changes are asked for when there is any."""
    points = tuple(point(f, snapshot.brand, lang) for f in report.findings)
    return FeedbackReportInput(
        snapshot=snapshot, draft_name=draft_name, version=1,
        decision="changes-requested" if points else "approved", score=report.score,
        points=points)


@dataclass(frozen=True, slots=True)
class Decided:
    """A decided version: its review, the latest decision, the profile it was checked against
    and the findings that go to the agency."""

    review: VersionReview
    decision: DecisionInfo
    snapshot: ProfileSnapshot
    findings: tuple[ReviewedFinding, ...]


def decided(service: ReviewService, version_id: int, lang: str | None = None) -> Decided:
    """The latest decision on ``version_id`` and the findings it sends, in reading order (a
    fix the owner applied says the brand's version in ``lang``)."""
    review = service.review(version_id)
    if review.report is None or review.effective is None:
        raise BrandRegieError(_("this version has not been checked yet"))
    decisions = [d for d in service.decisions(review.assignment.id)
                 if d.version_id == version_id]
    if not decisions:
        raise BrandRegieError(_("decide first: approve the draft or ask for changes"))
    decision = decisions[-1]
    snapshot = service.profiles.snapshot(review.assignment.brand_id,
                                         review.version.profile_revision)
    approved = decision.outcome is DecisionOutcome.APPROVED
    # Asking for changes sends every point not dismissed; an approval only the points the
    # owner accepted (still to fix in the final version), since the rest was let go. A fix the
    # owner applied goes either way: a tracked change in Word, else a point with its words.
    wanted = ({FindingAnswer.ACCEPTED, FindingAnswer.FIXED} if approved
              else {FindingAnswer.ACCEPTED, FindingAnswer.OPEN, FindingAnswer.FIXED})
    kept = tuple(f for f in sorted(review.findings, key=lambda f: f.finding.location.start)
                 if f.answer in wanted)
    return Decided(review, decision, snapshot,
                   with_fixes(review, kept, document_language(snapshot, lang)))


def feedback_input(service: ReviewService, version_id: int, *, lang: str | None = None,
                   today: date | None = None) -> FeedbackReportInput:
    """The report's content for the latest decision on ``version_id``."""
    found = decided(service, version_id, lang)
    review, decision, snapshot = found.review, found.decision, found.snapshot
    assert review.effective is not None
    lang = document_language(snapshot, lang)
    approved = decision.outcome is DecisionOutcome.APPROVED
    points = tuple(point(f.finding, snapshot.brand, lang, f.remark) for f in found.findings)
    return FeedbackReportInput(
        snapshot=snapshot, draft_name=review.version.file_name,
        version=review.version.number,
        decision="approved" if approved else "changes-requested",
        summary=decision.summary, score=review.effective.score, points=points,
        agency=review.assignment.agency_name, reviewer=decision.author,
        reviewed_on=today or decision.decided_at.date())


def save_feedback_report(service: ReviewService, version_id: int, out: Output, *,
                         lang: str | None = None, today: date | None = None) -> ExportResult:
    """Write the feedback report of ``version_id``'s latest decision as a PDF."""
    report = feedback_input(service, version_id, lang=lang, today=today)
    return build_feedback_report(report, out, lang=lang, today=today)
