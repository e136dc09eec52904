"""Generators of hostile drafts (issue #20): small files that expand, floods of parts, refusals
hidden in attachments. Each writes its file into ``folder`` and returns it; nothing big is kept
in the repository.
"""

from __future__ import annotations

import base64
import io
import random
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

WORDS = ["wij", "zijn", "een", "bakkerij", "met", "passie", "voor", "brood", "en",
         "innovatieve", "oplossingen", "synergie", "klant", "ontzorgen", "vers", "elke", "dag"]


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (numbered from 1; object 1 is the catalog), with its xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def pdf_pages_sharing_one_stream(folder: Path, pages: int = 2000) -> Path:
    """2,000 pages that all draw one text stream of 80 lines: 190 KB that read as 13 M chars."""
    chance = random.Random(7)
    lines = [" ".join(chance.choice(WORDS) for _ in range(10)) for _ in range(80)]
    text = b"BT /F1 9 Tf 20 800 Td 11 TL " + b" ".join(
        b"(" + line.encode() + b") '" for line in lines) + b" ET"
    stream = zlib.compress(text)
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
                b"/Resources << /Font << /F1 4 0 R >> >> >>"] * pages
    path = folder / "pages.pdf"
    path.write_bytes(_pdf(objects))
    return path


def _inflating(megabytes: int, fill: bytes = b" ") -> bytes:
    """A zlib stream of about 1 KB per MB that inflates to ``megabytes`` of ``fill``."""
    chunk = fill * (1024 * 1024)
    squeeze = zlib.compressobj(9)
    first = squeeze.compress(chunk) + squeeze.flush(zlib.Z_FULL_FLUSH)  # with the zlib header
    again = squeeze.compress(chunk) + squeeze.flush(zlib.Z_FULL_FLUSH)  # a full flush resets:
    checksum = 1  # every further megabyte compresses to the same bytes
    for _ in range(megabytes):
        checksum = zlib.adler32(chunk, checksum)
    return (first + again * (megabytes - 1) + b"\x03\x00"  # an empty final block
            + checksum.to_bytes(4, "big"))


def _flate(stream: bytes, entries: bytes = b"") -> bytes:
    return (b"<< " + entries + b" /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream + b"\nendstream")


def pdf_with_a_huge_stream(folder: Path, megabytes: int = 1024, streams: int = 1) -> Path:
    """One page whose content streams each inflate to ``megabytes`` of spaces (about 1 KB per
    MB on disk)."""
    stream = _inflating(megabytes)
    contents = b" ".join(b"%d 0 R" % (4 + i) for i in range(streams))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [" + contents
        + b"] >>",
    ] + [_flate(stream)] * streams
    path = folder / "huge-stream.pdf"
    path.write_bytes(_pdf(objects))
    return path


def pdf_with_a_hex_wrapped_stream(folder: Path, megabytes: int = 1024) -> Path:
    """The 1 GB content stream behind ASCIIHex (2 MB on disk): not measured before parsing,
    so the reader's memory cap is what stops it."""
    stream = _inflating(megabytes).hex().encode() + b">"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter [/ASCIIHexDecode /FlateDecode] >>\nstream\n" % len(stream)
        + stream + b"\nendstream",
    ]
    path = folder / "hex-stream.pdf"
    path.write_bytes(_pdf(objects))
    return path


def pdf_with_an_attachment(folder: Path, megabytes: int = 100) -> Path:
    """A page of text with a file attached that unpacks to ``megabytes`` (a hybrid PDF's
    own source file, say): never unpacked to read the pages."""
    text = b"BT /F1 12 Tf 72 800 Td (Vers brood, elke dag.) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(bron.odt) 6 0 R]"
        b" >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        _flate(zlib.compress(text)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Filespec /F (bron.odt) /EF << /F 7 0 R >> >>",
        _flate(_inflating(megabytes), b"/Type /EmbeddedFile"),
    ]
    path = folder / "attached.pdf"
    path.write_bytes(_pdf(objects))
    return path


