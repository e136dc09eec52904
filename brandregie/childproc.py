"""Runs a module-level function in a child process with a memory cap, a CPU cap and a timeout.

Two kinds of work run here: reading a draft (C parsers that can hang, blow up memory or crash
on a crafted file) and laying out a PDF (pure-Python ReportLab, which holds Python's lock for
seconds and would otherwise starve the GUI thread). In a child process neither can take the app
down or freeze its window: the parent waits on a pipe (without Python's lock), forwards
progress, kills the child on cancel or timeout, and turns a dead child into an exception.

The exceptions here say what happened to the child, not what it means to the person: each
caller (:mod:`brandregie.ingest.sandbox`, :mod:`brandregie.export.documents`) turns them into
its own sentence. Exceptions of the types the caller names in ``passes`` come back as they
were raised in the child (messages translated there, in the caller's language); any other
exception is a bug, and comes back as :class:`Failed` with the child's traceback.

Why forkserver: a fresh server process imports the modules named by :func:`preload` once
(paid by the first run; :func:`warm_up` pays it early), and each run is then a fork of that clean,
single-threaded server, with no Qt threads copied into it. On platforms without forkserver
(Windows) the child is spawned, which costs an interpreter start per run, and memory is not
capped (there is no ``resource`` module). ``BRANDREGIE_START_METHOD=spawn`` takes that path
here too (``scripts/test`` runs the child-process tests a second time so), and
``BRANDREGIE_SANDBOX=off`` runs everything in-process, for debugging.

A short-lived, single-threaded process (the command line) calls :func:`fork_per_run` instead:
each run is then a plain fork of that process, with the same caps, and imports only what its
target needs. No server is started, so nothing is preloaded that one short draft does not need
(the language models, the PDF layout) and nothing is left running when the command exits.
"""

from __future__ import annotations

import importlib
import logging
import math
import os
import signal
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from brandregie.i18n import current_language, set_language

if TYPE_CHECKING:  # multiprocessing itself is imported by the first run: a command that reads
    # its draft in-process (a plain text, see :mod:`brandregie.ingest.reader`) never needs it
    from multiprocessing.connection import Connection

log = logging.getLogger(__name__)

#: What the server imports once, so no child imports it again (see :func:`preload`).
_preload: list[str] = []
#: At most this often (seconds) a child sends progress; the last report is always sent.
PROGRESS_INTERVAL = 0.05
#: How often the parent looks at the cancel flag and the clock while it waits.
POLL_SECONDS = 0.05

_lock = threading.Lock()
_context: Any = None
_fork_per_run = False


class ChildError(Exception):
    """The child gave no result. Not for the person as it stands: the caller words it."""


class Cancelled(ChildError):
    """The cancel flag was set (or a progress callback raised this); the child was killed."""


class TimedOut(ChildError):
    """The child ran past its time and was killed: ``cpu`` when it computed for longer than
    its processor time, else it ran past the clock (it stalled)."""

    def __init__(self, seconds: float, *, cpu: bool = False) -> None:
        super().__init__(f"stopped after {seconds:g} s{' of CPU' if cpu else ''}")
        self.seconds = seconds
        self.cpu = cpu


class OutOfMemory(ChildError):
    """The child hit its memory cap (a ``MemoryError`` inside it)."""


class Died(ChildError):
    """The child ended without a result: a crash in C code, or killed by the system."""

    def __init__(self, exitcode: int | None) -> None:
        super().__init__(f"the child process ended with exit code {exitcode}")
        self.exitcode = exitcode

    @property
    def over_limit(self) -> bool:
        """Killed for memory (SIGKILL, the kernel's out-of-memory killer) or CPU (SIGXCPU)."""
        return self.exitcode in (-9, -24)


class Failed(ChildError):
    """An unexpected exception in the child (a bug): its type's name and traceback."""

    def __init__(self, kind: str, details: str) -> None:
        super().__init__(kind)
        self.kind = kind
        self.details = details


@dataclass
class ChildStats:
    """What the child processes reported (for the benchmarks): peak memory, CPU of the last."""

    peak_memory_mb: float = 0.0
    last_cpu_seconds: float = 0.0


STATS = ChildStats()


