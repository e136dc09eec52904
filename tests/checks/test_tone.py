"""tone.*: address, clichés, jargon, exclamation marks, emoji; employer.gender-coded."""

from __future__ import annotations

from brandregie.checks import Severity
from brandregie.profile.schema import Brand, ClichePolicy
from tests.checks.conftest import Checker, rules, with_changes


def _formal(brand: Brand) -> Brand:
    return with_changes(brand, character={"address": {"nl": "u", "en": "you"}})


def test_a_stray_formal_address_is_a_warning_with_its_fix(check: Checker) -> None:
    report = check("Wij bakken voor u. Uw brood ligt klaar.")
    findings = [f for f in report.findings if f.rule == "tone.address"]
    assert [f.excerpt for f in findings] == ["u", "Uw"]
    assert [f.suggestion for f in findings] == ["je", "Je"]
    assert all(f.severity is Severity.WARNING for f in findings)


def test_a_text_in_the_other_form_throughout_is_one_error(check: Checker) -> None:
    report = check("Heeft u zin in taart? Wij zetten uw taart klaar en u haalt hem op. "
                   "Bel ons als u vragen heeft over uw bestelling.")
    [finding] = [f for f in report.findings if f.rule == "tone.address"]
    assert finding.severity is Severity.ERROR and finding.excerpt == "u"
    assert "throughout (5 times)" in finding.message


def test_one_slip_costs_less_than_a_text_in_the_wrong_form(check: Checker) -> None:
    slip = check("Heb je zin in taart? Wij zetten je taart klaar en u haalt hem op.")
    wrong = check("Heeft u zin in taart? Wij zetten uw taart klaar en u haalt hem op. "
                  "Bel ons als u vragen heeft over uw bestelling.")
    assert slip.score > wrong.score


def test_informal_address_in_a_formal_brand(sample_brand: Brand, check: Checker) -> None:
    report = check("Jij krijgt je brood. Is dit jouw tas?", brand=_formal(sample_brand))
    assert rules(report, "tone.address") == ["Jij", "je", "jouw"]


def test_mixed_address_is_named_as_mixing(check: Checker) -> None:
    report = check("Je brood is klaar. Wilt u ook koffie?")
    finding = next(f for f in report.findings if f.rule == "tone.address")
    assert finding.excerpt == "u"
    assert "mixes" in finding.message


def test_quoted_u_and_other_false_alarms_are_not_address(check: Checker) -> None:
    report = check(
        "Ken je de ‘u vraagt, wij draaien’ tendens? Of “Wat wilt u?” en 'u bent welkom'.",
        "We openen om 7 u. in de ochtend. Neem de U-bocht, de letter u en de U.S. editie.",
        "Je bent welkom.")
    assert rules(report, "tone.address") == []


def test_u_after_a_number_in_the_previous_sentence_is_address(check: Checker) -> None:
    report = check("Bel ons op 038 123 45 67. U krijgt meteen antwoord.")
    assert rules(report, "tone.address") == ["U"]


def test_english_text_has_no_address_check(check: Checker) -> None:
    report = check("Thank you, u know it.", draft_language="en")
    assert rules(report, "tone.address") == []


def test_cliches_are_found_with_a_plain_alternative(check: Checker) -> None:
    report = check("Wij zijn een klantgerichte bakker met een marktconform\nsalaris in een "
                   "dynamische omgeving.")
    findings = [f for f in report.findings if f.rule == "tone.cliche"]
    assert [f.excerpt for f in findings] == ["klantgerichte", "marktconform salaris",
                                              "dynamische omgeving"]
    assert all(f.suggestion for f in findings)


def test_brand_extra_and_allowed_lists_change_the_cliches(sample_brand: Brand,
                                                          check: Checker) -> None:
    brand = with_changes(sample_brand, vocabulary={"cliches": ClichePolicy(
        builtin=True, extra=("knapperig genot",), allowed=("klantgericht",))})
    report = check("Knapperig genot van een klantgerichte bakker, en passie voor brood.",
                   brand=brand)
    assert rules(report, "tone.cliche") == ["Knapperig genot"]


def test_builtin_lists_can_be_switched_off(sample_brand: Brand, check: Checker) -> None:
    brand = with_changes(sample_brand, vocabulary={"cliches": ClichePolicy(builtin=False)})
    report = check("Een klantgerichte bakker met skills.", brand=brand)
    assert rules(report, "tone.cliche") == []
    assert rules(report, "tone.jargon") == []


