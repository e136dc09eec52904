"""One list of deliverables: an assignment's kind, a brief's type and the CLI's --type."""

from __future__ import annotations

from brandregie.cli.common import DELIVERABLES
from brandregie.deliverables import Deliverable
from brandregie.export.brief import BriefType
from brandregie.models.review import AssignmentKind


def test_a_brief_type_and_an_assignment_kind_are_the_same_list() -> None:
    assert BriefType is AssignmentKind is Deliverable
    assert DELIVERABLES == ("newsletter", "vacancy", "social-post", "web-page", "campaign",
                            "event", "other")  # the contract's TYPE names, also stored as is
    assert tuple(Deliverable) == DELIVERABLES
