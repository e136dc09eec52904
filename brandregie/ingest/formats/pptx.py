"""PowerPoint files (``.pptx``): each slide is a page; titles are headings, text frames give
paragraphs, tables give cells; fonts and colours set on runs and solid shape fills; pictures.

python-pptx reads the package after :func:`check_zip` has vetted it (bomb and entity guards);
its XML parser does not resolve entities. A run without a font of its own gets the theme's
heading font (in a title) or body font (elsewhere), as PowerPoint shows it; ``+mj-lt`` and
``+mn-lt`` references resolve the same way. Colours that come only from the master are not
resolved: a master is the agency's template, what is reviewed is what was typed on the slides.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from lxml import etree
from pptx import Presentation
from pptx.enum.dml import MSO_COLOR_TYPE, MSO_FILL
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.exc import PythonPptxError
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from brandregie.i18n import _
from brandregie.ingest.builder import DocumentBuilder
from brandregie.ingest.colours import normalise_hex
from brandregie.ingest.document import BlockKind, Document
from brandregie.ingest.errors import damaged
from brandregie.ingest.fonts import normalise_font
from brandregie.ingest.formats.context import ReadContext
from brandregie.ingest.images import add_embedded_image
from brandregie.ingest.safezip import check_zip, too_many_pages

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_TITLES = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.SUBTITLE}


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


def _text_frame(builder: DocumentBuilder, frame: Any, page: int, kind: BlockKind,
                theme: dict[str, str]) -> None:
    for paragraph in frame.paragraphs:
        block = builder.add_block(kind, paragraph.text, page=page)
        if block is None:
            continue
        for run in paragraph.runs:
            if not run.text.strip():
                continue
            family = _run_font(run, kind, theme)
            if family:
                builder.add_font(family, page=page, paragraph=block.paragraph,
                                 where=_("slide text"))
            colour = _rgb(run.font.color)
            if colour:
                builder.add_colour(colour, _("slide text colour"), page=page,
                                   paragraph=block.paragraph)


def _shape(builder: DocumentBuilder, shape: Any, page: int, ctx: ReadContext,
           theme: dict[str, str]) -> list[Any]:
    """Read one shape; a group's members are returned to be read next."""
    if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
        return list(shape.shapes)
    try:
        if shape.fill.type == MSO_FILL.SOLID and (colour := _rgb(shape.fill.fore_color)):
            builder.add_colour(colour, _("shape fill"), page=page)
    except (AttributeError, NotImplementedError, TypeError):
        pass
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        kind = BlockKind.HEADING if _is_title(shape) else BlockKind.PARAGRAPH
        _text_frame(builder, shape.text_frame, page, kind, theme)
    if getattr(shape, "has_table", False) and shape.has_table:
        for row in shape.table.rows:
            for cell in row.cells:
                if cell.is_spanned:
                    continue
                _text_frame(builder, cell.text_frame, page, BlockKind.TABLE_CELL, theme)
    if shape.shape_type == MSO_SHAPE_TYPE.PICTURE:
        image = shape.image
        add_embedded_image(builder, image.blob, image.filename or _("picture"), ctx.limits,
                           page=page, paragraph=builder.paragraph or None)
    return []


#: What python-pptx raises on a package whose XML or relationships are broken.
_BROKEN = (etree.XMLSyntaxError, PythonPptxError, KeyError, AttributeError, ValueError,
           TypeError, IndexError, zipfile.BadZipFile)


def read_pptx(data: bytes, ctx: ReadContext) -> Document:
    check_zip(data, ctx.name, "pptx", ctx.limits)
    try:
        return _read(data, ctx)
    except _BROKEN as exc:
        raise damaged(ctx.name, "pptx") from exc


def _read(data: bytes, ctx: ReadContext) -> Document:
    presentation = Presentation(io.BytesIO(data))
    slides = list(presentation.slides)
    too_many_pages(ctx.name, len(slides), ctx.limits)
    builder = ctx.builder("pptx")
    builder.pages = len(slides)
    theme = _theme_fonts(presentation)
    for number, slide in enumerate(slides, start=1):
        builder.progress((number - 1) / max(len(slides), 1))
        stack = list(reversed(list(slide.shapes)))
        while stack:
            stack.extend(reversed(_shape(builder, stack.pop(), number, ctx, theme)))
    return builder.build()
