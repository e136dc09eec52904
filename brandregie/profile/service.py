"""The profile service: the one way the app, the command line and tests read and change brands.

Each method is one transaction (``with store.session()``) and returns plain, detached values
(snapshots, revision infos), so no caller ever holds a live session. Every change that alters the
profile moves the brand's revision number on; a save names the revision it was based on and
is refused with a :class:`~brandregie.errors.ConflictError` when someone else saved in between
(team mode). How saves are kept (a burst of autosaves as one revision, stored as small deltas)
is :mod:`brandregie.profile.revision_store`'s business.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from brandregie import models as m
from brandregie.errors import BrandRegieError, ConflictError, NotFoundError, StoreError
from brandregie.i18n import _
from brandregie.profile import revision_store
from brandregie.profile.history import RevisionInfo, describe_changes
from brandregie.profile.mapping import apply_schema, to_schema
from brandregie.profile.pack import pack_dict, validate_pack
from brandregie.profile.schema import Brand
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.store import blobs
from brandregie.store.database import Store


@dataclass(frozen=True, slots=True)
class _Stored:
    """What the service last read or wrote of a brand: the snapshot and its file hashes, valid
    while the brand row still carries this ``mark`` (revision, time of saving, time of creation:
    a brand deleted and made again under the same id has another)."""

    mark: tuple[int, datetime, datetime]
    snapshot: ProfileSnapshot
    hashes: dict[str, str]


@dataclass(frozen=True, slots=True)
class BrandSummary:
    id: int
    name: str
    revision: int
    updated_at: datetime


_owner_name = ""


def set_owner_name(name: str) -> None:
    """The name the person gave the app (kept in its settings): the author of what they
    change from now on, in the history and in the reports for the agency."""
    global _owner_name
    _owner_name = " ".join(name.split())


def current_user() -> str:
    """Who makes a change: the name the person gave, else the computer's login name."""
    if _owner_name:
        return _owner_name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class ProfileService:
    """Brands, their profiles and their history in one store."""

    def __init__(self, store: Store, *, author: str | None = None,
                 clock: Callable[[], datetime] = m.base.utcnow) -> None:
        self.store = store
        self.author = author if author is not None else current_user()
        #: When a save happens (the burst rule reads it; a benchmark or test may play time).
        self.clock = clock
        #: Per brand id, the profile as this service last read or saved it, so an autosave
        #: compares with it instead of reading every table of the brand again.
        self._stored: dict[int, _Stored] = {}

    # -- reading -------------------------------------------------------------------------------

    def list_brands(self) -> list[BrandSummary]:
        with self.store.session() as session:
            rows = session.scalars(select(m.Brand).order_by(func.lower(m.Brand.name))).all()
            return [BrandSummary(r.id, r.name, r.revision, r.updated_at) for r in rows]

    def snapshot(self, brand: str | int, revision: int | None = None) -> ProfileSnapshot:
        """The brand (by name or id) as it is now, or as it was at ``revision``."""
        with self.store.session() as session:
            row = self._brand_row(session, brand)
            if revision is not None and revision != row.revision:
                profile, hashes = revision_store.read(session, row.id, revision)
                files = self._asset_bytes(session, hashes)
                return ProfileSnapshot(validate_pack(profile).brand, revision=revision,
                                       brand_id=row.id, files=files)
            # the brand as this service last read or saved it, when nothing changed since:
            # opening a review asks for it each time, and reading it is a query per table
            current = self._known(session, row)
        return self._remember(current)

    def revisions(self, brand: str | int, *, limit: int | None = revision_store.PAGE,
                  before: int | None = None, after: int | None = None) -> list[RevisionInfo]:
        """One page of the brand's kept revisions, newest first: at most ``limit`` (None for
        all, which only a move of the whole brand needs), numbered below ``before`` (the
        cursor for the next page: the last number of this one) and above ``after``."""
        with self.store.session() as session:
            row = self._brand_row(session, brand)
            return revision_store.page(session, row.id, limit=limit, before=before, after=after)

    def merge_base(self, brand: str | int, revision: int) -> ProfileSnapshot:
        """The profile a save based on ``revision`` started from, for a three-way merge:
        that revision, or, when a burst of edits has since merged it into a later revision,
        the revision the burst started from (:func:`revision_store.merge_base`)."""
        with self.store.session() as session:
            row = self._brand_row(session, brand)
            kept = revision_store.merge_base(session, row.id, revision)
        return self.snapshot(row.id, kept)

    def keep(self, brand: str | int, revision: int) -> None:
        """Mark ``revision`` as named outside the history (an exported document says "profile
        revision N"), so later edits start a new revision instead of merging into it."""
        with self.store.session() as session:
            revision_store.keep(session, self._brand_row(session, brand).id, revision)

    def changes(self, brand: str | int, old: int, new: int, lang: str | None = None
                ) -> list[str]:
        """What changed from revision ``old`` to revision ``new``, one readable line each."""
        return self.changes_between(brand, [(old, new)], lang)[0]

    def changes_between(self, brand: str | int, pairs: list[tuple[int, int]],
                        lang: str | None = None) -> list[list[str]]:
        """:meth:`changes` for each ``(old, new)`` pair, read in one transaction with each
        revision decoded once (a history page describes dozens of rows)."""
        with self.store.session() as session:
            row = self._brand_row(session, brand)
            stored = revision_store.read_many(session, row.id,
                                              {n for pair in pairs for n in pair})
        profiles = {number: validate_pack(profile).brand
                    for number, (profile, _files) in stored.items()}
        return [describe_changes(profiles[old], profiles[new], lang) for old, new in pairs]

    # -- changing ------------------------------------------------------------------------------

    def create(self, brand: Brand, files: Mapping[str, bytes] | None = None, *,
               action: str = "created", note: str = "") -> ProfileSnapshot:
        """Store a new brand as revision 1."""
        with self.store.session() as session:
            if self._find(session, brand.name) is not None:
                raise StoreError(_("a brand named “{name}” already exists").format(
                    name=brand.name))
            row = m.Brand(name=brand.name, revision=0)
            session.add(row)
            saved = self._write(session, row, brand, files or {}, action, note, None)
        return self._remember(saved)

    def save_change(self, snapshot: ProfileSnapshot, change: Callable[[Brand], Brand], *,
                    note: str = "") -> ProfileSnapshot:
        """Save ``change`` of ``snapshot``'s brand (an answer to a finding: allow or ban a word)
        as the next revision of the stored brand it is of.

        Refused with :class:`~brandregie.errors.ConflictError` when someone saved since the
        snapshot was taken, so an answer never overwrites another person's edit.
        """
        if snapshot.brand_id is None or snapshot.revision is None:
            raise BrandRegieError(_("this brand comes from a pack file; import it to keep "
                                    "changes"))
        return self.save(snapshot.brand_id, change(snapshot.brand),
                         base_revision=snapshot.revision, action="edited", note=note)

    def save(self, brand_id: int, brand: Brand, *, base_revision: int,
             files: Mapping[str, bytes] | None = None, action: str = "edited",
             note: str = "") -> ProfileSnapshot:
        """Save ``brand`` as the next revision, if nobody saved since ``base_revision``.

        ``files`` adds or replaces file bytes by pack path; files the profile names but
        ``files`` does not hold keep their stored bytes. Saving an unchanged profile makes no
        revision and returns the current snapshot.
        """
        with self.store.session() as session:
            row = self._brand_row(session, brand_id)
            if row.revision != base_revision:
                raise ConflictError(
                    _("{name} was changed by someone else (now at revision {now}, you edited "
                      "revision {base}); your changes were not saved").format(
                        name=row.name, now=row.revision, base=base_revision),
                    current_revision=row.revision)
            old = self._known(session, row)
            if old.snapshot.brand == brand and not files:
                return old.snapshot
            if brand.name != row.name:
                other = self._find(session, brand.name)
                if other is not None and other.id != row.id:
                    raise StoreError(_("a brand named “{name}” already exists").format(
                        name=brand.name))
            saved = self._write(session, row, brand, files or {}, action, note, old)
        return self._remember(saved)

    def import_snapshot(self, snapshot: ProfileSnapshot, *, note: str = "") -> ProfileSnapshot:
        """Store a pack: a new brand, or a new revision of the brand with that name."""
        with self.store.session() as session:
            existing = self._find(session, snapshot.brand.name)
            base = existing.revision if existing is not None else None
        if base is None or existing is None:
            return self.create(snapshot.brand, snapshot.files, action="imported", note=note)
        return self.save(existing.id, snapshot.brand, base_revision=base,
                         files=snapshot.files, action="imported", note=note)

    def restore(self, brand: str | int, revision: int) -> ProfileSnapshot:
        """Make an old revision current again, as a new revision: nothing is lost."""
        old = self.snapshot(brand, revision)
        current = self.snapshot(brand)
        assert current.brand_id is not None and current.revision is not None
        return self.save(current.brand_id, old.brand, base_revision=current.revision,
                         files=old.files, action="restored",
                         note=_("restored revision {n}").format(n=revision))

    def rename_check(self, name: str) -> bool:
        """Whether ``name`` is free for a new brand."""
        with self.store.session() as session:
            return self._find(session, name) is None

    def delete(self, brand: str | int) -> None:
        with self.store.session() as session:
            row = self._brand_row(session, brand)
            self._stored.pop(row.id, None)
            session.delete(row)
            blobs.sweep(session)  # its drafts' files, unless another brand has the same

    # -- internals -----------------------------------------------------------------------------

    def _write(self, session: Session, row: m.Brand, brand: Brand,
               files: Mapping[str, bytes], action: str, note: str, old: _Stored | None
               ) -> _Stored:
        """Save ``brand`` on ``row`` as the next revision; ``old`` is what the row holds now
        (None for a new brand): only what differs from it is written."""
        hashes = dict(old.hashes) if old is not None else {}
        for path in brand.file_paths():
            if path in files:
                data = files[path]
                sha = _sha256(data)
                if session.get(m.Asset, sha) is None:
                    session.add(m.Asset(sha256=sha, data=data, size=len(data)))
                hashes[path] = sha
        hashes = {p: h for p, h in hashes.items() if p in brand.file_paths()}
        if row.id is not None:
            # The guard against a concurrent save: only one writer moves the revision on.
            moved = session.execute(
                update(m.Brand).where(m.Brand.id == row.id, m.Brand.revision == row.revision)
                .values(revision=row.revision + 1)
                .execution_options(synchronize_session=False))
            if moved.rowcount != 1:  # type: ignore[attr-defined]
                # Someone saved between our read and this update. Raising rolls the session
                # back; no explicit rollback here, it would expire ``row`` before we read it.
                now = session.scalar(select(m.Brand.revision).where(m.Brand.id == row.id))
                raise ConflictError(_("{name} was changed by someone else; your changes were "
                                      "not saved").format(name=row.name),
                                    current_revision=now if now is not None
                                    else row.revision + 1)
        number = row.revision + 1
        apply_schema(row, brand, hashes, None if old is None or old.hashes != hashes
                     else old.snapshot.brand)
        row.revision = number
        saved_at = self.clock()
        row.updated_at = saved_at
        session.flush()
        profile: dict[str, Any] = pack_dict(brand)
        revision_store.write(session, row.id, number, author=self.author, action=action,
                             note=note, profile=profile, files=hashes, now=saved_at)
        files_now = old.snapshot.files if old is not None and old.hashes == hashes \
            else self._asset_bytes(session, hashes)
        return _Stored(self._mark(row), ProfileSnapshot(brand, revision=number,
                                                        brand_id=row.id, files=files_now),
                       hashes)

    @staticmethod
    def _mark(row: m.Brand) -> tuple[int, datetime, datetime]:
        return row.revision, row.updated_at, row.created_at

    def _remember(self, stored: _Stored) -> ProfileSnapshot:
        """Keep ``stored`` (committed) as what the brand holds, for the next save to compare."""
        assert stored.snapshot.brand_id is not None
        self._stored[stored.snapshot.brand_id] = stored
        return stored.snapshot

    def _known(self, session: Session, row: m.Brand) -> _Stored:
        """What ``row`` and its children hold: remembered when this service read or saved
        this very revision (the same :attr:`_Stored.mark`), else read from the rows."""
        known = self._stored.get(row.id)
        if known is not None and known.mark == self._mark(row):
            return known
        return self._read_stored(session, row)

    def _read_stored(self, session: Session, row: m.Brand) -> _Stored:
        hashes = self._current_hashes(row)
        return _Stored(self._mark(row),
                       ProfileSnapshot(to_schema(row), revision=row.revision, brand_id=row.id,
                                       files=self._asset_bytes(session, hashes)), hashes)

    @staticmethod
    def _current_hashes(row: m.Brand) -> dict[str, str]:
        if row.id is None:
            return {}
        hashes: dict[str, str] = {}
        items: list[m.Font | m.Logo] = [*row.fonts, *row.logos]
        for item in items:
            if item.file_name and item.asset_sha256:
                hashes[item.file_name] = item.asset_sha256
        return hashes

    @staticmethod
    def _asset_bytes(session: Session, hashes: Mapping[str, str]) -> dict[str, bytes]:
        if not hashes:
            return {}
        assets = session.scalars(select(m.Asset).where(m.Asset.sha256.in_(set(hashes.values()))))
        data = {a.sha256: a.data for a in assets}
        return {path: data[sha] for path, sha in hashes.items() if sha in data}

    @staticmethod
    def _find(session: Session, name: str) -> m.Brand | None:
        return session.scalars(select(m.Brand).where(
            func.lower(m.Brand.name) == name.strip().lower())).first()

    def _brand_row(self, session: Session, brand: str | int) -> m.Brand:
        query = select(m.Brand)
        if isinstance(brand, int):
            row = session.scalars(query.where(m.Brand.id == brand)).first()
        else:
            row = session.scalars(query.where(
                func.lower(m.Brand.name) == brand.strip().lower())).first()
        if row is None:
            raise NotFoundError(_("there is no brand “{name}” in this database").format(
                name=brand))
        return row
