"""Colours in the one form checks compare: ``#RRGGBB``, upper-case.

CSS brings hex (3, 4, 6 or 8 digits), ``rgb()``/``rgba()``, ``hsl()``, modern colour functions
and the named colours; coloraide parses them all as a browser would. Fully transparent colours
and keywords that name no colour (``transparent``, ``currentColor``, ``inherit``) are skipped:
they show nothing the brand could object to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

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
MAX_VALUE = 4_000
_RGB = re.compile(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*"
                  r"(?:,\s*(0|1|0?\.\d+)\s*)?\)")
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


def _fast_colour(token: str) -> str | bool | None:
    """Hex and plain ``rgb()`` without coloraide (a hostile sheet may hold 100,000 of them);
    ``False`` when the token needs the full parser."""
    if token.startswith("#"):
        digits = token[1:]
        if len(digits) in (4, 8):
            alpha = digits[-1 if len(digits) == 4 else -2:]
            if normalise_hex(digits[:3] if len(digits) == 4 else digits[:6]) is None \
                    or not all(c in "0123456789abcdef" for c in alpha):
                return None  # not hex at all (#f"), so no colour
            if int(alpha, 16) == 0:
                return None
            digits = digits[:3] if len(digits) == 4 else digits[:6]
        return normalise_hex(digits) if len(digits) in (3, 6) else None
    match = _RGB.fullmatch(token)
    if match:
        red, green, blue, alpha = match.groups()
        if alpha is not None and float(alpha) == 0:
            return None
        return hex_colour(int(red), int(green), int(blue))
    return False


@lru_cache(maxsize=4096)
def parse_css_colour(token: str) -> str | None:
    """``#RRGGBB`` for one CSS colour token, ``None`` for no colour or a transparent one."""
    token = token.strip()
    lowered = token.lower()
    if not token or lowered in _NOT_COLOURS:
        return None
    # coloraide (0.15 s to import) only for what the quick hex and rgb() reading cannot do
    if token[0].isalpha() and "(" not in token:
        from coloraide.css import color_names

        if not color_names.has_name(lowered):
            return None
    fast = _fast_colour(lowered)
    if fast is None or isinstance(fast, str):
        return fast
    from coloraide import Color

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
    """Every colour named in one CSS property value (``1px solid #C8102E`` yields it).

    Only the first :data:`MAX_VALUE` characters count: a real value (a gradient, a list of
    shadows) is far shorter, and a hostile megabyte of ``red red red`` must not cost seconds.
    """
    for match in _TOKEN.finditer(value, 0, MAX_VALUE):
        token = match.group(0)
        if token.lower().startswith("url"):
            continue
        colour = parse_css_colour(token)
        if colour is not None:
            yield colour
