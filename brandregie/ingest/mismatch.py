"""A file whose content is not what its name says, told in one sentence that names both.

The content decides what a draft is (:mod:`.sniff`): a PNG named ``.txt`` is read as an image,
a plain text named ``.pdf`` as text. The report then says so in a note, so the owner knows why
their "PDF" shows no pages. Where the content is nothing we read (a program renamed ``.docx``,
random bytes named ``.html``), the refusal names what the name promised and what is there,
instead of calling a text file "damaged".
"""

from __future__ import annotations

from collections.abc import Callable

from brandregie.i18n import N_, SUPPORTED, _, translator
from brandregie.ingest.errors import DamagedDocumentError, UnsupportedFormatError

#: Kinds a person would not tell apart (a ``.doc`` that is really a ``.docx`` is a Word file).
FAMILY = {"text": "text", "markdown": "text", "html": "html", "email": "email",
          "docx": "word", "doc": "word", "odt": "odt", "pptx": "powerpoint",
          "ppt": "powerpoint", "pdf": "pdf", "image": "image"}
TEXT_FAMILIES = frozenset({"text", "html", "email"})

#: "x is not <what its name says>: <why>", per family, whole so each language words its own.
NOT_WHAT_NAMED = {
    "text": N_("{name} is not a text file: {why}"),
    "html": N_("{name} is not a web page: {why}"),
    "email": N_("{name} is not an e-mail message: {why}"),
    "word": N_("{name} is not a Word file: {why}"),
    "odt": N_("{name} is not an OpenDocument text: {why}"),
    "powerpoint": N_("{name} is not a PowerPoint file: {why}"),
    "pdf": N_("{name} is not a PDF: {why}"),
    "image": N_("{name} is not an image: {why}"),
}
#: What the content is, said after "it is".
WHAT_IT_IS = {
    "text": N_("plain text"),
    "html": N_("a web page"),
    "email": N_("an e-mail message"),
    "word": N_("a Word file"),
    "odt": N_("an OpenDocument text"),
    "powerpoint": N_("a PowerPoint file"),
    "pdf": N_("a PDF"),
    "image": N_("an image"),
}


def _sentence(name: str, claimed: str, why: str, tr: Callable[[str], str] = _) -> str:
    return tr(NOT_WHAT_NAMED[FAMILY[claimed]]).format(name=name, why=why)


def read_as_note(name: str, claimed: str | None, kind: str,
                 tr: Callable[[str], str] = _) -> str | None:
    """The note for a draft read as ``kind`` though its name says ``claimed``; ``None`` when
    the two agree (or the name says nothing, or a text name holds a web page: still text).
    ``tr`` translates (default: into the current language)."""
    if claimed is None or claimed not in FAMILY or kind not in FAMILY:
        return None
    said, found = FAMILY[claimed], FAMILY[kind]
    if said == found or (said == "text" and found in TEXT_FAMILIES):
        return None
    why = tr("it is {what}, and was read as such").format(what=tr(WHAT_IT_IS[found]))
    return _sentence(name, claimed, why, tr)


def read_as_notes(name: str, claimed: str | None, kind: str) -> frozenset[str]:
    """:func:`read_as_note` in every language: what a stored report may hold of it (it was
    written in the language of the check), so a reader can tell it from what was left out."""
    notes = (read_as_note(name, claimed, kind, translator(lang)) for lang in SUPPORTED)
    return frozenset(note for note in notes if note is not None)


def binary_under_text_name(name: str, claimed: str) -> UnsupportedFormatError:
    """A ``.txt``, ``.md``, ``.html`` or ``.eml`` that holds bytes, not text."""
    return UnsupportedFormatError(_sentence(name, claimed, _("it holds binary data, not text")))


def unknown_under_binary_name(name: str, claimed: str) -> DamagedDocumentError:
    """A ``.pdf``, ``.docx``, image ... whose bytes are no format we know at all."""
    return DamagedDocumentError(_sentence(
        name, claimed, _("it may be another kind of file renamed, or damaged")))
