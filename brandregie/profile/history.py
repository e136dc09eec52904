"""A brand's history: its revisions, grouped as a person remembers them, and what changed.

``Colour Korenblond: #E8B64C -> #E9B64C``, ``Added value Buurt``, ``Mission: "…" -> "…"``. List
items are matched by their name (or term, pillar, stage), so an edit is not shown as a removal and
an addition. Labels are translated through the core's i18n.

The autosave saves at most every half second while someone edits; the store keeps a burst of
such saves as one revision (``profile/revision_store.py`` states the rule). Bursts it had to
keep apart (one was exported in between, or older stores kept every save) are still shown as
one entry by :func:`group_edits`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from pydantic import BaseModel

from brandregie.i18n import translator
from brandregie.profile import schema as s

#: Autosaves by one person less than this apart belong to one entry of the history.
EDIT_BURST_GAP = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class RevisionInfo:
    """One kept revision of a brand: a single save, or a burst of ``saves`` autosaves from
    revision ``first`` (saved at ``started``) to ``number`` (saved at ``created_at``)."""

    number: int
    created_at: datetime
    author: str
    action: str
    note: str
    saves: int = 1
    first_number: int | None = None
    started_at: datetime | None = None

    @property
    def first(self) -> int:
        return self.number if self.first_number is None else self.first_number

    @property
    def started(self) -> datetime:
        return self.created_at if self.started_at is None else self.started_at


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One line of the history: a single revision, or a burst of autosaves by one person."""

    revisions: tuple[RevisionInfo, ...]  # newest first, never empty

    @property
    def newest(self) -> RevisionInfo:
        return self.revisions[0]

    @property
    def oldest(self) -> RevisionInfo:
        return self.revisions[-1]

    @property
    def count(self) -> int:
        """How many saves the entry holds (a kept revision may hold a burst of them)."""
        return sum(rev.saves for rev in self.revisions)

    def holds(self, number: int) -> bool:
        return self.oldest.first <= number <= self.newest.number


def _same_burst(newer: RevisionInfo, older: RevisionInfo, gap: timedelta) -> bool:
    """Plain edits (no note such as "banned word x") by one person, close together."""
    return (newer.action == older.action == "edited" and not newer.note and not older.note
            and newer.author == older.author
            and timedelta(0) <= newer.started - older.created_at < gap)


def group_edits(revisions: Sequence[RevisionInfo], gap: timedelta = EDIT_BURST_GAP
                ) -> list[HistoryEntry]:
    """``revisions`` (newest first) as history entries: bursts of plain edits become one.

    Created, imported and restored revisions, and edits with a note, always stand alone.
    """
    entries: list[list[RevisionInfo]] = []
    for rev in revisions:
        if entries and _same_burst(entries[-1][-1], rev, gap):
            entries[-1].append(rev)
        else:
            entries.append([rev])
    return [HistoryEntry(tuple(group)) for group in entries]


#: English labels of fields and list items (msgids; Dutch in resources/locale/nl/.../core.po).
FIELD_LABELS: dict[str, str] = {
    "name": "Name", "languages": "Languages",
    "identity.why": "Why", "identity.mission": "Mission", "identity.vision": "Vision",
    "identity.story": "Story",
    "character.tone.formal": "Tone: formal", "character.tone.serious": "Tone: serious",
    "character.tone.respectful": "Tone: respectful",
    "character.tone.enthusiastic": "Tone: enthusiastic",
    "character.address": "Address form", "character.max_sentence_words": "Maximum sentence length",
    "character.reading_level": "Reading level", "character.exclamation_marks": "Exclamation marks",
    "character.emoji": "Emoji",
    "positioning.audience": "Audience", "positioning.category": "Category",
    "positioning.promise": "Promise", "positioning.difference": "Difference",
    "positioning.proof_points": "Proof point",
    "vocabulary.cliches.builtin": "Built-in cliché list",
    "vocabulary.cliches.extra": "Extra cliché", "vocabulary.cliches.allowed": "Allowed cliché",
    "visual.colour_tolerance": "Colour tolerance", "visual.imagery": "Imagery",
    "employer.culture": "Culture", "employer.hiring_goal": "Hiring goal",
    "employer.advocacy.guidelines": "Advocacy guidelines",
    "employer.advocacy.hashtags": "Hashtag", "employer.advocacy.dos": "Advocacy do",
    "employer.advocacy.donts": "Advocacy don't",
}

class ItemList(NamedTuple):
    """A list field of objects: how one item and the list are called (msgids), which field
    names an item, and which field is its main value (shown as ``old -> new``), if any."""

    label: str
    plural: str
    key: str
    main: str | None = None


