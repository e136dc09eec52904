"""The layer rule: nothing outside brandregie/ui/ (and the app entry point) imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "brandregie"
ALLOWED = {PACKAGE / "app.py"}


def _imports_qt(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        if any(n == "PySide6" or n.startswith("PySide6.") for n in names):
            return True
    return False


def test_the_core_never_imports_qt() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if p not in ALLOWED and (PACKAGE / "ui") not in p.parents and _imports_qt(p)]
    assert offenders == []
