"""The word table looked up in place answers as the dictionary it was made from."""

from __future__ import annotations

import pytest

from brandregie.checks import wordtable
from brandregie.checks.wordtable import WordTable, table_bytes

WORDS = {b"huizen": b"huis", b"liep": b"lopen", "geïmplementeerd".encode():
         b"implementeren", b"a": b"a", "één".encode(): "één".encode()}
WORDS.update({f"woord{n}".encode(): f"lemma{n % 7}".encode() for n in range(3_000)})
ASKED = [*WORDS, b"", b"huize", b"huizenx", b"woord", "ë".encode(), b"lemma1", b"x" * 300]


def test_lookups_in_place_answer_as_the_dictionary() -> None:
    table = WordTable(table_bytes(WORDS))
    assert len(table) == len(WORDS)
    assert [table.get(k) for k in ASKED] == [WORDS.get(k) for k in ASKED]
    assert [k in table for k in ASKED] == [k in WORDS for k in ASKED]
    assert table.get(b"zzz", b"none") == b"none"
    assert dict(zip(table, map(table.get, table), strict=True)) == WORDS


def test_a_long_text_turns_the_table_into_a_dictionary(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    monkeypatch.setattr(wordtable, "LOOKUPS_BEFORE_DICT", 100)
    table = WordTable(table_bytes(WORDS))
    answers = [table.get(k) for k in ASKED * 3]
    assert answers == [WORDS.get(k) for k in ASKED * 3]
    assert table.as_dict() == WORDS


def test_an_empty_table_answers_nothing() -> None:
    table = WordTable(table_bytes({}))
    assert table.get(b"huis") is None and len(table) == 0 and list(table) == []


@pytest.mark.parametrize("cut", [0, 10, 100, -1])
def test_a_damaged_table_is_refused(cut: int) -> None:
    blob = table_bytes(WORDS)
    with pytest.raises(ValueError):
        WordTable(blob[:cut])
    with pytest.raises(ValueError):
        WordTable(b"not a table" + blob[11:])
