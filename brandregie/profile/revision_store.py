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
#: Revisions just saved or read: the next save is a delta against one of them.
RECENT = data.Recent()

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


def _rows(session: Session, brand_id: int, low: int | None = None, high: int | None = None
          ) -> dict[int, tuple[int | None, bytes]]:
    """Revisions by number, as ``(base_number, data)``, from the newest keyframe at or before
    ``low`` (the newest of all when None) up to ``high`` (to the newest when None), in one
    query: every chain of deltas that restores a revision in ``low..high`` lies in there."""
    keyframe = select(func.max(m.Revision.number)).where(
        m.Revision.brand_id == brand_id, m.Revision.base_number.is_(None))
    if low is not None:
        keyframe = keyframe.where(m.Revision.number <= low)
    query = select(m.Revision.number, m.Revision.base_number, m.Revision.data).where(
        m.Revision.brand_id == brand_id, m.Revision.number >= keyframe.scalar_subquery())
    if high is not None:
        query = query.where(m.Revision.number <= high)
    return {number: (base, stored) for number, base, stored in session.execute(query)}


def _links(session: Session, brand_id: int, numbers: set[int],
           rows: dict[int, tuple[int | None, bytes]]) -> dict[int, int | None]:
    """The base of each revision on the chains that restore ``numbers``, from ``rows`` (what
    :func:`_rows` read), adding to them any row found outside that range."""
    links: dict[int, int | None] = {}
    todo = list(numbers)
    while todo:
        number = todo.pop()
        if number in links:
            continue
        if number not in rows:  # outside the range: never written so, but cheap to allow
            found = session.execute(select(m.Revision.base_number, m.Revision.data).where(
                m.Revision.brand_id == brand_id, m.Revision.number == number)).first()
            if found is None:
                raise NotFoundError(_("revision {n} does not exist").format(n=number))
            rows[number] = (found[0], found[1])
        base = links[number] = rows[number][0]
        if base is not None:
            todo.append(base)
    return links


def _raws(session: Session, brand_id: int, numbers: set[int],
          rows: dict[int, tuple[int | None, bytes]] | None = None) -> dict[int, bytes]:
    """The raw JSON of revisions ``numbers``, each row of their chains inflated once."""
    if rows is None:
        rows = _rows(session, brand_id, min(numbers), max(numbers))
    links = _links(session, brand_id, numbers, rows)
    try:
        return dict(data.inflate(((n, base, rows[n][1]) for n, base in links.items()),
                                 numbers))
    except LookupError as missing:  # a base numbered after the revision: a damaged store
        raise NotFoundError(_("revision {n} does not exist").format(n=missing.args[0])) \
            from None


def _raw(session: Session, brand_id: int, number: int,
         rows: dict[int, tuple[int | None, bytes]] | None = None) -> tuple[bytes, list[bytes]]:
    """Revision ``number``'s raw JSON (from :data:`RECENT` when it was just saved or read)
    and the stored bytes of its chain, its own first and its keyframe's last."""
    if rows is None:
        rows = _rows(session, brand_id, number, number)
    links = _links(session, brand_id, {number}, rows)
    chain: list[bytes] = []
    at: int | None = number
    while at is not None:
        chain.append(rows[at][1])
        at = links[at]
    key = RECENT.key(chain)
    raw = RECENT.get(key)
    if raw is None:
        raw = _raws(session, brand_id, {number}, rows)[number]
        RECENT.put(key, raw)
    return raw, chain


def _stored(session: Session, brand_id: int, raw: bytes, base: int | None,
            rows: dict[int, tuple[int | None, bytes]] | None = None
            ) -> tuple[int | None, bytes]:
    """``(base_number, data)`` for a revision holding ``raw`` that follows revision ``base``
    (None: none does): a delta against it, or whole when that would make the chain
    :data:`data.KEYFRAME_EVERY` long or the delta is not much smaller than the whole."""
    whole = data.encode(raw)
    if base is not None:
        previous, chain = _raw(session, brand_id, base, rows)
        delta = data.encode(raw, previous)
        if not data.needs_keyframe(len(chain), delta, whole):
            RECENT.put(RECENT.key([delta, *chain]), raw)
            return base, delta
    RECENT.put(RECENT.key([whole]), raw)
    return None, whole


def write(session: Session, brand_id: int, number: int, *, author: str, action: str,
          note: str, profile: dict[str, Any], files: dict[str, str], now: datetime) -> None:
    """Keep the save that made ``number``: as a new revision or by continuing the burst.

    A new revision is a delta against the newest one before it; a burst's revision keeps its
    base (nothing is stored against the newest revision, so its content may change)."""
    raw = data.dump(profile, files)
    row = burst_to_continue(session, brand_id, number - 1, author, action, note, now)
    if row is not None:
        row.base_number, row.data = _stored(session, brand_id, raw, row.base_number)
        row.number, row.created_at, row.saves = number, now, row.saves + 1
        session.flush()
        return
    tail = _rows(session, brand_id)  # the newest keyframe and every revision after it
    base_number, encoded = _stored(session, brand_id, raw, max(tail, default=None), tail)
    session.add(m.Revision(brand_id=brand_id, number=number, first_number=number,
                           created_at=now, started_at=now, author=author, action=action,
                           note=note, base_number=base_number, data=encoded))
    session.flush()


def read(session: Session, brand_id: int, number: int) -> tuple[dict[str, Any], dict[str, str]]:
    """The pack dict and files of revision ``number``, exactly as saved."""
    return data.load(_raw(session, brand_id, number)[0])


def read_many(session: Session, brand_id: int, numbers: set[int]
              ) -> dict[int, tuple[dict[str, Any], dict[str, str]]]:
    """:func:`read` for several revisions, each row fetched and inflated once (a history page
    reads 50 neighbours: one chain)."""
    if not numbers:
        return {}
    return {number: data.load(raw)
            for number, raw in _raws(session, brand_id, numbers).items()}


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
