"""What the desktop app's Briefs page makes, as plain functions over a snapshot: no widgets.

Each PDF is laid out in memory (``strict=False``: a damaged font or logo is replaced and named
in the warnings instead of stopping the export), so the same bytes are previewed, saved and
sent. :func:`render_in_child` lays it out in a child process (:mod:`brandregie.childproc`):
ReportLab is pure Python and holds Python's lock for as long as a page takes, so a 100-page
guide laid out on a thread of the app's own process kept its window from answering for up to
a second at a time. The server of those child processes has ReportLab, the fallback font and
the messages loaded (:mod:`brandregie.export.preload`), so a render in a child costs about
25 ms more than one in-process for a brief and about 50 ms for a 100-page guide; a brand with
its own font files pays about 0.15 s more, as each child parses them again
(``bench/bench_export.py``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from brandregie import childproc
from brandregie.export.brief import TYPE_LABELS, BriefRequest
from brandregie.export.errors import ExportError
from brandregie.export.text import labels, slug
from brandregie.export.tokens import design_tokens_css, design_tokens_json
from brandregie.i18n import _
from brandregie.profile.snapshot import ProfileSnapshot

if TYPE_CHECKING:
    from brandregie.export.render import ExportResult, Progress

MB = 1024 * 1024


class DocumentKind(StrEnum):
    """The PDFs the page previews."""

    BRIEF = "brief"
    GUIDE = "guide"
    ADVOCACY = "advocacy"
    EMPLOYER = "employer"


# The document's own name (in the document's language) for file names.
_KIND_WORDS = {DocumentKind.BRIEF: "Brief", DocumentKind.GUIDE: "Brand guide",
               DocumentKind.ADVOCACY: "Advocacy kit",
               DocumentKind.EMPLOYER: "Employer-branding plan"}


@dataclass(frozen=True, slots=True)
class Rendered:
    """A PDF made for the preview: its bytes, what the builder said, where it came from."""

    kind: DocumentKind
    data: bytes
    result: ExportResult
    title: str
    file_name: str
    lang: str
    revision: int | None
    request: BriefRequest | None = None


def file_name(kind: DocumentKind, snapshot: ProfileSnapshot, request: BriefRequest | None,
              lang: str) -> str:
    """An ASCII file name the agency's mail program and any disk accept: ``brief-....pdf``."""
    t = labels(lang)
    if kind is DocumentKind.BRIEF and request is not None:
        title = request.title.strip() or t(TYPE_LABELS[request.type])
    else:
        title = snapshot.brand.name
    return f"{slug(t(_KIND_WORDS[kind]) + ' ' + title)}.pdf"


def title_of(kind: DocumentKind, snapshot: ProfileSnapshot, request: BriefRequest | None,
             lang: str) -> str:
    """What the document is about, for the mail's subject: the brief's title or the brand."""
    t = labels(lang)
    if kind is DocumentKind.BRIEF and request is not None:
        return request.title.strip() or t(TYPE_LABELS[request.type])
    return f"{t(_KIND_WORDS[kind])} {snapshot.brand.name}"


def render(kind: DocumentKind, snapshot: ProfileSnapshot, request: BriefRequest | None,
           lang: str, progress: Progress | None = None) -> Rendered:
    """Lay out one document in memory; raises :class:`ExportError` for bad input. The layout
    code (ReportLab) is imported here: it runs in a child process (:func:`render_in_child`),
    whose server has it loaded (``export/preload.py``), and the app's own process never needs
    it."""
    from brandregie.export.advocacy import build_advocacy_kit
    from brandregie.export.brief import build_brief
    from brandregie.export.employer import build_employer_plan
    from brandregie.export.guide import build_guide

    out = io.BytesIO()
    if kind is DocumentKind.BRIEF:
        if request is None:
            raise ValueError("a brief needs a BriefRequest")
        result = build_brief(snapshot, request, out, lang=lang, progress=progress, strict=False)
    elif kind is DocumentKind.GUIDE:
        result = build_guide(snapshot, out, lang=lang, progress=progress, strict=False)
    elif kind is DocumentKind.ADVOCACY:
        result = build_advocacy_kit(snapshot, out, lang=lang, progress=progress, strict=False)
    else:
        result = build_employer_plan(snapshot, out, lang=lang, progress=progress, strict=False)
    return Rendered(kind, out.getvalue(), result, title_of(kind, snapshot, request, lang),
                    file_name(kind, snapshot, request, lang), lang, snapshot.revision,
                    request if kind is DocumentKind.BRIEF else None)


