"""The draft's text cut into what rules look at: segments, words, sentences, quotations.

A segment is a block of the document (a paragraph, heading, list item, table cell), or a slice of
a very long block, so a 10 MB draft is read piece by piece and never held as one token list.
Sentences end at ``.``, ``!``, ``?`` or ``…`` before white space, except after an abbreviation
(``bijv.``, ``o.a.``, ``e.g.``), an initial (``J. Korenaar``), a list number at the start of a
line (``1.``) or before a lower-case word; a blank line, a list item on its own line and a short
heading line end one too. A single line break inside prose does not: hard-wrapped text reads as
one sentence, and terms match across the break.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate, chain
from typing import NamedTuple

from brandregie.checks.language import WORD
from brandregie.ingest.document import Block, BlockKind, Document
from brandregie.paths import resource

_span = re.Match.span
#: Splits a text into gap, word, gap, word, ..., gap (words as :data:`WORD` finds them).
_WORDS_AND_GAPS = re.compile(f"({WORD.pattern})")
#: The same split for a text without apostrophes, where :data:`WORD` is ``\w+``: the regex
#: engine then counts word letters in one loop, without trying an apostrophe after each word
#: (a tenth fewer instructions; most segments have no apostrophe).
_APOSTROPHES = ("'", "’")
_PLAIN_WORDS_AND_GAPS = re.compile(r"(\w+)")

#: Longest slice of a block read at once; longer blocks are cut at a sentence end near it.
SEGMENT_CHARS = 20_000


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _load_abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """The kept abbreviation list (``resources/wordlists/abbreviations.txt``): every entry, and
    those that may also close a sentence when a capital follows (``etc.``, ``enz.``)."""
    every: set[str] = set()
    closing: set[str] = set()
    text = resource("wordlists", "abbreviations.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        entry, _, mark = line.strip().partition(" ")
        if entry and not entry.startswith("#"):
            every.add(entry)
            if mark.strip() == "!":
                closing.add(entry)
    return frozenset(every), frozenset(closing)


ABBREVIATIONS, CLOSING_ABBREVIATIONS = _load_abbreviations()

#: A sentence's end mark: one or more of ``.!?…`` and closing quotes before white space, or a
#: full stop between a lower-case word and a capitalised one ("kopen.Tevens"). Both branches
#: start with the mark, so the regex engine skips to marks in C (5x faster than with the
#: look-behind first; the same matches).
_END_TAIL = r"(?:[.!?…]*[\"'”’»)\]]*(?=\s|$)|(?<=[a-zà-ÿ]{3}\.)(?=[A-Z][a-zà-ÿ]{2}))"
_END = re.compile(r"[.!?…]" + _END_TAIL)
_LIST_START = re.compile(r"[ \t]*(?:[-•*–·▪◦]|\d{1,3}[.)])[ \t]")
_HEADING_MAX = 50
#: A capitalised line this short, without an end mark, before a capitalised line: a list line.
_LIST_LINE_MAX = 100
_TERMINAL = tuple(".!?…:;,")


class Sentence(NamedTuple):
    """A sentence of a segment: offsets, and the slice ``first:stop`` of the segment's words.

    A tuple, not a frozen dataclass: a MB of text makes 20,000 of them, and a tuple is made in
    half the time.
    """

    start: int
    end: int
    first: int
    stop: int

    @property
    def words(self) -> int:
        return self.stop - self.first


class Segment:
    """One piece of a block: its text, words and sentences; ``offset`` places it in the draft.

    ``words`` are lower-case; their places are kept flat (``bounds``) and made into pairs
    (``spans``) only when a rule asks, since most words of a draft never need a place.
    """

    __slots__ = ("_bounds", "_parts", "_quotes", "_sentences", "_spans", "block", "lowered",
                 "offset", "text", "words")

    def __init__(self, block: Block, offset: int, text: str) -> None:
        self.block = block
        self.offset = offset
        self.text = text
        lowered = text.lower()
        self._bounds: list[int] | None
        self._parts: list[str] | None
        if len(lowered) == len(text):
            # One pass of the word regex gives the words and, from the lengths of the words and
            # the gaps between them, every word's place (no second pass for the spans).
            split = _WORDS_AND_GAPS.split if any(map(lowered.__contains__, _APOSTROPHES)) \
                else _PLAIN_WORDS_AND_GAPS.split
            self._parts = parts = split(lowered)
            self.words: list[str] = parts[1::2]
            self._bounds = None  # summed from the parts' lengths when a rule asks
        else:  # a rare letter whose lower case is longer: lower word by word
            self.words = [w.lower() for w in WORD.findall(text)]
            self._bounds = [*chain.from_iterable(map(_span, WORD.finditer(text))), len(text)]
            self._parts = None
        #: The text in lower case, for quick "could it be here at all" tests.
        self.lowered = lowered
        self._sentences: tuple[Sentence, ...] | None = None
        self._spans: list[tuple[int, int]] | None = None
        self._quotes: list[tuple[int, int]] | None = None

    @property
    def bounds(self) -> list[int]:
        """Word *i* is ``text[bounds[2 * i]:bounds[2 * i + 1]]``; the last entry is the end.
        Made when a rule asks: summing a segment's places costs a quarter of splitting it,
        and a segment without hits, names or several sentences never needs them."""
        bounds = self._bounds
        if bounds is None:
            assert self._parts is not None
            bounds = self._bounds = list(accumulate(map(len, self._parts)))
            self._parts = None
        return bounds

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """:func:`split_sentences` of :attr:`text`, made when a rule asks."""
        if self._sentences is None:
            if len(self.lowered) == len(self.text):
                self._sentences = split_sentences(self.text, self.lowered, self.bounds[0::2])
            else:
                self._sentences = split_sentences(self.text)
        return self._sentences

    @property
    def sentence_count(self) -> int:
        """``len(sentences)``, counted without making them: a segment too short for a long
        sentence needs no more for its reading figures."""
        if self._sentences is not None or len(self.lowered) != len(self.text):
            return len(self.sentences)
        text = self.text
        if "\n" not in text:
            first = _END.search(text)
            if first is None or first.end() == len(text):  # one sentence at most: no judging
                return 1 if self.words else 0
        starts = self.bounds[0::2]
        count = index = 0
        for end in _sentence_ends(self.text):
            reached = bisect_left(starts, end, index)
            if reached > index:  # a sentence with words (as split_sentences keeps them)
                count += 1
                index = reached
        return count

    @property
    def spans(self) -> list[tuple[int, int]]:
        """``(start, end)`` of each word in :attr:`text`, in the order of :attr:`words`."""
        if self._spans is None:
            bounds = self.bounds
            # the starts hold one more (the end of the text), which zip leaves out
            self._spans = list(zip(bounds[0::2], bounds[1::2], strict=False))
        return self._spans

    @property
    def quotes(self) -> list[tuple[int, int]]:
        """:func:`quote_spans` of :attr:`text`, found once for all rules."""
        if self._quotes is None:
            self._quotes = quote_spans(self.text)
        return self._quotes


def segments(document: Document) -> Iterator[Segment]:
    """Every block of ``document`` in order, long blocks in slices that end at a sentence."""
    for block in document.blocks:
        text = block.text
        base = block.start
        pos = 0
        while pos < len(text):
            end = len(text)
            if end - pos > SEGMENT_CHARS:
                end = _cut_point(text, pos + SEGMENT_CHARS)
            yield Segment(block, base + pos, text[pos:end])
            pos = end


def _cut_point(text: str, near: int) -> int:
    for pattern in (_END, re.compile(r"\n"), re.compile(r"\s")):
        match = pattern.search(text, near, near + 5_000)
        if match:
            return match.end()
    return near


#: How far back from a full stop its word is looked for at once (longer runs are walked).
_HEAD_REACH = 48
_new_tuple = tuple.__new__


_OPENING_MARKS = "([\"'“‘"


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    start, end = match.span()
    rest = text[end:end + 40]
    after = rest.lstrip()
    if after[:1].islower() and "\n" not in rest[:len(rest) - len(after)]:
        return False
    if text[start] != ".":
        return True
    if end < len(text) and not text[end].isspace() and "." not in text[start + 1:end]:
        return True  # "kopen.Tevens": a missing space, not an abbreviation
    # The word before the mark, back to white space: its last part of a short stretch, in C.
    near = text[max(0, start - _HEAD_REACH):start]
    if not near or near[-1].isspace():
        token = ""
    else:
        token = near.rsplit(None, 1)[-1]
        if len(token) == len(near) and start > _HEAD_REACH:  # a longer run: walk back
            head = start - len(token)
            while head > 0 and not text[head - 1].isspace():
                head -= 1
            token = text[head:start]
    head = start - len(token)
    shown = token.lstrip(_OPENING_MARKS)
    word = shown.lower()
    key = word.rstrip(".")
    if word in ABBREVIATIONS or key in ABBREVIATIONS:
        return key in CLOSING_ABBREVIATIONS and after[:1].isupper()
    if len(shown) == 1 and shown.isupper():
        return False  # an initial: J. Korenaar (a lower-case "u." is the pronoun)
    if not word.isdigit():
        return True
    line_start = text.rfind("\n", 0, head) + 1
    return bool(text[line_start:head].strip())  # a number opening a line is a list number


def _line_breaks(text: str) -> Iterator[int]:
    """Positions where a line break ends a sentence: lists, blank lines, short headings."""
    pos = text.find("\n")
    while pos != -1:
        line_start = text.rfind("\n", 0, pos) + 1
        line = text[line_start:pos].strip()
        rest = text[pos + 1:pos + 200]
        nxt = rest.lstrip()
        if (not line or not nxt or rest.startswith(("\n", "\r\n"))
                or _LIST_START.match(rest) or line.endswith(":")
                or (not line.endswith(_TERMINAL) and nxt[:1].isupper()
                    and (len(line) < _HEADING_MAX
                         or (line[:1].isupper() and len(line) < _LIST_LINE_MAX)))):
            yield pos
        pos = text.find("\n", pos + 1)


#: :data:`_END` with what follows the mark: the white space after it (group 1, up to 39
#: characters) and the character after that, if any (group 2), as :func:`_is_boundary` reads
#: them from the 40 characters after the mark.
_NEXT = r"(?=(\s{0,39})(\S?))"
_END_AND_NEXT = re.compile(r"[.!?…]" + _END_TAIL + _NEXT)
#: The same for a text whose only marks are full stops (most paragraphs): a regex that starts
#: with one character is searched for in a tight loop, a third of the instructions of a set.
_FULL_STOP_AND_NEXT = re.compile(r"\." + _END_TAIL + _NEXT)
_OTHER_MARKS = ("!", "?", "…")


def _sentence_ends(text: str) -> list[int]:
    """Where the sentences of ``text`` end, in order, the text's end last."""
    # The marks' ends come in order, each once; line breaks may fall on one of them. Each mark
    # is judged as :func:`_is_boundary` does, its common cases here without a call: a
    # lower-case word after it, a mark other than a full stop, a word that is no abbreviation,
    # initial or number before a full stop.
    ends: list[int] = []
    size = len(text)
    abbreviations = ABBREVIATIONS
    marks = _END_AND_NEXT if any(map(text.__contains__, _OTHER_MARKS)) else _FULL_STOP_AND_NEXT
    for match in marks.finditer(text):
        space, following = match.groups()
        if "\n" not in space and following.islower():
            continue
        start, end = match.span()
        if text[start] != ".":
            ends.append(end)
            continue
        if not space and end < size:  # "kopen.Tevens" or "o.a.,": judged in full
            if _is_boundary(text, match):
                ends.append(end)
            continue
        near = text[start - _HEAD_REACH:start] if start > _HEAD_REACH else text[:start]
        token = near.rsplit(None, 1)[-1] if near and not near[-1].isspace() else ""
        if len(token) == len(near) or token[:1] in _OPENING_MARKS:
            if _is_boundary(text, match):  # a long run, or quoted or bracketed
                ends.append(end)
            continue
        word = token.lower()
        if (len(token) == 1 and token.isupper()) or word.isdigit() \
                or word in abbreviations or word.rstrip(".") in abbreviations:
            if _is_boundary(text, match):
                ends.append(end)
            continue
        ends.append(end)
    if "\n" in text:
        return sorted({*ends, *_line_breaks(text), len(text)})
    if not ends or ends[-1] != len(text):
        ends.append(len(text))
    return ends


