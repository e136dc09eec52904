"""messages.key-message: a key message counts when its keywords (any form) appear."""

from __future__ import annotations

from brandregie.checks import Severity
from brandregie.checks.rules.messages import needed
from brandregie.profile.schema import Brand, KeyMessage
from tests.checks.conftest import Checker, with_changes


def _key(report: object) -> list[object]:
    return [f for f in report.findings if f.rule == "messages.key-message"]  # type: ignore[attr-defined]


def test_how_many_keywords_carry_a_message() -> None:
    assert [needed(n) for n in (1, 2, 3, 4, 5)] == [1, 2, 2, 3, 3]


def test_both_messages_carried_in_other_word_forms(check: Checker) -> None:
    report = check("Elke dag verse broodjes, handgebakken in Zwolle.",
                   "Met eerlijke granen van de molen om de hoek.")
    assert _key(report) == []


def test_missing_message_is_named(check: Checker) -> None:
    report = check("Elke dag vers brood, met de hand gebakken.")
    [finding] = _key(report)
    assert "Eerlijke ingrediënten uit de regio" in finding.message  # type: ignore[attr-defined]
    assert finding.severity is Severity.INFO  # type: ignore[attr-defined]


def test_no_message_carried_is_a_warning_naming_both(check: Checker) -> None:
    report = check("Morgen is de winkel dicht.")
    [finding] = _key(report)
    assert finding.severity is Severity.WARNING  # type: ignore[attr-defined]
    assert "Elke dag vers" in finding.message  # type: ignore[attr-defined]
    assert "Eerlijke ingrediënten" in finding.message  # type: ignore[attr-defined]


def test_message_without_keywords_uses_its_own_words(sample_brand: Brand,
                                                     check: Checker) -> None:
    brand = with_changes(sample_brand, vocabulary={"key_messages": (
        KeyMessage(text="Onze bakkers wonen in de wijk."),)})
    assert _key(check("De bakkers wonen gewoon in onze wijk.", brand=brand)) == []
    assert len(_key(check("Het brood is vers.", brand=brand))) == 1


def test_a_keyword_shared_by_two_messages_counts_for_both(sample_brand: Brand,
                                                          check: Checker) -> None:
    brand = with_changes(sample_brand, vocabulary={"key_messages": (
        KeyMessage(text="Binnen een week een monteur aan de deur.", keywords=("week", "monteur")),
        KeyMessage(text="Een vaste monteur.", keywords=("monteur",)))})
    assert _key(check("Binnen een week staat de monteur bij je.", brand=brand)) == []
