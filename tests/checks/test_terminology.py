"""terminology.*: banned and preferred words in any form, brand names as the brand writes them."""

from __future__ import annotations

from brandregie.checks import Severity
from brandregie.profile.schema import BannedTerm, Brand, BrandName, PreferredTerm
from tests.checks.conftest import Checker, rules, with_changes


def test_banned_word_is_found_in_every_inflection(check: Checker) -> None:
    report = check("Wij ontzorgen je graag. Hij ontzorgt de klant en zij werd ontzorgd.",
                   "Geen goedkoop brood, geen goedkope broodjes en het wordt niet goedkoper.")
    assert rules(report, "terminology.banned") == [
        "ontzorgen", "ontzorgt", "ontzorgd", "goedkoop", "goedkope", "goedkoper"]


def test_banned_word_is_found_inside_compounds(check: Checker) -> None:
    report = check("Geen broodfabrieken en geen fabrieksbrood, maar ook niet spotgoedkoop.")
    assert rules(report, "terminology.banned") == ["broodfabrieken", "fabrieksbrood",
                                                   "spotgoedkoop"]


def test_banned_finding_gives_the_brands_reason_and_suggestion(check: Checker) -> None:
    report = check("Ons brood is goedkoop.")
    finding = next(f for f in report.findings if f.rule == "terminology.banned")
    assert finding.severity is Severity.ERROR
    assert "We zijn eerlijk geprijsd, niet goedkoop." in finding.message
    assert finding.suggestion == "eerlijke prijs"
    assert (finding.location.start, finding.location.end) == (13, 21)
    assert finding.location.paragraph == 1


def test_words_that_only_look_alike_are_not_banned(check: Checker) -> None:
    report = check("We zorgen voor de buurt. Goed koopmanschap, fabrikant Jansen en goedkeuring.")
    assert rules(report, "terminology.banned") == []


def test_multiword_term_matches_across_a_line_break(sample_brand: Brand, check: Checker
                                                    ) -> None:
    brand = with_changes(sample_brand, vocabulary={
        "banned": (BannedTerm(term="heat pump", why="We say what it does."),)})
    report = check("Our new heat\npump keeps you warm. Two heat pumps, one heat-pump.",
                   brand=brand, draft_language="en")
    assert rules(report, "terminology.banned") == ["heat pump", "heat pumps", "heat-pump"]


def test_preferred_term_is_suggested_instead_of_the_listed_one(check: Checker) -> None:
    report = check("Onze broodspecialist zoekt twee personeelsleden en een FTE erbij.")
    findings = [f for f in report.findings if f.rule == "terminology.preferred"]
    assert [f.excerpt for f in findings] == ["broodspecialist", "personeelsleden", "FTE"]
    assert [f.suggestion for f in findings] == ["bakker", "medewerker", "medewerker"]
    assert "Zo noemen onze klanten ons." in findings[0].message


def test_brand_name_variants_listed_are_flagged_case_and_all(sample_brand: Brand,
                                                             check: Checker) -> None:
    brand = with_changes(sample_brand, vocabulary={"brand_names": (
        BrandName(name="Klaassen", not_=("KLAASSEN", "Klaasen")),)})
    report = check("Klaassen installeert. KLAASSEN belt. Klaasen komt. klaassen niet.",
                   brand=brand)
    assert rules(report, "terminology.brand-name") == ["KLAASSEN", "Klaasen"]
    assert all(f.suggestion == "Klaassen" for f in report.findings
               if f.rule == "terminology.brand-name")


def test_brand_name_in_capitals_is_fine_unless_listed(check: Checker) -> None:
    report = check("KORENAAR bakt. De Zondagsbol is terug. Een korenaar op het veld.")
    assert rules(report, "terminology.brand-name") == []


def test_brand_name_misspelling_across_a_line_break_and_odd_capitals(check: Checker) -> None:
    report = check("Welkom bij Koren\naar en bij KoreNaar, met de zondagsbol.")
    assert rules(report, "terminology.brand-name") == ["Koren aar", "KoreNaar", "zondagsbol"]


def test_competitor_names_do_not_trigger_banned_words(check: Checker) -> None:
    report = check("Broodfabriek Oost betaalt meer, maar wij bakken zelf.")
    assert rules(report, "terminology.banned") == []


def test_english_preferred_term(sample_brand: Brand, check: Checker) -> None:
    brand = with_changes(sample_brand, vocabulary={"preferred": (
        PreferredTerm(use="staff", not_=("human resources",), why="Plain words."),)})
    report = check("Our human resources team and human resource plans.", brand=brand,
                   draft_language="en")
    assert rules(report, "terminology.preferred") == ["human resources", "human resource"]


def test_unlisted_typo_of_a_brand_name_is_a_warning(check: Checker) -> None:
    report = check("Welkom bij Korenar, bij Koernaar en bij Korenaars winkels. Een korenar.")
    findings = [f for f in report.findings if f.rule == "terminology.brand-name"]
    assert [f.excerpt for f in findings] == ["Korenar", "Koernaar"]
    assert all(f.severity is Severity.WARNING and f.suggestion == "Korenaar" for f in findings)


def test_one_edit_distance() -> None:
    from brandregie.checks.rules.terminology import one_edit

    assert one_edit("korenaar", "korenar") and one_edit("korenaar", "koernaar")
    assert one_edit("korenaar", "korenaarr") and one_edit("korenaar", "korenaer")
    assert not one_edit("korenaar", "korenaar") and not one_edit("korenaar", "kornaer")
