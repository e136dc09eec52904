"""The profile store on SQLite and PostgreSQL: every part kept, revisions, restore, conflicts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from brandregie.checks.answers import allow_word, ban_word
from brandregie.errors import BrandRegieError, ConflictError, NotFoundError, StoreError
from brandregie.profile import schema as s
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.store.database import open_store
from tests.clock import Clock


def _full_brand(sample: s.Brand) -> s.Brand:
    """The sample with files on a font and a logo and Dutch characters in odd places."""
    visual = sample.visual.model_copy(update={
        "fonts": (sample.visual.fonts[0].model_copy(update={"file": "fonts/Merriweather.ttf"}),
                  *sample.visual.fonts[1:]),
        "logos": (sample.visual.logos[0].model_copy(update={"file": "logos/logo.png"}),)})
    identity = sample.identity.model_copy(update={"story": "Café ’t Hoekje, ĳsjes en één ë."})
    return sample.model_copy(update={"visual": visual, "identity": identity})


FILES = {"fonts/Merriweather.ttf": b"\x00\x01\x00\x00font", "logos/logo.png": b"\x89PNG logo"}


def test_every_part_of_the_profile_is_stored_and_read_back(
        sample_snapshot: ProfileSnapshot, db_url: str) -> None:
    brand = _full_brand(sample_snapshot.brand)
    db = db_url
    with open_store(db) as store:
        created = ProfileService(store).create(brand, FILES)
    assert created.revision == 1
    with open_store(db) as store:  # a fresh engine: nothing comes from memory
        back = ProfileService(store).snapshot("Bakkerij Korenaar")
    assert back.brand == brand
    assert back.revision == 1
    assert back.file("fonts/Merriweather.ttf") == FILES["fonts/Merriweather.ttf"]
    assert back.file("logos/logo.png") == FILES["logos/logo.png"]
    # spot checks that would show a mapping mistake plainly
    assert back.brand.employer.hiring_goal == s.HiringGoal(count=4, role="bakker",
                                                           by=date(2027, 6, 30))
    assert [p.name for p in back.brand.personas] == ["Marieke, moeder van twee"]
    assert [p.name for p in back.brand.employer.personas] == ["Sanne, leerling-bakker",
                                                              "Ahmed, ervaren bakker"]
    assert back.brand.character.traits[1].is_not == "saai"


def test_one_database_holds_several_brands(sample_snapshot: ProfileSnapshot,
                                           db_url: str) -> None:
    with open_store(db_url) as store:
        service = ProfileService(store)
        service.create(sample_snapshot.brand)
        service.create(s.Brand(name="Installatiebedrijf Klaassen"))
        assert [b.name for b in service.list_brands()] == ["Bakkerij Korenaar",
                                                           "Installatiebedrijf Klaassen"]
        with pytest.raises(StoreError, match="already exists"):
            service.create(s.Brand(name="bakkerij korenaar"))


def _recolour(brand: s.Brand, hex_value: str) -> s.Brand:
    first = brand.visual.colours[0].model_copy(update={"hex": hex_value})
    return brand.model_copy(update={"visual": brand.visual.model_copy(
        update={"colours": (first, *brand.visual.colours[1:])})})


def test_each_save_an_hour_apart_makes_a_revision_with_who_and_what(
        sample_snapshot: ProfileSnapshot, db_url: str) -> None:
    with open_store(db_url) as store:
        service = ProfileService(store, author="anna", clock=Clock(timedelta(hours=1)))
        first = service.create(sample_snapshot.brand)
        assert first.brand_id is not None
        second = service.save(first.brand_id, _recolour(first.brand, "#E9B64C"),
                              base_revision=1)
        values = (*second.brand.identity.values, s.Value(name="Gezellig", meaning="Koffie!"))
        third = service.save(first.brand_id, second.brand.model_copy(update={
            "identity": second.brand.identity.model_copy(update={"values": values})}),
            base_revision=2)
        assert third.revision == 3
        history = service.revisions("Bakkerij Korenaar")
        assert [(r.number, r.author, r.action) for r in history] == [
            (3, "anna", "edited"), (2, "anna", "edited"), (1, "anna", "created")]
        assert service.changes(first.brand_id, 1, 2) == ["Colour Korenblond: #E8B64C -> #E9B64C"]
        assert service.changes(first.brand_id, 2, 3) == ["Added value Gezellig"]
        assert service.changes(first.brand_id, 1, 2, lang="nl") == [
            "Kleur Korenblond: #E8B64C -> #E9B64C"]


def test_saving_an_unchanged_profile_makes_no_revision(sample_snapshot: ProfileSnapshot,
                                                       db_url: str) -> None:
    with open_store(db_url) as store:
        service = ProfileService(store)
        first = service.create(sample_snapshot.brand)
        assert first.brand_id is not None
        again = service.save(first.brand_id, sample_snapshot.brand, base_revision=1)
        assert again.revision == 1
        assert len(service.revisions(first.brand_id)) == 1


def test_restore_brings_back_an_old_revision_as_a_new_one(sample_snapshot: ProfileSnapshot,
                                                          db_url: str) -> None:
    with open_store(db_url) as store:
        service = ProfileService(store)
        first = service.create(sample_snapshot.brand, {})
        assert first.brand_id is not None
        service.save(first.brand_id, _recolour(first.brand, "#000000"), base_revision=1)
        restored = service.restore("Bakkerij Korenaar", 1)
        assert restored.revision == 3
        assert restored.brand == sample_snapshot.brand
        assert service.snapshot("Bakkerij Korenaar", 2).brand.visual.colours[0].hex == "#000000"
        assert service.revisions(first.brand_id)[0].action == "restored"


def test_restore_brings_back_old_files(sample_snapshot: ProfileSnapshot, db_url: str) -> None:
    brand = _full_brand(sample_snapshot.brand)
    with open_store(db_url) as store:
        service = ProfileService(store)
        first = service.create(brand, FILES)
        assert first.brand_id is not None
        service.save(first.brand_id, brand, base_revision=1,
                     files={"logos/logo.png": b"\x89PNG new logo"})
        assert service.snapshot(first.brand_id).file("logos/logo.png") == b"\x89PNG new logo"
        service.restore(first.brand_id, 1)
        assert service.snapshot(first.brand_id).file("logos/logo.png") == FILES["logos/logo.png"]


def test_a_save_based_on_an_old_revision_is_refused(sample_snapshot: ProfileSnapshot,
                                                    db_url: str) -> None:
    db = db_url
    with open_store(db) as one, open_store(db) as two:
        anna, kees = ProfileService(one, author="anna"), ProfileService(two, author="kees")
        first = anna.create(sample_snapshot.brand)
        assert first.brand_id is not None
        anna.save(first.brand_id, _recolour(first.brand, "#111111"), base_revision=1)
        with pytest.raises(ConflictError) as caught:
            kees.save(first.brand_id, _recolour(first.brand, "#222222"), base_revision=1)
        assert caught.value.current_revision == 2
        assert kees.snapshot(first.brand_id).brand.visual.colours[0].hex == "#111111"


def test_import_of_an_existing_brand_adds_a_revision(sample_snapshot: ProfileSnapshot,
                                                     db_url: str) -> None:
    with open_store(db_url) as store:
        service = ProfileService(store)
        service.import_snapshot(sample_snapshot)
        changed = ProfileSnapshot(_recolour(sample_snapshot.brand, "#123456"))
        stored = service.import_snapshot(changed)
        assert stored.revision == 2
        assert service.snapshot("Bakkerij Korenaar", 1).brand == sample_snapshot.brand


def test_unknown_brands_and_revisions_are_clear_errors(db_url: str) -> None:
    with open_store(db_url) as store:
        service = ProfileService(store)
        with pytest.raises(NotFoundError, match="no brand “Nope”"):
            service.snapshot("Nope")
        made = service.create(s.Brand(name="Klaassen"))
        with pytest.raises(NotFoundError, match="revision 9 does not exist"):
            service.snapshot("Klaassen", 9)
        assert made.revision == 1


def test_an_answer_to_a_finding_is_saved_as_a_new_revision(
        tmp_path: Path, sample_snapshot: ProfileSnapshot) -> None:
    with open_store(tmp_path / "b.db") as store:
        service = ProfileService(store)
        stored = service.import_snapshot(sample_snapshot)
        saved = service.save_change(stored, lambda brand: ban_word(brand, "croissant"),
                                    note="from a review")
        assert saved.revision == (stored.revision or 0) + 1
        assert any(b.term == "croissant" for b in service.snapshot(saved.name).brand
                   .vocabulary.banned)
        assert service.revisions(saved.name)[0].note == "from a review"
        with pytest.raises(ConflictError):  # someone saved since ``stored`` was read
            service.save_change(stored, lambda brand: allow_word(brand, "skills"))


def test_a_pack_snapshot_cannot_take_answers(tmp_path: Path,
                                             sample_snapshot: ProfileSnapshot) -> None:
    with open_store(tmp_path / "b.db") as store, pytest.raises(BrandRegieError):
        ProfileService(store).save_change(sample_snapshot, lambda brand: brand)
