"""Move a brand between databases (the local file and a team database), with all it owns.

Everything that belongs to the brand travels: its profile, the whole revision history, font and
logo files, assignments with their drafts and reviews, and the sent-mail log. Which rows belong
to it is read from the foreign keys of the schema, so tables added later travel too. Rows the
brand only points at and shares with others (files, agencies) are reused in the target when
they are already there (same file hash, same agency name), else copied.

The copy is one transaction in the target and is checked (the profile and every revision read
back equal) before the brand is removed from the source, in one transaction there: a failure at
any point leaves the brand complete in at least one database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    Table,
    UniqueConstraint,
    and_,
    func,
    or_,
    select,
)
from sqlalchemy.exc import SQLAlchemyError

from brandregie import models as m
from brandregie.errors import StoreError
from brandregie.i18n import _
from brandregie.profile.revision_data import file_hashes
from brandregie.profile.service import ProfileService
from brandregie.store import blobs
from brandregie.store.database import Store

BRANDS = m.Brand.__table__


@dataclass(frozen=True, slots=True)
class MoveReport:
    """What a move did: the brand's id in the target and how many rows of each table went."""

    name: str
    target_brand_id: int
    revisions: int
    rows: Mapping[str, int] = field(default_factory=dict)
    removed_from_source: bool = True


def _tables() -> list[Table]:
    return [t for t in m.Base.metadata.sorted_tables if isinstance(t, Table)]


def _int_pk(table: Table) -> Column[Any] | None:
    """The single integer primary key whose value the target database chooses anew."""
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and isinstance(keys[0].type, Integer):
        return keys[0]
    return None


