"""The owner's answers: dismiss a finding, allow or ban a word (a new profile revision)."""

from __future__ import annotations

import pytest

from brandregie.checks import (
    Dismissal,
    allow_word,
    apply_dismissals,
    ban_word,
    dismissal_for,
)
from brandregie.errors import BrandRegieError
from brandregie.profile.schema import Brand
from tests.checks.conftest import Checker, rules


def test_dismissing_a_finding_raises_the_score(check: Checker) -> None:
    report = check("Elke dag vers brood, met de hand gebakken, van eerlijk meel uit de regio. "
                   "Wij ontzorgen je.")
    finding = next(f for f in report.findings if f.rule == "terminology.banned")
    after = apply_dismissals(report, [dismissal_for(finding, "Citaat van een klant")])
    assert finding not in after.findings and after.dismissed == (finding,)
    assert after.score > report.score == after.score - (after.score - report.score)
    assert after.score == 100


def test_a_dismissal_for_other_words_does_not_apply(check: Checker) -> None:
    report = check("Wij ontzorgen je.")
    finding = next(f for f in report.findings if f.rule == "terminology.banned")
    other = Dismissal(finding.rule, finding.location.start, finding.location.end, "anders")
    assert apply_dismissals(report, [other]).findings == report.findings


def test_allowing_a_word_silences_it_everywhere(sample_brand: Brand, check: Checker) -> None:
    brand = allow_word(sample_brand, "klantgericht")
    assert "klantgericht" in brand.vocabulary.cliches.allowed
    assert sample_brand.vocabulary.cliches.allowed == ()  # the original is untouched
    assert rules(check("Een klantgerichte bakker.", brand=brand), "tone.cliche") == []
    unbanned = allow_word(sample_brand, "Goedkoop")
    assert all(b.term != "goedkoop" for b in unbanned.vocabulary.banned)
    assert rules(check("Goedkoop brood.", brand=unbanned), "terminology.banned") == []
    freed = allow_word(sample_brand, "FTE")
    assert rules(check("Twee FTE erbij.", brand=freed), "terminology.preferred") == []


def test_banning_a_word_finds_it_from_then_on(sample_brand: Brand, check: Checker) -> None:
    brand = ban_word(sample_brand, "croissant", "We bakken Hollands.", "krentenbol")
    report = check("Twee croissants, graag.", brand=brand)
    [finding] = [f for f in report.findings if f.rule == "terminology.banned"]
    assert finding.excerpt == "croissants" and finding.suggestion == "krentenbol"
    assert "We bakken Hollands." in finding.message


def test_banning_an_allowed_word_takes_it_off_the_allowed_list(sample_brand: Brand) -> None:
    brand = ban_word(allow_word(sample_brand, "skills"), "skills")
    assert "skills" not in brand.vocabulary.cliches.allowed
    with pytest.raises(BrandRegieError):
        ban_word(sample_brand, "  ")


def test_allowing_a_phrase_silences_its_inflections(sample_brand: Brand, check: Checker) -> None:
    brand = allow_word(sample_brand, "marktconform  salaris")
    assert "marktconform salaris" in brand.vocabulary.cliches.allowed
    report = check("Wij bieden marktconforme salarissen.", brand=brand)
    assert rules(report, "tone.cliche") == []
