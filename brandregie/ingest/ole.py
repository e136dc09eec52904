"""What an old-style Office file (an OLE compound file) holds, read from its directory alone.

Old Word (``.doc``), PowerPoint (``.ppt``) and Excel files are compound files, and so is every
password-protected Office file, the new ones too (the real document is an encrypted stream
inside). Telling them apart needs only the stream names and a few bytes of one stream, so this
reads just that, with every loop bounded by the file's size: a crafted file cannot make it run
long. Anything that does not add up is reported as "not a compound file we understand".
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_MINI_CUTOFF = 4096


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    start: int
    size: int


class _Compound:
    def __init__(self, data: bytes) -> None:
        self.data = data
        shift = struct.unpack_from("<H", data, 0x1E)[0]
        mini_shift = struct.unpack_from("<H", data, 0x20)[0]
        if shift not in (9, 12) or mini_shift != 6:
            raise ValueError("not a compound file")
        self.sector = 1 << shift
        self.limit = len(data) // self.sector + 1
        self.fat = self._fat()
        self.entries = self._directory(struct.unpack_from("<I", data, 0x30)[0])

    def _read_sector(self, number: int) -> bytes:
        start = (number + 1) * self.sector
        if number >= self.limit or start >= len(self.data):
            raise ValueError("sector out of range")
        return self.data[start:start + self.sector]

    def _fat(self) -> list[int]:
        data = self.data
        difat = [n for n in struct.unpack_from("<109I", data, 0x4C) if n < _END]
        next_difat = struct.unpack_from("<I", data, 0x44)[0]
        per = self.sector // 4
        for _hop in range(self.limit):
            if next_difat >= _END:
                break
            block = struct.unpack(f"<{per}I", self._read_sector(next_difat))
            difat.extend(n for n in block[:-1] if n < _END)
            next_difat = block[-1]
        fat: list[int] = []
        for number in difat[:self.limit]:
            fat.extend(struct.unpack(f"<{per}I", self._read_sector(number)))
        return fat

    def chain(self, start: int, table: list[int]) -> list[int]:
        sectors: list[int] = []
        seen: set[int] = set()
        while start < _END and start not in seen and len(sectors) <= len(table):
            if start >= len(table):
                raise ValueError("chain out of range")
            seen.add(start)
            sectors.append(start)
            start = table[start]
        return sectors

    def _directory(self, start: int) -> list[Entry]:
        raw = b"".join(self._read_sector(n) for n in self.chain(start, self.fat))
        entries = []
        for offset in range(0, len(raw) - 127, 128):
            length = struct.unpack_from("<H", raw, offset + 0x40)[0]
            kind = raw[offset + 0x42]
            if kind == 0 or not 2 <= length <= 64:
                continue
            name = raw[offset:offset + length - 2].decode("utf-16-le", "replace")
            start_sector, size = struct.unpack_from("<II", raw, offset + 0x74)
            entries.append(Entry(name, kind, start_sector, size))
        return entries

    def stream_head(self, entry: Entry, count: int) -> bytes:
        """The first ``count`` bytes of a stream (from the mini stream when it is small)."""
        if entry.size >= _MINI_CUTOFF:
            data = b"".join(self._read_sector(n) for n in
                            self.chain(entry.start, self.fat)[:count // self.sector + 1])
            return data[:min(count, entry.size)]
        root = next((e for e in self.entries if e.kind == 5), None)
        if root is None:
            return b""
        mini_fat_raw = b"".join(self._read_sector(n) for n in self.chain(
            struct.unpack_from("<I", self.data, 0x3C)[0], self.fat))
        mini_fat = list(struct.unpack(f"<{len(mini_fat_raw) // 4}I", mini_fat_raw))
        mini_stream = b"".join(self._read_sector(n) for n in self.chain(root.start, self.fat))
        data = b"".join(mini_stream[n * 64:(n + 1) * 64]
                        for n in self.chain(entry.start, mini_fat)[:count // 64 + 1])
        return data[:min(count, entry.size)]


def compound_kind(data: bytes) -> str:
    """``encrypted``, ``doc``, ``ppt``, ``xls`` or ``other`` for an OLE compound file.

    Stream names are compared without case, as Office does."""
    try:
        compound = _Compound(data)
    except (ValueError, struct.error, IndexError):
        return "other"
    names = {entry.name.casefold(): entry for entry in compound.entries}
    if "encryptedpackage" in names or "encryptedsummary" in names:
        return "encrypted"
    if "worddocument" in names:
        # fEncrypted or fObfuscated in the file information block
        return "encrypted" if _flag(compound, names["worddocument"], 0x0A, "<H", 0x8100) \
            else "doc"
    if "powerpoint document" in names:
        user = names.get("current user")
        # the current-user atom's token for an encrypted deck
        encrypted = user is not None and _flag(compound, user, 8, "<I", None)
        return "encrypted" if encrypted else "ppt"
    if "workbook" in names or "book" in names:
        return "xls"
    return "other"


def _flag(compound: _Compound, entry: Entry, offset: int, layout: str,
          mask: int | None) -> bool:
    """Whether a stream's field at ``offset`` has ``mask`` set (``None``: is the encrypted
    PowerPoint token); a stream too broken to read says no."""
    try:
        head = compound.stream_head(entry, offset + struct.calcsize(layout))
        value = struct.unpack_from(layout, head, offset)[0]
    except (ValueError, struct.error, IndexError):
        return False
    return bool(value & mask) if mask is not None else value == 0xF3D1C4DF
