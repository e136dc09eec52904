"""Every field of the pack survives the database: a profile with each field set, unlike its
default, is stored in a real SQLite file and read back equal.

The profile is made from the schema itself (:mod:`brandregie.profile.schema`), so a field added
to the pack and forgotten by the tables or by ``profile/mapping.py`` fails here.
"""

from __future__ import annotations

import types
import typing
from datetime import date
from itertools import count
from pathlib import Path
from typing import Any, Literal, Union

from annotated_types import Ge, Le
from pydantic.fields import FieldInfo

from brandregie.profile import schema as s
from brandregie.profile.service import ProfileService
from brandregie.store.database import open_store

_numbers = count(1)


def _text(path: str) -> str:
    return f"{path} {next(_numbers)} ’t café"


def _bounds(field: FieldInfo) -> tuple[float, float]:
    low, high = 0.0, 1000.0
    for meta in field.metadata:
        if isinstance(meta, Ge):
            low = float(meta.ge)  # type: ignore[arg-type]
        if isinstance(meta, Le):
            high = float(meta.le)  # type: ignore[arg-type]
    return low, high


def _value(annotation: Any, field: FieldInfo, path: str, files: dict[str, bytes]) -> Any:
    """A valid value for ``path``, unlike the field's default."""
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):  # X | None: a value of X
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _value(inner[0], field, path, files)
    if origin is typing.Annotated:
        return _value(typing.get_args(annotation)[0], field, path, files)
    if origin is tuple:
        item = typing.get_args(annotation)[0]
        return tuple(_value(item, field, f"{path}[{n}]", files) for n in range(2))
    if origin is dict:
        return {"nl": "u", "en": "you", "de": "jij"}
    if origin is Literal:
        choices = [c for c in typing.get_args(annotation) if c != field.default]
        return choices[next(_numbers) % len(choices)]
    if isinstance(annotation, type) and issubclass(annotation, s.Part):
        return filled(annotation, path, files)
    if annotation is bool:
        return not field.default
    if annotation is int:
        low, high = _bounds(field)
        return next(v for v in range(int(low) + 1, int(high) + 1) if v != field.default)
    if annotation is float:
        return 12.5
    if annotation is date:
        return date(2027, 3, 14)
    if path.endswith(".hex"):
        return f"#{next(_numbers) * 99991 % 0xFFFFFF:06X}"
    if path.endswith(".file"):
        name = f"files/{next(_numbers)}.bin"
        files[name] = name.encode()
        return name
    if path.endswith("languages"):
        return "en"
    return _text(path)


def filled(part: type[s.Part], path: str, files: dict[str, bytes]) -> Any:
    """``part`` with every field set (two items in each list), none to its default."""
    values = {}
    for name, field in part.model_fields.items():
        annotation: Any = field.annotation
        if field.metadata:
            annotation = typing.Annotated[annotation, *field.metadata]
        values[name] = _value(annotation, field, f"{path}.{name}" if path else name, files)
    return part(**values)


def _leaves(value: Any, path: str = "") -> dict[str, Any]:
    if isinstance(value, s.Part):
        found: dict[str, Any] = {}
        for name in type(value).model_fields:
            found |= _leaves(getattr(value, name), f"{path}.{name}" if path else name)
        return found
    if isinstance(value, tuple) and value and isinstance(value[0], s.Part):
        return {k: v for n, item in enumerate(value) for k, v in _leaves(item, f"{path}[{n}]")
                .items()}
    return {path: value}


def test_the_filled_profile_sets_every_field_unlike_its_default() -> None:
    brand = filled(s.Brand, "", {})
    default = s.Brand(name="x")
    assert len(_leaves(brand)) > 100
    for path, value in _leaves(brand).items():
        assert value not in ((), None, ""), path
    for name in s.Brand.model_fields:
        assert getattr(brand, name) != getattr(default, name), name


def test_every_field_of_the_pack_is_stored_and_read_back(tmp_path: Path) -> None:
    files: dict[str, bytes] = {}
    brand = filled(s.Brand, "", files)
    with open_store(tmp_path / "brandregie.db") as store:
        ProfileService(store).create(brand, files)
    with open_store(tmp_path / "brandregie.db") as store:  # nothing comes from memory
        back = ProfileService(store).snapshot(brand.name)
    assert _leaves(back.brand) == _leaves(brand)
    assert back.brand == brand
    assert {path: back.file(path) for path in files} == files


def test_a_changed_field_is_stored_in_place_of_the_old(tmp_path: Path) -> None:
    """Saving over a stored profile leaves nothing of the old one behind (lists replaced)."""
    first_files: dict[str, bytes] = {}
    first = filled(s.Brand, "", first_files)
    files: dict[str, bytes] = {}
    second = filled(s.Brand, "", files).model_copy(update={"name": first.name})
    with open_store(tmp_path / "brandregie.db") as store:
        service = ProfileService(store)
        created = service.create(first, first_files)
        assert created.brand_id is not None
        service.save(created.brand_id, second, base_revision=1, files=files)
        assert service.snapshot(first.name).brand == second
