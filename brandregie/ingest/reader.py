"""The entry points: a file (or its bytes) becomes a :class:`Document`, or a typed error.

Order of work, cheapest refusal first: the size on disk against the limit for what the first
bytes say the file is (a 50 MB text file is refused without being read); then, in the
sandboxed reader process (see :mod:`.sandbox`), the format from the content, the reader and
the language (:mod:`.language`).
"""

from __future__ import annotations

import stat
from pathlib import Path

from brandregie.i18n import _
from brandregie.ingest import sandbox
from brandregie.ingest.document import Document
from brandregie.ingest.errors import DocumentError, EmptyDocumentError
from brandregie.ingest.limits import DEFAULT_LIMITS, Limits
from brandregie.ingest.sizes import HEAD_BYTES, check_size, limit_for_head


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
    process reads the file itself, so its bytes are never copied between processes.
    """
    path = Path(path)
    name = name or path.name
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(status.st_mode):  # a pipe or device would block or never end
            raise DocumentError(_("{name} is not a regular file").format(name=name))
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
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
    if status.st_size == 0:
        raise EmptyDocumentError(_("{name} is empty").format(name=name))
    check_size(status.st_size, limit_for_head(head, name, limits), name)
    document = sandbox.run(sandbox.WORKER_MODULE + ":parse_file", str(path.absolute()), name,
                           limits, name=name, limits=limits, progress=progress, cancel=cancel)
    return _finish(document, progress)