def test_english_jargon_in_dutch_text(check: Checker) -> None:
    report = check("Heb jij de skills voor deze challenge? Na de onboarding ga je aan de slag.")
    findings = [f for f in report.findings if f.rule == "tone.jargon"]
    assert [f.excerpt for f in findings] == ["skills", "challenge", "onboarding"]
    assert [f.suggestion for f in findings] == ["vaardigheden", "uitdaging", "inwerken"]


def test_officialese_counts_only_for_an_informal_brand(sample_brand: Brand,
                                                       check: Checker) -> None:
    text = "Middels dit formulier kun je bestellen."
    assert rules(check(text), "tone.jargon") == ["Middels"]
    formal = with_changes(sample_brand, character={"tone": sample_brand.character.tone
                                                   .model_copy(update={"formal": 5})})
    assert rules(check(text, brand=formal), "tone.jargon") == []


def test_english_jargon_in_english_text(check: Checker) -> None:
    report = check("We leverage synergies to move the needle.", draft_language="en")
    assert rules(report, "tone.jargon") == ["leverage", "synergies", "move the needle"]


def test_exclamation_marks_used_sparingly(check: Checker) -> None:
    report = check("Vers brood! Ook op zondag! En taart!!")
    assert rules(report, "tone.exclamation") == ["!", "!!"]


def test_one_exclamation_mark_is_fine_when_sparingly(check: Checker) -> None:
    report = check("Vers brood, elke ochtend om zeven uur. Tot morgen!")
    assert rules(report, "tone.exclamation") == []


def test_exclamation_never(sample_brand: Brand, check: Checker) -> None:
    brand = with_changes(sample_brand, character={"exclamation_marks": "never"})
    assert rules(check("Tot morgen!", brand=brand), "tone.exclamation") == ["!"]


def test_emoji_when_the_brand_says_never(check: Checker) -> None:
    report = check("Vers brood 🍞 en koffie ☕️ en een duim 👍🏽.")
    assert rules(report, "tone.emoji") == ["🍞", "☕️", "👍🏽"]


def test_text_symbols_are_not_emoji(check: Checker) -> None:
    report = check("✓ Vaste baan ★ Eigen recepten → Solliciteer. Prijs: 3 © Korenaar™ ✔️")
    assert rules(report, "tone.emoji") == ["✔️"]


def test_emoji_sparingly_allows_one_in_a_short_post(sample_brand: Brand,
                                                    check: Checker) -> None:
    brand = with_changes(sample_brand, character={"emoji": "sparingly"})
    assert rules(check("Vers brood 🍞", brand=brand), "tone.emoji") == []
    assert rules(check("Vers brood 🍞 en taart 🎂", brand=brand), "tone.emoji") == ["🎂"]


VACANCY = ("Vacature: bakker (32 uur per week). Wij zoeken een ambitieuze, dominante en "
           "competitieve bakker met een sterke persoonlijkheid. Solliciteer voor 1 mei.")


def test_masculine_coded_words_in_a_vacancy(check: Checker) -> None:
    report = check(VACANCY)
    findings = [f for f in report.findings if f.rule == "employer.gender-coded"]
    assert [f.excerpt for f in findings if f.severity is Severity.INFO] == [
        "ambitieuze", "dominante", "competitieve", "sterke persoonlijkheid"]
    assert [f.severity for f in findings].count(Severity.WARNING) == 1
    assert findings[0].suggestion == "gemotiveerd"


def test_an_allowed_word_is_not_gender_coded_any_more(sample_brand: Brand,
                                                       check: Checker) -> None:
    from brandregie.checks import allow_word

    report = check(VACANCY, brand=allow_word(sample_brand, "ambitieus"))
    assert "ambitieuze" not in rules(report, "employer.gender-coded")


def test_gender_coded_words_only_in_vacancies(check: Checker) -> None:
    report = check("Onze bakkers zijn ambitieus en dominant in de buurt.")
    assert rules(report, "employer.gender-coded") == []
    forced = check("Onze bakkers zijn ambitieus.", deliverable="vacancy")
    assert rules(forced, "employer.gender-coded") == ["ambitieus"]


def test_english_gender_coded_stems(check: Checker) -> None:
    report = check("We are hiring. Apply now: a competitive, driven leader. Salary: good.",
                   draft_language="en")
    assert [f.excerpt for f in report.findings if f.rule == "employer.gender-coded"
            and f.severity is Severity.INFO] == ["competitive", "driven", "leader"]
