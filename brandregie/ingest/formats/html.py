"""HTML pages and e-mail bodies: visible text as blocks, CSS colours and fonts, embedded images.

Parsed with lxml's HTML parser with the network off; nothing is ever run or fetched: scripts,
templates and frames are dropped unread, and remote images are only counted (a note tells the
person). The tree is walked iteratively, so a page nested 100,000 levels deep costs time in
proportion to its size and no recursion. Colours come from ``<style>`` blocks, ``style``
attributes and the old ``color``/``bgcolor`` attributes; fonts from ``font-family``, the ``font``
shorthand and ``<font face>``, each CSS stack split into its families (the first one is the
author's choice, the rest are marked as fallbacks). Images given as ``data:`` URIs are decoded and
their colours measured.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from collections.abc import Callable
from functools import partial

from lxml import etree
from lxml import html as lxml_html

from brandregie.i18n import _
from brandregie.ingest.boilerplate import drop_boilerplate, is_clutter_element
from brandregie.ingest.builder import DocumentBuilder
from brandregie.ingest.colours import COLOUR_PROPERTIES, colours_in_css_value, parse_css_colour
from brandregie.ingest.document import BlockKind, Document
from brandregie.ingest.errors import unsafe
from brandregie.ingest.fonts import split_font_stack
from brandregie.ingest.formats.context import ReadContext
from brandregie.ingest.formats.text import decode_text
from brandregie.ingest.images import add_embedded_image

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "iframe", "frame",
                   "frameset", "object", "embed", "canvas", "select", "datalist", "audio",
                   "video", "math", "svg", "title", "meta", "link", "base"})
_BLOCK = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td",
                    "th", "caption", "figcaption", "blockquote", "section", "article",
                    "header", "footer", "main", "nav", "aside", "ul", "ol", "dl", "table",
                    "tr", "tbody", "thead", "tfoot", "form", "fieldset", "legend", "pre",
                    "address", "figure", "hr", "center", "details", "summary", "body", "html",
                    "hgroup", "menu", "label", "button"})
_KIND = {"h1": BlockKind.HEADING, "h2": BlockKind.HEADING, "h3": BlockKind.HEADING,
         "h4": BlockKind.HEADING, "h5": BlockKind.HEADING, "h6": BlockKind.HEADING,
         "li": BlockKind.LIST_ITEM, "dt": BlockKind.LIST_ITEM, "dd": BlockKind.LIST_ITEM,
         "td": BlockKind.TABLE_CELL, "th": BlockKind.TABLE_CELL,
         "caption": BlockKind.CAPTION, "figcaption": BlockKind.CAPTION}
_INHERITING = frozenset({BlockKind.LIST_ITEM, BlockKind.TABLE_CELL, BlockKind.CAPTION,
                         BlockKind.HEADING})
_WS = re.compile(r"\s+")
_BRACE = re.compile(r"([{}])")
_FONT_SHORTHAND = re.compile(
    r"(?:^|\s)[\d.]+(?:px|pt|em|rem|%|ex|ch|vw|vh|cm|mm|in|pc|q)?(?:\s*/\s*[\w.%-]+)?\s+(.+)$",
    re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""",
                      re.IGNORECASE)
_DATA_URI = re.compile(r"^data:(image/[\w.+-]+)?(;[\w=.+-]+)*?;base64,(.*)$",
                       re.IGNORECASE | re.DOTALL)
# Possessive quantifiers and parenthesis-free runs: hostile CSS (unclosed quotes, a million
# "url(") must cost linear time, never backtracking.
_CSS_URL = re.compile(r"""url\(\s*+(['"]?)([^'"()]{1,20000000}+)\1\s*+\)""", re.IGNORECASE)
_DECLARATION = re.compile(r"""(?:[^;('"]++|\([^)]*+\)?|'[^']*+'?|"[^"]*+"?)++""")
#: CSS is read in these pieces at most (a real style sheet is a few kB; declarations a line).
MAX_FONT_VALUE = 500
_ATTR_COLOURS = ("color", "bgcolor", "text", "link", "vlink", "alink", "fill", "stroke")


