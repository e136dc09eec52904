"""Send a brief or a feedback report to the agency, and keep the log of what went to whom.

Every send is written to the log *before* the server is contacted (status ``sending``) and
updated after: ``sent`` with the time, or ``failed`` with the reason. The whole message, PDF
included, stays in the log, so a failed send is tried again with :meth:`MailService.retry`
and nothing the person wrote is lost.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

from sqlalchemy import select

from brandregie import models as m
from brandregie import secrets
from brandregie.errors import NotFoundError
from brandregie.i18n import _
from brandregie.mail.compose import Attachment, compose
from brandregie.mail.errors import MailError
from brandregie.mail.settings import SmtpSettings, load_settings, password_account
from brandregie.mail.smtp import deliver
from brandregie.models.base import utcnow
from brandregie.models.mail import MailKind, MailStatus
from brandregie.profile.service import current_user
from brandregie.store.database import Store

log = logging.getLogger(__name__)

@dataclass(frozen=True, slots=True)
class SentMailInfo:
    """One line of the sent-mail log (without the message bytes)."""

    id: int
    brand_id: int
    assignment_id: int | None
    kind: MailKind
    profile_revision: int | None
    sender: str
    recipient: str
    subject: str
    attachment_name: str
    attachment_size: int
    message_id: str
    status: MailStatus
    error: str
    attempts: int
    author: str
    created_at: datetime
    sent_at: datetime | None


@dataclass(frozen=True, slots=True)
class Recipient:
    """Whom an assignment's mail goes to: the agency's address and contact person."""

    address: str
    name: str
    agency: str


def _info(row: m.SentMail) -> SentMailInfo:
    return SentMailInfo(row.id, row.brand_id, row.assignment_id, row.kind, row.profile_revision,
                        row.sender, row.recipient, row.subject, row.attachment_name,
                        row.attachment_size, row.message_id, row.status, row.error,
                        row.attempts, row.author, row.created_at, row.sent_at)


class MailService:
    """Sending through the configured SMTP server, logged in the store."""

    def __init__(self, store: Store, *, author: str | None = None,
                 settings: SmtpSettings | None = None) -> None:
        self.store = store
        self.author = author if author is not None else current_user()
        self._settings = settings

    @property
    def settings(self) -> SmtpSettings:
        return self._settings if self._settings is not None else load_settings()

    def recipient_for(self, assignment_id: int) -> Recipient:
        """The agency of an assignment, with its e-mail address (an error if it has none)."""
        with self.store.session() as session:
            assignment = session.get(m.Assignment, assignment_id)
            if assignment is None:
                raise NotFoundError(_("assignment {id} does not exist").format(id=assignment_id))
            agency = assignment.agency
            if agency is None or not agency.email.strip():
                raise NotFoundError(_("“{title}” has no agency with an e-mail address").format(
                    title=assignment.title))
            return Recipient(agency.email.strip(), agency.contact, agency.name)

    def send(self, *, brand_id: int, to: str, subject: str, body: str,
             attachment: Attachment | None, kind: MailKind = MailKind.BRIEF,
             profile_revision: int | None = None, assignment_id: int | None = None,
             to_name: str = "", password: str | None = None) -> SentMailInfo:
        """Compose, log and send one message; :class:`MailError` says why if it failed.

        Without ``password`` the keyring (or this session's memory) is asked. Even when the
        send fails, the message stays in the log for :meth:`retry`.
        """
        settings = self.settings.validate()
        with self.store.session() as session:
            brand = session.get(m.Brand, brand_id)
            if brand is None:
                raise NotFoundError(_("there is no brand “{name}” in this database").format(
                    name=brand_id))
            brand_name = brand.name
        message = compose(settings, to=to, subject=subject, body=body, attachment=attachment,
                          to_name=to_name, brand=brand_name, profile_revision=profile_revision,
                          kind=str(kind))
        data = bytes(message)
        with self.store.session() as session:
            row = m.SentMail(
                brand_id=brand_id, assignment_id=assignment_id, kind=kind,
                profile_revision=profile_revision, sender=settings.sender_address,
                recipient=to.strip(), subject=str(message["Subject"]),
                attachment_name=attachment.filename if attachment else "",
                attachment_sha256=hashlib.sha256(attachment.data).hexdigest()
                if attachment else "",
                attachment_size=len(attachment.data) if attachment else 0,
                message_id=str(message["Message-ID"]), message=data,
                status=MailStatus.SENDING, author=self.author)
            session.add(row)
            session.flush()
            entry_id = row.id
        return self._attempt(entry_id, message, settings, password)

    def retry(self, entry_id: int, *, password: str | None = None) -> SentMailInfo:
        """Send a logged message again (after a failure), exactly as it was composed."""
        settings = self.settings.validate()
        message = self.message(entry_id)
        return self._attempt(entry_id, message, settings, password)

    def message(self, entry_id: int) -> EmailMessage:
        """The logged message, e.g. to save as ``.eml`` or to show what was sent."""
        with self.store.session() as session:
            row = session.get(m.SentMail, entry_id)
            if row is None:
                raise NotFoundError(_("there is no sent mail {id}").format(id=entry_id))
            data = row.message
        parsed = email.message_from_bytes(data, policy=email.policy.SMTP)
        assert isinstance(parsed, EmailMessage)
        return parsed

    def history(self, brand_id: int | None = None, *, assignment_id: int | None = None
                ) -> list[SentMailInfo]:
        """The log, newest first; for one brand or one assignment if given."""
        query = select(m.SentMail).order_by(m.SentMail.created_at.desc(), m.SentMail.id.desc())
        if brand_id is not None:
            query = query.where(m.SentMail.brand_id == brand_id)
        if assignment_id is not None:
            query = query.where(m.SentMail.assignment_id == assignment_id)
        with self.store.session() as session:
            return [_info(row) for row in session.scalars(query)]

    def _attempt(self, entry_id: int, message: EmailMessage, settings: SmtpSettings,
                 password: str | None) -> SentMailInfo:
        if password is None:
            password = secrets.get_secret(password_account(settings))
        error: MailError | None = None
        try:
            deliver(settings, password, message)
        except MailError as exc:
            error = exc
        with self.store.session() as session:
            row = session.get(m.SentMail, entry_id)
            assert row is not None
            row.attempts += 1
            if error is None:
                row.status, row.error, row.sent_at = MailStatus.SENT, "", utcnow()
            else:
                row.status, row.error = MailStatus.FAILED, secrets.redact(error.message)
            info = _info(row)
        if error is not None:
            error.entry_id = entry_id
            log.warning("mail %d to %s not sent (%s): %s", entry_id, info.recipient,
                        error.failure, error.message)
            raise error
        log.info("mail %d sent to %s (%s, profile revision %s)", entry_id, info.recipient,
                 info.subject, info.profile_revision)
        return info
