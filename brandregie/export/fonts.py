"""The brand's fonts for ReportLab, with a bundled free font (DejaVu Sans) where they fall short.

A font file in the profile is registered from its bytes; the same bytes are registered once per
process (keyed by their hash), so the second brief does not parse the font again. A profile font
without a file, or a character the brand font lacks (ĳ, ł, ’ in some fonts), is set in DejaVu
Sans, which covers every European script.

A damaged font file is an :class:`ExportError` by default: a brief in a silently different font
would misrepresent the brand to the agency. With ``strict=False`` the stand-in font is used and a
warning is returned instead, for callers that offer "export anyway".
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from brandregie.export.errors import ExportError
from brandregie.i18n import _
from brandregie.paths import resource
from brandregie.profile.schema import Font
from brandregie.profile.snapshot import ProfileSnapshot

FALLBACK = "BR-DejaVuSans"
FALLBACK_BOLD = "BR-DejaVuSans-Bold"
FALLBACK_ITALIC = "BR-DejaVuSans-Oblique"
FALLBACK_FAMILY = "DejaVu Sans"

_HEADING_ROLES = ("head", "kop", "titel", "title", "display")
_BODY_ROLES = ("body", "text", "tekst", "copy", "brood", "lopend")
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class FontChoice:
    """Registered ReportLab names for one use (headings or body text)."""

    regular: str
    bold: str
    italic: str
    family: str
    from_profile: bool


@dataclass(frozen=True, slots=True)
class BrandFonts:
    heading: FontChoice
    body: FontChoice
    by_file: Mapping[str, str]
    warnings: tuple[str, ...]

    def for_font(self, font: Font) -> str | None:
        """The registered name of a profile font, if its file could be used."""
        return self.by_file.get(font.file) if font.file else None


def _register_family(regular: str, bold: str, italic: str) -> None:
    addMapping(regular, 0, 0, regular)
    addMapping(regular, 1, 0, bold)
    addMapping(regular, 0, 1, italic)
    addMapping(regular, 1, 1, bold)


@cache
def register_fallback() -> None:
    with _lock:
        for name, file in ((FALLBACK, "DejaVuSans.ttf"), (FALLBACK_BOLD, "DejaVuSans-Bold.ttf"),
                           (FALLBACK_ITALIC, "DejaVuSans-Oblique.ttf")):
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
        _register_family(FALLBACK, FALLBACK_BOLD, FALLBACK_ITALIC)
        _register_family(FALLBACK_BOLD, FALLBACK_BOLD, FALLBACK_ITALIC)


def _register_bytes(data: bytes) -> str:
    """Register a TrueType font from memory once; raise what ReportLab raises if it is damaged."""
    name = "BR-" + hashlib.sha1(data, usedforsecurity=False).hexdigest()[:16]
    with _lock:
        if name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(name, io.BytesIO(data))
            # Embedding subsets the font; a file that loads but cannot be subset would only
            # fail halfway through the PDF, so try it now on a sample of its characters.
            codes = sorted(font.face.charToGlyph)
            font.face.makeSubset(codes[:: max(1, len(codes) // 200)])
            pdfmetrics.registerFont(font)
            _register_family(name, name, name)
    return name


def _damaged(font: Font, exc: Exception) -> str:
    reason = str(exc).strip() or type(exc).__name__
    if "postscript outlines" in reason.lower():
        reason = _("it has PostScript (CFF) outlines; a .ttf version of the font is needed")
    return _('The font file "{file}" for {family} cannot be used: it is damaged or not a '
             "TrueType font ({reason}). Replace the file in the profile's fonts, or remove it."
             ).format(file=font.file, family=font.family, reason=reason)


def _pick(fonts: tuple[Font, ...], roles: tuple[str, ...], index: int) -> Font | None:
    for font in fonts:
        if any(word in font.role.lower() for word in roles):
            return font
    if len(fonts) > index:
        return fonts[index]
    return fonts[0] if fonts else None


def glyphs(name: str) -> Mapping[int, int]:
    """The characters a registered font can draw."""
    font = pdfmetrics.getFont(name)
    face = getattr(font, "face", None)
    mapping: Mapping[int, int] = getattr(face, "charToGlyph", {}) if face is not None else {}
    return mapping


def load_fonts(snapshot: ProfileSnapshot, *, strict: bool = True) -> BrandFonts:
    """Register every font file in the profile and decide the heading and body fonts."""
    register_fallback()
    by_file: dict[str, str] = {}
    warnings: list[str] = []
    for font in snapshot.brand.visual.fonts:
        data = snapshot.file(font.file)
        if not font.file or data is None or font.file in by_file:
            continue
        try:
            by_file[font.file] = _register_bytes(data)
        except Exception as exc:  # ReportLab raises TTFError, struct.error, IndexError...
            message = _damaged(font, exc)
            if strict:
                raise ExportError(message) from None
            warnings.append(message)

    def choose(font: Font | None, stand_in: str) -> FontChoice:
        name = by_file.get(font.file) if font is not None and font.file else None
        if font is not None and name is not None:
            return FontChoice(name, name, name, font.family, True)
        return FontChoice(stand_in, FALLBACK_BOLD, FALLBACK_ITALIC, FALLBACK_FAMILY, False)

    fonts = snapshot.brand.visual.fonts
    heading = choose(_pick(fonts, _HEADING_ROLES, 0), FALLBACK_BOLD)
    body = choose(_pick(fonts, _BODY_ROLES, 1), FALLBACK)
    return BrandFonts(heading=heading, body=body, by_file=by_file, warnings=tuple(warnings))
