"""Fix proposals for a draft: the findings of the check whose repair is mechanical.

The check finds (this module never matches terms itself); each finding of a fixable rule
becomes a :class:`~brandregie.fixes.model.Fix` with the brand's words in the draft's form. Words
in quotation marks are someone else's and are left alone. Address findings are converted a
sentence at a time (:mod:`brandregie.fixes.address`), since the verb goes with the pronoun.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from brandregie.checks import Report, check_document
from brandregie.checks.model import Finding
from brandregie.checks.repeats import each_place
from brandregie.checks.rules.tone import EMOJI
from brandregie.checks.text import in_spans, quote_spans, split_sentences
from brandregie.fixes.address import to_je, to_u
from brandregie.fixes.model import KIND_OF_RULE, KINDS, Fix, non_overlapping
from brandregie.fixes.wordforms import inflect, replace_word
from brandregie.ingest.document import Block, Document
from brandregie.profile.schema import Brand
from brandregie.profile.snapshot import ProfileSnapshot

#: Why a fix is to check (English; translated where shown).
NOTE_COMPOUND = "the word is part of a compound or its form is unsure: check the form"
NOTE_ADVICE = "the brand's suggestion is advice: check that it fits the sentence"


def parse_kinds(text: str | None) -> frozenset[str]:
    """``terms,address`` -> the kinds; ``None`` -> all. Unknown names raise ``ValueError``."""
    if not text:
        return frozenset(KINDS)
    kinds = {part.strip() for part in text.split(",") if part.strip()}
    unknown = sorted(kinds - set(KINDS))
    if unknown:
        raise ValueError(", ".join(unknown))
    return frozenset(kinds)


def propose(document: Document, snapshot: ProfileSnapshot,
            kinds: Iterable[str] | None = None, lang: str = "en") -> tuple[list[Fix], Report]:
    """The fixes for ``document`` (offsets into its text) and the report they come from
    (its messages in ``lang``)."""
    report = check_document(document, snapshot, lang=lang)
    wanted = frozenset(kinds) if kinds is not None else frozenset(KINDS)
    return fixes_for(document, snapshot.brand, report, wanted), report


def fixes_for(document: Document, brand: Brand, report: Report, kinds: frozenset[str]
              ) -> list[Fix]:
    """The fixes for ``report``'s findings of ``kinds`` (offsets into ``document.text``)."""
    fixes: list[Fix] = []
    address: dict[tuple[int, int], list[Finding]] = defaultdict(list)
    text = document.text
    for finding in each_place(report.findings, text):  # a folded finding: each of its places
        kind = KIND_OF_RULE.get(finding.rule)
        if kind is None or kind not in kinds:
            continue
        start, end = finding.location.start, finding.location.end
        block = document.block_at(start)
        if block is None or _quoted(block, start):
            continue
        if kind == "address":
            sentence = _sentence_of(block, start)
            address[sentence].append(finding)
            continue
        fix = _fix(kind, finding, text, block, brand)
        if fix is not None and fix.after != fix.before:
            fixes.append(fix)
    target = "u" if brand.character.address.get("nl", "je") == "u" else "je"
    for (start, end), found in address.items():
        fixes.extend(_address_fixes(text[start:end], start, found, target))
    return non_overlapping(fixes)


def _quoted(block: Block, start: int) -> bool:
    return in_spans(start - block.start, quote_spans(block.text))


def _sentence_of(block: Block, start: int) -> tuple[int, int]:
    offset = start - block.start
    for sentence in split_sentences(block.text):
        if sentence.start <= offset < sentence.end:
            return block.start + sentence.start, block.start + sentence.end
    return block.start, block.end


def _sentence_start(block: Block, start: int) -> bool:
    """Whether ``start`` is where a sentence (or a heading, a list item) begins."""
    head = block.text[:start - block.start].rstrip(" \t\"'“‘(")
    return not head or head.endswith((".", "!", "?", "…", ":", "\n", "#", "*", "-", "•"))


def _address_fixes(sentence: str, offset: int, findings: list[Finding], target: str
                   ) -> list[Fix]:
    positions = [f.location.start - offset for f in findings]
    convert = to_je if target == "je" else to_u
    rule = findings[0].rule
    return [Fix("address", rule, offset + e.start, offset + e.end, sentence[e.start:e.end],
                e.text, e.safe, e.note) for e in convert(sentence, positions)]


