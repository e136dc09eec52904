"""Between the ORM rows of a brand and the immutable :class:`~brandregie.profile.schema.Brand`.

The one place that knows which column holds which pack field, and it is read off the schema:
each field of a section (identity, character, ...) is the column of ``brands`` of the same name;
a part kept on ``brands`` under a prefix (tone, clichés, hiring goal, advocacy) is named in
:data:`_PREFIXES`; each list of objects is a child table (:data:`_LISTS`), whose columns carry
the item's field names (:data:`_COLUMNS` says where they differ). Lists of text are JSON columns
(tuples in the schema, lists in the row). So a field added to the pack needs only its column
and migration; ``tests/profile/test_mapping.py`` stores a profile with every field set to prove
it. Files (fonts, logos) are passed as ``{pack path: sha256}``; the caller stores the bytes in
``assets``.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from typing import Any, TypeVar

from brandregie import models as m
from brandregie.profile import schema as s

P = TypeVar("P", bound=s.Part)

#: Pack path of a list of objects -> the brand's relationship to its child table.
_LISTS: dict[str, tuple[str, type[Any]]] = {
    "identity.values": ("values", m.BrandValue),
    "character.traits": ("traits", m.Trait),
    "positioning.competitors": ("competitors", m.Competitor),
    "vocabulary.brand_names": ("brand_names", m.BrandName),
    "vocabulary.preferred": ("preferred_terms", m.PreferredTerm),
    "vocabulary.banned": ("banned_terms", m.BannedTerm),
    "vocabulary.key_messages": ("key_messages", m.KeyMessage),
    "visual.colours": ("colours", m.Colour),
    "visual.fonts": ("fonts", m.Font),
    "visual.logos": ("logos", m.Logo),
    "employer.evp": ("evp_pillars", m.EvpPillar),
    "employer.labour_competitors": ("labour_competitors", m.LabourCompetitor),
    "employer.candidate_journey": ("journey_stages", m.JourneyStage),
    "voice.texts": ("voice_texts", m.VoiceText),
}
#: The two lists of personas share one table, told apart by ``kind``.
_PERSONAS = {"personas": m.PersonaKind.CUSTOMER, "employer.personas": m.PersonaKind.CANDIDATE}
#: Parts kept as columns of ``brands`` under a prefix (the other parts: no prefix).
_PREFIXES = {"character.tone": "tone_", "vocabulary.cliches": "cliches_",
             "employer.hiring_goal": "hiring_", "employer.advocacy": "advocacy_"}
#: Item fields whose column is named otherwise.
_COLUMNS = {"file": "file_name"}


def _column(name: str, prefix: str = "") -> str:
    return prefix + _COLUMNS.get(name, name)


def _part(annotation: Any) -> type[s.Part] | None:
    """The part class a field holds (alone, optional or in a tuple), or None for plain data."""
    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, s.Part):
            return candidate
    return None


def _plain(value: Any) -> Any:
    """A column's value as the schema holds it: lists become tuples."""
    return tuple(value) if isinstance(value, list) else value


def _stored(value: Any) -> Any:
    """A field's value as a column holds it: tuples become lists, mappings dicts."""
    if isinstance(value, tuple):
        return list(value)
    return dict(value) if isinstance(value, Mapping) else value


def _item(part: type[P], row: Any) -> P:
    """A child row as the schema's item (its columns carry the item's field names)."""
    return part(**{name: _plain(getattr(row, _column(name))) for name in part.model_fields})


def _read(part: type[P], row: m.Brand, path: str = "", prefix: str = "") -> P:
    """``part`` (at ``path`` in the pack) from the brand row and its children."""
    values: dict[str, Any] = {}
    for name, field in part.model_fields.items():
        at = f"{path}.{name}" if path else name
        inner = _part(field.annotation)
        if at in _LISTS:
            assert inner is not None
            values[name] = tuple(_item(inner, child) for child in getattr(row, _LISTS[at][0]))
        elif at in _PERSONAS:
            values[name] = tuple(_item(s.Persona, p) for p in row.personas
                                 if p.kind == _PERSONAS[at])
        elif inner is not None:
            values[name] = _read_part(inner, row, at)
        else:
            values[name] = _plain(getattr(row, _column(name, prefix)))
    return part(**values)


