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

A draft is judged on level only from 50 words of prose, and passes when it falls less than three
points short of its level's band; bullet lists, table cells and headings
count only when there is less prose than that, and the finding points at the hardest paragraph
of prose. A sentence up to five words over the brand's maximum passes, unless its words are long
(2.2 syllables a word or more); beyond that it is a hint
(info), and from one and a half times the maximum a warning. A paragraph's long sentences make
one finding, and sentences in quotation marks (someone else speaking) and headings are not
counted.
"""

from __future__ import annotations

from brandregie.checks.context import CheckContext, Rule
from brandregie.checks.model import Severity
from brandregie.checks.terms import HitsByKind
from brandregie.checks.text import Segment, Sentence, is_heading, within
from brandregie.ingest.document import Block, BlockKind

LEVELS = ("A2", "B1", "B2", "C1", "C2")
#: Lowest reading ease of each level, in the order of LEVELS.
BANDS = (75.0, 60.0, 45.0, 30.0, float("-inf"))
MIN_WORDS = 50
#: Reading-ease points a text may fall short of its level's band and still pass: the formulas
#: are not more precise than that.
MARGIN = 3.0
#: Sentences up to this many words over the maximum pass: a word or two over is no finding.
SLACK = 5
#: Syllables per word from which a sentence just over the maximum is heavy enough to count.
DENSE = 2.2
#: From this multiple of the maximum a long sentence is a warning, below it a hint.
LONG_FACTOR = 1.5


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
        self._long: list[tuple[Segment, Sentence]] = []
        self._prose = [0, 0, 0]
        self._other = [0, 0, 0]
        self.ease: float | None = None
        self.level: str | None = None

    def visit(self, segment: Segment, hits: HitsByKind) -> None:
        tools = self.ctx.tools
        block = segment.block
        heading = is_heading(segment)
        if block is not self._block:
            self._close_block()
            self._block = block
        words = segment.words
        most = self.max_words
        if len(words) <= most:  # no sentence can be too long: only their number counts
            count = segment.sentence_count
        else:
            sentences = segment.sentences
            count = len(sentences)
            if not heading:
                for sentence in [s for s in sentences if s.stop - s.first > most]:
                    if self._clearly_long(segment, sentence) \
                            and not within(sentence.start, sentence.end, segment.quotes):
                        self._long.append((segment, sentence))
        self.all_sentences += count
        if heading or not count:
            return
        counts = self._block_counts
        counts[0] += len(words)  # the sentences share out the segment's words, none left over
        counts[1] += count
        counts[2] += tools.syllable_total(words)

    def _clearly_long(self, segment: Segment, sentence: Sentence) -> bool:
        """More than :data:`SLACK` words over, or over at all and made of long words."""
        if sentence.words > self.max_words + SLACK:
            return True
        syllables = self.ctx.tools.syllable_total(segment.words[sentence.first:sentence.stop])
        return syllables >= DENSE * sentence.words

    def _report_long(self) -> None:
        """One finding for the paragraph's sentences that are clearly too long."""
        if not self._long:
            return
        tr = self.ctx.tr
        segment, first = self._long[0]
        last = next(s for seg, s in reversed(self._long) if seg is segment)
        longest = max(s.words for _, s in self._long)
        severity = Severity.WARNING if longest >= self.max_words * LONG_FACTOR else Severity.INFO
        if len(self._long) == 1:
            message = tr("This sentence has {n} words; the brand keeps sentences to {max} "
                         "words at most, so that everyone can follow them.").format(
                n=longest, max=self.max_words)
        else:
            message = tr("{count} sentences in this paragraph are longer than the brand's "
                         "{max} words (the longest has {n}); short sentences are easier to "
                         "follow.").format(count=len(self._long), max=self.max_words, n=longest)
        self.ctx.add("readability.sentence-length", severity, message, segment, first.start,
                     last.end, tr("Split it into two or more shorter sentences."))
        self._long = []

    def _close_block(self) -> None:
        if self._long:
            self._report_long()
        counts = self._block_counts
        words, sentences, syllables = counts
        counts[0] = counts[1] = counts[2] = 0
        block = self._block
        if block is None:
            return
        prose = block.kind not in (BlockKind.LIST_ITEM, BlockKind.HEADING,
                                   BlockKind.TABLE_CELL)
        totals = self._prose if prose else self._other
        totals[0] += words
        totals[1] += sentences
        totals[2] += syllables
        if prose and words >= 15:
            ease = reading_ease(self.ctx.lang, words, sentences, syllables)
            if ease is not None and (self._hardest is None or ease < self._hardest[0]):
                self._hardest = (ease, block)

    def finish(self) -> None:
        self._close_block()
        # Prose decides the level; lists and table cells count only when there is little prose.
        use = self._prose if self._prose[0] >= MIN_WORDS else [
            a + b for a, b in zip(self._prose, self._other, strict=True)]
        self.words, self.sentences, self.syllables = use
        self.ease = reading_ease(self.ctx.lang, self.words, self.sentences, self.syllables)
        if self.ease is None:
            return
        self.level = level_of(self.ease)
        if self.words < MIN_WORDS or LEVELS.index(self.level) <= LEVELS.index(self.target):
            return
        if self.ease + MARGIN >= BANDS[LEVELS.index(self.target)]:
            return  # within the formula's own imprecision of the brand's level
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
