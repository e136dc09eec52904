"""Image files (PNG, JPEG, WebP, GIF): no text, one image with its dominant colours."""

from __future__ import annotations

from brandregie.ingest.document import Document
from brandregie.ingest.formats.context import ReadContext
from brandregie.ingest.images import analyse_image


def read_image(data: bytes, ctx: ReadContext) -> Document:
    builder = ctx.builder("image")
    builder.add_image(analyse_image(data, ctx.name, ctx.limits))
    return builder.build()
