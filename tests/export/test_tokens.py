"""Design tokens: W3C DTCG JSON that resolves, and CSS custom properties that say the same."""

from __future__ import annotations

import json
import re
from typing import Any

from brandregie.export.tokens import design_tokens_css, design_tokens_json
from brandregie.profile.schema import Brand
from brandregie.profile.snapshot import ProfileSnapshot

TYPES = {"color", "dimension", "fontFamily", "fontWeight", "duration", "cubicBezier", "number"}


def _tokens(tree: dict[str, Any], path: str = "") -> dict[str, dict[str, Any]]:
    """Every token (an object with ``$value``) by its dotted path."""
    found: dict[str, dict[str, Any]] = {}
    for key, value in tree.items():
        if key.startswith("$"):
            continue
        assert not set(key) & set("{}."), f"{key!r}: token names never hold {{, }} or ."
        here = f"{path}.{key}" if path else key
        assert isinstance(value, dict)
        if "$value" in value:
            found[here] = value
        else:
            found.update(_tokens(value, here))
    return found


def _resolve(tokens: dict[str, dict[str, Any]], token: dict[str, Any]) -> Any:
    value = token["$value"]
    while isinstance(value, str) and value.startswith("{") and value.endswith("}"):
        value = tokens[value[1:-1]]["$value"]
    return value


def test_tokens_json_follows_the_design_tokens_format(vonk_snapshot: ProfileSnapshot) -> None:
    tree = json.loads(design_tokens_json(vonk_snapshot))
    tokens = _tokens(tree)
    assert tokens, "no tokens"
    for path, token in tokens.items():
        assert token["$type"] in TYPES, path
        value = _resolve(tokens, token)
        if token["$type"] == "color":
            assert value["colorSpace"] == "srgb"
            assert len(value["components"]) == 3
            assert all(0 <= c <= 1 for c in value["components"])
            assert re.fullmatch(r"#[0-9a-f]{6}", value["hex"])
            r, g, b = (int(value["hex"][i:i + 2], 16) / 255 for i in (1, 3, 5))
            assert [round(x, 4) for x in (r, g, b)] == value["components"]
        if token["$type"] == "fontFamily":
            assert isinstance(value, list) and all(isinstance(v, str) for v in value)
    assert _resolve(tokens, tokens["color.role.primary"])["hex"] == "#0d3b66"
    assert _resolve(tokens, tokens["color.role.accent"])["hex"] == "#ffc107"
    assert tokens["font.family.heading"]["$value"] == ["Liberation Serif", "serif"]
    assert tokens["font.family.body"]["$value"] == ["Liberation Sans", "sans-serif"]


def test_css_says_the_same_as_the_json(sample_snapshot: ProfileSnapshot) -> None:
    css = design_tokens_css(sample_snapshot)
    properties = dict(re.findall(r"^\s+(--[\w-]+):\s*(.+);$", css, re.MULTILINE))
    assert css.strip().endswith("}") and ":root {" in css
    assert properties["--brand-color-korenblond"] == "#e8b64c"
    assert properties["--brand-color-primary"] == "var(--brand-color-korenblond)"
    assert properties["--brand-font-heading"] == '"Merriweather", serif'
    assert properties["--brand-font-body"] == '"Source Sans 3", sans-serif'
    tokens = _tokens(json.loads(design_tokens_json(sample_snapshot)))
    palette = [p for p in tokens if p.startswith("color.palette.")]
    assert len([p for p in properties if p.startswith("--brand-color-")]) == len(palette) + 4
    # Every var() points at a property that exists.
    for target in re.findall(r"var\((--[\w-]+)\)", css):
        assert target in properties


def test_names_are_ascii_and_unique(sample_snapshot: ProfileSnapshot) -> None:
    brand = sample_snapshot.brand
    colours = (brand.visual.colours[0].model_copy(update={"name": "Crème brûlée"}),
               brand.visual.colours[1].model_copy(update={"name": "Crème Brûlée"}))
    visual = brand.visual.model_copy(update={"colours": colours})
    snapshot = ProfileSnapshot(brand=brand.model_copy(update={"visual": visual}))
    tokens = _tokens(json.loads(design_tokens_json(snapshot)))
    assert {"color.palette.creme-brulee", "color.palette.creme-brulee-2"} <= set(tokens)
    css = design_tokens_css(snapshot)
    assert "--brand-color-creme-brulee-2:" in css


def test_an_empty_visual_profile_still_gives_valid_tokens() -> None:
    snapshot = ProfileSnapshot(brand=Brand(name="Leeg"))
    tree = json.loads(design_tokens_json(snapshot))
    assert "color" not in tree and "font" not in tree
    assert _tokens(tree)["text.max-sentence-words"]["$value"] == 20
    assert ":root {" in design_tokens_css(snapshot)
