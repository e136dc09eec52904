"""Check drafts against the brand: (Document, ProfileSnapshot) -> Report.

The public face of the rule engine; the desktop app and the command line use only these names::

    check_document(document, snapshot, *, lang=None, draft_language=None, deliverable=None,
                   progress=None, cancel=None) -> Report      # raises Cancelled
    Report.to_json()                                          # the ``check --format json`` object
    Dismissal(rule, start, end, excerpt, reason); dismissal_for(finding, reason)
    apply_dismissals(report, dismissals) -> Report            # score recomputed
    allow_word(brand, word) -> Brand; ban_word(brand, word, why, suggest) -> Brand
    warm_up(langs)                                            # load language tables early

What each rule finds and the numbers behind the score: ``RULES.md`` beside this file.
"""

from brandregie.checks.answers import (
    Dismissal,
    allow_word,
    apply_dismissals,
    ban_word,
    dismissal_for,
)
from brandregie.checks.engine import Cancelled, check_document
from brandregie.checks.language import warm_up
from brandregie.checks.model import (
    RULES,
    Category,
    Finding,
    Location,
    Report,
    Severity,
    TextStats,
    TrafficLight,
)

__all__ = [
    "RULES",
    "Cancelled",
    "Category",
    "Dismissal",
    "Finding",
    "Location",
    "Report",
    "Severity",
    "TextStats",
    "TrafficLight",
    "allow_word",
    "apply_dismissals",
    "ban_word",
    "check_document",
    "dismissal_for",
    "warm_up",
]
