"""Generators of the broken and hostile drafts people really drop (beside :mod:`.drafts`, the
crafted ones of issue #20): a Word file that is a zip bomb, PDFs with a lying page tree or a
broken cross-reference table, a web page carrying a huge inline image, an image that declares
billions of pixels, files with the wrong extension, empty files, texts that are not UTF-8, one
endless line without a space, a list nested thousands deep, a subject folded a million times.
Each writes its file into ``folder`` and returns it.
"""

from __future__ import annotations

import base64
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from tests.hostile.drafts import WORDS, _pdf

MB = 1024 * 1024
TEXT = "Bij Korenaar bakken we elke dag vers brood, met de hand."


def docx_zip_bomb(folder: Path, megabytes: int = 512) -> Path:
    """A Word file whose document.xml unpacks to ``megabytes`` of spaces (about 1:1000)."""
    path = folder / "bom.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://'
                         'schemas.openxmlformats.org/package/2006/content-types"/>')
        with archive.open("word/document.xml", "w") as member:
            for _ in range(megabytes):
                member.write(b" " * MB)
    return path


def docx_bomb_lying_in_its_headers(folder: Path) -> Path:
    """The same bomb (64 MB) whose headers say its document.xml unpacks to 1 KB."""
    path = docx_zip_bomb(folder, 64)
    data = bytearray(path.read_bytes())
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        at = data.find(signature)
        while at >= 0:
            if data[at + name_at:at + name_at + 17] == b"word/document.xml":
                struct.pack_into("<I", data, at + size_at, 1024)  # the unpacked size
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    return path


def _page_tree(kids: bytes, count: int) -> list[bytes]:
    text = zlib.compress(b"BT /F1 12 Tf 72 800 Td (" + TEXT.encode() + b") Tj ET")
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


_PAGE = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
         b"/Resources << /Font << /F1 4 0 R >> >> >>")


def pdf_claiming_two_billion_pages(folder: Path) -> Path:
    """One page, in a page tree whose /Count says 2,147,483,647."""
    path = folder / "miljard.pdf"
    path.write_bytes(_pdf([*_page_tree(b"5 0 R", 2_147_483_647), _PAGE]))
    return path


def pdf_of_many_pages(folder: Path, pages: int = 100_000) -> Path:
    """``pages`` real pages (about 10 MB): far over the pages read."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    path = folder / "dik.pdf"
    path.write_bytes(_pdf([*_page_tree(kids, pages), *[_PAGE] * pages]))
    return path


def pdf_with_a_broken_xref(folder: Path) -> Path:
    """A page of text whose cross-reference table points nowhere, and startxref past the end."""
    data = _pdf([*_page_tree(b"5 0 R", 1), _PAGE])
    xref = data.rindex(b"\nxref\n") + 1  # the table, not the "startxref" after it
    data = data[:xref] + re.sub(rb"\d{10} 00000 n", b"0099999999 00000 n", data[xref:])
    data = data.replace(b"startxref\n%d" % xref, b"startxref\n999999999")
    path = folder / "kruisverwijzing.pdf"
    path.write_bytes(data)
    return path


def png(width: int, height: int) -> bytes:
    """A valid 1-bit PNG of any size, built without ever holding its pixels."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + \
            struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    compressor = zlib.compressobj(9)
    row = bytes(1 + (width + 7) // 8)
    idat = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0,
                                                              0, 0, 0))
            + chunk(b"IDAT", idat) + chunk(b"IEND", b""))


def png_of_billions_of_pixels(folder: Path) -> Path:
    """A PNG of 60,000 x 60,000 pixels (3.6 gigapixels), 2.5 MB on disk."""
    path = folder / "poster.png"
    path.write_bytes(png(60_000, 60_000))
    return path


def html_with_a_huge_data_uri(folder: Path) -> Path:
    """A web page of one paragraph whose inline (data:) image is 9 MB of base64."""
    image = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(6_700_000))
    path = folder / "inline.html"
    path.write_bytes(b"<html><body><p>" + TEXT.encode() + b'</p><img src="data:image/png;'
                     b'base64,' + image + b'"></body></html>')
    return path


def html_with_an_inline_pixel_bomb(folder: Path) -> Path:
    """A web page whose inline image declares 60,000 x 60,000 pixels, also as a CSS background."""
    uri = b"data:image/png;base64," + base64.b64encode(png(60_000, 60_000))
    path = folder / "inline-bomb.html"
    path.write_bytes(b'<html><body style="background:url(' + uri + b')"><p>' + TEXT.encode()
                     + b'</p><img src="' + uri + b'"></body></html>')
    return path


