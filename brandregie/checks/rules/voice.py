"""voice.drift: a draft, or a paragraph, that does not sound like the owner's own texts.

The owner's "sounds like us" texts (``brand.voice.texts``) give a voice
(:mod:`brandregie.checks.voice`); the whole draft and each paragraph of 50 words or more are
compared with it. When the draft lies clearly outside the owner's own spread, one finding names
the two or three features that differ most, with numbers from both sides; a paragraph needs a
larger difference to be named (a short text varies more by chance). Without own texts in the
draft's language the rule is silent and the category does not count.
"""

from __future__ import annotations

from collections.abc import Callable

from brandregie.checks.context import CheckContext, Rule
from brandregie.checks.model import Severity
from brandregie.checks.terms import HitsByKind
from brandregie.checks.text import Segment
from brandregie.checks.voice import (
    BY_NAME,
    Deviation,
    Kind,
    Tally,
    VoiceProfile,
    compare,
    distance,
    own_voice,
)
from brandregie.ingest.document import Block

RULE = "voice.drift"
#: The whole draft is named from this distance (root mean square z; an own text is about 1)
#: when at least one feature lies this many spreads away.
DRAFT_DISTANCE = 1.6
DRAFT_Z = 2.5
#: From this distance the draft's drift is a warning rather than a hint.
WARN_DISTANCE = 2.4
#: A paragraph: at least this many words, and a larger difference.
PARAGRAPH_WORDS = 50
PARAGRAPH_DISTANCE = 2.0
PARAGRAPH_Z = 3.0
MAX_PARAGRAPHS = 3
#: Features named in a finding: those at least this far out, the largest three.
NAMED_Z = 2.0
NAMED_MAX = 3


class VoiceRule(Rule):
    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        texts = [t.text for t in ctx.brand.voice.texts]
        self.voice: VoiceProfile | None = own_voice(texts, ctx.lang) if texts else None
        self.whole = Tally(ctx.lang)
        self._block: Block | None = None
        self._paragraph = Tally(ctx.lang)
        self._paragraphs: list[tuple[float, list[Deviation], Block, Tally]] = []
        self.deviations: list[Deviation] = []

    @property
    def active(self) -> bool:
        """Whether the draft is judged on voice: own texts in its language, and words."""
        return self.voice is not None and self.whole.words > 0

    def visit(self, segment: Segment, hits: HitsByKind) -> None:
        if self.voice is None:
            return
        if segment.block is not self._block:
            self._close_block()
            self._block = segment.block
        self._paragraph.add(segment, self.ctx.tools)

    def _close_block(self) -> None:
        tally, block = self._paragraph, self._block
        self._paragraph = Tally(self.ctx.lang)
        if block is None or not tally.words:
            return
        self.whole.merge(tally)
        if self.voice is None or tally.words < PARAGRAPH_WORDS:
            return
        deviations = compare(self.voice, tally, paragraph=True)
        far = distance(deviations)
        if far >= PARAGRAPH_DISTANCE and abs(deviations[0].z) >= PARAGRAPH_Z:
            self._paragraphs.append((far, deviations, block, tally))

    def finish(self) -> None:
        self._close_block()
        voice = self.voice
        if voice is None or not self.whole.words:
            return
        tr = self.ctx.tr
        self.deviations = compare(voice, self.whole)
        far = distance(self.deviations)
        flagged_draft = far >= DRAFT_DISTANCE and abs(self.deviations[0].z) >= DRAFT_Z
        # A draft of one paragraph is said once, as the draft.
        paragraphs = sorted(self._paragraphs, key=lambda p: p[0],
                            reverse=True) if self.whole.paragraphs > 1 else []
        if flagged_draft:
            worst = paragraphs[0][2] if paragraphs else None
            message = _message(tr, self.deviations, self.whole, paragraph=False)
            severity = Severity.WARNING if far >= WARN_DISTANCE else Severity.INFO
            self.ctx.add_at_block(RULE, severity, message, worst, _suggestion(tr),
                                  text="" if worst is None else None)
        for _far, deviations, block, tally in paragraphs[:MAX_PARAGRAPHS]:
            message = _message(tr, deviations, tally, paragraph=True)
            self.ctx.add_at_block(RULE, Severity.INFO, message, block, _suggestion(tr))


def _suggestion(tr: Callable[[str], str]) -> str:
    return tr("Read it next to one of your own texts and say it the way you would.")


