"""The brand as design tokens for the agency's own tools: W3C DTCG JSON and CSS custom properties.

The JSON follows the Design Tokens Format Module (2025.10): colours as ``srgb`` component
objects with their hex, font families as lists with a generic fallback, role tokens
(``color.role.primary``) as aliases of the palette tokens. The CSS says the same with
``--brand-*`` custom properties, so a web developer can paste it in.
"""

from __future__ import annotations

import json
from typing import Any

from brandregie.export.text import slug
from brandregie.export.theme import rgb
from brandregie.profile.schema import Brand, Font
from brandregie.profile.snapshot import ProfileSnapshot

SCHEMA_NOTE = "https://www.designtokens.org/tr/drafts/format/"
_SERIF_HINTS = ("serif", "merriweather", "georgia", "times", "garamond", "playfair", "lora")


def _generic(font: Font) -> str:
    name = font.family.lower()
    if "mono" in name or "code" in name:
        return "monospace"
    if "sans" not in name and any(hint in name for hint in _SERIF_HINTS):
        return "serif"
    return "sans-serif"


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out: list[str] = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}-{seen[name]}")
    return out


def _colour_value(hex_colour: str) -> dict[str, Any]:
    r, g, b = rgb(hex_colour)
    return {"colorSpace": "srgb",
            "components": [round(r / 255, 4), round(g / 255, 4), round(b / 255, 4)],
            "hex": hex_colour.lower()}


def tokens(brand: Brand) -> dict[str, Any]:
    """The token tree as a dict (``design_tokens_json`` is its text)."""
    visual = brand.visual
    colour_names = _unique([slug(c.name) for c in visual.colours])
    palette = {name: {"$type": "color", "$value": _colour_value(c.hex),
                      "$description": f"{c.name}" + (f" ({c.role})" if c.role else "")}
               for name, c in zip(colour_names, visual.colours, strict=True)}
    roles: dict[str, Any] = {}
    for name, colour in zip(colour_names, visual.colours, strict=True):
        role = slug(colour.role) if colour.role else ""
        if role and role not in roles:
            roles[role] = {"$type": "color", "$value": f"{{color.palette.{name}}}"}
    font_names = _unique([slug(f.role or f.family) for f in visual.fonts])
    families = {name: {"$type": "fontFamily", "$value": [f.family, _generic(f)],
                       "$description": f.family}
                for name, f in zip(font_names, visual.fonts, strict=True)}
    tree: dict[str, Any] = {
        "$description": f"Design tokens of {brand.name}, made by BrandRegie ({SCHEMA_NOTE})",
    }
    color: dict[str, Any] = {}
    if palette:
        color["palette"] = palette
    if roles:
        color["role"] = roles
    if color:
        tree["color"] = color
    if families:
        tree["font"] = {"family": families}
    tree["text"] = {"max-sentence-words": {
        "$type": "number", "$value": brand.character.max_sentence_words,
        "$description": "Longest sentence in words (brand rule)"}}
    return tree


def design_tokens_json(snapshot: ProfileSnapshot) -> str:
    """The brand's tokens as W3C Design Tokens JSON text (``brand.tokens.json``)."""
    return json.dumps(tokens(snapshot.brand), ensure_ascii=False, indent=2) + "\n"


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def design_tokens_css(snapshot: ProfileSnapshot) -> str:
    """The same tokens as CSS custom properties on ``:root``."""
    brand = snapshot.brand
    tree = tokens(brand)
    lines = [f"/* Design tokens of {brand.name.replace('*/', '')}, made by BrandRegie */",
             ":root {"]
    for name, token in tree.get("color", {}).get("palette", {}).items():
        lines.append(f"  --brand-color-{name}: {token['$value']['hex']};")
    for role, token in tree.get("color", {}).get("role", {}).items():
        target = token["$value"].strip("{}").rsplit(".", 1)[-1]
        lines.append(f"  --brand-color-{role}: var(--brand-color-{target});")
    for name, token in tree.get("font", {}).get("family", {}).items():
        family, generic = token["$value"]
        lines.append(f"  --brand-font-{name}: {_css_string(family)}, {generic};")
    lines.append("}")
    return "\n".join(lines) + "\n"
