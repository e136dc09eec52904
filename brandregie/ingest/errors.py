"""Typed errors for drafts that cannot be read, each with one sentence for the person.

Every way a draft can fail to read ends in a :class:`DocumentError` subclass; the command line
prints its message (exit 2) and the desktop app shows it. Messages name the file, as the person
knows it, and say what is wrong in their terms ("vacature.docx is damaged: it is not a valid
Word file"), translated at the moment they are raised.
"""

from __future__ import annotations

from brandregie.errors import BrandRegieError
from brandregie.i18n import _


class DocumentError(BrandRegieError):
    """A draft that cannot be read; the message says which file and why."""


class UnsupportedFormatError(DocumentError):
    """A file whose content is not one of the formats BrandRegie reads."""


class DamagedDocumentError(DocumentError):
    """A file that claims a known format but is broken (corrupt, truncated)."""


class EmptyDocumentError(DocumentError):
    """A file with nothing in it."""


class TooLargeError(DocumentError):
    """A file over a size limit (bytes, pixels, unpacked size, number of parts)."""


class UnsafeDocumentError(DocumentError):
    """A file built to harm its reader: a zip bomb, XML entities, endless nesting."""


class ReadTimeoutError(DocumentError):
    """Reading took longer than allowed, so it was stopped."""


class Cancelled(DocumentError):
    """The person cancelled reading."""


#: "x is damaged" per kind, whole sentences so that each language can word them its own way.
DAMAGED = {
    "docx": "{name} is damaged: it is not a valid Word file",
    "doc": "{name} is damaged: it is not a valid Word file",
    "ppt": "{name} is damaged: it is not a valid PowerPoint file",
    "odt": "{name} is damaged: it is not a valid OpenDocument text file",
    "pptx": "{name} is damaged: it is not a valid PowerPoint file",
    "pdf": "{name} is damaged: it is not a valid PDF file",
    "image": "{name} is damaged: it is not a valid image",
    "email": "{name} is damaged: it is not a valid e-mail message",
    "html": "{name} is damaged: it is not a valid web page",
    "text": "{name} is damaged: it is not readable text",
    "markdown": "{name} is damaged: it is not readable text",
}


def damaged(name: str, kind: str) -> DamagedDocumentError:
    """``name`` claims to be ``kind`` but is not a valid file of it."""
    return DamagedDocumentError(_(DAMAGED.get(kind, "{name} is damaged")).format(name=name))


def too_large(name: str, what: str) -> TooLargeError:
    """``name`` is over a limit; ``what`` says which one, already translated."""
    return TooLargeError(_("{name} is too large to check: {what}").format(name=name, what=what))


def unsafe(name: str, why: str) -> UnsafeDocumentError:
    """``name`` looks built to harm its reader; ``why`` is translated."""
    return UnsafeDocumentError(
        _("{name} was not opened because it looks unsafe: {why}").format(name=name, why=why))


def cancelled(name: str) -> Cancelled:
    return Cancelled(_("reading {name} was cancelled").format(name=name))
