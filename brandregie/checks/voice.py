"""The owner's voice: explainable style features of their own texts, and how far a text drifts.

A :class:`Tally` counts what a stretch of text does (sentence and word length, ``ik`` against
``wij``, questions, superlatives, passive voice, nouns made of verbs, ...). A
:class:`VoiceProfile` holds, for each feature, the owner's value over all their own texts and
its spread between those texts. :func:`compare` says how far a draft or a paragraph lies from
that, per feature, as a z-score whose spread also allows for the chance variation of a short
text (a paragraph of 40 words with one superlative is no evidence; ten in 300 words is): counts
per 100 words vary as a Poisson count, shares of sentences as a binomial, means by their
within-text spread over the units counted. The distance is the root mean square of the
(capped) z-scores; the features with the largest z-scores say in words what differs.

Everything is plain counting with the lemmatiser the checks already load (no tagger, no model),
so building a voice from five texts and reading a 1,000-word draft take milliseconds.
Adjectives and imperatives are found by word form, not by a part-of-speech tagger: they are
estimates, and the messages say "about".
"""

from __future__ import annotations

import math
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from brandregie.checks.language import LanguageTools, detect_language, tools
from brandregie.checks.rules.tone import EMOJI
from brandregie.checks.text import Segment, is_heading, segments
from brandregie.checks.voice_norms import POPULATION, WEIGHTS, WITHIN
from brandregie.ingest.document import Document
from brandregie.ingest.formats.text import split_paragraphs


class Kind(Enum):
    """How a feature is measured, which decides how it varies by chance."""

    RATE = "per 100 words"
    SHARE = "share of sentences"
    MEAN = "mean"


@dataclass(frozen=True, slots=True)
class Feature:
    name: str
    kind: Kind
    #: The least chance variation assumed (a rate per 100 words, a share, a mean's unit):
    #: an owner who never uses a superlative still may, now and then.
    floor: float
    #: Whether a paragraph alone says anything about it (paragraph length does not).
    per_paragraph: bool = True


FEATURES: tuple[Feature, ...] = (
    Feature("sentence_length", Kind.MEAN, 1.5),
    Feature("sentence_spread", Kind.MEAN, 1.5, per_paragraph=False),
    Feature("word_length", Kind.MEAN, 0.15),
    Feature("first_singular", Kind.RATE, 0.4),
    Feature("first_plural", Kind.RATE, 0.4),
    Feature("address", Kind.RATE, 0.4),
    Feature("questions", Kind.SHARE, 0.04),
    Feature("imperatives", Kind.SHARE, 0.04),
    Feature("exclamations", Kind.SHARE, 0.04),
    Feature("superlatives", Kind.RATE, 0.3),
    Feature("passive", Kind.SHARE, 0.04),
    Feature("nominalisations", Kind.RATE, 0.5),
    Feature("adjectives", Kind.RATE, 0.8),
    Feature("loanwords", Kind.RATE, 0.3),
    Feature("numbers", Kind.RATE, 0.3),
    Feature("emoji", Kind.RATE, 0.2),
    Feature("paragraph_length", Kind.MEAN, 5.0, per_paragraph=False),
    Feature("commas", Kind.RATE, 0.5),
    Feature("brackets", Kind.RATE, 0.2),
    Feature("colons", Kind.RATE, 0.2),
    Feature("dashes", Kind.RATE, 0.2),
    Feature("particles", Kind.RATE, 0.4),
    Feature("contractions", Kind.RATE, 0.2),
    Feature("conjunction_starts", Kind.SHARE, 0.04),
    Feature("long_words", Kind.RATE, 0.4),
)
BY_NAME = {f.name: f for f in FEATURES}

def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FIRST_SINGULAR = {"nl": _set("ik mij me mijn m'n mezelf mijzelf"),
                   "en": _set("i me my mine myself i'm i've i'd i'll")}
_FIRST_PLURAL = {"nl": _set("wij we ons onze onszelf"),
                 "en": _set("we us our ours ourselves we're we've we'll")}
_ADDRESS = {"nl": _set("je jij jou jouw jezelf u uw jullie"),
            "en": _set("you your yours yourself yourselves you're you'll you've")}
