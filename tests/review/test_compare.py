"""Findings matched across versions by rule and words, not by where they sit."""

from __future__ import annotations

from brandregie.checks.model import Finding, Location, Severity
from brandregie.review.compare import compare_findings, finding_key, match_key


def _f(rule: str, excerpt: str, start: int, message: str = "m") -> Finding:
    return Finding(rule, Severity.WARNING, message, excerpt,
                   Location(1, start, start + len(excerpt)))


def test_a_finding_that_moved_down_the_text_still_counts_as_remaining() -> None:
    old = [_f("terminology.banned", "ontzorgen", 10)]
    new = [_f("terminology.banned", "Ontzorgen.", 250)]
    result = compare_findings(old, new)
    assert result.fixed == () and result.new == ()
    assert result.remaining == ((old[0], new[0]),)


def test_repeats_count_one_by_one() -> None:
    old = [_f("terminology.banned", "goedkoop", 5), _f("terminology.banned", "goedkoop", 80)]
    new = [_f("terminology.banned", "goedkoop", 40)]
    result = compare_findings(old, new)
    assert [f.location.start for f in result.fixed] == [80]
    assert [(o.location.start, n.location.start) for o, n in result.remaining] == [(5, 40)]


def test_same_words_under_another_rule_are_not_the_same_finding() -> None:
    result = compare_findings([_f("tone.cliche", "uniek", 0)], [_f("tone.jargon", "uniek", 0)])
    assert len(result.fixed) == 1 and len(result.new) == 1


def test_findings_without_words_match_by_message() -> None:
    old = [_f("messages.key-message", "", 0, "Mist: elke dag vers")]
    new = [_f("messages.key-message", "", 0, "Mist: elke dag vers"),
           _f("messages.key-message", "", 0, "Mist: eerlijke ingrediënten")]
    result = compare_findings(old, new)
    assert len(result.remaining) == 1 and len(result.new) == 1
    assert match_key(new[1]) == ("messages.key-message", "message:mist: eerlijke ingrediënten")


def test_the_key_of_a_finding_is_stable_and_tells_places_apart() -> None:
    assert finding_key(_f("tone.cliche", "uniek", 3)) == finding_key(_f("tone.cliche", "uniek", 3))
    assert finding_key(_f("tone.cliche", "uniek", 3)) != finding_key(_f("tone.cliche", "uniek", 9))
