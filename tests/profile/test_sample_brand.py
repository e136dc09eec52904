"""The sample brand from File → Open the sample brand: stored once however often it is opened."""

from __future__ import annotations

from pathlib import Path

from brandregie.paths import sample_pack
from brandregie.profile.pack import read_pack
from brandregie.profile.sample import stored_sample_brand
from brandregie.profile.service import ProfileService
from brandregie.store.database import open_store


def test_opening_the_sample_twice_stores_it_once(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'b.db'}") as store:
        service = ProfileService(store)
        first = stored_sample_brand(service)
        again = stored_sample_brand(service)
        brands = service.list_brands()
    assert again == first
    assert [b.id for b in brands] == [first]
    assert brands[0].name == read_pack(sample_pack()).brand.name
