"""Two people, one profile: a stale save is refused, the person sees what changed and chooses.

Every test runs on SQLite and on PostgreSQL (team mode). The concurrent ones use real writers:
threads, each with its own engine and connections, as separate computers would be. Every loop
is bounded in count and in time.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from brandregie.errors import ConflictError
from brandregie.profile import schema as s
from brandregie.profile.conflict import Side, explain_conflict, save_resolved
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.store.database import Store, open_store


def _mission(brand: s.Brand, text: str) -> s.Brand:
    return brand.model_copy(update={"identity": brand.identity.model_copy(
        update={"mission": text})})


def _add_value(brand: s.Brand, name: str) -> s.Brand:
    values = (*brand.identity.values, s.Value(name=name, meaning=f"meaning of {name}"))
    return brand.model_copy(update={"identity": brand.identity.model_copy(
        update={"values": values})})


def _recolour(brand: s.Brand, index: int, hex_value: str) -> s.Brand:
    colours = list(brand.visual.colours)
    colours[index] = colours[index].model_copy(update={"hex": hex_value})
    return brand.model_copy(update={"visual": brand.visual.model_copy(
        update={"colours": tuple(colours)})})


@pytest.fixture
def two(db_url: str, sample_snapshot: ProfileSnapshot
        ) -> Iterator[tuple[ProfileService, ProfileService, ProfileSnapshot]]:
    """Anna and Kees, each with their own connection to the same database and brand."""
    with open_store(db_url) as one, open_store(db_url) as other:
        anna, kees = ProfileService(one, author="anna"), ProfileService(other, author="kees")
        first = anna.create(sample_snapshot.brand)
        yield anna, kees, first


def test_the_same_field_conflicts_visibly_and_the_person_chooses(
        two: tuple[ProfileService, ProfileService, ProfileSnapshot]) -> None:
    anna, kees, first = two
    assert first.brand_id is not None
    base = kees.snapshot(first.brand_id)  # Kees opens the profile ...
    anna.save(first.brand_id, _mission(first.brand, "Brood voor de hele buurt"),
              base_revision=1)  # ... Anna saves first
    mine = _mission(base.brand, "Eerlijk brood, elke dag")
    with pytest.raises(ConflictError) as refused:
        kees.save(first.brand_id, mine, base_revision=1)
    assert refused.value.current_revision == 2

    conflict = explain_conflict(kees, first.brand_id, mine, base_revision=1)
    assert (conflict.base_revision, conflict.current_revision) == (1, 2)
    assert [(r.number, r.author) for r in conflict.saved_since] == [(2, "anna")]
    assert len(conflict.their_changes) == 1
    assert conflict.their_changes[0].startswith("Mission: ")
    assert conflict.their_changes[0].endswith("-> “Brood voor de hele buurt”")
    assert conflict.my_changes[0].endswith("-> “Eerlijk brood, elke dag”")
    [clash] = conflict.conflicts
    assert (clash.path, clash.label) == ("identity.mission", "Mission")
    assert (clash.shown(Side.MINE), clash.shown(Side.THEIRS)) == (
        "Eerlijk brood, elke dag", "Brood voor de hele buurt")
    assert not conflict.merges_cleanly

    # Kees keeps Anna's text: nothing new to save, and Anna's revision stays current
    assert conflict.resolve({"identity.mission": Side.THEIRS}) == conflict.theirs
    # Kees chooses his own: saved on top, and Anna's text is still in the history
    saved = save_resolved(kees, conflict, {"identity.mission": "mine"})
    assert saved.revision == 3
    assert kees.snapshot(first.brand_id).brand.identity.mission == "Eerlijk brood, elke dag"
    assert anna.snapshot(first.brand_id, 2).brand.identity.mission == "Brood voor de hele buurt"
    assert [r.author for r in anna.revisions(first.brand_id)] == ["kees", "anna", "anna"]


def test_changes_to_different_fields_merge_without_loss(
        two: tuple[ProfileService, ProfileService, ProfileSnapshot]) -> None:
    anna, kees, first = two
    assert first.brand_id is not None
    anna.save(first.brand_id, _recolour(_add_value(first.brand, "Gezellig"), 0, "#111111"),
              base_revision=1)
    mine = _recolour(_add_value(_mission(first.brand, "Nieuw"), "Geduld"), 1, "#222222")
    with pytest.raises(ConflictError):
        kees.save(first.brand_id, mine, base_revision=1)
    conflict = explain_conflict(kees, first.brand_id, mine, base_revision=1, lang="nl")
    assert conflict.merges_cleanly
    assert "Waarde Gezellig toegevoegd" in conflict.their_changes or any(
        "Gezellig" in line for line in conflict.their_changes)
    saved = save_resolved(kees, conflict)
    brand = saved.brand
    assert brand.identity.mission == "Nieuw"
    names = [v.name for v in brand.identity.values]
    assert "Gezellig" in names and "Geduld" in names
    assert [c.hex for c in brand.visual.colours[:2]] == ["#111111", "#222222"]


def test_one_item_changed_by_both_is_one_conflict(
        two: tuple[ProfileService, ProfileService, ProfileSnapshot]) -> None:
    anna, kees, first = two
    assert first.brand_id is not None
    anna.save(first.brand_id, _recolour(first.brand, 0, "#101010"), base_revision=1)
    mine = _recolour(first.brand, 0, "#202020")
    with pytest.raises(ConflictError):
        kees.save(first.brand_id, mine, base_revision=1)
    conflict = explain_conflict(kees, first.brand_id, mine, base_revision=1)
    [clash] = conflict.conflicts
    name = first.brand.visual.colours[0].name
    assert clash.path == f"visual.colours[{name}]"
    assert clash.label == f"Colour {name}"
    assert "#202020" in clash.shown("mine") and "#101010" in clash.shown("theirs")
    assert conflict.resolve(default=Side.THEIRS).visual.colours[0].hex == "#101010"


# -- real concurrency --------------------------------------------------------------------------


def test_simultaneous_saves_from_one_revision_let_exactly_one_through(
        db_url: str, sample_snapshot: ProfileSnapshot) -> None:
    writers = 6
    with open_store(db_url) as setup:
        first = ProfileService(setup).create(sample_snapshot.brand)
    assert first.brand_id is not None
    stores = [open_store(db_url) for _ in range(writers)]
    start = threading.Barrier(writers, timeout=30)
    outcome: list[str] = []
    lock = threading.Lock()

    def write(i: int) -> None:
        service = ProfileService(stores[i], author=f"writer{i}")
        start.wait()
        try:
            service.save(first.brand_id, _mission(first.brand, f"missie {i}"),  # type: ignore[arg-type]
                         base_revision=1)
            result = f"saved {i}"
        except ConflictError:
            result = "refused"
        with lock:
            outcome.append(result)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    for store in stores:
        store.close()
    assert len(outcome) == writers
    saved = [o for o in outcome if o.startswith("saved")]
    assert len(saved) == 1 and outcome.count("refused") == writers - 1
    with open_store(db_url) as check:
        service = ProfileService(check)
        now = service.snapshot(first.brand_id)
        assert now.revision == 2
        winner = saved[0].split()[1]
        assert now.brand.identity.mission == f"missie {winner}"
        assert service.revisions(first.brand_id)[0].author == f"writer{winner}"


@dataclass
class Worker:
    """One person editing in a loop; keeps what they saved and how often they were refused."""

    number: int
    store: Store
    seed: int
    saved: list[tuple[int, str, str]] = field(default_factory=list)  # (revision, kind, token)
    conflicts: int = 0
    gave_up: list[str] = field(default_factory=list)


def _edit_loop(worker: Worker, brand_id: int, edits: int, deadline: float) -> None:
    rng = random.Random(worker.seed)
    service = ProfileService(worker.store, author=f"w{worker.number}")
    for n in range(edits):
        if time.monotonic() > deadline:
            worker.gave_up.append(f"w{worker.number}-{n}: out of time")
            return
        token = f"w{worker.number}-{n}"
        kind = rng.choice(["mission", "value", "colour"])
        current = service.snapshot(brand_id)
        assert current.revision is not None
        base = current.revision
        if kind == "mission":
            mine = _mission(current.brand, token)
        elif kind == "value":
            mine = _add_value(current.brand, token)
        else:
            mine = _recolour(current.brand, rng.randrange(len(current.brand.visual.colours)),
                             f"#{rng.randrange(16**6):06X}")
        time.sleep(rng.random() * 0.01)  # think a moment, as people do
        for _attempt in range(50):
            try:
                snap = service.save(brand_id, mine, base_revision=base, note=token)
                worker.saved.append((snap.revision or 0, kind, token))
                break
            except ConflictError:
                worker.conflicts += 1
                conflict = explain_conflict(service, brand_id, mine, base)
                # the person reads the clash and keeps their own edit
                mine, base = conflict.resolve(default=Side.MINE), conflict.current_revision
        else:
            worker.gave_up.append(f"{token}: 50 conflicts in a row")


@pytest.mark.slow
def test_many_random_concurrent_edits_lose_nothing(db_url: str,
                                                   sample_snapshot: ProfileSnapshot) -> None:
    workers, edits, seconds = 4, 12, 60.0
    with open_store(db_url) as setup:
        first = ProfileService(setup).create(sample_snapshot.brand)
    assert first.brand_id is not None
    brand_id = first.brand_id
    crew = [Worker(i, open_store(db_url), seed=1000 + i) for i in range(workers)]
    deadline = time.monotonic() + seconds
    errors: list[BaseException] = []

    def run(worker: Worker) -> None:
        try:
            _edit_loop(worker, brand_id, edits, deadline)
        except BaseException as exc:  # surfaced below, with the thread's traceback
            errors.append(exc)
            raise

    threads = [threading.Thread(target=run, args=(w,)) for w in crew]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 30)
    for w in crew:
        w.store.close()
    assert not errors, errors
    assert all(not t.is_alive() for t in threads)
    assert [g for w in crew for g in w.gave_up] == []

    saves = sorted(item for w in crew for item in w.saved)
    assert len(saves) == workers * edits
    assert sum(w.conflicts for w in crew) > 0, "the writers never collided: not a real test"
    with open_store(db_url) as check:
        service = ProfileService(check)
        history = service.revisions(brand_id)
        # one revision per successful save, numbered without gaps, each a different save
        assert sorted(r.number for r in history) == list(range(1, len(saves) + 2))
        assert [rev for rev, _kind, _token in saves] == list(range(2, len(saves) + 2))
        notes = {r.number: r.note for r in history}
        final = service.snapshot(brand_id).brand
        for revision, kind, token in saves:
            assert notes[revision] == token
            stored = service.snapshot(brand_id, revision).brand
            if kind == "mission":
                assert stored.identity.mission == token
        # every value anyone added is still there: additions never overwrite each other
        added = {token for _rev, kind, token in saves if kind == "value"}
        assert added <= {v.name for v in final.identity.values}
