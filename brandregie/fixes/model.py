"""A fix: the draft's words, the brand's words, and whether it is safe to apply unread."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: ``--only`` kinds and the rules whose findings each repairs.
KINDS: dict[str, tuple[str, ...]] = {
    "terms": ("terminology.banned", "terminology.preferred"),
    "names": ("terminology.brand-name",),
    "address": ("tone.address",),
    "exclamation": ("tone.exclamation",),
    "emoji": ("tone.emoji",),
}
KIND_OF_RULE = {rule: kind for kind, rules in KINDS.items() for rule in rules}


@dataclass(frozen=True, slots=True)
class Fix:
    """``start:end`` of the draft's text (``before``) becomes ``after``.

    ``safe`` fixes may be applied all at once; the others are proposals the owner reads first
    (``note`` says why: the grammar around them is unsure, or the word is part of a compound).
    """

    kind: str
    rule: str
    start: int
    end: int
    before: str
    after: str
    safe: bool
    note: str = ""

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "rule": self.rule, "start": self.start, "end": self.end,
                "before": self.before, "after": self.after,
                "status": "safe" if self.safe else "check", "note": self.note}


def apply_fixes(text: str, fixes: list[Fix]) -> str:
    """``text`` with ``fixes`` applied (they do not overlap: see :func:`non_overlapping`)."""
    parts: list[str] = []
    at = 0
    for fix in sorted(fixes, key=lambda f: f.start):
        parts.append(text[at:fix.start])
        parts.append(fix.after)
        at = fix.end
    parts.append(text[at:])
    return "".join(parts)


def non_overlapping(fixes: list[Fix]) -> list[Fix]:
    """The fixes in text order, a later one dropped where it overlaps an earlier one."""
    kept: list[Fix] = []
    for fix in sorted(fixes, key=lambda f: (f.start, f.end)):
        if kept and fix.start < kept[-1].end:
            continue
        kept.append(fix)
    return kept


def word_parts(fix: Fix, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """``fix`` (at ``lo:hi`` of its block) word by word, right to left: ``Heeft u`` -> ``Heb
    je`` as two changes, so a word in its own span or bold run stays there. A fix whose word
    counts differ is one piece."""
    before = [m.span() for m in re.finditer(r"\S+", fix.before)]
    after = fix.after.split()
    if len(before) < 2 or len(before) != len(after):
        return [(lo, hi, fix.after)]
    return [(lo + a, lo + b, new) for (a, b), new in reversed(list(zip(before, after,
                                                                        strict=True)))]