@dataclass(frozen=True, slots=True)
class RenderLimits:
    """Bounds for one render in a child process: far above what a profile needs (a 100-page
    guide takes 1.2-1.5 s and 80 MB here), and low enough that a logo or font built to blow up
    the layout cannot freeze the laptop. The CPU cap (the timeout plus 2 s) also ends a child
    whose app is gone."""

    timeout_seconds: float = 300.0
    max_memory_bytes: int = 3 * 1024 * MB


DEFAULT_RENDER_LIMITS = RenderLimits()


def render_in_child(kind: DocumentKind, snapshot: ProfileSnapshot, request: BriefRequest | None,
                    lang: str, *, progress: Progress | None = None,
                    cancel: childproc.CancelFlag | None = None,
                    limits: RenderLimits = DEFAULT_RENDER_LIMITS) -> Rendered:
    """:func:`render` in a capped child process, so the caller's process keeps answering.

    Raises :class:`ExportError` with one sentence for the person (the builder's own, or why
    the child stopped), or :class:`brandregie.childproc.Cancelled` once ``cancel`` is set (or
    ``progress`` raised it); the child is then killed at once.
    """
    try:
        rendered = childproc.run(
            render, kind, snapshot, request, lang, timeout=limits.timeout_seconds,
            max_memory=limits.max_memory_bytes, progress=progress, cancel=cancel,
            passes=(ExportError,), name="brandregie-export")
    except childproc.TimedOut:
        raise ExportError(_("Making the PDF took longer than {s:g} seconds, so it was "
                            "stopped").format(s=limits.timeout_seconds)) from None
    except childproc.OutOfMemory:
        raise ExportError(_("Making the PDF needs more memory than allowed, so it was stopped; "
                            "a logo or font in the profile may be too large")) from None
    except childproc.Died as exc:
        if exc.over_limit:
            raise ExportError(_("Making the PDF needs more memory or time than allowed, so it "
                                "was stopped")) from None
        raise ExportError(_("Making the PDF stopped unexpectedly; a font or logo in the "
                            "profile may be damaged")) from None
    except childproc.Failed as exc:
        raise ExportError(_("The PDF could not be made because of an error in BrandRegie "
                            "({error}); the details are in the log file").format(
                                error=exc.kind)) from None
    assert isinstance(rendered, Rendered)
    return rendered


def write_file(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary name, so a failure leaves no half file."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(_("{path} cannot be written: {reason}").format(
            path=path, reason=exc.strerror or exc)) from None
    return path


def token_files(snapshot: ProfileSnapshot, folder: Path) -> tuple[Path, Path]:
    """Write the design tokens as W3C JSON and as CSS custom properties into ``folder``."""
    base = slug(snapshot.brand.name)
    json_path = write_file(folder / f"{base}.tokens.json",
                           design_tokens_json(snapshot).encode("utf-8"))
    css_path = write_file(folder / f"{base}.css", design_tokens_css(snapshot).encode("utf-8"))
    return json_path, css_path


def token_paths(snapshot: ProfileSnapshot, folder: Path) -> tuple[Path, Path]:
    """Where :func:`token_files` would write (to ask before replacing files)."""
    base = slug(snapshot.brand.name)
    return folder / f"{base}.tokens.json", folder / f"{base}.css"
