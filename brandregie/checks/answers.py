"""The owner's answers to findings, as plain values and pure functions.

*Dismiss* keeps a finding out of this draft's score (the reason is kept for the agency report).
*Allow this word* and *ban this word* propose a change to the brand itself: they return a new
:class:`~brandregie.profile.schema.Brand` and store nothing. The profile layer saves it
(:meth:`~brandregie.profile.service.ProfileService.save_change`) as a new revision, so the
change shows in the history like any edit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from brandregie.checks.model import Finding, Report
from brandregie.checks.score import category_scores, overall, traffic_light
from brandregie.errors import BrandRegieError
from brandregie.i18n import _
from brandregie.profile.schema import BannedTerm, Brand


@dataclass(frozen=True, slots=True)
class Dismissal:
    """The owner set one finding aside for one draft: which rule, where, and why."""

    rule: str
    start: int
    end: int
    excerpt: str
    reason: str = ""

    def matches(self, finding: Finding) -> bool:
        """Same rule at the same place with the same words (so a changed text does not match)."""
        return (finding.rule == self.rule and finding.location.start == self.start
                and finding.location.end == self.end and finding.excerpt == self.excerpt)


def dismissal_for(finding: Finding, reason: str = "") -> Dismissal:
    return Dismissal(finding.rule, finding.location.start, finding.location.end,
                     finding.excerpt, reason)


def apply_dismissals(report: Report, dismissals: tuple[Dismissal, ...] | list[Dismissal]
                     ) -> Report:
    """The report without the dismissed findings, its score and traffic light recomputed."""
    kept: list[Finding] = []
    dismissed = list(report.dismissed)
    for finding in report.findings:
        if any(d.matches(finding) for d in dismissals):
            dismissed.append(finding)
        else:
            kept.append(finding)
    applicable = [c for c, score in report.categories if score is not None]
    categories = category_scores(kept, applicable)
    score = overall(categories)
    return replace(report, findings=tuple(kept), dismissed=tuple(dismissed),
                   categories=categories, score=score,
                   traffic_light=traffic_light(score, kept))


def _same(first: str, second: str) -> bool:
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


def allow_word(brand: Brand, word: str) -> Brand:
    """The brand with ``word`` allowed: off the banned list and the ``not`` lists of preferred
    terms, and on the ``allowed`` list so the built-in cliché and jargon lists pass it."""
    word = " ".join(word.split())
    if not word:
        raise BrandRegieError(_("say which word to allow"))
    vocabulary = brand.vocabulary
    banned = tuple(b for b in vocabulary.banned if not _same(b.term, word))
    preferred = tuple(p.model_copy(update={"not_": tuple(n for n in p.not_ if not _same(n, word))})
                      for p in vocabulary.preferred)
    cliches = vocabulary.cliches
    allowed = cliches.allowed
    if not any(_same(a, word) for a in allowed):
        allowed = (*allowed, word)
    extra = tuple(e for e in cliches.extra if not _same(e, word))
    return brand.model_copy(update={"vocabulary": vocabulary.model_copy(update={
        "banned": banned, "preferred": preferred,
        "cliches": cliches.model_copy(update={"allowed": allowed, "extra": extra})})})


def ban_word(brand: Brand, word: str, why: str = "", suggest: str | None = None) -> Brand:
    """The brand with ``word`` banned (with the owner's reason), and no longer allowed."""
    word = " ".join(word.split())
    if not word:
        raise BrandRegieError(_("say which word to ban"))
    vocabulary = brand.vocabulary
    entry = BannedTerm(term=word, why=why.strip(), suggest=(suggest or "").strip() or None)
    banned = (*(b for b in vocabulary.banned if not _same(b.term, word)), entry)
    cliches = vocabulary.cliches
    allowed = tuple(a for a in cliches.allowed if not _same(a, word))
    return brand.model_copy(update={"vocabulary": vocabulary.model_copy(update={
        "banned": banned, "cliches": cliches.model_copy(update={"allowed": allowed})})})
