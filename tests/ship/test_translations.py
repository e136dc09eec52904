"""Every message of backups, logs and the backup command has a Dutch translation."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from brandregie.i18n import translator

PACKAGE = Path(__file__).resolve().parents[2] / "brandregie"
MODULES = ["store/backup.py", "logs.py", "cli/backup.py"]


def _messages(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "_" and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            found.append(node.args[0].value)
    return found


@pytest.mark.parametrize("module", MODULES)
def test_every_message_has_a_dutch_translation(module: str) -> None:
    dutch = translator("nl")
    messages = _messages(PACKAGE / module)
    assert messages
    missing = [m for m in messages if dutch(m) == m]
    assert missing == []
    for message in messages:  # the placeholders survive translation
        assert sorted(_fields(dutch(message))) == sorted(_fields(message)), message


def _fields(text: str) -> list[str]:
    return [f for _, f, _, _ in string.Formatter().parse(text) if f]
