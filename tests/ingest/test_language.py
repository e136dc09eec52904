"""Draft language: the cheap vote decides ordinary prose as lingua does, and leaves the rest.

The vote (function words and letter statistics) spares a reader the 0.4 s and 100 MB of
lingua's models; it must never decide differently from lingua where it decides at all.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from brandregie.ingest.language import _detector, detect_language, quick_language

CORPUS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "corpus").glob("*.txt"))


def lingua(text: str) -> str | None:
    found = _detector().detect_language_of(text)
    return None if found is None else found.iso_code_639_1.name.lower()


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_the_vote_agrees_with_lingua_on_every_paragraph_it_decides(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = path.name.split(".")[-2]
    assert quick_language(text[:3000]) == expected
    for paragraph in text.split("\n\n"):
        decided = quick_language(paragraph)
        if decided is not None:
            assert decided == lingua(paragraph), paragraph


def test_the_vote_leaves_unclear_text_to_lingua() -> None:
    assert quick_language("Bakkerij Korenaar, Zuurdesem, Croissant, Speltbrood") is None
    assert quick_language("Wij bakken bread") is None
    mixed = ("The team is great and we love it. Het team is geweldig en we houden ervan. "
             "Our bakers work at night. Onze bakkers werken 's nachts.")
    assert quick_language(mixed) is None
    assert detect_language(mixed) in ("nl", "en")  # lingua decides


def test_a_paragraph_of_dutch_is_read_without_loading_lingua() -> None:
    code = ("import sys; from brandregie.ingest.language import detect_language; "
            "print(detect_language('Bij Bakkerij Korenaar bakken we elke ochtend vers brood met "
            "meel van de molen om de hoek. Kom langs in een van onze winkels en proef het "
            "verschil.'), 'lingua' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.split() == ["nl", "False"]
