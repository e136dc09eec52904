"""Fixes the owner applies while reviewing, and the agency's file that carries them.

Which finding has a mechanical fix is worked out from the stored draft and the profile revision
it was checked against (:mod:`brandregie.fixes.preview`); an applied fix is stored as the
finding's answer (``fixed``). Writing the file back reads the agency's file again in the form
the fixes module writes (a Word file's paragraphs, an HTML file's blocks, a text file as it is),
checks it, and pairs its findings with the stored ones (as versions are compared), so each fix
and comment lands on the words the owner saw.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from brandregie.checks.model import Finding, Report
from brandregie.errors import BrandRegieError
from brandregie.fixes.model import KIND_OF_RULE, KINDS, Fix
from brandregie.i18n import _, translator
from brandregie.ingest.document import Document
from brandregie.models.review import FindingAnswer
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.compare import match_findings
from brandregie.review.records import ReviewedFinding, VersionReview
from brandregie.review.service import ReviewService

#: The draft kinds a corrected copy is written for.
CORRECTABLE = ("text", "markdown", "html", "docx", "odt")


def review_fixes(review: VersionReview) -> dict[str, Fix]:
    """The fix for each finding (by key) that has a mechanical one."""
    report, draft, brand = review.report, review.draft, review.brand
    if report is None or draft is None or brand is None:
        return {}
    if not any(KIND_OF_RULE.get(f.finding.rule) for f in review.findings):
        return {}
    from brandregie.fixes.preview import report_fixes  # the grammar tables: only when needed

    # fixes do not overlap: in text order their ends rise too, so each finding's fix is a
    # bisection away (a long draft has hundreds of both)
    by_kind: dict[str, list[Fix]] = {}
    for fix in sorted(report_fixes(draft.text, draft.blocks, brand, report),
                      key=lambda f: f.start):
        by_kind.setdefault(fix.kind, []).append(fix)
    ends = {kind: [f.end for f in fixes] for kind, fixes in by_kind.items()}
    found: dict[str, Fix] = {}
    for reviewed in review.findings:
        kind = KIND_OF_RULE.get(reviewed.finding.rule)
        if kind is None or kind not in by_kind:
            continue
        start, end = reviewed.finding.location.start, reviewed.finding.location.end
        index = bisect_right(ends[kind], start)
        if index < len(by_kind[kind]) and by_kind[kind][index].start < max(end, start + 1):
            found[reviewed.key] = by_kind[kind][index]
    return found


def safe_fix_keys(review: VersionReview) -> list[str]:
    """The findings whose fix is safe to apply unread and that are not answered otherwise."""
    fixes = review_fixes(review)
    return [f.key for f in review.findings
            if f.key in fixes and fixes[f.key].safe
            and f.answer in (FindingAnswer.OPEN, FindingAnswer.ACCEPTED)]


def applied(review: VersionReview) -> list[ReviewedFinding]:
    return [f for f in review.findings if f.answer is FindingAnswer.FIXED]


def with_fixes(review: VersionReview, findings: Sequence[ReviewedFinding], lang: str
               ) -> tuple[ReviewedFinding, ...]:
    """``findings``, each applied fix's remark saying the brand's version (in ``lang``), so a
    feedback that cannot carry the change itself (a PDF, the report) still asks for it."""
    fixed = [f for f in findings if f.answer is FindingAnswer.FIXED]
    if not fixed:
        return tuple(findings)
    fixes = review_fixes(review)
    t = translator(lang)
    said: dict[str, str] = {}
    for reviewed in fixed:
        fix = fixes.get(reviewed.key)
        if fix is not None:
            line = t("The brand's version: “{before}” → “{after}”").format(
                before=fix.before, after=fix.after or "∅")
            said[reviewed.key] = f"{reviewed.remark}\n{line}" if reviewed.remark else line
    return tuple(replace(f, remark=said[f.key]) if f.key in said else f for f in findings)


@dataclass
class _Fixable:
    """The agency's file as the fixes module reads it: a document and a writer."""

    document: Document
    write: Callable[[list[Fix], list[tuple[int, int, str]]], bytes]


