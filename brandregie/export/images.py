"""Logos from the profile, checked before they go into a PDF.

Pillow decodes the bytes fully, so a file that only looks like a picture (a renamed PDF, an SVG,
a truncated PNG) is caught here with a sentence naming the logo, not deep inside ReportLab.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

from brandregie.export.errors import ExportError
from brandregie.i18n import _

MAX_PIXELS = 40_000_000


def load_logo(name: str, path: str, data: bytes) -> Image.Image:
    """The decoded logo, or an :class:`ExportError` that names it and says what is wrong."""
    head = data[:512].lstrip().lower()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in data[:4096].lower():
        raise ExportError(_('The logo "{name}" ({path}) is an SVG drawing; a PDF export needs a '
                            "PNG or JPEG version of it. Add one to the profile's logos."
                            ).format(name=name, path=path))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_PIXELS:
                raise ExportError(_('The logo "{name}" ({path}) is {w} × {h} pixels: too large '
                                    "for a document. Use a smaller version.").format(
                    name=name, path=path, w=image.width, h=image.height))
            image.load()
    except ExportError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError,
            Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ExportError(_('The logo "{name}" ({path}) is not an image BrandRegie can read '
                            "(PNG, JPEG, GIF, BMP, TIFF or WebP) or the file is damaged."
                            ).format(name=name, path=path)) from None
    if image.mode in ("RGB", "RGBA", "L", "LA"):
        return image
    return image.convert("RGBA" if "A" in image.getbands() or image.mode == "P" else "RGB")
