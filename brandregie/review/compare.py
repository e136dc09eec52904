"""Version against version: which findings the agency fixed, which are new, which remain.

Offsets move as soon as a sentence is added above, so findings are matched by rule and their
excerpt, normalised (case, spacing, punctuation at the edges); a finding without an excerpt is
matched by its message. Repeats count: two "ontzorgen" in version 1 and one in version 2 is one
fixed and one remaining. Within a match key, findings pair up in reading order.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence

from brandregie.checks.model import Finding
from brandregie.review.records import Comparison

_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def finding_key(finding: Finding) -> str:
    """A finding's identity within one version: rule, excerpt and offsets (stable on re-check)."""
    loc = finding.location
    return key_of(finding.rule, finding.excerpt, loc.start, loc.end)


def key_of(rule: str, excerpt: str, start: int, end: int) -> str:
    """:func:`finding_key` from a finding's parts, as read from a stored report's fields."""
    raw = "\x1f".join((rule, excerpt, str(start), str(end)))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def normalise(text: str) -> str:
    return _EDGE.sub("", " ".join(text.split()).casefold())


def match_key(finding: Finding) -> tuple[str, str]:
    """What makes a finding "the same" across versions: its rule and its words."""
    words = normalise(finding.excerpt)
    return finding.rule, words if words else "message:" + normalise(finding.message)


def match_findings(old: Sequence[Finding], new: Sequence[Finding]
                   ) -> tuple[list[Finding], list[Finding], list[tuple[Finding, Finding]]]:
    """(only in old, only in new, pairs in both), each in reading order."""
    waiting: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in sorted(old, key=lambda f: f.location.start):
        waiting[match_key(finding)].append(finding)
    added: list[Finding] = []
    pairs: list[tuple[Finding, Finding]] = []
    for finding in sorted(new, key=lambda f: f.location.start):
        queue = waiting.get(match_key(finding))
        if queue:
            pairs.append((queue.pop(0), finding))
        else:
            added.append(finding)
    gone = sorted((f for queue in waiting.values() for f in queue),
                  key=lambda f: f.location.start)
    return gone, added, pairs


def compare_findings(old: Sequence[Finding], new: Sequence[Finding], *, old_number: int = 1,
                     new_number: int = 2) -> Comparison:
    fixed, added, remaining = match_findings(old, new)
    return Comparison(old_number, new_number, tuple(fixed), tuple(added), tuple(remaining))
