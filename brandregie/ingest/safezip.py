"""Zip containers (docx, odt, pptx) opened only after they prove harmless.

Before any library sees the file: the member count, the declared unpacked sizes and each
member's compression ratio are checked; then every member is really unpacked, with a running
cap, so a bomb that lies in its headers is caught too; and every XML member is scanned for a
document type declaration. Office XML never carries one, so ``<!DOCTYPE``/``<!ENTITY`` means
an XXE or billion-laughs attempt and the file is refused before any XML parser runs. A part
whose checksum is wrong is left out, as Word and LibreOffice read on without it (a reader that
needs that part then calls the file damaged).
"""

from __future__ import annotations

import io
import zipfile
import zlib

from brandregie.i18n import _
from brandregie.ingest.errors import DocumentError, damaged, too_large, unsafe
from brandregie.ingest.limits import MB, Limits

_CHUNK = 1 << 20
_XML_SUFFIXES = (".xml", ".rels", ".vml")


def declared_entries(data: bytes) -> int | None:
    """The member count in the zip's end record, read without parsing the directory (which
    would build one object per member: a million-member zip would cost gigabytes)."""
    tail = data[-(65_536 + 22):]
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return None
    count = int.from_bytes(tail[at + 10:at + 12], "little")
    if count == 0xFFFF:  # zip64: the real count is elsewhere; judge by the directory size
        size = int.from_bytes(tail[at + 12:at + 16], "little")
        return size // 46
    return count


def check_entry_count(data: bytes, name: str, limits: Limits) -> None:
    count = declared_entries(data)
    if count is not None and count > limits.max_zip_members:
        raise unsafe(name, _("it holds {n:,} parts").format(n=count))


def check_zip(data: bytes, name: str, kind: str, limits: Limits) -> dict[str, bytes]:
    """Every member of the zip, unpacked and checked; typed errors for bombs and damage."""
    check_entry_count(data, name, limits)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
            NotImplementedError) as exc:  # a zip version or method Python does not read
        raise damaged(name, kind) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_zip_members:
            raise unsafe(name, _("it holds {n:,} parts").format(n=len(infos)))
        declared = sum(max(info.file_size, 0) for info in infos)
        if declared > limits.max_unzipped_bytes:
            raise unsafe(name, _("it unpacks to {mb:,} MB").format(mb=declared // MB))
        for info in infos:
            if info.file_size > 1 * MB and \
                    info.file_size > limits.max_compression_ratio * max(info.compress_size, 1):
                raise unsafe(name, _("it is a zip bomb (a part packed {ratio:,} times)").format(
                    ratio=info.file_size // max(info.compress_size, 1)))
        members: dict[str, bytes] = {}
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            chunks: list[bytes] = []
            size = 0
            try:
                with archive.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        size += len(chunk)
                        total += len(chunk)
                        if size > info.file_size or total > limits.max_unzipped_bytes:
                            raise unsafe(name, _("it unpacks to more than it declares"))
                        chunks.append(chunk)
            except DocumentError:
                raise
            except zipfile.BadZipFile as exc:
                if str(exc).startswith("Bad CRC-32"):
                    continue  # one part's checksum is off: left out; the reader needs it or not
                raise damaged(name, kind) from exc
            except (OSError, ValueError, EOFError, zlib.error,
                    NotImplementedError, RuntimeError, KeyError) as exc:
                raise damaged(name, kind) from exc
            body = b"".join(chunks)
            if info.filename.lower().endswith(_XML_SUFFIXES):
                check_xml(body, name)
            members[info.filename] = body
        return members


def check_xml(body: bytes, name: str) -> None:
    """Refuse XML with a document type declaration (entities: XXE, billion laughs)."""
    head = body[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in head or b"<!entity" in body.lower():
        raise unsafe(name, _("it declares XML entities"))


def too_many_pages(name: str, count: int, limits: Limits) -> None:
    if count > limits.max_pages:
        raise too_large(name, _("{n:,} pages (at most {limit:,})").format(
            n=count, limit=limits.max_pages))
