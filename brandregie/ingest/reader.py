"""The entry points: a file (or its bytes) becomes a :class:`Document`, or a typed error.

Order of work, cheapest refusal first: the size on disk against the limit for what the first
bytes say the file is (a 50 MB text file is refused without being read); then the format from
the content; then the reader, in the sandboxed child process (see :mod:`.sandbox`); finally
the language, detected here in the calling process where the detector stays loaded.
"""

from __future__ import annotations

import dataclasses
import stat
from pathlib import Path

from brandregie.i18n import _
from brandregie.ingest import sandbox
from brandregie.ingest.document import Document
from brandregie.ingest.errors import DocumentError, EmptyDocumentError, too_large
from brandregie.ingest.language import detect_language
from brandregie.ingest.limits import DEFAULT_LIMITS, MB, Limits
from brandregie.ingest.sniff import detect_kind, suffix_kind

_BINARY_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"RIFF", b"GIF8", b"PK\x03\x04",
                      b"PK\x05\x06", b"%PDF")


def _size_limit(kind: str, limits: Limits) -> int:
    if kind in ("text", "markdown", "html"):
        return limits.max_text_bytes
    if kind == "email":
        return limits.max_email_bytes
    if kind == "image":
        return limits.max_image_bytes
    return limits.max_file_bytes


def _limit_for_head(head: bytes, name: str, limits: Limits) -> int:
    """The size limit that applies, judged from the first bytes (before reading the rest)."""
    if head.startswith(_BINARY_SIGNATURES) or b"%PDF-" in head[:1024]:
        return limits.max_file_bytes
    claimed = suffix_kind(name)
    if claimed == "email" or head[:5].lower() in (b"from:", b"recei", b"retur", b"deliv"):
        return limits.max_email_bytes
    if claimed in ("docx", "odt", "pptx", "pdf", "image"):
        return limits.max_file_bytes
    return limits.max_text_bytes


def _check_size(size: int, limit: int, name: str) -> None:
    if size > limit:
        raise too_large(name, _("{size} MB (at most {limit} MB for this kind of file)").format(
            size=f"{size / MB:,.1f}", limit=f"{limit // MB:,}"))


def read_bytes(data: bytes, name: str, *, progress: sandbox.Progress | None = None,
               cancel: sandbox.CancelFlag | None = None,
               limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a draft given as bytes; ``name`` is how the person knows the file.

    ``progress`` receives fractions from 0 to 1; ``cancel.is_set()`` stops the read with
    :class:`~brandregie.ingest.errors.Cancelled`. Raises only
    :class:`~brandregie.ingest.errors.DocumentError` subclasses.
    """
    if not data or data.isspace():
        raise EmptyDocumentError(_("{name} is empty").format(name=name))
    _check_size(len(data), _limit_for_head(data[:2048], name, limits), name)
    kind = detect_kind(data, name, limits)
    _check_size(len(data), _size_limit(kind, limits), name)
    document = sandbox.run(sandbox.WORKER_MODULE + ":parse", data, name, kind, limits,
                           name=name, limits=limits,
                           progress=progress, cancel=cancel)
    assert isinstance(document, Document)
    language = detect_language(document.text) if document.text else None
    if progress is not None:
        progress(1.0)
    return dataclasses.replace(document, language=language)


def read_document(path: Path | str, *, name: str | None = None,
                  progress: sandbox.Progress | None = None,
                  cancel: sandbox.CancelFlag | None = None,
                  limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read the draft at ``path`` (``name`` defaults to the file's name)."""
    path = Path(path)
    name = name or path.name
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(status.st_mode):  # a pipe or device would block or never end
            raise DocumentError(_("{name} is not a regular file").format(name=name))
        with path.open("rb") as fh:
            size = status.st_size
            head = fh.read(2048)
            _check_size(size, _limit_for_head(head, name, limits), name)
            data = head + fh.read(size - len(head) + 1)
    except FileNotFoundError as exc:
        raise DocumentError(_("{name} does not exist").format(name=name)) from exc
    except IsADirectoryError as exc:
        raise DocumentError(_("{name} is a folder, not a file").format(name=name)) from exc
    except PermissionError as exc:
        raise DocumentError(_("{name} cannot be opened: permission denied").format(
            name=name)) from exc
    except OSError as exc:
        raise DocumentError(_("{name} cannot be read: {reason}").format(
            name=name, reason=exc.strerror or exc)) from exc
    return read_bytes(data, name, progress=progress, cancel=cancel, limits=limits)
