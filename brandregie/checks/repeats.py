"""One finding for a word the draft repeats, and none for an abbreviation after its full form.

An owner who reads "retourneren is jargon" seven times stops reading; one finding that says how
often the word comes up says the same and leaves room for the rest. A term right after the
same rule's finding, in brackets ("Key Performance Indicator (KPI)"), is that finding's
abbreviation, not a second departure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from brandregie.checks.model import Finding

#: Rules whose findings on the same words are one finding with a count.
GROUPED = frozenset({"terminology.banned", "terminology.preferred", "tone.cliche", "tone.jargon",
                     "tone.exclamation", "tone.emoji"})
#: Marks (not words) fold only from this many: two exclamation marks may be two slips, a third
#: is a habit.
MARKS = frozenset({"tone.exclamation", "tone.emoji"})
MARKS_FROM = 3
#: Characters between a term and its abbreviation in brackets: " (", "(".
_GLOSS_GAP = 3


def group_repeats(findings: Iterable[Finding], text: str, tr: Callable[[str], str]
                  ) -> list[Finding]:
    """``findings`` (in text order) with repeats of a grouped rule's words folded into the first,
    whose message then says how often they come up, and bracketed abbreviations dropped."""
    kept: list[Finding] = []
    first: dict[tuple[str, str], int] = {}
    counts: dict[int, int] = {}
    previous: dict[str, Finding] = {}
    folded: dict[int, list[Finding]] = {}
    for finding in findings:
        if finding.rule not in GROUPED:
            kept.append(finding)
            continue
        before = previous.get(finding.rule)
        previous[finding.rule] = finding
        if before is not None and _abbreviation_of(before, finding, text):
            continue
        key = (finding.rule, " ".join(finding.excerpt.lower().split()))
        index = first.get(key)
        if index is None:
            first[key] = len(kept)
            kept.append(finding)
        else:
            counts[index] = counts.get(index, 1) + 1
            folded.setdefault(index, []).append(finding)
    for rule in MARKS:
        for key, index in first.items():
            if key[0] == rule and 1 < counts.get(index, 1) < MARKS_FROM:
                kept.extend(folded[index])  # too few to fold: each stays on its own
                del counts[index]
    for index, count in counts.items():
        finding = kept[index]
        message = tr("{message} It comes up {count} times in this text.").format(
            message=finding.message, count=count)
        kept[index] = replace(finding, message=message)
    kept.sort(key=lambda f: (f.location.start, f.location.end, f.rule))
    return kept


def _abbreviation_of(before: Finding, finding: Finding, text: str) -> bool:
    gap = text[before.location.end:finding.location.start]
    return (len(gap) <= _GLOSS_GAP and gap.strip() == "("
            and text[finding.location.end:finding.location.end + 1] == ")")
