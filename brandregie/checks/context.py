"""What every rule gets: the draft, the profile, the language tools and a place for findings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from brandregie.checks.language import LanguageTools
from brandregie.checks.message import remembering
from brandregie.checks.model import Finding, Location, Severity
from brandregie.checks.terms import HitsByKind, Term
from brandregie.checks.text import Segment
from brandregie.ingest.document import Block, Document
from brandregie.profile.schema import Brand

EXCERPT_MAX = 240


def excerpt(text: str) -> str:
    """The draft's own words, on one line, shortened with an ellipsis when very long."""
    if len(text) > 2 * EXCERPT_MAX:  # a paragraph's long sentences: flatten only its start
        # The start flattened is the start of the whole flattened: the same first characters.
        head = " ".join(text[:2 * EXCERPT_MAX].split())
        if len(head) > EXCERPT_MAX:
            return head[:EXCERPT_MAX - 1].rstrip() + "…"
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_MAX else flat[:EXCERPT_MAX - 1].rstrip() + "…"


@dataclass
class CheckContext:
    """One check run: read-only inputs and the findings the rules add."""

    document: Document
    brand: Brand
    lang: str
    tr: Callable[[str], str]
    tools: LanguageTools
    vacancy: bool = False
    findings: list[Finding] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Messages remember msgid and arguments, to be said again in the reader's language.
        self.tr = remembering(self.tr)

    def add(self, rule: str, severity: Severity, message: str, segment: Segment, start: int,
            end: int, suggestion: str | None = None) -> None:
        """A finding at ``start:end`` of ``segment``'s text."""
        block = segment.block
        self.findings.append(Finding(
            rule, severity, message, excerpt(segment.text[start:end]),
            Location(block.paragraph, segment.offset + start, segment.offset + end, block.page),
            suggestion or None))

    def add_at_block(self, rule: str, severity: Severity, message: str, block: Block | None,
                     suggestion: str | None = None, text: str | None = None) -> None:
        """A finding about the draft as a whole, pointed at ``block`` (or the draft's start)."""
        if block is None:
            location = Location(None, 0, 0)
            shown = text or ""
        else:
            location = Location(block.paragraph, block.start, block.end, block.page)
            shown = text if text is not None else block.text
        self.findings.append(Finding(rule, severity, message, excerpt(shown), location,
                                     suggestion or None))


class Rule:
    """A rule reads the draft segment by segment, then may add findings about the whole."""

    #: The kinds of hits a rule reads, when that is all it reads of a segment: it is then
    #: visited only for segments that have hits of those kinds (``None``: every segment).
    kinds: frozenset[str] | None = None

    def visit(self, segment: Segment, hits: HitsByKind) -> None:
        """Look at one segment (``hits``: the terms found in it, by kind)."""

    def finish(self) -> None:
        """Add findings that need the whole draft (reading level, key messages)."""


class TermRule(Rule):
    """A rule with terms to find; the engine finds all rules' terms in one pass."""

    def terms(self) -> Iterator[Term]:
        return iter(())
