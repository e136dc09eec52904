"""Revisions: every kept state of a profile, stored small (see ``profile/revision_data.py``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from brandregie.models.base import Base, utcnow


class Revision(Base):
    """Revision ``number`` of a brand: when, by whom, why, and the profile and files then.

    A burst of plain edits by one person is kept as one revision: ``first_number`` and
    ``started_at`` are its first save, ``number`` and ``created_at`` its last, ``saves`` how
    many saves it holds. ``data`` is the pack JSON and the files (pack path -> SHA-256 of the
    asset) compressed: whole when ``base_number`` is None (a keyframe), else a delta against
    revision ``base_number`` of the same brand (the one before it; in stores written before
    that, the keyframe before it). ``kept`` marks a revision something outside
    the history names (an exported document), which a later edit never merges into.
    """

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("brand_id", "number"),
                      # which revisions are stored against which
                      Index("ix_revisions_brand_id_base_number", "brand_id", "base_number"))

    id: Mapped[int] = mapped_column(primary_key=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brands.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    author: Mapped[str] = mapped_column(String(200), default="")
    #: What kind of save: ``created``, ``edited``, ``imported`` or ``restored``.
    action: Mapped[str] = mapped_column(String(20), default="edited")
    note: Mapped[str] = mapped_column(Text, default="")
    first_number: Mapped[int]
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    saves: Mapped[int] = mapped_column(default=1)
    kept: Mapped[bool] = mapped_column(default=False)
    base_number: Mapped[int | None] = mapped_column(default=None)
    data: Mapped[bytes] = mapped_column(LargeBinary)
