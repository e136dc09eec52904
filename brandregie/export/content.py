"""What a PDF says, apart from how it looks: sections made of a few kinds of blocks.

Each document (brief, guide, report, kit, plan) only assembles these plain values; one renderer
turns them into pages. Empty blocks and sections are dropped while assembling, so a profile
section that has nothing in it never shows up as a bare heading.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from brandregie.profile.schema import Colour, Font


@dataclass(frozen=True, slots=True)
class Para:
    text: str
    style: Literal["body", "lead", "small"] = "body"

    @property
    def empty(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not any(item.strip() for item in self.items)


@dataclass(frozen=True, slots=True)
class Fields:
    """Label and value pairs; rows without a value are left out."""

    rows: tuple[tuple[str, str], ...]

    @property
    def empty(self) -> bool:
        return not any(value.strip() for _, value in self.rows)


@dataclass(frozen=True, slots=True)
class Grid:
    """A table with a header row; ``widths`` are shares of the text width."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] | None = None

    @property
    def empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True, slots=True)
class Swatches:
    colours: tuple[Colour, ...]

    @property
    def empty(self) -> bool:
        return not self.colours


@dataclass(frozen=True, slots=True)
class Callout:
    """One thing that must stand out: the key message, a decision, a score."""

    text: str
    label: str = ""
    tone: Literal["brand", "good", "bad"] = "brand"

    @property
    def empty(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class Quote:
    """Words quoted from a draft."""

    text: str

    @property
    def empty(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class Picture:
    """A logo from the profile: ``name`` and ``path`` say which, in error messages."""

    name: str
    path: str
    data: bytes
    caption: str = ""

    @property
    def empty(self) -> bool:
        return not self.data


@dataclass(frozen=True, slots=True)
class Specimen:
    """A brand font shown in itself, or in the stand-in font when the profile lacks its file."""

    font: Font
    label: str

    @property
    def empty(self) -> bool:
        return False


@dataclass(frozen=True, slots=True)
class Sub:
    """A titled group inside a section."""

    heading: str
    blocks: tuple[Block, ...]

    @property
    def empty(self) -> bool:
        return not self.blocks


@dataclass(frozen=True, slots=True)
class LineChart:
    """Values over labelled steps (quarters), a line per named series, on a scale up to
    ``high``; ``lang`` writes the numbers the reader's way."""

    steps: tuple[str, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]
    lang: str = "en"
    high: float = 100.0

    @property
    def empty(self) -> bool:
        return not self.steps or not any(v is not None for _n, vs in self.series for v in vs)


@dataclass(frozen=True, slots=True)
class BarChart:
    """A bar per item in order; bars over ``limit`` (what was agreed) stand out."""

    values: tuple[float, ...]
    limit: float | None = None
    lang: str = "en"

    @property
    def empty(self) -> bool:
        return not self.values


@dataclass(frozen=True, slots=True)
class ShareBars:
    """Parts of a whole side by side: (name, part, whole, the same in words) per row."""

    rows: tuple[tuple[str, int, int, str], ...]

    @property
    def empty(self) -> bool:
        return not self.rows


Block = (Para | Bullets | Fields | Grid | Swatches | Callout | Quote | Picture | Specimen | Sub
         | LineChart | BarChart | ShareBars)


def blocks(*items: Block | Iterable[Block | None] | None) -> tuple[Block, ...]:
    """Flatten ``items`` and keep the blocks that have something to show."""
    kept: list[Block] = []
    for item in items:
        if item is None:
            continue
        if isinstance(item, Block):
            if not item.empty:
                kept.append(item)
        else:
            kept.extend(blocks(*item))
    return tuple(kept)


def sub(heading: str, *items: Block | Iterable[Block | None] | None) -> Sub | None:
    """A titled group, or ``None`` when it would be empty."""
    kept = blocks(*items)
    return Sub(heading, kept) if kept else None


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    blocks: tuple[Block, ...]
    new_page: bool = False


def section(heading: str, *items: Block | Iterable[Block | None] | None,
            new_page: bool = False) -> Section | None:
    """A section, or ``None`` when it would be empty (so no bare heading is printed)."""
    kept = blocks(*items)
    return Section(heading, kept, new_page) if kept else None


@dataclass(frozen=True, slots=True)
class DocumentSpec:
    """A whole document: cover text, the key facts shown on the cover, then the sections."""

    kind: str
    title: str
    sections: tuple[Section, ...]
    subtitle: str = ""
    cover_facts: tuple[tuple[str, str], ...] = ()
    cover_page: bool = False
    contents: bool = False
    keywords: tuple[str, ...] = ()


def present(*sections: Section | None) -> tuple[Section, ...]:
    return tuple(s for s in sections if s is not None)