def pdf_named_docx(folder: Path) -> Path:
    path = folder / "eigenlijk-pdf.docx"
    path.write_bytes(_pdf([*_page_tree(b"5 0 R", 1), _PAGE]))
    return path


def text_named_pdf(folder: Path) -> Path:
    path = folder / "eigenlijk-tekst.pdf"
    path.write_text(TEXT, "utf-8")
    return path


def program_named_docx(folder: Path) -> Path:
    """A Windows program (MZ header, random-looking bytes) renamed to .docx."""
    path = folder / "factuur.docx"
    path.write_bytes(b"MZ\x90\x00" + bytes(range(256)) * 400)
    return path


def empty_file(folder: Path) -> Path:
    path = folder / "leeg.docx"
    path.write_bytes(b"")
    return path


def latin1_text(folder: Path) -> Path:
    """A Windows-1252 text, as older Word 'Save as text' writes it (é, ë, €, curly quotes)."""
    path = folder / "oud.txt"
    path.write_bytes(("Café De Korenaar: één brood, €2,50. ‘Lekker’, zeggen ze. " * 200)
                     .encode("cp1252"))
    return path


def utf16_text(folder: Path) -> Path:
    path = folder / "notitie-utf16.txt"
    path.write_bytes(("\ufeff" + (TEXT + "\n") * 200).encode("utf-16-le"))
    return path


def random_bytes_named_txt(folder: Path) -> Path:
    path = folder / "ruis.txt"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(500_000)))
    return path


def one_line_without_spaces(folder: Path, megabytes: int = 9) -> Path:
    """``megabytes`` of letters in one line, no space, no full stop (a pasted hash, a URL)."""
    path = folder / "een-regel.txt"
    path.write_bytes(b"".join(w.encode() for w in WORDS) * (megabytes * MB // 100))
    return path


def one_sentence_of_a_million_words(folder: Path) -> Path:
    """9 MB of words on one line, never a full stop: one endless sentence."""
    path = folder / "een-zin.txt"
    path.write_text(" ".join(WORDS) * (9 * MB // 120), "utf-8")
    return path


def markdown_of_nested_lists(folder: Path, levels: int = 3_000) -> Path:
    """A Markdown list nested ``levels`` deep (9 MB, mostly indentation)."""
    path = folder / "lijst.md"
    path.write_bytes(b"".join(b"  " * i + b"- " + TEXT.encode() + b"\n" for i in range(levels)))
    return path


def email_with_a_subject_folded_a_million_times(folder: Path) -> Path:
    """A message whose subject goes on over a million folded lines (3 MB)."""
    path = folder / "onderwerp.eml"
    path.write_bytes(b"From: a@b.example\nSubject: Nieuwsbrief" + b"\n x" * 1_000_000
                     + b"\n\n" + TEXT.encode())
    return path


#: Each broken or hostile draft of everyday use, by what it is.
EVERYDAY_DRAFTS: dict[str, Callable[[Path], Path]] = {
    "docx: a zip bomb (512 MB of XML)": docx_zip_bomb,
    "docx: a zip bomb lying in its headers": docx_bomb_lying_in_its_headers,
    "pdf: a page tree claiming 2 billion pages": pdf_claiming_two_billion_pages,
    "pdf: 100,000 pages": pdf_of_many_pages,
    "pdf: a broken xref table": pdf_with_a_broken_xref,
    "image: a PNG of 3.6 gigapixels": png_of_billions_of_pixels,
    "html: a 9 MB inline data: image": html_with_a_huge_data_uri,
    "html: an inline image of 3.6 gigapixels": html_with_an_inline_pixel_bomb,
    "wrong extension: a PDF named .docx": pdf_named_docx,
    "wrong extension: a text named .pdf": text_named_pdf,
    "wrong extension: a program named .docx": program_named_docx,
    "an empty file": empty_file,
    "text: Windows-1252, not UTF-8": latin1_text,
    "text: UTF-16": utf16_text,
    "text: random bytes named .txt": random_bytes_named_txt,
    "text: 9 MB on one line without a space": one_line_without_spaces,
    "text: one sentence of 9 MB": one_sentence_of_a_million_words,
    "markdown: a list nested 3,000 deep": markdown_of_nested_lists,
    "email: a subject folded over a million lines": email_with_a_subject_folded_a_million_times,
}
