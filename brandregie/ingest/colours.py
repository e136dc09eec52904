"""Colours in the one form checks compare: ``#RRGGBB``, upper-case.

CSS brings hex (3, 4, 6 or 8 digits), ``rgb()``/``rgba()``, ``hsl()``, modern colour functions
and the named colours; coloraide parses them all as a browser would. Fully transparent colours
and keywords that name no colour (``transparent``, ``currentColor``, ``inherit``) are skipped:
they show nothing the brand could object to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coloraide import Color
from coloraide.css import color_names

_TOKEN = re.compile(
    r"#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^()]{0,120}\)"
    r"|\b[a-zA-Z]{3,20}\b")
#: CSS properties whose values paint something.
COLOUR_PROPERTIES = frozenset({
    "color", "background", "background-color", "border", "border-color", "border-top",
    "border-right", "border-bottom", "border-left", "border-top-color", "border-right-color",
    "border-bottom-color", "border-left-color", "outline", "outline-color", "fill", "stroke",
    "text-decoration", "text-decoration-color", "column-rule", "column-rule-color",
    "caret-color", "accent-color", "box-shadow", "text-shadow", "stop-color",
    "background-image",
})
_NOT_COLOURS = frozenset({"transparent", "currentcolor", "inherit", "initial", "unset",
                          "revert", "none", "auto"})


def hex_colour(red: int, green: int, blue: int) -> str:
    """``#RRGGBB`` from 0..255 channels (clamped)."""
    return "#{:02X}{:02X}{:02X}".format(*(max(0, min(255, int(c))) for c in (red, green, blue)))


def normalise_hex(value: str) -> str | None:
    """``#RRGGBB`` from a bare or #-prefixed 3- or 6-digit hex string; ``None`` if it is none."""
    value = value.strip().lstrip("#")
    if re.fullmatch(r"[0-9a-fA-F]{3}", value):
        value = "".join(c * 2 for c in value)
    if re.fullmatch(r"[0-9a-fA-F]{6}", value):
        return "#" + value.upper()
    return None


def parse_css_colour(token: str) -> str | None:
    """``#RRGGBB`` for one CSS colour token, ``None`` for no colour or a transparent one."""
    token = token.strip()
    lowered = token.lower()
    if not token or lowered in _NOT_COLOURS:
        return None
    if token[0].isalpha() and "(" not in token and not color_names.has_name(lowered):
        return None
    try:
        colour = Color(token)
    except (ValueError, TypeError, IndexError, ZeroDivisionError, OverflowError):
        return None
    alpha = colour.alpha()
    if alpha == 0:
        return None
    srgb = colour.convert("srgb").fit("srgb")
    red, green, blue = (round(c * 255) for c in srgb.coords())
    return hex_colour(red, green, blue)


def colours_in_css_value(value: str) -> Iterator[str]:
    """Every colour named in one CSS property value (``1px solid #C8102E`` yields it)."""
    for match in _TOKEN.finditer(value):
        token = match.group(0)
        if token.lower().startswith("url"):
            continue
        colour = parse_css_colour(token)
        if colour is not None:
            yield colour