ITEM_LISTS: dict[str, ItemList] = {
    "identity.values": ItemList("Value", "Values", "name", "meaning"),
    "character.traits": ItemList("Trait", "Traits", "is_"),
    "positioning.competitors": ItemList("Competitor", "Competitors", "name"),
    "vocabulary.brand_names": ItemList("Brand name", "Brand names", "name"),
    "vocabulary.preferred": ItemList("Preferred term", "Preferred terms", "use"),
    "vocabulary.banned": ItemList("Banned term", "Banned terms", "term"),
    "vocabulary.key_messages": ItemList("Key message", "Key messages", "text"),
    "visual.colours": ItemList("Colour", "Colours", "name", "hex"),
    "visual.fonts": ItemList("Font", "Fonts", "family"),
    "visual.logos": ItemList("Logo", "Logos", "name"),
    "employer.evp": ItemList("EVP pillar", "EVP pillars", "pillar", "proof"),
    "employer.personas": ItemList("Candidate persona", "Candidate personas", "name"),
    "employer.labour_competitors": ItemList("Labour-market competitor",
                                            "Labour-market competitors", "name"),
    "employer.candidate_journey": ItemList("Journey stage", "Journey stages", "stage"),
    "personas": ItemList("Persona", "Personas", "name"),
    "voice.texts": ItemList("Own text", "Own texts", "text"),
}

SUB_LABELS: dict[str, str] = {
    "meaning": "meaning", "is_not": "is not", "explanation": "explanation",
    "positioning": "positioning", "how_we_differ": "how we differ", "not_": "not",
    "why": "why", "suggest": "suggestion", "keywords": "keywords", "hex": "hex", "role": "role",
    "file": "file", "use": "use", "proof": "proof", "motivations": "motivations",
    "frustrations": "frustrations", "channels": "channels", "offer": "offer",
    "touchpoint": "touchpoint", "experience": "experience", "improvement": "improvement",
    "is_": "is", "family": "family", "name": "name", "term": "term", "text": "text",
    "pillar": "pillar", "stage": "stage", "title": "title", "source": "source",
}


def _show(value: Any, limit: int = 60) -> str:
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, tuple | list):
        return ", ".join(_show(v, limit) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in sorted(value.items()))
    if isinstance(value, BaseModel):
        return ", ".join(_show(v, limit) for v in value.model_dump().values() if v)
    text = str(value)
    if isinstance(value, str) and (" " in text or not text):
        text = text if len(text) <= limit else text[: limit - 1] + "…"
        return f"“{text}”"
    return text


def describe_changes(old: s.Brand, new: s.Brand, lang: str | None = None) -> list[str]:
    """Every difference between ``old`` and ``new`` as one readable line each."""
    tr = translator(lang)
    lines: list[str] = []
    _walk(old, new, "", tr, lines)
    return lines


def _walk(old: BaseModel, new: BaseModel, prefix: str, tr: Callable[[str], str],
          lines: list[str]) -> None:
    for field in type(new).model_fields:
        path = f"{prefix}{field}"
        a, b = getattr(old, field), getattr(new, field)
        if a == b:
            continue
        if path in ITEM_LISTS:
            _diff_items(a, b, path, tr, lines)
        elif isinstance(b, BaseModel) and isinstance(a, BaseModel) and path in (
                "identity", "character", "character.tone", "positioning", "vocabulary",
                "vocabulary.cliches", "visual", "employer", "employer.advocacy", "voice"):
            _walk(a, b, f"{path}.", tr, lines)
        elif isinstance(b, tuple) and isinstance(a, tuple) and path in FIELD_LABELS:
            label = tr(FIELD_LABELS[path])
            for item in b:
                if item not in a:
                    lines.append(tr("Added {what}: {name}").format(what=label.lower(),
                                                                  name=_show(item)))
            for item in a:
                if item not in b:
                    lines.append(tr("Removed {what}: {name}").format(what=label.lower(),
                                                                    name=_show(item)))
            if set(a) == set(b):
                lines.append(tr("Reordered: {what}").format(what=label.lower()))
        else:
            label = tr(FIELD_LABELS.get(path, path))
            lines.append(f"{label}: {_show(a)} -> {_show(b)}")


def _diff_items(a: tuple[BaseModel, ...], b: tuple[BaseModel, ...], path: str,
                tr: Callable[[str], str], lines: list[str]) -> None:
    label, plural, key, main = ITEM_LISTS[path]
    what = tr(label)
    old = {getattr(item, key): item for item in a}
    new = {getattr(item, key): item for item in b}
    for name, item in new.items():
        if name not in old:
            lines.append(tr("Added {what} {name}").format(what=what.lower(), name=name))
            continue
        before = old[name]
        for sub in type(item).model_fields:
            x, y = getattr(before, sub), getattr(item, sub)
            if x == y:
                continue
            if sub == main:
                lines.append(f"{what} {name}: {_show(x)} -> {_show(y)}")
            else:
                sub_label = tr(SUB_LABELS.get(sub, sub))
                lines.append(f"{what} {name}, {sub_label}: {_show(x)} -> {_show(y)}")
    for name in old:
        if name not in new:
            lines.append(tr("Removed {what} {name}").format(what=what.lower(), name=name))
    kept_old = [k for k in old if k in new]
    kept_new = [k for k in new if k in old]
    if kept_old != kept_new:
        lines.append(tr("Reordered: {what}").format(what=tr(plural).lower()))
