"""An approved draft joins "Sounds like us" in one step; nothing else does."""

from __future__ import annotations

import pytest

from brandregie.errors import BrandRegieError
from brandregie.models.review import DecisionOutcome
from brandregie.review.own_texts import add_to_own_texts
from brandregie.review.service import ReviewService
from tests.checks.test_voice import HELD_OUT
from tests.review.drafts import checked


def _version(service: ReviewService) -> int:
    return checked(service, HELD_OUT, name="nieuwsbrief.txt")


def test_an_approved_version_joins_the_own_texts_once(service: ReviewService) -> None:
    version_id = _version(service)
    before = service.profiles.snapshot("Bakkerij Korenaar")
    service.decide(version_id, DecisionOutcome.APPROVED)
    saved = add_to_own_texts(service, version_id)
    assert saved.revision == (before.revision or 0) + 1
    own = saved.brand.voice.texts[-1]
    assert own.title == "Nieuwsbrief (version 1)"
    assert own.source == "nieuwsbrief.txt"
    assert "80 broden extra" in own.text and "Kom dus op tijd." in own.text
    assert len(saved.brand.voice.texts) == len(before.brand.voice.texts) + 1
    again = add_to_own_texts(service, version_id)  # a second click adds nothing
    assert again.brand.voice.texts == saved.brand.voice.texts
    history = service.profiles.revisions("Bakkerij Korenaar")
    assert any("Nieuwsbrief (version 1)" in r.note for r in history)


def test_a_version_not_approved_does_not_join(service: ReviewService) -> None:
    version_id = _version(service)
    with pytest.raises(BrandRegieError, match="approved"):
        add_to_own_texts(service, version_id)
    service.decide(version_id, DecisionOutcome.CHANGES_REQUESTED, "Korter graag")
    with pytest.raises(BrandRegieError, match="approved"):
        add_to_own_texts(service, version_id)
    assert service.profiles.snapshot("Bakkerij Korenaar").brand.voice.texts == ()
