"""The SQLAlchemy 2.0 typed ORM: brands, every part of their profile, revisions and files.

Import every model module here so ``Base.metadata`` is complete for Alembic and tests.
"""

from brandregie.models.base import Base
from brandregie.models.brand import (
    Asset,
    BannedTerm,
    Brand,
    BrandName,
    BrandValue,
    Colour,
    Competitor,
    EvpPillar,
    Font,
    JourneyStage,
    KeyMessage,
    LabourCompetitor,
    Logo,
    Persona,
    PersonaKind,
    PreferredTerm,
    Trait,
)
from brandregie.models.revision import Revision

__all__ = [
    "Asset", "BannedTerm", "Base", "Brand", "BrandName", "BrandValue", "Colour", "Competitor",
    "EvpPillar", "Font", "JourneyStage", "KeyMessage", "LabourCompetitor", "Logo", "Persona",
    "PersonaKind", "PreferredTerm", "Revision", "Trait",
]