def pdf_with_a_large_photo(folder: Path, side: int = 9000) -> Path:
    """A page with a grey image of ``side`` x ``side`` pixels (an 81 MB stream, 80 KB packed)
    and a line of text."""
    text = b"BT /F1 12 Tf 72 800 Td (Vers brood, elke dag.) Tj ET q 400 0 0 400 72 300 cm " \
        b"/Im1 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>",
        _flate(zlib.compress(text)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _flate(_inflating(side * side // (1024 * 1024) + 1, b"\x80"),
               b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
               b"/BitsPerComponent 8" % (side, side)),
    ]
    path = folder / "photo.pdf"
    path.write_bytes(_pdf(objects))
    return path


def text_of_many_lines(folder: Path, megabytes: int = 10) -> Path:
    """A plain text of short lines that raise findings on nearly every line."""
    chance = random.Random(3)
    line_count = megabytes * 1024 * 1024 // 60
    lines = (" ".join(chance.choice(WORDS) for _ in range(8)) for _ in range(line_count))
    path = folder / "many-lines.txt"
    path.write_text("\n".join(lines), "utf-8")
    return path


def html_of_styled_paragraphs(folder: Path, paragraphs: int = 160_000) -> Path:
    """9 MB of styled paragraphs, just under the 10 MB refused unread: the reader's own work
    (4.8 s of CPU in-process, the text cut at the 2 M-character budget)."""
    chance = random.Random(5)
    body = "".join(f'<p style="color:#{chance.randrange(1 << 24):06x};font-family:Arial">'
                   f"{chance.choice(WORDS)} {chance.choice(WORDS)}</p>"
                   for _ in range(paragraphs))
    path = folder / "styled.html"
    path.write_text(f"<html><body>{body}</body></html>", "utf-8")
    return path


def _email(parts: list[tuple[str, bytes, str | None]]) -> bytes:
    """A multipart/mixed message of (content type, body, attachment file name) parts."""
    out = [b"From: bureau@example.test\r\nTo: anna@example.test\r\nSubject: Concept\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n"]
    for content_type, body, filename in parts:
        out.append(b"--b0\r\nContent-Type: " + content_type.encode() + b"\r\n")
        if filename:
            out.append(b"Content-Disposition: attachment; filename=\"" + filename.encode()
                       + b"\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                       + base64.encodebytes(body).replace(b"\n", b"\r\n") + b"\r\n")
        else:
            out.append(b"\r\n" + body + b"\r\n")
    out.append(b"--b0--\r\n")
    return b"".join(out)


def email_of_many_parts(folder: Path, parts: int = 100_000) -> Path:
    path = folder / "parts.eml"
    path.write_bytes(_email([("text/plain", b"deel", None)] * parts))
    return path


def email_with_a_zip_bomb_attached(folder: Path) -> Path:
    """A friendly body, and a docx whose document.xml inflates 1000:1: the body reads fine."""
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://'
                         'schemas.openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("word/document.xml", b" " * (200 * 1024 * 1024))
    body = (b"Beste Anna, hierbij het concept voor de nieuwsbrief van Bakkerij Korenaar. "
            b"Vers brood, elke dag.")
    path = folder / "bomb.eml"
    path.write_bytes(_email([("text/plain; charset=utf-8", body, None),
                             ("application/vnd.openxmlformats-officedocument."
                              "wordprocessingml.document", bomb.getvalue(), "concept.docx")]))
    return path


def docx_of_large_images(folder: Path, images: int = 60) -> Path:
    """A docx holding ``images`` PNGs of 8,000 x 8,000 pixels (one colour: tiny on disk)."""
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (8000, 8000), (200, 30, 60)).save(png, "PNG", optimize=False)
    rels = "".join(f'<Relationship Id="r{i}" Type="http://schemas.openxmlformats.org/'
                   f'officeDocument/2006/relationships/image" Target="media/i{i}.png"/>'
                   for i in range(images))
    pictures = "".join(
        f'<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill>'
        f'<a:blip r:embed="r{i}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>'
        f"</wp:inline></w:drawing></w:r></w:p>" for i in range(images))
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')
    path = folder / "images.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
            'formats-package.relationships+xml"/><Default Extension="png" ContentType="image/'
            'png"/><Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="d" Type="http://schemas.openxml'
            'formats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'))
        archive.writestr("word/_rels/document.xml.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships">{rels}</Relationships>'))
        archive.writestr("word/document.xml", (
            f'<?xml version="1.0"?><w:document {ns}><w:body><w:p><w:r><w:t>Vers brood.</w:t>'
            f"</w:r></w:p>{pictures}</w:body></w:document>"))
        for i in range(images):
            archive.writestr(f"word/media/i{i}.png", png.getvalue())
    return path


def docx_of_much_text(folder: Path, megabytes: int = 40) -> Path:
    """A docx whose document.xml holds ``megabytes`` of paragraphs (about 5 MB zipped)."""
    chance = random.Random(11)
    paragraph_count = megabytes * 1024 * 1024 // 120
    body = "".join(f"<w:p><w:r><w:t>{' '.join(chance.choice(WORDS) for _ in range(8))}"
                   "</w:t></w:r></w:p>" for _ in range(paragraph_count))
    path = folder / "long.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
            'formats-package.relationships+xml"/><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
            'document.main+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="d" Type="http://schemas.openxml'
            'formats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'))
        archive.writestr("word/document.xml", (
            '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'))
    return path


def file_name_with_escapes(folder: Path) -> Path:
    path = folder / "concept\n\x1b[2J\u202etxt.exe.txt"
    path.write_text("Vers brood, elke dag.", "utf-8")
    return path


#: Each hostile draft, by the class of issue #20 it stands for.
HOSTILE_DRAFTS: dict[str, Callable[[Path], Path]] = {
    "pdf: 2000 pages sharing one text stream": pdf_pages_sharing_one_stream,
    "pdf: a 1 GB content stream": pdf_with_a_huge_stream,
    "pdf: a 1 GB content stream behind ASCIIHex": pdf_with_a_hex_wrapped_stream,
    "text: 10 MB of short lines": text_of_many_lines,
    "html: 160k styled paragraphs (9 MB)": html_of_styled_paragraphs,
    "email: 100k MIME parts": email_of_many_parts,
    "email: a zip bomb attached": email_with_a_zip_bomb_attached,
    "docx: 60 images of 64 MP": docx_of_large_images,
    "docx: 40 MB of XML text": docx_of_much_text,
    "a file name with escapes": file_name_with_escapes,
}
