"""The built-in word lists in ``resources/wordlists/``: clichés, jargon, gender-coded words.

Each list is a UTF-8 text file, one entry a line: the term, a tab, the plain alternative (or,
for gender-coded lists, ``m`` or ``f``). Lines starting with ``#`` are comments; each file names
its sources at the top. A term ending in ``*`` matches every word starting so.

A last column may hold conditions, separated by spaces, for entries with a second, innocent
meaning:

* ``formal``: officialese, which suits a formal brand (``tone.formal`` 4 or 5) and passes there;
* ``adj``: the adjective only: the word as listed and its adjective endings (``innovatief``,
  ``innovatieve``), never a verb or noun that shares its lemma;
* ``exact``: this spelling only ("learnings", never "machine learning");
* ``not-after:wordt|werd|is``: not right after one of these words;
* ``not-before:tussen``: not right before one of these words ("het verschil tussen ..." is
  literal);
* ``rephrase``: the second column is advice, not a word to put in its place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from brandregie.paths import resource

_FLAGS = frozenset({"formal", "adj", "exact", "rephrase"})
_CONDITIONS = ("not-after:", "not-before:")


@dataclass(frozen=True, slots=True)
class ListEntry:
    term: str
    note: str
    options: frozenset[str] = field(default=frozenset())

    def words_for(self, condition: str) -> frozenset[str]:
        """The words of a ``not-after:`` or ``not-before:`` condition (empty when none)."""
        for option in self.options:
            if option.startswith(condition):
                return frozenset(option[len(condition):].lower().split("|"))
        return frozenset()


def _is_options(column: str) -> bool:
    tokens = column.split()
    return bool(tokens) and all(t in _FLAGS or t.startswith(_CONDITIONS) for t in tokens)


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
        term, *columns = line.split("\t")
        options: frozenset[str] = frozenset()
        if len(columns) > 1 and _is_options(columns[-1]):
            options = frozenset(columns.pop().split())
        term = term.strip()
        if term and term.lower() not in seen:
            seen.add(term.lower())
            entries.append(ListEntry(term, "\t".join(c.strip() for c in columns).strip(),
                                     options))
    return tuple(entries)


#: Dutch adjective endings: the base form, inflected, comparative and superlative.
_ADJECTIVE_ENDINGS = ("", "e", "er", "ere", "st", "ste")


def adjective_forms(word: str, lang: str) -> tuple[str, ...]:
    """The spellings of adjective ``word`` (lower case): ``innovatief`` -> ``innovatieve`` ...;
    English adjectives do not inflect."""
    if lang != "nl":
        return (word,)
    stem = word
    if word.endswith("f"):
        stem = word[:-1] + "v"
    elif word.endswith("s") and not word.endswith("ss"):
        stem = word[:-1] + "z"
    forms = {word, *(stem + ending for ending in _ADJECTIVE_ENDINGS[1:])}
    if len(word) > 2 and word[-1] not in "aeiouy" and word[-2] in "aeiou" \
            and word[-3] not in "aeiou":
        forms.update(word + word[-1] + ending for ending in ("e", "er", "ere"))  # snel, snelle
    return tuple(sorted(forms))
