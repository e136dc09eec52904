"""Moving a brand from the local file into a team database and back, with all it owns."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from brandregie import models as m
from brandregie.errors import NotFoundError, StoreError
from brandregie.models.mail import MailKind, MailStatus
from brandregie.profile import schema as s
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.profile.transfer import move_brand
from brandregie.store import blobs
from brandregie.store.database import Store, open_store
from tests.clock import Clock

DRAFT = b"Wij zoeken een bakker. " * 100
FILES = {"fonts/Merriweather.ttf": b"\x00\x01\x00\x00font bytes", "logos/logo.png": b"\x89PNG"}


def _with_files(brand: s.Brand) -> s.Brand:
    visual = brand.visual.model_copy(update={
        "fonts": (brand.visual.fonts[0].model_copy(update={"file": "fonts/Merriweather.ttf"}),
                  *brand.visual.fonts[1:]),
        "logos": (brand.visual.logos[0].model_copy(update={"file": "logos/logo.png"}),)})
    return brand.model_copy(update={"visual": visual})


def _fill(store: Store, sample: s.Brand) -> int:
    """A brand with three revisions (saved an hour apart), files, an assignment with a draft
    and a sent mail."""
    service = ProfileService(store, author="anna", clock=Clock(timedelta(hours=1)))
    first = service.create(_with_files(sample), FILES)
    assert first.brand_id is not None
    second = service.save(first.brand_id, first.brand.model_copy(update={
        "identity": first.brand.identity.model_copy(update={"mission": "Tweede"})}),
        base_revision=1)
    service.save(first.brand_id, second.brand, base_revision=2,
                 files={"logos/logo.png": b"\x89PNG new"})
    with store.session() as session:
        agency = m.Agency(name="Reclamebureau Noord", contact="Joost", email="joost@noord.test")
        session.add(agency)
        session.flush()
        job = m.Assignment(brand_id=first.brand_id, agency_id=agency.id, title="Vacature")
        session.add(job)
        session.flush()
        sha = blobs.put(session, DRAFT)
        session.add(m.DraftVersion(assignment_id=job.id, number=1, file_name="v1.txt",
                                   sha256=sha, size=len(DRAFT)))
        session.add(m.SentMail(brand_id=first.brand_id, assignment_id=job.id,
                               kind=MailKind.BRIEF, profile_revision=3, sender="a@k.test",
                               recipient="joost@noord.test", subject="Brief", message=b"x",
                               status=MailStatus.SENT))
    return first.brand_id


def _count(store: Store, model: type[m.Base]) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _move_there_and_back(local: Store, team: Store, sample: s.Brand) -> None:
    brand_id = _fill(local, sample)
    # the team database already has another brand and the same agency: ids differ there
    ProfileService(team).create(s.Brand(name="Installatiebedrijf Klaassen"))
    with team.session() as session:
        session.add(m.Agency(name="Reclamebureau Noord", email="joost@noord.test"))
    before = ProfileService(local).snapshot(brand_id)
    history = ProfileService(local).revisions(brand_id)

    report = move_brand(local, team, "Bakkerij Korenaar")
    assert report.revisions == 3 and report.removed_from_source
    assert report.rows["revisions"] == 3 and report.rows["draft_versions"] == 1
    shared = ProfileService(team)
    moved = shared.snapshot("Bakkerij Korenaar")
    assert moved.brand == before.brand
    assert dict(moved.files) == dict(before.files)
    assert [(r.number, r.author, r.action, r.created_at) for r in shared.revisions(
        report.target_brand_id)] == [(r.number, r.author, r.action, r.created_at)
                                     for r in history]
    assert shared.snapshot("Bakkerij Korenaar", 1).file("logos/logo.png") == b"\x89PNG"
    with team.session() as session:
        job = session.scalars(select(m.Assignment)).one()
        assert job.brand_id == report.target_brand_id
        assert job.agency is not None and job.agency.name == "Reclamebureau Noord"
        assert [v.file_name for v in job.versions] == ["v1.txt"]
        assert blobs.read(session, job.versions[0].sha256) == DRAFT
        mail = session.scalars(select(m.SentMail)).one()
        assert (mail.brand_id, mail.assignment_id) == (report.target_brand_id, job.id)
    assert _count(team, m.Agency) == 1  # the agency that was there is reused
    with pytest.raises(NotFoundError):
        ProfileService(local).snapshot("Bakkerij Korenaar")
    assert _count(local, m.Revision) == 0 and _count(local, m.Assignment) == 0
    assert _count(local, m.SentMail) == 0
    assert _count(local, m.Blob) == 0  # the draft's file went with it

    back = move_brand(team, local, "Bakkerij Korenaar")
    assert ProfileService(local).snapshot(back.target_brand_id).brand == before.brand
    assert len(ProfileService(local).revisions(back.target_brand_id)) == 3
    assert [b.name for b in ProfileService(team).list_brands()] == ["Installatiebedrijf Klaassen"]
    assert _count(local, m.SentMail) == 1 and _count(local, m.DraftVersion) == 1
    assert _count(local, m.Blob) == 1 and _count(team, m.Blob) == 0


def test_a_brand_moves_between_two_local_files_and_back(
        tmp_path: Path, sample_snapshot: ProfileSnapshot) -> None:
    with open_store(tmp_path / "a.db") as a, open_store(tmp_path / "b.db") as b:
        _move_there_and_back(a, b, sample_snapshot.brand)


@pytest.mark.postgres
def test_a_brand_moves_into_the_team_database_and_back(
        tmp_path: Path, pg_url: str, sample_snapshot: ProfileSnapshot) -> None:
    with open_store(tmp_path / "local.db") as local, open_store(pg_url) as team:
        _move_there_and_back(local, team, sample_snapshot.brand)


def test_a_name_already_taken_in_the_target_is_refused_and_nothing_moves(
        tmp_path: Path, sample_snapshot: ProfileSnapshot) -> None:
    with open_store(tmp_path / "a.db") as a, open_store(tmp_path / "b.db") as b:
        _fill(a, sample_snapshot.brand)
        ProfileService(b).create(s.Brand(name="bakkerij korenaar"))
        with pytest.raises(StoreError, match="already has a brand named “Bakkerij Korenaar”"):
            move_brand(a, b, "Bakkerij Korenaar")
        assert ProfileService(a).snapshot("Bakkerij Korenaar").revision == 3
        assert _count(b, m.Revision) == 1
        with pytest.raises(StoreError, match="already in this database"):
            move_brand(a, a, "Bakkerij Korenaar")


def test_copy_keeps_the_original(tmp_path: Path, sample_snapshot: ProfileSnapshot) -> None:
    with open_store(tmp_path / "a.db") as a, open_store(tmp_path / "b.db") as b:
        _fill(a, sample_snapshot.brand)
        report = move_brand(a, b, "Bakkerij Korenaar", keep_source=True)
        assert not report.removed_from_source
        assert ProfileService(a).snapshot("Bakkerij Korenaar").brand == \
            ProfileService(b).snapshot("Bakkerij Korenaar").brand
