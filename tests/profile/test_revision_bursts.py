"""A burst of autosaves is one revision, stored small and restored exactly; references and
colleagues' bases are respected (SQLite and PostgreSQL)."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from brandregie import models as m
from brandregie.errors import ConflictError, NotFoundError
from brandregie.models.mail import MailKind, MailStatus
from brandregie.profile import schema as s
from brandregie.profile.conflict import explain_conflict, save_resolved
from brandregie.profile.revision_data import KEYFRAME_EVERY
from brandregie.profile.revision_store import BURST_GAP, BURST_SPAN
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.store import blobs
from brandregie.store.database import Store, open_store
from tests.clock import Clock

WORDS = ("vers", "brood", "elke", "ochtend", "uit", "de", "oven", "van", "de", "buurt", "met",
         "liefde", "gebakken")


def typed(brand: s.Brand, step: int) -> s.Brand:
    """The brand after ``step`` keystrokes of editing: the story grows a word at a time and
    now and then a colour or a value changes, as an owner edits."""
    story = " ".join(WORDS[i % len(WORDS)] for i in range(step % 40 + 1))
    identity = brand.identity.model_copy(update={"story": f"{step // 40}: {story}"})
    update: dict[str, object] = {"identity": identity}
    if step % 9 == 0:
        first = brand.visual.colours[0].model_copy(update={"hex": f"#{step % 0xFFFFFF:06X}"})
        update["visual"] = brand.visual.model_copy(
            update={"colours": (first, *brand.visual.colours[1:])})
    if step % 25 == 0:
        identity = identity.model_copy(update={"values": (
            *identity.values, s.Value(name=f"Waarde {step}", meaning="Betekenis"))})
        update["identity"] = identity
    return brand.model_copy(update=update)


def _start(store: Store, sample: s.Brand, clock: Clock, author: str = "anna"
           ) -> tuple[ProfileService, ProfileSnapshot]:
    service = ProfileService(store, author=author, clock=clock)
    return service, service.create(sample)


def _save(service: ProfileService, snap: ProfileSnapshot, brand: s.Brand,
          note: str = "") -> ProfileSnapshot:
    assert snap.brand_id is not None and snap.revision is not None
    return service.save(snap.brand_id, brand, base_revision=snap.revision, note=note)


def test_a_burst_of_autosaves_by_one_person_is_one_revision(
        sample_snapshot: ProfileSnapshot, db_url: str) -> None:
    clock = Clock(timedelta(seconds=2))
    with open_store(db_url) as store:
        service, snap = _start(store, sample_snapshot.brand, clock)
        for step in range(1, 31):
            snap = _save(service, snap, typed(snap.brand, step))
        assert snap.revision == 31  # the number still moves on with every save
        assert [(r.number, r.first, r.saves, r.action) for r in service.revisions(1)] == [
            (31, 2, 30, "edited"), (1, 1, 1, "created")]
        assert service.snapshot(1, 31).brand == snap.brand
        with pytest.raises(NotFoundError):
            service.snapshot(1, 15)  # merged into the burst


def test_a_pause_a_long_burst_another_person_or_a_named_save_starts_a_new_revision(
        sample_snapshot: ProfileSnapshot, db_url: str) -> None:
    clock = Clock(timedelta(seconds=30))
    with open_store(db_url) as store:
        service, snap = _start(store, sample_snapshot.brand, clock)
        snap = _save(service, snap, typed(snap.brand, 1))  # 2
        clock.wait(BURST_GAP)
        snap = _save(service, snap, typed(snap.brand, 2))  # 3: after a pause
        for step in range(3, 3 + int(BURST_SPAN / timedelta(seconds=30)) + 1):
            snap = _save(service, snap, typed(snap.brand, step))  # the span closes once
        bram = ProfileService(store, author="bram", clock=clock)
        snap = _save(bram, snap, typed(snap.brand, 100))
        snap = _save(bram, snap, typed(snap.brand, 101), note="banned word oven")
        snap = _save(bram, snap, typed(snap.brand, 102))
        kept = [(r.first, r.number, r.author) for r in service.revisions(1)]
        last = snap.revision
        assert last is not None
        assert kept == [(last, last, "bram"), (last - 1, last - 1, "bram"),
                        (last - 2, last - 2, "bram"), (kept[3][0], last - 3, "anna"),
                        (3, kept[3][0] - 1, "anna"), (2, 2, "anna"), (1, 1, "anna")]


def test_a_revision_an_export_a_check_or_a_mail_names_is_never_merged_into(
        sample_snapshot: ProfileSnapshot, db_url: str) -> None:
    clock = Clock(timedelta(seconds=5))
    with open_store(db_url) as store:
        service, snap = _start(store, sample_snapshot.brand, clock)
        snap = _save(service, snap, typed(snap.brand, 1))
        service.keep(1, 2)  # a brief was exported from revision 2
        snap = _save(service, snap, typed(snap.brand, 2))
        with store.session() as session:
            agency = m.Agency(name="Studio Deeg", email="sanne@deeg.test")
            session.add(agency)
            session.flush()
            job = m.Assignment(brand_id=1, agency_id=agency.id, title="Vacature")
            session.add(job)
            session.flush()
            session.add(m.DraftVersion(assignment_id=job.id, number=1, file_name="v1.txt",
                                       sha256=blobs.put(session, b"tekst"), size=5,
                                       profile_revision=3))
        snap = _save(service, snap, typed(snap.brand, 3))
        with store.session() as session:
            session.add(m.SentMail(brand_id=1, kind=MailKind.BRIEF, profile_revision=4,
                                   sender="a@k.test", recipient="s@deeg.test", subject="Brief",
                                   message=b"x", status=MailStatus.SENT))
        snap = _save(service, snap, typed(snap.brand, 4))
        snap = _save(service, snap, typed(snap.brand, 5))  # this one merges with 5
        assert [(r.first, r.number) for r in service.revisions(1)] == [
            (5, 6), (4, 4), (3, 3), (2, 2), (1, 1)]


def test_a_colleague_whose_base_was_merged_into_a_burst_is_refused_and_loses_nothing(
        sample_snapshot: ProfileSnapshot, db_url: str) -> None:
    clock = Clock(timedelta(seconds=3))
    with open_store(db_url) as one, open_store(db_url) as two:
        anna, snap = _start(one, sample_snapshot.brand, clock)
        first = snap.brand
        snap = _save(anna, snap, first.model_copy(update={"identity": first.identity
                                                          .model_copy(update={"why": "A"})}))
        bram = ProfileService(two, author="bram", clock=clock)
        brams = bram.snapshot(1)  # Bram opens revision 2
        snap = _save(anna, snap, snap.brand.model_copy(update={
            "identity": snap.brand.identity.model_copy(update={"mission": "Anna's missie"})}))
        assert [r.number for r in anna.revisions(1)] == [3, 1]  # 2 merged into 3
        mine = brams.brand.model_copy(update={"identity": brams.brand.identity.model_copy(
            update={"vision": "Bram's visie"})})
        with pytest.raises(ConflictError):
            _save(bram, brams, mine)
        conflict = explain_conflict(bram, 1, mine, 2)
        assert conflict.base == first  # the burst's start
        assert conflict.merges_cleanly
        merged = save_resolved(bram, conflict)
        assert (merged.brand.identity.why, merged.brand.identity.mission,
                merged.brand.identity.vision) == ("A", "Anna's missie", "Bram's visie")


def test_many_bursts_restore_exactly_and_take_little_room(
        sample_snapshot: ProfileSnapshot, db_url: str) -> None:
    clock = Clock(timedelta(seconds=4))
    saved: dict[int, s.Brand] = {}
    with open_store(db_url) as store:
        service, snap = _start(store, sample_snapshot.brand, clock)
        saved[1] = snap.brand
        for step in range(1, 141):
            snap = _save(service, snap, typed(snap.brand, step))
            assert snap.revision is not None
            saved[snap.revision] = snap.brand
            if step % 2 == 0:
                clock.wait(BURST_GAP)  # a burst of two saves, then a pause
        kept = service.revisions(1, limit=None)
        assert len(kept) == 71 and len(kept) > KEYFRAME_EVERY
        for info in kept:  # every kept revision, read back exactly as it was saved
            assert service.snapshot(1, info.number).brand == saved[info.number]
        with store.session() as session:
            stored = session.scalar(select(func.sum(func.length(m.Revision.data))))
            keyframes = session.scalar(select(func.count()).where(
                m.Revision.base_number.is_(None)))
        assert stored is not None and stored / len(kept) <= 1024
        assert keyframes is not None and 2 <= keyframes <= len(kept) // KEYFRAME_EVERY + 3


def test_the_history_is_read_a_page_at_a_time(sample_snapshot: ProfileSnapshot,
                                              tmp_path: object) -> None:
    clock = Clock(timedelta(hours=1))
    with open_store(str(tmp_path) + "/b.db") as store:
        service, snap = _start(store, sample_snapshot.brand, clock)
        for step in range(1, 25):
            snap = _save(service, snap, typed(snap.brand, step))
        pages, before = [], None
        while page := service.revisions(1, limit=10, before=before):
            pages.append([r.number for r in page])
            before = page[-1].number
        assert pages == [list(range(25, 15, -1)), list(range(15, 5, -1)), [5, 4, 3, 2, 1]]
        assert [r.number for r in service.revisions(1, after=22)] == [25, 24, 23]


def test_a_revision_the_command_line_reads_from_the_store_is_kept(
        sample_snapshot: ProfileSnapshot, tmp_path: Path) -> None:
    from brandregie.cli.common import load_profile

    db = tmp_path / "b.db"
    clock = Clock(timedelta(seconds=5))
    with open_store(db) as store:
        service, snap = _start(store, sample_snapshot.brand, clock)
        snap = _save(service, snap, typed(snap.brand, 1))
        made = load_profile(argparse.Namespace(pack=None, db=str(db),
                                               brand="Bakkerij Korenaar"))
        assert made.revision == 2  # a brief made now says "profile revision 2"
        snap = _save(service, snap, typed(snap.brand, 2))
        assert [r.number for r in service.revisions(1)] == [3, 2, 1]