def _message(tr: Callable[[str], str], deviations: list[Deviation], tally: Tally, *,
             paragraph: bool) -> str:
    named = [d for d in deviations if abs(d.z) >= NAMED_Z][:NAMED_MAX] or deviations[:1]
    reasons = [_reason(tr, d, tally) for d in named]
    if paragraph:
        templates = (tr("This paragraph does not sound like your own texts: {first}."),
                     tr("This paragraph does not sound like your own texts: {first}; "
                        "{second}."),
                     tr("This paragraph does not sound like your own texts: {first}; "
                        "{second}; {third}."))
    else:
        templates = (tr("The draft does not sound like your own texts: {first}."),
                     tr("The draft does not sound like your own texts: {first}; {second}."),
                     tr("The draft does not sound like your own texts: {first}; {second}; "
                        "{third}."))
    names = ("first", "second", "third")
    return templates[len(reasons) - 1].format(**dict(zip(names, reasons, strict=False)))


def _reason(tr: Callable[[str], str], deviation: Deviation, tally: Tally) -> str:
    """One feature in plain words, with the numbers of the draft and of the owner's texts."""
    feature = BY_NAME[deviation.feature]
    more = deviation.z > 0
    phrase = _phrases(tr)[deviation.feature][0 if more else 1]
    if feature.kind is Kind.RATE:
        return phrase.format(count=deviation.count, words=tally.words,
                             usual=_per_words(tr, deviation.usual))
    if feature.kind is Kind.SHARE:
        return phrase.format(here=_percent(deviation.here), usual=_percent(deviation.usual))
    return phrase.format(here=_number(tr, deviation.here), usual=_number(tr, deviation.usual))


def _per_words(tr: Callable[[str], str], rate: float) -> str:
    """A rate per 100 words as people say it: "about 1 per 300 words", "3 per 100 words"."""
    if rate <= 0:
        return tr("none")
    if rate >= 1:
        return tr("about {n} per 100 words").format(n=_number(tr, rate))
    every = 100 / rate
    step = 10 if every < 200 else 50 if every < 1000 else 100
    return tr("about 1 per {n} words").format(n=int(round(every / step) * step))


def _percent(share: float) -> str:
    return f"{round(100 * share)}%"


