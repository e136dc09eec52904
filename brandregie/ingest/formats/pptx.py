"""PowerPoint files (``.pptx``, and the slide shows, templates and macro files of the same
format: ``.ppsx``, ``.potx``, ``.pptm``; macros are never run): each slide is a page.

What a viewer sees on a slide is read: titles as headings, text frames as paragraphs (a line
break inside a paragraph stays a line break), tables as cells, groups, charts (titles, series
and category names), SmartArt (the text of its nodes), and the text boxes of the slide's
layout and master that show on it (once per deck, on the first slide that shows them, as
agencies put a fixed label there rather than on every slide). Shapes that PowerPoint wraps in
alternate content for older readers are read once. Speaker notes are read but kept apart
(:attr:`Document.speaker_notes`): the audience never sees them, so they are not the deck's text.
A picture linked from outside the file, or one without image data, is skipped with a note.

python-pptx reads the package after :func:`check_zip` has vetted it (bomb and entity guards);
its XML parser does not resolve entities. A run without a font of its own gets the theme's
heading font (in a title) or body font (elsewhere), as PowerPoint shows it; ``+mj-lt`` and
``+mn-lt`` references resolve the same way. Colours that come only from the master are not
resolved: a master is the agency's template, what is reviewed is what was typed on the slides.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

import pptx  # noqa: F401  (registers its part classes before a package is opened)
from lxml import etree
from pptx.enum.dml import MSO_COLOR_TYPE, MSO_FILL
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.exc import PythonPptxError
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import PartFactory
from pptx.package import Package
from pptx.parts.presentation import PresentationPart
from pptx.shapes.group import GroupShape
from pptx.shapes.picture import Picture
from pptx.shapes.shapetree import BaseShapeFactory, SlideShapeFactory

from brandregie.i18n import _
from brandregie.ingest.builder import DocumentBuilder
from brandregie.ingest.colours import normalise_hex
from brandregie.ingest.document import BlockKind, Document
from brandregie.ingest.errors import damaged
from brandregie.ingest.fonts import normalise_font
from brandregie.ingest.formats.context import ReadContext
from brandregie.ingest.images import add_embedded_image
from brandregie.ingest.safexml import parse_xml
from brandregie.ingest.safezip import check_zip, too_many_pages

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS = {"a": A, "p": P, "c": C, "dgm": DGM, "r": R, "mc": MC}
_TITLES = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.SUBTITLE}
_SHAPE_TAGS = {f"{{{P}}}{tag}" for tag in ("sp", "grpSp", "graphicFrame", "cxnSp", "pic")}
_ALTERNATE = f"{{{MC}}}AlternateContent"
#: The macro-enabled slide show and template: the same package, another name for its main
#: part (python-pptx knows the other four).
for _content_type in ("application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml",
                      "application/vnd.ms-powerpoint.template.macroEnabled.main+xml"):
    PartFactory.part_type_for.setdefault(_content_type, PresentationPart)

_CHART_RICH = etree.XPath(".//c:rich", namespaces=NS)
_CHART_SERIES = etree.XPath(".//c:ser/c:tx//c:v", namespaces=NS)
_CHART_CATEGORIES = etree.XPath(
    ".//c:cat/c:strRef//c:pt/c:v|.//c:cat/c:strLit//c:pt/c:v"
    "|.//c:cat/c:multiLvlStrRef//c:pt/c:v", namespaces=NS)
_DIAGRAM_IDS = etree.XPath("./a:graphic/a:graphicData/dgm:relIds/@r:dm", namespaces=NS)
_PARAGRAPHS = etree.XPath(".//a:p", namespaces=NS)
_DIAGRAM_NODES = etree.XPath(
    ".//dgm:pt[not(@type) or @type='node' or @type='asst']/dgm:t", namespaces=NS)


def _rgb(colour_format: Any) -> str | None:
    try:
        if colour_format.type == MSO_COLOR_TYPE.RGB:
            return normalise_hex(str(colour_format.rgb))
    except (AttributeError, ValueError, TypeError):
        return None
    return None


def _is_title(shape: Any) -> bool:
    try:
        return bool(shape.is_placeholder and shape.placeholder_format.type in _TITLES)
    except (AttributeError, ValueError):
        return False


def _theme_fonts(presentation: Any) -> dict[str, str]:
    """``{"major": ..., "minor": ...}`` latin typefaces of the first master's theme."""
    try:
        theme = presentation.slide_master.part.part_related_by(RT.THEME)
        root = etree.fromstring(theme.blob, etree.XMLParser(resolve_entities=False,
                                                            no_network=True, load_dtd=False))
    except (KeyError, IndexError, AttributeError, ValueError, etree.XMLSyntaxError):
        return {}
    fonts = {}
    for kind in ("major", "minor"):
        latin = root.find(f".//{{{A}}}{kind}Font/{{{A}}}latin")
        if latin is not None and latin.get("typeface"):
            fonts[kind] = latin.get("typeface") or ""
    return fonts


