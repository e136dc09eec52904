"""What the History page shows, read from the store on a worker.

After five years of use, describing the newest rows of the history in words decodes some forty
revisions: about 55 ms of Python, which on the GUI thread held the page's first visit and every
later one 70-120 ms. :func:`read_newest` does that reading (the newest page of revisions, the
rows' words and the changes the first row shows) as a job, so the page only fills its table.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from brandregie.profile.history import HistoryEntry, RevisionInfo, group_edits
from brandregie.profile.service import ProfileService

#: The newest rows that say what changed in words (each reads two revisions).
WORDS_ROWS = 40
#: Revisions read at a time: the first show, and each "show older".
PAGE = 50

Pair = tuple[int, int]  # (older revision, newer revision)


@dataclass(frozen=True, slots=True)
class NewestRead:
    """The newest page of a brand's history and what changed in it, in words."""

    loaded: list[RevisionInfo]  # newest first
    complete: bool  # the oldest revision is among them
    words: dict[Pair, list[str]]  # what changed, for the pairs that were not known yet


def entries_of(loaded: list[RevisionInfo], *, every_save: bool, complete: bool
               ) -> list[HistoryEntry]:
    """The rows for ``loaded``: one per revision, or bursts grouped; while older revisions are
    still to be read, the oldest row is left out (it may go on in the next page)."""
    entries = ([HistoryEntry((rev,)) for rev in loaded] if every_save
               else group_edits(loaded))
    if not complete and len(entries) > 1:
        entries.pop()
    return entries


def before(entries: list[HistoryEntry], row: int) -> int | None:
    """The revision kept just before row ``row`` (None: the first, or not read yet): what the
    row's changes are compared with unless the person picks another."""
    return entries[row + 1].newest.number if row + 1 < len(entries) else None


def pairs_to_describe(entries: list[HistoryEntry], known: Collection[Pair], *,
                      first_row: bool = False) -> list[Pair]:
    """The pairs whose changes the newest rows show in words and that are not ``known``; with
    ``first_row``, also the pair the first row's changes list shows when it is selected."""
    pairs: list[Pair] = []
    for row, entry in enumerate(entries[:WORDS_ROWS]):
        older, rev = before(entries, row), entry.newest
        wanted = (rev.action == "edited" and not rev.note) or (first_row and row == 0)
        if wanted and older is not None and (older, rev.number) not in known:
            pairs.append((older, rev.number))
    return pairs


def read_newest(service: ProfileService, brand_id: int, *, every_save: bool,
                known: Collection[Pair], progress: Callable[[int, int], None]) -> NewestRead:
    """The job: the newest page of revisions and, for the rows shown, what changed. Between
    the two ``progress`` is asked, so a read replaced by a newer one (or cancelled as the app
    closes) stops before decoding the revisions."""
    loaded = service.revisions(brand_id, limit=PAGE)
    complete = len(loaded) < PAGE
    entries = entries_of(loaded, every_save=every_save, complete=complete)
    pairs = pairs_to_describe(entries, known, first_row=True)
    progress(1, 2)
    found = service.changes_between(brand_id, pairs) if pairs else []
    return NewestRead(loaded, complete, dict(zip(pairs, found, strict=True)))
