"""Runs a reader in a capped child process, and says in a reader's words what went wrong.

Why a process: drafts come from outside, and the parsers underneath (PDFium, libxml2, image
codecs) are C code that can hang, blow up memory or crash on a crafted file. The child process
itself (caps, progress, cancel, a dead child as an exception) is :mod:`brandregie.childproc`;
this module names the reader's module and turns what happened to the child into a
:class:`~brandregie.ingest.errors.DocumentError` that names the file.

Measured on the 2-core CI machine under load: an empty round trip 12-36 ms; reading costs
30-300 ms more than the same reader in-process (a fresh heap for a 100-page PDF, the document
sent back through a pipe), so a 100-page PDF stays at 0.3-0.5 s (``bench/bench_ingest.py``).
``BRANDREGIE_SANDBOX=off`` runs readers in-process, for debugging.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable
from typing import Any

from brandregie import childproc
from brandregie.childproc import STATS, CancelFlag, Target, enabled, warm_up
from brandregie.i18n import _
from brandregie.ingest.errors import (
    DocumentError,
    ReadTimeoutError,
    cancelled,
    too_large,
)
from brandregie.ingest.limits import Limits

log = logging.getLogger(__name__)
WORKER_MODULE = "brandregie.ingest.worker"
#: Loaded by the child-process server, so every read starts with the readers and the language
#: detector in place.
PRELOAD_MODULE = "brandregie.ingest.preload"
childproc.preload(PRELOAD_MODULE)

Progress = Callable[[float], None]

__all__ = ["PRELOAD_MODULE", "STATS", "WORKER_MODULE", "CancelFlag", "Progress", "Target",
           "enabled", "run", "warm_up"]


def run(target: Target, *args: Any, name: str, limits: Limits,
        progress: Progress | None = None, cancel: CancelFlag | None = None) -> Any:
    """``target(*args, progress=...)`` in a capped child process; its result or a typed error.

    ``target`` is a module-level function (sent to the child by reference) or its name.
    Raises only :class:`~brandregie.ingest.errors.DocumentError` subclasses.
    """
    try:
        return childproc.run(target, *args, timeout=limits.stall_seconds,
                             cpu_seconds=limits.timeout_seconds,
                             max_memory=limits.max_memory_bytes, progress=progress,
                             cancel=cancel, passes=(DocumentError,), name="brandregie-reader")
    except childproc.Cancelled:
        raise cancelled(name) from None
    except childproc.TimedOut as exc:
        if exc.cpu:
            raise ReadTimeoutError(
                _("reading {name} needed more than {s:.0f} seconds of computing, so it was "
                  "stopped; the file may be damaged or built to stall readers").format(
                    name=name, s=exc.seconds)) from None
        raise ReadTimeoutError(
            _("reading {name} took longer than {s:.0f} seconds, so it was stopped; the file "
              "may be damaged or built to stall readers").format(
                name=name, s=exc.seconds)) from None
    except childproc.OutOfMemory:
        raise too_large(name, _("reading it needs more memory than allowed")) from None
    except childproc.Died as exc:
        if exc.exitcode == -signal.SIGABRT:  # PDFium aborts when an allocation is refused
            raise too_large(name, _("reading it needs more memory than allowed, or it is "
                                    "damaged")) from None
        if exc.over_limit:
            raise too_large(name, _("reading it needs more memory or time than allowed")) \
                from None
        raise _stopped(name) from None
    except childproc.Failed:
        raise _stopped(name) from None


def _stopped(name: str) -> DocumentError:
    return DocumentError(
        _("{name} could not be read: the reader stopped on it, so it is probably damaged")
        .format(name=name))