def _run_font(run: Any, kind: BlockKind, theme: dict[str, str]) -> str | None:
    name = run.font.name
    if name in ("+mj-lt", "+mj-ea", "+mj-cs"):
        name = theme.get("major")
    elif name in ("+mn-lt", "+mn-ea", "+mn-cs"):
        name = theme.get("minor")
    elif not name:
        name = theme.get("major" if kind is BlockKind.HEADING else "minor")
    return normalise_font(name) if name else None


def _paragraph_text(paragraph: etree._Element) -> str:
    """A DrawingML paragraph's text; a line break (``a:br``) stays a line break."""
    parts = []
    for node in paragraph.iter(f"{{{A}}}t", f"{{{A}}}br"):
        parts.append("\n" if node.tag == f"{{{A}}}br" else node.text or "")
    return "".join(parts)


def _member_elements(tree: etree._Element) -> Iterator[etree._Element]:
    """The shape elements of a shape tree in order; of alternate content, the choice when it
    holds shapes (what PowerPoint shows), else the fallback: never both."""
    for child in tree:
        if child.tag in _SHAPE_TAGS:
            yield child
        elif child.tag == _ALTERNATE:
            for branch in child:
                members = [el for el in branch if el.tag in _SHAPE_TAGS]
                if members:
                    yield from members
                    break


class _Deck:
    """Reads one presentation into ``builder``; one instance per file."""

    def __init__(self, builder: DocumentBuilder, ctx: ReadContext, presentation: Any) -> None:
        self.builder = builder
        self.ctx = ctx
        self.theme = _theme_fonts(presentation)
        self.seen_parts: set[str] = set()

    # -- text ---------------------------------------------------------------------------------

    def text_frame(self, frame: Any, page: int, kind: BlockKind, *, styles: bool = True) -> None:
        for paragraph in frame.paragraphs:
            block = self.builder.add_block(kind, _paragraph_text(paragraph._p), page=page)
            if block is None or not styles:
                continue
            for run in paragraph.runs:
                if not run.text.strip():
                    continue
                family = _run_font(run, kind, self.theme)
                if family:
                    self.builder.add_font(family, page=page, paragraph=block.paragraph,
                                          where=_("slide text"))
                colour = _rgb(run.font.color)
                if colour:
                    self.builder.add_colour(colour, _("slide text colour"), page=page,
                                            paragraph=block.paragraph)

    def xml_paragraphs(self, root: etree._Element, page: int, kind: BlockKind) -> None:
        """One block per DrawingML paragraph below ``root`` (chart titles, SmartArt)."""
        for paragraph in _PARAGRAPHS(root):
            self.builder.add_block(kind, _paragraph_text(paragraph), page=page)

    # -- shapes -------------------------------------------------------------------------------

    def shapes(self, tree: etree._Element, parent: Any, page: int, *, on_slide: bool) -> None:
        """Every shape of a shape tree, groups depth-first; ``on_slide`` is False for a layout
        or master, whose placeholders are prompts ("Click to add title"), not text."""
        stack: list[tuple[etree._Element, Any]] = [
            (el, parent) for el in reversed(list(_member_elements(tree)))]
        while stack:
            element, owner = stack.pop()
            factory = SlideShapeFactory if on_slide else BaseShapeFactory
            shape = factory(element, owner)
            if isinstance(shape, GroupShape):
                stack.extend((el, shape.shapes) for el in
                             reversed(list(_member_elements(element))))
                continue
            if not on_slide and element.find(f".//{{{P}}}nvPr/{{{P}}}ph") is not None:
                continue
            self.shape(shape, page, styles=on_slide)

    def shape(self, shape: Any, page: int, *, styles: bool) -> None:
        builder = self.builder
        if styles:
            try:
                if shape.fill.type == MSO_FILL.SOLID and (colour := _rgb(shape.fill.fore_color)):
                    builder.add_colour(colour, _("shape fill"), page=page)
            except (AttributeError, NotImplementedError, TypeError):
                pass
        if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            kind = BlockKind.HEADING if _is_title(shape) else BlockKind.PARAGRAPH
            self.text_frame(shape.text_frame, page, kind, styles=styles)
        if getattr(shape, "has_table", False) and shape.has_table:
            for row in shape.table.rows:
                for cell in row.cells:
                    if not cell.is_spanned:
                        self.text_frame(cell.text_frame, page, BlockKind.TABLE_CELL,
                                        styles=styles)
        if getattr(shape, "has_chart", False) and shape.has_chart:
            self.chart(shape, page)
        self.diagram(shape, page)
        if isinstance(shape, Picture) and styles:
            self.picture(shape, page)

    def picture(self, shape: Picture, page: int) -> None:
        try:
            image = shape.image
            blob, filename = image.blob, image.filename
        except (ValueError, KeyError, AttributeError, PythonPptxError):
            self.builder.note(_("pictures linked from outside the file, or without image data, "
                                "were skipped"))
            return
        add_embedded_image(self.builder, blob, filename or _("picture"), self.ctx.limits,
                           page=page, paragraph=self.builder.paragraph or None)

    def chart(self, shape: Any, page: int) -> None:
        """Titles (chart and axes), series names and category names, as the chart shows them."""
        try:
            space = shape.chart._chartSpace
        except (KeyError, ValueError, AttributeError, PythonPptxError):
            self.builder.note(_("a chart whose data is missing was skipped"))
            return
        for rich in _CHART_RICH(space):
            self.xml_paragraphs(rich, page, BlockKind.CAPTION)
        labels: dict[str, None] = {}
        for value in [*_CHART_SERIES(space), *_CHART_CATEGORIES(space)]:
            labels.setdefault((value.text or "").strip(), None)
        for label in labels:
            self.builder.add_block(BlockKind.TABLE_CELL, label, page=page)

    def diagram(self, shape: Any, page: int) -> None:
        """SmartArt: the text of its nodes, from the diagram's data part."""
        ids = _DIAGRAM_IDS(shape._element) if shape._element.tag == f"{{{P}}}graphicFrame" \
            else []
        for rel_id in ids[:1]:
            try:
                blob = shape.part.related_part(str(rel_id)).blob
            except (KeyError, ValueError, AttributeError):
                self.builder.note(_("a SmartArt graphic whose data is missing was skipped"))
                return
            root = parse_xml(blob, self.ctx.name, "pptx")
            for node in _DIAGRAM_NODES(root):
                self.xml_paragraphs(node, page, BlockKind.PARAGRAPH)

    # -- slides -------------------------------------------------------------------------------

    def slide(self, slide: Any, page: int) -> None:
        self.shapes(slide.shapes._spTree, slide.shapes, page, on_slide=True)
        self.behind(slide, page)

    def behind(self, slide: Any, page: int) -> None:
        """The layout's and master's own text boxes, once per deck, when this slide shows
        them (``showMasterSp="0"`` on a slide hides both; on a layout, the master's)."""
        if slide._element.get("showMasterSp") in ("0", "false"):
            return
        try:
            layout = slide.slide_layout
            parts = [layout]
            if layout._element.get("showMasterSp") not in ("0", "false"):
                parts.append(layout.slide_master)
        except (KeyError, ValueError, AttributeError):
            return
        for part in parts:
            name = str(part.part.partname)
            if name not in self.seen_parts:
                self.seen_parts.add(name)
                self.shapes(part.shapes._spTree, part.shapes, page, on_slide=False)

    def notes(self, slide: Any, page: int) -> None:
        if not slide.has_notes_slide:
            return
        frame = slide.notes_slide.notes_text_frame
        if frame is None:
            return
        text = "\n".join(_paragraph_text(p._p) for p in frame.paragraphs)
        self.builder.add_speaker_note(page, text)


