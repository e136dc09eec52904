"""What every page carries: the cover band with title and logo, the running header, the footer.

The footer shows the brand, the profile revision and the date on every page, and "page 2 of 7".
The total, and the page numbers in the contents, are form XObjects filled in when the canvas is
saved, so one layout pass is enough, even for the guide with its contents page.
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
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph

from brandregie.export.content import DocumentSpec
from brandregie.export.layout import Layout

PAGE_W, PAGE_H = A4
MARGIN = 20 * mm
BAND_H = 64 * mm
HEADER_H = 14 * mm
FOOTER_H = 16 * mm
_SMALL = 7.5

TOTAL_FORM = "brPageTotal"


def page_form(key: str) -> str:
    """The form holding the page number of the section with bookmark ``key``."""
    return f"brPageOf{key}"


@dataclass
class PageNumbers:
    """Page numbers only the end of the layout knows: the total and each section's page."""

    font: str
    size: float
    colour: str
    contents_size: float = 10
    contents_colour: str = "#1F1F1F"
    total: int = 0
    sections: dict[str, int] = field(default_factory=dict)

    def canvas_class(self) -> type[Canvas]:
        """A canvas that fills in the forms the footers and the contents refer to on save.

        So one layout pass is enough, and every page is written in order (bookmarks stay on
        their pages, unlike with a canvas that holds pages back).
        """
        numbers = self

        class NumberingCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
            def save(self) -> None:
                # After the last page is shown an empty next page is open: it does not count.
                numbers.total = self.getPageNumber() - (0 if self._code else 1)
                numbers.write(self, TOTAL_FORM, str(numbers.total), numbers.size,
                              numbers.colour, right=False)
                for key, page in numbers.sections.items():
                    numbers.write(self, page_form(key), str(page), numbers.contents_size,
                                  numbers.contents_colour, right=True)
                super().save()

        return NumberingCanvas

    def write(self, canvas: Canvas, name: str, text: str, size: float, colour: str, *,
              right: bool) -> None:
        # The box reaches left of the origin: a right-aligned number lies there.
        canvas.beginForm(name, lowerx=-80, lowery=-10, upperx=80, uppery=30)
        canvas.setFont(self.font, size)
        canvas.setFillColor(colors.HexColor(colour))
        if right:
            canvas.drawRightString(0, 0, text)
        else:
            canvas.drawString(0, 0, text)
        canvas.endForm()


class Contents(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The contents list: each section's title and, right-aligned, its page (a form)."""

    def __init__(self, entries: list[tuple[str, str]], layout: Layout) -> None:
        super().__init__()
        self.entries = entries
        self.layout = layout
        style = layout.styles["body"]
        self.font, self.size, self.leading = style.fontName, style.fontSize, style.leading + 4

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.leading * len(self.entries)

    def draw(self) -> None:
        canvas: Canvas = self.canv
        theme = self.layout.theme
        y = self.leading * len(self.entries) - self.size
        for title, key in self.entries:
            canvas.setFillColor(colors.HexColor(theme.text))
            canvas.setFont(self.layout.font_for(title, self.font), self.size)
            canvas.drawString(0, y, title)
            canvas.setStrokeColor(colors.HexColor(theme.rule))
            canvas.setLineWidth(0.4)
            canvas.setDash(1, 2)
            canvas.line(canvas.stringWidth(title, self.font, self.size) + 4, y,
                        self.width - 8 * mm, y)
            canvas.setDash()
            canvas.saveState()
            canvas.translate(self.width, y)
            canvas.doForm(page_form(key))
            canvas.restoreState()
            y -= self.leading


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
