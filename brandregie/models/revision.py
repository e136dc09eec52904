"""Revisions: every saved change to a profile, with the whole profile as it was then."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from brandregie.models.base import Base, utcnow


class Revision(Base):
    """Revision ``number`` of a brand: when, by whom, why, and the profile (pack JSON) then.

    ``files`` maps each pack file path of that profile to the SHA-256 of its asset, so a restore
    brings back the exact fonts and logos of the time.
    """

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("brand_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brands.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    author: Mapped[str] = mapped_column(String(200), default="")
    #: What kind of save: ``created``, ``edited``, ``imported`` or ``restored``.
    action: Mapped[str] = mapped_column(String(20), default="edited")
    note: Mapped[str] = mapped_column(Text, default="")
    profile: Mapped[dict[str, Any]]
    files: Mapped[dict[str, Any]] = mapped_column(default=dict)