def decode_html(data: bytes) -> str:
    """The page's text: the charset its ``<meta>`` names, else as plain text is decoded."""
    match = _CHARSET.search(data[:4096])
    if match and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            codec = codecs.lookup(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            codec = None
        if codec is not None and codec.name not in ("utf-16", "utf-32"):
            return data.decode(codec.name, errors="replace")
    return decode_text(data)


def declarations(css: str) -> list[tuple[str, str]]:
    """``(property, value)`` pairs of a CSS declaration list.

    Semicolons inside quotes or parentheses (``url(data:image/png;base64,...)``) do not end a
    declaration.
    """
    pairs = []
    for item in _split_declarations(css):
        prop, sep, value = item.partition(":")
        if sep:
            pairs.append((prop.strip().lower(), value.strip()))
    return pairs


def _split_declarations(css: str) -> list[str]:
    return _DECLARATION.findall(css)


def strip_comments(css: str) -> str:
    """CSS without ``/* ... */`` comments (an unclosed one runs to the end), in linear time."""
    parts: list[str] = []
    at = 0
    while (start := css.find("/*", at)) >= 0:
        parts.append(css[at:start])
        end = css.find("*/", start + 2)
        if end < 0:
            return "".join(parts)
        at = end + 2
    parts.append(css[at:])
    return "".join(parts)


def css_rules(css: str) -> list[tuple[str, str]]:
    """``(selector, declarations)`` of a style sheet; rules nested in ``@media`` included."""
    rules: list[tuple[str, str]] = []
    selectors: list[str] = []
    text: list[str] = []
    for token in _BRACE.split(strip_comments(css)):
        if token == "{":
            selectors.append("".join(text))
            text = []
        elif token == "}":
            body = "".join(text)
            text = []
            if selectors:
                selector = selectors.pop()
                if ":" in body:
                    rules.append((selector, body))
        else:
            text.append(token)
    return rules


def _colour_at(builder: DocumentBuilder, colour: str, where: str, paragraph: int | None) -> None:
    builder.add_colour(colour, where, paragraph=paragraph)


def _font_at(builder: DocumentBuilder, family: str, where: str, fallback: bool,
             paragraph: int | None) -> None:
    builder.add_font(family, paragraph=paragraph, where=where, fallback=fallback)


class _Styles:
    """Colours and fonts found in CSS, attached to the paragraph they apply to."""

    def __init__(self, builder: DocumentBuilder, ctx: ReadContext) -> None:
        self.builder = builder
        self.ctx = ctx
        self.pending: list[Callable[[int | None], None]] = []
        self.remote = 0

    def declaration(self, prop: str, value: str, where: str, *, now: bool) -> None:
        """One CSS declaration; ``now`` for style sheets (no paragraph), else pending."""
        builder = self.builder
        actions: list[Callable[[int | None], None]] = []
        if prop in COLOUR_PROPERTIES:
            for colour in colours_in_css_value(_CSS_URL.sub(" ", value)):
                actions.append(partial(_colour_at, builder, colour, f"{where} ({prop})"))
            for url in _CSS_URL.finditer(value):
                if url.group(2).lower().startswith("data:"):
                    actions.append(partial(_data_image, builder, url.group(2), self.ctx))
                else:
                    self.remote += 1
        elif prop in ("font-family", "font"):
            value = value[:MAX_FONT_VALUE]
            if prop == "font":
                match = _FONT_SHORTHAND.search(value)
                value = match.group(1) if match else ""
            for index, family in enumerate(split_font_stack(value)):
                actions.append(partial(_font_at, builder, family, where, index > 0))
        if now:
            for action in actions:
                action(None)
        else:
            self.pending.extend(actions)

    def sheet(self, css: str) -> None:
        for selector, body in css_rules(css):
            selector = _WS.sub(" ", selector).strip()
            if selector.startswith("@"):
                continue
            where = _("CSS rule {selector}").format(selector=selector[:60])
            for prop, value in declarations(body):
                self.declaration(prop, value, where, now=True)

    def element(self, el: etree._Element, tag: str) -> None:
        where = _("style of <{tag}>").format(tag=tag)
        style = el.get("style")
        if style:
            for prop, value in declarations(style):
                self.declaration(prop, value, where, now=False)
        for attr in _ATTR_COLOURS:
            value = el.get(attr)
            if value:
                colour = parse_css_colour(value) or parse_css_colour("#" + value.strip())
                if colour:
                    self.pending.append(partial(_colour_at, self.builder, colour,
                                                f"<{tag} {attr}>"))
        face = el.get("face") if tag == "font" else None
        if face:
            for index, family in enumerate(split_font_stack(face)):
                self.pending.append(partial(_font_at, self.builder, family, "<font face>",
                                            index > 0))

    def svg(self, svg: etree._Element) -> None:
        """Fill, stroke and gradient colours of an inline SVG (its text is not prose)."""
        for index, el in enumerate(svg.iter()):
            if index >= 5_000:
                break
            for attr in ("fill", "stroke", "stop-color", "color"):
                value = el.get(attr)
                colour = parse_css_colour(value) if value else None
                if colour:
                    self.pending.append(partial(_colour_at, self.builder, colour,
                                                f"SVG {attr}"))
            style = el.get("style")
            if style:
                for prop, value in declarations(style):
                    if prop in ("fill", "stroke", "stop-color", "color"):
                        for colour in colours_in_css_value(value):
                            self.pending.append(partial(_colour_at, self.builder, colour,
                                                        f"SVG {prop}"))

    def settle(self, paragraph: int | None) -> None:
        for action in self.pending:
            action(paragraph)
        self.pending.clear()


def _parse(text: str, ctx: ReadContext) -> etree._Element | None:
    """The page's tree; pages nested beyond libxml2's depth limit (256) are refused, since
    the parser would silently drop everything below it."""
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                  huge_tree=False, default_doctype=False)
    if not text.strip():
        return None
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        try:
            root = lxml_html.document_fromstring(text.encode("utf-8"), parser=parser)
        except (etree.ParserError, etree.XMLSyntaxError, ValueError):
            return None
    if any("depth" in entry.message.lower() for entry in parser.error_log):
        raise unsafe(ctx.name, _("its elements are nested too deeply"))
    return root


