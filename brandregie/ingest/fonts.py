"""Font names as a person would write them, whatever the file calls them.

PDFs name fonts ``BAAAAA+LiberationSerif-Bold`` (subset prefix, style suffix), Word files may
name ``Arial Bold``, CSS gives stacks (``"Open Sans", Arial, sans-serif``). Checks compare
families, so every reader passes names through :func:`normalise_font`; :func:`font_key` is the
loose form for comparing a found family with a brand font ("OpenSans" == "Open Sans").
"""

from __future__ import annotations

import re

#: A real font name is short and a real stack a handful of names; hostile ones are cut here.
MAX_NAME = 200
MAX_STACK = 20
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_STYLE_WORDS = (
    "regular", "roman", "book", "normal", "medium", "bold", "semibold", "demibold", "demi",
    "extrabold", "ultrabold", "black", "heavy", "light", "extralight", "ultralight", "thin",
    "hairline", "italic", "oblique", "it", "condensed", "cond", "narrow", "extended",
    "boldital", "bolditalic", "bolditalicmt", "boldmt", "italicmt", "mt", "psmt", "ps",
)
_STYLE_SUFFIX = re.compile(
    r"[-,_ ](?:" + "|".join(sorted((re.escape(w) for w in _STYLE_WORDS), key=len, reverse=True))
    + r")(?:[-_ ]?(?:" + "|".join(re.escape(w) for w in _STYLE_WORDS) + r"))*$",
    re.IGNORECASE)
_TRAILING_MT = re.compile(r"(?<=[a-z])(?:PSMT|MT)$")
_GENERIC = frozenset({
    "serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-serif",
    "ui-sans-serif", "ui-monospace", "ui-rounded", "emoji", "math", "fangsong", "inherit",
    "initial", "unset", "revert", "-apple-system", "blinkmacsystemfont",
})


def normalise_font(name: str) -> str:
    """The family of a font name: no subset prefix, no style suffix, no quotes."""
    family = name[:MAX_NAME].strip().strip("'\"").strip()
    family = _SUBSET.sub("", family)
    family = _TRAILING_MT.sub("", family)
    previous = None
    while previous != family:
        previous = family
        family = _STYLE_SUFFIX.sub("", family).strip()
    return family or name.strip()


def split_font_stack(value: str) -> list[str]:
    """The named families of a CSS ``font-family`` value, in order, generic keywords dropped."""
    families: list[str] = []
    for part in value.split(",", MAX_STACK)[:MAX_STACK]:
        part = part.strip().strip("'\"").strip()
        part = re.sub(r"\s*!important$", "", part, flags=re.IGNORECASE)
        if not part or part.lower() in _GENERIC or part.startswith("var("):
            continue
        family = normalise_font(part)
        if family not in families:
            families.append(family)
    return families


def font_key(family: str) -> str:
    """A loose key for comparing families: case, spaces and hyphens ignored."""
    return re.sub(r"[\s_-]+", "", normalise_font(family)).casefold()
