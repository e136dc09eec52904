"""Which size limit applies to a file, judged before reading it and again once its kind is known.

The first check uses only the first bytes and the name (so a 50 MB text file is refused without
being read); the second, in the reader process, uses the kind found from the content.
"""

from __future__ import annotations

from brandregie.i18n import _
from brandregie.ingest.errors import too_large
from brandregie.ingest.limits import MB, Limits
from brandregie.ingest.sniff import suffix_kind

HEAD_BYTES = 2048
_BINARY_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"RIFF", b"GIF8", b"PK\x03\x04",
                      b"PK\x05\x06", b"%PDF", b"\xd0\xcf\x11\xe0")


def limit_for_kind(kind: str, limits: Limits) -> int:
    if kind in ("text", "markdown", "html"):
        return limits.max_text_bytes
    if kind == "email":
        return limits.max_email_bytes
    if kind == "image":
        return limits.max_image_bytes
    return limits.max_file_bytes


def limit_for_head(head: bytes, name: str, limits: Limits) -> int:
    """The size limit that applies, judged from the first bytes (before reading the rest)."""
    if head.startswith(_BINARY_SIGNATURES) or b"%PDF-" in head[:1024]:
        return limits.max_file_bytes
    claimed = suffix_kind(name)
    if claimed == "email" or head[:5].lower() in (b"from:", b"recei", b"retur", b"deliv"):
        return limits.max_email_bytes
    if claimed in ("docx", "odt", "pptx", "doc", "ppt", "pdf", "image"):
        return limits.max_file_bytes
    return limits.max_text_bytes


def check_size(size: int, limit: int, name: str) -> None:
    if size > limit:
        raise too_large(name, _("{size} MB (at most {limit} MB for this kind of file)").format(
            size=f"{size / MB:,.1f}", limit=f"{limit // MB:,}"))
