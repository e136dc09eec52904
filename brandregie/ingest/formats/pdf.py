"""PDF files: text in reading order as paragraphs per page, fonts, fill and stroke colours,
and the colours of embedded images.

PDFium (pypdfium2) does the parsing: it is the C++ engine of Chrome, reads damaged files
leniently and is fast (a 100-page text PDF in a fraction of a second, where pdfminer.six
needs seconds). PDFs have lines, not paragraphs, so lines are grouped by geometry: a new
paragraph starts where the distance between baselines grows clearly beyond the page's usual
line pitch, where the font size changes, after a short line ending a sentence, or at a bullet.
A PDF has no tables either: a line whose words stand columns apart (a gap of several font
sizes, where word spaces are at most one and a half) is a table row, one cell per column.
Lines in a clearly larger size than the page's body text are headings. Fonts, text colours and
path fill/stroke colours come from the page objects, placed in the paragraph their box falls
in; font names lose their subset prefix and style suffix (``BAAAAA+LiberationSerif-Bold`` is
``LiberationSerif``). Everything runs inside the sandboxed reader process.
"""

from __future__ import annotations

import ctypes
import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from brandregie.i18n import _
from brandregie.ingest.builder import DocumentBuilder
from brandregie.ingest.colours import hex_colour
from brandregie.ingest.document import BlockKind, Document
from brandregie.ingest.errors import DamagedDocumentError, DocumentError, damaged
from brandregie.ingest.fonts import normalise_font
from brandregie.ingest.formats.context import ReadContext
from brandregie.ingest.images import analyse_pil, within_pixel_budget
from brandregie.ingest.pdfstreams import check_streams
from brandregie.ingest.safezip import too_many_pages

_BULLET = re.compile(r"^\s*(?:[•‣◦▪●○■□–\-*\uf0a7\uf0b7\uf076\uf0d8\uf0fc]|\d{1,3}[.)])\s+")
_BULLET_GLYPH = re.compile(r"^\s*[•‣◦▪●○■□\uf0a7\uf0b7\uf076\uf0d8\uf0fc]\s+")
_SENTENCE_END = (".", "!", "?", ":", "”", '"', "’")
MAX_OBJECTS_PER_PAGE = 20_000


#: A gap between words this many times the font size separates table columns: word spaces,
#: even justified or after a bullet, stay under 1.5 (LibreOffice's table columns: ~16).
CELL_GAP = 3.0
#: A generous average advance of a character, in font sizes (most text fonts: 0.45-0.55).
WIDE_CHAR = 0.65


@dataclass
class _Line:
    text: str
    base: float
    left: float
    right: float
    size: float
    cell: bool = False  # one of several pieces of a table row


@dataclass
class _Para:
    kind: BlockKind
    lines: list[_Line]

    @property
    def top(self) -> float:
        return max(line.base + line.size for line in self.lines)

    @property
    def bottom(self) -> float:
        return min(line.base - 0.3 * line.size for line in self.lines)

    def text(self) -> str:
        parts: list[str] = []
        for line in self.lines:
            piece = line.text.strip()
            if parts and parts[-1].endswith(("-", "\u00ad", "\x02")) and piece[:1].islower():
                parts[-1] = parts[-1][:-1]
                parts.append(piece)
            elif parts:
                parts.append(" " + piece)
            else:
                parts.append(piece)
        text = "".join(parts).replace("\x02", "").replace("\u00ad", "")
        return _BULLET_GLYPH.sub("", text, count=1) if self.kind is BlockKind.LIST_ITEM else text


