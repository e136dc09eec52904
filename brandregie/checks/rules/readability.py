"""readability.sentence-length and readability.level.

Reading ease is Flesch-Douma for Dutch (Douma 1960: ``206.84 - 0.77 * syllables per 100 words
- 0.93 * words per sentence``) and Flesch for English (``206.835 - 1.015 * words per sentence
- 84.6 * syllables per word``); syllables come from pyphen's hyphenation dictionaries. Headings
are left out of the figure (they are short on purpose). Ease maps to reading levels as follows
(the same bands for both languages; they follow the usual reading of the Flesch scale, where
60-70 is plain everyday language, and place B1, the level most Dutch adults read with ease, at
60 and up):

=========  ==================
ease       level
=========  ==================
>= 75      A2
60 - 75    B1
45 - 60    B2
30 - 45    C1
< 30       C2 (beyond C1)
=========  ==================

A draft is judged on level only from 50 words; the finding points at its hardest paragraph.
A sentence over the brand's maximum is a hint (info) up to five words over, a warning beyond.
"""

from __future__ import annotations

from brandregie.checks.context import CheckContext, Rule
from brandregie.checks.model import Severity
from brandregie.checks.terms import Hit
from brandregie.checks.text import Segment
from brandregie.ingest.document import Block, BlockKind

LEVELS = ("A2", "B1", "B2", "C1", "C2")
#: Lowest reading ease of each level, in the order of LEVELS.
BANDS = (75.0, 60.0, 45.0, 30.0, float("-inf"))
MIN_WORDS = 50
SLACK = 5


def reading_ease(lang: str, words: int, sentences: int, syllables: int) -> float | None:
    if not words or not sentences:
        return None
    per_sentence = words / sentences
    per_word = syllables / words
    if lang == "nl":
        return 206.84 - 0.77 * 100 * per_word - 0.93 * per_sentence
    return 206.835 - 1.015 * per_sentence - 84.6 * per_word


def level_of(ease: float) -> str:
    for level, floor in zip(LEVELS, BANDS, strict=True):
        if ease >= floor:
            return level
    return LEVELS[-1]


class ReadabilityRule(Rule):
    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        self.max_words = ctx.brand.character.max_sentence_words
        self.target = ctx.brand.character.reading_level
        self.words = self.sentences = self.syllables = 0
        self.all_sentences = 0
        self._block: Block | None = None
        self._block_counts = [0, 0, 0]
        self._hardest: tuple[float, Block] | None = None
        self.ease: float | None = None
        self.level: str | None = None

    def visit(self, segment: Segment, hits: list[Hit]) -> None:
        tools = self.ctx.tools
        tr = self.ctx.tr
        heading = segment.block.kind is BlockKind.HEADING
        if segment.block is not self._block:
            self._close_block()
            self._block = segment.block
        counts = self._block_counts
        for sentence in segment.sentences:
            self.all_sentences += 1
            words = sentence.words
            if words > self.max_words:
                severity = Severity.INFO if words <= self.max_words + SLACK else Severity.WARNING
                message = tr("This sentence has {n} words; the brand keeps sentences to {max} "
                             "words at most, so that everyone can follow them.").format(
                    n=words, max=self.max_words)
                self.ctx.add("readability.sentence-length", severity, message, segment,
                             sentence.start, sentence.end,
                             tr("Split it into two or more shorter sentences."))
            if heading:
                continue
            counts[0] += words
            counts[1] += 1
        if not heading:
            counts[2] += tools.syllable_total(segment.words)

    def _close_block(self) -> None:
        words, sentences, syllables = self._block_counts
        self.words += words
        self.sentences += sentences
        self.syllables += syllables
        if self._block is not None and words >= 15:
            ease = reading_ease(self.ctx.lang, words, sentences, syllables)
            if ease is not None and (self._hardest is None or ease < self._hardest[0]):
                self._hardest = (ease, self._block)
        self._block_counts = [0, 0, 0]

    def finish(self) -> None:
        self._close_block()
        self.ease = reading_ease(self.ctx.lang, self.words, self.sentences, self.syllables)
        if self.ease is None:
            return
        self.level = level_of(self.ease)
        if self.words < MIN_WORDS or LEVELS.index(self.level) <= LEVELS.index(self.target):
            return
        tr = self.ctx.tr
        if self.ctx.lang == "nl":
            message = tr("The text reads at level {level} (Flesch-Douma {ease}); the brand "
                         "writes for level {target}, and a harder text loses readers.")
        else:
            message = tr("The text reads at level {level} (Flesch {ease}); the brand writes "
                         "for level {target}, and a harder text loses readers.")
        message = message.format(level=self.level, ease=round(self.ease), target=self.target)
        block = self._hardest[1] if self._hardest else None
        self.ctx.add_at_block("readability.level", Severity.WARNING, message, block,
                              tr("Use shorter sentences and everyday words; this paragraph is "
                                 "the hardest to read."))