_INTENSIFIERS = {
    "nl": _set("""
        zeer heel erg echt enorm enorme super uiterst ontzettend ontzettende bijzonder
        bijzondere ongelooflijk ongelooflijke ongelofelijk fantastisch fantastische geweldig
        geweldige uniek unieke optimaal optimale perfect perfecte ultiem ultieme prachtig
        prachtige absoluut absolute werkelijk hoogwaardig hoogwaardige toonaangevend
        toonaangevende exclusief exclusieve onvergetelijk onvergetelijke ideaal ideale
        beste best meeste meest minste liefste topkwaliteit"""),
    "en": _set("""
        very really extremely incredibly truly amazing awesome unique perfect ultimate
        outstanding exceptional unparalleled unrivalled unrivaled seamless premium
        best most finest greatest leading world-class incredible fantastic"""),
}
#: Ordinals and words that end like a superlative and are none.
_NOT_SUPERLATIVE = _set("laatste eerste juiste vaste beste")
_PASSIVE_AUX = {"nl": _set("word wordt worden werd werden"),
                "en": _set("is are was were be been being")}
_PARTICIPLE_PREFIX = ("ge", "be", "ver", "ont", "her", "er")
_EN_IRREGULAR = _set("""made done built given taken known seen written sent found held kept
    brought chosen driven grown shown told paid sold led made run put set cut""")
_NOMINAL = {"nl": ("ing", "ingen", "heid", "heden", "atie", "aties", "tie", "ties", "iteit",
                   "iteiten", "isme", "schap", "schappen", "ment"),
            "en": ("tion", "tions", "ment", "ments", "ness", "ity", "ities", "ance", "ence")}
_ADJECTIVE = {"nl": ("ig", "ige", "lijk", "lijke", "isch", "ische", "baar", "bare", "zaam",
                     "zame", "loos", "loze", "vol", "volle", "ief", "ieve", "eel", "ele"),
              "en": ("ful", "ous", "ive", "able", "ible", "ical", "less", "ish", "ant", "ent")}
#: Small words of speech that polished copy drops ("dat is gewoon zo", "well, actually").
_PARTICLES = {"nl": _set("wel toch maar even eens nou hoor gewoon eigenlijk natuurlijk dus zeg "
                         "best echt zo'n ja nee misschien trouwens"),
              "en": _set("just actually really well so pretty quite anyway basically maybe "
                         "though yeah okay ok")}
#: Spoken shortenings: "'t", "m'n", "zo'n"; "don't", "I'm".
_CONTRACTED = {"nl": _set("t n s m'n z'n d'r zo'n da's 'k"), "en": _set("")}
_CONJUNCTIONS = {"nl": _set("en maar dus want of ook"), "en": _set("and but so or because yet")}
_COMMA = re.compile(r",(?=\s|$)")
_COLON = re.compile(r"[:;](?=\s|$)")
_DASH = re.compile(r"\s[-–—]\s|—")
_EN_IMPERATIVE = _set("""discover find get try call order book visit contact join learn
    read see take make let check explore choose start come give send ask buy shop sign
    download click enjoy use keep add do don't remember imagine meet follow subscribe
    register share tell go look""")