def _cell_breaks(raw: Any, text: str, start: int, count: int) -> list[int]:
    """Offsets in ``text`` of the spaces that separate table columns (a gap of CELL_GAP)."""
    breaks: list[int] = []
    box = [ctypes.c_double() for _ in range(4)]
    for spaces in re.finditer(r" +", text):
        offset, end = spaces.start(), spaces.end()
        if offset == 0 or end >= len(text):
            continue
        before, after = start + offset - 1, start + end
        if after >= count:
            continue
        pdfium_c.FPDFText_GetCharBox(raw, before, *box)
        right = box[1].value
        pdfium_c.FPDFText_GetCharBox(raw, after, *box)
        size = float(pdfium_c.FPDFText_GetFontSize(raw, before)) or 10.0
        if box[0].value - right >= CELL_GAP * size:
            breaks.append(offset)
    return breaks


def _line(raw: Any, text: str, start: int, count: int, cell: bool = False) -> _Line | None:
    """The line ``text`` whose first character is at ``start`` on the page."""
    stripped = text.strip()
    if not stripped:
        return None
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    first = min(start + (len(text) - len(text.lstrip())), count - 1)
    last = min(start + len(text.rstrip()) - 1, count - 1)
    pdfium_c.FPDFText_GetCharOrigin(raw, first, origin_x, origin_y)
    base, left = origin_y.value, origin_x.value
    pdfium_c.FPDFText_GetCharOrigin(raw, last, origin_x, origin_y)
    size = float(pdfium_c.FPDFText_GetFontSize(raw, first)) or 10.0
    return _Line(stripped, base, left, origin_x.value, size, cell)


class _Span(NamedTuple):
    """Where a paragraph sits on its page (PDF units), so page objects can be placed in it."""

    top: float
    bottom: float
    left: float
    right: float
    number: int


def _lines(textpage: Any) -> list[_Line]:
    """The page's lines; a table row is split into its cells where its columns are apart."""
    count = textpage.count_chars()
    if count <= 0:
        return []
    text: str = textpage.get_text_range(0, count)
    raw = textpage.raw
    lines: list[_Line] = []
    start = 0
    for piece in re.split(r"(\r\n|\r|\n)", text):
        whole = None if piece in ("\r\n", "\r", "\n") else _line(raw, piece, start, count)
        # only a line wider than its characters explain can hide a column gap: looking at the
        # spaces of every line would double the time a long PDF takes
        if whole is not None and whole.right - whole.left > \
                (WIDE_CHAR * len(whole.text) + CELL_GAP) * whole.size:
            cuts = [0, *_cell_breaks(raw, piece, start, count), len(piece)]
            cells = [_line(raw, piece[a:b], start + a, count, cell=True)
                     for a, b in pairwise(cuts)] if len(cuts) > 2 else []
            lines.extend(cell for cell in cells if cell is not None)
            if cells:
                whole = None
        if whole is not None:
            lines.append(whole)
        start += len(piece)
    return lines


