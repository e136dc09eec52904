"""The history as a person remembers it: bursts of autosaves as one entry, changes in words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from brandregie.profile.history import (
    EDIT_BURST_GAP,
    RevisionInfo,
    describe_changes,
    group_edits,
)
from brandregie.profile.snapshot import ProfileSnapshot

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _rev(number: int, minutes: float, action: str = "edited", author: str = "anna",
         note: str = "") -> RevisionInfo:
    return RevisionInfo(number, START + timedelta(minutes=minutes), author, action, note)


def _shape(revisions: list[RevisionInfo]) -> list[tuple[int, int]]:
    return [(e.newest.number, e.oldest.number) for e in group_edits(revisions)]


def test_a_burst_of_autosaves_is_one_entry_and_keeps_every_revision() -> None:
    history = [_rev(n, n * 0.01) for n in range(60, 1, -1)] + [_rev(1, 0, "imported")]
    entries = group_edits(history)
    assert [(e.newest.number, e.oldest.number, e.count) for e in entries] == [
        (60, 2, 59), (1, 1, 1)]
    assert sum(e.count for e in entries) == len(history)
    assert entries[0].holds(30) and not entries[0].holds(1)


def test_a_pause_another_person_or_a_named_action_starts_a_new_entry() -> None:
    gap = EDIT_BURST_GAP.total_seconds() / 60
    history = [
        _rev(9, 3 * gap + 2),
        _rev(8, 3 * gap + 1, note="banned word oven"),  # a review answer: stands alone
        _rev(7, 3 * gap),
        _rev(6, 2 * gap + 1, "restored", note="restored revision 2"),
        _rev(5, 2 * gap),
        _rev(4, gap + 1, author="bram"),
        _rev(3, gap),  # a pause of exactly the gap: a new entry
        _rev(2, 0),
        _rev(1, 0, "created"),
    ]
    assert _shape(history) == [(9, 9), (8, 8), (7, 7), (6, 6), (5, 5), (4, 4), (3, 3), (2, 2),
                               (1, 1)]


def test_edits_by_one_person_minutes_apart_stay_together() -> None:
    assert _shape([_rev(4, 9), _rev(3, 5), _rev(2, 1), _rev(1, 0, "created")]) == [
        (4, 2), (1, 1)]


def test_changes_are_described_in_words_in_both_languages(
        sample_snapshot: ProfileSnapshot) -> None:
    brand = sample_snapshot.brand
    colours = brand.visual.colours
    moved = brand.model_copy(update={"visual": brand.visual.model_copy(update={
        "colours": (colours[1], colours[0], *colours[2:])})})
    assert describe_changes(brand, moved, "en") == ["Reordered: colours"]
    assert describe_changes(brand, moved, "nl") == ["Volgorde gewijzigd: kleuren"]
    recoloured = brand.model_copy(update={"visual": brand.visual.model_copy(update={
        "colours": (colours[0].model_copy(update={"hex": "#E9B64C"}), *colours[1:])})})
    assert describe_changes(brand, recoloured, "en") == [
        f"Colour {colours[0].name}: {colours[0].hex} -> #E9B64C"]
    assert describe_changes(brand, brand, "nl") == []
