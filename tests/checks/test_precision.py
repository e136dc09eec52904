"""Findings an owner can trust: one test per class of wrong or useless finding seen on real
writing (issue 13), each with sentences of our own."""

from __future__ import annotations

import pytest

from brandregie.checks import Severity
from brandregie.checks.engine import is_vacancy
from brandregie.checks.repeats import each_place
from brandregie.checks.text import split_sentences
from brandregie.ingest.document import Document
from brandregie.profile.schema import BannedTerm, Brand, KeyMessage, PreferredTerm
from tests.checks.conftest import Checker, rules, with_changes


def _vocabulary(brand: Brand, **changes: object) -> Brand:
    return with_changes(brand, vocabulary=dict(changes))


def _preferred(use: str, wrong: str) -> tuple[PreferredTerm, ...]:
    return (PreferredTerm(use=use, not_=(wrong,)),)


# 1. Lemma collisions in term rules


def test_a_rule_never_fires_on_the_brands_own_word(sample_brand: Brand, check: Checker) -> None:
    brand = _vocabulary(sample_brand, preferred=_preferred("taart", "taarten"))
    report = check("Vandaag bakken we één taart, morgen drie taarten.", brand=brand)
    assert rules(report, "terminology.preferred") == ["taarten"]


def test_an_english_spelling_rule_leaves_the_brands_spelling_alone(sample_brand: Brand,
                                                                   check: Checker) -> None:
    brand = _vocabulary(sample_brand, preferred=_preferred("colour", "color"))
    report = check("Pick a colour you like; the color of the box is up to us.", brand=brand,
                   draft_language="en")
    assert rules(report, "terminology.preferred") == ["color"]


def test_a_list_word_in_an_inflected_form_matches_only_that_form(check: Checker) -> None:
    report = check("We delen onze learnings over machine learning met het team.")
    assert rules(report, "tone.jargon") == ["learnings"]
    report = check("Het water gaat drijvende kaarsen dragen; zij is een gedreven bakker.")
    assert rules(report, "tone.cliche") == ["gedreven"]


# 2. Inflections the lemmatiser does not know


def test_inflections_of_banned_words_and_keywords_are_found(sample_brand: Brand,
                                                            check: Checker) -> None:
    brand = _vocabulary(sample_brand, banned=(BannedTerm(term="uitdagend"),),
                        key_messages=(KeyMessage(text="Wij bezorgen elke ochtend.",
                                                 keywords=("bezorging", "ochtend")),))
    report = check("Een uitdagende klus: wij bezorgen je brood in de ochtend.", brand=brand)
    assert rules(report, "terminology.banned") == ["uitdagende"]
    assert rules(report, "messages.key-message") == []


# 3. Word sense


def test_list_words_with_an_innocent_meaning_stay_quiet(check: Checker) -> None:
    report = check("Dat maakt het verschil tussen zuurdesem en gist duidelijk. "
                   "Proef ook onze passievruchttaart en de wel heel bijzondere "
                   "karnemelkbollen die in de oven drijven op hun eigen stoom.")
    assert rules(report, "tone.cliche") == []


def test_a_condition_keeps_a_job_duty_from_reading_as_a_trait(check: Checker) -> None:
    vacancy = ("Vacature bakker. Wat ga je doen? Je neemt actief deel aan het overleg. "
               "Wat bieden wij? Een vast contract. Solliciteer vandaag.")
    assert rules(check(vacancy), "employer.gender-coded") == []
    assert rules(check(vacancy.replace("Je neemt actief deel aan het overleg",
                                       "Je bent actief en sportief")),
                 "employer.gender-coded") == ["actief"]


# 4. Suggestions that fit the sentence


def test_a_suggestion_that_would_break_the_sentence_is_advice(check: Checker) -> None:
    report = check("Neem contact op met de desbetreffende afdeling. Dit is echter lastig.")
    found = {f.excerpt: f.suggestion for f in report.findings if f.rule == "tone.jargon"}
    assert set(found) == {"desbetreffende", "echter"}
    assert all(s and " " in s for s in found.values())  # advice, not a word to drop in
    assert rules(check("Wij sturen de betreffende bon mee."), "tone.jargon") == []
    assert rules(check("Betreffende uw vraag: wij bellen morgen."), "tone.jargon") == [
        "Betreffende"]


# 5. Names and titles


def test_words_inside_a_name_or_title_are_not_findings(sample_brand: Brand,
                                                       check: Checker) -> None:
    brand = _vocabulary(sample_brand, preferred=_preferred("zzp", "ZZP"))
    report = check("Wij zijn lid van ZZP Nederland. Ben je ZZP of in loondienst?", brand=brand)
    [finding] = [f for f in report.findings if f.rule == "terminology.preferred"]
    assert finding.excerpt == "ZZP" and finding.location.start > 30  # not the one in the name
    english = check("She read about the Revolutionary War in a revolutionary book.",
                    draft_language="en")
    assert rules(english, "tone.cliche") == ["revolutionary"]


# 6. Noise: repeats, glosses, quotations, headings


