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


TOTAL_FORM = "brPageTotal"


def _canvas_with_total(font: str, size: float, colour: str, pages: list[int]) -> type[Canvas]:
    """A canvas that writes the page count into a form every footer refers to.

    Each footer draws "page 2 of " and then the form; the form is filled in when the canvas
    is saved, so one layout pass is enough and every page is written in order (bookmarks stay
    on their pages, unlike with a canvas that holds pages back).
    """

    class TotalCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def save(self) -> None:
            total = self.getPageNumber() - 1 if not self._code else self.getPageNumber()
            pages[:] = [total]
            self.beginForm(TOTAL_FORM)
            self.setFont(font, size)
            self.setFillColor(colors.HexColor(colour))
            self.drawString(0, 0, str(total))
            self.endForm()
            super().save()

    return TotalCanvas


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
    # Strings drawn straight on the canvas get no per-character fallback: pick a font that
    # can draw all of each one.
    running_title = f"{spec.kind} · {spec.title}"[:110]
    footer_font = layout.font_for(footer, fonts.body.regular)
    brand_font = layout.font_for(brand.name, fonts.heading.regular)
    title_font = layout.font_for(running_title, fonts.body.regular)

    def footer_line(canvas: Canvas) -> None:
        canvas.setStrokeColor(colors.HexColor(theme.rule))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, FOOTER_H, PAGE_W - MARGIN, FOOTER_H)
        canvas.setFillColor(colors.HexColor(theme.muted))
        canvas.setFont(footer_font, 7.5)
        canvas.drawString(MARGIN, FOOTER_H - 4.5 * mm, footer)
        canvas.setFont(fonts.body.regular, 7.5)
        # "page 2 of " then the total, which only the end of the document knows.
        lead = t("page {page} of {total}").split("{total}")[0].format(
            page=canvas.getPageNumber())
        x = PAGE_W - MARGIN - canvas.stringWidth(lead + "99", fonts.body.regular, 7.5)
        canvas.drawString(x, FOOTER_H - 4.5 * mm, lead)
        canvas.translate(x + canvas.stringWidth(lead, fonts.body.regular, 7.5),
                         FOOTER_H - 4.5 * mm)
        canvas.doForm(TOTAL_FORM)

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
        canvas.setFont(brand_font, 9)
        canvas.drawString(MARGIN, PAGE_H - 12 * mm, brand.name)
        canvas.setFillColor(colors.HexColor(theme.muted))
        canvas.setFont(title_font, 8)
        canvas.drawRightString(PAGE_W - MARGIN, PAGE_H - 12 * mm, running_title)
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

    story: list[Flowable] = [NextPageTemplate("rest")]
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
        if sec.new_page and len(story) > 1 and not isinstance(story[-1], PageBreak):
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
    passes = 2 if toc is not None else 1   # a contents page needs a pass to learn its pages
    if progress is not None:
        size, current = [1], [1]

        def on_progress(kind: str, value: int) -> None:
            if kind == "PASS":
                current[0] = value
            elif kind == "SIZE_EST":
                size[0] = max(1, value)
            elif kind == "PROGRESS":
                total = passes * size[0]
                progress(min(value + (current[0] - 1) * size[0], total - 1), total)

        doc.setProgressCallBack(on_progress)
    pages = [0]
    doc.multiBuild(story, maxPasses=5, canvasmaker=_canvas_with_total(
        fonts.body.regular, 7.5, theme.muted, pages))
    if progress is not None:
        progress(1, 1)
    _write(buffer.getvalue(), out)
    return ExportResult(pages=pages[0], heading_font=fonts.heading.family,
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
