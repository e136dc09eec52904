"""The language of a draft (Dutch or English), detected from its text.

lingua, restricted to Dutch and English, measured here: about 60 ms to build, 40 ms for a
page of text, some 100 MB of memory; simplemma's detector took 0.6 s to load and was less
sure on short texts. The detector is built lazily, once per process, in the calling process
(never in the sandboxed reader, which would pay the load on every file). Its time grows with
the text, so long texts are sampled: the opening and a stretch from the middle, 3,000
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

    return LanguageDetectorBuilder.from_languages(Language.DUTCH, Language.ENGLISH).build()


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
