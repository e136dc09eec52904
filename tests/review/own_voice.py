"""The test bakery's own texts ("Sounds like us") stored as a new revision, for the voice tests
of the review, the card and the home page (their drafts: :func:`tests.review.drafts.checked`)."""

from __future__ import annotations

from brandregie.profile.schema import Voice, VoiceText
from brandregie.profile.service import ProfileService
from brandregie.store.database import Store
from tests.checks.test_voice import OWN
from tests.review.drafts import BRAND


def with_own_texts(store: Store) -> None:
    profiles = ProfileService(store, author="anna")
    current = profiles.snapshot(BRAND)
    assert current.brand_id is not None and current.revision is not None
    texts = tuple(VoiceText(title=f"Tekst {i}", text=t) for i, t in enumerate(OWN, start=1))
    profiles.save(current.brand_id, current.brand.model_copy(update={"voice": Voice(texts=texts)}),
                  base_revision=current.revision)

