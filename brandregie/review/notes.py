"""What the agency reads beside each passage of its own file: one note per open finding.

A note holds the draft's words the finding is about (to find them again in the agency's file),
the page they are on, and the comment text: the rule in words, what to change, what to write
instead, the brand's reason and the owner's remark, in the reader's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from brandregie.checks.message import render
from brandregie.checks.model import Finding
from brandregie.checks.names import rule_name
from brandregie.export.text import SEVERITIES
from brandregie.i18n import translator
from brandregie.profile.schema import Brand
from brandregie.review.reasons import brand_reason


@dataclass(frozen=True, slots=True)
class Note:
    """One comment: ``passage`` (the draft's words, may be empty), its page and the text."""

    passage: str
    page: int | None
    title: str
    body: str

    @property
    def text(self) -> str:
        return f"{self.title}\n{self.body}" if self.body else self.title


def passage_of(finding: Finding, text: str) -> str:
    """The draft's own words at ``finding`` (its excerpt when the offsets hold nothing)."""
    loc = finding.location
    words = text[loc.start:loc.end] if 0 <= loc.start < loc.end <= len(text) else ""
    return words if words.strip() else finding.excerpt if loc.end > loc.start else ""


def note_for(finding: Finding, text: str, brand: Brand, lang: str, remark: str = "") -> Note:
    """The comment for one finding, in ``lang``."""
    t = translator(lang)
    lines = [render(finding.message, lang)]
    if finding.suggestion:
        lines.append(t("Write instead: {suggestion}").format(
            suggestion=render(finding.suggestion, lang)))
    reason = brand_reason(finding, brand, lang)
    if reason:
        lines.append(t("Why: {reason}").format(reason=reason))
    if remark.strip():
        lines.append(t("Remark: {remark}").format(remark=remark.strip()))
    title = f"{rule_name(finding.rule, t)} ({t(SEVERITIES[finding.severity.value])})"
    return Note(passage_of(finding, text), finding.location.page, title, "\n".join(lines))


def notes_for(findings: Iterable[tuple[Finding, str]], text: str, brand: Brand, lang: str
              ) -> tuple[Note, ...]:
    """Notes for ``(finding, remark)`` pairs, in reading order."""
    ordered = sorted(findings, key=lambda pair: (pair[0].location.start, pair[0].location.end))
    return tuple(note_for(f, text, brand, lang, remark) for f, remark in ordered)
