"""visual.colour and visual.font.

Colours are compared in CIEDE2000 (coloraide) with the nearest brand colour; within the
profile's ``colour_tolerance`` a colour counts as that brand colour. In images only colours that
cover at least 5 % of the area count: a few pixels of a photo are nobody's brand choice. A
colour that covers a quarter or more of an image sets its look, so when it is off the palette
that is an error, not a warning: an image in the wrong colours cannot score green.
White, black and greys (chroma under 8 in CIE LCh) are neutral and never a finding: text is
black or grey and paper is white whatever the brand, and an off-white beside the brand's own
cream is no brand decision. A neutral within tolerance of a brand colour simply counts as that
colour. Each colour is reported once, at its first use.

Fonts are compared by family (``SourceSans3-Bold`` is *Source Sans 3*); generic CSS families
(``sans-serif``), fallbacks later in a CSS font stack (``"Source Sans 3", Arial``: Arial shows
only where the brand font is missing) and symbol fonts used for bullets (Symbol, Wingdings) are
not findings.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from brandregie.checks.context import CheckContext, Rule
from brandregie.checks.model import Finding, Location, Severity
from brandregie.ingest.document import ColourUse, Document
from brandregie.ingest.fonts import font_key

if TYPE_CHECKING:
    from coloraide import Color

MIN_SHARE = 0.05
#: From this share of an image's area on, a colour is what the image looks like.
DOMINANT_SHARE = 0.25
NEUTRAL_CHROMA = 8.0
GENERIC_FONTS = frozenset({
    "serif", "sansserif", "monospace", "cursive", "fantasy", "systemui", "uiserif",
    "uisansserif", "uimonospace", "uirounded", "emoji", "math", "fangsong", "symbol",
    "zapfdingbats", "wingdings", "wingdings2", "wingdings3", "webdings", "dingbats",
    "inherit", "initial", "unset", "default",
})


@lru_cache(maxsize=4096)
def _colour(hex_value: str) -> Color:
    from coloraide import Color  # 0.15 s to import: only for a draft that has colours

    return Color(hex_value)


@lru_cache(maxsize=4096)
def chroma(hex_value: str) -> float:
    return float(_colour(hex_value).convert("lch").get("chroma"))


def delta_e(first: str, second: str) -> float:
    return float(_colour(first).delta_e(_colour(second), method="2000"))


def _location(document: Document, use: ColourUse | None, paragraph: int | None,
              page: int | None) -> Location:
    if paragraph is not None:
        for block in document.blocks:
            if block.paragraph == paragraph:
                return Location(paragraph, block.start, block.end, block.page)
    return Location(paragraph, 0, 0, page)


class ColourRule(Rule):
    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx

    def uses(self) -> list[ColourUse]:
        document = self.ctx.document
        uses = list(document.colours)
        for image in document.images:
            for use in image.colours:
                if use.share is None or use.share >= MIN_SHARE:
                    uses.append(use if use.page is not None
                                else ColourUse(use.hex, use.where or image.name, use.share,
                                               image.page, use.paragraph))
        return [u for u in uses if u.share is None or u.share >= MIN_SHARE]

    def finish(self) -> None:
        visual = self.ctx.brand.visual
        palette = [(c.name, c.hex.upper()) for c in visual.colours]
        if not palette:
            return
        tr = self.ctx.tr
        seen: set[str] = set()
        for use in self.uses():
            hex_value = use.hex.upper()
            if hex_value in seen:
                continue
            seen.add(hex_value)
            try:
                distances = sorted((delta_e(hex_value, h), name, h) for name, h in palette)
            except (ValueError, TypeError):
                continue
            distance, name, nearest = distances[0]
            if distance <= visual.colour_tolerance:
                continue
            if chroma(hex_value) < NEUTRAL_CHROMA:
                continue
            dominant = use.share is not None and use.share >= DOMINANT_SHARE
            if dominant:
                text = tr("The colour {colour} covers {share} % of the image and is not in the "
                          "brand palette; the nearest brand colour is {name} ({nearest}), at a "
                          "distance of {distance} (the brand allows {tolerance}).")
            else:
                text = tr("The colour {colour} is not in the brand palette; the nearest brand "
                          "colour is {name} ({nearest}), at a distance of {distance} (the brand "
                          "allows {tolerance}).")
            message = text.format(
                colour=hex_value, name=name, nearest=nearest, distance=f"{distance:.1f}",
                tolerance=f"{visual.colour_tolerance:g}",
                share=round(100 * use.share) if use.share is not None else 0)
            where = use.where or hex_value
            self.ctx.findings.append(Finding(
                "visual.colour", Severity.ERROR if dominant else Severity.WARNING, message,
                f"{hex_value} ({where})",
                _location(self.ctx.document, use, use.paragraph, use.page),
                tr("Use {name} ({nearest}).").format(name=name, nearest=nearest)))


class FontRule(Rule):
    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx

    def finish(self) -> None:
        fonts = self.ctx.brand.visual.fonts
        if not fonts:
            return
        brand_keys = {font_key(f.family) for f in fonts}
        names = ", ".join(f.family for f in fonts)
        tr = self.ctx.tr
        seen: set[str] = set()
        for use in self.ctx.document.fonts:
            key = font_key(use.family)
            if use.fallback or not key or key in brand_keys or key in GENERIC_FONTS or key in seen:
                continue
            seen.add(key)
            paragraph = use.paragraphs[0] if use.paragraphs else None
            page = use.pages[0] if use.pages else None
            body = next((f.family for f in fonts if f.role == "body"), fonts[0].family)
            message = tr("The font “{font}” is not a brand font; the brand uses "
                         "{fonts}.").format(font=use.family, fonts=names)
            self.ctx.findings.append(Finding(
                "visual.font", Severity.WARNING, message,
                f"{use.family} ({use.where})" if use.where else use.family,
                _location(self.ctx.document, None, paragraph, page),
                tr("Use {font}.").format(font=body)))