def _owned_rows(conn: Connection, brand_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row that belongs to the brand, per table, parents before children."""
    owned: dict[str, list[dict[str, Any]]] = {}
    keys: dict[str, set[Any]] = {}
    for table in _tables():
        if table is BRANDS:
            rows = [dict(r) for r in conn.execute(select(table).where(table.c.id == brand_id))
                    .mappings()]
        else:
            links = [(fk.parent, fk.column.table.name) for fk in table.foreign_keys
                     if fk.column.table.name in keys and fk.column.table.name != table.name]
            if not links:
                continue
            conditions = [col.in_(keys[ref]) for col, ref in links if keys[ref]]
            if not conditions:
                continue
            rows = [dict(r) for r in conn.execute(select(table).where(or_(*conditions)))
                    .mappings()]
        pk = _int_pk(table)
        owned[table.name] = rows
        keys[table.name] = {r[pk.name] for r in rows} if pk is not None else set()
    return owned


def _shared_refs(owned: Mapping[str, list[dict[str, Any]]]) -> dict[str, set[Any]]:
    """Keys of rows outside the brand that its rows point at (files, agencies)."""
    refs: dict[str, set[Any]] = {}
    by_name = {t.name: t for t in _tables()}
    for name, rows in owned.items():
        for fk in by_name[name].foreign_keys:
            target = fk.column.table.name
            if target in owned:
                continue
            values = {r[fk.parent.name] for r in rows if r[fk.parent.name] is not None}
            if values:
                refs.setdefault(target, set()).update(values)
    # Revisions name their files' assets inside their data (path -> SHA-256), not by key.
    hashes = file_hashes(owned.get(m.Revision.__tablename__, []))
    if hashes:
        refs.setdefault(m.Asset.__tablename__, set()).update(hashes)
    return refs


def _unique_columns(table: Table) -> list[list[str]]:
    found = [[c.name for c in con.columns] for con in table.constraints
             if isinstance(con, UniqueConstraint)]
    found += [[c.name for c in ix.columns] for ix in table.indexes if ix.unique]
    found += [[c.name] for c in table.columns if c.unique]
    return found


def _insert(conn: Connection, table: Table, values: Mapping[str, Any]) -> Any:
    """Insert one row and return the primary key the database gave it."""
    key = conn.execute(table.insert().values(**values)).inserted_primary_key
    assert key is not None
    return key[0]


def _copy_shared(source: Connection, target: Connection, table: Table, keys: Iterable[Any],
                 idmap: dict[tuple[str, Any], Any], counts: dict[str, int]) -> None:
    pk_cols = list(table.primary_key.columns)
    pk = pk_cols[0]
    rows = [dict(r) for r in source.execute(select(table).where(pk.in_(list(keys)))).mappings()]
    int_pk = _int_pk(table)
    for row in rows:
        old = row[pk.name]
        if int_pk is None:  # natural key (a file's hash): the same key is the same row
            if target.execute(select(pk).where(pk == old)).first() is None:
                target.execute(table.insert().values(**row))
                counts[table.name] = counts.get(table.name, 0) + 1
            idmap[(table.name, old)] = old
            continue
        match = None
        for columns in _unique_columns(table):
            match = target.execute(select(pk).where(and_(
                *[table.c[c] == row[c] for c in columns]))).scalar()
            if match is not None:
                break
        if match is None:
            values = {k: v for k, v in row.items() if k != pk.name}
            match = _insert(target, table, values)
            counts[table.name] = counts.get(table.name, 0) + 1
        idmap[(table.name, old)] = match


def _copy_owned(target: Connection, owned: Mapping[str, list[dict[str, Any]]],
                idmap: dict[tuple[str, Any], Any], counts: dict[str, int]) -> None:
    by_name = {t.name: t for t in _tables()}
    for name, rows in owned.items():  # parents first (sorted_tables order)
        table = by_name[name]
        pk = _int_pk(table)
        fks = [(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys]
        for row in rows:
            values = dict(row)
            for col, ref in fks:
                if values[col] is not None and (ref, values[col]) in idmap:
                    values[col] = idmap[(ref, values[col])]
            if pk is not None:
                old = values.pop(pk.name)
                idmap[(name, old)] = _insert(target, table, values)
            else:
                target.execute(table.insert().values(**values))
        counts[name] = counts.get(name, 0) + len(rows)


def _delete_owned(conn: Connection, owned: Mapping[str, list[dict[str, Any]]]) -> None:
    by_name = {t.name: t for t in _tables()}
    for name in reversed(list(owned)):  # children first
        table = by_name[name]
        pk = _int_pk(table)
        if pk is not None:
            ids = [r[pk.name] for r in owned[name]]
            if ids:
                conn.execute(table.delete().where(pk.in_(ids)))


def _same_url(a: Store, b: Store) -> bool:
    return a.engine.url.render_as_string(hide_password=True) == \
        b.engine.url.render_as_string(hide_password=True)


def move_brand(source: Store, target: Store, brand: str | int, *, keep_source: bool = False
               ) -> MoveReport:
    """Move ``brand`` (name or id) from ``source`` to ``target``; ``keep_source`` copies."""
    if _same_url(source, target):
        raise StoreError(_("the brand is already in this database"))
    profiles = ProfileService(source)
    snapshot = profiles.snapshot(brand)
    assert snapshot.brand_id is not None
    name = snapshot.brand.name
    history = profiles.revisions(snapshot.brand_id, limit=None)
    if not ProfileService(target).rename_check(name):
        raise StoreError(_("{where} already has a brand named “{name}”; rename or delete it "
                           "there first").format(where=target.display_name, name=name))
    counts: dict[str, int] = {}
    idmap: dict[tuple[str, Any], Any] = {}
    try:
        with source.engine.connect() as src, target.engine.begin() as dst:
            owned = _owned_rows(src, snapshot.brand_id)
            by_name = {t.name: t for t in _tables()}
            for table_name, keys in _shared_refs(owned).items():
                _copy_shared(src, dst, by_name[table_name], keys, idmap, counts)
            _copy_owned(dst, owned, idmap, counts)
            new_id = idmap[("brands", snapshot.brand_id)]
            # the name is unique: if someone created it meanwhile, this transaction fails
            taken = dst.execute(select(func.count()).select_from(BRANDS).where(
                func.lower(BRANDS.c.name) == name.lower())).scalar()
            if taken != 1:
                raise StoreError(_("{where} already has a brand named “{name}”; rename or "
                                   "delete it there first").format(
                    where=target.display_name, name=name))
    except SQLAlchemyError as exc:
        raise StoreError(_("the brand could not be copied to {where}: {reason}").format(
            where=target.display_name, reason=str(getattr(exc, "orig", exc)).splitlines()[0])
        ) from None
    copied = ProfileService(target)
    check = copied.snapshot(new_id)
    if check.brand != snapshot.brand or dict(check.files) != dict(snapshot.files) or \
            [(r.number, r.author, r.action) for r in copied.revisions(new_id, limit=None)] != \
            [(r.number, r.author, r.action) for r in history]:
        raise StoreError(_("the copy of {name} in {where} differs from the original; the "
                           "original was kept").format(name=name, where=target.display_name))
    if not keep_source:
        try:
            with source.engine.begin() as src:
                _delete_owned(src, _owned_rows(src, snapshot.brand_id))
                blobs.sweep(src)  # the draft files only this brand had
        except SQLAlchemyError as exc:
            raise StoreError(_("{name} was copied to {where} but could not be removed here: "
                               "{reason}").format(name=name, where=target.display_name,
                                                  reason=str(getattr(exc, "orig", exc))
                                                  .splitlines()[0])) from None
    return MoveReport(name, new_id, len(history), counts, removed_from_source=not keep_source)
