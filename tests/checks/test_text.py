"""Sentence splitting and quotations: what the readability and address rules stand on."""

from __future__ import annotations

from brandregie.checks.language import WORD
from brandregie.checks.text import Segment, quote_spans, split_sentences
from brandregie.ingest.document import Block, BlockKind


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "We bakken o.a. brood, bijv. volkoren, d.w.z. met de hand. Dhr. Jansen komt ook."
    assert _sentences(text) == ["We bakken o.a. brood, bijv. volkoren, d.w.z. met de hand.",
                                "Dhr. Jansen komt ook."]


def test_numbers_and_initials_do_not_end_a_sentence() -> None:
    text = "Het kost € 3.50 per stuk, 1.000 stuks per dag. J. Korenaar begon in 1987. Toen al."
    assert _sentences(text) == ["Het kost € 3.50 per stuk, 1.000 stuks per dag.",
                                "J. Korenaar begon in 1987.", "Toen al."]


def test_lists_and_headings_are_their_own_sentences() -> None:
    text = "Wat we bieden:\n- een vaste baan\n- 32 uur\n1. eerst dit\n2. dan dat"
    assert _sentences(text) == ["Wat we bieden:", "- een vaste baan", "- 32 uur",
                                "1. eerst dit", "2. dan dat"]


def test_a_hard_wrapped_sentence_stays_one_sentence() -> None:
    text = ("Elke ochtend bakken we in onze eigen bakkerij het brood dat je\n"
            "om zeven uur in de winkel vindt. Daarna koffie.")
    assert len(_sentences(text)) == 2
    assert split_sentences(text)[0].words == 19


def test_lower_case_after_a_full_stop_continues_the_sentence() -> None:
    assert _sentences("Open van ma. t/m za. van 7 tot 18 uur.") == [
        "Open van ma. t/m za. van 7 tot 18 uur."]


def test_questions_and_exclamations_end_sentences() -> None:
    assert _sentences("Zin in brood? Kom langs! Tot zo…") == ["Zin in brood?", "Kom langs!",
                                                             "Tot zo…"]


def test_quotations_in_every_common_style() -> None:
    text = "Hij zei ‘u vraagt’ en “wij draaien” en 'zo gaat het' maar 's nachts niet, auto's."
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans == ["‘u vraagt’", "“wij draaien”", "'zo gaat het'"]


def test_a_segment_has_the_words_and_places_the_word_pattern_finds() -> None:
    # Segments without an apostrophe are split by a plainer regex: the same words either way.
    for text in ("Zo'n brood, 's ochtends vers: auto’s en café’s!", "Brood, spelt en rogge.",
                 "'s Nachts ' losse ’ tekens'", "İstanbul heeft 3 bakkers"):
        segment = Segment(Block(BlockKind.PARAGRAPH, text, 1, 0, len(text)), 0, text)
        found = list(WORD.finditer(text))
        assert segment.words == [m.group().lower() for m in found]
        assert segment.spans == [m.span() for m in found]
        assert segment.bounds[-1] == len(text)
