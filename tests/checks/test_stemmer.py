"""The Snowball stemmer in C (PyStemmer) stems every word exactly as the pure-Python one does.

``snowballstemmer`` hands its work to PyStemmer when that is installed (a dependency since
issue #16: importing the pure-Python stemmers of 34 languages cost each ``check`` about 15 ms,
and stemming in Python is slower), and falls back to its own Python code where it is not. A
word stemmed differently would change findings, so both are held to the same stems on every
word of the judged corpus and the test drafts.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import snowballstemmer
from snowballstemmer.dutch_stemmer import DutchStemmer
from snowballstemmer.english_stemmer import EnglishStemmer

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [*(ROOT / "bench" / "corpus" / "texts").rglob("*.txt"),
         *(ROOT / "tests" / "fixtures" / "corpus").glob("*.txt")]


def _words() -> list[str]:
    words: set[str] = set()
    for path in TEXTS:
        words.update(w.lower() for w in re.findall(r"[^\W\d_]+", path.read_text("utf-8")))
    return sorted(words)


def test_the_c_stemmer_is_the_one_used() -> None:
    pytest.importorskip("Stemmer")
    assert type(snowballstemmer.stemmer("dutch")).__module__ == "Stemmer"


@pytest.mark.parametrize(("name", "python"), [("dutch", DutchStemmer),
                                              ("english", EnglishStemmer)])
def test_every_word_stems_as_in_python(name: str, python: type) -> None:
    words = _words()
    assert len(words) > 3_000  # the corpus is there: no vacuous pass
    assert snowballstemmer.stemmer(name).stemWords(words) == python().stemWords(words)
