"""The review service: assignments, versions, answers and decisions, as the owner uses them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from brandregie.errors import BrandRegieError, StoreError
from brandregie.models.review import (
    AssignmentKind,
    AssignmentStatus,
    CheckStatus,
    DecisionOutcome,
    FindingAnswer,
)
from brandregie.profile.service import ProfileService
from brandregie.review.service import DuplicateDraftError, ReviewService
from brandregie.store.database import Store, open_store
from tests.review.drafts import check_version

V1 = ["Bij Korenaar ontzorgen we je graag met goedkoop brood.",
      "Kom langs in de winkel en proef het zelf."]
V2 = ["Bij Korenaar bakken we elke dag vers brood, met de hand gebakken.",
      "Wij ontzorgen je ook op zondag.",
      "Bestel nu uw taart, vers uit onze fabriek."]


def _assignment(service: ReviewService) -> int:
    agency = service.add_agency("Studio Deeg", "Sanne", "sanne@deeg.nl")
    return service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief mei",
                                     kind=AssignmentKind.NEWSLETTER, agency_id=agency.id,
                                     due=date(2027, 5, 1), brief="Over het nieuwe roggebrood").id


def test_an_assignment_starts_briefed_and_names_its_agency(service: ReviewService) -> None:
    info = service.assignment(_assignment(service))
    assert info.status is AssignmentStatus.BRIEFED
    assert info.agency_name == "Studio Deeg"
    assert info.brand_name == "Bakkerij Korenaar"
    assert info.versions == 0


def test_agency_names_are_unique_and_required(service: ReviewService) -> None:
    service.add_agency("Studio Deeg")
    with pytest.raises(StoreError, match="already exists"):
        service.add_agency("studio deeg")
    with pytest.raises(BrandRegieError):
        service.add_agency("   ")


def test_each_dropped_file_becomes_the_next_version_with_its_bytes(
        service: ReviewService) -> None:
    assignment = _assignment(service)
    first = service.add_version(assignment, "/tmp/concept.docx", b"first")
    second = service.add_version(assignment, "concept-v2.docx", b"second")
    assert (first.number, second.number) == (1, 2)
    assert first.file_name == "concept.docx"
    assert first.check_status is CheckStatus.PENDING
    assert service.version_data(second.id) == ("concept-v2.docx", b"second")
    assert len(first.sha256) == 64 and first.sha256 != second.sha256
    assert service.assignment(assignment).status is AssignmentStatus.DRAFT_RECEIVED


def test_the_same_file_twice_is_not_a_new_version(service: ReviewService) -> None:
    assignment = _assignment(service)
    service.add_version(assignment, "concept.docx", b"same bytes")
    with pytest.raises(DuplicateDraftError, match="same file as version 1") as caught:
        service.add_version(assignment, "concept-kopie.docx", b"same bytes")
    assert caught.value.version == 1
    assert len(service.versions(assignment)) == 1


def test_an_empty_file_is_refused(service: ReviewService) -> None:
    with pytest.raises(BrandRegieError, match="empty"):
        service.add_version(_assignment(service), "leeg.txt", b"")


def test_a_checked_version_is_in_review_with_findings_and_score(
        service: ReviewService) -> None:
    assignment = _assignment(service)
    version = service.add_version(assignment, "concept.txt", b"x")
    check_version(service, version.id, V1)
    review = service.review(version.id)
    assert review.version.check_status is CheckStatus.DONE
    assert review.version.profile_revision == 1
    assert review.assignment.status is AssignmentStatus.IN_REVIEW
    rules = {f.finding.rule for f in review.findings}
    assert "terminology.banned" in rules
    assert review.report is not None and review.effective is not None
    assert review.version.score == review.report.score < 100
    assert review.draft is not None and review.draft.text.startswith("Bij Korenaar")


def test_dismissing_a_finding_keeps_the_reason_and_raises_the_score(
        service: ReviewService) -> None:
    version = service.add_version(_assignment(service), "concept.txt", b"x")
    check_version(service, version.id, V1)
    before = service.review(version.id)
    target = next(f for f in before.findings if f.finding.excerpt == "goedkoop")
    answered = service.answer(version.id, target.key, FindingAnswer.DISMISSED,
                              reason="Actieprijs, mag hier")
    assert answered.dismissed and answered.reason == "Actieprijs, mag hier"
    after = service.review(version.id)
    assert after.effective is not None and before.effective is not None
    assert after.effective.score > before.effective.score
    assert target.finding in after.effective.dismissed
    assert after.version.score == after.effective.score
    reopened = service.answer(version.id, target.key, FindingAnswer.OPEN)
    assert reopened.answer is FindingAnswer.OPEN and reopened.reason == ""


def test_a_remark_is_kept_with_the_answer(service: ReviewService) -> None:
    version = service.add_version(_assignment(service), "concept.txt", b"x")
    check_version(service, version.id, V1)
    key = service.review(version.id).findings[0].key
    service.answer(version.id, key, FindingAnswer.ACCEPTED)
    service.set_remark(version.id, key, "Graag aanpassen")
    finding = next(f for f in service.review(version.id).findings if f.key == key)
    assert (finding.answer, finding.remark) == (FindingAnswer.ACCEPTED, "Graag aanpassen")


def test_a_failed_read_is_a_clear_message_on_the_version(service: ReviewService) -> None:
    version = service.add_version(_assignment(service), "kapot.docx", b"x")
    failed = service.save_check_failure(version.id, "kapot.docx is damaged")
    assert failed.check_status is CheckStatus.FAILED
    assert service.review(version.id).version.error == "kapot.docx is damaged"


def test_a_cancelled_recheck_keeps_the_last_good_check(service: ReviewService) -> None:
    version = service.add_version(_assignment(service), "concept.txt", b"x")
    check_version(service, version.id, V1)
    kept = service.save_check_failure(version.id, "cancelled", cancelled=True)
    assert kept.check_status is CheckStatus.DONE


def test_banning_a_word_makes_a_new_profile_revision(service: ReviewService,
                                                     store: Store) -> None:
    assignment = _assignment(service)
    snapshot = service.ban_word(assignment, "deegwonder", why="Te vaag")
    assert snapshot.revision == 2
    assert any(b.term == "deegwonder" and b.why == "Te vaag"
               for b in snapshot.brand.vocabulary.banned)
    history = ProfileService(store).revisions("Bakkerij Korenaar")
    assert "deegwonder" in history[0].note and "Nieuwsbrief mei" in history[0].note
    allowed = service.allow_word(assignment, "deegwonder")
    assert allowed.revision == 3
    assert not any(b.term == "deegwonder" for b in allowed.brand.vocabulary.banned)


def test_a_recheck_after_banning_finds_the_word_against_the_new_revision(
        service: ReviewService) -> None:
    assignment = _assignment(service)
    version = service.add_version(assignment, "concept.txt", b"x")
    text = ["Proef de deegwonder van ons brood."]
    check_version(service, version.id, text)
    assert not any(f.finding.excerpt == "deegwonder"
                   for f in service.review(version.id).findings)
    service.ban_word(assignment, "deegwonder")
    check_version(service, version.id, text)
    review = service.review(version.id)
    assert review.version.profile_revision == 2
    assert any(f.finding.rule == "terminology.banned" and f.finding.excerpt == "deegwonder"
               for f in review.findings)


def test_asking_for_changes_needs_a_summary_and_is_kept(service: ReviewService) -> None:
    assignment = _assignment(service)
    version = service.add_version(assignment, "concept.txt", b"x")
    check_version(service, version.id, V1)
    with pytest.raises(BrandRegieError):
        service.decide(version.id, DecisionOutcome.CHANGES_REQUESTED, "  ")
    decision = service.decide(version.id, DecisionOutcome.CHANGES_REQUESTED,
                              "Haal de holle woorden eruit")
    assert decision.version_number == 1 and decision.author == "anna"
    assert service.assignment(assignment).status is AssignmentStatus.CHANGES_REQUESTED
    second = service.add_version(assignment, "concept-v2.txt", b"y")
    assert service.assignment(assignment).status is AssignmentStatus.DRAFT_RECEIVED
    check_version(service, second.id, V2)
    service.decide(second.id, DecisionOutcome.APPROVED)
    assert service.assignment(assignment).status is AssignmentStatus.APPROVED
    assert [d.outcome for d in service.decisions(assignment)] == [
        DecisionOutcome.CHANGES_REQUESTED, DecisionOutcome.APPROVED]


def test_version_two_shows_what_was_fixed_new_and_remaining(service: ReviewService) -> None:
    assignment = _assignment(service)
    first = service.add_version(assignment, "v1.txt", b"1")
    check_version(service, first.id, V1)
    second = service.add_version(assignment, "v2.txt", b"2")
    check_version(service, second.id, V2)
    comparison = service.compare_with_previous(second.id)
    assert comparison is not None
    assert (comparison.old_number, comparison.new_number) == (1, 2)
    assert "goedkoop" in {f.excerpt for f in comparison.fixed}
    assert "ontzorgen" in {new.excerpt for _, new in comparison.remaining}
    assert "tone.address" in {f.rule for f in comparison.new}
    assert "fabriek" in {f.excerpt for f in comparison.new}
    assert service.compare_with_previous(first.id) is None


def test_a_dismissal_carries_over_to_the_next_version_where_the_finding_remains(
        service: ReviewService) -> None:
    assignment = _assignment(service)
    first = service.add_version(assignment, "v1.txt", b"1")
    check_version(service, first.id, V1)
    target = next(f for f in service.review(first.id).findings
                  if f.finding.excerpt == "ontzorgen")
    service.answer(first.id, target.key, FindingAnswer.DISMISSED, reason="Citaat klant")
    second = service.add_version(assignment, "v2.txt", b"2")
    check_version(service, second.id, V2)
    carried = next(f for f in service.review(second.id).findings
                   if f.finding.excerpt == "ontzorgen")
    assert carried.dismissed and carried.reason == "Citaat klant" and carried.carried_from == 1


def test_requests_and_assignments_due_soon_or_overdue(service: ReviewService) -> None:
    today = date(2027, 4, 28)
    assignment = _assignment(service)  # due 2027-05-01: in 3 days
    late = service.create_assignment("Bakkerij Korenaar", "Vacature bakker",
                                     kind=AssignmentKind.VACANCY, due=today - timedelta(days=2))
    later = service.create_assignment("Bakkerij Korenaar", "Website", due=date(2027, 6, 1))
    done = service.create_assignment("Bakkerij Korenaar", "Post", due=today - timedelta(days=9))
    version = service.add_version(done.id, "post.txt", b"p")
    check_version(service, version.id, ["Vers brood."])
    service.decide(version.id, DecisionOutcome.APPROVED)
    friday = service.add_request(assignment, "Input voor de nieuwsbrief", today + timedelta(2))
    old = service.add_request(later.id, "Foto's aanleveren", today - timedelta(days=1))
    service.add_request(later.id, "Logo in hoge resolutie", today - timedelta(days=5))
    service.set_request_done(service.requests(later.id)[0].id)  # the oldest, "Logo ..."

    deadlines = service.deadlines(today, within_days=3)
    assert [(i.kind, i.id) for i in deadlines.overdue] == [("assignment", late.id),
                                                           ("request", old.id)]
    assert deadlines.overdue[0].days_left == -2
    assert [(i.kind, i.id) for i in deadlines.due_soon] == [("request", friday.id),
                                                            ("assignment", assignment)]
    assert deadlines.due_soon[1].agency_name == "Studio Deeg"
    assert [r.text for r in service.requests(open_only=True)] == [
        "Foto's aanleveren", "Input voor de nieuwsbrief"]


def test_everything_is_still_there_after_reopening_the_database(
        service: ReviewService, store: Store, store_url: str) -> None:
    assignment = _assignment(service)
    version = service.add_version(assignment, "concept.txt", b"draft bytes")
    check_version(service, version.id, V1)
    key = service.review(version.id).findings[0].key
    service.answer(version.id, key, FindingAnswer.DISMISSED, reason="Bewust")
    service.decide(version.id, DecisionOutcome.CHANGES_REQUESTED, "Korter graag")
    service.add_request(assignment, "Input", date(2027, 4, 30))
    store.close()
    with open_store(store_url) as reopened:
        again = ReviewService(reopened)
        review = again.review(version.id)
        assert review.assignment.status is AssignmentStatus.CHANGES_REQUESTED
        assert next(f for f in review.findings if f.key == key).reason == "Bewust"
        assert again.version_data(version.id) == ("concept.txt", b"draft bytes")
        assert again.decisions(assignment)[0].summary == "Korter graag"
        assert again.requests(assignment)[0].due == date(2027, 4, 30)
