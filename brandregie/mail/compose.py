"""Compose a message to the agency: clear headers, the person's text, the PDF attached."""

from __future__ import annotations

import email.policy
import re
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path

from brandregie import __version__
from brandregie.i18n import _, translator
from brandregie.mail.errors import Failure, MailError
from brandregie.mail.settings import SmtpSettings

#: Headers that tie a message to the brand and profile revision it was made from.
BRAND_HEADER = "X-BrandRegie-Brand"
REVISION_HEADER = "X-BrandRegie-Profile-Revision"
KIND_HEADER = "X-BrandRegie-Kind"

_ADDRESS = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\".]{2,}$")


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file to attach: its name as the agency sees it, its bytes and MIME type."""

    filename: str
    data: bytes
    mime: str = "application/pdf"

    @classmethod
    def from_path(cls, path: Path | str, mime: str = "application/pdf") -> Attachment:
        path = Path(path)
        return cls(path.name, path.read_bytes(), mime)


def check_address(address: str) -> str:
    """``address`` stripped, if it looks like one e-mail address; else a clear error."""
    address = address.strip()
    if not _ADDRESS.match(address):
        raise MailError(_("“{address}” is not an e-mail address").format(address=address),
                        Failure.SETTINGS)
    return address


def compose(settings: SmtpSettings, *, to: str, subject: str, body: str,
            attachment: Attachment | None = None, to_name: str = "", brand: str = "",
            profile_revision: int | None = None, kind: str = "") -> EmailMessage:
    """A ready-to-send message from the configured sender to ``to``.

    Header values with line breaks are refused by the e-mail library, so nothing the person
    types can inject headers.
    """
    sender = check_address(settings.sender_address)
    recipient = check_address(to)
    if not subject.strip():
        raise MailError(_("the message has no subject"), Failure.SETTINGS)
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = formataddr((settings.sender_name, sender)) if settings.sender_name \
        else sender
    message["To"] = str(Address(display_name=to_name, addr_spec=recipient)) if to_name \
        else recipient
    message["Subject"] = " ".join(subject.split())
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[1])
    message["X-Mailer"] = f"BrandRegie {__version__}"
    if brand:
        message[BRAND_HEADER] = " ".join(brand.split())
    if profile_revision is not None:
        message[REVISION_HEADER] = str(profile_revision)
    if kind:
        message[KIND_HEADER] = kind
    message.set_content(body)
    if attachment is not None:
        maintype, _slash, subtype = attachment.mime.partition("/")
        message.add_attachment(attachment.data, maintype=maintype,
                               subtype=subtype or "octet-stream", filename=attachment.filename)
    return message


def default_texts(kind: str, *, brand: str, title: str, contact: str = "", sender_name: str = "",
                  lang: str | None = None) -> tuple[str, str]:
    """A subject and a friendly body for a brief or a feedback report, for the person to edit."""
    tr = translator(lang)
    greeting = (tr("Hello {name},").format(name=contact) if contact else tr("Hello,"))
    if kind == "feedback":
        subject = tr("Feedback on {title} ({brand})").format(title=title, brand=brand)
        text = tr("Attached is our feedback on “{title}”. The report lists each point with "
                  "the passage it is about. Let us know if anything is unclear.").format(
            title=title)
    else:
        subject = tr("Brief: {title} ({brand})").format(title=title, brand=brand)
        text = tr("Attached is the brief for “{title}”, with our brand guidelines for this "
                  "job. Questions are welcome before you start.").format(title=title)
    closing = tr("Kind regards,")
    body = f"{greeting}\n\n{text}\n\n{closing}\n{sender_name or brand}\n"
    return subject, body
