"""The brand's version of one finding, for the review view's finding card.

The fixes are worked out once per report from the stored draft and the profile revision it was
checked against (no new check), and a finding is matched to the fix that repairs it: the same
kind of rule, overlapping words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from brandregie.checks.model import Finding, Report
from brandregie.fixes.model import KIND_OF_RULE, KINDS, Fix
from brandregie.fixes.propose import fixes_for
from brandregie.ingest.document import Block, Document
from brandregie.profile.schema import Brand

_last: tuple[Report, list[Fix]] | None = None


def report_fixes(text: str, blocks: Sequence[Block], brand: Brand, report: Report) -> list[Fix]:
    """Every fix for ``report`` (made from the draft ``text``/``blocks``), kept for the last
    report asked about, so moving through its findings costs nothing."""
    global _last
    if _last is not None and _last[0] is report:
        return _last[1]
    document = Document(name=report.file, kind="text", text=text, blocks=tuple(blocks))
    fixes = fixes_for(document, brand, report, frozenset(KINDS))
    _last = (report, fixes)
    return fixes


def fix_for(fixes: Sequence[Fix], finding: Finding) -> Fix | None:
    """The fix that repairs ``finding``, if there is one."""
    kind = KIND_OF_RULE.get(finding.rule)
    start, end = finding.location.start, finding.location.end
    return next((f for f in fixes if f.kind == kind and f.start < max(end, start + 1)
                 and start < f.end), None)


def describe(fix: Fix, tr: Callable[[str], str]) -> str:
    """One line for the finding card: the brand's version, and whether to read it first."""
    line = tr("The brand's version: “{before}” → “{after}”").format(
        before=fix.before, after=fix.after or "∅")
    if fix.safe:
        return line + " " + tr("(safe to apply)")
    return line + " " + tr("(to check: {note})").format(note=tr(fix.note))


def preview(text: str, blocks: Sequence[Block], brand: Brand, report: Report,
            finding: Finding, tr: Callable[[str], str]) -> str | None:
    """The card's line for ``finding``, or ``None`` when it has no mechanical fix."""
    if KIND_OF_RULE.get(finding.rule) is None:
        return None
    fix = fix_for(report_fixes(text, blocks, brand, report), finding)
    return None if fix is None else describe(fix, tr)
