"""Fix a draft file: the corrected copy beside it, in the draft's own format.

Text and Markdown get a corrected copy, line for line; HTML a copy with its markup as it was;
an OpenDocument text its fixes as ODF tracked changes. A Word file gets a copy with each
applied fix as a tracked change and each other finding (and each fix to check) as a comment.
Only safe fixes are applied; the others are returned for the person to read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from brandregie.checks import Report
from brandregie.errors import BrandRegieError
from brandregie.fixes.docx import Note
from brandregie.fixes.model import Fix
from brandregie.fixes.plain import fixed_text, line_safe, plain_document
from brandregie.fixes.propose import fixes_for
from brandregie.i18n import _, translator
from brandregie.ingest.opening import read_draft
from brandregie.profile.snapshot import ProfileSnapshot

#: The formats ``fix`` writes back, by the kind the reader gives them.
FIXABLE = ("text", "markdown", "docx", "odt", "html")
DEFAULT_AUTHOR = "BrandRegie"
#: Why a safe fix was still not written (English; translated where shown).
NOTE_NOT_PLACED = ("the words cross a field, a text box or an earlier revision in the file: "
                   "change them by hand")


@dataclass
class FixOutcome:
    """What ``fix`` did: the fixes applied, those left to check, and where each one is."""

    applied: list[Fix] = field(default_factory=list)
    to_check: list[Fix] = field(default_factory=list)
    report: Report | None = None
    #: "line" for text files, "paragraph" for Word files; :meth:`place` gives the number.
    unit: str = "line"
    _starts: list[int] = field(default_factory=list)

    def place(self, offset: int) -> int:
        """The line or paragraph (from 1) holding ``offset``."""
        number = 0
        for number, start in enumerate(self._starts, start=1):
            if start > offset:
                return number - 1
        return number


def fix_file(draft: Path, out: Path, snapshot: ProfileSnapshot, kinds: frozenset[str], *,
             author: str = DEFAULT_AUTHOR, lang: str = "en") -> FixOutcome:
    """Write ``draft`` with its safe fixes to ``out``; raise :class:`BrandRegieError` for a
    file that cannot be read or a format that cannot be written back."""
    from brandregie.checks import check_document
    from brandregie.ingest import read_document

    if out.resolve() == draft.resolve():
        raise BrandRegieError(_("{name} is the draft itself: write the fixed copy to another "
                                "file").format(name=out.name))
    document = read_document(draft)  # every check on the file (size, damage, format)
    if document.kind not in FIXABLE:
        raise BrandRegieError(_("{name}: fixes are written back into Word, OpenDocument, HTML, "
                                "text and Markdown files only").format(name=draft.name))
    if document.kind == "docx":
        return _fix_docx(draft, out, snapshot, kinds, author, lang)
    if document.kind == "odt":
        return _fix_odt(draft, out, snapshot, kinds, author, lang)
    from brandregie.ingest.formats.text import decode_text

    if document.kind == "html":
        return _fix_html(decode_text(read_draft(draft, draft.name)), draft.name, out, snapshot,
                         kinds, lang)

    text = decode_text(read_draft(draft, draft.name))
    plain = plain_document(draft.name, text, document.kind)
    report = check_document(plain, snapshot, lang=lang, draft_language=document.language)
    fixes = line_safe(fixes_for(plain, snapshot.brand, report, kinds))
    applied = [f for f in fixes if f.safe]
    _write(out, fixed_text(text, applied).encode("utf-8"))
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    return FixOutcome(applied, [f for f in fixes if not f.safe], report, "line", starts)


def _fix_docx(draft: Path, out: Path, snapshot: ProfileSnapshot, kinds: frozenset[str],
              author: str, lang: str) -> FixOutcome:
    from brandregie.checks import check_document
    from brandregie.fixes.docx import WordDraft
    from brandregie.ingest.limits import Limits
    from brandregie.ingest.safezip import check_zip

    members = check_zip(read_draft(draft, draft.name), draft.name, "docx", Limits())
    word = WordDraft(members, draft.name)
    report = check_document(word.document, snapshot, lang=lang)
    fixes = fixes_for(word.document, snapshot.brand, report, kinds)
    safe = [f for f in fixes if f.safe]
    to_check = [f for f in fixes if not f.safe]
    notes = _notes(report, safe, to_check, lang)
    data, applied = word.write(safe, notes, author)
    _write(out, data)
    left = [replace(f, safe=False, note=NOTE_NOT_PLACED) for f in safe if f not in applied]
    return FixOutcome(applied, to_check + left, report, "paragraph", word.offsets)


def _fix_odt(draft: Path, out: Path, snapshot: ProfileSnapshot, kinds: frozenset[str],
             author: str, lang: str) -> FixOutcome:
    from brandregie.checks import check_document
    from brandregie.fixes.odt import OdtDraft
    from brandregie.ingest.limits import Limits
    from brandregie.ingest.safezip import check_zip

    members = check_zip(read_draft(draft, draft.name), draft.name, "odt", Limits())
    text = OdtDraft(members, draft.name)
    report = check_document(text.document, snapshot, lang=lang)
    fixes = fixes_for(text.document, snapshot.brand, report, kinds)
    safe = [f for f in fixes if f.safe]
    data, applied = text.write(safe, author)
    _write(out, data)
    left = [replace(f, safe=False, note=NOTE_NOT_PLACED) for f in safe if f not in applied]
    return FixOutcome(sorted(applied, key=lambda f: f.start),
                      [f for f in fixes if not f.safe] + left, report, "paragraph",
                      text.offsets)


def _fix_html(text: str, name: str, out: Path, snapshot: ProfileSnapshot,
              kinds: frozenset[str], lang: str) -> FixOutcome:
    from brandregie.checks import check_document
    from brandregie.fixes.html import HtmlDraft

    page = HtmlDraft(text, name)
    report = check_document(page.document, snapshot, lang=lang)
    fixes = fixes_for(page.document, snapshot.brand, report, kinds)
    applied = page.apply([f for f in fixes if f.safe])
    _write(out, page.html().encode("utf-8"))
    return FixOutcome(sorted(applied, key=lambda f: f.start),
                      [f for f in fixes if not f.safe], report, "paragraph", page.offsets)


def _notes(report: Report, applied: list[Fix], to_check: list[Fix], lang: str) -> list[Note]:
    """A comment for every finding no applied fix repairs; a fix to check says its proposal."""
    tr = translator(lang)
    notes: list[Note] = []
    for finding in report.findings:
        start, end = finding.location.start, finding.location.end
        if any(f.start < max(end, start + 1) and start < f.end for f in applied):
            continue
        proposal = next((f for f in to_check if f.start <= start < max(f.end, f.start + 1)),
                        None)
        text = finding.message
        if proposal is not None:
            text += " " + tr("Proposal: “{before}” → “{after}” ({note}).").format(
                before=proposal.before, after=proposal.after, note=tr(proposal.note))
        elif finding.suggestion:
            text += " → " + finding.suggestion
        notes.append(Note(start, end, text))
    return notes


def _write(out: Path, data: bytes) -> None:
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise BrandRegieError(_("{path} cannot be written: {reason}").format(
            path=out, reason=exc.strerror or exc)) from exc
