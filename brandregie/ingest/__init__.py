"""Readers that turn an agency draft (any common format) into one :class:`Document`.

Public API::

    read_document(path, *, name=None, progress=None, cancel=None) -> Document
    read_bytes(data, name, *, progress=None, cancel=None) -> Document
    SUPPORTED_SUFFIXES  # for file dialogs
    errors.DocumentError (and subclasses, Cancelled among them)

``Document.kind`` is the format read from the content: ``text``, ``markdown``, ``html``,
``email``, ``docx``, ``odt``, ``pptx``, ``doc``, ``ppt`` (old Office files, read through
LibreOffice when it is installed), ``pdf`` or ``image``. ``progress`` gets fractions 0..1
(called on the calling thread); ``cancel`` is anything with ``is_set()`` (``threading.Event``)
and ends the read with :class:`Cancelled` within about 50 ms.

Reading runs in a sandboxed child process (see :mod:`brandregie.ingest.sandbox`); call
:func:`warm_up` once at start to pay the reader server's start-up before the first file. The
command line reads a plain text in its own process (:mod:`brandregie.ingest.reader`). A
frozen (PyInstaller) build must call ``multiprocessing.freeze_support()`` first thing in its
entry script, or the reader processes cannot start.
"""

from brandregie.ingest.document import (
    Block,
    BlockKind,
    ColourUse,
    Document,
    FontUse,
    Image,
    SpeakerNote,
)
from brandregie.ingest.errors import Cancelled, DocumentError
from brandregie.ingest.fonts import font_key
from brandregie.ingest.limits import DEFAULT_LIMITS, Limits
from brandregie.ingest.reader import read_bytes, read_document
from brandregie.ingest.sandbox import warm_up
from brandregie.ingest.sniff import SUPPORTED_SUFFIXES

__all__ = [
    "DEFAULT_LIMITS",
    "SUPPORTED_SUFFIXES",
    "Block",
    "BlockKind",
    "Cancelled",
    "ColourUse",
    "Document",
    "DocumentError",
    "FontUse",
    "Image",
    "Limits",
    "SpeakerNote",
    "font_key",
    "read_bytes",
    "read_document",
    "warm_up",
]
