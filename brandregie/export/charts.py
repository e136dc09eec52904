"""Small charts in a PDF, drawn with ReportLab's graphics in the brand's colours and fonts.

Three kinds, for figures that read better as a shape than as a table row: lines over steps
(brand fit per quarter, one line per agency), bars per item against an agreed limit (rounds to
approval per assignment), and parts of a whole side by side (first drafts on time per agency).
Every number is also written as text on the chart, so the PDF reads the same in pdftotext and
for a screen reader as on paper.
"""

from __future__ import annotations

from typing import Protocol

from babel.numbers import format_decimal
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from brandregie.export.content import BarChart, LineChart, ShareBars
from brandregie.export.fonts import BrandFonts
from brandregie.export.theme import WHITE, Theme, contrast


class Layout(Protocol):
    """What a chart needs of the document's layout: its colours, fonts and text width."""

    theme: Theme
    fonts: BrandFonts
    width: float

    def font_for(self, text: str, font: str) -> str: ...

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
#: Text sizes on a chart (pt): values and axis labels, and the legend.
_SMALL, _LEGEND = 7.5, 8.5
#: Bars over the agreed limit and the late part of a share (the callouts' "bad" tone).
_OVER = "#B3261E"


def _colour(hex_colour: str) -> colors.Color:
    return colors.HexColor(hex_colour)


def series_colours(layout: Layout, count: int) -> list[str]:
    """Distinct colours for ``count`` lines: the brand's own first, then calm tones that stay
    apart from them in print; only colours that stand out on white paper (3:1), so a light
    signature colour (a corn blond) never draws a line nobody can follow."""
    th = layout.theme
    found: list[str] = []
    for hex_colour in (th.heading, th.accent, th.primary, "#2E7D6B", "#5F6368", "#6A4C93",
                       "#8A6D3B", "#1F5FA8"):
        if hex_colour.upper() not in found and contrast(hex_colour, WHITE) >= 3:
            found.append(hex_colour.upper())
    return [found[n % len(found)] for n in range(count)]


def _text(layout: Layout, x: float, y: float, text: str, *, size: float = _SMALL,
          colour: str | None = None, anchor: str = "middle", bold: bool = False) -> String:
    fonts = layout.fonts.body
    font = layout.font_for(text, fonts.bold if bold else fonts.regular)
    return String(x, y, text, fontName=font, fontSize=size, textAnchor=anchor,
                  fillColor=_colour(colour or layout.theme.text))


