"""The sample brand that ships with the app, stored once so an owner can look around first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from brandregie.paths import sample_pack
from brandregie.profile.pack import read_pack

if TYPE_CHECKING:
    from brandregie.profile.service import ProfileService


def stored_sample_brand(service: ProfileService) -> int:
    """The sample brand's id, importing it first if no brand of that name is stored yet
    (opening it twice must not make a second copy)."""
    snapshot = read_pack(sample_pack())
    existing = {b.name.lower(): b.id for b in service.list_brands()}
    brand_id = existing.get(snapshot.brand.name.lower())
    if brand_id is None:
        brand_id = service.import_snapshot(snapshot).brand_id
    assert brand_id is not None
    return brand_id
