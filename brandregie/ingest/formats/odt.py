"""OpenDocument text (``.odt``, LibreOffice's own format): blocks, fonts, colours, images.

Headers and footers (``styles.xml``, on the master pages) are read after the body, as for Word
files, so body paragraphs keep the numbers a person counts; one repeated on several master
pages (first page, left pages) is read once.

Read with the same guards as Word files (checked zip, one safe XML parser) straight from
``content.xml`` and ``styles.xml``; odfpy would parse the same XML with fewer guards and more
memory. A span's font and colour come from its text style, else its paragraph style chain
(``style:parent-style-name``), else the default paragraph style; font names go through the
document's font-face declarations to the real family.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from lxml import etree

from brandregie.i18n import _
from brandregie.ingest.builder import DocumentBuilder
from brandregie.ingest.colours import normalise_hex
from brandregie.ingest.document import BlockKind, Document
from brandregie.ingest.errors import damaged
from brandregie.ingest.fonts import normalise_font, split_font_stack
from brandregie.ingest.formats.context import ReadContext
from brandregie.ingest.images import add_embedded_image
from brandregie.ingest.safexml import parse_xml
from brandregie.ingest.safezip import check_zip

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
XLINK = "http://www.w3.org/1999/xlink"


def q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


_HEADER_FOOTER = {q(STYLE, f"{part}{side}") for part in ("header", "footer")
                  for side in ("", "-left", "-first")}
_SKIP_IN_TEXT = {q(TEXT, "note"), q(OFFICE, "annotation"), q(DRAW, "frame"),
                 q(TEXT, "tracked-changes"), q(OFFICE, "annotation-end")}


@dataclass
class _OdfStyle:
    parent: str | None
    font: str | None
    colour: str | None
    background: str | None


class _Styles:
    def __init__(self) -> None:
        self.styles: dict[tuple[str, str], _OdfStyle] = {}
        self.defaults: dict[str, _OdfStyle] = {}
        self.faces: dict[str, str] = {}

    def load(self, root: etree._Element) -> None:
        for face in root.iter(q(STYLE, "font-face")):
            family = face.get(q(SVG, "font-family")) or face.get(q(STYLE, "name")) or ""
            families = split_font_stack(family)
            if families:
                self.faces[face.get(q(STYLE, "name")) or ""] = families[0]
        for element in root.iter(q(STYLE, "style"), q(STYLE, "default-style")):
            family = element.get(q(STYLE, "family")) or ""
            props = element.find(q(STYLE, "text-properties"))
            para = element.find(q(STYLE, "paragraph-properties"))
            cell = element.find(q(STYLE, "table-cell-properties"))
            font = colour = background = None
            if props is not None:
                name = props.get(q(STYLE, "font-name"))
                font = self.faces.get(name or "") or name
                if font is None and props.get(q(FO, "font-family")):
                    stack = split_font_stack(props.get(q(FO, "font-family")) or "")
                    font = stack[0] if stack else None
                colour = props.get(q(FO, "color"))
                background = props.get(q(FO, "background-color"))
            for extra in (para, cell):
                if extra is not None and extra.get(q(FO, "background-color")):
                    background = extra.get(q(FO, "background-color"))
            style = _OdfStyle(element.get(q(STYLE, "parent-style-name")), font, colour,
                              background)
            if element.tag == q(STYLE, "default-style"):
                self.defaults[family] = style
            else:
                self.styles[(family, element.get(q(STYLE, "name")) or "")] = style

    def resolve(self, family: str, name: str | None, attr: str) -> str | None:
        seen: set[str] = set()
        while name and name not in seen and len(seen) < 30:
            seen.add(name)
            style = self.styles.get((family, name))
            if style is None:
                break
            value: str | None = getattr(style, attr)
            if value:
                return value
            name = style.parent
        default = self.defaults.get(family)
        return getattr(default, attr) if default is not None else None


def _text(p: etree._Element) -> tuple[str, list[str | None]]:
    """The words of a paragraph and the text styles of its spans that hold words.

    Walked with an explicit stack (text and element items in document order), so nesting
    depth costs no recursion; an element's tail is queued by its parent, right after it.
    """
    parts: list[str] = []
    span_styles: list[str | None] = []
    stack: list[tuple[etree._Element | str, str | None]] = [(p, None)]
    while stack:
        item, style = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            if item.strip():
                span_styles.append(style)
            continue
        tag = item.tag
        if tag == q(TEXT, "s"):
            count = item.get(q(TEXT, "c")) or "1"
            parts.append(" " * min(int(count) if count.isdigit() else 1, 100))
        elif tag == q(TEXT, "tab"):
            parts.append("\t")
        elif tag == q(TEXT, "line-break"):
            parts.append("\n")
        elif tag not in _SKIP_IN_TEXT and isinstance(tag, str):
            inner = item.get(q(TEXT, "style-name")) if tag == q(TEXT, "span") else style
            children: list[tuple[etree._Element | str, str | None]] = []
            if item.text:
                children.append((item.text, inner))
            for child in item:
                children.append((child, inner))
                if child.tail:
                    children.append((child.tail, inner))
            stack.extend(reversed(children))
    return "".join(parts), span_styles


class _Reader:
    def __init__(self, builder: DocumentBuilder, styles: _Styles, members: dict[str, bytes],
                 ctx: ReadContext) -> None:
        self.builder, self.styles, self.members, self.ctx = builder, styles, members, ctx

    def paragraph(self, p: etree._Element, kind: BlockKind) -> None:
        text, spans = _text(p)
        block = self.builder.add_block(kind, text)
        number = block.paragraph if block is not None else self.builder.paragraph
        if block is not None:
            self.style_of(p.get(q(TEXT, "style-name")), spans, number)
        for image in p.iter(q(DRAW, "image")):
            href = image.get(q(XLINK, "href")) or ""
            if href in self.members:
                add_embedded_image(self.builder, self.members[href], posixpath.basename(href),
                                   self.ctx.limits, paragraph=number or None)

    def style_of(self, pstyle: str | None, spans: list[str | None], number: int) -> None:
        builder, styles = self.builder, self.styles
        fill = styles.resolve("paragraph", pstyle, "background")
        if fill and (hex_value := normalise_hex(fill)):
            builder.add_colour(hex_value, _("paragraph background"), paragraph=number)
        for span in spans or [None]:
            font = (span and styles.resolve("text", span, "font")) or \
                styles.resolve("paragraph", pstyle, "font")
            if font:
                builder.add_font(normalise_font(font), paragraph=number,
                                 where=_("OpenDocument text"))
            colour = (span and styles.resolve("text", span, "colour")) or \
                styles.resolve("paragraph", pstyle, "colour")
            if colour and (hex_value := normalise_hex(colour)):
                builder.add_colour(hex_value, _("text colour"), paragraph=number)
            background = span and styles.resolve("text", span, "background")
            if background and (hex_value := normalise_hex(background)):
                builder.add_colour(hex_value, _("text background"), paragraph=number)

    def body(self, root: etree._Element) -> None:
        stack: list[tuple[etree._Element, BlockKind]] = [(root, BlockKind.PARAGRAPH)]
        while stack:
            el, kind = stack.pop()
            tag = el.tag
            if tag == q(TEXT, "h"):
                self.paragraph(el, BlockKind.HEADING)
            elif tag == q(TEXT, "p"):
                self.paragraph(el, kind)
            elif tag == q(TABLE, "table-cell"):
                self.cell(el)
            elif tag in (q(OFFICE, "annotation"), q(TEXT, "tracked-changes")):
                continue
            else:
                inner = BlockKind.LIST_ITEM if tag == q(TEXT, "list-item") else kind
                stack.extend((child, inner) for child in reversed(el)
                             if isinstance(child.tag, str))

    def headers_and_footers(self, styles_root: etree._Element) -> None:
        seen: set[bytes] = set()
        for page in styles_root.iter(q(STYLE, "master-page")):
            for region in page:
                if region.tag not in _HEADER_FOOTER:
                    continue
                key = b"".join(etree.tostring(child, method="c14n") for child in region)
                if key in seen:
                    continue
                seen.add(key)
                self.body(region)

    def cell(self, cell: etree._Element) -> None:
        paragraphs = [p for p in cell if p.tag in (q(TEXT, "p"), q(TEXT, "h"))]
        texts = [_text(p) for p in paragraphs]
        block = self.builder.add_block(BlockKind.TABLE_CELL, "\n".join(t for t, _s in texts))
        if block is not None:
            for p, (_t, spans) in zip(paragraphs, texts, strict=True):
                self.style_of(p.get(q(TEXT, "style-name")), spans, block.paragraph)
            fill = self.styles.resolve("table-cell", cell.get(q(TABLE, "style-name")),
                                       "background")
            if fill and (hex_value := normalise_hex(fill)):
                self.builder.add_colour(hex_value, _("table cell background"),
                                        paragraph=block.paragraph)
        for child in cell:
            if child.tag not in (q(TEXT, "p"), q(TEXT, "h")) and isinstance(child.tag, str):
                self.body(child)


def read_odt(data: bytes, ctx: ReadContext) -> Document:
    members = check_zip(data, ctx.name, "odt", ctx.limits)
    if "content.xml" not in members:
        raise damaged(ctx.name, "odt")
    styles = _Styles()
    styles_root = (parse_xml(members["styles.xml"], ctx.name, "odt")
                   if "styles.xml" in members else None)
    if styles_root is not None:
        styles.load(styles_root)
    content = parse_xml(members["content.xml"], ctx.name, "odt")
    styles.load(content)
    text = content.find(f"{q(OFFICE, 'body')}/{q(OFFICE, 'text')}")
    if text is None:
        raise damaged(ctx.name, "odt")
    builder = ctx.builder("odt")
    reader = _Reader(builder, styles, members, ctx)
    reader.body(text)
    if styles_root is not None:
        reader.headers_and_footers(styles_root)
    return builder.build()
