"""A PDF's packed streams measured before PDFium sees the file, so a stream bomb is refused.

PDFium unpacks a page's whole content stream (and every object stream) into memory before it
reads a single character: a 1 MB PDF whose one content stream inflates to 1 GB filled the
reader's 1 GB memory cap and was stopped as "too large, or damaged" after using it all. Here
each Flate stream is inflated once, in 1 MB steps that are counted and dropped, up to the
budget: a bomb costs a few MB and a fraction of a second, and gets a sentence that says why.

Image streams are left out: PDFium decodes an image only when asked, and then no more than its
declared width and height (the pixel budget of :mod:`brandregie.ingest.images` judges those).
So are attached files (a hybrid PDF's own source, a portfolio's parts): reading pages never
unpacks them.
Streams packed another way (LZW, or Flate behind ASCII85) are not measured here; the reader's
memory cap still stops them, with the vaguer sentence.
"""

from __future__ import annotations

import re
import zlib

from brandregie.i18n import _
from brandregie.ingest.errors import too_large
from brandregie.ingest.limits import MB, Limits

_STREAM = re.compile(rb">>\s*stream(?:\r\n|\r|\n)")
_NOT_UNPACKED = re.compile(rb"/Subtype\s*/Image(?![A-Za-z])|/Type\s*/EmbeddedFile(?![A-Za-z])")
#: How far before ``stream`` its dictionary is looked for (an image's palette can be long).
_HEAD = 8192
_STEP_IN = 64 * 1024
_STEP_OUT = MB


def inflated_size(data: bytes, start: int, cap: int) -> int:
    """Bytes that the zlib stream at ``data[start:]`` inflates to, counted no further than
    just past ``cap``; 0 when it is not a zlib stream (another filter, or none)."""
    inflate = zlib.decompressobj()
    view = memoryview(data)
    size, position = 0, start
    try:
        while position < len(data) and size <= cap:
            pending: bytes | memoryview = view[position:position + _STEP_IN]
            position += _STEP_IN
            while pending and size <= cap and not inflate.eof:
                size += len(inflate.decompress(pending, _STEP_OUT))
                pending = inflate.unconsumed_tail  # kept even after the end: see ``eof``
            if inflate.eof:
                break
    except zlib.error:
        pass  # not zlib, or damaged there: PDFium stops at the same place
    return size


def _unpacked_by_pdfium(data: bytes, at: int) -> bool:
    """Whether reading pages unpacks the stream whose dictionary ends at ``at`` whole (not an
    image, not an attached file)."""
    head = data[max(0, at - _HEAD):at]
    after = max(head.rfind(b"endobj"), head.rfind(b"endstream"))
    return _NOT_UNPACKED.search(head, after + 1) is None


def check_streams(data: bytes, name: str, limits: Limits) -> None:
    """Refuse a PDF with a stream (images and attachments aside) that inflates beyond
    ``limits.max_pdf_stream_bytes``, or streams beyond ``limits.max_pdf_streams_bytes``
    together (the time a reader may spend)."""
    total = 0
    for match in _STREAM.finditer(data):
        if not _unpacked_by_pdfium(data, match.start()):
            continue
        cap = min(limits.max_pdf_stream_bytes, limits.max_pdf_streams_bytes - total)
        size = inflated_size(data, match.end(), cap)
        if size > limits.max_pdf_stream_bytes:
            raise too_large(name, _("a part of it unpacks to more than {mb:,} MB").format(
                mb=limits.max_pdf_stream_bytes // MB))
        total += size
        if total > limits.max_pdf_streams_bytes:
            raise too_large(name, _("its parts unpack to more than {mb:,} MB together").format(
                mb=limits.max_pdf_streams_bytes // MB))
