"""A save refused because someone saved first: show what changed and let the person choose.

:func:`explain_conflict` compares three versions of the profile: the one the person started
from (``base``), theirs now in the database, and the person's own edit (``mine``). Changes to
different fields (or different items of a list, matched by name) are merged on their own; a
field both changed differently is a :class:`FieldConflict` with "mine" and "theirs" side by
side. :meth:`SaveConflict.resolve` builds the profile from the person's choices, and
:func:`save_resolved` saves it on top of the current revision, so nobody's work is overwritten
without being seen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from brandregie.i18n import translator
from brandregie.profile.history import FIELD_LABELS, ITEM_LISTS, RevisionInfo, describe_changes
from brandregie.profile.schema import Brand
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot

#: Sections whose fields are merged one by one (the rest are single values).
_SECTIONS = ("identity", "character", "character.tone", "positioning", "vocabulary",
             "vocabulary.cliches", "visual", "employer", "employer.advocacy", "voice")


class Side(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """One field (or list item) both people changed differently."""

    path: str  # "identity.mission", "visual.colours[Korenblond]"
    label: str  # "Mission", "Colour Korenblond"
    base: Any
    mine: Any
    theirs: Any

    def shown(self, side: Side | str) -> str:
        """The value on ``side`` (``mine``, ``theirs`` or ``base``) as text for the person."""
        return show_value(getattr(self, str(side)))


Pick = Callable[[str, Any, Any, Any], Any]


@dataclass(frozen=True, slots=True)
class SaveConflict:
    """Everything the person needs to decide after a refused save."""

    brand_id: int
    base_revision: int
    current_revision: int
    #: Who saved since the person started, newest first.
    saved_since: tuple[RevisionInfo, ...]
    their_changes: tuple[str, ...]
    my_changes: tuple[str, ...]
    conflicts: tuple[FieldConflict, ...]
    base: Brand
    mine: Brand
    theirs: Brand

    @property
    def merges_cleanly(self) -> bool:
        """True when the two edits touched different things: saving the merge loses nothing."""
        return not self.conflicts

    def resolve(self, choices: Mapping[str, Side | str] | None = None,
                default: Side = Side.MINE) -> Brand:
        """The merged profile: both sides' separate changes, and per conflict the chosen side."""
        chosen = {k: Side(v) for k, v in (choices or {}).items()}
        unknown = set(chosen) - {c.path for c in self.conflicts}
        if unknown:
            raise KeyError(f"no conflict at {sorted(unknown)}")

        def pick(path: str, base: Any, mine: Any, theirs: Any) -> Any:
            return mine if chosen.get(path, default) is Side.MINE else theirs

        merged = _merge(self.base, self.mine, self.theirs, "", pick)
        assert isinstance(merged, Brand)
        return Brand.model_validate(merged.model_dump(by_alias=True))


def show_value(value: Any, limit: int = 80) -> str:
    """A field value as short readable text ("—" for empty)."""
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, tuple | list):
        return "; ".join(show_value(v, limit) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in sorted(value.items()))
    if isinstance(value, BaseModel):
        return ", ".join(show_value(v, limit) for v in value.model_dump().values()
                         if v not in (None, "", (), []))
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _key_field(path: str) -> str | None:
    entry = ITEM_LISTS.get(path)
    return entry.key if entry else None


def _keys(items: tuple[Any, ...], key: str | None) -> list[Any] | None:
    keys = [getattr(i, key) if key else i for i in items]
    return keys if len(set(keys)) == len(keys) else None