def _scale_low(values: list[float], high: float) -> float:
    """A round ten under the lowest value (a line needs no zero baseline; small changes stay
    visible), never under 0."""
    lowest = min(values, default=0.0)
    return max(0.0, min(high - 20, (lowest // 10) * 10 - 10))


def _number(value: float, lang: str) -> str:
    """``1,5`` in Dutch, ``1.5`` in English; whole numbers without decimals."""
    return str(format_decimal(value, format="0.#", locale=_LOCALES.get(lang, "en_GB")))


def line_chart(block: LineChart, layout: Layout) -> Drawing:
    """Values over labelled steps, a line per series, each value written at its point."""
    width, height = layout.width, 150.0
    drawing = Drawing(width, height)
    legend_h = 16.0 if len(block.series) > 1 else 0.0
    axis_w, bottom, top = 28.0, 16.0, height - 10 - legend_h
    values = [v for _name, vs in block.series for v in vs if v is not None]
    low, high = _scale_low(values, block.high), block.high

    def y(value: float) -> float:
        return bottom + (top - bottom) * (value - low) / (high - low)

    for mark in (low, (low + high) / 2, high):
        drawing.add(Line(axis_w, y(mark), width, y(mark), strokeColor=_colour(layout.theme.rule),
                         strokeWidth=0.5))
        drawing.add(_text(layout, axis_w - 4, y(mark) - 2.5, _number(mark, block.lang),
                          colour=layout.theme.muted, anchor="end"))
    slot = (width - axis_w) / max(1, len(block.steps))
    for n, step in enumerate(block.steps):
        drawing.add(_text(layout, axis_w + slot * (n + 0.5), 3, step,
                          colour=layout.theme.muted))
    colours = series_colours(layout, len(block.series))
    for (_name, series), colour in zip(block.series, colours, strict=True):
        points = [(axis_w + slot * (n + 0.5), y(v)) for n, v in enumerate(series)
                  if v is not None]
        if len(points) > 1:
            drawing.add(PolyLine([c for p in points for c in p], strokeColor=_colour(colour),
                                 strokeWidth=1.8))
        for (px, py), value in zip(points, [v for v in series if v is not None], strict=True):
            drawing.add(Circle(px, py, 2.4, fillColor=_colour(colour), strokeColor=None))
            if not legend_h:  # one line: each value at its point (several would collide)
                drawing.add(_text(layout, px, py + 5, _number(value, block.lang),
                                  colour=layout.theme.text))
    if legend_h:
        x = axis_w
        for (name, _series), colour in zip(block.series, colours, strict=True):
            drawing.add(Rect(x, height - 10, 12, 3, fillColor=_colour(colour), strokeColor=None))
            label = _text(layout, x + 16, height - 12, name, size=_LEGEND, anchor="start")
            drawing.add(label)
            x += 16 + layout_width(layout, name, _LEGEND) + 14
    return drawing


def layout_width(layout: Layout, text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, layout.font_for(text, layout.fonts.body.regular), size))


def bar_chart(block: BarChart, layout: Layout) -> Drawing:
    """A bar per item, oldest first; bars over ``limit`` in the warning colour, the limit dashed,
    each bar's value under it."""
    width, height = layout.width, 70.0
    drawing = Drawing(width, height)
    axis_w, bottom, top = 28.0, 12.0, height - 4
    peak = max([*block.values, block.limit or 0, 1]) + 0.5  # room above the dashed line

    def y(value: float) -> float:
        return bottom + (top - bottom) * value / peak

    slot = (width - axis_w) / max(1, len(block.values))
    drawing.add(Line(axis_w, bottom, width, bottom, strokeColor=_colour(layout.theme.rule),
                     strokeWidth=0.5))
    for n, value in enumerate(block.values):
        over = block.limit is not None and value > block.limit
        drawing.add(Rect(axis_w + slot * n + slot * 0.2, bottom, slot * 0.6, y(value) - bottom,
                         fillColor=_colour(_OVER if over else layout.theme.heading),
                         strokeColor=None))
        drawing.add(_text(layout, axis_w + slot * (n + 0.5), 2, _number(value, block.lang),
                          colour=layout.theme.muted))
    if block.limit is not None:
        drawing.add(Line(axis_w, y(block.limit), width, y(block.limit),
                         strokeColor=_colour(layout.theme.text), strokeWidth=0.8,
                         strokeDashArray=[3, 2]))
        drawing.add(_text(layout, axis_w - 4, y(block.limit) - 2.5,
                          _number(block.limit, block.lang), colour=layout.theme.muted,
                          anchor="end"))
    return drawing


def share_bars(block: ShareBars, layout: Layout) -> Drawing:
    """One bar per row, the part in the brand colour, the rest in the warning colour, the
    row's name before it and its words after it."""
    row_h, gap = 12.0, 7.0
    width = layout.width
    height = len(block.rows) * (row_h + gap)
    drawing = Drawing(width, height)
    name_w = max((layout_width(layout, name, _LEGEND) for name, *_rest in block.rows),
                 default=0) + 8
    words_w = max((layout_width(layout, words, _LEGEND) for *_rest, words in block.rows),
                  default=0) + 8
    bar_w = width - name_w - words_w
    for n, (name, part, whole, words) in enumerate(block.rows):
        base = height - (n + 1) * (row_h + gap) + gap / 2
        drawing.add(_text(layout, 0, base + 3, name, size=_LEGEND, anchor="start"))
        share = part / whole if whole else 0.0
        drawing.add(Rect(name_w, base, bar_w * share, row_h,
                         fillColor=_colour(layout.theme.heading), strokeColor=None))
        drawing.add(Rect(name_w + bar_w * share, base, bar_w * (1 - share), row_h,
                         fillColor=_colour(_OVER if whole else layout.theme.rule),
                         strokeColor=None))
        drawing.add(_text(layout, name_w + bar_w + 6, base + 3, words, size=_LEGEND,
                          anchor="start"))
    return drawing
