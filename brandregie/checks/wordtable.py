"""A word -> lemma table kept as one block of bytes and looked up in place.

Turning simplemma's 370,000 Dutch entries into a dictionary costs 0.1-0.3 s each time a process
starts, while checking a paragraph asks the table about 3,000 times. Here the table is a hash
table in bytes (a header, a slot per hash, then ``word\\0lemma\\0`` entries), as the cache
folder keeps it: a lookup hashes the word and compares a few bytes, about a microsecond, with
nothing built first. A text that asks more than :data:`LOOKUPS_BEFORE_DICT` times (a long
draft) has the whole table made into a dictionary once, which is faster from then on.
"""

from __future__ import annotations

import struct
import threading
from array import array
from collections.abc import Iterator
from zlib import crc32

MAGIC = b"BRWT1\0\0\0"
#: magic, slots, entries, where the entries start, the whole length: 24 bytes (slots aligned)
_HEADER = struct.Struct("=8sIIII")
#: Lookups in place before the table becomes a dictionary (0.1-0.3 s for Dutch).
LOOKUPS_BEFORE_DICT = 25_000


def table_bytes(table: dict[bytes, bytes]) -> bytes:
    """``table`` as :class:`WordTable` reads it: open addressing, at most half the slots used."""
    size = 1 << max(4, (2 * len(table)).bit_length())
    mask = size - 1
    slots = array("I", bytes(4 * size))
    start = _HEADER.size + 4 * size
    data = bytearray()
    for key, value in table.items():
        if b"\0" in key or b"\0" in value:
            raise ValueError(f"a NUL byte in the table: {key!r}")
        slot = crc32(key) & mask
        while slots[slot]:
            slot = (slot + 1) & mask
        slots[slot] = start + len(data)  # never 0: the header comes first
        data += key + b"\0" + value + b"\0"
    return (_HEADER.pack(MAGIC, size, len(table), start, start + len(data)) + slots.tobytes()
            + bytes(data))


class WordTable:
    """The bytes of :func:`table_bytes`, answering as a ``dict[bytes, bytes]`` would
    (``get``, ``in``, ``len``, iteration)."""

    def __init__(self, blob: bytes) -> None:
        if len(blob) < _HEADER.size:
            raise ValueError("the word table is cut short")
        magic, size, entries, start, total = _HEADER.unpack_from(blob)
        if magic != MAGIC or size & (size - 1) or start != _HEADER.size + 4 * size \
                or len(blob) != total or (entries and not blob.endswith(b"\0")):
            raise ValueError("not a word table, or a damaged (cut short) one")
        self._blob = blob
        self._slots = memoryview(blob)[_HEADER.size:start].cast("I")
        self._mask = size - 1
        self._entries = int(entries)
        self._start = start
        self._asked = 0
        self._dict: dict[bytes, bytes] | None = None
        self._lock = threading.Lock()

    def get(self, key: bytes, default: bytes | None = None) -> bytes | None:
        found = self._dict
        if found is not None:
            return found.get(key, default)
        self._asked += 1  # a count lost between threads only delays the dictionary
        if self._asked > LOOKUPS_BEFORE_DICT:
            return self.as_dict().get(key, default)
        blob, slots, mask = self._blob, self._slots, self._mask
        probe = key + b"\0"
        length = len(probe)
        slot = crc32(key) & mask
        while True:
            offset = slots[slot]
            if not offset:
                return default
            if blob[offset:offset + length] == probe:
                return blob[offset + length:blob.index(b"\0", offset + length)]
            slot = (slot + 1) & mask

    def __contains__(self, key: object) -> bool:
        return isinstance(key, bytes) and self.get(key) is not None

    def __len__(self) -> int:
        return self._entries

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.as_dict())

    def as_dict(self) -> dict[bytes, bytes]:
        """The whole table as a dictionary, made once."""
        with self._lock:
            if self._dict is None:
                parts = self._blob[self._start:].split(b"\0")
                # word, lemma, word, lemma, ..., "" after the last NUL: zip leaves it out
                self._dict = dict(zip(parts[0::2], parts[1::2], strict=False))
            return self._dict
