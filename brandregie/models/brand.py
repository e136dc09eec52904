"""A brand and every part of its profile, one table per list so each item is its own row.

Scalar parts of a section (why, mission, tone, tolerance, ...) are columns of ``brands``; lists
of objects (values, traits, colours, personas, ...) are child tables ordered by ``position``;
short lists of plain text (proof points, hashtags, motivations) are JSON columns. Font and logo
files live in ``assets``, addressed by their SHA-256, so revisions can point at them for free.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Enum,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from brandregie.models.base import Base, utcnow


class Asset(Base):
    """A file (font, logo) stored once, by content."""

    __tablename__ = "assets"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)


def _children(cls_name: str) -> Any:
    return relationship(cls_name, order_by=f"{cls_name}.position",
                        cascade="all, delete-orphan", passive_deletes=True)


class Brand(Base):
    __tablename__ = "brands"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    #: The revision number of the saved profile; also the optimistic-concurrency guard.
    revision: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    languages: Mapped[list[str]] = mapped_column(default=list)

    # identity
    why: Mapped[str] = mapped_column(Text, default="")
    mission: Mapped[str] = mapped_column(Text, default="")
    vision: Mapped[str] = mapped_column(Text, default="")
    story: Mapped[str] = mapped_column(Text, default="")

    # character and tone
    tone_formal: Mapped[int] = mapped_column(default=3)
    tone_serious: Mapped[int] = mapped_column(default=3)
    tone_respectful: Mapped[int] = mapped_column(default=3)
    tone_enthusiastic: Mapped[int] = mapped_column(default=3)
    address: Mapped[dict[str, Any]] = mapped_column(default=dict)
    max_sentence_words: Mapped[int] = mapped_column(default=20)
    reading_level: Mapped[str] = mapped_column(String(2), default="B1")
    exclamation_marks: Mapped[str] = mapped_column(String(10), default="sparingly")
    emoji: Mapped[str] = mapped_column(String(10), default="sparingly")

    # positioning
    audience: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(Text, default="")
    promise: Mapped[str] = mapped_column(Text, default="")
    difference: Mapped[str] = mapped_column(Text, default="")
    proof_points: Mapped[list[str]] = mapped_column(default=list)

    # vocabulary: cliche policy
    cliches_builtin: Mapped[bool] = mapped_column(default=True)
    cliches_extra: Mapped[list[str]] = mapped_column(default=list)
    cliches_allowed: Mapped[list[str]] = mapped_column(default=list)

    # visual identity
    colour_tolerance: Mapped[float] = mapped_column(default=6.0)
    imagery: Mapped[str] = mapped_column(Text, default="")

    # employer brand
    culture: Mapped[str] = mapped_column(Text, default="")
    hiring_count: Mapped[int | None] = mapped_column(default=None)
    hiring_role: Mapped[str] = mapped_column(Text, default="")
    hiring_by: Mapped[date | None] = mapped_column(default=None)
    advocacy_guidelines: Mapped[str] = mapped_column(Text, default="")
    advocacy_hashtags: Mapped[list[str]] = mapped_column(default=list)
    advocacy_dos: Mapped[list[str]] = mapped_column(default=list)
    advocacy_donts: Mapped[list[str]] = mapped_column(default=list)

    values: Mapped[list[BrandValue]] = _children("BrandValue")
    traits: Mapped[list[Trait]] = _children("Trait")
    competitors: Mapped[list[Competitor]] = _children("Competitor")
    brand_names: Mapped[list[BrandName]] = _children("BrandName")
    preferred_terms: Mapped[list[PreferredTerm]] = _children("PreferredTerm")
    banned_terms: Mapped[list[BannedTerm]] = _children("BannedTerm")
    key_messages: Mapped[list[KeyMessage]] = _children("KeyMessage")
    colours: Mapped[list[Colour]] = _children("Colour")
    fonts: Mapped[list[Font]] = _children("Font")
    logos: Mapped[list[Logo]] = _children("Logo")
    evp_pillars: Mapped[list[EvpPillar]] = _children("EvpPillar")
    personas: Mapped[list[Persona]] = _children("Persona")
    labour_competitors: Mapped[list[LabourCompetitor]] = _children("LabourCompetitor")
    journey_stages: Mapped[list[JourneyStage]] = _children("JourneyStage")
    voice_texts: Mapped[list[VoiceText]] = _children("VoiceText")


class _Item(Base):
    """A row of one of a brand's lists, kept in the owner's order."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brands.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)


