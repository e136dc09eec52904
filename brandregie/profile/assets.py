"""Logo and font files checked by what they hold, not by their names.

A pack from outside may call any bytes ``logo.png``; stored and exported again, an executable
would travel on as a brand's logo. A logo must be an image Pillow opens and verifies (or an SVG
drawing: XML whose root is ``<svg>``), a font a file fontTools parses. Parsing happens in this
process: both libraries refuse by exception, and the pack's size limits bound their work.
"""

from __future__ import annotations

import io
import warnings

#: Pixels of a logo: 12,000 x 12,000 is beyond print resolution for any logo.
MAX_LOGO_PIXELS = 144_000_000


def logo_problem(data: bytes) -> str | None:
    """Why ``data`` is not a usable logo, or None when it is one."""
    head = data[:512].lstrip()
    if head.startswith((b"<?xml", b"<svg", b"<!--")):
        return _svg_problem(data)
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.width * image.height > MAX_LOGO_PIXELS:
                    return "the image is too large"
                image.verify()
    except Exception:  # Pillow says "not an image" in many ways
        return "it is not an image (PNG, JPEG, SVG, ...)"
    return None


def _svg_problem(data: bytes) -> str | None:
    from lxml import etree  # only a pack with an SVG logo needs it, not every check

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return "it is not a valid SVG drawing"
    if not isinstance(root.tag, str) or etree.QName(root).localname != "svg":
        return "it is XML but not an SVG drawing"
    return None


def font_problem(data: bytes) -> str | None:
    """Why ``data`` is not a usable font file (TTF, OTF, WOFF, WOFF2), or None."""
    from fontTools.ttLib import TTFont

    try:
        with TTFont(io.BytesIO(data), lazy=True) as font:
            font["name"]
            font["cmap"]
            if not font.getGlyphOrder():
                return "the font has no glyphs"
    except Exception:  # fontTools refuses damaged or foreign bytes in many ways
        return "it is not a font file (TTF, OTF, WOFF)"
    return None
