"""Assembles a :class:`Document` while a reader walks its file, so offsets are always right.

Readers only say "here is a heading on page 2", "this paragraph uses Arial", "this colour is
a table shading"; the builder numbers paragraphs, joins block texts with blank lines (so
sentences never run across blocks) and keeps ``text[block.start:block.end] == block.text``.
Font and colour uses are merged per family and per (colour, where, paragraph), and capped, so a
hostile file with a million coloured runs still yields a small model.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from brandregie.ingest.document import (
    Block,
    BlockKind,
    ColourUse,
    Document,
    FontUse,
    Image,
    SpeakerNote,
)

SEPARATOR = "\n\n"
MAX_COLOUR_USES = 5_000
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_NEWLINES = re.compile(r" *\n[ \n]*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\u200b]")
#: Any character :data:`_CONTROL` or :data:`_SPACES` changes, other than a plain space: most
#: paragraphs have none, and then only runs of plain spaces need collapsing (a regex that
#: matches every single space costs 0.15 s per MB of text).
_ODD = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]")
_SPACE_RUNS = re.compile(" {2,}")


def _printable(text: str) -> bool:
    """Whether ``text`` has nothing but printable characters and line breaks: then it has no
    :data:`_ODD` character (each is a control, format or space character other than the plain
    space, none of them printable). Asked in C at a sixth of the regex's cost per character."""
    return (text if "\n" not in text else text.replace("\n", "")).isprintable()


def clean_text(text: str) -> str:
    """Whitespace as a reader sees it: runs of spaces collapsed, line breaks kept, trimmed.

    A vertical tab is a line break (PowerPoint's and Word's manual one), so it becomes one
    before control characters are dropped: never two words glued together."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n")
    if not _printable(text) and _ODD.search(text):
        text = _CONTROL.sub("", text)
        text = _SPACES.sub(" ", text)
    elif "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    if " \n" in text or "\n " in text or "\n\n" in text:
        text = _NEWLINES.sub("\n", text)
    return text.strip()


class _FontAcc:
    __slots__ = ("fallback", "pages", "paragraphs", "where")

    def __init__(self, where: str, fallback: bool) -> None:
        self.pages: dict[int, None] = {}
        self.paragraphs: dict[int, None] = {}
        self.where = where
        self.fallback = fallback


class DocumentBuilder:
    """Collects blocks, fonts, colours and images of one draft; :meth:`build` freezes them."""

    def __init__(self, name: str, kind: str,
                 progress: Callable[[float], None] | None = None) -> None:
        self.name = name
        self.kind = kind
        self.progress = progress or (lambda fraction: None)
        self._parts: list[str] = []
        self._blocks: list[Block] = []
        self._offset = 0
        self._fonts: dict[str, _FontAcc] = {}
        self._colours: dict[tuple[str, str, int | None, int | None], ColourUse] = {}
        self._images: list[Image] = []
        self._notes: list[str] = []
        self.complete = True
        #: Pixels decoded so far, for the document's budget (``Limits.max_document_pixels``).
        self.pixels = 0
        self.speaker_notes: list[SpeakerNote] = []
        self.pages: int | None = None

    @property
    def paragraph(self) -> int:
        """The number of the last block added (0 before the first)."""
        return len(self._blocks)

    @property
    def length(self) -> int:
        """Characters of text so far."""
        return self._offset

    @property
    def image_count(self) -> int:
        return len(self._images)

    def add_block(self, kind: BlockKind, text: str, *, page: int | None = None,
                  clean: bool = True) -> Block | None:
        """Add one block of text; empty text adds nothing and returns ``None``."""
        if clean:
            text = clean_text(text)
        if not text:
            return None
        if self._parts:
            self._parts.append(SEPARATOR)
            self._offset += len(SEPARATOR)
        block = Block(kind, text, len(self._blocks) + 1, self._offset, self._offset + len(text),
                      page)
        self._parts.append(text)
        self._offset += len(text)
        self._blocks.append(block)
        return block

    def add_font(self, family: str, *, page: int | None = None, paragraph: int | None = None,
                 where: str = "", fallback: bool = False) -> None:
        family = family.strip()
        if not family or len(family) > 120:
            return
        acc = self._fonts.get(family)
        if acc is None:
            if len(self._fonts) >= 500:
                return
            acc = self._fonts[family] = _FontAcc(where, fallback)
        elif not fallback:
            acc.fallback = False
        if page is not None:
            acc.pages[page] = None
        if paragraph is not None and paragraph > 0:
            acc.paragraphs[paragraph] = None
        if where and not acc.where:
            acc.where = where

    def add_colour(self, hex_value: str, where: str, *, page: int | None = None,
                   paragraph: int | None = None) -> None:
        key = (hex_value, where, page, paragraph)
        if key not in self._colours and len(self._colours) < MAX_COLOUR_USES:
            self._colours[key] = ColourUse(hex_value, where, None, page, paragraph)

    def add_image(self, image: Image) -> None:
        self._images.append(image)

    def note(self, message: str) -> None:
        if message not in self._notes:
            self._notes.append(message)

    def skipped(self, message: str) -> None:
        """A part of the draft was not read (refused, over a budget): said, and never green."""
        self.note(message)
        self.complete = False

    def add_speaker_note(self, page: int, text: str) -> None:
        """A presenter's note on slide ``page``, kept apart from the text that is checked."""
        text = clean_text(text)
        if text:
            self.speaker_notes.append(SpeakerNote(page, text))

    def extend(self, other: Document, *, where: str) -> None:
        """Append another document's content (an e-mail attachment), renumbered."""
        first = self.paragraph
        for block in other.blocks:
            self.add_block(block.kind, block.text, page=block.page, clean=False)
        for font in other.fonts:
            for paragraph in font.paragraphs or (None,):
                self.add_font(font.family, paragraph=None if paragraph is None
                              else paragraph + first, where=f"{where}: {font.where}",
                              fallback=font.fallback)
        for colour in other.colours:
            if colour.share is None:
                self.add_colour(colour.hex, f"{where}: {colour.where}", page=colour.page,
                                paragraph=None if colour.paragraph is None
                                else colour.paragraph + first)
        for image in other.images:
            self.add_image(image)
        for note in other.notes:
            self.note(note)
        self.complete = self.complete and other.complete
        self.speaker_notes.extend(other.speaker_notes)

    def build(self, language: str | None = None) -> Document:
        fonts = tuple(FontUse(family, tuple(sorted(acc.pages)), tuple(sorted(acc.paragraphs)),
                              acc.where, acc.fallback)
                      for family, acc in self._fonts.items())
        colours = list(self._colours.values())
        for image in self._images:
            colours.extend(image.colours)
        return Document(name=self.name, kind=self.kind, text="".join(self._parts),
                        blocks=tuple(self._blocks), language=language, fonts=fonts,
                        colours=tuple(colours), images=tuple(self._images), pages=self.pages,
                        notes=tuple(self._notes), speaker_notes=tuple(self.speaker_notes),
                        complete=self.complete)
