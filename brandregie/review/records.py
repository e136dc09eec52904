"""The plain, detached values the review service hands out (never live ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from brandregie.checks.model import Finding, Report
from brandregie.ingest.document import Block, ColourUse, FontUse, Image
from brandregie.models.review import (
    AssignmentKind,
    AssignmentStatus,
    CheckStatus,
    DecisionOutcome,
    FindingAnswer,
)
from brandregie.profile.schema import Brand
from brandregie.review.due import DeadlineItem as DeadlineItem  # re-exported: a record too
from brandregie.review.due import Deadlines as Deadlines


@dataclass(frozen=True, slots=True)
class AgencyInfo:
    id: int
    name: str
    contact: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class AssignmentInfo:
    id: int
    brand_id: int
    brand_name: str
    title: str
    kind: AssignmentKind
    status: AssignmentStatus
    agency_id: int | None
    agency_name: str
    due: date | None
    brief: str
    created_at: datetime
    updated_at: datetime
    #: How many versions the agency delivered; the newest one's number (0 when none yet).
    versions: int = 0
    latest_score: int | None = None


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One delivered file of an assignment and where its check stands (no bytes)."""

    id: int
    assignment_id: int
    number: int
    file_name: str
    sha256: str
    size: int
    received_at: datetime
    check_status: CheckStatus
    error: str = ""
    profile_revision: int | None = None
    score: int | None = None
    checked_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class DraftView:
    """What the review view shows of a draft: its text and what it looks like."""

    name: str
    kind: str
    text: str
    blocks: tuple[Block, ...] = ()
    language: str | None = None
    pages: int | None = None
    fonts: tuple[FontUse, ...] = ()
    colours: tuple[ColourUse, ...] = ()
    images: tuple[Image, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ColourMatch:
    """A colour of the draft, the nearest brand colour and how far apart they are (ΔE 2000)."""

    hex: str
    where: str
    share: float | None
    nearest_name: str | None
    nearest_hex: str | None
    distance: float | None
    #: Within the brand's tolerance (or a neutral grey the brand does not mind).
    fits: bool


@dataclass(frozen=True, slots=True)
class FontMatch:
    family: str
    where: str
    brand_font: str | None
    fits: bool


@dataclass(frozen=True, slots=True)
class ReviewedFinding:
    """A finding with the owner's answer to it. ``key`` identifies it within its version."""

    finding: Finding
    key: str
    answer: FindingAnswer = FindingAnswer.OPEN
    reason: str = ""
    remark: str = ""
    #: The version number the answer was taken over from (the same finding, dismissed there).
    carried_from: int | None = None

    @property
    def dismissed(self) -> bool:
        return self.answer is FindingAnswer.DISMISSED

    @property
    def set_aside(self) -> bool:
        """Dismissed, or repaired by a fix the owner applied: no longer a point to make."""
        return self.answer in (FindingAnswer.DISMISSED, FindingAnswer.FIXED)


@dataclass(frozen=True, slots=True)
class VersionReview:
    """Everything the review view needs about one version.

    ``report`` is the check as made; ``effective`` is the same with the dismissed findings set
    aside and the score recomputed (what the owner and the agency see as the score).
    """

    assignment: AssignmentInfo
    version: VersionInfo
    report: Report | None = None
    effective: Report | None = None
    findings: tuple[ReviewedFinding, ...] = ()
    draft: DraftView | None = None
    colours: tuple[ColourMatch, ...] = ()
    fonts: tuple[FontMatch, ...] = ()
    #: The brand fonts of the profile revision the draft was checked against.
    brand_fonts: tuple[str, ...] = ()
    #: That profile revision itself (the brand rules behind the findings).
    brand: Brand | None = None


@dataclass(frozen=True, slots=True)
class DecisionInfo:
    id: int
    assignment_id: int
    version_id: int
    version_number: int
    outcome: DecisionOutcome
    summary: str
    author: str
    decided_at: datetime


@dataclass(frozen=True, slots=True)
class RequestInfo:
    """Something the agency asked of the owner, with its due date."""

    id: int
    assignment_id: int
    assignment_title: str
    text: str
    due: date | None
    done: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Comparison:
    """Version ``new_number`` against ``old_number``: what was fixed, what is new, what remains.

    ``remaining`` pairs each finding of the old version with its match in the new one.
    """

    old_number: int
    new_number: int
    fixed: tuple[Finding, ...] = ()
    new: tuple[Finding, ...] = ()
    remaining: tuple[tuple[Finding, Finding], ...] = field(default=())
