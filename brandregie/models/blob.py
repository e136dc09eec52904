"""Files kept once by their content: the agencies' drafts, outside the tables lists read.

A draft version names its file by SHA-256 (``DraftVersion.sha256``); the bytes live here, one
row per distinct file however many versions (of however many assignments) deliver it. A table,
not a folder beside the database: in team mode (PostgreSQL) every client reaches the files
through the server. ``data`` is the file as stored: as delivered (``raw``) or zlib-compressed
where that made it clearly smaller (text, HTML, e-mail; not PDFs or Office files, which are
compressed already). :mod:`brandregie.store.blobs` reads and writes it.
"""

from __future__ import annotations

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from brandregie.models.base import Base


class Blob(Base):
    """One distinct file: its hash, size, how it is stored and the stored bytes."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: The file's own size in bytes.
    size: Mapped[int] = mapped_column(Integer)
    #: ``raw`` or ``zlib``.
    codec: Mapped[str] = mapped_column(String(10), default="raw")
    #: The size of ``data`` (what the file takes in the database).
    stored_size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
