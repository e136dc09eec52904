"""What runs inside the sandboxed reader process: every format reader, by kind.

The forkserver imports this module once, so each read starts with all readers loaded. Any
exception a parser raises that is not already a typed error means the file broke the parser:
it becomes "x is damaged" for the person (and a log line with the traceback for us).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from brandregie.i18n import _
from brandregie.ingest.document import Document
from brandregie.ingest.errors import DocumentError, UnsupportedFormatError, damaged, too_large
from brandregie.ingest.errors import unsafe as unsafe_error
from brandregie.ingest.formats.context import ReadContext, _ignore
from brandregie.ingest.formats.docx import read_docx
from brandregie.ingest.formats.email import read_email
from brandregie.ingest.formats.html import read_html
from brandregie.ingest.formats.image import read_image
from brandregie.ingest.formats.markdown import read_markdown
from brandregie.ingest.formats.odt import read_odt
from brandregie.ingest.formats.pdf import read_pdf
from brandregie.ingest.formats.pptx import read_pptx
from brandregie.ingest.formats.text import read_text
from brandregie.ingest.limits import Limits

log = logging.getLogger(__name__)


def _read_email(data: bytes, ctx: ReadContext) -> Document:
    return read_email(data, ctx, read_kind)


READERS: dict[str, Callable[[bytes, ReadContext], Document]] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": read_html,
    "email": _read_email,
    "docx": read_docx,
    "odt": read_odt,
    "pptx": read_pptx,
    "pdf": read_pdf,
    "image": read_image,
}


def read_kind(data: bytes, ctx: ReadContext, kind: str) -> Document:
    """Read ``data`` as ``kind``; only a :class:`Document` or a typed error comes out."""
    reader = READERS.get(kind)
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
    """The sandbox entry point (module level, so it can be sent to the child by reference)."""
    return read_kind(data, ReadContext(name, limits, progress), kind)
