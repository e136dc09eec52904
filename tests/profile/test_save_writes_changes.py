"""A save writes only what changed: every other row of the brand keeps its id and content, and
what is read back (by a fresh connection) is exactly what was saved. Also when someone else
saved in between, so what the service remembers of its own last save is out of date."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from brandregie import models as m
from brandregie.profile import schema as s
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.store.database import Store, open_store
from tests.clock import Clock

_CHILDREN = (m.BrandValue, m.Trait, m.Competitor, m.BrandName, m.PreferredTerm, m.BannedTerm,
             m.KeyMessage, m.Colour, m.Font, m.Logo, m.EvpPillar, m.Persona,
             m.LabourCompetitor, m.JourneyStage, m.VoiceText)


def _rows(store: Store) -> dict[str, dict[int, tuple[Any, ...]]]:
    """Every child row of every brand, per table, by id: its whole content."""
    found: dict[str, dict[int, tuple[Any, ...]]] = {}
    with store.session() as session:
        for model in _CHILDREN:
            found[model.__tablename__] = {row.id: tuple(row) for row in
                                          session.execute(select(model.__table__))}
    return found


def _brand_columns(store: Store) -> dict[str, Any]:
    with store.session() as session:
        row = session.execute(select(m.Brand.__table__)).one()
        return dict(row._mapping)


def _saved(service: ProfileService, snap: ProfileSnapshot, brand: s.Brand) -> ProfileSnapshot:
    assert snap.brand_id is not None and snap.revision is not None
    return service.save(snap.brand_id, brand, base_revision=snap.revision)


def _read_back(db: str) -> s.Brand:
    with open_store(db) as store:  # a fresh engine: nothing comes from memory
        return ProfileService(store).snapshot("Bakkerij Korenaar").brand


def test_a_one_field_save_leaves_every_other_row_as_it_was(
        sample_snapshot: ProfileSnapshot, db_url: str) -> None:
    with open_store(db_url) as store:
        service = ProfileService(store)
        snap = service.create(sample_snapshot.brand)
        before, brand_before = _rows(store), _brand_columns(store)
        story = snap.brand.identity.model_copy(update={"story": "Sinds 1921 aan de Markt."})
        snap = _saved(service, snap, snap.brand.model_copy(update={"identity": story}))
        assert _rows(store) == before
        after = _brand_columns(store)
        changed = {key for key in after if after[key] != brand_before[key]}
        assert changed == {"story", "revision", "updated_at"}
    assert _read_back(db_url) == snap.brand


def test_a_changed_list_item_keeps_its_row_and_the_lists_grow_and_shrink(
        sample_snapshot: ProfileSnapshot, db_url: str) -> None:
    with open_store(db_url) as store:
        service = ProfileService(store)
        snap = service.create(sample_snapshot.brand)
        before = _rows(store)
        visual = snap.brand.visual
        colours = (visual.colours[0].model_copy(update={"hex": "#123456"}), *visual.colours[1:])
        snap = _saved(service, snap, snap.brand.model_copy(update={
            "visual": visual.model_copy(update={"colours": colours})}))
        after = _rows(store)
        assert after["colours"].keys() == before["colours"].keys()
        assert [i for i in after["colours"] if after["colours"][i] != before["colours"][i]] \
            == [min(before["colours"])]
        assert {t: r for t, r in after.items() if t != "colours"} == \
            {t: r for t, r in before.items() if t != "colours"}
        assert _read_back(db_url) == snap.brand

        vocabulary = snap.brand.vocabulary
        snap = _saved(service, snap, snap.brand.model_copy(update={
            "vocabulary": vocabulary.model_copy(update={
                "banned": vocabulary.banned[1:],
                "key_messages": (*vocabulary.key_messages,
                                 s.KeyMessage(text="Elke ochtend vers."))}),
            "personas": snap.brand.personas[:1]}))
        assert _read_back(db_url) == snap.brand
        snap = _saved(service, snap, sample_snapshot.brand)
        assert _read_back(db_url) == sample_snapshot.brand


def test_a_save_after_someone_elses_keeps_both_changes(
        sample_snapshot: ProfileSnapshot, db_url: str) -> None:
    with open_store(db_url) as store:
        mine, theirs = ProfileService(store, author="anna"), ProfileService(store, author="bo")
        snap = mine.create(sample_snapshot.brand)
        snap = _saved(mine, snap, snap.brand.model_copy(update={
            "identity": snap.brand.identity.model_copy(update={"story": "Eerste versie."})}))
        other = theirs.snapshot(snap.brand.name)
        visual = other.brand.visual
        other = _saved(theirs, other, other.brand.model_copy(update={
            "visual": visual.model_copy(update={"colours": visual.colours[:1]})}))
        # I take their revision up and change the story again; what I remember of my own
        # save is out of date (their colours), so the rows are read, not assumed.
        snap = _saved(mine, other, other.brand.model_copy(update={
            "identity": other.brand.identity.model_copy(update={"story": "Tweede versie."})}))
    back = _read_back(db_url)
    assert back == snap.brand
    assert back.identity.story == "Tweede versie."
    assert back.visual.colours == sample_snapshot.brand.visual.colours[:1]


def test_a_brand_deleted_and_made_again_is_read_not_remembered(
        sample_snapshot: ProfileSnapshot, db_url: str) -> None:
    clock = Clock()  # every save at the same moment: only the brand's creation tells them apart
    with open_store(db_url) as store:
        mine, theirs = ProfileService(store, clock=clock), ProfileService(store, clock=clock)
        snap = mine.create(sample_snapshot.brand)
        snap = _saved(mine, snap, snap.brand.model_copy(update={
            "identity": snap.brand.identity.model_copy(update={"story": "Eerste bakkerij."})}))
        theirs.delete(snap.brand.name)
        visual = sample_snapshot.brand.visual
        again = theirs.create(sample_snapshot.brand.model_copy(update={
            "visual": visual.model_copy(update={"colours": visual.colours[:1]})}))
        again = _saved(theirs, again, again.brand.model_copy(update={
            "identity": again.brand.identity.model_copy(update={"story": "Tweede bakkerij."})}))
        # Mine remembers the first brand under the same id, revision number and time of saving;
        # it saves all the colours again, which that brand had and the rows no longer hold.
        snap = _saved(mine, again, sample_snapshot.brand.model_copy(update={
            "identity": again.brand.identity.model_copy(update={"story": "Derde bakkerij."})}))
    back = _read_back(db_url)
    assert back == snap.brand
    assert back.visual.colours == sample_snapshot.brand.visual.colours