def _fixable(kind: str, data: bytes, name: str, author: str) -> _Fixable:
    from brandregie.ingest.limits import Limits
    from brandregie.ingest.safezip import check_zip

    if kind == "docx":
        from brandregie.fixes.docx import Note, WordDraft

        word = WordDraft(check_zip(data, name, "docx", Limits()), name)

        def write_word(fixes: list[Fix], notes: list[tuple[int, int, str]]) -> bytes:
            return word.write(fixes, [Note(*n) for n in notes], author)[0]

        return _Fixable(word.document, write_word)
    if kind == "odt":
        from brandregie.fixes.odt import OdtDraft

        odt = OdtDraft(check_zip(data, name, "odt", Limits()), name)
        return _Fixable(odt.document, lambda fixes, _notes: odt.write(fixes, author)[0])
    from brandregie.ingest.formats.text import decode_text

    text = decode_text(data)
    if kind == "html":
        from brandregie.fixes.html import HtmlDraft

        page = HtmlDraft(text, name)

        def write_html(fixes: list[Fix], _notes: list[tuple[int, int, str]]) -> bytes:
            page.apply(fixes)
            return page.html().encode("utf-8")

        return _Fixable(page.document, write_html)
    from brandregie.fixes.plain import fixed_text, plain_document

    return _Fixable(plain_document(name, text, kind),
                    lambda fixes, _notes: fixed_text(text, fixes).encode("utf-8"))


def _placed(fixable: _Fixable, review: VersionReview, snapshot: ProfileSnapshot,
            findings: Sequence[Finding]) -> tuple[Report, dict[int, Finding]]:
    """The file checked again, and which of its findings is each of ``findings`` (by id)."""
    from brandregie.checks import check_document

    draft = review.draft
    report = check_document(fixable.document, snapshot,
                            draft_language=draft.language if draft else None,
                            deliverable=review.assignment.kind.value)
    _, _, pairs = match_findings(findings, report.findings)
    return report, {id(old): new for old, new in pairs}


def write_fixed(review: VersionReview, snapshot: ProfileSnapshot, data: bytes, *,
                notes: Sequence[tuple[Finding, str]] = (), author: str = "BrandRegie"
                ) -> bytes:
    """The agency's file with the owner's applied fixes (tracked changes in Word and
    OpenDocument) and, in a Word file, ``notes`` (finding, comment text) as comments."""
    from brandregie.fixes.preview import fix_for
    from brandregie.fixes.propose import fixes_for

    draft = review.draft
    if draft is None or draft.kind not in CORRECTABLE:
        raise BrandRegieError(_("a corrected copy is written for Word, OpenDocument, HTML, "
                                "text and Markdown drafts only"))
    fixable = _fixable(draft.kind, data, review.version.file_name, author)
    done = [f.finding for f in applied(review)]
    noted = [finding for finding, _text in notes]
    report, pairs = _placed(fixable, review, snapshot, [*done, *noted])
    fixes = fixes_for(fixable.document, snapshot.brand, report, frozenset(KINDS))
    chosen: list[Fix] = []
    for finding in done:
        new = pairs.get(id(finding))
        fix = fix_for(fixes, new) if new is not None else None
        if fix is not None and fix not in chosen:
            chosen.append(fix)
    text = fixable.document.text
    comments: list[tuple[int, int, str]] = []
    for finding, comment in notes:
        new = pairs.get(id(finding))
        if new is not None:
            comments.append((new.location.start, new.location.end, comment))
            continue
        at = text.find(finding.excerpt) if finding.excerpt else -1
        comments.append((at, at + len(finding.excerpt), comment) if at >= 0 else (0, 0, comment))
    return fixable.write(chosen, comments)


def corrected_name(file_name: str) -> str:
    """``post.md`` -> ``post - corrected.md``."""
    path = Path(file_name)
    return f"{path.stem or 'draft'} - corrected{path.suffix}"


def corrected_copy(service: ReviewService, version_id: int) -> tuple[str, bytes]:
    """A copy of the agency's file with the fixes the owner applied: (suggested name, bytes)."""
    review = service.review(version_id)
    snapshot = service.profiles.snapshot(review.assignment.brand_id,
                                         review.version.profile_revision)
    file_name, data = service.version_data(version_id)
    return corrected_name(file_name), write_fixed(review, snapshot, data, author=service.author)
