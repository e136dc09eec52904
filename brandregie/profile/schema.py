"""The brand profile as typed, immutable values: the brand pack format 1 (a contract).

Field names follow ``../shared/sample/korenaar.json`` exactly. The same classes validate a pack,
carry a profile snapshot to checks and exports, and serialise a pack again, so there is one
definition of what a profile is. Every model is frozen; lists are tuples.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

PACK_FORMAT = "brandregie-pack"
PACK_VERSION = 1

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def _hex_colour(value: str) -> str:
    if not _HEX.match(value):
        raise PydanticCustomError("colour", '"{value}" is not a colour (expected #RRGGBB)',
                                  {"value": value})
    return value.upper()


Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
HexColour = Annotated[str, AfterValidator(_hex_colour)]
ToneLevel = Annotated[int, Field(ge=1, le=5)]
ReadingLevel = Literal["A2", "B1", "B2", "C1"]
Policy = Literal["never", "sparingly", "free"]
AddressForm = Literal["je", "jij", "u", "you"]
Texts = tuple[str, ...]

READING_LEVELS: tuple[ReadingLevel, ...] = ("A2", "B1", "B2", "C1")
POLICIES: tuple[Policy, ...] = ("never", "sparingly", "free")


class Part(BaseModel):
    """Base of every profile part: frozen, unknown fields ignored, aliases used in JSON."""

    model_config = ConfigDict(frozen=True, extra="ignore", populate_by_name=True,
                              str_strip_whitespace=True, defer_build=True)


class Value(Part):
    name: Name
    meaning: str = ""


class Identity(Part):
    why: str = ""
    mission: str = ""
    vision: str = ""
    values: tuple[Value, ...] = ()
    story: str = ""


class Trait(Part):
    is_: Name = Field(alias="is")
    is_not: str = ""
    explanation: str = ""


class Tone(Part):
    formal: ToneLevel = 3
    serious: ToneLevel = 3
    respectful: ToneLevel = 3
    enthusiastic: ToneLevel = 3


def _default_address() -> dict[str, AddressForm]:
    return {"nl": "je", "en": "you"}


class Character(Part):
    traits: tuple[Trait, ...] = ()
    tone: Tone = Field(default_factory=Tone)
    address: dict[str, AddressForm] = Field(default_factory=_default_address)
    max_sentence_words: Annotated[int, Field(ge=5, le=100)] = 20
    reading_level: ReadingLevel = "B1"
    exclamation_marks: Policy = "sparingly"
    emoji: Policy = "sparingly"


class Competitor(Part):
    name: Name
    positioning: str = ""
    how_we_differ: str = ""


class Positioning(Part):
    audience: str = ""
    category: str = ""
    promise: str = ""
    difference: str = ""
    proof_points: Texts = ()
    competitors: tuple[Competitor, ...] = ()


class BrandName(Part):
    name: Name
    not_: Texts = Field(default=(), alias="not")


class PreferredTerm(Part):
    use: Name
    not_: Texts = Field(default=(), alias="not")
    why: str = ""


class BannedTerm(Part):
    term: Name
    why: str = ""
    suggest: str | None = None


class KeyMessage(Part):
    text: Name
    keywords: Texts = ()


class ClichePolicy(Part):
    builtin: bool = True
    extra: Texts = ()
    allowed: Texts = ()


class Vocabulary(Part):
    brand_names: tuple[BrandName, ...] = ()
    preferred: tuple[PreferredTerm, ...] = ()
    banned: tuple[BannedTerm, ...] = ()
    key_messages: tuple[KeyMessage, ...] = ()
    cliches: ClichePolicy = Field(default_factory=ClichePolicy)


class Colour(Part):
    name: Name
    hex: HexColour
    role: str = ""


class Font(Part):
    family: Name
    role: str = ""
    file: str | None = None


class Logo(Part):
    name: Name
    file: str | None = None
    use: str = ""


class Visual(Part):
    colours: tuple[Colour, ...] = ()
    colour_tolerance: Annotated[float, Field(ge=0, le=100)] = 6.0
    fonts: tuple[Font, ...] = ()
    logos: tuple[Logo, ...] = ()
    imagery: str = ""


class EvpPillar(Part):
    pillar: Name
    proof: str = ""


class HiringGoal(Part):
    count: Annotated[int, Field(ge=0)]
    role: str = ""
    by: date | None = None


class Persona(Part):
    name: Name
    role: str = ""
    motivations: Texts = ()
    frustrations: Texts = ()
    channels: Texts = ()


class LabourCompetitor(Part):
    name: Name
    offer: str = ""
    how_we_differ: str = ""


class JourneyStage(Part):
    stage: Name
    touchpoint: str = ""
    experience: ToneLevel = 3
    improvement: str | None = None


class Advocacy(Part):
    guidelines: str = ""
    hashtags: Texts = ()
    dos: Texts = ()
    donts: Texts = ()


class Employer(Part):
    evp: tuple[EvpPillar, ...] = ()
    culture: str = ""
    hiring_goal: HiringGoal | None = None
    personas: tuple[Persona, ...] = ()
    labour_competitors: tuple[LabourCompetitor, ...] = ()
    candidate_journey: tuple[JourneyStage, ...] = ()
    advocacy: Advocacy = Field(default_factory=Advocacy)


class VoiceText(Part):
    """One text the owner wrote or approved: "this is how we sound"."""

    title: str = ""
    text: Name
    source: str = ""


class Voice(Part):
    """The owner's own texts, from which the ``voice.drift`` check learns how the brand sounds."""

    texts: tuple[VoiceText, ...] = ()


class Brand(Part):
    """A whole brand profile: the ``brand`` object of a pack."""

    name: Name
    languages: tuple[str, ...] = ("nl",)
    identity: Identity = Field(default_factory=Identity)
    character: Character = Field(default_factory=Character)
    positioning: Positioning = Field(default_factory=Positioning)
    vocabulary: Vocabulary = Field(default_factory=Vocabulary)
    visual: Visual = Field(default_factory=Visual)
    employer: Employer = Field(default_factory=Employer)
    personas: tuple[Persona, ...] = ()
    voice: Voice = Field(default_factory=Voice)

    def file_paths(self) -> list[str]:
        """The pack paths of every font and logo file the profile names, in profile order."""
        paths = [f.file for f in self.visual.fonts if f.file]
        paths += [logo.file for logo in self.visual.logos if logo.file]
        return paths


class Pack(Part):
    """The whole ``brand.json`` document."""

    format: Literal["brandregie-pack"]
    version: Literal[1]
    brand: Brand
