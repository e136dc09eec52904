"""The revisions table: writing a save (a new revision or the continuation of a burst),
reading one back exactly, and reading the history a page at a time.

**The burst rule.** A save continues the newest revision instead of adding one when all hold:
both are plain edits (action ``edited``, no note: not a creation, import, restore or an answer
to a finding), by the same author; the newest revision was saved less than :data:`BURST_GAP`
ago and its burst began less than :data:`BURST_SPAN` ago; and nothing names it yet: no draft
was checked against it, no mail was sent from it, no document was exported from it (a check or
an export marks the revision ``kept`` when it starts; a check or mail stored before that flag
existed is found by its ``profile_revision``).
The revision then takes the new number and content, so a burst of autosaves is one revision
numbered after its last save; the numbers in between are gone (``first_number`` says where the
burst began). The brand's revision counter still moves on with every save, so a colleague who
saved on an older number is refused exactly as before; their merge starts from the newest
revision kept at or before their base (:func:`merge_base`). The undo stack in the window keeps
the fine steps.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from brandregie import models as m
from brandregie.errors import NotFoundError
from brandregie.i18n import _
from brandregie.profile import revision_data as data
from brandregie.profile.history import EDIT_BURST_GAP, RevisionInfo

#: A pause longer than this between two saves starts a new revision.
BURST_GAP = EDIT_BURST_GAP
#: A burst is closed after this long, however steadily the person types.
BURST_SPAN = timedelta(minutes=30)
#: How many revisions one page of the history holds by default.
PAGE = 50

_INFO = (m.Revision.number, m.Revision.created_at, m.Revision.author, m.Revision.action,
         m.Revision.note, m.Revision.saves, m.Revision.first_number, m.Revision.started_at)


def _referenced(session: Session, brand_id: int, number: int) -> bool:
    """Whether a checked draft or a sent mail names revision ``number``."""
    checked = exists().where(m.DraftVersion.profile_revision == number,
                             m.DraftVersion.assignment_id == m.Assignment.id,
                             m.Assignment.brand_id == brand_id)
    sent = exists().where(m.SentMail.brand_id == brand_id, m.SentMail.profile_revision == number)
    return bool(session.scalar(select(checked | sent)))


def _row(session: Session, brand_id: int, number: int) -> m.Revision | None:
    return session.scalars(select(m.Revision).where(
        m.Revision.brand_id == brand_id, m.Revision.number == number)).first()


def burst_to_continue(session: Session, brand_id: int, head: int, author: str, action: str,
                      note: str, now: datetime) -> m.Revision | None:
    """The newest revision (number ``head``) if a save made ``now`` continues its burst."""
    if action != "edited" or note:
        return None
    row = _row(session, brand_id, head)
    if row is None or row.action != "edited" or row.note or row.author != author or row.kept:
        return None
    if not timedelta(0) <= now - row.created_at < BURST_GAP or \
            now - row.started_at >= BURST_SPAN:
        return None
    return None if _referenced(session, brand_id, head) else row


def _keyframe_raw(session: Session, row: m.Revision, cache: dict[int, bytes] | None = None
                  ) -> bytes | None:
    if row.base_number is None:
        return None
    if cache is not None and row.base_number in cache:
        return cache[row.base_number]
    keyframe = _row(session, row.brand_id, row.base_number)
    if keyframe is None or keyframe.base_number is not None:
        raise NotFoundError(_("revision {n} does not exist").format(n=row.base_number))
    raw = data.decode(keyframe.data)
    if cache is not None:
        cache[row.base_number] = raw
    return raw


def write(session: Session, brand_id: int, number: int, *, author: str, action: str,
          note: str, profile: dict[str, Any], files: dict[str, str], now: datetime) -> None:
    """Keep the save that made ``number``: as a new revision or by continuing the burst."""
    raw = data.dump(profile, files)
    row = burst_to_continue(session, brand_id, number - 1, author, action, note, now)
    if row is not None:
        row.data = data.encode(raw, _keyframe_raw(session, row))
        row.number, row.created_at, row.saves = number, now, row.saves + 1
        session.flush()
        return
    base_number, encoded = None, data.encode(raw)
    keyframe = session.scalars(select(m.Revision).where(
        m.Revision.brand_id == brand_id, m.Revision.base_number.is_(None))
        .order_by(m.Revision.number.desc()).limit(1)).first()
    if keyframe is not None:
        delta = data.encode(raw, data.decode(keyframe.data))
        since = session.scalar(select(func.count()).select_from(m.Revision).where(
            m.Revision.brand_id == brand_id, m.Revision.base_number == keyframe.number)) or 0
        if not data.needs_keyframe(since, delta, keyframe.data):
            base_number, encoded = keyframe.number, delta
    session.add(m.Revision(brand_id=brand_id, number=number, first_number=number,
                           created_at=now, started_at=now, author=author, action=action,
                           note=note, base_number=base_number, data=encoded))
    session.flush()


def read(session: Session, brand_id: int, number: int,
         cache: dict[int, bytes] | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    """The pack dict and files of revision ``number``, exactly as saved.

    ``cache`` keeps inflated keyframes for a caller that reads many revisions at once.
    """
    row = _row(session, brand_id, number)
    if row is None:
        raise NotFoundError(_("revision {n} does not exist").format(n=number))
    return data.load(data.decode(row.data, _keyframe_raw(session, row, cache)))


def read_many(session: Session, brand_id: int, numbers: set[int]
              ) -> dict[int, tuple[dict[str, Any], dict[str, str]]]:
    """:func:`read` for several revisions in two queries (theirs, then their keyframes)."""
    found = session.scalars(select(m.Revision).where(
        m.Revision.brand_id == brand_id, m.Revision.number.in_(numbers))).all()
    missing = numbers - {row.number for row in found}
    if missing:
        raise NotFoundError(_("revision {n} does not exist").format(n=min(missing)))
    wanted = {row.base_number for row in found if row.base_number is not None}
    keyframes = {row.number: data.decode(row.data) for row in session.scalars(
        select(m.Revision).where(m.Revision.brand_id == brand_id,
                                 m.Revision.number.in_(wanted),
                                 m.Revision.base_number.is_(None)))} if wanted else {}
    return {row.number: data.load(data.decode(
        row.data, None if row.base_number is None else keyframes[row.base_number]))
        for row in found}


def merge_base(session: Session, brand_id: int, number: int) -> int:
    """The newest kept revision at or before ``number``: ``number`` itself, or, when it was
    merged into a later burst, the revision before that burst (what the burst started from)."""
    found = session.scalar(select(func.max(m.Revision.number)).where(
        m.Revision.brand_id == brand_id, m.Revision.number <= number))
    if found is None:
        raise NotFoundError(_("revision {n} does not exist").format(n=number))
    return int(found)


def _info(row: Any) -> RevisionInfo:
    return RevisionInfo(row.number, row.created_at, row.author, row.action, row.note,
                        saves=row.saves, first_number=row.first_number,
                        started_at=row.started_at)


def page(session: Session, brand_id: int, *, limit: int | None = PAGE,
         before: int | None = None, after: int | None = None) -> list[RevisionInfo]:
    """Kept revisions newest first: at most ``limit`` (None: all), numbered below ``before``
    and above ``after`` when given. Reads no profile data, so a page costs the same at any
    length of history."""
    query = select(*_INFO).where(m.Revision.brand_id == brand_id)
    if before is not None:
        query = query.where(m.Revision.number < before)
    if after is not None:
        query = query.where(m.Revision.number > after)
    query = query.order_by(m.Revision.number.desc())
    if limit is not None:
        query = query.limit(limit)
    return [_info(r) for r in session.execute(query)]


def keep(session: Session, brand_id: int, number: int) -> None:
    """Mark revision ``number`` as named outside the history: no edit merges into it."""
    row = _row(session, brand_id, number)
    if row is not None and not row.kept:
        row.kept = True
