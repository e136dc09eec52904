"""Reviewing agency work: agencies, assignments, draft versions, the owner's answers, decisions.

An assignment belongs to one brand (its profile is what drafts are checked against). Each file
the agency delivers becomes the next :class:`DraftVersion`, with the profile revision it was
checked against and the check's report, so a review can be read back exactly as it was. The
file's bytes are kept once per distinct file in ``blobs`` (:mod:`brandregie.models.blob`), named
by the version's SHA-256. The owner's answer per finding lives in :class:`FindingState`, keyed
by rule, excerpt and offsets; decisions are never overwritten, each one is a new row.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Enum,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from brandregie.deliverables import Deliverable
from brandregie.models.base import Base, utcnow


def _enum(cls: type[enum.StrEnum], name: str) -> Enum:
    """A string column holding an enum's values (no native type: the same on every backend)."""
    return Enum(cls, native_enum=False, length=30, name=name,
                values_callable=lambda e: [m.value for m in e])


#: What the agency makes: the one list of deliverables (a brief's ``--type`` too).
AssignmentKind = Deliverable


class AssignmentStatus(enum.StrEnum):
    BRIEFED = "briefed"
    DRAFT_RECEIVED = "draft-received"
    IN_REVIEW = "in-review"
    CHANGES_REQUESTED = "changes-requested"
    APPROVED = "approved"


class CheckStatus(enum.StrEnum):
    """Where the check of one draft version stands."""

    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class FindingAnswer(enum.StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"
    #: The brand's version applied (a mechanical fix): repaired in the file sent back.
    FIXED = "fixed"


class DecisionOutcome(enum.StrEnum):
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes-requested"


class Agency(Base):
    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    contact: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Assignment(Base):
    """A piece of work given to an agency, with its brief, due date and where it stands."""

    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brands.id", ondelete="CASCADE"), index=True)
    agency_id: Mapped[int | None] = mapped_column(
        ForeignKey("agencies.id", ondelete="SET NULL"), index=True, default=None)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[AssignmentKind] = mapped_column(_enum(AssignmentKind, "assignment_kind"),
                                                 default=AssignmentKind.OTHER)
    due: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[AssignmentStatus] = mapped_column(
        _enum(AssignmentStatus, "assignment_status"), default=AssignmentStatus.BRIEFED)
    #: The brief as sent to the agency (plain text).
    brief: Mapped[str] = mapped_column(Text, default="")
    # The agreement with the agency (all optional; money in cents, so sums stay exact).
    #: A fixed budget; or, without one, ``budget_hours`` at ``hourly_rate_cents``.
    budget_cents: Mapped[int | None] = mapped_column(default=None)
    budget_hours: Mapped[float | None] = mapped_column(default=None)
    hourly_rate_cents: Mapped[int | None] = mapped_column(default=None)
    #: What the agency agreed to deliver, in the owner's words.
    agreed_deliverables: Mapped[str] = mapped_column(Text, default="")
    #: How many review rounds the price includes.
    agreed_rounds: Mapped[int | None] = mapped_column(default=None)
    #: When the finished work is agreed to be delivered (``due`` is when the first draft is).
    agreed_delivery: Mapped[date | None] = mapped_column(default=None)
    #: What the agency invoiced for the work.
    invoiced_cents: Mapped[int | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    agency: Mapped[Agency | None] = relationship()
    versions: Mapped[list[DraftVersion]] = relationship(
        order_by="DraftVersion.number", cascade="all, delete-orphan", passive_deletes=True)


class AgencyRequest(Base):
    """Something the agency asked of the owner ("input by Friday"), so it is not forgotten."""

    __tablename__ = "agency_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    due: Mapped[date | None] = mapped_column(default=None)
    done: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(default=None)


class DraftVersion(Base):
    """Version ``number`` of an assignment's draft: the file as delivered and its check."""

    __tablename__ = "draft_versions"
    __table_args__ = (UniqueConstraint("assignment_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(Text)
    #: The file as delivered, by content: its bytes are the :class:`~brandregie.models.blob.Blob`
    #: of this hash (shared with every other version that delivered the same file).
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    size: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: The profile revision the draft was (last) checked against.
    profile_revision: Mapped[int | None] = mapped_column(default=None)
    check_status: Mapped[CheckStatus] = mapped_column(_enum(CheckStatus, "check_status"),
                                                      default=CheckStatus.PENDING)
    #: Why the check failed, in one sentence for the owner.
    error: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[int | None] = mapped_column(default=None)
    checked_at: Mapped[datetime | None] = mapped_column(default=None)
    #: The check's report (findings, sub-scores) as JSON. Both JSON columns load only when
    #: read, together: a list of versions (or an assignment's latest) needs neither, and on
    #: PostgreSQL each is a large compressed value fetched and parsed per row.
    report: Mapped[dict[str, Any] | None] = mapped_column(
        default=None, deferred=True, deferred_group="check")
    #: What the review view shows of the draft: its text, fonts, colours and images (JSON).
    document: Mapped[dict[str, Any] | None] = mapped_column(
        default=None, deferred=True, deferred_group="check")

    findings: Mapped[list[FindingState]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True)


class FindingState(Base):
    """The owner's answer to one finding of one version: accepted, or dismissed and why."""

    __tablename__ = "finding_states"
    __table_args__ = (UniqueConstraint("version_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("draft_versions.id", ondelete="CASCADE"), index=True)
    #: rule + excerpt + offsets, hashed: the same finding gets the same key on every re-check.
    key: Mapped[str] = mapped_column(String(64))
    rule: Mapped[str] = mapped_column(String(100))
    excerpt: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int] = mapped_column(default=0)
    end: Mapped[int] = mapped_column(default=0)
    answer: Mapped[FindingAnswer] = mapped_column(_enum(FindingAnswer, "finding_answer"),
                                                  default=FindingAnswer.OPEN)
    reason: Mapped[str] = mapped_column(Text, default="")
    remark: Mapped[str] = mapped_column(Text, default="")
    #: The version number this answer was taken over from (a dismissal that still applies).
    carried_from: Mapped[int | None] = mapped_column(default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Decision(Base):
    """The owner's verdict on a version: approved, or changes requested with a summary."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("draft_versions.id", ondelete="CASCADE"), index=True)
    outcome: Mapped[DecisionOutcome] = mapped_column(_enum(DecisionOutcome, "decision_outcome"))
    summary: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
