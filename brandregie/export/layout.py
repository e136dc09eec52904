"""Paragraph styles and the ReportLab flowables for each kind of content block.

All text goes through :meth:`Layout.markup`, which escapes it and sets any character the brand
font cannot draw in the bundled DejaVu Sans, so "Łukasz" or "ĳ" never turns into empty boxes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from brandregie.export import charts
from brandregie.export.content import (
    BarChart,
    Block,
    Bullets,
    Callout,
    Fields,
    Grid,
    LineChart,
    Para,
    Picture,
    Quote,
    Section,
    ShareBars,
    Specimen,
    Sub,
    Swatches,
)
from brandregie.export.fonts import FALLBACK, FALLBACK_FAMILY, BrandFonts, glyphs
from brandregie.export.images import load_logo
from brandregie.export.text import Translate
from brandregie.export.theme import Theme, cmyk, rgb

SPECIMEN_TEXT = "Aa Bb Cc Dd Ee Ff Gg — ĳ ł ë é ’ € 0123456789"
_GOOD = "#1E7B34"
_BAD = "#B3261E"


class _Logo(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A decoded image drawn at a fixed size, keeping its transparency."""

    def __init__(self, image: PILImage.Image, width: float, height: float) -> None:
        super().__init__()
        self.reader = ImageReader(image)
        self.width, self.height = width, height
        self.hAlign = "LEFT"

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")


class SectionHeading(Paragraph):  # type: ignore[misc]
    """A level-1 heading that the page template turns into a PDF bookmark and contents line."""

    def __init__(self, text: str, style: ParagraphStyle, plain: str, key: str) -> None:
        super().__init__(text, style)
        self.plain = plain
        self.key = key


