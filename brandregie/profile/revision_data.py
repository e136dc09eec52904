"""How a revision's profile is stored: canonical JSON, compressed, most of it as a delta.

A profile is about 5 KB of JSON (2.4 KB compressed) and a save changes a field or two. So a
revision is zlib output with a keyframe's JSON as the preset dictionary: the compressor points
back at what did not change and only the changes take room (about 70 bytes for a new sentence).
A keyframe is a revision stored whole; the others are deltas against the newest keyframe
before them, so restoring any revision reads at most two rows and inflates twice. Lossless: the
JSON read back is the JSON that was saved, byte for byte.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

#: A new keyframe after this many deltas against the last one (bounds a delta's growth).
KEYFRAME_EVERY = 64


def dump(profile: dict[str, Any], files: dict[str, str]) -> bytes:
    """The revision's content as canonical JSON: the pack and its files (path -> SHA-256)."""
    return json.dumps({"profile": profile, "files": files}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def load(raw: bytes) -> tuple[dict[str, Any], dict[str, str]]:
    """The pack dict and the files of :func:`dump`'s output."""
    content = json.loads(raw)
    return content["profile"], content["files"]


def encode(raw: bytes, keyframe: bytes | None = None) -> bytes:
    """``raw`` compressed; against ``keyframe`` (the keyframe's raw JSON) when given."""
    if keyframe is None:
        return zlib.compress(raw, 9)
    packer = zlib.compressobj(9, zdict=keyframe)
    return packer.compress(raw) + packer.flush()


def decode(data: bytes, keyframe: bytes | None = None) -> bytes:
    """The raw JSON back from :func:`encode` (with the same ``keyframe``)."""
    if keyframe is None:
        return zlib.decompress(data)
    unpacker = zlib.decompressobj(zdict=keyframe)
    return unpacker.decompress(data) + unpacker.flush()


def needs_keyframe(deltas_since: int, delta: bytes, keyframe_data: bytes) -> bool:
    """Whether to store a revision whole: after KEYFRAME_EVERY deltas, or when its delta has
    drifted to more than half a whole one (so a delta never costs more than it saves)."""
    return deltas_since + 1 >= KEYFRAME_EVERY or 2 * len(delta) > len(keyframe_data)


def file_hashes(rows: list[dict[str, Any]]) -> set[str]:
    """Every file hash that revision rows (``data`` and ``base_number`` columns) name."""
    keyframes = {r["number"]: decode(r["data"]) for r in rows if r["base_number"] is None}
    hashes: set[str] = set()
    for row in rows:
        base = row["base_number"]
        raw = keyframes[row["number"]] if base is None else decode(row["data"], keyframes[base])
        hashes.update(h for h in load(raw)[1].values() if isinstance(h, str))
    return hashes
