"""Dominant colours of an image, with each colour's share of the visible area.

The image is opened lazily so its dimensions are checked before any pixel is decoded (a
20,000 x 20,000 PNG is refused from its header). It is then sampled down with nearest-neighbour
(which keeps the exact colours of flat artwork such as logos, where smoothing would invent
in-between shades). Flat artwork yields its own colours; photos are reduced to a few by
median cut. Transparent pixels do not count towards any share.
"""

from __future__ import annotations

import io
import warnings
from collections import Counter

from PIL import Image as PILImage
from PIL import UnidentifiedImageError

from brandregie.i18n import _
from brandregie.ingest.builder import DocumentBuilder
from brandregie.ingest.colours import hex_colour
from brandregie.ingest.document import ColourUse, Image
from brandregie.ingest.errors import DocumentError, damaged, too_large
from brandregie.ingest.limits import Limits

FORMATS = ("PNG", "JPEG", "WEBP", "GIF", "BMP", "TIFF")
SAMPLE_SIDE = 160
MAX_COLOURS = 8
MIN_SHARE = 0.01
PILImage.MAX_IMAGE_PIXELS = None  # our own limit is checked first, with a clear sentence


def _open(data: bytes, name: str) -> PILImage.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return PILImage.open(io.BytesIO(data), formats=FORMATS)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
        raise damaged(name, "image") from exc


def image_size(data: bytes, name: str) -> tuple[int, int]:
    """Width and height from the header, without decoding pixels."""
    with _open(data, name) as img:
        return img.size


def check_pixels(width: int, height: int, name: str, limits: Limits) -> None:
    if width * height > limits.max_image_pixels:
        raise too_large(name, _("{w:,} x {h:,} pixels (at most {mp} megapixels)").format(
            w=width, h=height, mp=limits.max_image_pixels // 1_000_000))


def _sample(img: PILImage.Image) -> list[tuple[int, int, int]]:
    """Opaque pixels of a small nearest-neighbour sample, as RGB tuples."""
    if img.format == "JPEG":
        img.draft("RGB", (SAMPLE_SIDE * 2, SAMPLE_SIDE * 2))
    if getattr(img, "n_frames", 1) > 1:
        img.seek(0)
    if max(img.size) > SAMPLE_SIDE:  # shrink first: converting 64 MP to RGBA costs 256 MB
        scale = SAMPLE_SIDE / max(img.size)
        img = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))),
                         PILImage.Resampling.NEAREST)
    rgba = img.convert("RGBA")
    raw = rgba.tobytes()
    return [(raw[i], raw[i + 1], raw[i + 2]) for i in range(0, len(raw), 4) if raw[i + 3] >= 128]


def dominant_colours(pixels: list[tuple[int, int, int]]) -> list[tuple[str, float]]:
    """Up to :data:`MAX_COLOURS` colours with their share (0..1), largest first."""
    if not pixels:
        return []
    total = len(pixels)
    counts = Counter(pixels)
    top = counts.most_common(MAX_COLOURS)
    if sum(n for _c, n in top) >= 0.9 * total:  # flat artwork: its exact colours
        chosen = [(hex_colour(*rgb), n / total) for rgb, n in top]
    else:  # photo-like: median cut over the sample
        strip = PILImage.new("RGB", (total, 1))
        strip.putdata(pixels)
        quant = strip.quantize(colors=MAX_COLOURS, method=PILImage.Quantize.MEDIANCUT)
        palette = quant.getpalette() or []
        chosen = []
        for n, index in sorted(quant.getcolors(MAX_COLOURS) or [], reverse=True):
            start = int(index) * 3  # type: ignore[call-overload]
            rgb = palette[start:start + 3]
            chosen.append((hex_colour(*rgb), n / total))
    merged: dict[str, float] = {}
    for hex_value, share in chosen:
        merged[hex_value] = merged.get(hex_value, 0.0) + share
    return [(h, round(s, 4)) for h, s in sorted(merged.items(), key=lambda kv: -kv[1])
            if s >= MIN_SHARE]


def analyse_image(data: bytes, name: str, limits: Limits, *, page: int | None = None,
                  paragraph: int | None = None, where: str | None = None) -> Image:
    """An :class:`Image` with its dominant colours; typed errors for damaged or huge images."""
    img = _open(data, name)
    with img:
        return analyse_pil(img, name, limits, page=page, paragraph=paragraph, where=where)


def analyse_pil(img: PILImage.Image, name: str, limits: Limits, *, page: int | None = None,
                paragraph: int | None = None, where: str | None = None) -> Image:
    """The same for an image already opened (a PDF's bitmap)."""
    width, height = img.size
    check_pixels(width, height, name, limits)
    try:
        pixels = _sample(img)
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError) as exc:
        raise damaged(name, "image") from exc
    label = where or _("image {name}").format(name=name)
    colours = tuple(ColourUse(hex_value, label, share, page, paragraph)
                    for hex_value, share in dominant_colours(pixels))
    return Image(name=name, width=width, height=height, colours=colours, page=page,
                 paragraph=paragraph)


def is_vector(data: bytes) -> bool:
    """An EMF, WMF, SVG or PDF picture: drawing commands, not pixels, so nothing to sample here
    (Office files carry many, often beside a bitmap copy of the same picture)."""
    head = data[:512]
    return (head[:4] == b"\x01\x00\x00\x00" and head[40:44] == b" EMF") \
        or head[:4] == b"\xd7\xcd\xc6\x9a" \
        or head[:6] in (b"\x01\x00\x09\x00\x00\x03", b"\x02\x00\x09\x00\x00\x03") \
        or head.startswith(b"%PDF") or b"<svg" in head.lower()


def add_embedded_image(builder: DocumentBuilder, data: bytes, name: str, limits: Limits, *,
                       page: int | None = None, paragraph: int | None = None) -> None:
    """Analyse an image inside a document; a broken or oversized one becomes a note, a
    vector picture the note that its colours were not checked."""
    if is_vector(data):
        builder.note(_("vector pictures (EMF, WMF, SVG, PDF): colours not checked"))
        return
    if builder.image_count >= limits.max_images:
        builder.note(_("only the first {n} images were checked").format(n=limits.max_images))
        return
    try:
        width, height = image_size(data, name)
        check_pixels(width, height, name, limits)  # one image too large: said as such
        if not within_pixel_budget(builder, width, height, limits):
            return
        builder.add_image(analyse_image(data, name, limits, page=page, paragraph=paragraph))
    except DocumentError as exc:
        builder.note(exc.message)


def within_pixel_budget(builder: DocumentBuilder, width: int, height: int,
                        limits: Limits) -> bool:
    """Count an image's pixels against the document's budget; False (and a note) when spent."""
    if builder.pixels + width * height > limits.max_document_pixels:
        builder.skipped(_("images beyond {mp} megapixels in all were not checked").format(
            mp=limits.max_document_pixels // 1_000_000))
        return False
    builder.pixels += width * height
    return True
