"""E-mail messages (``.eml``): subject, body (HTML preferred, as the recipient sees it),
attachments.

Parsed with the standard library's modern e-mail policy, which decodes headers and transfer
encodings and never fails hard on a malformed message (each header read is cut to a length no
real one reaches: see :data:`MAX_HEADER_CHARS`). The subject is the first block (a
heading): it is the agency's text too. Image parts (attachments and inline ``cid:`` images) are
analysed for colours; attached documents (docx, PDF, ...) are read and appended, each after a
heading with its name, up to a small nesting depth and part count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from typing import Any

from brandregie.i18n import _
from brandregie.ingest.builder import DocumentBuilder
from brandregie.ingest.document import BlockKind, Document
from brandregie.ingest.errors import DocumentError, damaged, unsafe
from brandregie.ingest.formats.context import ReadContext
from brandregie.ingest.formats.html import add_html
from brandregie.ingest.formats.text import add_plain_text
from brandregie.ingest.images import add_embedded_image
from brandregie.ingest.sniff import detect_kind

#: Reads an attachment (set by the dispatcher, which knows every format).
AttachmentReader = Callable[[bytes, ReadContext, str], Document]
MAX_ATTACHMENT_DEPTH = 2
#: Characters of one header read (a subject is a line; a file name in Content-Disposition a
#: few hundred characters): the standard library parses a header in time quadratic in its
#: length, and a subject folded over a million lines (3 MB) held the reader past its minute.
MAX_HEADER_CHARS = 16_384


class _BoundedPolicy(EmailPolicy):
    """The modern policy (``email.policy.default``), with each header read cut to
    :data:`MAX_HEADER_CHARS` before it is parsed."""

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if isinstance(value, str) and len(value) > MAX_HEADER_CHARS:
            value = value[:MAX_HEADER_CHARS]
        return super().header_fetch_parse(name, value)


_POLICY = _BoundedPolicy()


def _text_of(part: Message) -> str:
    try:
        content = part.get_content() if isinstance(part, EmailMessage) else None
    except (LookupError, UnicodeError, ValueError, AssertionError, KeyError):
        content = None
    if isinstance(content, str):
        return content
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload.decode("utf-8", errors="replace")
    return ""


def _is_attachment(part: Message) -> bool:
    if isinstance(part, EmailMessage):
        return part.is_attachment()
    return str(part.get("content-disposition", "")).lower().startswith("attachment")


def _payload(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.I)
_DELIMITER = re.compile(rb"^--([^\r\n]{1,200}?)(?:--)?[ \t]*\r?$", re.M)


def count_parts(data: bytes, ctx: ReadContext) -> int:
    """The MIME parts ``data`` declares, counted on the bytes before parsing: a message of
    100,000 parts is refused at once, not after the parser built them all."""
    boundaries = {a or b for a, b in _BOUNDARY.findall(data)}
    if len(boundaries) > ctx.limits.max_email_parts:
        raise unsafe(ctx.name, _("it has more than {n} parts").format(
            n=ctx.limits.max_email_parts))
    if not boundaries:
        return 1
    parts = sum(1 for m in _DELIMITER.finditer(data) if m.group(1) in boundaries)
    if parts > ctx.limits.max_email_parts:
        raise unsafe(ctx.name, _("it has more than {n} parts").format(
            n=ctx.limits.max_email_parts))
    return parts


def read_email(data: bytes, ctx: ReadContext, read_attachment: AttachmentReader) -> Document:
    count_parts(data, ctx)
    try:
        message = BytesParser(policy=_POLICY).parsebytes(data)
    except (ValueError, TypeError, LookupError, UnicodeError, IndexError) as exc:
        raise damaged(ctx.name, "email") from exc
    builder = ctx.builder("email")
    subject = str(message.get("subject", "") or "")
    builder.add_block(BlockKind.HEADING, subject)

    parts = list(_walk(message, ctx))
    images = {str(p.get("content-id", "")).strip().strip("<>"): (p.get_content_type(),
                                                                  _payload(p))
              for p in parts if p.get_content_maintype() == "image" and p.get("content-id")}
    html_parts = [p for p in parts if p.get_content_type() == "text/html"
                  and not _is_attachment(p)]
    text_parts = [p for p in parts if p.get_content_type() == "text/plain"
                  and not _is_attachment(p)]
    for part in html_parts or text_parts:
        if html_parts:
            add_html(builder, _text_of(part), ctx, images)
        else:
            add_plain_text(builder, _text_of(part))
    builder.progress(0.5)
    for index, part in enumerate(p for p in parts if p.get_content_maintype() == "image"):
        name = part.get_filename() or _("inline image {n}").format(n=index + 1)
        add_embedded_image(builder, _payload(part), name, ctx.limits,
                           paragraph=builder.paragraph or None)
    for part in parts:
        if part.get_content_maintype() in ("image", "multipart") or not _is_attachment(part):
            continue
        _attachment(builder, part, ctx, read_attachment)
    return builder.build()


def _walk(message: Message, ctx: ReadContext) -> list[Message]:
    """Leaf parts in order, with the nesting and count bounded."""
    leaves: list[Message] = []
    stack: list[tuple[Message, int]] = [(message, 0)]
    seen = 0
    while stack:
        part, depth = stack.pop()
        seen += 1
        if seen > ctx.limits.max_email_parts:
            raise unsafe(ctx.name, _("it has more than {n} parts").format(
                n=ctx.limits.max_email_parts))
        if depth > 50:
            raise unsafe(ctx.name, _("its parts are nested too deeply"))
        if part.is_multipart():
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend((c, depth + 1) for c in reversed(children)
                             if isinstance(c, Message))
        else:
            leaves.append(part)
    return leaves


def _attachment(builder: DocumentBuilder, part: Message, ctx: ReadContext,
                read_attachment: AttachmentReader) -> None:
    name = part.get_filename() or _("attachment")
    data = _payload(part)
    if not data:
        return
    if ctx.depth >= MAX_ATTACHMENT_DEPTH:
        builder.skipped(_("{name} was not read: attachments are nested too deeply").format(
            name=name))
        return
    try:
        kind = detect_kind(data, name, ctx.limits)
        document = read_attachment(data, ReadContext(name, ctx.limits, depth=ctx.depth + 1),
                                   kind)
    except DocumentError as exc:
        builder.skipped(_("attachment not read: {reason}").format(reason=exc.message))
        return
    if not document.blocks and not document.images:
        return
    builder.add_block(BlockKind.HEADING, _("Attachment: {name}").format(name=name))
    builder.extend(document, where=name)

