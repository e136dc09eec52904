"""The built-in word lists in ``resources/wordlists/``: clichés, jargon, gender-coded words.

Each list is a UTF-8 text file, one entry a line: the term, a tab, the plain alternative (or,
for gender-coded lists, ``m`` or ``f``). Lines starting with ``#`` are comments; each file names
its sources at the top. A term ending in ``*`` matches every word starting so.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from brandregie.paths import resource


@dataclass(frozen=True, slots=True)
class ListEntry:
    term: str
    note: str


@cache
def load_list(kind: str, lang: str) -> tuple[ListEntry, ...]:
    """The entries of ``<kind>.<lang>.tsv``; an empty tuple when there is no such list."""
    path = resource("wordlists", f"{kind}.{lang}.tsv")
    if not path.is_file():
        return ()
    entries: list[ListEntry] = []
    seen: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        term, _, note = line.partition("\t")
        term = term.strip()
        if term and term.lower() not in seen:
            seen.add(term.lower())
            entries.append(ListEntry(term, note.strip()))
    return tuple(entries)
