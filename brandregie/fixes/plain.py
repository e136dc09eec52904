"""Text and Markdown drafts: the file's own text is what gets checked and fixed.

The draft is checked on its text exactly as written (paragraphs are the stretches between blank
lines), so every finding's offsets point into the file itself and a fix changes only its words:
lines and paragraphs stay one for one, markup and line endings untouched.
"""

from __future__ import annotations

import re

from brandregie.fixes.model import Fix, apply_fixes
from brandregie.ingest.document import Block, BlockKind, Document

_BLANK = re.compile(r"\r?\n[ \t]*(?:\r?\n[ \t]*)+")


def plain_document(name: str, text: str, kind: str = "text") -> Document:
    """``text`` as a document whose offsets are offsets into ``text`` itself."""
    blocks: list[Block] = []
    at = 0
    for match in [*_BLANK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[at:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            blocks.append(Block(BlockKind.PARAGRAPH, chunk[lead:trail], len(blocks) + 1,
                                at + lead, at + trail))
        if match:
            at = match.end()
    return Document(name=name, kind=kind, text=text, blocks=tuple(blocks))


def line_safe(fixes: list[Fix]) -> list[Fix]:
    """Fixes that keep the lines one for one (none adds or removes a line break)."""
    return [f for f in fixes if f.before.count("\n") == f.after.count("\n")]


def fixed_text(text: str, fixes: list[Fix]) -> str:
    return apply_fixes(text, line_safe(fixes))
