"""check_document as a whole: score, traffic light, language, progress and cancel, JSON."""

from __future__ import annotations

import pytest

from brandregie.checks import (
    Cancelled,
    Category,
    Severity,
    TrafficLight,
    check_document,
)
from brandregie.checks.language import detect_language
from brandregie.ingest.document import Document
from brandregie.profile.snapshot import ProfileSnapshot
from tests.checks.conftest import Checker

CLEAN = ("Elke dag vers brood, met de hand gebakken. Je vindt het om zeven uur in de winkel. "
         "We werken met eerlijk meel van molen De Passiebloem uit de regio.")
BAD = ("Wij ontzorgen u met goedkope broodjes uit onze fabriek!! Onze broodspecialist is "
       "klantgericht en heeft de skills. 🍞")


def test_clean_text_scores_high_and_green(check: Checker) -> None:
    report = check(CLEAN)
    assert report.findings == ()
    assert report.score == 100
    assert report.traffic_light is TrafficLight.GREEN


def test_departures_lower_the_score_and_turn_the_light_red(check: Checker) -> None:
    report = check(BAD)
    assert report.score < 60
    assert report.traffic_light is TrafficLight.RED
    terminology = report.category_score(Category.TERMINOLOGY)
    assert terminology is not None and terminology < 50
    assert report.counts()[Severity.ERROR] >= 3  # the banned words; a stray "u" is a warning


def test_findings_are_in_text_order_with_real_offsets(check: Checker) -> None:
    document = Document.from_paragraphs("d.txt", [CLEAN, BAD])
    report = check(document)
    starts = [f.location.start for f in report.findings]
    assert starts == sorted(starts)
    for finding in report.findings:
        if finding.rule.startswith(("terminology.", "tone.")):
            shown = document.text[finding.location.start:finding.location.end]
            assert " ".join(shown.split()) == finding.excerpt
            assert finding.location.paragraph == 2


def test_language_is_detected_or_taken_from_the_document(check: Checker) -> None:
    assert detect_language("The bread is fresh and we bake it by hand every day.") == "en"
    assert detect_language("Het brood is vers en we bakken het elke dag met de hand.") == "nl"
    assert check("We bake fresh bread every day, by hand, for the whole street.").language == "en"
    english_doc = Document.from_paragraphs("x", ["Brood"], language="en")
    assert check(english_doc).language == "en"


def test_messages_follow_the_interface_language(check: Checker) -> None:
    english = check("Ons brood is goedkoop.", lang="en")
    dutch = check("Ons brood is goedkoop.", lang="nl")
    assert english.findings[-1].message.startswith("The brand does not use")
    assert dutch.findings[-1].message.startswith("Het merk gebruikt")


def test_progress_runs_from_zero_to_one(sample_snapshot: ProfileSnapshot) -> None:
    seen: list[float] = []
    document = Document.from_paragraphs("d", [CLEAN] * 200)
    check_document(document, sample_snapshot, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen) and len(seen) > 5


def test_cancel_stops_the_check(sample_snapshot: ProfileSnapshot) -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        check_document(Document.from_paragraphs("d", [CLEAN] * 200), sample_snapshot,
                       cancel=cancel)


def test_report_records_brand_and_revision(check: Checker) -> None:
    report = check(CLEAN)
    assert (report.brand, report.revision) == ("Bakkerij Korenaar", None)
    data = report.to_json()
    assert list(data)[:4] == ["file", "language", "score", "findings"]


def test_empty_document_is_checked_without_error(check: Checker) -> None:
    report = check(Document("empty.txt", "text", "", ()))
    assert report.findings == ()
    assert report.score == 100


def test_very_long_single_block_is_read_in_slices(check: Checker) -> None:
    text = (CLEAN + " ") * 2_000 + "Wij ontzorgen."
    report = check(Document.from_paragraphs("long", [text]))
    banned = [f for f in report.findings if f.rule == "terminology.banned"]
    assert len(banned) == 1
    assert report.findings and banned[0].location.end == len(text) - 1


def test_hostile_text_is_checked_quickly(check: Checker) -> None:
    import time

    endless_word = "a" * 300_000 + "."
    dots = ". " * 50_000
    start = time.perf_counter()
    report = check(endless_word, dots, "u " * 20_000, "!" * 10_000)
    assert time.perf_counter() - start < 20
    assert report.score >= 0


def test_checks_on_several_threads_agree(sample_snapshot: ProfileSnapshot) -> None:
    from concurrent.futures import ThreadPoolExecutor

    documents = [Document.from_paragraphs(f"d{n}", [BAD, CLEAN] * (n + 1)) for n in range(6)]
    alone = [check_document(d, sample_snapshot).findings for d in documents]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda d: check_document(d, sample_snapshot).findings,
                                 documents))
    assert together == alone


def test_vacancy_texts_are_recognised_by_whole_phrases() -> None:
    from brandregie.checks.engine import is_vacancy

    assert is_vacancy("Vacature: bakker, 32 uur per week. Solliciteer via WhatsApp.", "nl")
    assert not is_vacancy("Warme chocolademelk met cacao, cacaoboter en cacaonibs.", "nl")
    assert not is_vacancy("Vacature? Nee, een nieuwsbrief over cacao.", "nl")
    assert is_vacancy("We are hiring! What we offer: a salary of 3,000 euros.", "en")
