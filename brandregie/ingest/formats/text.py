"""Plain text (``.txt``): paragraphs are separated by blank lines, bullets become list items.

Lines of page furniture ("Terug naar overzicht", "Skip to main content") are dropped
(:mod:`brandregie.ingest.boilerplate`).

Agencies send UTF-8, UTF-16 from Windows tools, or Windows-1252 from old mail clients; the
encoding is chosen by byte-order mark, then strict UTF-8, then Windows-1252, then Latin-1 (which
decodes anything), so text is never lost to a wrong guess and never raises.
"""

from __future__ import annotations

import re

from brandregie.ingest.boilerplate import drop_boilerplate
from brandregie.ingest.builder import DocumentBuilder
from brandregie.ingest.document import BlockKind, Document
from brandregie.ingest.formats.context import ReadContext

_BLANK = re.compile(r"\n[ \t]*\n+")
_BULLET = re.compile(r"^\s*(?:[-*+•‣◦▪–]|\d{1,3}[.)])\s+")


def decode_text(data: bytes) -> str:
    """The text of ``data`` in whichever encoding it was written."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def split_paragraphs(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p for p in _BLANK.split(text) if p.strip()]


def add_plain_text(builder: DocumentBuilder, text: str) -> None:
    """Blocks for a plain text: one per paragraph, one per bullet of a bulleted paragraph."""
    paragraphs = [p for p in (drop_boilerplate(p) for p in split_paragraphs(text)) if p.strip()]
    for index, paragraph in enumerate(paragraphs):
        # Most paragraphs are prose: when the paragraph does not open like a bullet, its first
        # line is none, and the lines need no look.
        lines = ([line for line in paragraph.split("\n") if line.strip()]
                 if _BULLET.match(paragraph) else [])
        if lines and all(_BULLET.match(line) for line in lines):
            for line in lines:
                builder.add_block(BlockKind.LIST_ITEM, _BULLET.sub("", line, count=1))
        else:
            builder.add_block(BlockKind.PARAGRAPH, paragraph)
        if index % 200 == 0:
            builder.progress(index / max(len(paragraphs), 1))


def read_text(data: bytes, ctx: ReadContext) -> Document:
    builder = ctx.builder("text")
    add_plain_text(builder, decode_text(data))
    return builder.build()