class CancelFlag(Protocol):
    """Anything with ``is_set()``, such as :class:`threading.Event`."""

    def is_set(self) -> bool: ...


#: Called with whatever the child's function passes to its ``progress``.
Progress = Callable[..., None]
#: What to run: a module-level function, or its ``"module:function"`` name (so the caller
#: need not import it at all).
Target = Callable[..., Any] | str


def preload(*modules: str) -> None:
    """Have the server import ``modules`` once, before it forks the first child.

    The callers name their own (this bottom module knows none of them): the draft readers with
    the language detector (:mod:`brandregie.ingest.sandbox`) and the PDF layout with its fonts
    and messages (:mod:`brandregie.export`; a brief in a child: 360 ms with nothing of
    it preloaded, 140 ms with the modules, 80 ms with fonts and messages too; 60 ms
    in-process). They are named, not imported, so the caller's process does not load them; a
    process that runs both kinds names both before it starts the server (the desktop app:
    :func:`brandregie.ui.jobs.start_child_processes`). Named after the server started, a module
    is imported by each child instead.
    """
    with _lock:
        _preload.extend(module for module in modules if module not in _preload)


def preloaded() -> tuple[str, ...]:
    """The modules the server imports (or imported) before it forks."""
    return tuple(_preload)


def enabled() -> bool:
    """False when ``BRANDREGIE_SANDBOX`` is ``off`` (or ``0``, ``no``): run in-process."""
    return os.environ.get("BRANDREGIE_SANDBOX", "on").lower() not in ("off", "0", "no")


def fork_per_run() -> None:
    """Fork this process for each run, with no server (see the module text). Only for a
    process without threads of its own, such as the command line; call it before any run."""
    global _fork_per_run
    _fork_per_run = True


def forks_per_run() -> bool:
    """True in a short-lived process that called :func:`fork_per_run` (the command line)."""
    return _fork_per_run


def _get_context() -> Any:
    import multiprocessing

    global _context
    if os.environ.get("BRANDREGIE_START_METHOD") == "spawn":  # the path of Windows and macOS
        return multiprocessing.get_context("spawn")
    if _fork_per_run and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    with _lock:
        if _context is None:
            ctx: Any
            if "forkserver" in multiprocessing.get_all_start_methods():
                ctx = multiprocessing.get_context("forkserver")
                ctx.set_forkserver_preload(list(_preload))
            else:
                ctx = multiprocessing.get_context("spawn")
            _context = ctx
        return _context


def warm_up() -> None:
    """Start the server now (the app calls this at start, off the GUI thread)."""
    if enabled():
        ctx = _get_context()
        if ctx.get_start_method() == "forkserver":
            from multiprocessing import forkserver

            forkserver.ensure_running()


def caps_cpu() -> bool:
    """Whether a child's processor time can be capped here (not on Windows)."""
    try:
        import resource  # noqa: F401
    except ImportError:
        return False
    return True


def _limit_resources(memory: int, cpu_seconds: int) -> None:
    """Cap the address space and the processor time: at ``cpu_seconds`` the kernel sends
    SIGXCPU, which ends the child (a second later SIGKILL, should it be caught); no core file."""
    try:
        import resource
    except ImportError:  # Windows
        return
    for limit, value, grace in ((resource.RLIMIT_AS, memory, 0),
                                (resource.RLIMIT_CPU, cpu_seconds, 1),
                                (resource.RLIMIT_CORE, 0, 0)):
        try:
            _soft, hard = resource.getrlimit(limit)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(limit, (value, min(value + grace, hard)
                                       if hard != resource.RLIM_INFINITY else value + grace))
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