class BrandValue(_Item):
    __tablename__ = "brand_values"
    name: Mapped[str] = mapped_column(Text)
    meaning: Mapped[str] = mapped_column(Text, default="")


class Trait(_Item):
    __tablename__ = "traits"
    is_: Mapped[str] = mapped_column("is", Text)
    is_not: Mapped[str] = mapped_column(Text, default="")
    explanation: Mapped[str] = mapped_column(Text, default="")


class Competitor(_Item):
    __tablename__ = "competitors"
    name: Mapped[str] = mapped_column(Text)
    positioning: Mapped[str] = mapped_column(Text, default="")
    how_we_differ: Mapped[str] = mapped_column(Text, default="")


class BrandName(_Item):
    __tablename__ = "brand_names"
    name: Mapped[str] = mapped_column(Text)
    not_: Mapped[list[str]] = mapped_column("not", default=list)


class PreferredTerm(_Item):
    __tablename__ = "preferred_terms"
    use: Mapped[str] = mapped_column(Text)
    not_: Mapped[list[str]] = mapped_column("not", default=list)
    why: Mapped[str] = mapped_column(Text, default="")


class BannedTerm(_Item):
    __tablename__ = "banned_terms"
    term: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text, default="")
    suggest: Mapped[str | None] = mapped_column(Text, default=None)


class KeyMessage(_Item):
    __tablename__ = "key_messages"
    text: Mapped[str] = mapped_column(Text)
    keywords: Mapped[list[str]] = mapped_column(default=list)


class Colour(_Item):
    __tablename__ = "colours"
    name: Mapped[str] = mapped_column(Text)
    hex: Mapped[str] = mapped_column(String(7))
    role: Mapped[str] = mapped_column(Text, default="")


class Font(_Item):
    __tablename__ = "fonts"
    family: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str | None] = mapped_column(Text, default=None)
    asset_sha256: Mapped[str | None] = mapped_column(ForeignKey("assets.sha256"), default=None)


class Logo(_Item):
    __tablename__ = "logos"
    name: Mapped[str] = mapped_column(Text)
    use: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str | None] = mapped_column(Text, default=None)
    asset_sha256: Mapped[str | None] = mapped_column(ForeignKey("assets.sha256"), default=None)


class EvpPillar(_Item):
    __tablename__ = "evp_pillars"
    pillar: Mapped[str] = mapped_column(Text)
    proof: Mapped[str] = mapped_column(Text, default="")


class PersonaKind(enum.StrEnum):
    CUSTOMER = "customer"
    CANDIDATE = "candidate"


class Persona(_Item):
    """A customer persona or a candidate persona (employer brand)."""

    __tablename__ = "personas"
    kind: Mapped[PersonaKind] = mapped_column(
        Enum(PersonaKind, native_enum=False, length=20, name="persona_kind"))
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text, default="")
    motivations: Mapped[list[str]] = mapped_column(default=list)
    frustrations: Mapped[list[str]] = mapped_column(default=list)
    channels: Mapped[list[str]] = mapped_column(default=list)


class LabourCompetitor(_Item):
    __tablename__ = "labour_competitors"
    name: Mapped[str] = mapped_column(Text)
    offer: Mapped[str] = mapped_column(Text, default="")
    how_we_differ: Mapped[str] = mapped_column(Text, default="")


class JourneyStage(_Item):
    __tablename__ = "journey_stages"
    stage: Mapped[str] = mapped_column(Text)
    touchpoint: Mapped[str] = mapped_column(Text, default="")
    experience: Mapped[int] = mapped_column(default=3)
    improvement: Mapped[str | None] = mapped_column(Text, default=None)


class VoiceText(_Item):
    """A "sounds like us" text: the owner's own writing the voice check learns from."""

    __tablename__ = "voice_texts"
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="")
