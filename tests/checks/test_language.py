"""Word keys: how a word in a draft and a listed term meet, whatever their form."""

from __future__ import annotations

import pytest

from brandregie.checks.language import detect_language, tools


@pytest.mark.parametrize(("word", "key"), [
    ("goedkope", "goedkoop"), ("goedkoper", "goedkoop"), ("salarissen", "salaris"),
    ("ontzorgt", "ontzorgen"), ("ontzorgd", "ontzorgen"), ("gebakken", "bakken"),
    ("medewerkers", "medewerker")])
def test_dutch_forms_share_a_key_with_their_lemma(word: str, key: str) -> None:
    assert key in tools("nl").keys(word)


@pytest.mark.parametrize(("first", "second"), [
    ("stakeholders", "stakeholder"), ("boosten", "geboost"), ("sparren", "gespard"),
    ("challenges", "challenge")])
def test_loanwords_in_dutch_forms_meet(first: str, second: str) -> None:
    nl = tools("nl")
    assert nl.keys(first) & nl.keys(second)
    assert not nl.keys(first) & nl.keys("vaardigheden")


def test_english_forms_share_a_key() -> None:
    en = tools("en")
    assert en.keys("pumps") & en.keys("pump")
    assert en.keys("leveraging") & en.keys("leverage")


def test_syllables_come_from_hyphenation() -> None:
    nl = tools("nl")
    assert [nl.syllables(w) for w in ("brood", "bakker", "ontzorgen", "ingrediënten")] == [
        1, 2, 3, 5]
    assert nl.syllable_total(["brood", "bakker"]) == 3


def test_detection_falls_back_to_the_brands_language() -> None:
    assert detect_language("12345 67890", "en") == "en"
    assert detect_language("", "nl") == "nl"
    assert detect_language("De bakker bakt het brood voor de buurt.", "en") == "nl"
