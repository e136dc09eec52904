"""The SQLAlchemy 2.0 typed ORM: brands, every part of their profile, revisions and files.

Import every model module here so ``Base.metadata`` is complete for Alembic and tests.
"""

from brandregie.models.base import Base
from brandregie.models.blob import Blob
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
    VoiceText,
)
from brandregie.models.mail import MailKind, MailStatus, SentMail
from brandregie.models.review import (
    Agency,
    AgencyRequest,
    Assignment,
    AssignmentKind,
    AssignmentStatus,
    CheckStatus,
    Decision,
    DecisionOutcome,
    DraftVersion,
    FindingAnswer,
    FindingState,
)
from brandregie.models.revision import Revision

__all__ = [
    "Agency", "AgencyRequest", "Asset", "Assignment", "AssignmentKind", "AssignmentStatus",
    "BannedTerm", "Base", "Blob", "Brand", "BrandName", "BrandValue", "CheckStatus", "Colour",
    "Competitor", "Decision", "DecisionOutcome", "DraftVersion", "EvpPillar", "FindingAnswer",
    "FindingState", "Font", "JourneyStage", "KeyMessage", "LabourCompetitor", "Logo", "MailKind",
    "MailStatus", "Persona", "PersonaKind", "PreferredTerm", "Revision", "SentMail", "Trait",
    "VoiceText",
]
