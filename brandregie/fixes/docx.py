"""Fixes back into the agency's own Word file, as tracked changes they accept or reject.

Only ``word/document.xml`` changes (and the comments part, its relationship and content type
when comments are added); every other part of the package is copied byte for byte, so styles,
headers, footers and images stay as they were. In the body, runs are split exactly at the
fixed words, so a word keeps the formatting of the run it sat in: the old words move into a
``w:del`` (as ``w:delText``), the brand's words follow in a ``w:ins`` run with the same
properties. Findings without an applied fix become Word comments on their words.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise

from lxml import etree

from brandregie.fixes.model import Fix
from brandregie.ingest.document import Block, BlockKind, Document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
COMMENTS_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
DOCUMENT = "word/document.xml"
#: Where a run may sit for us to edit it (runs in fields, old revisions or text boxes' fallback
#: copies are read for the check but never changed).
_EDITABLE_PARENTS = frozenset({f"{{{W}}}p", f"{{{W}}}hyperlink", f"{{{W}}}smartTag"})
_TEXT_CHILDREN = {f"{{{W}}}tab": "\t", f"{{{W}}}br": "\n", f"{{{W}}}cr": "\n",
                  f"{{{W}}}noBreakHyphen": "-"}
#: Run content a tracked deletion may hold besides text (formatting, tabs, breaks).
_PLAIN_CHILDREN = frozenset({f"{{{W}}}rPr", f"{{{W}}}t", *_TEXT_CHILDREN,
                             f"{{{W}}}softHyphen", f"{{{W}}}lastRenderedPageBreak"})


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False)


def _child_text(child: etree._Element) -> str:
    if child.tag == w("t"):
        return child.text or ""
    return _TEXT_CHILDREN.get(child.tag, "")


def _run_text(run: etree._Element) -> str:
    return "".join(_child_text(c) for c in run)


def _own_runs(p: etree._Element) -> Iterator[etree._Element]:
    """The runs of paragraph ``p`` itself (not of a text box inside it, not a fallback)."""
    for run in p.iter(w("r")):
        owner = run.getparent()
        while owner is not None and owner.tag != w("p"):
            if owner.tag == f"{{{MC}}}Fallback" or owner.tag == w("del"):
                break
            owner = owner.getparent()
        if owner is p:
            yield run


@dataclass
class _Span:
    run: etree._Element
    start: int
    end: int


def _spans(p: etree._Element) -> list[_Span]:
    spans: list[_Span] = []
    at = 0
    for run in _own_runs(p):
        length = len(_run_text(run))
        spans.append(_Span(run, at, at + length))
        at += length
    return spans


def _slice_run(run: etree._Element, lo: int, hi: int, last: bool) -> etree._Element:
    """A copy of ``run`` holding its characters ``lo:hi`` (and its empty parts there)."""
    piece = etree.Element(run.tag, dict(run.attrib), nsmap=run.nsmap)
    at = 0
    for child in run:
        if child.tag == w("rPr"):
            piece.append(deepcopy(child))
            continue
        text = _child_text(child)
        if not text:
            if lo <= at < hi or (last and at >= hi):
                piece.append(deepcopy(child))
            continue
        end = at + len(text)
        if end > lo and at < hi:
            if child.tag == w("t"):
                part = etree.SubElement(piece, w("t"))
                part.text = text[max(lo - at, 0):hi - at]
                part.set(XML_SPACE, "preserve")
            else:
                piece.append(deepcopy(child))
        at = end
    return piece


def _cut(p: etree._Element, cuts: set[int]) -> None:
    """Split ``p``'s runs so that every offset in ``cuts`` falls between two runs."""
    for span in _spans(p):
        inner = sorted(c - span.start for c in cuts if span.start < c < span.end)
        if not inner or span.run.getparent() is None:
            continue
        bounds = [0, *inner, span.end - span.start]
        parent = span.run.getparent()
        assert parent is not None
        index = parent.index(span.run)
        pieces = [_slice_run(span.run, bounds[k], bounds[k + 1], k == len(bounds) - 2)
                  for k in range(len(bounds) - 1)]
        parent.remove(span.run)
        for offset, piece in enumerate(pieces):
            parent.insert(index + offset, piece)


