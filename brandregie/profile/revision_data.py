"""How a revision's profile is stored: canonical JSON, compressed, most of it as a delta.

A profile is 5-15 KB of JSON (2-5 KB compressed) and a save changes a field or two. So a
revision is zlib output with the JSON of the revision before it as the preset dictionary: the
compressor points back at what did not change and only the changes take room (about 200 bytes
for a typing session of 35 words). A delta against the *previous* revision stays that size
however long the history; a delta against an older keyframe would carry every change made
since (it grew to ~2 KB a revision on long texts). A keyframe is a revision stored whole; a
chain of deltas reaches back to one within :data:`KEYFRAME_EVERY` steps, so restoring any
revision inflates at most that many. Stores written before kept every delta against the newest
keyframe; that is a chain of one, read the same way. Lossless: the JSON read back is the JSON
that was saved, byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import threading
import zlib
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator
from typing import Any

#: A revision is stored whole when its chain of deltas would reach this long: restoring walks
#: at most KEYFRAME_EVERY - 1 deltas (~1 ms), and the keyframe's ~5 KB are shared by 32.
KEYFRAME_EVERY = 32


def dump(profile: dict[str, Any], files: dict[str, str]) -> bytes:
    """The revision's content as canonical JSON: the pack and its files (path -> SHA-256)."""
    return json.dumps({"profile": profile, "files": files}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def load(raw: bytes) -> tuple[dict[str, Any], dict[str, str]]:
    """The pack dict and the files of :func:`dump`'s output."""
    content = json.loads(raw)
    return content["profile"], content["files"]


def encode(raw: bytes, base: bytes | None = None) -> bytes:
    """``raw`` compressed; as a delta against ``base`` (its base revision's raw JSON) if given."""
    if base is None:
        return zlib.compress(raw, 9)
    packer = zlib.compressobj(9, zdict=base)
    return packer.compress(raw) + packer.flush()


def decode(data: bytes, base: bytes | None = None) -> bytes:
    """The raw JSON back from :func:`encode` (with the same ``base``)."""
    if base is None:
        return zlib.decompress(data)
    unpacker = zlib.decompressobj(zdict=base)
    return unpacker.decompress(data) + unpacker.flush()


def needs_keyframe(depth: int, delta: bytes, whole: bytes) -> bool:
    """Whether to store a revision whole rather than as ``delta``: when it would be delta
    number ``depth`` of its chain and that reaches KEYFRAME_EVERY, or when the delta is more
    than half the whole one (so a delta never costs more than it saves)."""
    return depth >= KEYFRAME_EVERY or 2 * len(delta) > len(whole)


def inflate(rows: Iterable[tuple[int, int | None, bytes]], wanted: set[int] | None = None
            ) -> Iterator[tuple[int, bytes]]:
    """The raw JSON of revision rows ``(number, base_number, data)``, oldest first: each row
    inflated once, its raw held only while a later row still needs it as a base, so a whole
    history streams through in little memory. Yields those in ``wanted`` (all when None).

    Raises LookupError naming a base that is not among the rows before the one needing it.
    """
    ordered = sorted(rows, key=lambda row: row[0])
    needed = Counter(base for _number, base, _data in ordered if base is not None)
    held: dict[int, bytes] = {}
    for number, base, data in ordered:
        if base is None:
            raw = decode(data)
        else:
            if base not in held:
                raise LookupError(base)
            raw = decode(data, held[base])
            needed[base] -= 1
            if not needed[base]:
                del held[base]
        if needed[number]:
            held[number] = raw
        if wanted is None or number in wanted:
            yield number, raw


class Recent:
    """The raw JSON of revisions just saved or restored, by a digest of their chain's stored
    bytes (the revision's own, its base's, ... its keyframe's). The JSON follows from those
    bytes alone, so an entry is never stale, whatever was rolled back and whichever database
    it came from. Saves are why: in a burst every autosave is a delta against the same base,
    and a new revision one against the revision saved before it, so without this each save
    would inflate a chain of up to KEYFRAME_EVERY - 1 deltas again."""

    def __init__(self, size: int = 8) -> None:
        self._size = size
        self._items: OrderedDict[bytes, bytes] = OrderedDict()
        self._lock = threading.Lock()  # saves run on worker threads

    @staticmethod
    def key(chain: Iterable[bytes]) -> bytes:
        """The digest of a chain's stored bytes, newest first."""
        digest = hashlib.blake2b(digest_size=20)
        for part in chain:
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
        return digest.digest()

    def get(self, key: bytes) -> bytes | None:
        with self._lock:
            raw = self._items.get(key)
            if raw is not None:
                self._items.move_to_end(key)
            return raw

    def put(self, key: bytes, raw: bytes) -> None:
        with self._lock:
            self._items[key] = raw
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


def file_hashes(rows: list[dict[str, Any]]) -> set[str]:
    """Every file hash that revision rows (``number``, ``base_number``, ``data``) name."""
    hashes: set[str] = set()
    for _number, raw in inflate((r["number"], r["base_number"], r["data"]) for r in rows):
        hashes.update(h for h in load(raw)[1].values() if isinstance(h, str))
    return hashes
