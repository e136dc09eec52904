"""Markdown (``.md``): headings, list items and table cells as blocks, markup removed.

Findings point at the words a person reads, so the document text holds the rendered words
("**vers** brood" becomes "vers brood"; a link keeps its label). Only the common block syntax
is recognised (ATX and Setext headings, bullets, numbered items, pipe tables, quotes, fences);
anything else is a paragraph, which is what a reader sees anyway.
"""

from __future__ import annotations

import re

from brandregie.ingest.builder import DocumentBuilder
from brandregie.ingest.document import BlockKind, Document
from brandregie.ingest.formats.context import ReadContext
from brandregie.ingest.formats.text import decode_text

MAX_INLINE = 20_000
_ATX = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_ITEM = re.compile(r"^ {0,12}(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# possessive: "\s*\|?\s*" backtracked over a line of spaces (quadratic; it is tried on every
# line's next line: 3,000 nested list items, 9 MB, took over a minute)
_TABLE_SEP = re.compile(r"^\s*+\|?\s*+:?-{2,}+:?\s*+(?:\|\s*+:?-{2,}+:?\s*+)*+\|?\s*+$")
_QUOTE = re.compile(r"^ {0,3}>[ ]?")

_IMAGE = re.compile(r"!\[([^\]]{0,500})\]\([^)]{0,2000}\)")
_LINK = re.compile(r"\[([^\]]{0,500})\]\([^)]{0,2000}\)|\[([^\]]{0,500})\]\[[^\]]{0,200}\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]{1,2000})>")
_CODE = re.compile(r"`([^`]{1,2000})`")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,2000}?)(?<=\S)\1")
_EMPH = re.compile(r"(?<![\w*])([*_])(?=\S)(.{1,2000}?)(?<=\S)\1(?![\w*])")
_STRIKE = re.compile(r"~~(?=\S)(.{1,2000}?)(?<=\S)~~")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,500}>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def inline_text(text: str) -> str:
    """The words of one Markdown line or paragraph, inline markup removed.

    Paragraphs longer than :data:`MAX_INLINE` (no real one is) only lose their emphasis
    markers, so bounded-but-costly patterns never run over megabytes of hostile text.
    """
    if len(text) > MAX_INLINE:
        return text.replace("**", "").replace("__", "")
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = _CODE.sub(lambda m: m.group(1), text)
    for _round in range(3):
        text = _STRONG.sub(lambda m: m.group(2), text)
        text = _EMPH.sub(lambda m: m.group(2), text)
        text = _STRIKE.sub(lambda m: m.group(1), text)
    text = _TAG.sub("", text)
    return _ESCAPE.sub(lambda m: m.group(1), text)


def _heading_text(line: str) -> str:
    """The words of an ATX heading: opening and closing ``#`` runs removed (no regex: a
    lazy pattern here is quadratic on a long hostile line)."""
    text = line.strip().lstrip("#")
    stripped = text.rstrip().rstrip("#")
    if stripped != text.rstrip() and (not stripped or stripped[-1] in " \t"):
        text = stripped
    return text.strip()


def _table_cells(line: str) -> list[str]:
    row = line.strip()
    row = row.removeprefix("|").removesuffix("|")
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", row)]


class _Blocks:
    """Gathers paragraph or list-item lines until a blank line or a new block starts."""

    def __init__(self, builder: DocumentBuilder) -> None:
        self.builder = builder
        self.kind: BlockKind | None = None
        self.lines: list[str] = []

    def flush(self) -> None:
        if self.kind is not None and self.lines:
            self.builder.add_block(self.kind, inline_text("\n".join(self.lines)))
        self.kind, self.lines = None, []

    def add(self, kind: BlockKind, line: str) -> None:
        if self.kind is not kind or kind is BlockKind.LIST_ITEM:
            self.flush()
            self.kind = kind
        self.lines.append(line)


def read_markdown(data: bytes, ctx: ReadContext) -> Document:
    builder = ctx.builder("markdown")
    lines = decode_text(data).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks = _Blocks(builder)
    fence: str | None = None
    total = max(len(lines), 1)
    for index, raw in enumerate(lines):
        if index % 2000 == 0:
            builder.progress(index / total)
        line = _QUOTE.sub("", raw)
        if fence is not None:
            if line.strip().startswith(fence):
                blocks.flush()
                fence = None
            else:
                blocks.add(BlockKind.PARAGRAPH, line)
            continue
        if match := _FENCE.match(line):
            blocks.flush()
            fence = match.group(1)
            continue
        if not line.strip():
            blocks.flush()
            continue
        if (match := _SETEXT.match(line)) and blocks.kind is BlockKind.PARAGRAPH \
                and len(blocks.lines) == 1:
            blocks.kind = BlockKind.HEADING
            blocks.flush()
            continue
        if _RULE.match(line):
            blocks.flush()
            continue
        if _ATX.match(line):
            blocks.flush()
            builder.add_block(BlockKind.HEADING, inline_text(_heading_text(line)))
            continue
        if ("|" in line and line.strip().startswith("|")) or (
                index + 1 < len(lines) and _TABLE_SEP.match(lines[index + 1]) and "|" in line):
            blocks.flush()
            if not _TABLE_SEP.match(line):
                for cell in _table_cells(line):
                    builder.add_block(BlockKind.TABLE_CELL, inline_text(cell))
            continue
        if _TABLE_SEP.match(line) and "|" in line:
            continue
        if match := _ITEM.match(line):
            blocks.add(BlockKind.LIST_ITEM, match.group(1))
            continue
        if blocks.kind is BlockKind.LIST_ITEM and raw.startswith((" ", "\t")):
            blocks.lines.append(line.strip())
            continue
        blocks.add(BlockKind.PARAGRAPH, line)
    blocks.flush()
    return builder.build()
