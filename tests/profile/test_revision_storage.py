"""Long profile texts typed over many sessions stay small in the history (each revision a delta
against the one before it) and every revision comes back exactly; a store written with the
older layout (deltas against a keyframe) keeps reading and grows in the new one."""

from __future__ import annotations

import itertools
import random
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from brandregie import models as m
from brandregie.profile import revision_data, revision_store
from brandregie.profile import schema as s
from brandregie.profile.revision_data import KEYFRAME_EVERY
from brandregie.profile.revision_store import BURST_GAP
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.store.database import open_store
from tests.clock import Clock
from tests.fixtures.db.make_databases import BRAND, database_path

FIELDS = ("story", "mission", "vision", "why")


def _vocabulary(rng: random.Random) -> list[str]:
    """Made-up words, varied enough that typed text compresses like real prose."""
    syllables = ("ba", "ker", "ij", "de", "sem", "ko", "ren", "aar", "ove", "n", "mel", "tar",
                 "we", "vers", "ge", "bak", "ken", "ruim", "te", "licht", "zuur", "gist")
    return ["".join(rng.choice(syllables) for _ in range(rng.randint(1, 4)))
            for _ in range(600)]


def _sessions(brand: s.Brand, count: int) -> list[list[s.Brand]]:
    """``count`` typing sessions of 4-12 autosaves each: one field grows by words each save,
    trimmed to its last 1,500 characters, as an owner writes the brand's texts over months."""
    rng = random.Random(21)
    words = _vocabulary(rng)
    texts = {f: " ".join(rng.choice(words) for _ in range(150))[-1500:].strip() for f in FIELDS}
    sessions = []
    for _ in range(count):
        field, saves = rng.choice(FIELDS), []
        for _ in range(rng.randint(4, 12)):
            typed = " ".join(rng.choice(words) for _ in range(3))
            texts[field] = (texts[field] + " " + typed)[-1500:].strip()
            brand = brand.model_copy(update={"identity": brand.identity.model_copy(
                update=dict(texts))})
            saves.append(brand)
        sessions.append(saves)
    return sessions


def _chain_lengths(rows: dict[int, int | None]) -> list[int]:
    """For each revision, how many deltas restoring it inflates."""
    lengths = []
    for number in rows:
        length, base = 0, rows[number]
        while base is not None:
            length, base = length + 1, rows[base]
        lengths.append(length)
    return lengths


def test_long_texts_typed_in_many_sessions_take_under_a_kilobyte_a_revision(
        sample_snapshot: ProfileSnapshot, db_url: str) -> None:
    clock = Clock(timedelta(seconds=3))
    saved: dict[int, s.Brand] = {}
    with open_store(db_url) as store:
        service = ProfileService(store, author="anna", clock=clock)
        snap = service.create(sample_snapshot.brand)
        brand_id = snap.brand_id
        assert brand_id is not None
        for session in _sessions(snap.brand, 90):
            for brand in session:
                assert snap.revision is not None
                snap = service.save(brand_id, brand, base_revision=snap.revision)
            assert snap.revision is not None
            saved[snap.revision] = snap.brand  # the session's last save: the kept revision
            clock.wait(BURST_GAP)
        kept = service.revisions(brand_id, limit=None)
        assert len(kept) == 91  # the creation and one revision per session
        with store.session() as db:
            stored = db.scalar(select(func.sum(func.length(m.Revision.data))))
            links = dict(db.execute(select(m.Revision.number, m.Revision.base_number)).all())
            whole = len(revision_data.encode(revision_data.dump(
                *revision_store.read(db, brand_id, kept[0].number))))
        # each session adds ~200 characters to one of four 1.5 KB texts: whole, a revision
        # takes ~3 KB compressed; as a delta against the one before, what the session typed
        assert whole > 2500
        assert stored is not None and stored / len(kept) <= 1024, stored / len(kept)
        assert max(_chain_lengths(links)) < KEYFRAME_EVERY  # a restore inflates at most 31
        for number in random.Random(7).sample(sorted(saved), 30):  # as saved, exactly
            assert service.snapshot(brand_id, number).brand == saved[number]
        # a history page reads neighbours in one go: the same as one at a time
        newest = sorted(saved)[-40:]
        pairs = list(itertools.pairwise(newest))
        assert service.changes_between(brand_id, pairs) == [
            service.changes(brand_id, old, new) for old, new in pairs]


