"""Old binary Word (``.doc``) and PowerPoint (``.ppt``) files, read through LibreOffice.

Agencies still send them, and no maintained Python library reads them well; LibreOffice does,
offline. When it is installed, the file is converted headless to ``.docx``/``.pptx`` in a
fresh temporary folder (its own LibreOffice profile, so a running LibreOffice or another
conversion is never touched) and then read by that format's reader. The conversion runs inside
the sandboxed reader process, so it inherits the same memory and CPU caps; it gets most of the
read's time limit, its whole process group is killed when that runs out, and it dies with the
reader process if that is stopped (cancel, timeout). Macros never run: LibreOffice's default
security does not run them when converting, and the converted file is read as data only.
Without LibreOffice the person is told what to install, or how to save the file instead.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from brandregie.i18n import _
from brandregie.ingest.document import Document
from brandregie.ingest.errors import ReadTimeoutError, UnsupportedFormatError, damaged
from brandregie.ingest.formats.context import ReadContext
from brandregie.ingest.formats.docx import read_docx
from brandregie.ingest.formats.pptx import read_pptx

#: Where to look for LibreOffice besides the PATH (its own folder on macOS and Windows).
_PLACES = ("/Applications/LibreOffice.app/Contents/MacOS/soffice",
           r"C:\Program Files\LibreOffice\program\soffice.exe")
_TARGET = {"doc": ("docx", "docx:MS Word 2007 XML"),
           "ppt": ("pptx", "pptx:Impress MS PowerPoint 2007 XML")}
#: Share of the read's time on the clock the conversion may use (the reading follows it). The
#: clock, not processor time: the converter is a process of its own, which the reader's cap on
#: processor time does not count.
_TIME_SHARE = 0.8
#: LibreOffice's binary exits with this after it made a new profile, asking to be started
#: again (its launcher script does that; it is bypassed, see :func:`find_soffice`).
_RESTART = 81
ADDRESS_SPACE_FACTOR = 2


def find_soffice() -> str | None:
    """LibreOffice's program (``BRANDREGIE_SOFFICE`` first), or ``None`` when not installed.

    The real binary next to a ``soffice`` launcher script is preferred: the launcher forks it,
    and a kill would then miss it."""
    chosen = os.environ.get("BRANDREGIE_SOFFICE")
    if chosen is not None:
        return chosen if Path(chosen).is_file() else None
    found = shutil.which("soffice") or shutil.which("libreoffice") \
        or next((p for p in _PLACES if Path(p).exists()), None)
    if not found:
        return None
    binary = Path(found).resolve().with_name("soffice.bin")
    return str(binary) if binary.exists() else found


class _Prepare:
    """In the converter, before it starts: its own process group (killed as one), ended when
    the reader process ends (Linux), and its address-space cap. LibreOffice reserves address
    space it never touches, so its cap is :data:`ADDRESS_SPACE_FACTOR` times the reader's
    (what it really uses is a few hundred MB; the 3 MB decks of the corpus convert under 2 GB)."""

    def __init__(self, memory: int) -> None:
        self.memory = memory

    def __call__(self) -> None:
        os.setsid()
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        with contextlib.suppress(ImportError, ValueError, OSError):
            import resource

            _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            cap = self.memory * ADDRESS_SPACE_FACTOR
            resource.setrlimit(resource.RLIMIT_AS, (
                cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))


def convert(data: bytes, ctx: ReadContext, kind: str) -> bytes:
    """``data`` (a ``.doc`` or ``.ppt``) as ``.docx``/``.pptx`` bytes, made by LibreOffice."""
    program = find_soffice()
    if program is None:
        raise _not_installed(ctx)
    suffix, target = _TARGET[kind]
    with tempfile.TemporaryDirectory(prefix="brandregie-convert-") as folder:
        work = Path(folder)
        source = work / f"draft.{kind}"
        source.write_bytes(data)
        command = [program, f"-env:UserInstallation={(work / 'profile').as_uri()}",
                   "--headless", "--invisible", "--norestore", "--nolockcheck",
                   "--nodefault", "--nologo", "--convert-to", target, "--outdir",
                   str(work / "out"), str(source)]
        deadline = time.monotonic() + ctx.limits.stall_seconds * _TIME_SHARE
        for _attempt in range(2):
            try:
                if _run(command, folder, ctx, deadline) != _RESTART:
                    break
            except OSError as exc:  # there, but it does not start
                raise _not_installed(ctx) from exc
        produced = work / "out" / f"draft.{suffix}"
        if not produced.is_file() or produced.stat().st_size == 0:
            raise damaged(ctx.name, kind)
        return produced.read_bytes()


def _not_installed(ctx: ReadContext) -> UnsupportedFormatError:
    return UnsupportedFormatError(
        _("{name} is an old Office file (.doc or .ppt); BrandRegie reads those with "
          "LibreOffice, which is not installed: install LibreOffice, or save the file as "
          ".docx, .pptx or .pdf and try again").format(name=ctx.name))


def _run(command: list[str], folder: str, ctx: ReadContext, deadline: float) -> int | None:
    """Run the converter until it ends or ``deadline``; its exit code."""
    posix = sys.platform != "win32"
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, cwd=folder,
                               env={**os.environ, "HOME": folder},
                               preexec_fn=_Prepare(ctx.limits.max_memory_bytes) if posix
                               else None)
    try:
        return process.wait(timeout=max(deadline - time.monotonic(), 0.1))
    except subprocess.TimeoutExpired:
        raise ReadTimeoutError(
            _("reading {name} took longer than {s:.0f} seconds, so it was stopped; the "
              "file may be damaged or built to stall readers").format(
                name=ctx.name, s=ctx.limits.stall_seconds * _TIME_SHARE)) from None
    finally:
        _kill(process, posix)


def _kill(process: subprocess.Popen[bytes], posix: bool) -> None:
    """End the converter and anything it started (its own process group)."""
    if posix:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    else:
        process.kill()
    process.wait()


def _read_converted(data: bytes, ctx: ReadContext, kind: str,
                    reader: Callable[[bytes, ReadContext], Document]) -> Document:
    return dataclasses.replace(reader(convert(data, ctx, kind), ctx), kind=kind)


def read_doc(data: bytes, ctx: ReadContext) -> Document:
    return _read_converted(data, ctx, "doc", read_docx)


def read_ppt(data: bytes, ctx: ReadContext) -> Document:
    return _read_converted(data, ctx, "ppt", read_pptx)