def _merge_items(base: tuple[Any, ...], mine: tuple[Any, ...], theirs: tuple[Any, ...],
                 path: str, pick: Pick) -> tuple[Any, ...]:
    """Merge a list item by item (matched by name, or by the text itself for lists of text)."""
    key = _key_field(path)
    kb, km, kt = _keys(base, key), _keys(mine, key), _keys(theirs, key)
    if kb is None or km is None or kt is None:  # duplicate names: merge the list as a whole
        return tuple(pick(path, base, mine, theirs))
    b, m, t = dict(zip(kb, base, strict=True)), dict(zip(km, mine, strict=True)), \
        dict(zip(kt, theirs, strict=True))
    merged: dict[Any, Any] = {}
    for k in [*kt, *[k for k in km if k not in t], *[k for k in kb if k not in t and k not in m]]:
        if k in merged:
            continue
        value = _merge_leaf(b.get(k), m.get(k), t.get(k), f"{path}[{k}]", pick)
        if value is not None:
            merged[k] = value
    result = tuple(merged.values())
    # keep the order one side chose when only that side reordered
    if km == kb and kt != kb:
        return result
    if kt == kb and km != kb and set(km) == set(merged):
        return tuple(merged[k] for k in km)
    return result


def _merge_leaf(base: Any, mine: Any, theirs: Any, path: str, pick: Pick) -> Any:
    if mine == theirs:
        return mine
    if mine == base:
        return theirs
    if theirs == base:
        return mine
    return pick(path, base, mine, theirs)


def _merge(base: Any, mine: Any, theirs: Any, path: str, pick: Pick) -> Any:
    if mine == theirs:
        return mine
    if isinstance(mine, BaseModel) and (path == "" or path in _SECTIONS) \
            and type(base) is type(mine) is type(theirs):
        updates = {}
        for name in type(mine).model_fields:
            sub = f"{path}.{name}" if path else name
            updates[name] = _merge(getattr(base, name), getattr(mine, name),
                                   getattr(theirs, name), sub, pick)
        return mine.model_copy(update=updates)
    if isinstance(mine, tuple) and isinstance(base, tuple) and isinstance(theirs, tuple) \
            and mine != base and theirs != base:
        return _merge_items(base, mine, theirs, path, pick)
    return _merge_leaf(base, mine, theirs, path, pick)


def _label(path: str, lang: str | None) -> str:
    tr = translator(lang)
    head, _bracket, item = path.partition("[")
    if item:
        entry = ITEM_LISTS.get(head)
        what = entry.label if entry else FIELD_LABELS.get(head, head)
        return f"{tr(what)} {item.rstrip(']')}"
    return tr(FIELD_LABELS.get(path, path))


def find_conflicts(base: Brand, mine: Brand, theirs: Brand, lang: str | None = None
                   ) -> list[FieldConflict]:
    """The fields and list items both sides changed, to different values."""
    found: list[FieldConflict] = []

    def record(path: str, b: Any, m: Any, t: Any) -> Any:
        found.append(FieldConflict(path, _label(path, lang), b, m, t))
        return m

    _merge(base, mine, theirs, "", record)
    return found


def explain_conflict(service: ProfileService, brand_id: int, mine: Brand, base_revision: int,
                     lang: str | None = None) -> SaveConflict:
    """What happened since ``base_revision`` and where it collides with ``mine``.

    When a burst of the colleague's edits has merged ``base_revision`` into a later revision,
    the merge starts from the revision that burst started from: a field they changed both
    before and after the person's base is then asked about, never silently taken from either.
    """
    base = service.merge_base(brand_id, base_revision).brand
    current = service.snapshot(brand_id)
    assert current.revision is not None
    since = tuple(service.revisions(brand_id, after=base_revision, limit=None))
    return SaveConflict(
        brand_id=brand_id, base_revision=base_revision, current_revision=current.revision,
        saved_since=since,
        their_changes=tuple(describe_changes(base, current.brand, lang)),
        my_changes=tuple(describe_changes(base, mine, lang)),
        conflicts=tuple(find_conflicts(base, mine, current.brand, lang)),
        base=base, mine=mine, theirs=current.brand)


def save_resolved(service: ProfileService, conflict: SaveConflict,
                  choices: Mapping[str, Side | str] | None = None, *,
                  default: Side = Side.MINE, files: Mapping[str, bytes] | None = None,
                  note: str = "") -> ProfileSnapshot:
    """Save the merge on top of the current revision (may conflict again if someone was quick)."""
    return service.save(conflict.brand_id, conflict.resolve(choices, default),
                         base_revision=conflict.current_revision, files=files, note=note)
