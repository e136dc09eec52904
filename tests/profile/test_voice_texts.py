"""The owner's "sounds like us" texts: in the pack's optional ``voice`` section and the database."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine

from brandregie.profile.pack import load_pack, pack_json
from brandregie.profile.schema import Brand, Voice, VoiceText
from brandregie.profile.service import ProfileService
from brandregie.store.database import open_store
from brandregie.store.migrate import current_revision, head_revision, upgrade
from tests.store.old_database import add_brand_at_0001

OWN = VoiceText(title="Over ons", text="Ik bak elke ochtend om vijf uur. Je ruikt het al.",
                source="https://example.nl/over-ons")


def _write(path: Path, brand: dict[str, object]) -> Path:
    path.write_text(json.dumps({"format": "brandregie-pack", "version": 1, "brand": brand}),
                    encoding="utf-8")
    return path


def test_a_pack_without_a_voice_section_reads_as_before_and_writes_none(tmp_path: Path) -> None:
    loaded = load_pack(_write(tmp_path / "brand.json", {"name": "Bakker"}))
    assert loaded.snapshot.brand.voice.texts == ()
    assert loaded.ignored == ()
    assert "voice" not in json.loads(pack_json(loaded.snapshot.brand))["brand"]


def test_own_texts_come_through_a_pack_round_trip(tmp_path: Path) -> None:
    path = _write(tmp_path / "brand.json", {"name": "Bakker", "voice": {"texts": [
        {"title": "Over ons", "text": OWN.text, "source": OWN.source, "mood": "blij"}]}})
    loaded = load_pack(path)
    assert loaded.snapshot.brand.voice.texts == (OWN,)
    assert loaded.ignored == ("brand.voice.texts[0].mood",)
    again = json.loads(pack_json(loaded.snapshot.brand))["brand"]["voice"]
    assert again == {"texts": [{"title": "Over ons", "text": OWN.text, "source": OWN.source}]}


def test_a_database_before_own_texts_upgrades_and_keeps_them(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{db}")
    upgrade(engine, "0003")
    with engine.begin() as conn:
        brand_id = add_brand_at_0001(conn, colour=("Korenblond", "#E8B64C"))
    engine.dispose()

    with open_store(db) as store:
        assert current_revision(store.engine) == head_revision()
        service = ProfileService(store, author="anna")
        old = service.snapshot("Oude Bakker")
        assert old.brand.voice.texts == ()
        assert old.brand.visual.colours[0].hex == "#E8B64C"
        second = VoiceText(title="", text="Wij? Nee, ik. Gewoon ik en mijn oven.")
        brand = old.brand.model_copy(update={"voice": Voice(texts=(OWN, second))})
        assert old.revision is not None
        saved = service.save(brand_id, brand, base_revision=old.revision)
    with open_store(db) as store:
        kept = ProfileService(store).snapshot("Oude Bakker")
        assert kept.brand.voice.texts == (OWN, second)
        assert kept.revision == saved.revision
        assert isinstance(kept.brand, Brand)
