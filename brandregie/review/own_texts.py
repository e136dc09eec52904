"""An approved draft joins the owner's own texts ("Sounds like us") in one step.

What the owner let through is how the business wants to sound, so the voice check can learn
from it. Only a version the owner approved qualifies; the same words are added once.
"""

from __future__ import annotations

from collections.abc import Iterable

from brandregie.errors import BrandRegieError
from brandregie.i18n import _
from brandregie.models.review import DecisionOutcome
from brandregie.profile.pack import MAX_VOICE_TEXTS
from brandregie.profile.schema import Brand, Voice, VoiceText
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.records import DecisionInfo
from brandregie.review.service import BrandChange, ReviewService


def approved(service: ReviewService, assignment_id: int, version_id: int) -> bool:
    """Whether the owner approved this version (its own decision, not another version's)."""
    return approved_among(service.decisions(assignment_id), version_id)


def approved_among(decisions: Iterable[DecisionInfo], version_id: int) -> bool:
    """:func:`approved`, from the assignment's decisions read already."""
    return any(d.version_id == version_id and d.outcome is DecisionOutcome.APPROVED
               for d in decisions)


def own_text_change(service: ReviewService, version_id: int) -> BrandChange:
    """Adding an approved version's words to its brand's own texts (not yet saved)."""
    review = service.review(version_id)
    assignment, version = review.assignment, review.version
    if not approved(service, assignment.id, version_id):
        raise BrandRegieError(_("only a draft you approved can join your own texts"))
    text = review.draft.text.strip() if review.draft is not None else ""
    if not text:
        raise BrandRegieError(_("this draft has no words to learn from"))
    title = _("{title} (version {n})").format(title=assignment.title, n=version.number)
    own = VoiceText(title=title, text=text, source=version.file_name)

    def add(brand: Brand) -> Brand:
        if any(t.text.strip() == text for t in brand.voice.texts):
            return brand  # added before: once is enough
        if len(brand.voice.texts) >= MAX_VOICE_TEXTS:
            raise BrandRegieError(_("your own texts are full ({n}); remove one first")
                                  .format(n=MAX_VOICE_TEXTS))
        return brand.model_copy(update={"voice": Voice(texts=(*brand.voice.texts, own))})

    return BrandChange(assignment.brand_id,
                       _("added “{title}” to your own texts").format(title=title), add)


def add_to_own_texts(service: ReviewService, version_id: int) -> ProfileSnapshot:
    """Add the approved version's words to its brand's own texts, as the next revision."""
    return service.save_word_change(own_text_change(service, version_id))
