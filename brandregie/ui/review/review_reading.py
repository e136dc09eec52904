"""What the review view shows of one version, read from the store and worked out in one go.

Opening an assignment reads this on a worker (:meth:`ReviewView.open_version`), so the window
keeps answering while the findings, the comparison and the fixes are read and worked out; where
a caller needs the version on screen at once (a test, a reload after a decision) the same read
runs on the GUI thread. Plain values only: nothing here touches a widget.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from brandregie.fixes.model import Fix
from brandregie.review.own_texts import approved_among
from brandregie.review.records import Comparison, VersionReview
from brandregie.review.service import ReviewService

#: Kinds of draft shown as their pages (the file itself is read with the review).
PAGED = ("pdf", "image")


@dataclass(frozen=True, slots=True)
class ReadReview:
    """One version as the view draws it."""

    review: VersionReview | None
    comparison: Comparison | None = None
    #: The owner decided on this version (the feedback can be saved and sent).
    decided: bool = False
    #: The owner approved it (its words may join "Sounds like us"), and they already have.
    approved: bool = False
    added: bool = False
    #: The fix of each finding that has one; None: not worked out (the tables are not in).
    fixes: dict[str, Fix] | None = None
    #: The file of a paged draft (PDF, image), else None.
    data: bytes | None = field(default=None, repr=False)


def read_review(service: ReviewService, version_id: int | None, *,
                with_fixes: bool) -> ReadReview:
    """Everything the view shows of ``version_id``; ``with_fixes`` once the language tables
    the fixes look words up in are loaded (else the fix bar says they are coming)."""
    if version_id is None:
        return ReadReview(None)
    # One connection, no transaction: on a team database each is a wait for the network.
    with service.store.action(reads_only=True):
        review = service.review(version_id)
        comparison = service.compare_with_previous(version_id)
        assignment, version, draft = review.assignment, review.version, review.draft
        decisions = service.decisions(assignment.id)
        decided = any(d.version_id == version.id for d in decisions)
        ok = draft is not None and bool(draft.text.strip()) \
            and approved_among(decisions, version.id)
        added = False
        if ok and draft is not None:
            text = draft.text.strip()
            current = service.profiles.snapshot(assignment.brand_id).brand
            added = any(t.text.strip() == text for t in current.voice.texts)
        data = service.version_data(version.id)[1] \
            if draft is not None and draft.kind in PAGED else None
    fixes = None
    if with_fixes:
        from brandregie.review.fixing import review_fixes

        fixes = review_fixes(review)
    return ReadReview(review, comparison, decided, ok, added, fixes, data)
