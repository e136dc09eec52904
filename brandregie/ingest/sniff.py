"""Which format a file really is, read from its first bytes rather than trusted from its name.

Binary formats are known by their signature (PNG, JPEG, WebP, GIF, PDF, zip containers, which
are told apart by their members, old Office compound files, told apart by their streams; a
password-protected Office file is one of those too, and is named as such). Only among text
formats does the name decide (``.md``, ``.html``, ``.eml``), with the content as tie-breaker
when the name says nothing. So a PNG named ``.txt`` is read as an image, a PDF named ``.docx``
as a PDF and a plain text named ``.pdf`` as text (the report says so, :mod:`.mismatch`); a
``.pdf`` whose bytes are no format at all is refused in a sentence saying it is no PDF, instead
of being read as garbage.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from brandregie.i18n import _
from brandregie.ingest.errors import UnsupportedFormatError, damaged
from brandregie.ingest.limits import DEFAULT_LIMITS, Limits
from brandregie.ingest.mismatch import binary_under_text_name, unknown_under_binary_name
from brandregie.ingest.ole import SIGNATURE as _OLD_OFFICE
from brandregie.ingest.ole import compound_kind
from brandregie.ingest.safezip import check_entry_count

#: Suffixes (lower-case, with dot) offered in file dialogs, by format.
SUFFIX_KINDS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".eml": "email",
    ".docx": "docx",
    ".docm": "docx",
    ".dotx": "docx",
    ".dotm": "docx",
    ".doc": "doc",
    ".dot": "doc",
    ".odt": "odt",
    ".pptx": "pptx",
    ".pptm": "pptx",
    ".ppsx": "pptx",
    ".ppsm": "pptx",
    ".potx": "pptx",
    ".potm": "pptx",
    ".ppt": "ppt",
    ".pps": "ppt",
    ".pot": "ppt",
    ".pdf": "pdf",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".webp": "image",
    ".gif": "image",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(SUFFIX_KINDS)

TEXT_KINDS = frozenset({"text", "markdown", "html", "email"})
_WORD2 = b"\xdb\xa5"
#: Kinds whose files are no text: a text named so is read as text, other bytes are refused.
BINARY_KINDS = ("docx", "odt", "pptx", "doc", "ppt", "pdf", "image")
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<meta|<!--|<div|<p[\s>]|"
                         rb"<table|<h[1-6][\s>])", re.IGNORECASE)
_HTML_DOCUMENT = re.compile(rb"^\s*(<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{0,76}:[ \t]")
_MAIL_HEADERS = (b"from", b"to", b"subject", b"date", b"mime-version", b"received",
                 b"return-path", b"message-id", b"content-type", b"delivered-to", b"reply-to",
                 b"x-")


def suffix_kind(name: str) -> str | None:
    return SUFFIX_KINDS.get(PurePath(name).suffix.lower())


def _zip_kind(data: bytes, name: str, limits: Limits) -> str | None:
    """docx, odt or pptx by the members of the zip; ``None`` when it is another zip."""
    check_entry_count(data, name, limits)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist()[:10_000])
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if info.file_size < 200:
                    mime = archive.read("mimetype").strip()
                    if mime.startswith(b"application/vnd.oasis.opendocument") and \
                            _odf_encrypted(archive, names):
                        return "encrypted"
                    if mime == b"application/vnd.oasis.opendocument.text":
                        return "odt"
                    if mime.startswith(b"application/vnd.oasis.opendocument"):
                        return "other-odf"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
            NotImplementedError, KeyError, RuntimeError):
        return "broken-zip"
    if "word/document.xml" in names:
        return "docx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    return None


def _odf_encrypted(archive: zipfile.ZipFile, names: set[str]) -> bool:
    """An OpenDocument file saved with a password lists how each part is encrypted."""
    if "META-INF/manifest.xml" not in names:
        return False
    info = archive.getinfo("META-INF/manifest.xml")
    return info.file_size < 1_000_000 and b"encryption-data" in archive.read(info)


def password_protected(name: str) -> UnsupportedFormatError:
    return UnsupportedFormatError(
        _("{name} is password-protected: save an unprotected copy and try again").format(
            name=name))


def _compound(data: bytes, name: str, claimed: str | None) -> str:
    """``doc`` or ``ppt`` for an old Office file, else the error that says what it is."""
    kind = compound_kind(data)
    if kind == "encrypted":
        raise password_protected(name)
    if kind in ("doc", "ppt"):
        return kind
    if kind == "other" and claimed in ("doc", "ppt"):
        assert claimed is not None
        return claimed  # a directory too odd for us; LibreOffice may still read it
    if kind == "xls":
        raise UnsupportedFormatError(
            _("{name} is a spreadsheet; BrandRegie reads texts, documents, PDFs, web pages, "
              "e-mails and images").format(name=name))
    raise UnsupportedFormatError(
        _("{name} is an old Office file (.doc or .ppt); save it as .docx or .pdf and try "
          "again").format(name=name))


def _looks_like_email(data: bytes) -> bool:
    head = data[:4096].lstrip()
    lines = head.replace(b"\r\n", b"\n").split(b"\n")[:12]
    seen = 0
    for line in lines:
        if not line:
            break
        if line[:1] in (b" ", b"\t"):
            continue
        if not _HEADER_LINE.match(line):
            return False
        if line.split(b":", 1)[0].lower().startswith(_MAIL_HEADERS):
            seen += 1
    return seen >= 2


def _binary(data: bytes) -> bool:
    """Bytes that are no text in any encoding we read (NUL outside UTF-16, control soup)."""
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) // 20 + 1


def detect_kind(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> str:
    """The format of ``data``: one of the kinds in :data:`SUFFIX_KINDS`, or a typed error."""
    claimed = suffix_kind(name)
    head = data[:16]
    if head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff") \
            or (head[:4] == b"RIFF" and head[8:12] == b"WEBP") \
            or head.startswith((b"GIF87a", b"GIF89a")):
        return "image"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        kind = _zip_kind(data, name, limits)
        if kind == "encrypted":
            raise password_protected(name)
        if kind in ("docx", "odt", "pptx"):
            assert kind is not None
            return kind
        if kind == "broken-zip" and claimed in ("docx", "odt", "pptx"):
            raise damaged(name, claimed)
        if kind == "other-odf":
            raise UnsupportedFormatError(
                _("{name} is an OpenDocument spreadsheet, presentation or drawing; save it as "
                  ".odt, .docx or .pdf and try again").format(name=name))
        if kind == "xlsx":
            raise UnsupportedFormatError(
                _("{name} is a spreadsheet; BrandRegie reads texts, documents, PDFs, web pages, "
                  "e-mails and images").format(name=name))
        if claimed in ("docx", "odt", "pptx"):
            raise damaged(name, claimed)
        raise UnsupportedFormatError(
            _("{name} is a zip archive, not a draft; unpack it and add the files inside")
            .format(name=name))
    if head.startswith(_OLD_OFFICE):
        return _compound(data, name, claimed)
    if head.startswith(_WORD2) and claimed == "doc":
        return "doc"  # Word for Windows 2 wrote no compound file yet; LibreOffice reads it
    if head.startswith(b"{\\rtf"):
        raise UnsupportedFormatError(
            _("{name} is a Rich Text file; save it as .docx or .pdf and try again")
            .format(name=name))
    if claimed in BINARY_KINDS:
        if _binary(data):
            raise unknown_under_binary_name(name, claimed)
        claimed = None  # text under a binary name: read as what it is (the note says so)
    if _binary(data):
        if claimed in TEXT_KINDS:
            assert claimed is not None
            raise binary_under_text_name(name, claimed)
        raise UnsupportedFormatError(
            _("{name} is not a format BrandRegie can read (text, Markdown, Word, OpenDocument, "
              "PowerPoint, PDF, HTML, e-mail or an image)").format(name=name))
    if claimed == "text" and _HTML_DOCUMENT.match(data[:2048].lstrip(b"\xef\xbb\xbf")):
        return "html"  # a saved web page named .txt: its tags are not the agency's words
    if claimed in TEXT_KINDS:
        assert claimed is not None
        return claimed
    if _looks_like_email(data):
        return "email"
    if _HTML_START.match(data[:2048].lstrip(b"\xef\xbb\xbf")):
        return "html"
    return "text"