@dataclass
class Tally:
    """Counts of one stretch of text (a paragraph, a draft, an own text)."""

    lang: str
    words: int = 0
    letters: int = 0
    letters_sq: int = 0
    sentences: int = 0
    sentence_words_sq: int = 0
    paragraphs: int = 0
    paragraph_words_sq: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def count(self, name: str, n: int = 1) -> None:
        if n:
            self.counts[name] = self.counts.get(name, 0) + n

    def merge(self, other: Tally) -> None:
        self.words += other.words
        self.letters += other.letters
        self.letters_sq += other.letters_sq
        self.sentences += other.sentences
        self.sentence_words_sq += other.sentence_words_sq
        self.paragraphs += other.paragraphs
        self.paragraph_words_sq += other.paragraph_words_sq
        for name, n in other.counts.items():
            self.count(name, n)

    # -- reading ---------------------------------------------------------------------------

    def add(self, segment: Segment, helper: LanguageTools) -> None:
        """Count ``segment`` (one paragraph, or a slice of a long one); headings are skipped."""
        if is_heading(segment) or not segment.words:
            return
        lang = self.lang
        words = segment.words
        self.paragraphs += 1
        self.paragraph_words_sq += len(words) ** 2
        self.words += len(words)
        found = [0] * len(_WORD_FEATURES)
        cache = _WORD_CACHE[lang]
        for word in words:
            self.letters += len(word)
            self.letters_sq += len(word) ** 2
            flags = cache.get(word)
            if flags is None:
                flags = _word_flags(word, lang, helper)
                if len(cache) > _WORD_CACHE_MAX:  # a hostile text of endless distinct words
                    cache.clear()
                cache[word] = flags
            if flags:
                for bit in range(len(_WORD_FEATURES)):
                    if flags >> bit & 1:
                        found[bit] += 1
        for name, n in zip(_WORD_FEATURES, found, strict=True):
            self.count(name, n)
        text = segment.text
        self.count("emoji", len(EMOJI.findall(text)))
        self.count("commas", len(_COMMA.findall(text)))
        self.count("brackets", text.count("("))
        self.count("colons", len(_COLON.findall(text)))
        self.count("dashes", len(_DASH.findall(text)))
        for sentence in segment.sentences:
            n = sentence.words
            if not n:
                continue
            self.sentences += 1
            self.sentence_words_sq += n * n
            tail = text[sentence.start:sentence.end].rstrip(" \"'”’»)]")
            if tail.endswith("?"):
                self.count("questions")
            elif tail.endswith("!"):
                self.count("exclamations")
            own = words[sentence.first:sentence.stop]
            if own[0] in _CONJUNCTIONS[lang]:
                self.count("conjunction_starts")
            if not tail.endswith("?") and _imperative(own[0], lang, helper):
                self.count("imperatives")
            if _passive(own, lang, helper):
                self.count("passive")

    # -- the features --------------------------------------------------------------------

    def value(self, name: str) -> float | None:
        """The feature's value, or ``None`` when this stretch has nothing to measure it by."""
        feature = BY_NAME[name]
        if feature.kind is Kind.RATE:
            return 100.0 * self.counts.get(name, 0) / self.words if self.words else None
        if feature.kind is Kind.SHARE:
            return self.counts.get(name, 0) / self.sentences if self.sentences else None
        if name == "sentence_length":
            return self.words / self.sentences if self.sentences else None
        if name == "sentence_spread":
            return _sd(self.words, self.sentence_words_sq, self.sentences)
        if name == "word_length":
            return self.letters / self.words if self.words else None
        if name == "paragraph_length":
            return self.words / self.paragraphs if self.paragraphs else None
        raise KeyError(name)

    def units(self, name: str) -> int:
        """How many units the feature's value is averaged over (its chance variation)."""
        if name in ("sentence_length", "sentence_spread") or BY_NAME[name].kind is Kind.SHARE:
            return self.sentences
        if name == "paragraph_length":
            return self.paragraphs
        return self.words


#: The features a word has on its own, worked out once per distinct word (a bit each).
_WORD_FEATURES = ("first_singular", "first_plural", "address", "numbers", "superlatives",
                  "nominalisations", "adjectives", "loanwords", "particles", "contractions",
                  "long_words")
_WORD_CACHE: dict[str, dict[str, int]] = {"nl": {}, "en": {}}
_WORD_CACHE_MAX = 200_000


def _word_flags(word: str, lang: str, helper: LanguageTools) -> int:
    has = (word in _FIRST_SINGULAR[lang], word in _FIRST_PLURAL[lang], word in _ADDRESS[lang],
           any(c.isdigit() for c in word), _superlative(word, lang, helper),
           len(word) >= 7 and word.endswith(_NOMINAL[lang]),
           len(word) >= 5 and word.endswith(_ADJECTIVE[lang]),
           lang == "nl" and _loanword(word, helper), word in _PARTICLES[lang],
           word in _CONTRACTED[lang] or (lang == "en" and ("'" in word or "’" in word)),
           len(word) >= 13 and word.isalpha())
    return sum(1 << bit for bit, yes in enumerate(has) if yes)


def _sd(total: float, squares: float, n: int) -> float | None:
    if n < 2:
        return None
    mean = total / n
    return math.sqrt(max(0.0, squares / n - mean * mean) * n / (n - 1))


def _superlative(word: str, lang: str, helper: LanguageTools) -> bool:
    if word in _INTENSIFIERS[lang]:
        return True
    if lang == "nl":
        if word.startswith("aller") and len(word) > 7:
            return True
        if not word.endswith("ste") or len(word) < 6 or word in _NOT_SUPERLATIVE:
            return False
        lemma = helper.lemma(word)
        return lemma != word and word in (lemma + "ste", lemma + "ste".lstrip("s"))
    if not word.endswith("est") or len(word) < 6:
        return False
    lemma = helper.lemma(word)
    return lemma != word and word.startswith(lemma[:3])


def _loanword(word: str, helper: LanguageTools) -> bool:
    """An English word in a Dutch text: unknown to the Dutch lemmatiser, known to the English."""
    if len(word) < 4 or not word.isascii() or not word.isalpha() or helper.known(word):
        return False
    return tools("en").known(word)


