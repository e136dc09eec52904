"""Benchmark team mode: a save on PostgreSQL vs the local file, many people saving at once,
moving a brand into the team database, and sending a brief by mail.

Run: ``source scripts/services.sh; start_postgres; .venv/bin/python bench/bench_team.py``
(or ``--url postgresql+psycopg://...``). Without a PostgreSQL server only the SQLite and mail
figures are printed. Goals: a save on a LAN-like PostgreSQL well under 0.1 s (the autosave
runs off the GUI thread, but the person waits for it on close); with four people saving as fast
as they can every save lands (conflicts resolved and retried), none lost; a brand with a long
history moves in about a second; a brief with a PDF goes out in well under a second on a local
server. Everything runs on 127.0.0.1 only, bounded in count.

``--open URL`` measures an existing team database instead (e.g. the five-year store built by
``bench_years.py --db``): opening its busiest and its newest assignment as the window does,
the Assignments page's reads (on the GUI thread) and the review's (on a worker), each with its
milliseconds and its exact round trips to the server, checkouts and new connections (libpq's
trace, ``bench/round_trips.py``). Goal: a handful of round trips per open, one checkout each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from brandregie.errors import ConflictError  # noqa: E402
from brandregie.paths import sample_pack  # noqa: E402
from brandregie.profile import schema as s  # noqa: E402
from brandregie.profile.conflict import explain_conflict  # noqa: E402
from brandregie.profile.pack import read_pack  # noqa: E402
from brandregie.profile.service import ProfileService  # noqa: E402
from brandregie.profile.transfer import move_brand  # noqa: E402
from brandregie.store.database import open_store  # noqa: E402


def _mission(brand: s.Brand, value: str) -> s.Brand:
    return brand.model_copy(update={"identity": brand.identity.model_copy(
        update={"mission": value})})


def _add_value(brand: s.Brand, name: str) -> s.Brand:
    values = (*brand.identity.values, s.Value(name=name))
    return brand.model_copy(update={"identity": brand.identity.model_copy(
        update={"values": values})})


def _fresh_schema(server: str) -> tuple[str, str]:
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    engine = create_engine(server)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    url = make_url(server).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False), schema


def _drop_schema(server: str, schema: str) -> None:
    engine = create_engine(server)
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


def save_latency(db: str, saves: int) -> tuple[float, float]:
    """Median seconds of one save (a new revision) by one person; round trips per save (on
    PostgreSQL, else 0)."""
    from bench.round_trips import RoundTrips

    brand = read_pack(sample_pack()).brand
    with open_store(db) as store:
        counter = None if store.is_sqlite else RoundTrips(store.engine)
        service = ProfileService(store)
        snap = service.create(brand)
        assert snap.brand_id is not None and snap.revision is not None
        times = []
        brand_id, revision = snap.brand_id, snap.revision
        counted = counter.tally() if counter is not None else None
        for n in range(saves):
            start = time.perf_counter()
            snap = service.save(brand_id, _mission(snap.brand, f"missie {n}"),
                                base_revision=revision)
            times.append(time.perf_counter() - start)
            assert snap.revision is not None
            revision = snap.revision
        trips = (counter.tally() - counted).round_trips / saves \
            if counter is not None and counted is not None else 0.0
    return statistics.median(times), trips


def concurrent_saves(db: str, people: int, each: int) -> tuple[float, int, int, int]:
    """Seconds for ``people`` x ``each`` saves at once; conflicts met; revisions made; lost."""
    brand = read_pack(sample_pack()).brand
    with open_store(db) as setup:
        first = ProfileService(setup).create(brand)
    assert first.brand_id is not None
    brand_id = first.brand_id
    conflicts = [0] * people
    done = [0] * people

    def person(i: int) -> None:
        with open_store(db) as store:
            service = ProfileService(store, author=f"p{i}")
            for n in range(each):
                current = service.snapshot(brand_id)
                assert current.revision is not None
                mine, base = _add_value(current.brand, f"p{i}-{n}"), current.revision
                for _ in range(100):
                    try:
                        service.save(brand_id, mine, base_revision=base)
                        done[i] += 1
                        break
                    except ConflictError:
                        conflicts[i] += 1
                        clash = explain_conflict(service, brand_id, mine, base)
                        mine, base = clash.resolve(), clash.current_revision

    start = time.perf_counter()
    threads = [threading.Thread(target=person, args=(i,)) for i in range(people)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    elapsed = time.perf_counter() - start
    with open_store(db) as check:
        final = ProfileService(check).snapshot(brand_id)
        names = {v.name for v in final.brand.identity.values}
        lost = sum(1 for i in range(people) for n in range(each) if f"p{i}-{n}" not in names)
        revisions = final.revision or 0  # every save moves the number on
    return elapsed, sum(conflicts), revisions, lost


def move_time(local: str, team: str, revisions: int) -> float:
    brand = read_pack(sample_pack()).brand
    with open_store(local) as source, open_store(team) as target:
        hours = (datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=n) for n in count())
        service = ProfileService(source, clock=lambda: next(hours))  # no save joins a burst
        snap = service.create(brand)
        assert snap.brand_id is not None and snap.revision is not None
        for n in range(revisions - 1):
            snap = service.save(snap.brand_id, _mission(snap.brand, f"m{n}"),
                                base_revision=snap.revision)
            assert snap.revision is not None
        start = time.perf_counter()
        move_brand(source, target, brand.name)
        return time.perf_counter() - start


def mail_time(folder: Path, sends: int) -> tuple[float, int]:
    """Median seconds to send a brief PDF over STARTTLS with a log-in to aiosmtpd; PDF size."""
    from brandregie.mail.compose import Attachment
    from brandregie.mail.service import MailService
    from brandregie.mail.settings import Security
    from tests.mail import conftest as mc  # the test server and certificate: reuse, not copy

    cert_dir = folder / "cert"
    cert_dir.mkdir()
    server_iter = mc.start_server(  # a generator: closed in the finally below
        mc.make_certificate(cert_dir), Security.STARTTLS)
    server = next(server_iter)
    try:
        from brandregie.export.brief import BriefRequest, BriefType, build_brief

        snapshot = read_pack(sample_pack())
        with open_store(folder / "mail.db") as store:
            stored = ProfileService(store).create(snapshot.brand)
            assert stored.brand_id is not None
            pdf = folder / "brief.pdf"
            build_brief(stored, BriefRequest(type=BriefType.VACANCY, title="Leerling-bakker"), pdf)
            data = pdf.read_bytes()
            service = MailService(store, settings=server.settings)
            times = []
            for n in range(sends):
                start = time.perf_counter()
                service.send(brand_id=stored.brand_id, to="joost@noord.test",
                             subject=f"Brief {n}", body="Zie bijlage.",
                             attachment=Attachment("brief.pdf", data),
                             profile_revision=stored.revision, password=mc.PASSWORD)
                times.append(time.perf_counter() - start)
        assert len(server.inbox.messages) == sends
        return statistics.median(times), len(data)
    finally:
        server_iter.close()


def open_figures(url: str, runs: int) -> None:
    """Open the busiest and the newest assignment ``runs`` times as the window does."""
    from bench.round_trips import RoundTrips, Tally
    from brandregie.review.service import ReviewService
    from brandregie.ui.review.review_reading import read_review

    with open_store(url, migrate=False) as store:
        counter = RoundTrips(store.engine)
        review = ReviewService(store)
        brands = review.profiles.list_brands()
        assignments = [a for brand in brands for a in review.assignments(brand.id)]
        if not assignments:
            print(f"{url}: no assignments to open")
            return
        busiest = max(assignments, key=lambda a: a.versions)
        newest = max(assignments, key=lambda a: a.id)
        print(f"{len(assignments)} assignments; opening one as the window does (the page's "
              f"reads on the GUI thread, then the review's on a worker):")
        for label, chosen in ((f"busiest ({busiest.versions} versions)", busiest),
                              ("newest", newest)):
            for n in range(runs):
                start, before = time.perf_counter(), counter.tally()
                detail = review.detail(chosen.id)
                page, page_ms = counter.tally() - before, (time.perf_counter() - start) * 1000
                start, before = time.perf_counter(), counter.tally()
                latest = detail.versions[-1].id if detail.versions else None
                read_review(review, latest, with_fixes=True)
                worker = counter.tally() - before
                worker_ms = (time.perf_counter() - start) * 1000

                def line(t: Tally, ms: float) -> str:
                    return (f"{ms:6.1f} ms {t.round_trips:3} round trips {t.checkouts} "
                            f"checkout(s) {t.connects} connect(s)")

                print(f"  {label:<22} {'first' if n == 0 else 'again':<5}  page "
                      f"{line(page, page_ms)} | review {line(worker, worker_ms)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("BRANDREGIE_TEST_PG"),
                        help="a PostgreSQL server URL (default: $BRANDREGIE_TEST_PG)")
    parser.add_argument("--saves", type=int, default=30)
    parser.add_argument("--people", type=int, default=4)
    parser.add_argument("--each", type=int, default=15)
    parser.add_argument("--open", metavar="URL",
                        help="measure opening assignments on this existing team database only")
    parser.add_argument("--runs", type=int, default=4, help="opens of each (with --open)")
    args = parser.parse_args()
    if args.open:
        open_figures(args.open, args.runs)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sqlite_save, _ = save_latency(str(folder / "one.db"), args.saves)
        print(f"save, local SQLite file:        {sqlite_save * 1000:7.1f} ms (median of "
              f"{args.saves})")
        if args.url:
            url, schema = _fresh_schema(args.url)
            try:
                pg_save, trips = save_latency(url, args.saves)
                print(f"save, PostgreSQL on 127.0.0.1:   {pg_save * 1000:7.1f} ms "
                      f"(x{pg_save / sqlite_save:.2f} the local file), {trips:.1f} round trips")
            finally:
                _drop_schema(args.url, schema)
            url, schema = _fresh_schema(args.url)
            try:
                seconds, conflicts, revisions, lost = concurrent_saves(url, args.people,
                                                                       args.each)
                total = args.people * args.each
                print(f"{args.people} people x {args.each} saves at once: {seconds:6.2f} s, "
                      f"{total / seconds:5.1f} saves/s, {conflicts} conflicts resolved "
                      f"({conflicts / total:.2f} per save), {revisions - 1} revisions, "
                      f"{lost} edits lost")
            finally:
                _drop_schema(args.url, schema)
            url, schema = _fresh_schema(args.url)
            try:
                moved = move_time(str(folder / "move.db"), url, 50)
                print(f"move a brand with 50 revisions into PostgreSQL: {moved:6.2f} s")
            finally:
                _drop_schema(args.url, schema)
        else:
            print("no PostgreSQL URL (--url or $BRANDREGIE_TEST_PG): team figures skipped")
        median, size = mail_time(folder, 10)
        print(f"send a brief ({size / 1024:.0f} KB PDF) over STARTTLS with log-in: "
              f"{median * 1000:7.1f} ms (median of 10)")


if __name__ == "__main__":
    main()