def test_a_store_with_deltas_against_keyframes_reads_on_and_grows_in_the_new_layout(
        tmp_path: Path) -> None:
    db = tmp_path / "0007.db"
    shutil.copyfile(database_path("0007"), db)  # revision 4: a delta against keyframe 1
    clock = Clock(timedelta(seconds=2), start=Clock().now + timedelta(days=400))
    with open_store(db) as store:
        service = ProfileService(store, author="anna", clock=clock)
        snap = service.snapshot(BRAND)
        brand_id = snap.brand_id
        assert snap.revision == 4 and brand_id is not None
        with store.session() as session:
            old = {n: revision_store.read(session, brand_id, n) for n in (1, 4)}
        assert old[4] == old[1]  # the fixture's burst typed and undid
        saved: dict[int, s.Brand] = {}
        opening = " ".join(f"Zin {i}: ons brood rijst een nacht lang." for i in range(40))
        for step in range(1, 3 * KEYFRAME_EVERY):
            story = f"{snap.brand.identity.story or opening} zin {step}"
            snap = service.save(brand_id, snap.brand.model_copy(update={
                "identity": snap.brand.identity.model_copy(update={"story": story})}),
                base_revision=snap.revision)
            assert snap.revision is not None
            saved[snap.revision] = snap.brand
            clock.wait(BURST_GAP)
        with store.session() as session:
            links = dict(session.execute(select(m.Revision.number, m.Revision.base_number)
                                         .where(m.Revision.brand_id == brand_id)).all())
            keyframes = session.scalar(select(func.count()).where(
                m.Revision.brand_id == brand_id, m.Revision.base_number.is_(None)))
            assert {n: revision_store.read(session, brand_id, n) for n in (1, 4)} == old
        assert links[4] == 1  # the old delta is kept as it was
        new = [links[n] for n in saved]
        assert all(links[n] in (n - 1, None) for n in saved)  # on the one before, or whole
        assert new.count(None) <= 4 and keyframes is not None and keyframes <= 5
        assert max(_chain_lengths(links)) < KEYFRAME_EVERY
        for number, brand in saved.items():
            assert service.snapshot(brand_id, number).brand == brand


def test_a_history_streams_through_with_each_row_inflated_once() -> None:
    texts = [f"versie {n} ".encode() * 40 for n in range(6)]
    rows: list[tuple[int, int | None, bytes]] = [(1, None, revision_data.encode(texts[1]))]
    rows += [(n, n - 1, revision_data.encode(texts[n], texts[n - 1])) for n in range(2, 5)]
    rows.append((5, 1, revision_data.encode(texts[5], texts[1])))  # the older layout
    assert dict(revision_data.inflate(reversed(rows))) == {n: texts[n] for n in range(1, 6)}
    assert dict(revision_data.inflate(rows, {3, 5})) == {3: texts[3], 5: texts[5]}
    with pytest.raises(LookupError):
        list(revision_data.inflate(rows[2:]))  # revision 3's base is missing


def test_two_stores_with_the_same_revision_numbers_each_restore_their_own(
        sample_snapshot: ProfileSnapshot, tmp_path: Path) -> None:
    """Saves keep recently restored revisions in memory (by the bytes they were restored
    from), so a local store and a team store of one brand never get each other's."""
    clock = Clock(timedelta(minutes=20))
    saved: dict[str, dict[int, s.Brand]] = {}
    with open_store(tmp_path / "local.db") as local, open_store(tmp_path / "team.db") as team:
        services = {name: ProfileService(store, author="anna", clock=clock)
                    for name, store in (("local", local), ("team", team))}
        snaps = {name: service.create(sample_snapshot.brand)
                 for name, service in services.items()}
        for step in range(1, 6):
            for name, service in services.items():  # the same numbers, other words
                snap = snaps[name]
                assert snap.brand_id is not None and snap.revision is not None
                story = f"{name} {step}: " + "deeg rijst, " * 30 + "klaar."
                snaps[name] = service.save(snap.brand_id, snap.brand.model_copy(update={
                    "identity": snap.brand.identity.model_copy(update={"story": story})}),
                    base_revision=snap.revision)
                saved.setdefault(name, {})[step + 1] = snaps[name].brand
        for number in range(2, 7):
            for name, service in services.items():
                assert service.snapshot(1, number).brand == saved[name][number]
