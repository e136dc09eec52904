"""The test bakery's own texts ("Sounds like us") stored as a new revision, and a checked
version of a text, for the voice tests of the review, the card and the home page."""

from __future__ import annotations

from brandregie.checks import check_document
from brandregie.ingest.document import Document
from brandregie.profile.schema import Voice, VoiceText
from brandregie.profile.service import ProfileService
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from tests.checks.test_voice import OWN

BRAND = "Bakkerij Korenaar"


def with_own_texts(store: Store) -> None:
    profiles = ProfileService(store, author="anna")
    current = profiles.snapshot(BRAND)
    assert current.brand_id is not None and current.revision is not None
    texts = tuple(VoiceText(title=f"Tekst {i}", text=t) for i, t in enumerate(OWN, start=1))
    profiles.save(current.brand_id, current.brand.model_copy(update={"voice": Voice(texts=texts)}),
                  base_revision=current.revision)


def checked_version(service: ReviewService, text: str, name: str, *, title: str = "Over ons",
                    assignment_id: int | None = None, agency_id: int | None = None) -> int:
    """A version of ``text`` (paragraphs at blank lines) delivered and checked."""
    if assignment_id is None:
        assignment_id = service.create_assignment(BRAND, title, agency_id=agency_id).id
    version = service.add_version(assignment_id, name, text.encode())
    job = service.check_job(version.id)
    document = Document.from_paragraphs(name, text.split("\n\n"), language="nl")
    service.save_check(version.id, check_document(document, job.snapshot, lang="en"), document)
    return version.id