def split_sentences(text: str, lowered: str | None = None, starts: list[int] | None = None
                    ) -> tuple[Sentence, ...]:
    """The sentences of ``text``; see the module text for the rules. ``starts``, when given,
    holds where each word of ``lowered`` starts, in order, and then ``len(text)``: the words of
    a sentence are then counted from it rather than found again."""
    ends = _sentence_ends(text)
    source = text if lowered is None else lowered
    findall = WORD.findall
    sentences: list[Sentence] = []
    index = 0
    start = 0
    for end in ends:
        if starts is None:
            count = len(findall(source, start, end))
        else:  # no word crosses a sentence end: the words starting before it, less earlier ones
            count = bisect_left(starts, end, index) - index
        if count:
            chunk = text[start:end]
            begin = start + len(chunk) - len(chunk.lstrip())
            stop = end - len(chunk) + len(chunk.rstrip())
            # made as a plain tuple in C (the named tuple's own constructor is Python code)
            sentences.append(_new_tuple(Sentence, (begin, stop, index, index + count)))
            index += count
        start = end
    return tuple(sentences)


#: Every branch starts with its quotation mark (the "not after a letter" test comes after it,
#: as a look-behind over both), so the regex engine skips to quotation marks in C: 8x faster
#: than with the look-behind first, the same matches.
_QUOTES = re.compile(
    r"“[^”\n]{1,600}”|„[^”“\n]{1,600}[”“]|«[^»\n]{1,600}»"
    r"|‘(?<!\w‘)(?!s\s)[^’\n]{1,300}?’(?!\w)"
    r"|'(?<!\w')(?!s\s)[^'\n]{1,300}?(?<=\S)'(?!\w)"
    r"|\"(?<!\w\")[^\"\n]{1,300}\"")


