"""The language of a draft (Dutch or English), detected from its text.

First a cheap vote that needs no model: words that are frequent in one language and not words
of the other ("het", "een", "niet" against "the", "and", "with") and letter pairs typical of
each ("ij", "oe", "sch" against "th", "wh", "ing"). It decides a paragraph of ordinary prose in
well under a millisecond, and says nothing when the vote is close or the text has few such
words (a list of product names, a mixed text). Only then is lingua asked, restricted to Dutch
and English: about 0.4 s and 100 MB to load its models, then a few milliseconds for a page.
The reader's process server builds lingua once before it forks
(:mod:`brandregie.ingest.preload`), so the app's reads never pay for it; a reader forked
straight from the command line loads it only for such an unclear text. Its time grows with the
text, so long texts are sampled: the opening and a stretch from the middle, 3,000 characters in
all, decide the language as well as a whole book does.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import Any

SAMPLE_CHARS = 2_000
MIDDLE_CHARS = 1_000
MIN_LETTERS = 12
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_WORDS = re.compile(r"[^\W\d_]+")
_lock = threading.Lock()



def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Frequent words of one language that are not words of the other.
_FUNCTION_WORDS = {
    "nl": _words("""
        de het een en van niet zijn wordt worden heeft hebben kunnen zal zullen ook naar
        aan dan nog uit door wat wij jij jullie ons onze jouw deze dit waren hoe waar wie
        geen meer veel zo tot na onder nu wel want omdat dus mijn mij jou zich iets heel
        echt elke elk alle bij voor met maar als dat die er te om ze zij hij ik je u kan
        al"""),
    "en": _words("""
        the and to that for it with as on be are were this by you your our at or from
        have has not will can they their he she his its which who what when where how all
        more about but if than so do does into out up would could should there these those
        been being very every each my i an"""),
}
#: Letter pairs and triples much more common in one language than in the other.
_LETTER_CUES = {
    "nl": re.compile(r"ij|oe|aa|uu|ui|sch|cht|eeu|ieu"),
    "en": re.compile(r"th|wh|sh|ing\b|ck|ea|ly\b|ght"),
}
#: The cheap vote decides with at least this many function words, and this lead.
QUICK_MIN_WORDS = 4
QUICK_LEAD = 3.0


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return (LanguageDetectorBuilder.from_languages(Language.DUTCH, Language.ENGLISH)
            .with_preloaded_language_models().build())


def preload() -> None:
    """Build the detector now (the reader's process server does, before it forks)."""
    _detector()


def quick_language(sample: str) -> str | None:
    """``"nl"`` or ``"en"`` when function words and letter statistics agree clearly, else
    ``None`` (ask the model)."""
    lowered = sample.lower()
    votes = {"nl": 0, "en": 0}
    for word in _WORDS.findall(lowered):
        for lang, words in _FUNCTION_WORDS.items():
            if word in words:
                votes[lang] += 1
    leader, other = ("nl", "en") if votes["nl"] >= votes["en"] else ("en", "nl")
    if votes[leader] < QUICK_MIN_WORDS or votes[leader] < QUICK_LEAD * votes[other]:
        return None
    cues = {lang: len(pattern.findall(lowered)) for lang, pattern in _LETTER_CUES.items()}
    letters = max(1, len(lowered))
    # the letter statistics must not speak against the words (per 100 characters)
    if (cues[other] - cues[leader]) * 100 / letters > 1.0:
        return None
    return leader


def detect_language(text: str) -> str | None:
    """``"nl"``, ``"en"``, or ``None`` when there is too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(text) > SAMPLE_CHARS + MIDDLE_CHARS:
        middle = len(text) // 2
        sample += " " + text[middle:middle + MIDDLE_CHARS]
    if len(_LETTERS.findall(sample[:2000])) < MIN_LETTERS:
        return None
    quick = quick_language(sample)
    if quick is not None:
        return quick
    with _lock:
        detector = _detector()
        language = detector.detect_language_of(sample)
    if language is None:
        return None
    code: str = language.iso_code_639_1.name.lower()
    return code