def _number(tr: Callable[[str], str], value: float) -> str:
    """A figure as the reader writes it: whole from 10 on, else one decimal ("6,4" in Dutch;
    the separator is a message of its own, so the figure is said again in another language)."""
    tenths = round(value * 10)
    if value >= 10 or tenths % 10 == 0:
        return str(round(value))
    return tr("{whole}.{tenth}").format(whole=tenths // 10, tenth=tenths % 10)


def _phrases(tr: Callable[[str], str]) -> dict[str, tuple[str, str]]:
    """Per feature: what to say when the draft has more of it, and when less."""
    return {
        "sentence_length": (
            tr("longer sentences than yours ({here} words on average here, {usual} in your "
               "own texts)"),
            tr("shorter sentences than yours ({here} words on average here, {usual} in your "
               "own texts)")),
        "sentence_spread": (
            tr("sentence lengths vary more than yours (spread {here} words here, {usual} in "
               "your own texts)"),
            tr("sentences all of one length, where yours vary (spread {here} words here, "
               "{usual} in your own texts)")),
        "word_length": (
            tr("longer words than yours ({here} letters on average here, {usual} in your own "
               "texts)"),
            tr("shorter words than yours ({here} letters on average here, {usual} in your own "
               "texts)")),
        "first_singular": (
            tr("more “I” and “my” than you write ({count} in {words} words here, {usual} in "
               "your own texts)"),
            tr("less “I” and “my” than you write ({count} in {words} words here, {usual} in "
               "your own texts)")),
        "first_plural": (
            tr("more “we” and “our” than you write ({count} in {words} words here, {usual} "
               "in your own texts)"),
            tr("less “we” and “our” than you write ({count} in {words} words here, {usual} "
               "in your own texts)")),
        "address": (
            tr("speaks to the reader more than you do ({count} times “you” in {words} words "
               "here, {usual} in your own texts)"),
            tr("speaks to the reader less than you do ({count} times “you” in {words} words "
               "here, {usual} in your own texts)")),
        "questions": (
            tr("more questions than you ask ({here} of the sentences here, {usual} in your "
               "own texts)"),
            tr("fewer questions than you ask ({here} of the sentences here, {usual} in your "
               "own texts)")),
        "imperatives": (
            tr("more commands (“Discover”, “Order”) than you give ({here} of the sentences "
               "here, {usual} in your own texts)"),
            tr("fewer commands (“Discover”, “Order”) than you give ({here} of the sentences "
               "here, {usual} in your own texts)")),
        "exclamations": (
            tr("more exclamations than yours ({here} of the sentences here, {usual} in your "
               "own texts)"),
            tr("fewer exclamations than yours ({here} of the sentences here, {usual} in your "
               "own texts)")),
        "superlatives": (
            tr("more superlatives and big words than you use ({count} in {words} words here, "
               "{usual} in your own texts)"),
            tr("fewer superlatives and big words than you use ({count} in {words} words here, "
               "{usual} in your own texts)")),
        "passive": (
            tr("more passive voice than yours (“is delivered”: {here} of the sentences here, "
               "{usual} in your own texts)"),
            tr("less passive voice than yours ({here} of the sentences here, {usual} in your "
               "own texts)")),
        "nominalisations": (
            tr("more nouns made of verbs (“the delivery”, not “we deliver”) than you use "
               "({count} in {words} words here, {usual} in your own texts)"),
            tr("fewer nouns made of verbs than you use ({count} in {words} words here, "
               "{usual} in your own texts)")),
        "adjectives": (
            tr("more adjectives than you use (about {count} in {words} words here, {usual} "
               "in your own texts)"),
            tr("fewer adjectives than you use (about {count} in {words} words here, {usual} "
               "in your own texts)")),
        "loanwords": (
            tr("more English words than you use ({count} in {words} words here, {usual} in "
               "your own texts)"),
            tr("fewer English words than you use ({count} in {words} words here, {usual} in "
               "your own texts)")),
        "numbers": (
            tr("more numbers than you give ({count} in {words} words here, {usual} in your "
               "own texts)"),
            tr("fewer numbers and concrete details than you give ({count} in {words} words "
               "here, {usual} in your own texts)")),
        "emoji": (
            tr("more emoji than you use ({count} in {words} words here, {usual} in your own "
               "texts)"),
            tr("fewer emoji than you use ({count} in {words} words here, {usual} in your own "
               "texts)")),
        "paragraph_length": (
            tr("longer paragraphs than yours ({here} words on average here, {usual} in your "
               "own texts)"),
            tr("shorter paragraphs than yours ({here} words on average here, {usual} in your "
               "own texts)")),
        "commas": (
            tr("more commas than you use ({count} in {words} words here, {usual} in your "
               "own texts)"),
            tr("fewer commas than you use ({count} in {words} words here, {usual} in "
               "your own texts)")),
        "brackets": (
            tr("more asides in brackets than yours ({count} in {words} words here, "
               "{usual} in your own texts)"),
            tr("fewer asides in brackets than yours ({count} in {words} words here, "
               "{usual} in your own texts)")),
        "colons": (
            tr("more colons and semicolons than you use ({count} in {words} words here, "
               "{usual} in your own texts)"),
            tr("fewer colons and semicolons than you use ({count} in {words} words here, "
               "{usual} in your own texts)")),
        "dashes": (
            tr("more dashes than you use ({count} in {words} words here, {usual} in your "
               "own texts)"),
            tr("fewer dashes than you use ({count} in {words} words here, {usual} in "
               "your own texts)")),
        "particles": (
            tr("more small spoken words (“just”, “actually”) than you use ({count} in "
               "{words} words here, {usual} in your own texts)"),
            tr("fewer small spoken words (“just”, “actually”) than you use: it sounds "
               "less like talking ({count} in {words} words here, {usual} in your own "
               "texts)")),
        "contractions": (
            tr("more spoken shortenings (“’t”, “m’n”) than you use ({count} in {words} "
               "words here, {usual} in your own texts)"),
            tr("fewer spoken shortenings (“’t”, “m’n”) than you use ({count} in {words} "
               "words here, {usual} in your own texts)")),
        "conjunction_starts": (
            tr("more sentences opening with “And”, “But” or “So” than yours ({here} of "
               "the sentences here, {usual} in your own texts)"),
            tr("fewer sentences opening with “And”, “But” or “So” than yours ({here} of "
               "the sentences here, {usual} in your own texts)")),
        "long_words": (
            tr("more very long words (13 letters or more) than you use ({count} in "
               "{words} words here, {usual} in your own texts)"),
            tr("fewer very long words (13 letters or more) than you use ({count} in "
               "{words} words here, {usual} in your own texts)")),
    }


def about_paragraph(message: str) -> bool:
    """Whether a voice.drift finding speaks of one paragraph rather than the whole draft (its
    message remembers the English sentence it was made from)."""
    return getattr(message, "msgid", "").startswith("This paragraph does not sound")