#: The marks each branch of :data:`_QUOTES` starts with: a text without any quotes no one.
_QUOTE_MARKS = ("“", "„", "«", "‘", "'", '"')


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Stretches in quotation marks: quoted words are someone else's, not the brand's voice."""
    if not any(map(text.__contains__, _QUOTE_MARKS)):  # most text: asked in C, no regex scan
        return []
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text)]


def in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    return bool(spans) and any(start <= position < end for start, end in spans)


def within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``start:end`` lies (nearly) wholly inside one of ``spans``: a quoted sentence
    may be introduced by a speaker's name ("Alex: “...”")."""
    if not spans:  # most text quotes no one
        return False
    length = max(1, end - start)
    return any(min(end, e) - max(start, s) >= QUOTED_SHARE * length for s, e in spans)


#: Share of a stretch inside quotation marks from which it counts as quoted.
QUOTED_SHARE = 0.8


#: A heading in a plain text: one short line on its own, without a full stop.
HEADING_WORDS = 10


def heading_line_at(segment: Segment, position: int) -> bool:
    """Whether ``position`` lies on a heading line inside a block: a short line of its own,
    without an end mark, before a line that starts anew ("Decision", "Wat bieden wij?"); not a
    line of hard-wrapped prose, whose next line goes on in lower case."""
    text = segment.text
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    if end == -1:
        return is_heading(segment) if start == 0 else False
    line = text[start:end].strip()
    following = text[end + 1:end + 80].lstrip(" \t")
    return (bool(line) and len(line.split()) <= HEADING_WORDS
            and not line.endswith((".", "!", "…", ",", ";", ":"))
            and (not following[:1].isalpha() or following[:1].isupper()))


def is_heading(segment: Segment) -> bool:
    """A heading: marked so by the reader, or a short line of its own without a full stop or
    exclamation mark ("Wat bieden wij?", "Voorbereiding")."""
    block = segment.block
    if block.kind is BlockKind.HEADING:
        return True
    if block.kind is not BlockKind.PARAGRAPH or len(segment.words) > HEADING_WORDS:
        return False
    text = block.text.strip()
    return "\n" not in text and not text.endswith((".", "!", "…", ",", ";", ":"))
