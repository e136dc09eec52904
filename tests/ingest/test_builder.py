"""The builder's whitespace cleaning: the fast paths give what the plain definition gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from brandregie.ingest.builder import clean_text

_ALPHABET = st.sampled_from(
    ["a", "b", "é", " ", "  ", "\t", "\n", "\r", "\r\n", "\v", "\f", "\x00", "\x1f", "\x7f",
     "\u00a0", "\u2009", "\u200b", "\u202f", "\u3000", "\ufeff", "’", "🍞"])


def _plain(text: str) -> str:
    """The definition: line ends unified, control characters dropped, runs of spaces one
    space, spaces around line breaks and blank lines gone, trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\u200b]", "", text)
    text = re.sub(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", text)
    text = re.sub(r" *\n[ \n]*", "\n", text)
    return text.strip()


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_clean_text_is_the_plain_definition(text: str) -> None:
    assert clean_text(text) == _plain(text)


def test_clean_text_collapses_spaces_and_keeps_line_breaks() -> None:
    assert clean_text("  Vers  brood\t \u00a0uit de\r\n  oven \n\n\nvan\x00daag ") == \
        "Vers brood uit de\noven\nvandaag"