@dataclass
class Layout:
    """Styles and flowables for one document; collects warnings about skipped assets."""

    fonts: BrandFonts
    theme: Theme
    t: Translate
    width: float
    strict: bool = True
    warnings: list[str] = field(default_factory=list)
    _coverage: dict[str, frozenset[int]] = field(default_factory=dict)
    _logos: dict[str, PILImage.Image | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        f, th = self.fonts, self.theme
        text = colors.HexColor(th.text)

        def style(name: str, font: str, size: float, leading: float, **kw: object) -> \
                ParagraphStyle:
            return ParagraphStyle(name, fontName=font, bulletFontName=font, fontSize=size,
                                  leading=leading,
                                  textColor=kw.pop("textColor", text), alignment=TA_LEFT, **kw)

        self.styles = {
            "title": style("title", f.heading.regular, 28, 33),
            "kind": style("kind", f.body.bold, 9.5, 12),
            "subtitle": style("subtitle", f.body.regular, 12, 15),
            "h1": style("h1", f.heading.regular, 17, 21, textColor=colors.HexColor(th.heading),
                        spaceBefore=14, spaceAfter=6, keepWithNext=1),
            "h2": style("h2", f.heading.regular, 12, 15, textColor=colors.HexColor(th.heading),
                        spaceBefore=8, spaceAfter=3, keepWithNext=1),
            "body": style("body", f.body.regular, 10, 14, spaceAfter=5),
            "lead": style("lead", f.body.regular, 12, 16.5, spaceAfter=6),
            "small": style("small", f.body.regular, 8.5, 11, textColor=colors.HexColor(th.muted),
                           spaceAfter=4),
            "label": style("label", f.body.bold, 9, 12, textColor=colors.HexColor(th.muted)),
            "cell": style("cell", f.body.regular, 9, 12),
            "head": style("head", f.body.bold, 9, 12, textColor=colors.HexColor(th.band_text)),
            "quote": style("quote", f.body.italic, 10, 14),
            "callout": style("callout", f.heading.regular, 13, 17),
            "bullet": style("bullet", f.body.regular, 10, 14, leftIndent=12, bulletIndent=2,
                            spaceAfter=2),
            "specimen": style("specimen", f.body.regular, 20, 25, spaceAfter=2),
        }

    # -- text -------------------------------------------------------------------------------
    def _covered(self, font: str) -> frozenset[int]:
        if font not in self._coverage:
            self._coverage[font] = frozenset(glyphs(font))
        return self._coverage[font]

    def font_for(self, text: str, font: str) -> str:
        """``font`` if it can draw all of ``text``, else the stand-in (for canvas strings)."""
        covered = self._covered(font)
        return font if all(ord(ch) in covered for ch in text if not ch.isspace()) else FALLBACK

    def markup(self, text: str, font: str) -> str:
        """Escaped paragraph markup; characters ``font`` lacks are set in the stand-in font."""
        covered = self._covered(font)
        stand_in = not font.startswith(FALLBACK)
        out: list[str] = []
        run: list[str] = []
        for ch in text:
            if stand_in and ord(ch) not in covered and ch not in "\n\t ":
                run.append(ch)
                continue
            if run:
                out.append(f'<font face="{FALLBACK}">{escape("".join(run))}</font>')
                run = []
            out.append("<br/>" if ch == "\n" else escape(ch))
        if run:
            out.append(f'<font face="{FALLBACK}">{escape("".join(run))}</font>')
        return "".join(out)

    def para(self, text: str, style: str = "body") -> Paragraph:
        st = self.styles[style]
        return Paragraph(self.markup(text, st.fontName), st)

    # -- blocks -----------------------------------------------------------------------------
    def section(self, section: Section, key: str) -> Iterator[Flowable]:
        """The section's flowables; ``key`` names its bookmark and its contents line."""
        st = self.styles["h1"]
        yield SectionHeading(self.markup(section.heading, st.fontName), st, section.heading, key)
        for block in section.blocks:
            yield from self.block(block)

    def block(self, block: Block) -> Iterator[Flowable]:
        match block:
            case Para():
                yield self.para(block.text, block.style)
            case Bullets():
                yield from self._bullets(block)
            case Fields():
                yield from self._fields(block)
            case Grid():
                yield from self._grid(block)
            case Swatches():
                yield from self._swatches(block)
            case Callout():
                yield from self._callout(block)
            case Quote():
                yield from self._quote(block)
            case Picture():
                yield from self._picture(block)
            case Specimen():
                yield from self._specimen(block)
            case LineChart():
                yield from self._drawing(charts.line_chart(block, self))
            case BarChart():
                yield from self._drawing(charts.bar_chart(block, self))
            case ShareBars():
                yield from self._drawing(charts.share_bars(block, self))
            case Sub():
                yield self.para(block.heading, "h2")
                for inner in block.blocks:
                    yield from self.block(inner)

    @staticmethod
    def _drawing(drawing: Flowable) -> Iterator[Flowable]:
        drawing.hAlign = "LEFT"
        yield drawing
        yield Spacer(1, 8)

    def _bullets(self, block: Bullets) -> Iterator[Flowable]:
        st = self.styles["bullet"]
        for item in block.items:
            if item.strip():
                yield Paragraph(self.markup(item, st.fontName), st,
                                bulletText=self.markup("•", st.fontName))
        yield Spacer(1, 4)

    def _fields(self, block: Fields) -> Iterator[Flowable]:
        rows = [[self.para(label, "label"), self.para(value, "cell")]
                for label, value in block.rows if value.strip()]
        table = Table(rows, colWidths=[0.3 * self.width, 0.7 * self.width], hAlign="LEFT")
        table.setStyle(TableStyle([
            self._font_command(),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(self.theme.rule)),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]))
        yield table
        yield Spacer(1, 6)

    def _font_command(self) -> tuple[object, ...]:
        """Tables set a cell font even for flowable cells: make it ours, not Helvetica."""
        return ("FONT", (0, 0), (-1, -1), self.fonts.body.regular)

    def _table(self, rows: list[list[Flowable]], widths: list[float], header: bool) -> Table:
        table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        commands: list[tuple[object, ...]] = [
            self._font_command(),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(self.theme.rule)),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(self.theme.band)))
        for row in range(1 if header else 0, len(rows)):
            if row % 2 == 0:
                commands.append(("BACKGROUND", (0, row), (-1, row),
                                 colors.HexColor(self.theme.tint)))
        table.setStyle(TableStyle(commands))
        return table

    def _grid(self, block: Grid) -> Iterator[Flowable]:
        shares = block.widths or tuple(1 / len(block.header) for _ in block.header)
        total = sum(shares)
        widths = [self.width * s / total for s in shares]
        rows: list[list[Flowable]] = [[self.para(h, "head") for h in block.header]]
        rows += [[self.para(cell, "cell") for cell in row] for row in block.rows]
        yield self._table(rows, widths, header=True)
        yield Spacer(1, 8)

    def _swatches(self, block: Swatches) -> Iterator[Flowable]:
        t = self.t
        header = [self.para(h, "head") for h in
                  ("", t("Colour"), "HEX", "RGB", t("CMYK (approx.)"))]
        rows: list[list[Flowable]] = [header]
        for colour in block.colours:
            name = colour.name + (f"\n{colour.role}" if colour.role else "")
            r, g, b = rgb(colour.hex)
            c, m, y, k = cmyk(colour.hex)
            rows.append([Spacer(1, 12 * mm), self.para(name, "cell"), self.para(colour.hex, "cell"),
                         self.para(f"{r} {g} {b}", "cell"),
                         self.para(f"C{c} M{m} Y{y} K{k}", "cell")])
        shares = (0.14, 0.28, 0.16, 0.18, 0.24)
        table = self._table(rows, [self.width * s for s in shares], header=True)
        commands: list[tuple[object, ...]] = []
        for i, colour in enumerate(block.colours, start=1):
            commands.append(("BACKGROUND", (0, i), (0, i), colors.HexColor(colour.hex)))
            commands.append(("BOX", (0, i), (0, i), 0.5, colors.HexColor("#BDBDBD")))
        table.setStyle(TableStyle(commands))
        yield table
        yield Spacer(1, 8)

    def _callout(self, block: Callout) -> Iterator[Flowable]:
        bar = {"brand": self.theme.accent, "good": _GOOD, "bad": _BAD}[block.tone]
        cells: list[Flowable] = []
        if block.label:
            cells.append(self.para(block.label, "label"))
        cells.append(self.para(block.text, "callout"))
        table = Table([[cells]], colWidths=[self.width], hAlign="LEFT")
        table.setStyle(TableStyle([
            self._font_command(),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(self.theme.tint)),
            ("LINEBEFORE", (0, 0), (0, -1), 4, colors.HexColor(bar)),
            ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]))
        yield table
        yield Spacer(1, 8)

    def _quote(self, block: Quote) -> Iterator[Flowable]:
        table = Table([[self.para(f"“{block.text.strip()}”", "quote")]],
                      colWidths=[self.width], hAlign="LEFT")
        table.setStyle(TableStyle([
            self._font_command(),
            ("LINEBEFORE", (0, 0), (0, -1), 2, colors.HexColor(self.theme.rule)),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ]))
        yield table
        yield Spacer(1, 4)

    def logo(self, name: str, path: str, data: bytes) -> PILImage.Image | None:
        """A decoded logo; a bad one raises, or with ``strict=False`` is skipped with a warning."""
        if path not in self._logos:
            try:
                self._logos[path] = load_logo(name, path, data)
            except Exception as exc:
                if self.strict:
                    raise
                self.warnings.append(str(exc))
                self._logos[path] = None
        return self._logos[path]

    def _picture(self, block: Picture) -> Iterator[Flowable]:
        image = self.logo(block.name, block.path, block.data)
        if image is None:
            return
        max_w, max_h = 70 * mm, 32 * mm
        scale = min(max_w / image.width, max_h / image.height)
        flow = _Logo(image, image.width * scale, image.height * scale)
        parts: list[Flowable] = [flow, Spacer(1, 3)]
        if block.caption:
            parts.append(self.para(block.caption, "small"))
        yield KeepTogether(parts)
        yield Spacer(1, 6)

    def _specimen(self, block: Specimen) -> Iterator[Flowable]:
        font = block.font
        registered = self.fonts.for_font(font)
        name = registered or FALLBACK
        st = ParagraphStyle("spec", parent=self.styles["specimen"], fontName=name)
        note = block.label if registered else self.t(
            "{label}; the profile has no font file, so this sample is set in {fallback}"
        ).format(label=block.label, fallback=FALLBACK_FAMILY)
        yield KeepTogether([
            self.para(font.family, "h2"),
            Paragraph(self.markup(SPECIMEN_TEXT, name), st),
            self.para(note, "small"),
        ])
