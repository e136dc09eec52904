"""The language of a draft (Dutch or English), detected from its text.

lingua, restricted to Dutch and English, with its models loaded when it is built: about 0.4 s
and 100 MB once, then a few milliseconds for a page of text (loaded lazily instead, the first
long text paid 0.1 s, holding Python's lock). simplemma's detector took 0.6 s to load and was
less sure on short texts. The detector runs in the reader process, next to the reader: the
process server builds it once (:mod:`brandregie.ingest.preload`) and every read is a fork of
that server, so no read pays for it and the app's own process never loads it. Its time grows
with the text, so long texts are sampled: the opening and a stretch from the middle, 3,000
characters in all, decide the language as well as a whole book does.
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
_lock = threading.Lock()


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return (LanguageDetectorBuilder.from_languages(Language.DUTCH, Language.ENGLISH)
            .with_preloaded_language_models().build())


def preload() -> None:
    """Build the detector now (the reader's process server does, before it forks)."""
    _detector()


def detect_language(text: str) -> str | None:
    """``"nl"``, ``"en"``, or ``None`` when there is too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(text) > SAMPLE_CHARS + MIDDLE_CHARS:
        middle = len(text) // 2
        sample += " " + text[middle:middle + MIDDLE_CHARS]
    if len(_LETTERS.findall(sample[:2000])) < MIN_LETTERS:
        return None
    with _lock:
        detector = _detector()
        language = detector.detect_language_of(sample)
    if language is None:
        return None
    code: str = language.iso_code_639_1.name.lower()
    return code
