"""The immutable profile snapshot that checks, exports and packs consume.

A snapshot is a :class:`~brandregie.profile.schema.Brand` at one revision plus the bytes of the
files it names (fonts, logos). Workers receive snapshots, never live ORM objects, so they can run
on any thread without a database session.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from brandregie.profile.schema import Brand


def _freeze(files: Mapping[str, bytes]) -> Mapping[str, bytes]:
    return MappingProxyType(dict(files))


@dataclass(frozen=True, slots=True)
class ProfileSnapshot:
    """A brand profile as it was at ``revision`` (``None`` for a pack not stored anywhere)."""

    brand: Brand
    revision: int | None = None
    brand_id: int | None = None
    files: Mapping[str, bytes] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if not isinstance(self.files, MappingProxyType):
            object.__setattr__(self, "files", _freeze(self.files))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the files as a plain dict (a read-only mapping does not pickle), so a
        snapshot can go whole to a child process."""
        return (ProfileSnapshot, (self.brand, self.revision, self.brand_id, dict(self.files)))

    @property
    def name(self) -> str:
        return self.brand.name

    def file(self, path: str | None) -> bytes | None:
        """The bytes of a font or logo file named in the profile, if the snapshot holds them."""
        return self.files.get(path) if path else None
