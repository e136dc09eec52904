"""The lemma and hyphenation tables, loaded once per process and fast.

simplemma ships its Dutch lemmas as an LZMA-compressed, front-coded stream that it decodes word
by word (0.35-0.9 s for Dutch before the first lemma), and pyphen parses its hyphenation
patterns from text on every start (0.2-0.3 s a language). The decoded tables are the same each
time, so the first process writes them to the user's cache folder in ``marshal`` form (plain
strings, bytes and numbers; nothing in it runs) and every later one reads them back: about
0.1 s for the Dutch lemmas, a few hundredths for a hyphenation tree. The file names carry the
library's version, its data file's size and time and Python's version, so an upgrade makes new
ones; an unreadable or unwritable cache only costs the slow way.
"""

from __future__ import annotations

import importlib.util
import logging
import marshal
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, cast

from brandregie.checks.wordtable import WordTable, table_bytes
from brandregie.paths import cache_dir

log = logging.getLogger(__name__)


def _release(package: str) -> str:
    """The library's version: from its ``NAME-VERSION.dist-info`` folder beside it when there
    is one (importlib.metadata costs a short check 0.02 s), else from its metadata."""
    spec = importlib.util.find_spec(package)
    if spec is not None and spec.origin:
        found = list(Path(spec.origin).parent.parent.glob(f"{package}-*.dist-info"))
        if len(found) == 1:
            return found[0].name[len(package) + 1:-len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "bundled"


def _source_key(package: str, source: Path) -> str:
    """The library's version and its data file's size and time: a new library or data file
    (also inside an app bundle, which may carry no package metadata) gets new tables."""
    release = _release(package)
    try:
        status = source.stat()
        stamp = f"{status.st_size:x}{status.st_mtime_ns:x}"
    except OSError:
        stamp = "0"
    return f"{release}-{stamp}"


def _cached(kind: str, source: str, build: Callable[[], Any], *,
            dump: Callable[[Any], bytes] = marshal.dumps,
            load: Callable[[bytes], Any] = marshal.loads, suffix: str = "marshal") -> Any:
    """``load(dump(build()))``, or ``load`` of what an earlier process wrote for this ``kind``
    (``simplemma-nl``) of table from this ``source`` (:func:`_source_key`). Writing a new one
    removes the kind's tables from other sources, so upgrades do not pile up."""
    folder = cache_dir() / "tables"
    python = f"py{sys.version_info[0]}{sys.version_info[1]}"
    path = folder / f"{kind}-{source}-{python}.{suffix}"
    try:
        return load(path.read_bytes())  # marshal.load(file) reads piecemeal: 20x slower
    except FileNotFoundError:
        pass
    except (OSError, EOFError, ValueError, TypeError) as exc:
        log.warning("ignoring the damaged table %s: %s", path, exc)
    blob = dump(build())
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as fh:
                fh.write(blob)
            Path(temporary).replace(path)  # whole or not at all, also with two processes
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in folder.glob(f"{kind}-*-{python}.*"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.info("the table %s could not be kept: %s", path, exc)
    return load(blob)


def _simplemma_data(lang: str) -> Path:
    """simplemma's data file for ``lang``, found without importing simplemma: its package
    import compiles every language's rules (0.05 s), which a short draft does not need."""
    spec = importlib.util.find_spec("simplemma")
    if spec is not None and spec.origin:
        path = Path(spec.origin).parent / "strategies" / "dictionaries" / "data" / f"{lang}.plzma"
        if path.is_file():
            return path
    from simplemma.strategies.dictionaries.dictionary_factory import DATA_FOLDER

    return Path(DATA_FOLDER) / f"{lang}.plzma"


def _decode_lemmas(lang: str) -> dict[bytes, bytes]:
    from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

    return _load_dictionary_from_disk(lang)


@cache
def lemma_table(lang: str) -> WordTable:
    """simplemma's dictionary for ``lang`` as it decodes it (word -> lemma, UTF-8), looked up
    in place (:mod:`.wordtable`): a short draft needs a few thousand of its 370,000 words."""
    source = _source_key("simplemma", _simplemma_data(lang))
    table: WordTable = _cached(f"simplemma-{lang}", source, lambda: _decode_lemmas(lang),
                               dump=table_bytes, load=WordTable, suffix="table")
    return table


@cache
def _simplemma_lemmatiser(lang: str) -> Callable[[str], str]:
    """simplemma's own ``lemmatize`` (its whole pipeline: rules, prefixes, compounds) over
    :func:`lemma_table`; imported on the first word the table does not answer directly."""
    import simplemma

    try:
        from simplemma.strategies import DefaultStrategy
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DefaultDictionaryFactory,
            MappingStrToByteString,
        )
    except ImportError:  # another simplemma layout: its own (slower) loading
        return lambda word: str(simplemma.lemmatize(word, lang=lang))

    class _Tables(DefaultDictionaryFactory):
        def _get_dictionary_uncached(self, code: str) -> Any:
            # simplemma's wrapper asks only get(), len() and iteration of its table
            return MappingStrToByteString(cast(dict[bytes, bytes], lemma_table(code)))

    lemmatizer = simplemma.Lemmatizer(
        lemmatization_strategy=DefaultStrategy(greedy=False, dictionary_factory=_Tables()))
    return lambda word: str(lemmatizer.lemmatize(word, lang))


def lemmatiser(lang: str) -> tuple[Callable[[str], bool], Callable[[str], str]]:
    """``known(word)`` and ``lemma(word)`` for ``lang`` (nl or en), as simplemma's own
    ``is_known`` and ``lemmatize`` answer them, over :func:`lemma_table`.

    For nl and en simplemma's pipeline begins with its dictionary lookup (after numbers,
    which are their own lemma): a word the table holds is answered here; only other words
    bring in simplemma itself."""
    table = lemma_table(lang)

    def cased(token: str) -> bytes | None:
        found = table.get(token.encode())
        if found is None:
            turned = token.lower() if token[:1].isupper() else token.capitalize()
            found = table.get(turned.encode())
        return found

    def direct(token: str) -> bytes | None:
        # simplemma's dictionary lookup for nl and en, inlined (a long text asks it for every
        # part of every unknown compound): the word, then with its first letter's case
        # turned, then the same for each other apostrophe glyph (’ ʼ ') it may be keyed on
        found = cased(token)
        if found is None and ("'" in token or "’" in token or "ʼ" in token):
            straight = token.replace("’", "'").replace("ʼ", "'")
            if "'" in straight:
                variants = (token, straight, straight.replace("'", "’"),
                            straight.replace("'", "ʼ"))
                for variant in tuple(dict.fromkeys(variants))[1:]:
                    found = cased(variant)
                    if found is not None:
                        break
        return found

    def known(word: str) -> bool:
        # the word as simplemma's normalize_token makes it (NFC)
        return direct(unicodedata.normalize("NFC", word)) is not None

    def lemma(word: str) -> str:
        token = unicodedata.normalize("NFC", word)
        if token and not token.isnumeric():
            found = direct(token)
            if found is not None:
                return found.decode()
        return _simplemma_lemmatiser(lang)(word)

    return known, lemma


Tree = dict[str, tuple[tuple[int, ...], dict[str, Any]]]


def _pattern_tree(patterns: dict[str, tuple[int, tuple[int, ...]]]) -> Tree:
    """Hyphenation patterns as a letter tree; each node holds the merge (elementwise maximum,
    which does not depend on order) of every pattern on the way to it, from the scan's start."""
    root: Tree = {}

    def merged(key: str) -> tuple[int, ...]:
        points: list[int] = []
        for end in range(1, len(key) + 1):
            pattern = patterns.get(key[:end])
            if pattern:
                offset, values = pattern
                points.extend([0] * (offset + len(values) - len(points)))
                for k, value in enumerate(values):
                    points[offset + k] = max(points[offset + k], value)
        return tuple(points)

    for key in sorted(patterns):
        node = root
        for end in range(1, len(key) + 1):
            entry = node.get(key[end - 1])
            if entry is None:
                entry = node[key[end - 1]] = (merged(key[:end]), {})
            node = entry[1]
    return root


def _pyphen_dictionary(name: str) -> Path:
    """pyphen's ``hyph_NAME.dic``, found without importing pyphen (it lists every dictionary
    it has when imported) where the file is there; else the one pyphen itself chooses."""
    spec = importlib.util.find_spec("pyphen")
    if spec is not None and spec.origin:
        path = Path(spec.origin).parent / "dictionaries" / f"hyph_{name}.dic"
        if path.is_file():
            return path
    import pyphen

    return Path(str(pyphen.LANGUAGES[pyphen.language_fallback(name)]))


def syllable_counter(name: str, *, left: int, right: int) -> Callable[[str], int]:
    """``len(pyphen.Pyphen(lang=name, left=left, right=right).positions(word))`` for a
    lower-case ``word``, about 5x faster and without pyphen's start-up.

    pyphen tries every substring up to the longest pattern's length in a dictionary, merges
    each pattern found into the word's points and makes an object per point; here a scan walks
    the letter tree of :func:`_pattern_tree` until no pattern continues and merges once. The
    tree is kept in the cache folder like the lemmas. A long text has tens of thousands of
    distinct words, each counted once."""
    path = _pyphen_dictionary(name)

    def build() -> tuple[Tree, int] | None:
        import pyphen

        parsed = pyphen.HyphDict(path)
        if any(type(v) is not int for _start, values in parsed.patterns.values()
               for v in values):
            return None  # non-standard hyphenation (data on the points): pyphen's own way
        return _pattern_tree(parsed.patterns), parsed.maxlen

    kept = _cached(f"hyphenation-{name}", _source_key("pyphen", path), build)
    if kept is None:
        import pyphen

        hyphen = pyphen.Pyphen(lang=name, left=left, right=right)
        return lambda word: len(hyphen.positions(word))
    root: Tree = kept[0]
    maxlen: int = kept[1]

    def count(word: str) -> int:
        pointed = f".{word}."
        size = len(pointed)
        references = [0] * (size + 1)  # a pattern's points never reach past the word's end
        for i in range(size - 1):
            node = root
            points: tuple[int, ...] = ()
            for letter in pointed[i:i + maxlen]:
                entry = node.get(letter)
                if entry is None:
                    break
                points, node = entry
            at = i
            for value in points:
                if value > references[at]:
                    references[at] = value
                at += 1
        last = len(word) - right
        return sum(1 for i, reference in enumerate(references)
                   if reference % 2 and left <= i - 1 <= last)

    return count
