"""What runs inside the sandboxed reader process: every format reader, by kind.

Each reader's module is imported when a file of its kind is first read: the process server
loads them all once before it forks (:func:`load_all`, from :mod:`.preload`), while a reader
process forked straight from the command line loads only the one it needs (a text draft does
not pay for PDFium, Pillow and the Office parsers). Any exception a parser raises that is not
already a typed error means the file broke the parser: it becomes "x is damaged" for the
person (and a log line with the traceback for us).
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
from collections.abc import Callable

from brandregie.i18n import _
from brandregie.ingest.budget import within_text_budget
from brandregie.ingest.document import Document
from brandregie.ingest.errors import (
    DocumentError,
    EmptyDocumentError,
    UnsupportedFormatError,
    damaged,
    too_large,
)
from brandregie.ingest.errors import unsafe as unsafe_error
from brandregie.ingest.formats.context import ReadContext, _ignore
from brandregie.ingest.language import detect_language
from brandregie.ingest.limits import Limits
from brandregie.ingest.mismatch import read_as_note
from brandregie.ingest.opening import read_draft
from brandregie.ingest.sizes import HEAD_BYTES, check_size, limit_for_head, limit_for_kind
from brandregie.ingest.sniff import detect_kind, suffix_kind

log = logging.getLogger(__name__)


def _read_email(data: bytes, ctx: ReadContext) -> Document:
    from brandregie.ingest.formats.email import read_email

    return read_email(data, ctx, read_kind)


Reader = Callable[[bytes, ReadContext], Document]
#: The reader of each kind, by name (``module:function``), imported when first needed.
READERS: dict[str, str] = {
    "text": "brandregie.ingest.formats.text:read_text",
    "markdown": "brandregie.ingest.formats.markdown:read_markdown",
    "html": "brandregie.ingest.formats.html:read_html",
    "email": "brandregie.ingest.worker:_read_email",
    "docx": "brandregie.ingest.formats.docx:read_docx",
    "odt": "brandregie.ingest.formats.odt:read_odt",
    "pptx": "brandregie.ingest.formats.pptx:read_pptx",
    "doc": "brandregie.ingest.formats.legacy:read_doc",
    "ppt": "brandregie.ingest.formats.legacy:read_ppt",
    "pdf": "brandregie.ingest.formats.pdf:read_pdf",
    "image": "brandregie.ingest.formats.image:read_image",
}


def _reader(kind: str) -> Reader | None:
    name = READERS.get(kind)
    if name is None:
        return None
    module, _sep, function = name.partition(":")
    reader: Reader = getattr(importlib.import_module(module), function)
    return reader


def load_all() -> None:
    """Import every reader now (the process server does, before it forks)."""
    for kind in READERS:
        _reader(kind)
    importlib.import_module("brandregie.ingest.formats.email")


def read_kind(data: bytes, ctx: ReadContext, kind: str) -> Document:
    """Read ``data`` as ``kind``; only a :class:`Document` or a typed error comes out."""
    reader = _reader(kind)
    if reader is None:
        raise UnsupportedFormatError(_("{name} is not a format BrandRegie can read").format(
            name=ctx.name))
    try:
        return reader(data, ctx)
    except DocumentError:
        raise
    except MemoryError as exc:
        raise too_large(ctx.name, _("reading it needs more memory than allowed")) from exc
    except RecursionError as exc:
        raise unsafe_error(ctx.name, _("it is nested too deeply")) from exc
    except Exception as exc:  # a parser tripped over the file: that is damage, not our bug
        log.warning("reading %s as %s failed", ctx.name, kind, exc_info=True)
        raise damaged(ctx.name, kind) from exc


def parse(data: bytes, name: str, kind: str, limits: Limits,
          progress: Callable[[float], None] = _ignore) -> Document:
    """Read ``data`` known to be ``kind`` (the benchmark's reader-only figure)."""
    return read_kind(data, ReadContext(name, limits, progress), kind)


def parse_bytes(data: bytes, name: str, limits: Limits,
                progress: Callable[[float], None] = _ignore) -> Document:
    """Sandbox entry point for bytes: the format from the content, its size limit, the read."""
    kind = detect_kind(data, name, limits)
    check_size(len(data), limit_for_kind(kind, limits), name)
    document = within_text_budget(read_kind(data, ReadContext(name, limits, progress), kind),
                                  limits)
    language = detect_language(document.text) if document.text else None
    note = read_as_note(name, suffix_kind(name), kind)  # a text named .pdf: say it is text
    notes = document.notes if note is None else (note, *document.notes)
    return dataclasses.replace(document, language=language, notes=notes)


def parse_file(path: str, name: str, limits: Limits,
               progress: Callable[[float], None] = _ignore) -> Document:
    """Sandbox entry point for a file: read here, at most one byte past the largest limit."""
    data = read_draft(path, name, limits)  # it may have been swapped for a pipe meanwhile
    if not data or data.isspace():
        raise EmptyDocumentError(_("{name} is empty").format(name=name))
    check_size(len(data), limit_for_head(data[:HEAD_BYTES], name, limits), name)
    return parse_bytes(data, name, limits, progress)
