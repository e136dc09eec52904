"""The values a check produces: findings with their place in the draft, and the report.

Everything is frozen so a report can cross from the worker thread to the window and be kept as
the record of a review. :meth:`Report.to_json` is the ``check --format json`` contract of
DESIGN.md (one object per draft); extra keys (brand, revision, traffic light, sub-scores) are
additions the contract allows, the keys it names keep their meaning.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How much a finding matters: an error breaks a brand rule, info is a hint."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Category(StrEnum):
    """The parts of the brand a draft is scored on, each with its own sub-score."""

    TERMINOLOGY = "terminology"
    TONE = "tone"
    READABILITY = "readability"
    MESSAGES = "messages"
    VISUAL = "visual"
    VOICE = "voice"


class TrafficLight(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


#: Every rule id (the DESIGN.md contract plus our additions) and the category it scores under.
RULES: dict[str, Category] = {
    "terminology.banned": Category.TERMINOLOGY,
    "terminology.preferred": Category.TERMINOLOGY,
    "terminology.brand-name": Category.TERMINOLOGY,
    "tone.address": Category.TONE,
    "tone.cliche": Category.TONE,
    "tone.exclamation": Category.TONE,
    "tone.emoji": Category.TONE,
    "tone.jargon": Category.TONE,
    "employer.gender-coded": Category.TONE,
    "readability.sentence-length": Category.READABILITY,
    "readability.level": Category.READABILITY,
    "messages.key-message": Category.MESSAGES,
    "visual.colour": Category.VISUAL,
    "visual.font": Category.VISUAL,
    "voice.drift": Category.VOICE,
}


def category_of(rule: str) -> Category:
    return RULES[rule]


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding is: page (``None`` for formats without pages), paragraph, offsets."""

    paragraph: int | None
    start: int
    end: int
    page: int | None = None

    def __init__(self, paragraph: int | None, start: int, end: int,
                 page: int | None = None) -> None:
        # Each field set through its slot's own setter (see _slot_setters): a long draft
        # makes thousands of places.
        set_paragraph, set_start, set_end, set_page = _LOCATION_SETTERS
        set_paragraph(self, paragraph)
        set_start(self, start)
        set_end(self, end)
        set_page(self, page)

    def to_json(self) -> dict[str, int | None]:
        return {"page": self.page, "paragraph": self.paragraph, "start": self.start,
                "end": self.end}

    def said(self, tr: Callable[[str], str]) -> str:
        """Where, as a reader is told it ("page 2, paragraph 3"), in the language of ``tr``
        (the command line's report and the agency's feedback say it the same way)."""
        parts = []
        if self.page is not None:
            parts.append(tr("page {n}").format(n=self.page))
        if self.paragraph is not None:
            parts.append(tr("paragraph {n}").format(n=self.paragraph))
        return ", ".join(parts)


#: Places of a repeated finding listed in JSON; the rest are counted (``repeats_omitted``).
REPEATS_LISTED = 200


@dataclass(frozen=True, slots=True)
class Finding:
    """One place where the draft departs from the brand, said for the owner, not a marketer."""

    rule: str
    severity: Severity
    message: str
    excerpt: str
    location: Location
    suggestion: str | None = None
    #: The other places of the same words, when one finding stands for a habit ("retourneren"
    #: seven times, "u" throughout): one finding to read, every place to fix.
    repeats: tuple[Location, ...] = ()

    def __init__(self, rule: str, severity: Severity, message: str, excerpt: str,
                 location: Location, suggestion: str | None = None,
                 repeats: tuple[Location, ...] = ()) -> None:
        # Each field set through its slot's own setter (see _slot_setters): a 2 MB draft makes
        # about 9,000 findings before its repeats are folded.
        (set_rule, set_severity, set_message, set_excerpt, set_location, set_suggestion,
         set_repeats) = _FINDING_SETTERS
        set_rule(self, rule)
        set_severity(self, severity)
        set_message(self, message)
        set_excerpt(self, excerpt)
        set_location(self, location)
        set_suggestion(self, suggestion)
        set_repeats(self, repeats)

    @property
    def category(self) -> Category:
        return category_of(self.rule)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "rule": self.rule, "severity": self.severity.value, "message": self.message,
            "excerpt": self.excerpt, "suggestion": self.suggestion,
            "location": self.location.to_json()}
        if self.repeats:  # bounded: a hostile text repeats one word a million times
            data["repeats"] = [place.to_json() for place in self.repeats[:REPEATS_LISTED]]
            if len(self.repeats) > REPEATS_LISTED:
                data["repeats_omitted"] = len(self.repeats) - REPEATS_LISTED
        return data


def _slot_setters(cls: type) -> tuple[Callable[[object, object], None], ...]:
    """The setter of each field's slot, in field order. A frozen dataclass's own ``__init__``
    sets each field through ``object.__setattr__``, which finds the same setter by name first:
    twice the time of calling it."""
    return tuple(vars(cls)[f.name].__set__ for f in fields(cls))


_LOCATION_SETTERS = _slot_setters(Location)
_FINDING_SETTERS = _slot_setters(Finding)


@dataclass(frozen=True, slots=True)
class TextStats:
    """Counts behind the readability figures, shown beside the score."""

    words: int = 0
    sentences: int = 0
    syllables: int = 0
    reading_ease: float | None = None
    reading_level: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    """The result of checking one draft against one profile revision."""

    file: str
    language: str
    score: int
    traffic_light: TrafficLight
    categories: tuple[tuple[Category, int | None], ...]
    findings: tuple[Finding, ...]
    brand: str = ""
    revision: int | None = None
    stats: TextStats = field(default_factory=TextStats)
    dismissed: tuple[Finding, ...] = ()
    #: What was left out of the draft (an attachment refused, text over the budget, ...).
    notes: tuple[str, ...] = ()
    #: Findings not listed, per rule (``findings`` holds at most so many of one rule).
    omitted: tuple[tuple[str, int], ...] = ()

    def category_score(self, category: Category) -> int | None:
        """The sub-score of ``category``; ``None`` when the draft gives it nothing to judge."""
        return dict(self.categories).get(category)

    def counts(self) -> dict[Severity, int]:
        result = dict.fromkeys(Severity, 0)
        for finding in self.findings:
            result[finding.severity] += 1
        return result

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "language": self.language,
            "score": self.score,
            "findings": [f.to_json() for f in self.findings],
            "traffic_light": self.traffic_light.value,
            "categories": {c.value: s for c, s in self.categories},
            "brand": self.brand,
            "revision": self.revision,
            "dismissed": [f.to_json() for f in self.dismissed],
            "notes": list(self.notes),
            "omitted": dict(self.omitted),
        }
