"""The entry points: a file (or its bytes) becomes a :class:`Document`, or a typed error.

Order of work, cheapest refusal first: the size on disk against the limit for what the first
bytes say the file is (a 50 MB text file is refused without being read); then, in the
sandboxed reader process (see :mod:`.sandbox`), the format from the content, the reader and
the language (:mod:`.language`).

One exception: the command line reads a plain-text draft in its own process. The sandbox is
there for C parsers (PDFium, libxml2, image codecs); plain text is decoded and split by Python
in time and memory linear in its size, under the same size limit and text budget, and the whole
text comes back to the caller either way. Forking a reader for it cost a one-paragraph
``check`` the import of multiprocessing, a fork and a round trip (about 10 % of its time). The
app keeps every read in its reader process: there a read must never load the language models
into the window's process, and the process server is warm anyway.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from brandregie import childproc
from brandregie.i18n import _
from brandregie.ingest import sandbox
from brandregie.ingest.document import Document
from brandregie.ingest.errors import EmptyDocumentError, cancelled
from brandregie.ingest.limits import DEFAULT_LIMITS, Limits
from brandregie.ingest.opening import open_draft, unreadable
from brandregie.ingest.sizes import HEAD_BYTES, check_size, limit_for_head
from brandregie.ingest.sniff import detect_kind, suffix_kind


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
    check_size(len(data), limit_for_head(data[:HEAD_BYTES], name, limits), name)
    document = sandbox.run(sandbox.WORKER_MODULE + ":parse_bytes", data, name, limits,
                           name=name, limits=limits, progress=progress, cancel=cancel)
    return _finish(document, progress)


def _finish(document: object, progress: sandbox.Progress | None) -> Document:
    assert isinstance(document, Document)
    if progress is not None:
        progress(1.0)
    return document


def read_document(path: Path | str, *, name: str | None = None,
                  progress: sandbox.Progress | None = None,
                  cancel: sandbox.CancelFlag | None = None,
                  limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read the draft at ``path`` (``name`` defaults to the file's name).

    Only the first bytes are read here, to refuse an oversized file at once; the reader
    process reads the file itself, so its bytes are never copied between processes. The file
    is opened once here, and judged on what was opened (:mod:`.opening`): a folder, pipe or
    device is refused with one sentence, and never waited on.
    """
    path = Path(path)
    name = name or path.name
    fh, status = open_draft(path, name)  # never waits on a pipe put in the file's place
    with fh:
        try:
            head = fh.read(HEAD_BYTES)
        except OSError as exc:
            raise unreadable(name, exc) from exc
        if status.st_size == 0:
            raise EmptyDocumentError(_("{name} is empty").format(name=name))
        limit = limit_for_head(head, name, limits)
        check_size(status.st_size, limit, name)
        if _plain_text_here(name, limit, limits) and status.st_size <= in_process_bytes(limits):
            document_here = _read_plain_text(fh, head, name, limits, progress, cancel)
            if document_here is not None:
                return document_here
    # the reader process opens the file again, just as carefully (see its parse_file)
    document = sandbox.run(sandbox.WORKER_MODULE + ":parse_file", str(path.absolute()), name,
                           limits, name=name, limits=limits, progress=progress, cancel=cancel)
    return _finish(document, progress)


def in_process_bytes(limits: Limits) -> int:
    """The largest plain text read in this process (2 MiB under the default cap, about the
    check budget): nothing here caps its memory as the reader process's cap does, and reading a
    text takes up to about 95 bytes of memory per byte of it (10 MB of one-letter paragraphs:
    926 MB, where the reader process stops at its cap and refuses the file), so only a text
    whose read stays far under that cap (a quarter) is read here. The document read comes to
    this process either way: 2 MiB of one-letter paragraphs peaked at 304 MB read here against
    386 MB through the reader process (its copy is unpickled here)."""
    return limits.max_memory_bytes // 384


def _plain_text_here(name: str, limit: int, limits: Limits) -> bool:
    """Whether this may be a plain text read in this process (see the module text): only in a
    short-lived command, for a file whose name and first bytes say text (not HTML, Markdown or
    e-mail, whose parsers stay in the sandbox)."""
    return (childproc.forks_per_run() and childproc.enabled()
            and limit == limits.max_text_bytes and suffix_kind(name) in ("text", None))


def _read_plain_text(fh: BinaryIO, head: bytes, name: str, limits: Limits,
                     progress: sandbox.Progress | None,
                     cancel: sandbox.CancelFlag | None) -> Document | None:
    """Read the rest of ``fh`` (``head`` already read) in this process when the content is
    plain text; hand anything else (a web page named .txt, a mail without a suffix) to the
    reader process, as bytes already read. ``None`` when the file has grown past
    :func:`in_process_bytes` since it was measured."""
    from brandregie.ingest import worker  # the readers' module; in the app only its process

    if cancel is not None and cancel.is_set():
        raise cancelled(name)
    try:  # it may have grown since it was measured
        data = head + fh.read(in_process_bytes(limits) + 1 - len(head))
    except OSError as exc:
        raise unreadable(name, exc) from exc
    if len(data) > in_process_bytes(limits):
        return None
    if not data or data.isspace():
        raise EmptyDocumentError(_("{name} is empty").format(name=name))
    check_size(len(data), limits.max_text_bytes, name)
    if detect_kind(data, name, limits) != "text":
        return read_bytes(data, name, progress=progress, cancel=cancel, limits=limits)
    document = worker.parse_bytes(data, name, limits, progress or (lambda _fraction: None))
    if cancel is not None and cancel.is_set():
        raise cancelled(name)
    return _finish(document, progress)
