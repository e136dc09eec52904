"""The document model every reader produces and every check reads.

It is plain, immutable data: the text as ordered blocks with their location (page, paragraph,
character offsets into :attr:`Document.text`), the fonts and colours the draft uses and where,
and the images it embeds with their dominant colours. Offsets are what findings point at.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list-item"
    TABLE_CELL = "table-cell"
    CAPTION = "caption"


@dataclass(frozen=True, slots=True)
class Block:
    """One run of text. ``start``/``end`` are offsets into the document's full text."""

    kind: BlockKind
    text: str
    paragraph: int
    start: int
    end: int
    page: int | None = None


@dataclass(frozen=True, slots=True)
class FontUse:
    """A font family (normalised: no subset prefix, no style suffix) and where it is used."""

    family: str
    pages: tuple[int, ...] = ()
    paragraphs: tuple[int, ...] = ()
    where: str = ""
    #: Only named as a fallback in a CSS font stack (never the font the author chose).
    fallback: bool = False


@dataclass(frozen=True, slots=True)
class ColourUse:
    """A colour (``#RRGGBB``) the draft uses; ``share`` is its part of an image's area (0..1)."""

    hex: str
    where: str
    share: float | None = None
    page: int | None = None
    paragraph: int | None = None


@dataclass(frozen=True, slots=True)
class Image:
    """An image in the draft (or the draft itself), with its dominant colours."""

    name: str
    width: int
    height: int
    colours: tuple[ColourUse, ...] = ()
    page: int | None = None
    #: The paragraph the image sits in (or after), where the format says.
    paragraph: int | None = None


@dataclass(frozen=True, slots=True)
class SpeakerNote:
    """A presenter's note on slide ``page``: read, but not the text the audience sees."""

    page: int
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """A draft as the checks see it.

    ``colours`` holds every colour found, the dominant colours of images included (those have
    ``share`` set and ``where`` naming the image); ``images[i].colours`` repeats an image's own.
    Paragraph numbers count blocks from 1 through the whole document (not per page).
    ``notes`` tell the person what was left out (remote images not fetched, images too large).
    ``complete`` is False when a part of the draft was not read at all (an attachment refused,
    text beyond the budget): such a draft is never scored green.
    ``speaker_notes`` are a deck's notes for the presenter: kept apart from :attr:`text`, so
    checks do not score them as the deck's own words.
    """

    name: str
    kind: str
    text: str
    blocks: tuple[Block, ...]
    language: str | None = None
    fonts: tuple[FontUse, ...] = ()
    colours: tuple[ColourUse, ...] = ()
    images: tuple[Image, ...] = ()
    pages: int | None = None
    notes: tuple[str, ...] = ()
    speaker_notes: tuple[SpeakerNote, ...] = ()
    complete: bool = True

    def block_at(self, offset: int) -> Block | None:
        """The block holding character ``offset`` of :attr:`text`, if any."""
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None

    @classmethod
    def from_paragraphs(cls, name: str, paragraphs: list[str] | tuple[str, ...], *,
                        kind: str = "text", language: str | None = None) -> Document:
        """Build a plain document from paragraphs joined by blank lines (tests, pasted text)."""
        blocks: list[Block] = []
        parts: list[str] = []
        offset = 0
        for number, para in enumerate(paragraphs, start=1):
            if parts:
                parts.append("\n\n")
                offset += 2
            blocks.append(Block(BlockKind.PARAGRAPH, para, number, offset, offset + len(para)))
            parts.append(para)
            offset += len(para)
        return cls(name=name, kind=kind, text="".join(parts), blocks=tuple(blocks),
                   language=language)
