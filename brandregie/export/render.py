"""One renderer for every PDF: cover band with logo, header and footer on every page, page numbers.

Every page shows the brand, the profile revision and the date the document was made, so a
printed brief can always be traced back to the profile it came from. Files are written to a
temporary name and moved into place, so a failed export never leaves half a PDF behind.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from brandregie import __version__
from brandregie.export.content import DocumentSpec, Fields
from brandregie.export.errors import ExportError
from brandregie.export.fonts import load_fonts
from brandregie.export.layout import Layout, SectionHeading
from brandregie.export.pages import (
    BAND_H,
    FOOTER_H,
    HEADER_H,
    MARGIN,
    PAGE_H,
    PAGE_W,
    Contents,
    PageDecor,
    PageNumbers,
)
from brandregie.export.text import labels, long_date, revision_text
from brandregie.export.theme import theme_for
from brandregie.i18n import _
from brandregie.profile.snapshot import ProfileSnapshot

Output = str | os.PathLike[str] | IO[bytes]
#: Called with (steps done, steps in all) while the pages are laid out; raising cancels.
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was made: the page count, fonts used and anything left out on the way."""

    pages: int
    heading_font: str
    body_font: str
    warnings: tuple[str, ...] = ()


class _Template(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """Turns section headings into PDF bookmarks and notes their pages for the contents."""

    def __init__(self, *args: Any, numbers: PageNumbers, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.numbers = numbers

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, SectionHeading):
            canvas: Canvas = self.canv
            canvas.bookmarkPage(flowable.key)
            canvas.addOutlineEntry(flowable.plain, flowable.key, level=0)
            self.numbers.sections[flowable.key] = self.page


def _story(spec: DocumentSpec, layout: Layout) -> list[Flowable]:
    """The flowables: cover facts, contents (if asked), then the sections."""
    story: list[Flowable] = [NextPageTemplate("rest")]
    if spec.cover_facts:
        story += list(layout.block(Fields(spec.cover_facts)))
    keys = [f"s{n}" for n in range(1, len(spec.sections) + 1)]
    if spec.contents:
        entries = [(sec.heading, key) for sec, key in zip(spec.sections, keys, strict=True)]
        story += [Spacer(1, 6 * mm), layout.para(layout.t("Contents"), "h2"),
                  Contents(entries, layout)]
    if spec.cover_page:
        story.append(PageBreak())
    for sec, key in zip(spec.sections, keys, strict=True):
        if sec.new_page and len(story) > 1 and not isinstance(story[-1], PageBreak):
            story.append(PageBreak())
        story += list(layout.section(sec, key))
    return story


def render(spec: DocumentSpec, snapshot: ProfileSnapshot, out: Output, *, lang: str,
           progress: Progress | None = None, strict: bool = True,
           today: date | None = None) -> ExportResult:
    """Lay out ``spec`` in the brand's look and write the PDF to ``out`` (a path or a stream)."""
    t = labels(lang)
    day = today or date.today()
    fonts = load_fonts(snapshot, strict=strict)
    theme = theme_for(snapshot.brand.visual)
    content_w = PAGE_W - 2 * MARGIN
    layout = Layout(fonts=fonts, theme=theme, t=t, width=content_w, strict=strict,
                    warnings=list(fonts.warnings))
    brand = snapshot.brand
    footer = " · ".join((brand.name, revision_text(snapshot, t), long_date(day, lang)))

    logo = None
    for item in brand.visual.logos:
        data = snapshot.file(item.file)
        if item.file and data:
            logo = layout.logo(item.name, item.file, data)
            if logo is not None:
                break
    decor = PageDecor(spec=spec, brand=brand.name, footer=footer, layout=layout, logo=logo)

    bottom = FOOTER_H + 4 * mm
    first = Frame(MARGIN, bottom, content_w, PAGE_H - BAND_H - 8 * mm - bottom, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    rest = Frame(MARGIN, bottom, content_w, PAGE_H - HEADER_H - 6 * mm - bottom, id="rest",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    story = _story(spec, layout)
    numbers = PageNumbers(fonts.body.regular, 7.5, theme.muted,
                          layout.styles["body"].fontSize, theme.text)
    buffer = io.BytesIO()
    doc = _Template(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                    topMargin=MARGIN, bottomMargin=MARGIN, title=f"{spec.title} · {brand.name}",
                    author=brand.name, subject=spec.kind, creator=f"BrandRegie {__version__}",
                    keywords=list(spec.keywords), lang=lang,
                    initialFontName=fonts.body.regular, numbers=numbers)
    doc.addPageTemplates([PageTemplate("first", [first], onPage=decor.cover),
                          PageTemplate("rest", [rest], onPage=decor.later)])
    if progress is not None:
        size = [1]

        def on_progress(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                size[0] = max(1, value)
            elif kind == "PROGRESS":
                progress(min(value, size[0] - 1), size[0])

        doc.setProgressCallBack(on_progress)
    doc.build(story, canvasmaker=numbers.canvas_class())
    if progress is not None:
        progress(1, 1)
    _write(buffer.getvalue(), out)
    return ExportResult(pages=numbers.total, heading_font=fonts.heading.family,
                        body_font=fonts.body.family, warnings=tuple(layout.warnings))


def _umask() -> int:
    """The process's file creation mask (reading it means setting it for a moment)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write(data: bytes, out: Output) -> None:
    if not isinstance(out, str | os.PathLike):
        out.write(data)
        return
    path = Path(out)
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        tmp = Path(name)
        # mkstemp makes the file readable by its owner only; a PDF for the agency gets the
        # mode every other file the person saves gets (as a brief written by write_file)
        tmp.chmod(0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        tmp.replace(path)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise ExportError(_("{path} cannot be written: {reason}").format(
            path=path, reason=exc.strerror or exc)) from None
