"""The brand's colours as a page design: which colour goes where, always readable.

Brand palettes often hold a light signature colour (a corn blond, a signal yellow) that cannot
carry text on white paper. Headings therefore take the first brand colour with a WCAG contrast of
at least 4.5:1 on white, or the primary colour darkened until it has one; the cover band takes
the primary colour with black or white text, whichever reads better.
"""

from __future__ import annotations

from dataclasses import dataclass

from coloraide import Color as _BaseColor
from coloraide.spaces.cmy import CMY
from coloraide.spaces.cmyk import CMYK

from brandregie.profile.schema import Colour, Visual


class Color(_BaseColor):
    """coloraide with the (uncalibrated, device) CMYK space registered."""


Color.register([CMY(), CMYK()])

WHITE = "#FFFFFF"
NEAR_BLACK = "#1F1F1F"
_READABLE = 4.5


def rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def cmyk(hex_colour: str) -> tuple[int, int, int, int]:
    """Device CMYK in percent: a print shop's starting point, not a calibrated profile value."""
    coords = Color(hex_colour).convert("cmyk").coords()
    c, m, y, k = (round(0 if v != v else v * 100) for v in coords)  # NaN (achromatic) -> 0
    return c, m, y, k


def contrast(a: str, b: str) -> float:
    return float(Color(a).contrast(Color(b)))


def _darkened(hex_colour: str) -> str:
    """The same hue, darker in OKLCh until it reads on white."""
    if contrast(hex_colour, WHITE) >= _READABLE:
        return hex_colour
    colour = Color(hex_colour).convert("oklch")
    lightness = float(colour["lightness"])
    while lightness > 0.05:
        lightness -= 0.03
        candidate = colour.clone().set("lightness", lightness)
        out = candidate.convert("srgb").fit("srgb").to_string(hex=True).upper()
        if contrast(out, WHITE) >= _READABLE:
            return out
    return NEAR_BLACK


def _mix_with_white(hex_colour: str, share: float) -> str:
    return Color.mix(Color(hex_colour), WHITE, 1 - share, space="srgb").to_string(
        hex=True).upper()


def by_role(colours: tuple[Colour, ...], role: str, fallback_index: int) -> Colour | None:
    for colour in colours:
        if colour.role.strip().lower() == role:
            return colour
    return colours[fallback_index] if len(colours) > fallback_index else None


@dataclass(frozen=True, slots=True)
class Theme:
    primary: str
    heading: str
    accent: str
    band: str
    band_text: str
    text: str
    muted: str
    tint: str
    rule: str


def theme_for(visual: Visual) -> Theme:
    colours = visual.colours
    primary = by_role(colours, "primary", 0)
    secondary = by_role(colours, "secondary", 1)
    accent = by_role(colours, "accent", 2)
    background = by_role(colours, "background", 99)
    text = by_role(colours, "text", 99)
    primary_hex = primary.hex if primary else "#3C4A5C"
    candidates = [c.hex for c in (primary, secondary, accent) if c is not None]
    heading = next((c for c in candidates if contrast(c, WHITE) >= _READABLE), None)
    heading = heading or _darkened(primary_hex)
    band_text = WHITE if contrast(primary_hex, WHITE) >= contrast(primary_hex, NEAR_BLACK) \
        else NEAR_BLACK
    text_hex = text.hex if text and contrast(text.hex, WHITE) >= 7 else NEAR_BLACK
    if background and contrast(background.hex, WHITE) < 1.15:
        tint = background.hex
    else:
        tint = _mix_with_white(primary_hex, 0.12)
    accent_hex = accent.hex if accent else (secondary.hex if secondary else primary_hex)
    return Theme(primary=primary_hex, heading=heading, accent=accent_hex, band=primary_hex,
                 band_text=band_text, text=text_hex, muted="#5F6368", tint=tint,
                 rule=_mix_with_white(primary_hex, 0.5))
