"""Opening a draft: one open that cannot wait, the file's type judged on what was opened.

Why not ``stat()`` and then ``open()``: between the two the file can be swapped for a pipe (or
a device, a socket), and opening or reading a pipe waits for a writer that never comes. Opened
with ``O_NONBLOCK``, a pipe opens at once; ``fstat()`` on the descriptor then says what was
really opened, and only a regular file is read, with ``O_NONBLOCK`` cleared again (a regular
file never waits, and the readers expect whole reads). ``O_NOCTTY``: a terminal opened by
mistake does not become the process's own.

Symbolic links are followed, as before: a draft linked from elsewhere is a draft, and what is
judged is the file the link leads to.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from brandregie.i18n import _
from brandregie.ingest.errors import DocumentError
from brandregie.ingest.limits import DEFAULT_LIMITS, Limits
from brandregie.ingest.sizes import check_size

_NONBLOCK: int = getattr(os, "O_NONBLOCK", 0)  # none on Windows, which has no such pipes
_FLAGS = os.O_RDONLY | _NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def open_draft(path: Path | str, name: str) -> tuple[BinaryIO, os.stat_result]:
    """The regular file at ``path``, opened for reading, and its status as opened.

    Raises :class:`DocumentError` naming ``name`` for a missing, unreadable or non-regular file
    (a folder, a pipe, a device, a socket, or a link to one); never waits on one.
    """
    try:
        fd = os.open(path, _FLAGS)
    except FileNotFoundError as exc:
        raise DocumentError(_("{name} does not exist").format(name=name)) from exc
    except IsADirectoryError as exc:
        raise _folder(name) from exc
    except PermissionError as exc:
        if Path(path).is_dir():  # Windows refuses to open a folder this way
            raise _folder(name) from exc
        raise DocumentError(_("{name} cannot be opened: permission denied").format(
            name=name)) from exc
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket, or a device with nothing behind it
            raise _not_regular(name) from exc
        raise unreadable(name, exc) from exc  # a loop of links, a name too long, ...
    try:
        status = os.fstat(fd)
        if stat.S_ISDIR(status.st_mode):
            raise _folder(name)
        if not stat.S_ISREG(status.st_mode):  # a pipe or device would wait or never end
            raise _not_regular(name)
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb"), status
    except BaseException as exc:
        os.close(fd)
        if isinstance(exc, OSError):
            raise unreadable(name, exc) from exc
        raise


def read_draft(path: Path | str, name: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of the draft at ``path``, opened as :func:`open_draft` opens it, and never more
    than the largest size limit: a file read again after its first check (to write feedback or
    fixes into it) may have grown, or been swapped, since."""
    cap = max(limits.max_file_bytes, limits.max_email_bytes, limits.max_text_bytes,
              limits.max_image_bytes)
    fh, status = open_draft(path, name)
    with fh:
        try:
            data = fh.read(cap + 1)
        except OSError as exc:
            raise unreadable(name, exc) from exc
    if len(data) > cap:  # said with its whole size, where the file says it
        check_size(max(len(data), status.st_size), cap, name)
    return data


def unreadable(name: str, exc: OSError) -> DocumentError:
    """"x cannot be read: <the system's reason>"."""
    return DocumentError(_("{name} cannot be read: {reason}").format(
        name=name, reason=exc.strerror or exc))


def _not_regular(name: str) -> DocumentError:
    return DocumentError(_("{name} is not a regular file").format(name=name))


def _folder(name: str) -> DocumentError:
    return DocumentError(_("{name} is a folder, not a file").format(name=name))
