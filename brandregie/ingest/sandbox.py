"""Runs a reader in a child process with a memory cap, a CPU cap and a wall-clock timeout.

Why a process: drafts come from outside, and the parsers underneath (PDFium, libxml2, image
codecs) are C code that can hang, blow up memory or crash on a crafted file. In a child process
none of that can take the app down: the parent waits on a pipe, forwards progress, kills the
child on cancel or timeout, and turns a dead child into a typed error.

Why forkserver: a fresh server process imports every reader once (about 0.3 s, paid by the
first read; :func:`warm_up` pays it early), and each read is then a fork of that clean,
single-threaded server, with no Qt threads copied into it. Measured on the 2-core CI machine
under load: an empty round trip 12-36 ms; reading costs 30-300 ms more than the same reader
in-process (a fresh heap for a 100-page PDF, the document sent back through a pipe), so a
100-page PDF stays at 0.3-0.5 s (``bench/bench_ingest.py``). On platforms without forkserver
(Windows) the child is spawned, which costs an interpreter start per read, and memory is not
capped (there is no ``resource`` module). ``BRANDREGIE_SANDBOX=off`` runs readers in-process,
for debugging.
"""

from __future__ import annotations

import importlib
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Protocol

from brandregie.i18n import _, current_language, set_language
from brandregie.ingest.errors import (
    DocumentError,
    ReadTimeoutError,
    cancelled,
    too_large,
)
from brandregie.ingest.limits import Limits

log = logging.getLogger(__name__)
WORKER_MODULE = "brandregie.ingest.worker"
_lock = threading.Lock()
_context: Any = None


@dataclass
class ReaderStats:
    """What the reader processes reported (for the benchmark): peak memory, CPU of the last."""

    peak_memory_mb: float = 0.0
    last_cpu_seconds: float = 0.0


STATS = ReaderStats()


class CancelFlag(Protocol):
    """Anything with ``is_set()``, such as :class:`threading.Event`."""

    def is_set(self) -> bool: ...


Progress = Callable[[float], None]
#: What to run: a module-level function, or its ``"module:function"`` name (so the caller
#: need not import the readers at all).
Target = Callable[..., Any] | str


def enabled() -> bool:
    return os.environ.get("BRANDREGIE_SANDBOX", "on").lower() not in ("off", "0", "no")


def _get_context() -> Any:
    global _context
    with _lock:
        if _context is None:
            methods = multiprocessing.get_all_start_methods()
            ctx: Any
            if "forkserver" in methods:
                ctx = multiprocessing.get_context("forkserver")
                ctx.set_forkserver_preload([WORKER_MODULE])
            else:
                ctx = multiprocessing.get_context("spawn")
            _context = ctx
        return _context


def warm_up() -> None:
    """Start the reader server now (the desktop app calls this at start, off the GUI thread)."""
    if enabled():
        ctx = _get_context()
        if ctx.get_start_method() == "forkserver":
            from multiprocessing import forkserver

            forkserver.ensure_running()


def _limit_resources(memory: int, cpu_seconds: int) -> None:
    try:
        import resource
    except ImportError:  # Windows
        return
    for limit, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, cpu_seconds)):
        try:
            _soft, hard = resource.getrlimit(limit)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(limit, (value, hard))
        except (ValueError, OSError):
            pass


def _own_usage() -> tuple[float, float]:
    """This process's peak memory (MB) and CPU time (s) so far."""
    try:
        import resource
    except ImportError:
        return 0.0, 0.0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def _resolve(target: Target) -> Callable[..., Any]:
    """A function, or ``"package.module:function"`` imported only where it runs."""
    if callable(target):
        return target
    module, _sep, function = target.partition(":")
    resolved: Callable[..., Any] = getattr(importlib.import_module(module), function)
    return resolved


def _child(conn: Connection, target: Target, args: tuple[Any, ...], name: str,
           memory: int, cpu_seconds: int, language: str) -> None:
    """The child's whole life: cap itself, read, send one result."""
    _limit_resources(memory, cpu_seconds)
    func = _resolve(target)
    set_language(language)
    last = [-1.0]

    def progress(fraction: float) -> None:
        if fraction - last[0] >= 0.02:
            last[0] = fraction
            conn.send(("progress", fraction))

    try:
        result = func(*args, progress=progress)
        conn.send(("ok", result, *_own_usage()))
    except DocumentError as exc:
        conn.send(("error", exc))
    except MemoryError:
        conn.send(("error", too_large(name, _("reading it needs more memory than allowed"))))
    finally:
        conn.close()


def run(target: Target, *args: Any, name: str, limits: Limits,
        progress: Progress | None = None, cancel: CancelFlag | None = None) -> Any:
    """``target(*args, progress=...)`` in a capped child process; its result or a typed error.

    ``target`` is a module-level function (sent to the child by reference) or its name.
    """
    report = progress or (lambda fraction: None)
    if cancel is not None and cancel.is_set():
        raise cancelled(name)
    if not enabled():
        result = _resolve(target)(*args, progress=report)
        if cancel is not None and cancel.is_set():
            raise cancelled(name)
        return result
    ctx = _get_context()
    receiver, sender = ctx.Pipe(duplex=False)
    cpu_seconds = int(limits.timeout_seconds) + 2
    process = ctx.Process(target=_child, args=(sender, target, args, name,
                                               limits.max_memory_bytes, cpu_seconds,
                                               current_language()),
                          daemon=True, name="brandregie-reader")
    process.start()
    sender.close()
    deadline = time.monotonic() + limits.timeout_seconds
    try:
        while True:
            if cancel is not None and cancel.is_set():
                raise cancelled(name)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ReadTimeoutError(
                    _("reading {name} took longer than {s:.0f} seconds, so it was stopped; the "
                      "file may be damaged or built to stall readers").format(
                        name=name, s=limits.timeout_seconds))
            if not receiver.poll(min(0.05, remaining)):
                if not process.is_alive() and not receiver.poll(0):
                    raise _died(name, process.exitcode)
                continue
            try:
                message = receiver.recv()
            except (EOFError, OSError):
                process.join(1)
                raise _died(name, process.exitcode) from None
            tag = message[0]
            if tag == "progress":
                report(float(message[1]))
            elif tag == "ok":
                STATS.peak_memory_mb = max(STATS.peak_memory_mb, float(message[2]))
                STATS.last_cpu_seconds = float(message[3])
                return message[1]
            else:
                error = message[1]
                assert isinstance(error, DocumentError)
                raise error
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(5)
        if not process.is_alive():
            process.close()  # release its file descriptors now, not at the next start


def _died(name: str, exitcode: int | None) -> DocumentError:
    log.warning("reader for %s ended with exit code %s", name, exitcode)
    if exitcode is not None and exitcode in (-9, -24):  # SIGKILL (memory) or SIGXCPU
        return too_large(name, _("reading it needs more memory or time than allowed"))
    return DocumentError(
        _("{name} could not be read: the reader stopped on it, so it is probably damaged")
        .format(name=name))
