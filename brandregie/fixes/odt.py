"""Fixes back into an OpenDocument text (.odt) as tracked changes (ODF change tracking).

Only ``content.xml`` changes; the package's other parts are copied as they were. Each fix
becomes a deletion (a ``text:change`` mark, the old words kept in ``text:tracked-changes``)
followed by an insertion (the brand's words between ``text:change-start`` and
``text:change-end``), authored and dated, so LibreOffice shows them under Edit > Track Changes
to accept or reject. A fix is written word by word into the text it covers; one that crosses
something other than text (a tab, a frame, a note) is left for the person to check.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime

from lxml import etree

from brandregie.fixes.model import Fix, word_parts
from brandregie.ingest.document import Block, BlockKind, Document

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
DC = "http://purl.org/dc/elements/1.1/"
CONTENT = "content.xml"
_SKIP = {f"{{{TEXT}}}note", f"{{{OFFICE}}}annotation", f"{{{DRAW}}}frame",
         f"{{{TEXT}}}tracked-changes", f"{{{OFFICE}}}annotation-end"}
_VIRTUAL = {f"{{{TEXT}}}tab": "\t", f"{{{TEXT}}}line-break": "\n"}


def tn(tag: str) -> str:
    return f"{{{TEXT}}}{tag}"


@dataclass
class _Slot:
    """A stretch of a paragraph's text: an element's text or tail, or a space, tab or break
    element (``text`` set: read, never edited)."""

    element: etree._Element
    tail: bool
    text: str | None = None
    #: The slot's length as read (its text shrinks as changes are written, right to left).
    length: int = 0

    def get(self) -> str:
        if self.text is not None:
            return self.text
        return (self.element.tail if self.tail else self.element.text) or ""


class OdtDraft:
    """An .odt opened for fixing: its paragraphs as a checkable document, and a writer."""

    def __init__(self, members: dict[str, bytes], name: str) -> None:
        self.members = members
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        self.root = etree.fromstring(members[CONTENT], parser)
        self.body = self.root.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
        self.groups: list[list[_Slot]] = []
        self.starts: list[list[int]] = []
        if self.body is not None:
            self._blocks(self.body)
        blocks: list[Block] = []
        parts: list[str] = []
        self.offsets: list[int] = []
        at = 0
        for group in self.groups:
            text = "".join(s.get() for s in group)
            self.offsets.append(at)
            self.starts.append(_starts(group))
            if text.strip():
                blocks.append(Block(BlockKind.PARAGRAPH, text, len(blocks) + 1, at,
                                    at + len(text)))
            parts.append(text)
            at += len(text) + 2
        self.document = Document(name=name, kind="odt", text="\n\n".join(parts),
                                 blocks=tuple(blocks))

    def _blocks(self, element: etree._Element) -> None:
        for child in element:
            if not isinstance(child.tag, str) or child.tag in _SKIP:
                continue
            if child.tag in (tn("p"), tn("h")):
                group: list[_Slot] = []
                _slots(child, group, own=True)
                self.groups.append(group)
            else:
                self._blocks(child)

    def write(self, fixes: list[Fix], author: str, when: datetime | None = None
              ) -> tuple[bytes, list[Fix]]:
        """The .odt with ``fixes`` as tracked changes; also the fixes that could be placed."""
        date = (when or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%S")
        changes = _Changes(self.body, author, date) if self.body is not None else None
        applied: list[Fix] = []
        for fix in sorted(fixes, key=lambda f: -f.start):
            index = next((n for n in range(len(self.offsets) - 1, -1, -1)
                          if self.offsets[n] <= fix.start), None)
            if index is None or changes is None:
                continue
            lo, hi = fix.start - self.offsets[index], fix.end - self.offsets[index]
            parts = word_parts(fix, lo, hi)
            places = [self._place(index, a, b) for a, b, _ in parts]
            if any(p is None for p in places):
                continue
            for (_a, _b, new), place in zip(parts, places, strict=True):
                assert place is not None
                slot, a, b = place
                changes.replace(slot, a, b, new)
            applied.append(fix)
        members = dict(self.members)
        members[CONTENT] = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8")
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            if "mimetype" in members:  # ODF: the mimetype first, stored, not compressed
                archive.writestr("mimetype", members["mimetype"], zipfile.ZIP_STORED)
            for name, body in members.items():
                if name != "mimetype":
                    archive.writestr(name, body)
        return out.getvalue(), applied

    def _place(self, index: int, lo: int, hi: int) -> tuple[_Slot, int, int] | None:
        """The editable slot holding ``lo:hi`` of paragraph ``index``, with local offsets."""
        for slot, start in zip(self.groups[index], self.starts[index], strict=True):
            if start <= lo and hi <= start + slot.length and (slot.length or hi > lo):
                return (slot, lo - start, hi - start) if slot.text is None else None
        return None


def _starts(group: list[_Slot]) -> list[int]:
    starts: list[int] = []
    at = 0
    for slot in group:
        starts.append(at)
        slot.length = len(slot.get())
        at += slot.length
    return starts


def _slots(element: etree._Element, group: list[_Slot], own: bool) -> None:
    """The text of ``element`` (a paragraph, span or link) as slots, in document order."""
    group.append(_Slot(element, tail=False))
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag == tn("s"):
            count = child.get(tn("c")) or "1"
            group.append(_Slot(child, False, " " * min(int(count) if count.isdigit() else 1,
                                                       100)))
        elif child.tag in _VIRTUAL:
            group.append(_Slot(child, False, _VIRTUAL[child.tag]))
        elif child.tag not in _SKIP:
            _slots(child, group, own=False)
        group.append(_Slot(child, tail=True))


class _Changes:
    """The document's tracked changes: new regions, and the marks that point at them."""

    def __init__(self, body: etree._Element, author: str, date: str) -> None:
        self.author = author
        self.date = date
        found = body.find(tn("tracked-changes"))
        if found is None:
            found = etree.Element(tn("tracked-changes"))
            body.insert(0, found)
        self.container = found
        used = {r.get(tn("id")) for r in found}
        self.number = 0
        self.used = used

    def _id(self) -> str:
        while True:
            self.number += 1
            candidate = f"ctBR{self.number}"
            if candidate not in self.used:
                self.used.add(candidate)
                return candidate

    def _region(self, kind: str, deleted: str | None) -> str:
        change_id = self._id()
        region = etree.SubElement(self.container, tn("changed-region"), {tn("id"): change_id})
        body = etree.SubElement(region, tn(kind))
        info = etree.SubElement(body, f"{{{OFFICE}}}change-info")
        etree.SubElement(info, f"{{{DC}}}creator").text = self.author
        etree.SubElement(info, f"{{{DC}}}date").text = self.date
        if deleted is not None:
            etree.SubElement(body, tn("p")).text = deleted
        return change_id

    def replace(self, slot: _Slot, lo: int, hi: int, new: str) -> None:
        text = slot.get()
        before, deleted, after = text[:lo], text[lo:hi], text[hi:]
        marks = [etree.Element(tn("change"), {tn("change-id"): self._region("deletion",
                                                                           deleted)})]
        if new:
            inserted = self._region("insertion", None)
            start = etree.Element(tn("change-start"), {tn("change-id"): inserted})
            end = etree.Element(tn("change-end"), {tn("change-id"): inserted})
            start.tail = new
            marks += [start, end]
        marks[-1].tail = after
        if slot.tail:
            slot.element.tail = before
            anchor = slot.element
            for mark in marks:
                anchor.addnext(mark)
                anchor = mark
        else:
            slot.element.text = before
            for offset, mark in enumerate(marks):
                slot.element.insert(offset, mark)