def _imperative(first: str, lang: str, helper: LanguageTools) -> bool:
    if lang != "nl":
        return first in _EN_IMPERATIVE
    if first in helper.stopwords or len(first) < 2 or not first.isalpha():
        return False
    lemma = helper.lemma(first)
    if lemma != first and lemma.endswith("en") and lemma.startswith(first[:2]) \
            and 0 < len(lemma) - len(first) <= 3:
        return True
    # "bestel": the lemmatiser keeps the stem; its infinitive is a word of its own
    return any(helper.known(form) and helper.lemma(form) == form
               for form in (first + first[-1] + "en", first + "en"))


def _passive(words: Sequence[str], lang: str, helper: LanguageTools) -> bool:
    """A form of "worden" with a participle after it in the sentence (English: a form of "be"
    with one within three words). One pass, however long the sentence."""
    aux = _PASSIVE_AUX[lang]
    reach = len(words) if lang == "nl" else 3
    last_aux = -1
    for index, word in enumerate(words):
        if word in aux:
            last_aux = index
        elif last_aux >= 0 and index - last_aux <= reach and _participle(word, lang, helper):
            return True
    return False


def _participle(word: str, lang: str, helper: LanguageTools) -> bool:
    if lang != "nl":
        return (len(word) > 4 and word.endswith("ed")) or word in _EN_IRREGULAR
    if len(word) < 5 or not word.startswith(_PARTICIPLE_PREFIX) \
            or not word.endswith(("d", "t", "en")):
        return False
    lemma = helper.lemma(word)
    return lemma != word and lemma.endswith("en")


def tally_text(text: str, lang: str) -> Tally:
    """The counts of a plain text (an own text as pasted: paragraphs at blank lines)."""
    document = Document.from_paragraphs("", split_paragraphs(text))
    return tally_document(document, lang)


def tally_document(document: Document, lang: str) -> Tally:
    tally = Tally(lang)
    helper = tools(lang)
    for segment in segments(document):
        tally.add(segment, helper)
    return tally


# -- the owner's voice ---------------------------------------------------------------------

#: Fewer own words than this teach no voice: the rule stays silent.
MIN_OWN_WORDS = 150
#: Three to five own texts say little about a feature's spread: the owner's spread is taken
#: together with the spread a writer usually has between texts (``voice_norms.WITHIN``), counted
#: as this many texts more.
PRIOR_TEXTS = 1
#: How much of a text's distance from writing in general is taken off its distance from the
#: owner: a text that is unusual for everyone is less telling about this owner
#: (``voice_norms.POPULATION``; chosen on the development writers, bench/voice/README.md).
TYPICAL = 0.5
#: Every feature counts a little in the distance, also one that barely tells writers apart:
#: superlatives and passive voice are what an agency adds.
WEIGHT_FLOOR = 0.05


@dataclass(frozen=True, slots=True)
class Usual:
    """One feature in the owner's texts: the value over all of them and its spread."""

    value: float
    spread: float
    #: The spread of the unit it is averaged over (a sentence's length, a word's), for means.
    unit_spread: float = 0.0


@dataclass(frozen=True, slots=True)
class VoiceProfile:
    lang: str
    texts: int
    words: int
    usual: dict[str, Usual]


@dataclass(frozen=True, slots=True)
class Deviation:
    """How one feature of a text compares with the owner's: here, usually, and the z-score."""

    feature: str
    here: float
    usual: float
    z: float
    count: int
    #: The same difference from writing in general (``voice_norms.POPULATION``).
    typical: float = 0.0


def build_voice(texts: Iterable[str], lang: str) -> VoiceProfile | None:
    """The owner's voice in ``lang`` from their texts in that language; ``None`` when there is
    too little of it."""
    tallies = [t for t in (tally_text(text, lang) for text in texts) if t.words]
    return voice_of(tallies, lang)


