"""One renderer for every PDF: cover band with logo, header and footer on every page, page numbers.

Every page shows the brand, the profile revision and the date the document was made, so a
printed brief can always be traced back to the profile it came from. Files are written to a
temporary name and moved into place, so a failed export never leaves half a PDF behind.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from brandregie import __version__
from brandregie.export.content import DocumentSpec, Fields
from brandregie.export.errors import ExportError
from brandregie.export.fonts import load_fonts
from brandregie.export.layout import Layout, SectionHeading
from brandregie.export.text import labels, long_date, revision_text
from brandregie.export.theme import theme_for
from brandregie.i18n import _
from brandregie.profile.snapshot import ProfileSnapshot

Output = str | os.PathLike[str] | IO[bytes]
#: Called with (steps done, steps in all) while the pages are laid out; raising cancels.
Progress = Callable[[int, int], None]

PAGE_W, PAGE_H = A4
MARGIN = 20 * mm
BAND_H = 64 * mm
HEADER_H = 14 * mm
FOOTER_H = 16 * mm


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was made: the page count, fonts used and anything left out on the way."""

    pages: int
    heading_font: str
    body_font: str
    warnings: tuple[str, ...] = ()


class _Template(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """Turns section headings into PDF bookmarks and contents entries."""

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, SectionHeading):
            canvas: Canvas = self.canv
            canvas.bookmarkPage(flowable.key)
            canvas.addOutlineEntry(flowable.plain, flowable.key, level=0)
            self.notify("TOCEntry", (0, flowable.plain, self.page, flowable.key))