#: What python-pptx raises on a package whose XML or relationships are broken.
_BROKEN = (etree.XMLSyntaxError, PythonPptxError, KeyError, AttributeError, ValueError,
           TypeError, IndexError, zipfile.BadZipFile)


def read_pptx(data: bytes, ctx: ReadContext) -> Document:
    check_zip(data, ctx.name, "pptx", ctx.limits)
    try:
        return _read(data, ctx)
    except _BROKEN as exc:
        raise damaged(ctx.name, "pptx") from exc


def _open(data: bytes, ctx: ReadContext) -> Any:
    """The presentation, whichever of the deck, show, template or macro names its main
    part has (python-pptx's own ``Presentation()`` accepts only two)."""
    main = Package.open(io.BytesIO(data)).main_document_part
    if not isinstance(main, PresentationPart):
        raise damaged(ctx.name, "pptx")
    return main.presentation


def _read(data: bytes, ctx: ReadContext) -> Document:
    presentation = _open(data, ctx)
    slides = list(presentation.slides)
    too_many_pages(ctx.name, len(slides), ctx.limits)
    builder = ctx.builder("pptx")
    builder.pages = len(slides)
    deck = _Deck(builder, ctx, presentation)
    for number, slide in enumerate(slides, start=1):
        builder.progress((number - 1) / max(len(slides), 1))
        deck.slide(slide, number)
        deck.notes(slide, number)
    if builder.speaker_notes:
        builder.note(_("speaker notes were read but not checked: the audience does not see "
                       "them"))
    return builder.build()
