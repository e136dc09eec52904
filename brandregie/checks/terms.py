"""Find many terms in one pass over a text, by word keys rather than spelling.

Every term (the brand's banned and preferred words, the built-in cliché and jargon lists, key
message keywords) is cut into words; each word is indexed under its keys (see
:mod:`brandregie.checks.language`). Reading the text, each distinct word is looked up once and
remembered, so each token costs one dictionary lookup whatever the number of terms. A multiword
term ("heat pump", "marktconform salaris") matches consecutive words separated only by spaces,
line breaks or hyphens. Single-word terms of five letters or more also match as the head of a
Dutch compound (``broodfabriek`` for ``fabriek``) or as its first part (``fabrieksbrood``), when
the other part is itself a known word; terms ending in ``*`` match every word starting so
(``compet*``: competitive, competition).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import NamedTuple

from brandregie.checks.language import MAX_WORD, STOPWORD_RANKS, WORD, LanguageTools
from brandregie.checks.text import Segment

_COMPOUND_MIN = 5
_MODIFIER_MIN = 3
_LINKS = ("en", "s", "e", "")
_GAP = re.compile(r"[\s\-‐–/]*")


@dataclass(frozen=True, slots=True)
class Term:
    """A listed term and what it stands for (``ref``: the rule's own entry)."""

    kind: str
    text: str
    ref: object
    compounds: bool = True
    #: For a one-word term: only these spellings (lower case) match, no lemma and no compound.
    #: Used where a lemma would meet a word the term does not mean ("learnings" is not
    #: "learning", "gedreven" is not "drijvende") or the brand's own word ("taart", not
    #: "taarten").
    forms: tuple[str, ...] = ()
    #: More spellings a one-word term matches besides its keys: the adjective endings the
    #: lemmatiser does not know ("uitdagende" for "uitdagend").
    also: tuple[str, ...] = ()
    #: Whether the term also matches as the first part of a compound ("fabrieksbrood"); list
    #: words do not ("passie" is not in "passievrucht").
    as_modifier: bool = True


class Hit(NamedTuple):
    """A term found in a segment: character offsets into the segment's text (a tuple: made
    for every term found, in half the time of a frozen dataclass)."""

    term: Term
    start: int
    end: int


#: Makes a :class:`Hit` (or any named tuple) from a tuple in C, without the named tuple's own
#: constructor, which is Python code.
_new_tuple = tuple.__new__


Candidate = tuple[int, int]  # (term number, word position in the term)

#: A segment's hits by their term's kind ("banned", "cliches", ...), each kind in text order:
#: every rule reads only its own kinds rather than skipping past everyone else's.
HitsByKind = Mapping[str, Sequence[Hit]]


class TermMatcher:
    """Terms indexed by word keys, matched over segments; one per check (per language)."""

    def __init__(self, terms: Iterable[Term], tools: LanguageTools) -> None:
        self.tools = tools
        self.terms: list[Term] = []
        self._lengths: list[int] = []
        self._anchors: list[int] = []
        self._rares: list[int] = []
        self._ranks = STOPWORD_RANKS.get(tools.lang, {})
        self._index: dict[str, list[Candidate]] = {}
        self._prefixes: dict[str, list[Candidate]] = {}
        self._prefix_lengths: set[int] = set()
        self._prefixed: set[Candidate] = set()  # a term word ending in * (a prefix)
        self._heads: dict[str, list[int]] = {}  # compound-capable term keys
        self._head_starts: set[str] = set()
        self._heads_only: set[int] = set()  # compound terms that may not be the first part
        self._cache: dict[str, frozenset[Candidate]] = {}
        self._starts: dict[str, tuple[Candidate, ...]] = {}
        self._triggers: dict[str, tuple[Candidate, ...]] = {}
        self._untriggered: set[str] = set()  # words seen that are no term's rarest word
        for term in terms:
            self._add(term)

    def _add(self, term: Term) -> None:
        words = [m.group().lower() for m in WORD.finditer(term.text)]
        if not words:
            return
        number = len(self.terms)
        self.terms.append(term)
        self._lengths.append(len(words))
        # Anchor a multiword term on its longest word: "klant" is rarer than "de". The anchor
        # orders the hits (see find); the term is looked for from its rarest word.
        self._anchors.append(max(range(len(words)), key=lambda n: (len(words[n]), n)))
        self._rares.append(max(range(len(words)), key=lambda n: self._rarity(words[n], n)))
        if term.forms and len(words) == 1:
            for form in term.forms:
                self._index.setdefault(form, []).append((number, 0))
            return
        if len(words) == 1:
            for form in term.also:
                if form not in self.tools.keys(words[0]):
                    self._index.setdefault(form, []).append((number, 0))
        for position, word in enumerate(words):
            if position == len(words) - 1 and term.text.rstrip().endswith("*"):
                self._prefixes.setdefault(word, []).append((number, position))
                self._prefixed.add((number, position))
                self._prefix_lengths.add(len(word))
                continue
            for key in self.tools.keys(word):
                self._index.setdefault(key, []).append((number, position))
        if len(words) == 1 and term.compounds and len(words[0]) >= _COMPOUND_MIN \
                and not term.text.endswith("*"):
            for key in self.tools.keys(words[0]) | {words[0]}:
                if not key.startswith("~"):
                    self._heads.setdefault(key, []).append(number)
                    self._head_starts.add(key[:3])
            if not term.as_modifier:
                self._heads_only.add(number)

    def _rarity(self, word: str, position: int) -> tuple[int, int, int]:
        """How rare a word of a term is, the rarest largest: any word but a function word
        (the longer the rarer), else the function word least frequent ("wie" in "wie zijn
        wij")."""
        rank = self._ranks.get(word)
        if rank is None:
            return 1, len(word), position
        return 0, rank, position

    def candidates(self, word: str) -> frozenset[Candidate]:
        """Which term words ``word`` (lower-case) can be; cached per distinct word.

        The caches are shared by checks on several threads: every entry is computed from the
        word alone, so a lost or doubled write costs time, never a wrong answer.
        """
        found = self._cache.get(word)
        if found is None:
            found = self._compute(word)
            if len(self._cache) > 500_000:
                self._cache.clear()
            self._cache[word] = found
        return found

    def starts(self, word: str) -> tuple[Candidate, ...]:
        """The candidates of ``word`` that can anchor a match, in the order that orders hits
        anchored on the same word."""
        found = self._starts.get(word)
        if found is None:
            anchors = self._anchors
            found = self._in_order(c for c in self.candidates(word) if c[1] == anchors[c[0]])
            if len(self._starts) > 500_000:
                self._starts.clear()
            self._starts[word] = found
        return found

    def triggers(self, word: str) -> tuple[Candidate, ...]:
        """The candidates of ``word`` as the rarest word of their term (most words have none):
        a term is looked for only where its rarest word is, so a common word ("zijn") does not
        start a look at every term it is part of ("wie zijn wij")."""
        found = self._triggers.get(word)
        if found is None:
            rares = self._rares
            found = self._in_order(c for c in self.candidates(word) if c[1] == rares[c[0]])
            if len(self._triggers) > 500_000:
                self._triggers.clear()
                self._untriggered.clear()
            self._triggers[word] = found
            if not found:
                self._untriggered.add(word)
        return found

    def _in_order(self, found: Iterable[Candidate]) -> tuple[Candidate, ...]:
        """Candidates in a fixed order, not the set's (which follows string hashing, and so
        differs from run to run): where two terms match the same words, the one kept is the
        term for the word itself before the one for every word starting so ("competitief"
        before "competitie*"), then the one given first."""
        prefixed = self._prefixed
        return tuple(sorted(found, key=lambda c: (c in prefixed, c)))

    def _compute(self, word: str) -> frozenset[Candidate]:
        result: set[Candidate] = set()
        for key in self.tools.keys(word):
            result.update(self._index.get(key, ()))
        for length in self._prefix_lengths:
            if len(word) >= length:
                result.update(self._prefixes.get(word[:length], ()))
        if not result and self._heads and _COMPOUND_MIN + _MODIFIER_MIN <= len(word) <= MAX_WORD \
                and not word.isdigit():
            result.update((number, 0) for number in self._compound_terms(word))
        return frozenset(result)

    def _compound_terms(self, word: str) -> set[int]:
        found: set[int] = set()
        tools = self.tools
        for cut in range(_MODIFIER_MIN, len(word) - _COMPOUND_MIN + 1):
            tail = word[cut:]  # the term as the head: broodfabriek(en)
            if tail[:3] in self._head_starts:
                heads = [n for key in tools.plain_keys(tail) for n in self._heads.get(key, ())]
                if heads and _is_modifier(tools, word[:cut]):
                    found.update(heads)
        for cut in range(_COMPOUND_MIN, len(word) - _MODIFIER_MIN + 1):
            head = word[:cut]  # the term as the first part: fabrieksbrood
            if head not in self._heads:
                continue
            for link in _LINKS:
                rest = word[cut + len(link):]
                if word.startswith(link, cut) and len(rest) >= _MODIFIER_MIN \
                        and tools.known(rest):
                    found.update(n for n in self._heads[head] if n not in self._heads_only)
                    break
        return found

    def find(self, segment: Segment) -> list[Hit]:
        """Every term occurrence in ``segment``, in the order of the words that anchor them
        (then in the order of :meth:`starts`)."""
        words = segment.words
        if self._untriggered.issuperset(words):  # no term's rarest word here: asked in C
            return []
        found: list[Hit] = []
        places: list[tuple[int, int]] = []
        lengths = self._lengths
        triggers = list(map(self._triggers.get, words))
        if None in triggers:
            triggers = [self.triggers(w) if t is None else t for w, t in zip(words, triggers,
                                                                              strict=True)]
        count = len(words)
        # Most words trigger no term (an empty tuple): compress skips them in C.
        for i in compress(range(count), triggers):
            for number, position in triggers[i]:  # type: ignore[union-attr]
                first = i - position
                last = first + lengths[number] - 1
                if first < 0 or last >= count:
                    continue
                if last > first and not self._fits(number, first, last, words, segment):
                    continue
                bounds = segment.bounds
                found.append(_new_tuple(Hit, (self.terms[number], bounds[2 * first],
                                              bounds[2 * last + 1])))
                places.append((number, first))
        if len(found) > 1:
            found = [found[k] for k in sorted(range(len(found)), key=[
                self._anchor_order(number, first, words) for number, first in places
            ].__getitem__)]
        return found

    def _anchor_order(self, number: int, first: int, words: list[str]) -> tuple[int, int]:
        """Where a hit of term ``number`` at word ``first`` comes among the segment's hits:
        by its anchor word, then by its place among that word's :meth:`starts`."""
        position = self._anchors[number]
        return first + position, self.starts(words[first + position]).index((number, position))

    def _fits(self, number: int, first: int, last: int, words: list[str],
              segment: Segment) -> bool:
        """Every word of multiword term ``number`` in place, only spaces or hyphens between."""
        candidates = self.candidates
        for k in range(last - first + 1):
            if (number, k) not in candidates(words[first + k]):
                return False
        bounds = segment.bounds  # word n - 1 ends at 2n - 1, word n starts at 2n
        text = segment.text
        for n in range(first + 1, last + 1):
            gap = text[bounds[2 * n - 1]:bounds[2 * n]]
            if gap != " " and not _GAP.fullmatch(gap):  # mostly one space
                return False
        return True


def _is_modifier(tools: LanguageTools, part: str) -> bool:
    """The first part of a compound: a known word, maybe with a linking -s-, -e- or -en-."""
    if tools.known(part):
        return True
    for link in ("en", "s", "e"):
        if part.endswith(link) and len(part) - len(link) >= _MODIFIER_MIN \
                and tools.known(part[:-len(link)]):
            return True
    return False


def _earliest_longest(hit: Hit) -> tuple[int, int]:
    return hit[1], hit[1] - hit[2]


#: Kinds where every hit counts, even on the same words (a keyword of two key messages).
ALL_HITS = frozenset({"keyword"})


def longest(hits: list[Hit]) -> list[Hit]:
    """One hit per stretch of words and kind: the earliest, longest one ("passie voor brood"
    rather than "passie"; "we are passionate" rather than also "passionate about")."""
    if len(hits) < 2:  # most segments: nothing to choose between
        return hits
    ordered = sorted(hits, key=_earliest_longest)
    kept: list[Hit] = []
    for hit in ordered:
        kind = hit.term.kind
        if kind not in ALL_HITS and any(k.term.kind == kind and hit.start < k.end
                                         for k in kept[-8:]):
            continue
        kept.append(hit)
    return kept