def test_a_word_repeated_is_one_finding_with_a_count_and_every_place(check: Checker) -> None:
    text = " ".join(["Je kunt de taart retourneren."] * 4)
    report = check(text)
    [finding] = [f for f in report.findings if f.rule == "tone.jargon"]
    assert "4 times" in finding.message and len(finding.repeats) == 3
    places = [f.location.start for f in each_place(report.findings, text)
              if f.rule == "tone.jargon"]
    assert [text[s:s + 11] for s in places] == ["retourneren"] * 4


def test_a_gloss_right_after_the_brands_word_is_not_a_finding(sample_brand: Brand,
                                                             check: Checker) -> None:
    brand = _vocabulary(sample_brand, preferred=_preferred("branden", "roasten"))
    report = check("Wij branden, oftewel roasten, de bonen zelf. Slow roasten doen we niet.",
                   brand=brand)
    [finding] = [f for f in report.findings if f.rule == "terminology.preferred"]
    assert finding.excerpt == "roasten" and finding.location.start > 40


def test_quoted_words_and_heading_labels_are_not_held_to_the_tone_rules(
        check: Checker) -> None:
    report = check("Wie zijn wij?\nEen bakker. Een klant schreef: “Jullie zijn echt "
                   "klantgericht en innovatief.”")
    assert rules(report, "tone.cliche") == []


def test_exclamation_marks_in_a_quotation_are_the_speakers(sample_brand: Brand,
                                                          check: Checker) -> None:
    brand = with_changes(sample_brand, character={"exclamation_marks": "never"})
    report = check("De bakker zegt: “Wat een feest!” Wij vinden dat ook.", brand=brand)
    assert rules(report, "tone.exclamation") == []
    assert rules(check("Wat een feest! Kom langs.", brand=brand), "tone.exclamation") == ["!"]


# 7. Page clutter (the readers: tests/ingest/test_boilerplate.py)

# 8. Vacancy cues


@pytest.mark.parametrize("text", [
    "Wat ga je doen? Je bakt brood. Wie ben jij? Een vroege vogel. Wat bieden wij? Een vast "
    "contract.",
    "Bij de Dienst Burgerzaken zijn we op zoek naar een medewerker. Omschrijving van de "
    "vacature: loketwerk. De openingsuren bepalen je uurrooster.",
])
def test_vacancies_are_recognised_by_their_headings_and_words(text: str) -> None:
    assert is_vacancy(text, "nl")


def test_an_ordinary_page_is_no_vacancy() -> None:
    assert not is_vacancy("Wij bakken brood. Onze winkel is open van acht tot zes.", "nl")


# 9. Abbreviations


def _texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_dutch_abbreviations_do_not_end_sentences() -> None:
    text = ("Wij leveren ca. 40 broden t.a.v. de keuken, m.b.v. onze bus, z.s.m. na uw "
            "bestelling van 3 jl. Zie ook nr. 5 resp. 6.")
    assert len(_texts(text)) == 1


def test_a_lower_case_u_and_a_missing_space_end_sentences() -> None:
    assert _texts("Wij sturen het pakket naar u. Dit duurt twee dagen.") == [
        "Wij sturen het pakket naar u.", "Dit duurt twee dagen."]
    assert _texts("Alles is te bekijken in de winkel.Tevens kunt u bestellen.") == [
        "Alles is te bekijken in de winkel.", "Tevens kunt u bestellen."]
    assert _texts("Brood, koek, taart etc.\nBestel vandaag.") == [
        "Brood, koek, taart etc.", "Bestel vandaag."]


def test_lines_of_a_list_without_full_stops_are_separate_sentences() -> None:
    text = ("Ruimte voor groei met opleidingen en interne kansen voor iedereen\n"
            "Een stabiele baan met werkzekerheid en een gezonde balans")
    assert len(_texts(text)) == 2


# 10. Readability on prose, not lists


def test_a_list_of_long_nouns_does_not_decide_the_level(check: Checker) -> None:
    prose = ("Wij bakken elke dag brood. Je kunt het om zeven uur halen. Het is vers en warm. "
             "Kom gerust langs. Wij zijn er voor je. ") * 3
    items = ["Kwaliteitsmanagementsystemen en procesoptimalisatiemogelijkheden",
             "Arbeidsomstandighedenbeleid en duurzaamheidsverslaglegging"] * 4
    document = Document.from_paragraphs("d.txt", [prose])
    with_list = Document.from_paragraphs("d.txt", [prose, *("- " + i for i in items)])
    assert check(document).stats.reading_level == check(with_list).stats.reading_level


# 11. Weighting


def test_a_single_slip_is_a_warning_and_costs_less_than_a_text_in_the_wrong_form(
        check: Checker) -> None:
    slip = check("Heb je zin in taart? Wij zetten je taart klaar en u haalt hem op.")
    [finding] = [f for f in slip.findings if f.rule == "tone.address"]
    assert finding.severity is Severity.WARNING and finding.suggestion == "je"
    wrong = check("Heeft u zin in taart? Wij zetten uw taart klaar en u haalt hem op. "
                  "Bel ons als u vragen heeft over uw bestelling.")
    [error] = [f for f in wrong.findings if f.rule == "tone.address"]
    assert error.severity is Severity.ERROR and len(error.repeats) == 4
    assert slip.score > wrong.score