def _paragraphs(lines: list[_Line]) -> list[_Para]:
    if not lines:
        return []
    sizes = [line.size for line in lines for _c in range(max(1, len(line.text) // 10))]
    body = statistics.median(sizes)
    pitches = [round(a.base - b.base, 1) for a, b in pairwise(lines)
               if 0 < a.base - b.base < 3 * max(a.size, b.size)]
    # the line pitch inside paragraphs is the smallest regular one (lists and tables add more)
    regular = [p for p in pitches if p >= 0.9 * body]
    pitch = min(regular) if regular else body * 1.2
    width = max(line.right for line in lines)
    paras: list[_Para] = []
    for line in lines:
        heading = line.size >= body * 1.18
        bullet = bool(_BULLET.match(line.text))
        kind = BlockKind.TABLE_CELL if line.cell else BlockKind.HEADING if heading else \
            BlockKind.LIST_ITEM if bullet else BlockKind.PARAGRAPH
        if paras and not line.cell:
            prev_para = paras[-1]
            prev = prev_para.lines[-1]
            step = prev.base - line.base
            same_size = abs(prev.size - line.size) <= 0.12 * max(prev.size, line.size)
            ended = prev.text.rstrip().endswith(_SENTENCE_END) and \
                prev.right < width - 4 * prev.size
            continues = (same_size and 0 < step <= pitch * 1.25 + 0.5 and not bullet
                         and not ended and (prev_para.kind is kind
                                            or prev_para.kind is BlockKind.LIST_ITEM))
            if continues:
                prev_para.lines.append(line)
                continue
        paras.append(_Para(kind, [line]))
    return paras


def _page_objects(page_raw: Any, max_depth: int = 4) -> Iterator[tuple[int, Any]]:
    """``(type, raw handle)`` of a page's objects, form XObjects opened, through the raw API
    (pypdfium2's object wrappers cost more than the reading itself on busy pages)."""
    stack: list[tuple[Any, int, int, bool]] = [(page_raw, 0, 0, True)]
    while stack:
        parent, index, depth, is_page = stack.pop()
        count = (pdfium_c.FPDFPage_CountObjects(parent) if is_page
                 else pdfium_c.FPDFFormObj_CountObjects(parent))
        if index >= count:
            continue
        stack.append((parent, index + 1, depth, is_page))
        obj = (pdfium_c.FPDFPage_GetObject(parent, index) if is_page
               else pdfium_c.FPDFFormObj_GetObject(parent, index))
        if not obj:
            continue
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            if depth < max_depth:
                stack.append((obj, 0, depth + 1, False))
        else:
            yield kind, obj


class _PageObjects:
    """Fonts and colours of one page's objects, attached to the paragraph they fall in."""

    def __init__(self, builder: DocumentBuilder, ctx: ReadContext, page_no: int,
                 spans: list[_Span]) -> None:
        self.builder = builder
        self.ctx = ctx
        self.page_no = page_no
        self.spans = spans
        self.font_names: dict[int, str] = {}
        self.hex: dict[tuple[int, int, int], str] = {}
        self.rgba = [ctypes.c_uint() for _i in range(4)]
        self.box = [ctypes.c_float() for _i in range(4)]
        self.labels = (_("PDF text"), _("PDF text colour"), _("PDF fill"), _("PDF stroke"))

    def paragraph_at(self, x: float, y: float) -> int | None:
        """The paragraph (or table cell) at the point where a text object starts."""
        row = [span for span in self.spans if span.bottom - 1 <= y <= span.top + 1]
        for span in row:
            if span.left - 1 <= x <= span.right + 1:
                return span.number
        return row[0].number if row else None

    def colour(self, getter: Any, obj: Any) -> str | None:
        r, g, b, a = self.rgba
        if not getter(obj, r, g, b, a) or a.value == 0:
            return None
        key = (r.value, g.value, b.value)
        value = self.hex.get(key)
        if value is None:
            value = self.hex[key] = hex_colour(*key)
        return value

    def font(self, obj: Any) -> str | None:
        handle = pdfium_c.FPDFTextObj_GetFont(obj)
        if not handle:
            return None
        key = ctypes.cast(handle, ctypes.c_void_p).value or 0
        if key not in self.font_names:
            buffer = ctypes.create_string_buffer(256)
            length = pdfium_c.FPDFFont_GetBaseFontName(handle, buffer, 256)
            name = buffer.value.decode("utf-8", errors="replace") if length else ""
            self.font_names[key] = normalise_font(name) if name else ""
        return self.font_names[key] or None

    def read(self, page: Any) -> None:
        builder, page_no = self.builder, self.page_no
        text_label, text_colour_label, fill_label, stroke_label = self.labels
        left, bottom, right, top = self.box
        for index, (kind, raw) in enumerate(_page_objects(page.raw)):
            if index >= MAX_OBJECTS_PER_PAGE:
                builder.note(_("page {n} has too many objects; only part was checked").format(
                    n=page_no))
                break
            if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                if pdfium_c.FPDFTextObj_GetTextRenderMode(raw) == 3:  # invisible (OCR layer)
                    continue
                pdfium_c.FPDFPageObj_GetBounds(raw, left, bottom, right, top)
                paragraph = self.paragraph_at(left.value, (top.value + bottom.value) / 2)
                family = self.font(raw)
                if family:
                    builder.add_font(family, page=page_no, paragraph=paragraph,
                                     where=text_label)
                colour = self.colour(pdfium_c.FPDFPageObj_GetFillColor, raw)
                if colour:
                    builder.add_colour(colour, text_colour_label, page=page_no,
                                       paragraph=paragraph)
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
                if not pdfium_c.FPDFPath_GetDrawMode(raw, fill_mode, stroke):
                    continue
                if fill_mode.value:
                    colour = self.colour(pdfium_c.FPDFPageObj_GetFillColor, raw)
                    if colour:
                        builder.add_colour(colour, fill_label, page=page_no)
                if stroke.value:
                    colour = self.colour(pdfium_c.FPDFPageObj_GetStrokeColor, raw)
                    if colour:
                        builder.add_colour(colour, stroke_label, page=page_no)
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                self.image(raw)

    def image(self, raw: Any) -> None:
        builder, limits = self.builder, self.ctx.limits
        if builder.image_count >= limits.max_images:
            builder.note(_("only the first {n} images were checked").format(n=limits.max_images))
            return
        width, height = ctypes.c_uint(), ctypes.c_uint()
        pdfium_c.FPDFImageObj_GetImagePixelSize(raw, width, height)
        name = _("image {n} on page {page}").format(n=builder.image_count + 1, page=self.page_no)
        if width.value * height.value > limits.max_image_pixels:
            builder.note(_("{name} is too large to check").format(name=name))
            return
        if not within_pixel_budget(builder, width.value, height.value, limits):
            return
        try:
            raw_bitmap = pdfium_c.FPDFImageObj_GetBitmap(raw)
            if not raw_bitmap:
                raise ValueError("no bitmap")
            pil = pdfium.PdfBitmap.from_raw(raw_bitmap).to_pil()
            builder.add_image(analyse_pil(pil, name, limits, page=self.page_no))
        except DocumentError as exc:
            builder.note(exc.message)
        except (pdfium.PdfiumError, ValueError, OSError, RuntimeError):
            builder.note(_("{name} could not be decoded").format(name=name))


def read_pdf(data: bytes, ctx: ReadContext) -> Document:
    check_streams(data, ctx.name, ctx.limits)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DamagedDocumentError(
                _("{name} is protected with a password; save it without one and try again")
                .format(name=ctx.name)) from exc
        raise damaged(ctx.name, "pdf") from exc
    try:
        count = len(pdf)
        too_many_pages(ctx.name, count, ctx.limits)
        builder = ctx.builder("pdf")
        builder.pages = count
        for index in range(count):
            if builder.length > ctx.limits.max_text_chars:  # pages repeating one text stream
                builder.skipped(_("pages {first} to {last} were not read: the text before them "
                                  "is already longer than can be checked").format(
                                      first=index + 1, last=count))
                break
            builder.progress(index / max(count, 1))
            _read_page(pdf, index, builder, ctx)
        return builder.build()
    finally:
        pdf.close()


def _read_page(pdf: Any, index: int, builder: DocumentBuilder, ctx: ReadContext) -> None:
    page_no = index + 1
    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        builder.note(_("page {n} could not be read").format(n=page_no))
        return
    try:
        textpage = page.get_textpage()
        try:
            lines = _lines(textpage)
        finally:
            textpage.close()
        spans: list[_Span] = []
        for para in _paragraphs(lines):
            block = builder.add_block(para.kind, para.text(), page=page_no)
            if block is not None:
                spans.append(_Span(para.top, para.bottom, min(x.left for x in para.lines),
                                   max(x.right for x in para.lines), block.paragraph))
        _PageObjects(builder, ctx, page_no, spans).read(page)
    finally:
        page.close()
