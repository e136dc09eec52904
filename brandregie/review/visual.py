"""The draft's look beside the brand's: each colour with its nearest brand colour, each font.

The same measures the checks use (CIEDE2000 via :func:`brandregie.checks.rules.visual.delta_e`,
font families compared by :func:`brandregie.ingest.fonts.font_key`), laid out for the review
view: every colour the draft uses, not only the ones that break the palette.
"""

from __future__ import annotations

from brandregie.checks.rules.visual import GENERIC_FONTS, MIN_SHARE, NEUTRAL_CHROMA, chroma, delta_e
from brandregie.ingest.fonts import font_key
from brandregie.profile.schema import Brand
from brandregie.review.records import ColourMatch, DraftView, FontMatch


def colour_matches(draft: DraftView, brand: Brand) -> list[ColourMatch]:
    """Every distinct colour of the draft (image colours under 5 % of the area left out)."""
    visual = brand.visual
    palette = [(c.name, c.hex.upper()) for c in visual.colours]
    uses = list(draft.colours)
    for image in draft.images:
        uses.extend(u for u in image.colours if u not in uses)
    if not uses:  # a plain text: the colour library (0.4 s to import) is not needed
        return []
    palette_has_neutral = any(chroma(h) < NEUTRAL_CHROMA for _, h in palette)
    result: list[ColourMatch] = []
    seen: set[str] = set()
    for use in uses:
        hex_value = use.hex.upper()
        if hex_value in seen or (use.share is not None and use.share < MIN_SHARE):
            continue
        seen.add(hex_value)
        if not palette:
            result.append(ColourMatch(hex_value, use.where, use.share, None, None, None, True))
            continue
        distance, name, nearest = min((delta_e(hex_value, h), n, h) for n, h in palette)
        fits = distance <= visual.colour_tolerance or (
            chroma(hex_value) < NEUTRAL_CHROMA and not palette_has_neutral)
        result.append(ColourMatch(hex_value, use.where, use.share, name, nearest,
                                  round(distance, 1), fits))
    return result


def font_matches(draft: DraftView, brand: Brand) -> list[FontMatch]:
    """Every font family the author chose (CSS fallbacks and generic names left out)."""
    brand_fonts = {font_key(f.family): f.family for f in brand.visual.fonts}
    result: list[FontMatch] = []
    seen: set[str] = set()
    for use in draft.fonts:
        key = font_key(use.family)
        if not key or key in seen or use.fallback or key in GENERIC_FONTS:
            continue
        seen.add(key)
        match = brand_fonts.get(key)
        result.append(FontMatch(use.family, use.where, match,
                                match is not None or not brand_fonts))
    return result