def voice_of(tallies: Sequence[Tally], lang: str) -> VoiceProfile | None:
    pooled = Tally(lang)
    for tally in tallies:
        pooled.merge(tally)
    if pooled.words < MIN_OWN_WORDS:
        return None
    usual: dict[str, Usual] = {}
    prior = WITHIN.get(lang, {})
    for feature in FEATURES:
        value = pooled.value(feature.name)
        if value is None:
            continue
        values = [v for v in (t.value(feature.name) for t in tallies) if v is not None]
        spread = _sd(sum(values), sum(v * v for v in values), len(values)) or 0.0
        if feature.name in prior:
            seen = max(len(values) - 1, 0)
            spread = math.sqrt((PRIOR_TEXTS * prior[feature.name] ** 2 + seen * spread ** 2)
                               / (PRIOR_TEXTS + seen))
        unit = 0.0
        if feature.name in ("sentence_length", "sentence_spread"):
            unit = _sd(pooled.words, pooled.sentence_words_sq, pooled.sentences) or 0.0
        elif feature.name == "word_length":
            unit = _sd(pooled.letters, pooled.letters_sq, pooled.words) or 0.0
        elif feature.name == "paragraph_length":
            unit = _sd(pooled.words, pooled.paragraph_words_sq, pooled.paragraphs) or 0.0
        usual[feature.name] = Usual(value, spread, unit)
    return VoiceProfile(lang, len(tallies), pooled.words, usual)


#: A z-score counts for at most this much in the distance: one odd feature is not a voice.
Z_CAP = 5.0


def compare(voice: VoiceProfile, tally: Tally, *, paragraph: bool = False) -> list[Deviation]:
    """Every feature of ``tally`` against the owner's, largest difference first."""
    found: list[Deviation] = []
    for feature in FEATURES:
        if paragraph and not feature.per_paragraph:
            continue
        usual = voice.usual.get(feature.name)
        here = tally.value(feature.name)
        units = tally.units(feature.name)
        if usual is None or here is None or units == 0:
            continue
        if feature.name == "sentence_spread" and units < 4:
            continue
        chance = _chance(feature, usual, units)
        sd = math.sqrt(usual.spread ** 2 + chance ** 2)
        z = (here - usual.value) / sd if sd else 0.0
        typical = 0.0
        norm = POPULATION.get(voice.lang, {}).get(feature.name)
        if norm is not None:
            mean, spread = norm
            chance = _chance(feature, Usual(mean, spread, usual.unit_spread), units)
            sd = math.sqrt(spread ** 2 + chance ** 2)
            typical = (here - mean) / sd if sd else 0.0
        found.append(Deviation(feature.name, here, usual.value, z,
                               tally.counts.get(feature.name, 0), typical))
    found.sort(key=lambda d: abs(d.z), reverse=True)
    return found


def _chance(feature: Feature, usual: Usual, units: int) -> float:
    """How much the feature varies by chance over ``units`` (words, sentences, paragraphs)."""
    if feature.kind is Kind.RATE:
        return math.sqrt(100.0 * max(usual.value, feature.floor) / units)
    if feature.kind is Kind.SHARE:
        p = min(max(usual.value, feature.floor), 1 - feature.floor)
        return math.sqrt(p * (1 - p) / units)
    return max(usual.unit_spread / math.sqrt(units), feature.floor / math.sqrt(units))


def distance(deviations: Sequence[Deviation]) -> float:
    """How far a text lies from the owner's voice: the weighted mean square of the capped
    z-scores, less a part of the same for writing in general, as a root (0 when it is nearer
    the owner than to writing in general). About 1 is an ordinary own text; 2 is far.

    The weights (``voice_norms.WEIGHTS``) are how much more a feature varies between writers
    than between one writer's texts, measured on the development writers of bench/voice."""
    total = weight = 0.0
    for d in deviations:
        w = WEIGHTS.get(d.feature, 0.0) + WEIGHT_FLOOR
        total += w * (min(abs(d.z), Z_CAP) ** 2 - TYPICAL * min(abs(d.typical), Z_CAP) ** 2)
        weight += w
    return math.sqrt(max(total / weight, 0.0)) if weight else 0.0


_VOICES: OrderedDict[tuple[str, tuple[str, ...]], VoiceProfile | None] = OrderedDict()
_VOICES_LOCK = threading.Lock()
_VOICES_KEPT = 8


def own_voice(texts: Sequence[str], lang: str) -> VoiceProfile | None:
    """The voice of the owner's texts written in ``lang`` (others are left out), kept between
    checks: a second draft against the same profile does not read the own texts again."""
    mine = tuple(t for t in texts if t.strip() and detect_language(t, lang) == lang)
    key = (lang, mine)
    with _VOICES_LOCK:
        if key in _VOICES:
            _VOICES.move_to_end(key)
            return _VOICES[key]
    voice = build_voice(mine, lang)
    with _VOICES_LOCK:
        _VOICES[key] = voice
        while len(_VOICES) > _VOICES_KEPT:
            _VOICES.popitem(last=False)
    return voice
