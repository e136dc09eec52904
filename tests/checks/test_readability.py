"""readability.*: long sentences and a text harder than the brand's reading level."""

from __future__ import annotations

import pytest

from brandregie.checks import Severity
from brandregie.checks.rules.readability import level_of, reading_ease
from brandregie.profile.schema import Brand
from tests.checks.conftest import Checker, rules, with_changes

EASY = ("We bakken elke dag vers brood. Dat doen we met de hand. Je proeft het verschil. "
        "Kom gerust langs in de winkel. De koffie staat klaar. We zien je graag. ") * 3
HARD = ("De implementatie van geïntegreerde kwaliteitsmanagementsystemen binnen "
        "ambachtelijke productieomgevingen vereist organisatiebrede afstemming tussen "
        "verschillende functionele disciplines. Daarnaast impliceert de toenemende "
        "complexiteit van regelgeving aanzienlijke administratieve verplichtingen voor "
        "middelgrote ondernemingen. ") * 3


def test_flesch_douma_and_flesch_formulas() -> None:
    assert reading_ease("nl", 100, 10, 150) == pytest.approx(206.84 - 115.5 - 9.3)
    assert reading_ease("en", 100, 10, 150) == pytest.approx(206.835 - 10.15 - 126.9)
    assert reading_ease("nl", 0, 0, 0) is None


@pytest.mark.parametrize(("ease", "level"), [(90, "A2"), (75, "A2"), (70, "B1"), (55, "B2"),
                                             (40, "C1"), (10, "C2")])
def test_reading_levels(ease: float, level: str) -> None:
    assert level_of(ease) == level


def test_easy_text_passes_the_reading_level(check: Checker) -> None:
    report = check(EASY)
    assert rules(report, "readability.level") == []
    assert report.stats.reading_level in ("A2", "B1")


def test_hard_text_is_above_the_brands_level(check: Checker) -> None:
    report = check(EASY, HARD)
    finding = next(f for f in report.findings if f.rule == "readability.level")
    assert finding.severity is Severity.WARNING
    assert "Flesch-Douma" in finding.message and "B1" in finding.message
    assert finding.location.paragraph == 2  # the hardest paragraph


MEDIUM = ("Wij werken met meel van een lokale molen, zodat we precies weten waar onze "
          "grondstoffen vandaan komen en hoe ze verwerkt worden. Ook kiezen we bewust voor "
          "seizoensproducten die in de regio geteeld worden. ") * 3


def test_the_brands_own_level_decides(sample_brand: Brand, check: Checker) -> None:
    level = check(MEDIUM).stats.reading_level
    assert level in ("B1", "B2")
    lower = "A2" if level == "B1" else "B1"
    for target, findings in ((level, 0), (lower, 1)):
        brand = with_changes(sample_brand, character={"reading_level": target})
        assert len(rules(check(MEDIUM, brand=brand), "readability.level")) == findings


def test_long_sentences_over_the_brands_maximum(check: Checker) -> None:
    long = " ".join(["Woord"] * 27) + "."
    very_long = " ".join(["Woord"] * 40) + "."
    report = check("Kort.", long, very_long)
    findings = [f for f in report.findings if f.rule == "readability.sentence-length"]
    assert [f.severity for f in findings] == [Severity.INFO, Severity.WARNING]
    assert "27 words" in findings[0].message and "20" in findings[0].message


def test_a_sentence_a_word_or_two_over_passes_unless_its_words_are_long(check: Checker) -> None:
    plain = " ".join(["Wij bakken elke dag brood"] * 4) + " en taart."  # 22 short words
    heavy = ("Wij realiseren " + " ".join(["kwaliteitsmanagementsystemen"] * 19)
             + " vandaag.")  # 22 long words
    for text, expected in ((plain, 0), (heavy, 1)):
        report = check(text)
        assert len(rules(report, "readability.sentence-length")) == expected


def test_a_paragraph_of_long_sentences_is_one_finding(check: Checker) -> None:
    sentence = " ".join(["Het deeg rust een nacht in de koele kelder"] * 3) + "."  # 30 words
    report = check(f"{sentence} {sentence} {sentence}", "Kort en goed.")
    [finding] = [f for f in report.findings if f.rule == "readability.sentence-length"]
    assert "3 sentences in this paragraph" in finding.message
    assert finding.excerpt.startswith("Het deeg") and finding.location.start == 0


def test_quoted_sentences_and_headings_are_not_held_to_the_maximum(check: Checker) -> None:
    said = " ".join(["ik bak al dertig jaar brood voor dit dorp"] * 3)
    report = check(f"“{said.capitalize()}.” Dat zegt onze bakker Piet.",
                   "Wat wij bieden aan iedereen die bij ons in de winkel wil werken",
                   "Een vast contract.")
    assert rules(report, "readability.sentence-length") == []


def test_english_uses_flesch(check: Checker) -> None:
    text = ("Notwithstanding considerable organisational complexity, comprehensive "
            "implementation necessitates interdepartmental coordination. ") * 6
    report = check(text, draft_language="en")
    finding = next(f for f in report.findings if f.rule == "readability.level")
    assert "(Flesch " in finding.message
