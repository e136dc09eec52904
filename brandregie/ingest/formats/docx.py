"""Word files (``.docx``): paragraphs, headings, list items and table cells in body order, the
fonts and colours each uses, and the embedded images.

The package is first unpacked by :func:`check_zip` (bomb and entity guards), then its XML is
parsed directly with the one safe lxml parser. python-docx would parse the same parts again
and hides what matters here (theme fonts, style inheritance, shading), so the reader works on
the WordprocessingML itself: a run's font and colour are resolved as Word does, from the run,
its character style, the paragraph style chain (``basedOn``), the default paragraph style, the
document defaults and finally the theme (``minorHAnsi`` is the theme's body font, Calibri in a
new Word document). ``auto`` colours are the reader's default text colour, not a choice, and are
not reported.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

from brandregie.i18n import _
from brandregie.ingest.budget import over_text_budget
from brandregie.ingest.builder import DocumentBuilder
from brandregie.ingest.colours import normalise_hex
from brandregie.ingest.document import BlockKind, Document
from brandregie.ingest.errors import damaged
from brandregie.ingest.fonts import normalise_font
from brandregie.ingest.formats.context import ReadContext
from brandregie.ingest.images import add_embedded_image
from brandregie.ingest.safexml import parse_xml
from brandregie.ingest.safezip import check_zip

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
V = "urn:schemas-microsoft-com:vml"
NS = {"w": W, "a": A, "r": R, "mc": MC, "v": V}
OFFICE_DOCUMENT = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                   "officeDocument")


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_NOT_FALLBACK = "[not(ancestor::mc:Fallback)]"
# a paragraph's own text: not its text boxes' (read as blocks of their own, after it), not text
# moved away (it is read where it was moved to), not the fallback copy of alternate content
_OWN = "[not(ancestor::mc:Fallback)][not(ancestor::w:moveFrom)]" \
    "[count(ancestor::w:txbxContent)=$depth]"
_TEXT_NODES = etree.XPath(
    f".//w:t{_OWN}|.//w:tab{_OWN}|.//w:br{_OWN}|.//w:cr{_OWN}|.//w:noBreakHyphen{_OWN}",
    namespaces=NS)
_DEPTH = etree.XPath("count(ancestor::w:txbxContent)", namespaces=NS)
_TEXT_BOXES = etree.XPath(
    f".//w:txbxContent{_NOT_FALLBACK}[count(ancestor::w:txbxContent)=$depth]", namespaces=NS)
#: Elements that only wrap others (content controls, custom XML, tracked insertions): what they
#: hold is read as if they were not there, in the body, in a table and in a row.
_WRAPPERS = (f"{{{W}}}sdt", f"{{{W}}}customXml", f"{{{W}}}ins", f"{{{W}}}smartTag")
_RUNS = etree.XPath(f".//w:r{_NOT_FALLBACK}", namespaces=NS)
_IMAGE_REFS = etree.XPath(f".//a:blip/@r:embed|.//v:imagedata{_NOT_FALLBACK}/@r:id",
                          namespaces=NS)
HIGHLIGHT = {"yellow": "#FFFF00", "green": "#00FF00", "cyan": "#00FFFF", "magenta": "#FF00FF",
             "blue": "#0000FF", "red": "#FF0000", "darkBlue": "#000080", "darkCyan": "#008080",
             "darkGreen": "#008000", "darkMagenta": "#800080", "darkRed": "#800000",
             "darkYellow": "#808000", "darkGray": "#808080", "lightGray": "#C0C0C0",
             "black": "#000000", "white": "#FFFFFF"}
_THEME_COLOUR_ALIASES = {"text1": "dk1", "background1": "lt1", "text2": "dk2",
                         "background2": "lt2", "dark1": "dk1", "light1": "lt1",
                         "dark2": "dk2", "light2": "lt2", "hyperlink": "hlink",
                         "followedHyperlink": "folHlink"}


@dataclass
class _Props:
    """Run properties that matter here, as set on one level (``None``: not set there)."""

    font: str | None = None
    font_theme: str | None = None
    colour: str | None = None
    colour_theme: str | None = None
    highlight: str | None = None
    shading: str | None = None

    @classmethod
    def of(cls, rpr: etree._Element | None) -> _Props:
        props = cls()
        if rpr is None:
            return props
        fonts = rpr.find(w("rFonts"))
        if fonts is not None:
            props.font = fonts.get(w("ascii")) or fonts.get(w("hAnsi"))
            props.font_theme = fonts.get(w("asciiTheme")) or fonts.get(w("hAnsiTheme"))
        colour = rpr.find(w("color"))
        if colour is not None:
            props.colour = colour.get(w("val"))
            props.colour_theme = colour.get(w("themeColor"))
        highlight = rpr.find(w("highlight"))
        if highlight is not None:
            props.highlight = highlight.get(w("val"))
        shading = rpr.find(w("shd"))
        if shading is not None:
            props.shading = shading.get(w("fill"))
        return props

    def under(self, base: _Props) -> _Props:
        """These properties, with what is unset taken from ``base``."""
        font, font_theme = self.font, self.font_theme
        if font is None and font_theme is None:
            font, font_theme = base.font, base.font_theme
        colour, colour_theme = self.colour, self.colour_theme
        if colour is None and colour_theme is None:
            colour, colour_theme = base.colour, base.colour_theme
        return _Props(font, font_theme, colour, colour_theme,
                      self.highlight if self.highlight is not None else base.highlight,
                      self.shading if self.shading is not None else base.shading)


@dataclass
class _Style:
    name: str
    based_on: str | None
    run: _Props
    heading: bool = False
    list_item: bool = False
    shading: str | None = None


@dataclass
class _Word:
    """What the whole package says about styles, theme and relationships."""

    styles: dict[str, _Style] = field(default_factory=dict)
    default_paragraph_style: str | None = None
    defaults: _Props = field(default_factory=_Props)
    theme_fonts: dict[str, str] = field(default_factory=dict)
    theme_colours: dict[str, str] = field(default_factory=dict)
    rels: dict[str, str] = field(default_factory=dict)
    parts: dict[str, list[str]] = field(default_factory=dict)
    resolved: dict[tuple[str | None, str | None], _Props] = field(default_factory=dict)

    def style_chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id in self.styles and style_id not in seen and len(chain) < 30:
            seen.add(style_id)
            style = self.styles[style_id]
            chain.append(style)
            style_id = style.based_on
        return chain

    def run_base(self, paragraph_style: str | None, run_style: str | None) -> _Props:
        """Properties a run gets from its styles and the document defaults."""
        key = (paragraph_style, run_style)
        if key not in self.resolved:
            props = _Props()
            for style in self.style_chain(run_style) + self.style_chain(
                    paragraph_style or self.default_paragraph_style):
                props = props.under(style.run)
            self.resolved[key] = props.under(self.defaults)
        return self.resolved[key]

    def font(self, props: _Props) -> str | None:
        if props.font:
            return normalise_font(props.font)
        if props.font_theme:
            kind = "major" if props.font_theme.startswith("major") else "minor"
            family = self.theme_fonts.get(kind)
            return normalise_font(family) if family else None
        return None

    def colour(self, props: _Props) -> str | None:
        if props.colour and props.colour.lower() != "auto":
            return normalise_hex(props.colour)
        if props.colour_theme:
            name = _THEME_COLOUR_ALIASES.get(props.colour_theme, props.colour_theme)
            return self.theme_colours.get(name)
        return None


def _main_part(members: dict[str, bytes], name: str) -> str:
    rels = members.get("_rels/.rels")
    if rels is not None:
        root = parse_xml(rels, name, "docx")
        for rel in root.iter(f"{{{PR}}}Relationship"):
            if rel.get("Type") == OFFICE_DOCUMENT:
                return (rel.get("Target") or "").lstrip("/")
    return "word/document.xml"


def _part_rels(members: dict[str, bytes], part: str, name: str) -> list[tuple[str, str, str]]:
    """``(id, kind, target part)`` of the internal relationships of ``part``."""
    folder = posixpath.dirname(part)
    rels_name = posixpath.join(folder, "_rels", posixpath.basename(part) + ".rels")
    if rels_name not in members:
        return []
    rels = []
    for rel in parse_xml(members[rels_name], name, "docx").iter(f"{{{PR}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target") or ""
        target = target.lstrip("/") if target.startswith("/") else \
            posixpath.normpath(posixpath.join(folder, target))
        rels.append((rel.get("Id") or "", (rel.get("Type") or "").rsplit("/", 1)[-1], target))
    return rels


def _load_package(members: dict[str, bytes], name: str) -> tuple[etree._Element, _Word]:
    main = _main_part(members, name)
    if main not in members:
        raise damaged(name, "docx")
    folder = posixpath.dirname(main)
    word = _Word()
    theme_name = None
    styles_name = posixpath.join(folder, "styles.xml")
    for rel_id, kind, target in _part_rels(members, main, name):
        word.rels[rel_id] = target
        word.parts.setdefault(kind, []).append(target)
        if kind == "theme":
            theme_name = target
        elif kind == "styles":
            styles_name = target
    if theme_name and theme_name in members:
        _read_theme(parse_xml(members[theme_name], name, "docx"), word)
    if styles_name in members:
        _read_styles(parse_xml(members[styles_name], name, "docx"), word)
    return parse_xml(members[main], name, "docx"), word


def _read_theme(theme: etree._Element, word: _Word) -> None:
    for kind in ("major", "minor"):
        latin = theme.find(f".//{{{A}}}{kind}Font/{{{A}}}latin")
        if latin is not None and latin.get("typeface"):
            word.theme_fonts[kind] = latin.get("typeface") or ""
    scheme = theme.find(f".//{{{A}}}clrScheme")
    if scheme is not None:
        for entry in scheme:
            if not isinstance(entry.tag, str):
                continue
            key = etree.QName(entry).localname
            srgb = entry.find(f"{{{A}}}srgbClr")
            system = entry.find(f"{{{A}}}sysClr")
            value = srgb.get("val") if srgb is not None else \
                system.get("lastClr") if system is not None else None
            hex_value = normalise_hex(value or "")
            if hex_value:
                word.theme_colours[key] = hex_value


def _read_styles(styles: etree._Element, word: _Word) -> None:
    defaults = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    word.defaults = _Props.of(defaults)
    for style in styles.iter(w("style")):
        style_id = style.get(w("styleId"))
        if not style_id:
            continue
        name_el = style.find(w("name"))
        name = (name_el.get(w("val")) if name_el is not None else None) or style_id
        based = style.find(w("basedOn"))
        ppr = style.find(w("pPr"))
        lowered = name.lower()
        heading = lowered.startswith(("heading", "title", "subtitle")) or (
            ppr is not None and ppr.find(w("outlineLvl")) is not None
            and ppr.find(w("outlineLvl")).get(w("val")) != "9")
        list_item = lowered.startswith("list") or (
            ppr is not None and ppr.find(w("numPr")) is not None)
        shd = ppr.find(w("shd")) if ppr is not None else None
        word.styles[style_id] = _Style(
            name, based.get(w("val")) if based is not None else None,
            _Props.of(style.find(w("rPr"))), heading, list_item,
            shd.get(w("fill")) if shd is not None else None)
        if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true"):
            word.default_paragraph_style = style_id


def _unwrapped(elements: Iterable[etree._Element]) -> list[etree._Element]:
    """``elements`` with content controls and other wrappers opened (recursively)."""
    found: list[etree._Element] = []
    stack = list(reversed(list(elements)))
    while stack:
        el = stack.pop()
        if el.tag in _WRAPPERS:
            content = el.find(w("sdtContent")) if el.tag == w("sdt") else el
            if content is not None:
                stack.extend(reversed(list(content)))
        else:
            found.append(el)
    return found


def _paragraph_text(p: etree._Element) -> str:
    parts: list[str] = []
    for node in _TEXT_NODES(p, depth=_DEPTH(p)):
        tag = node.tag
        if tag == w("t"):
            parts.append(node.text or "")
        elif tag == w("tab"):
            parts.append("\t")
        elif tag == w("noBreakHyphen"):
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)


class _Reader:
    def __init__(self, builder: DocumentBuilder, word: _Word, members: dict[str, bytes],
                 ctx: ReadContext) -> None:
        self.builder = builder
        self.word = word
        self.members = members
        self.ctx = ctx
        self.analysed: set[str] = set()
        self.rels = word.rels

    def paragraph_kind(self, p: etree._Element, style_id: str | None) -> BlockKind:
        ppr = p.find(w("pPr"))
        chain = self.word.style_chain(style_id or self.word.default_paragraph_style)
        if ppr is not None:
            level = ppr.find(w("outlineLvl"))
            if level is not None and level.get(w("val")) != "9":
                return BlockKind.HEADING
        if any(s.heading for s in chain):
            return BlockKind.HEADING
        if any(s.name.lower() == "caption" for s in chain):
            return BlockKind.CAPTION
        if (ppr is not None and ppr.find(w("numPr")) is not None) or \
                any(s.list_item for s in chain):
            return BlockKind.LIST_ITEM
        return BlockKind.PARAGRAPH

    def styles_of(self, p: etree._Element, paragraph: int) -> None:
        """Record the fonts, colours, shading and images of paragraph ``p``."""
        builder, word = self.builder, self.word
        ppr = p.find(w("pPr"))
        pstyle_el = ppr.find(w("pStyle")) if ppr is not None else None
        pstyle = pstyle_el.get(w("val")) if pstyle_el is not None else None
        shading = ppr.find(w("shd")) if ppr is not None else None
        fill = shading.get(w("fill")) if shading is not None else None
        if fill is None:
            fill = next((s.shading for s in word.style_chain(
                pstyle or word.default_paragraph_style) if s.shading), None)
        if fill and (hex_value := normalise_hex(fill)):
            builder.add_colour(hex_value, _("Word paragraph shading"), paragraph=paragraph)
        for run in _RUNS(p):
            if not any((t.text or "").strip() for t in run.iter(w("t"))):
                continue
            rpr = run.find(w("rPr"))
            rstyle_el = rpr.find(w("rStyle")) if rpr is not None else None
            rstyle = rstyle_el.get(w("val")) if rstyle_el is not None else None
            props = _Props.of(rpr).under(word.run_base(pstyle, rstyle))
            family = word.font(props)
            if family:
                builder.add_font(family, paragraph=paragraph, where=_("Word text"))
            colour = word.colour(props)
            if colour:
                builder.add_colour(colour, _("Word text colour"), paragraph=paragraph)
            if props.highlight and props.highlight in HIGHLIGHT:
                builder.add_colour(HIGHLIGHT[props.highlight], _("Word highlight"),
                                   paragraph=paragraph)
            if props.shading and (hex_value := normalise_hex(props.shading)):
                builder.add_colour(hex_value, _("Word text shading"), paragraph=paragraph)
        for rel_id in _IMAGE_REFS(p):
            self.image(self.rels.get(str(rel_id), ""), paragraph)

    def image(self, part: str, paragraph: int | None) -> None:
        if not part or part in self.analysed or part not in self.members:
            return
        self.analysed.add(part)
        add_embedded_image(self.builder, self.members[part], posixpath.basename(part),
                           self.ctx.limits, paragraph=paragraph)

    def body(self, body: etree._Element) -> None:
        items = list(body)
        total = max(len(items), 1)
        stack: list[etree._Element] = list(reversed(items))
        done = 0
        while stack:
            el = stack.pop()
            if el.getparent() is body:
                done += 1
                if done % 100 == 0:
                    self.builder.progress(done / total)
                    if self.builder.length > self.ctx.limits.max_text_chars:  # the text budget
                        self.builder.skipped(over_text_budget())
                        return
            tag = el.tag
            if tag == w("p"):
                self.paragraph(el)
            elif tag == w("tbl"):
                stack.extend(reversed(self.table(el)))
            elif tag in _WRAPPERS:
                stack.extend(reversed(_unwrapped([el])))

    def paragraph(self, p: etree._Element) -> None:
        ppr = p.find(w("pPr"))
        pstyle_el = ppr.find(w("pStyle")) if ppr is not None else None
        pstyle = pstyle_el.get(w("val")) if pstyle_el is not None else None
        block = self.builder.add_block(self.paragraph_kind(p, pstyle), _paragraph_text(p))
        if block is not None:
            self.styles_of(p, block.paragraph)
        else:
            for rel_id in _IMAGE_REFS(p):
                self.image(self.rels.get(str(rel_id), ""), self.builder.paragraph or None)
        for box in _TEXT_BOXES(p, depth=_DEPTH(p)):
            self.body(box)

    def extra_parts(self, name: str) -> None:
        """Headers, footers, footnotes and endnotes, after the body (so body paragraphs keep
        the numbers a person counts); a header repeated in several sections is read once."""
        seen: set[str] = set()
        for kind in ("header", "footer", "footnotes", "endnotes"):
            for part in self.word.parts.get(kind, []):
                if part not in self.members or part in seen:
                    continue
                seen.add(part)
                root = parse_xml(self.members[part], name, "docx")
                self.rels = {rel_id: target for rel_id, _kind, target
                             in _part_rels(self.members, part, name)}
                containers = [root] if kind in ("header", "footer") else [
                    note for note in root if note.get(w("type")) in (None, "normal")]
                for container in containers:
                    self.body(container)
        self.rels = self.word.rels

    def table(self, table: etree._Element) -> list[etree._Element]:
        """Add one block per cell; nested tables are returned to be read after it."""
        nested: list[etree._Element] = []
        for row in _unwrapped(table):
            if row.tag != w("tr"):
                continue
            for cell in _unwrapped(row):
                if cell.tag != w("tc"):
                    continue
                content = _unwrapped(cell)
                paragraphs = [p for p in content if p.tag == w("p")]
                nested.extend(t for t in content if t.tag == w("tbl"))
                text = "\n".join(_paragraph_text(p) for p in paragraphs)
                block = self.builder.add_block(BlockKind.TABLE_CELL, text)
                number = block.paragraph if block is not None else self.builder.paragraph
                if number:
                    for p in paragraphs:
                        self.styles_of(p, number)
                tcpr = cell.find(w("tcPr"))
                shd = tcpr.find(w("shd")) if tcpr is not None else None
                if shd is not None and (hex_value := normalise_hex(shd.get(w("fill")) or "")):
                    self.builder.add_colour(hex_value, _("Word table cell shading"),
                                            paragraph=number or None)
                for p in paragraphs:
                    for box in _TEXT_BOXES(p, depth=_DEPTH(p)):
                        self.body(box)
        return nested


def read_docx(data: bytes, ctx: ReadContext) -> Document:
    members = check_zip(data, ctx.name, "docx", ctx.limits)
    root, word = _load_package(members, ctx.name)
    bodies = root.findall(w("body"))  # one in a valid file; Word reads on past a second
    if not bodies:
        raise damaged(ctx.name, "docx")
    builder = ctx.builder("docx")
    reader = _Reader(builder, word, members, ctx)
    for body in bodies:
        reader.body(body)
    reader.extra_parts(ctx.name)
    for part in sorted(members):
        if part.startswith("word/media/"):
            reader.image(part, None)
    return builder.build()
