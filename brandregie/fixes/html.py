"""HTML drafts (web pages, newsletters): the text fixed in place, the markup left as it was.

The text of each block element (paragraph, heading, list item, cell) is checked as one piece,
so a sentence split by inline markup (``Heeft <b>u</b> vragen?``) is still one sentence. A fix
is written back into the text nodes it covers: the first gets the brand's words, the others
lose the words it replaced. Scripts, styles and the page's head are never read or changed.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html
from lxml import etree

from brandregie.fixes.model import Fix, word_parts
from brandregie.ingest.document import Block, BlockKind, Document

_BLOCKS = """
    address article aside blockquote body caption dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section
    summary table tbody td tfoot th thead tr ul html"""
BLOCK_TAGS = frozenset(_BLOCKS.split())
SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "svg", "math"})


@dataclass
class _Slot:
    """A text node: ``element.text`` or ``element.tail``."""

    element: etree._Element
    tail: bool

    def get(self) -> str:
        return (self.element.tail if self.tail else self.element.text) or ""

    def put(self, value: str) -> None:
        if self.tail:
            self.element.tail = value
        else:
            self.element.text = value


class HtmlDraft:
    """An HTML file opened for fixing: its block texts as a checkable document, and a writer."""

    def __init__(self, text: str, name: str) -> None:
        self.tree = lxml.html.document_fromstring(text).getroottree()
        self.groups: list[list[_Slot]] = []
        self._walk(self.tree.getroot(), None)
        self.groups = [g for g in self.groups if "".join(s.get() for s in g).strip()]
        blocks: list[Block] = []
        parts: list[str] = []
        self.offsets: list[int] = []
        at = 0
        for group in self.groups:
            block_text = "".join(s.get() for s in group)
            self.offsets.append(at)
            blocks.append(Block(BlockKind.PARAGRAPH, block_text, len(blocks) + 1, at,
                                at + len(block_text)))
            parts.append(block_text)
            at += len(block_text) + 2
        self.document = Document(name=name, kind="html", text="\n\n".join(parts),
                                 blocks=tuple(blocks))

    def _walk(self, element: etree._Element, group: list[_Slot] | None) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.lower() in SKIPPED or not tag:
            return
        if group is None or tag.lower() in BLOCK_TAGS:
            group = []
            self.groups.append(group)
        group.append(_Slot(element, tail=False))
        for child in element:
            self._walk(child, group)
            if child.tail is not None:
                # the tail continues the parent's text; after a block child, a new group
                if isinstance(child.tag, str) and child.tag.lower() in BLOCK_TAGS:
                    group = []
                    self.groups.append(group)
                group.append(_Slot(child, tail=True))

    def apply(self, fixes: list[Fix]) -> list[Fix]:
        """Write ``fixes`` into the text nodes; the fixes that could be placed."""
        applied: list[Fix] = []
        for fix in sorted(fixes, key=lambda f: -f.start):
            index = next((n for n in range(len(self.offsets) - 1, -1, -1)
                          if self.offsets[n] <= fix.start), None)
            if index is None:
                continue
            lo, hi = fix.start - self.offsets[index], fix.end - self.offsets[index]
            group = self.groups[index]
            if hi > sum(len(s.get()) for s in group):
                continue
            for a, b, new in word_parts(fix, lo, hi):
                self._write(group, a, b, new)
            applied.append(fix)
        return applied

    @staticmethod
    def _write(group: list[_Slot], lo: int, hi: int, after: str) -> None:
        at = 0
        placed = False
        for slot in group:
            text = slot.get()
            start, end = at, at + len(text)
            at = end
            if end <= lo or start >= hi or (start == end):
                continue
            a, b = max(lo, start) - start, min(hi, end) - start
            slot.put(text[:a] + ("" if placed else after) + text[b:])
            placed = True

    def html(self) -> str:
        return str(lxml.html.tostring(self.tree, encoding="unicode",
                                      doctype=self.tree.docinfo.doctype or None))
