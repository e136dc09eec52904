"""Every message of the checks and of ``brandregie check`` has a Dutch translation."""

from __future__ import annotations

import ast
from pathlib import Path

from babel.messages.pofile import read_po

from brandregie.paths import resource

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*sorted((ROOT / "brandregie" / "checks").rglob("*.py")),
           ROOT / "brandregie" / "cli" / "check.py"]


def _msgids() -> set[str]:
    found: set[str] = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in ("tr", "_"):
                found.add(node.args[0].value)
    return found


def test_every_message_has_a_dutch_translation() -> None:
    with resource("locale", "nl", "LC_MESSAGES", "checks.po").open("rb") as fh:
        catalogue = read_po(fh, locale="nl")
    translated = {m.id for m in catalogue if m.id and m.string and not m.fuzzy}
    ids = _msgids()
    assert len(ids) > 40
    assert sorted(ids - translated) == []


def test_placeholders_survive_translation() -> None:
    with resource("locale", "nl", "LC_MESSAGES", "checks.po").open("rb") as fh:
        catalogue = read_po(fh, locale="nl")
    import re

    for message in catalogue:
        if message.id and isinstance(message.id, str) and isinstance(message.string, str):
            assert set(re.findall(r"\{\w+\}", message.id)) == set(
                re.findall(r"\{\w+\}", message.string)), message.id
