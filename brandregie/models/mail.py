"""The sent-mail log: what went to whom, when, about which profile revision, and how it went.

Each row keeps the whole message as it was handed to the mail server (RFC 5322 bytes, PDF
attachment included), so a send that failed can be tried again later and nothing is lost. A row
is written as ``sending`` *before* the server is contacted, so even a crash mid-send leaves a
trace. Passwords never reach this table.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from brandregie.models.base import Base, utcnow


class MailKind(enum.StrEnum):
    BRIEF = "brief"
    FEEDBACK = "feedback"
    OTHER = "other"


class MailStatus(enum.StrEnum):
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class SentMail(Base):
    __tablename__ = "sent_mail"

    id: Mapped[int] = mapped_column(primary_key=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brands.id", ondelete="CASCADE"), index=True)
    assignment_id: Mapped[int | None] = mapped_column(
        ForeignKey("assignments.id", ondelete="SET NULL"), index=True, default=None)
    kind: Mapped[MailKind] = mapped_column(
        Enum(MailKind, native_enum=False, length=20, name="mail_kind",
             values_callable=lambda e: [m.value for m in e]))
    #: The profile revision the attachment was made from.
    profile_revision: Mapped[int | None] = mapped_column(Integer, default=None)
    sender: Mapped[str] = mapped_column(String(320))
    recipient: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text)
    attachment_name: Mapped[str] = mapped_column(Text, default="")
    attachment_sha256: Mapped[str] = mapped_column(String(64), default="")
    attachment_size: Mapped[int] = mapped_column(Integer, default=0)
    message_id: Mapped[str] = mapped_column(String(255), default="")
    message: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[MailStatus] = mapped_column(
        Enum(MailStatus, native_enum=False, length=20, name="mail_status",
             values_callable=lambda e: [m.value for m in e]), default=MailStatus.SENDING)
    #: Why the last attempt failed, in the words shown to the person.
    error: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
