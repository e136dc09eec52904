"""The lemma and hyphenation tables, loaded once per process and fast.

simplemma ships its Dutch lemmas as an LZMA-compressed, front-coded stream that it decodes word
by word (0.35-0.9 s for Dutch before the first lemma), and pyphen parses its hyphenation
patterns from text on every start (0.2-0.3 s a language). The decoded tables are the same each
time, so the first process writes them to the user's cache folder in ``marshal`` form (plain
strings, bytes and numbers; nothing in it runs) and every later one reads them back: about
0.1 s for the Dutch lemmas, 0.03 s for a hyphenation table. The file names carry the library's
version and Python's, so an upgrade makes new ones; an unreadable or unwritable cache only
costs the slow way.
"""

from __future__ import annotations

import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from brandregie.paths import cache_dir

log = logging.getLogger(__name__)


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:  # a frozen bundle without metadata: still one per build
        return "bundled"


def _cached(name: str, build: Callable[[], Any]) -> Any:
    """``build()``, or what an earlier process wrote for ``name``."""
    folder = cache_dir() / "tables"
    path = folder / f"{name}-py{sys.version_info[0]}{sys.version_info[1]}.marshal"
    try:
        return marshal.loads(path.read_bytes())  # marshal.load(file) reads piecemeal: 20x slower
    except FileNotFoundError:
        pass
    except (OSError, EOFError, ValueError, TypeError) as exc:
        log.warning("ignoring the damaged table %s: %s", path, exc)
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as fh:
                fh.write(marshal.dumps(value))
            Path(temporary).replace(path)  # whole or not at all, also with two processes
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.info("the table %s could not be kept: %s", path, exc)
    return value


@cache
def lemma_table(lang: str) -> dict[bytes, bytes]:
    """simplemma's dictionary for ``lang`` as it decodes it (word -> lemma, UTF-8)."""
    from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

    table: dict[bytes, bytes] = _cached(
        f"simplemma-{_version('simplemma')}-{lang}",
        lambda: _load_dictionary_from_disk(lang))
    return table


def lemmatiser(lang: str) -> tuple[Callable[[str], bool], Callable[[str], str]]:
    """``known(word)`` and ``lemma(word)`` for ``lang``, as simplemma's own ``is_known`` and
    ``lemmatize`` answer them, over :func:`lemma_table`."""
    import simplemma

    try:
        from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DefaultDictionaryFactory,
            MappingStrToByteString,
        )
        from simplemma.utils import normalize_token
    except ImportError:  # another simplemma layout: its own (slower) loading
        return (lambda word: bool(simplemma.is_known(word, lang=lang)),
                lambda word: str(simplemma.lemmatize(word, lang=lang)))

    class _Tables(DefaultDictionaryFactory):
        def _get_dictionary_uncached(self, code: str) -> Any:
            return MappingStrToByteString(lemma_table(code))

    tables = _Tables()
    lookup = DictionaryLookupStrategy(tables)
    lemmatizer = simplemma.Lemmatizer(
        lemmatization_strategy=DefaultStrategy(greedy=False, dictionary_factory=tables))
    table = lemma_table(lang)

    def known(word: str) -> bool:
        # simplemma's lookup for nl and en, inlined (a long text asks this for every part of
        # every unknown compound): the word, then with its first letter's case turned;
        # words with an apostrophe take simplemma's own way through its variants
        token = normalize_token(word)
        if token.encode() in table:
            return True
        cased = token.lower() if token[:1].isupper() else token.capitalize()
        if cased.encode() in table:
            return True
        if "'" in token or "’" in token or "ʼ" in token:
            return lookup.get_lemma(token, lang) is not None
        return False

    def lemma(word: str) -> str:
        return str(lemmatizer.lemmatize(word, lang))

    return known, lemma


def hyphenator(name: str, *, left: int, right: int) -> Any:
    """``pyphen.Pyphen(lang=name, left=left, right=right)``, its patterns from the cache."""
    import pyphen

    path = pyphen.LANGUAGES.get(name)
    if path is not None and path not in pyphen.hdcache:
        def build() -> tuple[dict[str, tuple[int, tuple[int, ...]]], int] | None:
            parsed = pyphen.HyphDict(path)
            pyphen.hdcache[path] = parsed
            if any(type(v) is not int for _start, values in parsed.patterns.values()
                   for v in values):
                return None  # non-standard hyphenation (data on the numbers): not kept
            return dict(parsed.patterns), parsed.maxlen

        kept = _cached(f"pyphen-{_version('pyphen')}-{name}", build)
        if kept is not None and path not in pyphen.hdcache:
            hyph = pyphen.HyphDict.__new__(pyphen.HyphDict)
            hyph.patterns, hyph.cache, hyph.maxlen = kept[0], {}, kept[1]
            pyphen.hdcache[path] = hyph
    return pyphen.Pyphen(lang=name, left=left, right=right)


def hyphenation_points(hyphen: Any) -> Callable[[str], int]:
    """``len(hyphen.positions(word))`` for a lower-case ``word``, with the same patterns and
    margins: pyphen's loop tries every substring up to the longest pattern's length in a
    dictionary and makes an object per point; here the patterns sit in a letter tree, so each
    scan stops at the first letter no pattern continues with (a long text has tens of
    thousands of distinct words, each counted once)."""
    hyph = hyphen.hd
    patterns: dict[str, tuple[int, tuple[int, ...]]] = hyph.patterns
    maxlen: int = hyph.maxlen
    Node = dict[str, list[Any]]  # letter -> [the pattern ending here or None, the next letters]
    root: Node = {}
    for key, pattern in patterns.items():
        node = root
        for position, letter in enumerate(key):
            entry = node.get(letter)
            if entry is None:
                entry = node[letter] = [None, {}]
            if position == len(key) - 1:
                entry[0] = pattern
            node = entry[1]
    left: int = hyphen.left
    right_margin: int = hyphen.right

    def count(word: str) -> int:
        pointed = f".{word}."
        size = len(pointed)
        references = [0] * (size + 1)
        for i in range(size - 1):
            node = root
            for j in range(i, min(i + maxlen, size)):
                entry = node.get(pointed[j])
                if entry is None:
                    break
                pattern, node = entry
                if pattern:
                    offset, values = pattern
                    window = slice(i + offset, i + offset + len(values))
                    references[window] = map(max, values, references[window])
        right = len(word) - right_margin
        return sum(1 for i, reference in enumerate(references)
                   if reference % 2 and left <= i - 1 <= right)

    return count
