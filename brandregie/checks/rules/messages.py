"""messages.key-message: which of the brand's key messages the draft carries.

A key message written in another language than the draft's (a Dutch message, an English post)
cannot be judged and is left out. A key message is carried when most of its keywords appear in
the draft, lemmatised and with compounds (``handgebakken`` carries ``gebakken``): one or two
keywords must all appear; of three or more, more than half (3 -> 2, 4 -> 3, 5 -> 3). A message
without keywords is judged on its own content words. One finding names every message missing:
a hint when the draft carries at least one, a warning when it carries none. Pages that open as
terms and conditions, a returns, shipping or privacy page are not judged on key messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from brandregie.checks.context import CheckContext, TermRule
from brandregie.checks.language import WORD, detect_language
from brandregie.checks.model import Severity
from brandregie.checks.terms import HitsByKind, Term
from brandregie.checks.text import Segment
from brandregie.ingest.document import Block

#: Titles of pages that state terms, not the brand: key messages do not belong there.
_TERMS_TITLE = re.compile(
    r"\b(?:(?:algemene |leverings|verkoop)?voorwaarden|verzend|retour|ruilen|privacy|cookie|"
    r"disclaimer|terms|conditions|returns|refunds?|shipping|policy)", re.IGNORECASE)
_TITLE_MAX = 80


def _is_terms_page(opening: str) -> bool:
    """Whether the draft opens as terms and conditions, a returns or privacy page."""
    return len(opening) <= _TITLE_MAX and bool(_TERMS_TITLE.search(opening))


def needed(count: int) -> int:
    return count if count <= 2 else count // 2 + 1


class KeyMessageRule(TermRule):
    kinds = frozenset({"keyword"})

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        fallback = next(iter(ctx.brand.languages), ctx.lang)
        self.messages = tuple(
            m for m in ctx.brand.vocabulary.key_messages
            if detect_language(" ".join((m.text, *m.keywords)), fallback) == ctx.lang)
        self.keywords: list[tuple[str, ...]] = []
        for message in self.messages:
            words = tuple(k for k in message.keywords if k.strip())
            if not words:
                words = tuple(w for w in (m.group() for m in WORD.finditer(message.text))
                              if len(w) >= 4 and w.lower() not in ctx.tools.stopwords)
            self.keywords.append(words)
        self.found: set[tuple[int, int]] = set()
        #: The draft's first block with text (its opening): the first segment's block.
        self.first: Block | None = next((b for b in ctx.document.blocks if b.text), None)

    @property
    def active(self) -> bool:
        return bool(self.messages)

    def terms(self) -> Iterator[Term]:
        for number, words in enumerate(self.keywords):
            for position, word in enumerate(words):
                yield Term("keyword", word, (number, position))

    def visit(self, segment: Segment, hits: HitsByKind) -> None:
        for hit in hits.get("keyword", ()):
            ref = hit.term.ref
            assert isinstance(ref, tuple)
            self.found.add(ref)

    def carried(self, number: int) -> bool:
        words = self.keywords[number]
        if not words:
            return True
        hits = sum(1 for position in range(len(words)) if (number, position) in self.found)
        return hits >= needed(len(words))

    def finish(self) -> None:
        if not self.messages or self.first is None or _is_terms_page(self.first.text):
            return
        missing = [m.text for n, m in enumerate(self.messages) if not self.carried(n)]
        if not missing:
            return
        tr = self.ctx.tr
        quoted = ", ".join(f"“{text.rstrip('.!? ')}”" for text in missing)
        if len(missing) == 1:
            message = tr("The draft does not carry the key message {messages}; every text is "
                         "a chance to repeat what the brand stands for.")
        else:
            message = tr("The draft does not carry these key messages: {messages}. Every "
                         "text is a chance to repeat what the brand stands for.")
        severity = Severity.WARNING if len(missing) == len(self.messages) else Severity.INFO
        self.ctx.add_at_block("messages.key-message", severity,
                              message.format(messages=quoted), self.first,
                              tr("Work the message into the opening or the closing lines."))
