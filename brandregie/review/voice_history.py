"""Each agency's voice distance over time: how far every checked version it delivered lies from
the owner's own texts ("Sounds like us").

All versions are measured against the brand's own texts as they are now, so a line is one
yardstick (a text the owner adds today moves the whole line alike). The distance is the voice
check's (:func:`brandregie.checks.voice.distance`): about 1 for one of the owner's own texts,
2 and more is far. Plain data, no Qt: the home page reads it off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from brandregie import models as m
from brandregie.checks.voice import compare, distance, own_voice, tally_document
from brandregie.ingest.document import Document
from brandregie.profile.service import ProfileService
from brandregie.review.codec import draft_view_from_json
from brandregie.store.database import Store

#: Versions per agency measured (the newest): a line of years stays quick to draw and read.
PER_AGENCY = 24


@dataclass(frozen=True, slots=True)
class VoicePoint:
    """One checked version: when it came in, its distance, and which job it was for."""

    received_at: datetime
    distance: float
    assignment: str
    version: int


@dataclass(frozen=True, slots=True)
class AgencyVoice:
    """An agency's distances in the order its versions came in (``agency_id`` None: none)."""

    agency_id: int | None
    agency: str
    points: tuple[VoicePoint, ...]

    @property
    def latest(self) -> float:
        return self.points[-1].distance

    @property
    def change(self) -> float:
        """The newest distance minus the first: negative when the agency comes closer."""
        return self.points[-1].distance - self.points[0].distance


def voice_history(store: Store, brand_id: int, *, per_agency: int = PER_AGENCY,
                  texts: Sequence[str] | None = None,
                  progress: Callable[[int, int], None] | None = None) -> list[AgencyVoice]:
    """Every agency with a checked version of ``brand_id`` in a language the owner has own
    texts in, by name; empty when the brand has no own texts (``texts``: instead of the
    brand's own; ``progress(done, total)`` after each version)."""
    if texts is None:
        brand = ProfileService(store).snapshot(brand_id).brand
        texts = [t.text for t in brand.voice.texts]
    if not texts:
        return []
    query = (select(m.Agency.id, m.Agency.name, m.DraftVersion.id, m.DraftVersion.received_at,
                    m.Assignment.title, m.DraftVersion.number)
             .select_from(m.DraftVersion)
             .join(m.Assignment, m.DraftVersion.assignment_id == m.Assignment.id)
             .outerjoin(m.Agency, m.Assignment.agency_id == m.Agency.id)
             .where(m.Assignment.brand_id == brand_id, m.DraftVersion.score.is_not(None),
                    m.DraftVersion.document.is_not(None))
             .order_by(m.DraftVersion.received_at, m.DraftVersion.id))
    with store.session() as s:
        rows = s.execute(query).all()
    newest: dict[int | None, list[tuple[str, int, datetime, str, int]]] = {}
    for agency_id, name, version_id, received, title, number in rows:
        newest.setdefault(agency_id, []).append((name or "", version_id, received, title, number))
    chosen = {key: found[-per_agency:] for key, found in newest.items()}
    total = sum(len(found) for found in chosen.values())
    done = 0
    lines: list[AgencyVoice] = []
    for key, found in chosen.items():
        points: list[VoicePoint] = []
        for _name, version_id, received, title, number in found:
            far = _distance(store, version_id, texts)
            if far is not None:
                points.append(VoicePoint(received, far, title, number))
            done += 1
            if progress is not None:
                progress(done, total)
        if points:
            lines.append(AgencyVoice(key, found[0][0], tuple(points)))
    return sorted(lines, key=lambda line: (line.agency_id is None, line.agency.casefold()))


def _distance(store: Store, version_id: int, texts: Sequence[str]) -> float | None:
    """How far one stored draft lies from the own texts in its language (None: no voice)."""
    with store.session() as s:
        row = s.get(m.DraftVersion, version_id)
        if row is None or row.document is None or row.report is None:
            return None
        document_json, lang = row.document, str(row.report.get("language") or "nl")
    voice = own_voice(texts, lang)
    if voice is None:
        return None
    draft = draft_view_from_json(document_json)
    document = Document(name=draft.name, kind=draft.kind, text=draft.text, blocks=draft.blocks)
    tally = tally_document(document, lang)
    return round(distance(compare(voice, tally)), 2) if tally.words else None
