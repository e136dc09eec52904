"""One finding for a habit, and none for an abbreviation after its full form.

An owner who reads "retourneren is jargon" seven times stops reading; one finding that says how
often the word comes up says the same and leaves room for the rest. The folded finding keeps the
other places (:attr:`~brandregie.checks.model.Finding.repeats`), so whatever fixes or marks the
draft still reaches each one (:func:`each_place`). Brand terms are not folded: each place is a
departure to fix. A term right after the same rule's finding, in brackets ("Key Performance
Indicator (KPI)"), is that finding's abbreviation, not a second departure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from brandregie.checks.context import excerpt
from brandregie.checks.model import Finding

#: Rules whose findings on the same words fold into one finding with a count.
WORDS = frozenset({"tone.cliche", "tone.jargon"})
#: Marks (not words) fold only from this many: two exclamation marks may be two slips, a third
#: is a habit.
MARKS = frozenset({"tone.exclamation", "tone.emoji"})
MARKS_FROM = 3
#: Rules whose findings in brackets right after their own finding are an abbreviation of it.
TERMS = frozenset({"terminology.banned", "terminology.preferred", *WORDS})
_GLOSS_GAP = 3


def group_repeats(findings: Iterable[Finding], text: str, tr: Callable[[str], str]
                  ) -> list[Finding]:
    """``findings`` (in text order) with repeats folded into the first of their words, whose
    message then says how often they come up, and bracketed abbreviations dropped."""
    kept: list[Finding] = []
    first: dict[tuple[str, str], int] = {}
    places: dict[int, list[Finding]] = {}
    previous: dict[str, Finding] = {}
    for finding in findings:
        if finding.rule in TERMS:
            before = previous.get(finding.rule)
            previous[finding.rule] = finding
            if before is not None and _abbreviation_of(before, finding, text):
                continue
        if finding.rule not in WORDS and finding.rule not in MARKS:
            kept.append(finding)
            continue
        key = (finding.rule, " ".join(finding.excerpt.lower().split()))
        index = first.get(key)
        if index is None:
            first[key] = len(kept)
            kept.append(finding)
        else:
            places.setdefault(index, []).append(finding)
    for index, more in places.items():
        finding = kept[index]
        if finding.rule in MARKS and len(more) + 1 < MARKS_FROM:
            kept.extend(more)  # too few to fold: each stays on its own
            continue
        message = tr("{message} It comes up {count} times in this text.").format(
            message=finding.message, count=len(more) + 1)
        kept[index] = replace(finding, message=message,
                              repeats=tuple(f.location for f in more))
    kept.sort(key=lambda f: (f.location.start, f.location.end, f.rule))
    return kept


def each_place(findings: Iterable[Finding], text: str) -> Iterator[Finding]:
    """Every finding, and for a folded one a finding at each of its other places too."""
    for finding in findings:
        yield finding
        for place in finding.repeats:
            yield replace(finding, location=place, repeats=(),
                          excerpt=excerpt(text[place.start:place.end]))


def _abbreviation_of(before: Finding, finding: Finding, text: str) -> bool:
    gap = text[before.location.end:finding.location.start]
    return (len(gap) <= _GLOSS_GAP and gap.strip() == "("
            and text[finding.location.end:finding.location.end + 1] == ")")