class _Reporter:
    """The child's ``progress``: sends at most every :data:`PROGRESS_INTERVAL`, never the last
    report lost (``flush`` before the result), so the parent is not flooded by a layout that
    reports every paragraph."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sent_at = -PROGRESS_INTERVAL
        self.pending: tuple[Any, ...] | None = None

    def __call__(self, *values: Any) -> None:
        now = time.monotonic()
        if now - self.sent_at >= PROGRESS_INTERVAL:
            self.conn.send(("progress", values))
            self.sent_at, self.pending = now, None
        else:
            self.pending = values

    def flush(self) -> None:
        if self.pending is not None:
            self.conn.send(("progress", self.pending))
            self.pending = None


def _child(conn: Connection, target: Target, args: tuple[Any, ...], memory: int,
           cpu_seconds: int, language: str, passes: tuple[type[BaseException], ...]) -> None:
    """The child's whole life: cap itself, run, send one outcome."""
    _limit_resources(memory, cpu_seconds)
    set_language(language)
    progress = _Reporter(conn)
    try:
        try:
            result = _resolve(target)(*args, progress=progress)
            progress.flush()
            conn.send(("ok", result, *_own_usage()))
        except passes as exc:
            conn.send(("error", exc))
    except MemoryError:
        conn.send(("memory",))
    except Exception as exc:  # a bug, or an outcome that cannot be pickled: say so, with where
        conn.send(("failed", type(exc).__name__, traceback.format_exc()))
    finally:
        conn.close()


def run(target: Target, *args: Any, timeout: float, max_memory: int,
        cpu_seconds: float | None = None,
        progress: Progress | None = None, cancel: CancelFlag | None = None,
        passes: tuple[type[BaseException], ...] = (), name: str = "brandregie-child") -> Any:
    """``target(*args, progress=...)`` in a capped child process; its result, or an exception.

    ``target`` is a module-level function (sent to the child by reference) or its name; the
    arguments and the result must pickle. Raises the child's own exception when it is one of
    ``passes``, else a :class:`ChildError`. ``cancel`` is looked at every 50 ms; a
    ``progress`` that raises :class:`Cancelled` cancels too. ``name`` names the process (logs).

    ``timeout`` is seconds on the clock. With ``cpu_seconds`` the child's own processor time
    is what counts (:class:`TimedOut` with ``cpu``), so a child that waits for a core on a
    loaded machine is not stopped for the wait; ``timeout`` is then only the backstop for a
    child that stalls without computing. Where processor time cannot be capped (Windows),
    ``cpu_seconds`` counts on the clock instead.
    """
    if cpu_seconds is not None and not caps_cpu():
        timeout, cpu_seconds = cpu_seconds, None
    cpu_cap = math.ceil(cpu_seconds) if cpu_seconds is not None else int(timeout) + 2
    report = progress or (lambda *values: None)
    if cancel is not None and cancel.is_set():
        raise Cancelled
    if not enabled():
        result = _resolve(target)(*args, progress=report)
        if cancel is not None and cancel.is_set():
            raise Cancelled
        return result
    ctx = _get_context()
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(sender, target, args, max_memory,
                                               cpu_cap, current_language(), passes),
                          daemon=True, name=name)
    process.start()
    sender.close()
    deadline = time.monotonic() + timeout
    try:
        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimedOut(timeout)
            if not receiver.poll(min(POLL_SECONDS, remaining)):
                if not process.is_alive() and not receiver.poll(0):
                    raise _died(name, process.exitcode, cpu_seconds)
                continue
            try:
                message = receiver.recv()
            except (EOFError, OSError):
                process.join(1)
                raise _died(name, process.exitcode, cpu_seconds) from None
            tag = message[0]
            if tag == "progress":
                report(*message[1])
            elif tag == "ok":
                STATS.peak_memory_mb = max(STATS.peak_memory_mb, float(message[2]))
                STATS.last_cpu_seconds = float(message[3])
                return message[1]
            elif tag == "error":
                raise message[1]
            elif tag == "memory":
                raise OutOfMemory
            else:
                log.error("%s failed with %s:\n%s", name, message[1], message[2])
                raise Failed(message[1], message[2])
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(5)
        if not process.is_alive():
            process.close()  # release its file descriptors now, not at the next start


def _died(name: str, exitcode: int | None, cpu_seconds: float | None) -> Died | TimedOut:
    """What a child's end without a result means: over its processor time when it was given
    one and the kernel ended it with that cap's signal (SIGXCPU), else :class:`Died`."""
    if cpu_seconds is not None and exitcode == -signal.SIGXCPU:
        log.warning("%s used up its %g s of processor time", name, cpu_seconds)
        return TimedOut(cpu_seconds, cpu=True)
    log.warning("%s ended with exit code %s", name, exitcode)
    return Died(exitcode)