def _fix(kind: str, finding: Finding, text: str, block: Block, brand: Brand) -> Fix | None:
    start, end = finding.location.start, finding.location.end
    found = text[start:end]
    if kind == "names":
        if finding.suggestion is None or "\n" in found:
            return None
        return Fix(kind, finding.rule, start, end, found, finding.suggestion, True)
    if kind == "terms":
        return _term_fix(finding, found, block, brand)
    if kind == "exclamation":
        return _exclamation_fix(finding, found, brand)
    if kind == "emoji":
        return _emoji_fix(finding, text, block)
    return None


def _term_fix(finding: Finding, found: str, block: Block, brand: Brand) -> Fix | None:
    start, end = finding.location.start, finding.location.end
    at_start = _sentence_start(block, start)
    if finding.rule == "terminology.preferred":
        entry = next((p for p in brand.vocabulary.preferred if p.use == finding.suggestion),
                     None)
        if entry is None:
            return None
        term = _listed_variant(found, entry.not_)
        new, sure = replace_word(found, term, entry.use, at_start)
        if term.isupper() and _after_a_number(block, start):  # twaalf FTE -> twaalf medewerkers
            new, sure = inflect(new, "plural")
        return Fix("terms", finding.rule, start, end, found, new, sure and "\n" not in found,
                   "" if sure else NOTE_COMPOUND)
    banned = next((b for b in brand.vocabulary.banned if b.suggest == finding.suggestion
                   and finding.suggestion), None)
    if banned is None or banned.suggest is None or len(banned.suggest.split()) > 2:
        return None  # advice ("say what we do"), not a word to put in its place
    new, _ = replace_word(found, banned.term, banned.suggest, at_start)
    return Fix("terms", finding.rule, start, end, found, new, False, NOTE_ADVICE)


#: Words before a noun that make it plural (an abbreviation shows no plural of its own).
_NUMBERS = """
    twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien
    zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig
    honderd honderden duizend duizenden enkele meerdere vele veel alle beide sommige diverse
    verschillende"""
_MANY = frozenset(_NUMBERS.split())


def _after_a_number(block: Block, start: int) -> bool:
    """Whether the word before ``start`` counts more than one (``twaalf``, ``12``)."""
    words = block.text[:start - block.start].split()
    if not words:
        return False
    last = words[-1].lower().strip("(")
    if last.replace(",", "").replace(".", "").isdigit():
        return last not in ("1", "1,0", "1.0")
    return last in _MANY


def _listed_variant(found: str, variants: Sequence[str]) -> str:
    """Which of the listed wrong words ``found`` is (the longest one it starts like)."""
    lower = " ".join(found.lower().split())
    best = variants[0] if variants else found
    best_score = -1
    for variant in variants:
        v = " ".join(variant.lower().split())
        score = 0
        while score < min(len(v), len(lower)) and v[score] == lower[score]:
            score += 1
        if v in lower:
            score += 100 + len(v)
        if score > best_score:
            best, best_score = variant, score
    return best


def _exclamation_fix(finding: Finding, found: str, brand: Brand) -> Fix:
    start, end = finding.location.start, finding.location.end
    if "?" in found:
        new = "?"
    elif len(found) > 1 and brand.character.exclamation_marks != "never":
        new = "!"
    else:
        new = "."
    return Fix("exclamation", finding.rule, start, end, found, new, True)


def _emoji_fix(finding: Finding, text: str, block: Block) -> Fix | None:
    start, end = finding.location.start, finding.location.end
    if not EMOJI.fullmatch(text, start, end):
        return None
    lo, hi = start, end
    line_start = block.start if "\n" not in text[block.start:start] else \
        text.rfind("\n", block.start, start) + 1
    before = text[line_start:lo].rstrip(" ")
    after = text[hi:].lstrip(" ")[:1]
    if before and before[-1].isalnum() and after.isupper():
        # "super goedkoop 😍 Kom langs": the emoji ended the sentence, a full stop takes over
        lo = line_start + len(before)
        return Fix("emoji", finding.rule, lo, hi, text[lo:hi], ".", True)
    if hi < len(text) and text[hi] == " " and (lo == line_start or text[lo - 1] == " "):
        hi += 1  # "🍞 Vers" -> "Vers", "brood 🍞 vers" -> "brood vers"
    elif lo > line_start and text[lo - 1] == " ":
        lo -= 1  # "vers 🍞" -> "vers", "vers 🍞." -> "vers."
    return Fix("emoji", finding.rule, lo, hi, text[lo:hi], "", True)
