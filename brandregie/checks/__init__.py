"""Check drafts against the brand: (Document, ProfileSnapshot) -> Report.

The public face of the rule engine; the desktop app and the command line use only these names.
"""

from brandregie.checks.answers import (
    Dismissal,
    allow_word,
    apply_dismissals,
    ban_word,
    dismissal_for,
    save_brand_change,
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
    "save_brand_change",
    "warm_up",
]
