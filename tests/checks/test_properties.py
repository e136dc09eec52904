"""Any text at all: the check finishes, and every finding points at the words it quotes."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brandregie.checks import check_document
from brandregie.checks.text import split_sentences
from brandregie.ingest.document import Document
from brandregie.profile.snapshot import ProfileSnapshot

WORDS = ["Wij", "ontzorgen", "u", "je", "goedkope", "Korenaar", "KorenAar", "zondagsbol",
         "marktconform", "salaris", "skills", "vers", "brood", "bijv.", "o.a.", "3.50", "1.",
         "‘u", "vraagt’", "“je", "zegt”", "!", "!!", "🍞", "✓", "-", "•", "\n", "\n\n", "U-bocht",
         "10", "heat", "pump", "broodfabriek", "ambitieus", "vacature", "solliciteer",
         "wij zoeken", "é", "İ", "ß"]
texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=60).map(" ".join)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraphs=st.lists(texts, min_size=1, max_size=4))
def test_findings_always_quote_the_text_they_point_at(paragraphs: list[str],
                                                      sample_snapshot: ProfileSnapshot) -> None:
    document = Document.from_paragraphs("random.txt", paragraphs)
    report = check_document(document, sample_snapshot)
    assert 0 <= report.score <= 100
    for finding in report.findings:
        location = finding.location
        assert 0 <= location.start <= location.end <= len(document.text)
        if finding.rule.startswith(("terminology.", "tone.", "employer.")):
            shown = " ".join(document.text[location.start:location.end].split())
            assert shown == finding.excerpt


@settings(max_examples=150, deadline=None)
@given(text=texts)
def test_sentences_cover_every_word_once_in_order(text: str) -> None:
    sentences = split_sentences(text)
    for sentence in sentences:
        assert 0 <= sentence.start <= sentence.end <= len(text)
        assert sentence.stop > sentence.first
    for before, after in pairwise(sentences):
        assert before.end <= after.start and before.stop == after.first
