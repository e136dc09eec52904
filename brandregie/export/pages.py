"""What every page carries: the cover band with title and logo, the running header, the footer.

The footer shows the brand, the profile revision and the date on every page, and "page 2 of 7".
The total comes from a form XObject filled in when the canvas is saved, so one layout pass is
enough and pages are written in order (bookmarks stay on their pages).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Paragraph

from brandregie.export.content import DocumentSpec
from brandregie.export.layout import Layout

PAGE_W, PAGE_H = A4
MARGIN = 20 * mm
BAND_H = 64 * mm
HEADER_H = 14 * mm
FOOTER_H = 16 * mm
_SMALL = 7.5

TOTAL_FORM = "brPageTotal"


def canvas_with_total(font: str, size: float, colour: str, pages: list[int]) -> type[Canvas]:
    """A canvas that writes the page count into a form every footer refers to.

    Each footer draws "page 2 of " and then the form; the form is filled in when the canvas
    is saved, so one layout pass is enough and every page is written in order (bookmarks stay
    on their pages, unlike with a canvas that holds pages back).
    """

    class TotalCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def save(self) -> None:
            # After the last page is shown an empty next page is open: it does not count.
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


@dataclass
class PageDecor:
    """Draws the cover band and the header and footer, in the document's fonts and colours."""

    spec: DocumentSpec
    brand: str
    footer: str
    layout: Layout
    logo: PILImage.Image | None = None
    _reader: ImageReader | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        fonts, layout = self.layout.fonts, self.layout
        self._reader = ImageReader(self.logo) if self.logo is not None else None
        # Strings drawn straight on the canvas get no per-character fallback: pick a font
        # that can draw all of each one.
        self.running_title = f"{self.spec.kind} · {self.spec.title}"[:110]
        self.footer_font = layout.font_for(self.footer, fonts.body.regular)
        self.brand_font = layout.font_for(self.brand, fonts.heading.regular)
        self.title_font = layout.font_for(self.running_title, fonts.body.regular)

    def _footer(self, canvas: Canvas) -> None:
        theme, body = self.layout.theme, self.layout.fonts.body.regular
        canvas.setStrokeColor(colors.HexColor(theme.rule))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, FOOTER_H, PAGE_W - MARGIN, FOOTER_H)
        canvas.setFillColor(colors.HexColor(theme.muted))
        canvas.setFont(self.footer_font, _SMALL)
        canvas.drawString(MARGIN, FOOTER_H - 4.5 * mm, self.footer)
        # "page 2 of " here, then the total, which only the end of the document knows.
        lead = self.layout.t("page {page} of {total}").split("{total}")[0].format(
            page=canvas.getPageNumber())
        x = PAGE_W - MARGIN - canvas.stringWidth(lead + "99", body, _SMALL)
        canvas.setFont(body, _SMALL)
        canvas.drawString(x, FOOTER_H - 4.5 * mm, lead)
        canvas.translate(x + canvas.stringWidth(lead, body, _SMALL), FOOTER_H - 4.5 * mm)
        canvas.doForm(TOTAL_FORM)

    def _paragraph(self, text: str, style: str, colour: colors.Color) -> tuple[Paragraph,
                                                                                ParagraphStyle]:
        st = ParagraphStyle(style, parent=self.layout.styles[style], textColor=colour)
        return Paragraph(self.layout.markup(text, st.fontName), st), st

    def cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        theme, spec = self.layout.theme, self.spec
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(theme.band))
        canvas.rect(0, PAGE_H - BAND_H, PAGE_W, BAND_H, stroke=0, fill=1)
        text_w = PAGE_W - 2 * MARGIN
        if self._reader is not None:
            box_w, box_h, pad = 58 * mm, 30 * mm, 3.5 * mm
            x, y = PAGE_W - MARGIN - box_w, PAGE_H - 12 * mm - box_h
            canvas.setFillColor(colors.white)
            canvas.roundRect(x, y, box_w, box_h, 3 * mm, stroke=0, fill=1)
            canvas.drawImage(self._reader, x + pad, y + pad, box_w - 2 * pad, box_h - 2 * pad,
                             preserveAspectRatio=True, anchor="c", mask="auto")
            text_w -= box_w + 8 * mm
        ink = colors.HexColor(theme.band_text)
        kind, _ = self._paragraph(spec.kind.upper(), "kind", ink)
        _, kind_h = kind.wrap(text_w, 20 * mm)
        kind.drawOn(canvas, MARGIN, PAGE_H - 14 * mm - kind_h)
        sub_h = 0.0
        if spec.subtitle:
            subtitle, _ = self._paragraph(spec.subtitle, "subtitle", ink)
            _, sub_h = subtitle.wrap(text_w, 20 * mm)
            subtitle.drawOn(canvas, MARGIN, PAGE_H - BAND_H + 8 * mm)
        room = BAND_H - 14 * mm - kind_h - 6 * mm - sub_h - 12 * mm
        title_st = ParagraphStyle("t", parent=self.layout.styles["title"], textColor=ink)
        title = _fit(self.layout.markup(spec.title, title_st.fontName), title_st, text_w, room)
        _, title_h = title.wrap(text_w, room)
        title.drawOn(canvas, MARGIN, PAGE_H - BAND_H + 10 * mm + sub_h + (room - title_h) / 2)
        self._footer(canvas)
        canvas.restoreState()

    def later(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        theme = self.layout.theme
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(theme.heading))
        canvas.setFont(self.brand_font, 9)
        canvas.drawString(MARGIN, PAGE_H - 12 * mm, self.brand)
        canvas.setFillColor(colors.HexColor(theme.muted))
        canvas.setFont(self.title_font, 8)
        canvas.drawRightString(PAGE_W - MARGIN, PAGE_H - 12 * mm, self.running_title)
        canvas.setStrokeColor(colors.HexColor(theme.band))
        canvas.setLineWidth(1.5)
        canvas.line(MARGIN, PAGE_H - HEADER_H, PAGE_W - MARGIN, PAGE_H - HEADER_H)
        self._footer(canvas)
        canvas.restoreState()