def _covering(p: etree._Element, start: int, end: int) -> list[etree._Element] | None:
    """The runs exactly covering ``start:end`` of ``p``'s text, if they can be edited."""
    runs = [s for s in _spans(p) if start <= s.start and s.end <= end and s.end > s.start]
    if not runs or runs[0].start != start or runs[-1].end != end:
        return None
    if any(a.end != b.start for a, b in pairwise(runs)):
        return None
    if any(s.run.getparent() is None or s.run.getparent().tag not in _EDITABLE_PARENTS
           or any(c.tag not in _PLAIN_CHILDREN for c in s.run) for s in runs):
        return None
    return [s.run for s in runs]


@dataclass
class _Mark:
    """Author, date and the next free id for revisions and comments."""

    author: str
    date: str
    next_id: int

    def new_id(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    def attrs(self) -> dict[str, str]:
        return {w("id"): self.new_id(), w("author"): self.author, w("date"): self.date}


def _track(runs: list[etree._Element], after: str, mark: _Mark) -> None:
    """Wrap ``runs`` in deletions and put ``after`` in an insertion behind them."""
    for run in runs:
        parent = run.getparent()
        assert parent is not None
        deletion = etree.Element(w("del"), mark.attrs())
        parent.replace(run, deletion)
        deletion.append(run)
        for child in run:
            if child.tag == w("t"):
                child.tag = w("delText")
    if not after:
        return
    last_del = runs[-1].getparent()
    assert last_del is not None
    insertion = etree.Element(w("ins"), mark.attrs())
    new_run = etree.SubElement(insertion, w("r"))
    props = runs[0].find(w("rPr"))
    if props is not None:
        new_run.append(deepcopy(props))
    text = etree.SubElement(new_run, w("t"))
    text.text = after
    text.set(XML_SPACE, "preserve")
    last_del.addnext(insertion)


def _comment(p: etree._Element, runs: list[etree._Element] | None, cid: str) -> None:
    start = etree.Element(w("commentRangeStart"), {w("id"): cid})
    end = etree.Element(w("commentRangeEnd"), {w("id"): cid})
    reference = etree.Element(w("r"))
    etree.SubElement(reference, w("commentReference"), {w("id"): cid})
    if runs:
        runs[0].addprevious(start)
        runs[-1].addnext(end)
        end.addnext(reference)
        return
    props = p.find(w("pPr"))
    at = 0 if props is None else p.index(props) + 1
    for offset, element in enumerate((start, end, reference)):
        p.insert(at + offset, element)


@dataclass(frozen=True, slots=True)
class Note:
    """A comment to put on ``start:end`` of the document's text."""

    start: int
    end: int
    text: str


class WordDraft:
    """A .docx opened for fixing: its paragraphs as a checkable document, and a writer."""

    def __init__(self, members: dict[str, bytes], name: str) -> None:
        """``members``: the package's parts in their order (as the ingest's safe unzip gives
        them, after its checks for bombs and entities)."""
        self.members = members
        self.root = etree.fromstring(members[DOCUMENT], _parser())
        self.paragraphs = [p for p in self.root.iter(w("p"))
                           if not any(a.tag == f"{{{MC}}}Fallback" for a in p.iterancestors())]
        self.texts = ["".join(_run_text(r) for r in _own_runs(p)) for p in self.paragraphs]
        self.offsets: list[int] = []
        blocks: list[Block] = []
        parts: list[str] = []
        at = 0
        for index, text in enumerate(self.texts):
            self.offsets.append(at)
            if text.strip():
                kind = BlockKind.HEADING if _is_heading(self.paragraphs[index]) \
                    else BlockKind.PARAGRAPH
                blocks.append(Block(kind, text, len(blocks) + 1, at, at + len(text)))
            parts.append(text)
            at += len(text) + 2
        self.document = Document(name=name, kind="docx", text="\n\n".join(parts),
                                 blocks=tuple(blocks))

    def _locate(self, start: int, end: int) -> tuple[int, int, int] | None:
        """Paragraph index and local offsets of ``start:end``, if inside one paragraph."""
        for index in range(len(self.offsets) - 1, -1, -1):
            base = self.offsets[index]
            if base <= start:
                if end - base > len(self.texts[index]):
                    return None
                return index, start - base, end - base
        return None

    def corrected_paragraphs(self, fixes: list[Fix]) -> list[str]:
        """Each paragraph's text as it reads once every change in ``fixes`` is accepted."""
        texts = list(self.texts)
        for fix in sorted(fixes, key=lambda f: -f.start):
            place = self._locate(fix.start, fix.end)
            if place is None:
                continue
            index, lo, hi = place
            texts[index] = texts[index][:lo] + fix.after + texts[index][hi:]
        return texts

    def write(self, fixes: list[Fix], notes: list[Note], author: str,
              when: datetime | None = None) -> tuple[bytes, list[Fix]]:
        """The .docx with ``fixes`` as tracked changes and ``notes`` as comments; also the
        fixes that could be placed (one across paragraphs or fields is left out)."""
        date = (when or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
        used = [int(v) for v in self.root.xpath("//@w:id", namespaces={"w": W})
                if str(v).isdigit()]
        mark = _Mark(author, date, max(used, default=0) + 1)
        cuts: dict[int, set[int]] = {}
        placed: list[tuple[int, int, int, Fix | Note]] = []
        items: list[Fix | Note] = [*fixes, *notes]
        for item in items:
            place = self._locate(item.start, item.end)
            if place is None:
                continue
            index, lo, hi = place
            cuts.setdefault(index, set()).update((lo, hi))
            placed.append((index, lo, hi, item))
        for index, points in cuts.items():
            _cut(self.paragraphs[index], points)
        comments: list[tuple[str, str]] = []
        for index, lo, hi, item in placed:
            if isinstance(item, Note):
                p = self.paragraphs[index]
                cid = mark.new_id()
                _comment(p, _covering(p, lo, hi) if hi > lo else None, cid)
                comments.append((cid, item.text))
        applied: list[Fix] = []
        targets = []
        for index, lo, hi, item in placed:
            if isinstance(item, Fix):
                runs = _covering(self.paragraphs[index], lo, hi)
                if runs is not None:
                    targets.append((runs, item))
        for runs, fix in targets:
            _track(runs, fix.after, mark)
            applied.append(fix)
        members = dict(self.members)
        members[DOCUMENT] = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8",
                                           standalone=True)
        if comments:
            self._add_comments(members, comments, mark)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, body in members.items():
                archive.writestr(name, body)
        return out.getvalue(), applied

    def _add_comments(self, members: dict[str, bytes], comments: list[tuple[str, str]],
                      mark: _Mark) -> None:
        part = "word/comments.xml"
        if part in members:
            root = etree.fromstring(members[part], _parser())
        else:
            root = etree.Element(w("comments"), nsmap={"w": W})
            self._register_comments(members)
        initials = "".join(word[:1] for word in mark.author.split())[:4] or "BR"
        for cid, text in comments:
            comment = etree.SubElement(root, w("comment"), {
                w("id"): cid, w("author"): mark.author, w("date"): mark.date,
                w("initials"): initials})
            para = etree.SubElement(comment, w("p"))
            run = etree.SubElement(para, w("r"))
            node = etree.SubElement(run, w("t"))
            node.text = text
            node.set(XML_SPACE, "preserve")
        members[part] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                       standalone=True)

    @staticmethod
    def _register_comments(members: dict[str, bytes]) -> None:
        types = etree.fromstring(members["[Content_Types].xml"], _parser())
        if not any(o.get("PartName") == "/word/comments.xml" for o in types):
            etree.SubElement(types, f"{{{CT}}}Override", {
                "PartName": "/word/comments.xml", "ContentType": COMMENTS_CONTENT})
        members["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True,
                                                        encoding="UTF-8", standalone=True)
        rels_name = "word/_rels/document.xml.rels"
        rels = etree.fromstring(members[rels_name], _parser())
        ids = {r.get("Id") for r in rels}
        number = 1
        while f"rId{number}" in ids:
            number += 1
        etree.SubElement(rels, f"{{{REL}}}Relationship", {
            "Id": f"rId{number}", "Type": COMMENTS_TYPE, "Target": "comments.xml"})
        members[rels_name] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8",
                                            standalone=True)


def _is_heading(p: etree._Element) -> bool:
    style = p.find(f"{w('pPr')}/{w('pStyle')}")
    value = "" if style is None else (style.get(w("val")) or "")
    return value.lower().startswith(("heading", "kop", "title", "titel"))