def _read_part(part: type[s.Part], row: m.Brand, path: str) -> s.Part | None:
    """A part kept on ``brands`` itself; an optional one is absent while its first column is
    empty (a hiring goal without a count)."""
    prefix = _PREFIXES.get(path, "")
    first = _column(next(iter(part.model_fields)), prefix)
    if prefix and getattr(row, first) is None:
        return None
    return _read(part, row, path, prefix)


def to_schema(row: m.Brand) -> s.Brand:
    """The profile held by ``row`` and its child rows."""
    return _read(s.Brand, row)


def _write(part: s.Part, row: m.Brand, file_hashes: Mapping[str, str], path: str = "",
           prefix: str = "", old: s.Part | None = None) -> None:
    """Put ``part`` (at ``path`` in the pack) on the brand row and its children; a field equal
    in ``old`` (what the rows hold now) is left alone, so its rows are neither read nor
    written."""
    for name, field in type(part).model_fields.items():
        at = f"{path}.{name}" if path else name
        value = getattr(part, name)
        if old is not None and getattr(old, name) == value:
            continue
        if at in _LISTS:
            relation, table = _LISTS[at]
            _sync_children(getattr(row, relation), table, value, file_hashes)
        elif at in _PERSONAS:
            continue  # both lists at once, below
        elif _part(field.annotation) is not None:
            inner_prefix = _PREFIXES.get(at, "")
            if value is None:  # an optional part left out: its columns emptied
                inner = _part(field.annotation)
                assert inner is not None
                for inner_name, inner_field in inner.model_fields.items():
                    setattr(row, _column(inner_name, inner_prefix),
                            None if inner_field.is_required() else
                            _stored(inner_field.get_default(call_default_factory=True)))
            else:
                _write(value, row, file_hashes, at, inner_prefix,
                       None if old is None else getattr(old, name))
        else:
            setattr(row, _column(name, prefix), _stored(value))


def _child_columns(item: s.Part, position: int, file_hashes: Mapping[str, str]
                   ) -> dict[str, Any]:
    columns = {_column(name): _stored(getattr(item, name)) for name in type(item).model_fields}
    if "file_name" in columns:  # a font or logo: its file by content
        columns["asset_sha256"] = file_hashes.get(columns["file_name"] or "")
    columns["position"] = position
    return columns


def _child_row(table: type[Any], item: s.Part, position: int,
               file_hashes: Mapping[str, str], **extra: Any) -> Any:
    return table(**_child_columns(item, position, file_hashes), **extra)


def _sync_children(rows: list[Any], table: type[Any], items: tuple[s.Part, ...],
                   file_hashes: Mapping[str, str]) -> None:
    """Make the child ``rows`` hold ``items`` in order: a row keeps its id and is updated only
    in the columns that differ; rows are added or dropped at the end."""
    for position, item in enumerate(items):
        columns = _child_columns(item, position, file_hashes)
        if position < len(rows):
            child = rows[position]
            for column, value in columns.items():
                if getattr(child, column) != value:
                    setattr(child, column, value)
        else:
            rows.append(table(**columns))
    del rows[len(items):]


def apply_schema(row: m.Brand, brand: s.Brand, file_hashes: Mapping[str, str],
                 old: s.Brand | None = None) -> None:
    """Make ``row`` and its children hold exactly ``brand``. ``old``, when given, is what they
    hold now (with the same file hashes): only the fields that differ from it are written."""
    _write(brand, row, file_hashes, old=old)
    if old is not None and old.personas == brand.personas and \
            old.employer.personas == brand.employer.personas:
        return
    row.personas = [
        _child_row(m.Persona, p, i, file_hashes, kind=kind)
        for path, kind in _PERSONAS.items()
        for i, p in enumerate(brand.personas if path == "personas" else brand.employer.personas)]
