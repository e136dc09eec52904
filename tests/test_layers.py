"""The layers, as ARCHITECTURE.md draws them, read from every import in the package.

Every ``import`` counts: at the top of a module, inside a function (a lazy import) and under
``if TYPE_CHECKING:`` (a type-only import still ties the two modules' designs together). So does
a string that names a module of the package (``"brandregie.ingest.worker"``, or
``"module:function"``): such a name is imported later, in a child process or on a worker thread.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "brandregie"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name (migrations included)."""
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imported(path: Path) -> Iterator[tuple[int, str]]:
    """``(line, dotted name)`` of everything ``path`` imports, wherever the import stands."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:  # ``from a import b`` names module a.b when there is one
                yield node.lineno, f"{base}.{alias.name}" if (
                    f"{base}.{alias.name}" in _modules()) else base
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and (named := _NAMED.fullmatch(node.value)) and named[1] in _modules()):
            yield node.lineno, named[1]


#: A string that names a module of the package, perhaps with ``:function``.
_NAMED = re.compile(r"(brandregie(?:\.\w+)+)(?::\w+)?")


def _ours(name: str) -> str | None:
    """The module of the package that importing ``name`` reads, or None if it is not ours."""
    while name and name not in _modules():
        name = name.rpartition(".")[0]
    return name or None


def _in(module: str, *layers: str) -> bool:
    return any(module == layer or module.startswith(layer + ".") for layer in layers)


@cache
def _graph() -> dict[str, set[str]]:
    """module -> the modules of the package it imports."""
    return {module: {target for _, name in _imported(path)
                     if (target := _ours(name)) is not None and target != module}
            for module, path in _modules().items()}


def _offenders(importers: Callable[[str], bool], imported: tuple[str, ...]) -> list[str]:
    """"file:line imports name" for each import by an ``importers`` module into ``imported``.
    """
    found = []
    for module, path in _modules().items():
        if not importers(module):
            continue
        for line, name in _imported(path):
            if _in(name, *imported):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}")
    return found


UI = ("brandregie.ui", "brandregie.app")


def _layer(*layers: str) -> Callable[[str], bool]:
    return lambda module: _in(module, *layers)


def _core(module: str) -> bool:
    """Every module but the desktop app's."""
    return not _in(module, *UI)


def test_the_core_never_imports_qt() -> None:
    assert _offenders(_core, ("PySide6", "shiboken6")) == []


def test_the_core_never_imports_the_ui() -> None:
    """Only the command line starts the desktop app (``brandregie`` with no command)."""
    assert _offenders(_core, ("brandregie.ui",)) == []
    assert _offenders(lambda module: _core(module) and not _in(module, "brandregie.cli"),
                      ("brandregie.app",)) == []


#: The bottom row of the map: where files live, errors, the kinds, translations, logs, the
#: keyring, capped child processes.
BOTTOM = tuple(f"brandregie.{name}" for name in (
    "paths", "errors", "deliverables", "i18n", "logs", "secrets", "childproc"))


def test_the_bottom_row_names_nothing_above_it() -> None:
    """Not by import, nor by a module's name in a string (what a child process should load):
    the parts above hand the bottom row what it runs."""
    above = tuple(module for module in _modules() if module != "brandregie"
                  and not _in(module, *BOTTOM))
    assert _offenders(_layer(*BOTTOM), above) == []


def test_checks_and_readers_never_reach_the_database() -> None:
    assert _offenders(_layer("brandregie.checks", "brandregie.ingest"),
                      ("brandregie.store", "brandregie.models", "sqlalchemy")) == []


def test_the_store_never_imports_the_profile_layer_or_higher() -> None:
    higher = ("brandregie.profile", "brandregie.checks", "brandregie.review",
              "brandregie.export", "brandregie.mail", "brandregie.cli")
    assert _offenders(_layer("brandregie.store", "brandregie.models"), higher) == []


def test_the_ui_never_opens_a_database_session() -> None:
    """The window reaches data through the services, which open one short session each."""
    assert _offenders(_layer(*UI), ("sqlalchemy",)) == []
    sessions = []
    for module, path in _modules().items():
        if not _in(module, *UI):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "session"):
                sessions.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert sessions == []


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    part = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        part.append(member)
                        if member == node:
                            break
                    if len(part) > 1:
                        found.append(sorted(part))
    return found


def test_the_circle_finder_finds_a_circle() -> None:
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_modules_import_each_other_in_a_circle() -> None:
    assert _circles(_graph()) == []


#: What starts a thread or a pool: only the job runner (``ui/jobs.py``) may use these.
_THREADING = {"QThread", "QThreadPool", "QRunnable", "QtConcurrent", "Thread",
              "ThreadPoolExecutor", "ProcessPoolExecutor"}


def test_background_work_runs_one_way() -> None:
    """Long work goes through ``ui/jobs.py`` (a thread) and ``childproc`` (a child process);
    no other module starts a thread or a pool of its own."""
    found = []
    for module, path in _modules().items():
        if module == "brandregie.ui.jobs":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = (node.attr if isinstance(node, ast.Attribute) else
                    node.id if isinstance(node, ast.Name) else
                    node.name if isinstance(node, ast.alias) else "")
            if name.rpartition(".")[2] in _THREADING or _in(name, "concurrent"):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', 0)}"
                             f" uses {name}")
    assert found == []


def test_no_ui_module_grows_past_450_lines() -> None:
    """A UI file past 450 lines mixes drawing with deciding: split a widget or a helper out."""
    long = {str(path.relative_to(PACKAGE)): n for path in sorted((PACKAGE / "ui").rglob("*.py"))
            if (n := len(path.read_text(encoding="utf-8").splitlines())) >= 450}
    assert long == {}