class _PageTotal(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Takes no room; makes ``multiBuild`` lay out again until the page count is known.

    The first pass counts the pages, the next one prints "page 2 of 7"; bookmarks stay right
    because every page is written in order (a canvas that holds pages back breaks them).
    """

    def __init__(self) -> None:
        super().__init__()
        self.total: int | None = None
        self.seen = 0
        self._satisfied = False

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return

    def isIndexing(self) -> bool:
        return True

    def isSatisfied(self) -> bool:
        return self._satisfied

    def beforeBuild(self) -> None:
        self.seen = 0

    def notify(self, kind: str, stuff: object) -> None:
        """Indexing flowables hear every ``notify``; the page count needs none of them."""

    def afterBuild(self) -> None:
        self._satisfied = self.total == self.seen
        self.total = self.seen


def _fit(text: str, style: ParagraphStyle, width: float, height: float) -> Paragraph:
    """The title paragraph, its type made smaller until it fits the cover band."""
    size = style.fontSize
    while True:
        st = ParagraphStyle("fit", parent=style, fontSize=size, leading=size * 1.18)
        para = Paragraph(text, st)
        _, h = para.wrap(width, height * 4)
        if h <= height or size <= 12:
            return para
        size -= 1.5


def render(spec: DocumentSpec, snapshot: ProfileSnapshot, out: Output, *, lang: str,
           progress: Progress | None = None, strict: bool = True,
           today: date | None = None) -> ExportResult:
    """Lay out ``spec`` in the brand's look and write the PDF to ``out`` (a path or a stream)."""
    t = labels(lang)
    day = today or date.today()
    fonts = load_fonts(snapshot, strict=strict)
    theme = theme_for(snapshot.brand.visual)
    content_w = PAGE_W - 2 * MARGIN
    layout = Layout(fonts=fonts, theme=theme, t=t, width=content_w, strict=strict,
                    warnings=list(fonts.warnings))
    brand = snapshot.brand
    footer = " · ".join((brand.name, revision_text(snapshot, t), long_date(day, lang)))

    logo = None
    for item in brand.visual.logos:
        data = snapshot.file(item.file)
        if item.file and data:
            logo = layout.logo(item.name, item.file, data)
            if logo is not None:
                break
    logo_reader = ImageReader(logo) if logo is not None else None

    st = layout.styles
    counter = _PageTotal()

    def footer_line(canvas: Canvas) -> None:
        canvas.setStrokeColor(colors.HexColor(theme.rule))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, FOOTER_H, PAGE_W - MARGIN, FOOTER_H)
        canvas.setFillColor(colors.HexColor(theme.muted))
        canvas.setFont(fonts.body.regular, 7.5)
        canvas.drawString(MARGIN, FOOTER_H - 4.5 * mm, footer)
        page = canvas.getPageNumber()
        counter.seen = max(counter.seen, page)
        number = t("page {page} of {total}").format(page=page, total=counter.total) \
            if counter.total else str(page)
        canvas.drawRightString(PAGE_W - MARGIN, FOOTER_H - 4.5 * mm, number)

    def cover(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(theme.band))
        canvas.rect(0, PAGE_H - BAND_H, PAGE_W, BAND_H, stroke=0, fill=1)
        text_w = content_w
        if logo_reader is not None and logo is not None:
            box_w, box_h = 58 * mm, 30 * mm
            x, y = PAGE_W - MARGIN - box_w, PAGE_H - 12 * mm - box_h
            canvas.setFillColor(colors.white)
            canvas.roundRect(x, y, box_w, box_h, 3 * mm, stroke=0, fill=1)
            pad = 3.5 * mm
            canvas.drawImage(logo_reader, x + pad, y + pad, box_w - 2 * pad, box_h - 2 * pad,
                             preserveAspectRatio=True, anchor="c", mask="auto")
            text_w = content_w - box_w - 8 * mm
        band_text = colors.HexColor(theme.band_text)
        kind_st = ParagraphStyle("k", parent=st["kind"], textColor=band_text)
        kind = Paragraph(layout.markup(spec.kind.upper(), kind_st.fontName), kind_st)
        _, kh = kind.wrap(text_w, 20 * mm)
        kind.drawOn(canvas, MARGIN, PAGE_H - 14 * mm - kh)
        title_st = ParagraphStyle("t", parent=st["title"], textColor=band_text)
        sub_h = 0.0
        if spec.subtitle:
            sub_st = ParagraphStyle("s", parent=st["subtitle"], textColor=band_text)
            subtitle = Paragraph(layout.markup(spec.subtitle, sub_st.fontName), sub_st)
            _, sub_h = subtitle.wrap(text_w, 20 * mm)
            subtitle.drawOn(canvas, MARGIN, PAGE_H - BAND_H + 8 * mm)
        room = BAND_H - 14 * mm - kh - 6 * mm - sub_h - 12 * mm
        title = _fit(layout.markup(spec.title, title_st.fontName), title_st, text_w, room)
        _, th = title.wrap(text_w, room)
        title.drawOn(canvas, MARGIN, PAGE_H - BAND_H + 10 * mm + sub_h + (room - th) / 2)
        footer_line(canvas)
        canvas.restoreState()

    def later(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(theme.heading))
        canvas.setFont(fonts.heading.regular, 9)
        canvas.drawString(MARGIN, PAGE_H - 12 * mm, brand.name)
        canvas.setFillColor(colors.HexColor(theme.muted))
        canvas.setFont(fonts.body.regular, 8)
        canvas.drawRightString(PAGE_W - MARGIN, PAGE_H - 12 * mm,
                               f"{spec.kind} · {spec.title}"[:110])
        canvas.setStrokeColor(colors.HexColor(theme.band))
        canvas.setLineWidth(1.5)
        canvas.line(MARGIN, PAGE_H - HEADER_H, PAGE_W - MARGIN, PAGE_H - HEADER_H)
        footer_line(canvas)
        canvas.restoreState()

    bottom = FOOTER_H + 4 * mm
    first = Frame(MARGIN, bottom, content_w, PAGE_H - BAND_H - 8 * mm - bottom, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    rest = Frame(MARGIN, bottom, content_w, PAGE_H - HEADER_H - 6 * mm - bottom, id="rest",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    story: list[Flowable] = [counter, NextPageTemplate("rest")]
    if spec.cover_facts:
        story += list(layout.block(Fields(spec.cover_facts)))
    toc: TableOfContents | None = None
    if spec.contents:
        toc = TableOfContents(tableStyle=TableStyle([
            ("FONT", (0, 0), (-1, -1), fonts.body.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        toc.levelStyles = [ParagraphStyle("toc1", parent=st["body"], leftIndent=0,
                                          firstLineIndent=0, spaceAfter=2)]
        story += [Spacer(1, 6 * mm), layout.para(t("Contents"), "h2"), toc]
    if spec.cover_page:
        story.append(PageBreak())
    for sec in spec.sections:
        if sec.new_page and len(story) > 2 and not isinstance(story[-1], PageBreak):
            story.append(PageBreak())
        story += list(layout.section(sec))

    buffer = io.BytesIO()
    doc = _Template(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                    topMargin=MARGIN, bottomMargin=MARGIN, title=f"{spec.title} · {brand.name}",
                    author=brand.name, subject=spec.kind, creator=f"BrandRegie {__version__}",
                    keywords=list(spec.keywords), lang=lang,
                    initialFontName=fonts.body.regular)
    doc.addPageTemplates([PageTemplate("first", [first], onPage=cover),
                          PageTemplate("rest", [rest], onPage=later)])
    if progress is not None:
        size, passes = [1], [1]

        def on_progress(kind: str, value: int) -> None:
            # Usually two passes (count the pages, then number them): spread over both.
            if kind == "PASS":
                passes[0] = value
            elif kind == "SIZE_EST":
                size[0] = max(1, value)
            elif kind == "PROGRESS":
                total = 2 * size[0]
                progress(min(value + (passes[0] - 1) * size[0], total - 1), total)

        doc.setProgressCallBack(on_progress)
    doc.multiBuild(story, maxPasses=5)
    if progress is not None:
        progress(1, 1)
    _write(buffer.getvalue(), out)
    return ExportResult(pages=counter.total or 0, heading_font=fonts.heading.family,
                        body_font=fonts.body.family, warnings=tuple(layout.warnings))


def _write(data: bytes, out: Output) -> None:
    if not isinstance(out, str | os.PathLike):
        out.write(data)
        return
    path = Path(out)
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        tmp = Path(name)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        tmp.replace(path)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise ExportError(_("{path} cannot be written: {reason}").format(
            path=path, reason=exc.strerror or exc)) from None
