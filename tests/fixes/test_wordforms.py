"""The brand's word in the draft word's form, and the fixes proposed from a real check."""

from __future__ import annotations

from brandregie.fixes.plain import fixed_text, plain_document
from brandregie.fixes.propose import propose
from brandregie.fixes.wordforms import replace_word
from brandregie.profile.snapshot import ProfileSnapshot


def test_the_brands_word_takes_the_form_of_the_draft_word() -> None:
    assert replace_word("broodspecialisten", "broodspecialist", "bakker", False) == (
        "bakkers", True)
    assert replace_word("Broodspecialist", "broodspecialist", "bakker", True) == (
        "Bakker", True)
    assert replace_word("broodspecialistje", "broodspecialist", "bakker", False) == (
        "bakkertje", True)
    assert replace_word("personeelsleden", "personeelslid", "medewerker", False) == (
        "medewerkers", True)
    assert replace_word("goedkope", "goedkoop", "eerlijk", False) == ("eerlijke", True)
    assert replace_word("FTE", "FTE", "medewerker", False) == ("medewerker", True)


def test_a_word_inside_a_compound_is_to_check() -> None:
    new, sure = replace_word("broodspecialisten", "specialist", "bakker", False)
    assert (new, sure) == ("broodbakkers", False)


def test_quoted_words_are_someone_elses(sample_snapshot: ProfileSnapshot) -> None:
    text = 'Onze klant zei: "Heeft u die broodspecialisten gezien?" Kunt u ook komen?'
    fixes, _ = propose(plain_document("t.txt", text), sample_snapshot)
    assert fixed_text(text, [f for f in fixes if f.safe]) == (
        'Onze klant zei: "Heeft u die broodspecialisten gezien?" Kun je ook komen?')


def test_exclamations_and_emoji_follow_the_policy(sample_snapshot: ProfileSnapshot) -> None:
    text = "Vers brood 🥖 bij de bakker!!! Kom snel langs 😀"
    fixes, _ = propose(plain_document("t.txt", text), sample_snapshot, {"exclamation", "emoji"})
    assert fixed_text(text, fixes) == "Vers brood bij de bakker! Kom snel langs"


def test_an_abbreviation_after_a_number_becomes_a_plural(sample_snapshot: ProfileSnapshot
                                                         ) -> None:
    text = "Wij hebben twaalf FTE in de bakkerij en 1 FTE in de winkel."
    fixes, _ = propose(plain_document("t.txt", text), sample_snapshot, {"terms"})
    assert fixed_text(text, fixes) == (
        "Wij hebben twaalf medewerkers in de bakkerij en 1 medewerker in de winkel.")


def test_an_emoji_that_ended_a_sentence_leaves_a_full_stop(sample_snapshot: ProfileSnapshot
                                                           ) -> None:
    text = "Echt super lekker 😍 Kom snel langs."
    fixes, _ = propose(plain_document("t.txt", text), sample_snapshot, {"emoji"})
    assert fixed_text(text, fixes) == "Echt super lekker. Kom snel langs."