def add_html(builder: DocumentBuilder, text: str, ctx: ReadContext,
             images: dict[str, tuple[str, bytes]] | None = None) -> None:
    """Blocks, colours, fonts and images of an HTML text, added to ``builder``.

    ``images`` maps ``cid:`` references (e-mail) to already known image parts; those are not
    counted as remote.
    """
    root = _parse(text, ctx)
    if root is None:
        return
    styles = _Styles(builder, ctx)
    for style in root.iter("style"):
        styles.sheet(style.text or "")
    remote = 0
    buffer: list[str] = []
    kinds: list[BlockKind] = [BlockKind.PARAGRAPH]
    pre = 0

    muted = 0  # inside navigation, a footer, a cookie or share bar: styles yes, words no

    def flush() -> None:
        text = "".join(buffer)
        buffer.clear()
        block = builder.add_block(kinds[-1], drop_boilerplate(text) if text.strip() else text)
        if block is not None:
            styles.settle(block.paragraph)

    def words(value: str | None) -> None:
        if value and not muted:
            buffer.append(value if pre else _WS.sub(" ", value))

    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    clutter: list[bool] = []  # per open element: whether it mutes its words
    visited = 0
    while stack:
        el, closing = stack.pop()
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if closing:
            if tag in _BLOCK:
                flush()
                kinds.pop()
            if tag == "pre":
                pre -= 1
            if clutter.pop():
                muted -= 1
            words(el.tail)
            continue
        visited += 1
        if visited % 5000 == 0:
            builder.progress(min(0.9, visited / 200_000))
        if tag == "svg":
            styles.svg(el)
        if not tag or tag in _SKIP:
            words(el.tail)
            continue
        styles.element(el, tag)
        if tag == "br":
            buffer.append("\n")
            words(el.tail)
            continue
        if tag == "img":
            remote += _image(builder, el.get("src") or "", ctx, images or {})
            words(el.tail)
            continue
        if tag in _BLOCK:
            flush()
            kind = _KIND.get(tag, BlockKind.PARAGRAPH)
            if kind is BlockKind.PARAGRAPH and kinds[-1] in _INHERITING:
                kind = kinds[-1]
            kinds.append(kind)
        if tag == "pre":
            pre += 1
        hides = is_clutter_element(tag, {str(k): str(v) for k, v in el.attrib.items()})
        clutter.append(hides)
        if hides:
            muted += 1
        words(el.text)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))
    flush()
    styles.settle(None)
    remote += styles.remote
    if remote:
        builder.note(_("remote images were not fetched ({n}), so their colours were not checked")
                     .format(n=remote))


def _image(builder: DocumentBuilder, src: str, ctx: ReadContext,
           images: dict[str, tuple[str, bytes]]) -> int:
    """Analyse a ``data:`` or ``cid:`` image; 1 when the image is remote (not fetched)."""
    src = src.strip()
    if src.lower().startswith("cid:"):
        return 0 if src[4:].strip("<>") in images else 1
    if not src.lower().startswith("data:"):
        return 1 if src else 0
    _data_image(builder, src, ctx, builder.paragraph or None)
    return 0


def _data_image(builder: DocumentBuilder, uri: str, ctx: ReadContext,
                paragraph: int | None) -> None:
    """Decode a ``data:image/...;base64,`` URI and measure its colours (or leave a note)."""
    match = _DATA_URI.match(uri[:64]) and _DATA_URI.match(uri)
    if not match:
        return
    if len(uri) > ctx.limits.max_image_bytes * 4 // 3 + 100:
        builder.note(_("an embedded image was too large to check"))
        return
    try:
        data = base64.b64decode(re.sub(r"\s+", "", match.group(3)), validate=False)
    except (binascii.Error, ValueError):
        builder.note(_("an embedded image could not be decoded"))
        return
    name = _("embedded image {n}").format(n=builder.image_count + 1)
    add_embedded_image(builder, data, name, ctx.limits, paragraph=paragraph)


def read_html(data: bytes, ctx: ReadContext) -> Document:
    builder = ctx.builder("html")
    add_html(builder, decode_html(data), ctx)
    return builder.build()
