"""What the Briefs page makes, as plain jobs over a snapshot: no widgets, safe on any thread.

Each PDF is laid out in memory by :mod:`brandregie.export` (``strict=False``: a damaged font
or logo is replaced and named in the warnings instead of stopping the export), so the same
bytes are previewed, saved and sent.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from brandregie.export.advocacy import build_advocacy_kit
from brandregie.export.brief import TYPE_LABELS, BriefRequest, build_brief
from brandregie.export.employer import build_employer_plan
from brandregie.export.errors import ExportError
from brandregie.export.guide import build_guide
from brandregie.export.render import ExportResult, Progress
from brandregie.export.text import labels, slug
from brandregie.export.tokens import design_tokens_css, design_tokens_json
from brandregie.i18n import _
from brandregie.profile.snapshot import ProfileSnapshot


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
    """Lay out one document in memory; raises :class:`ExportError` for bad input."""
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
