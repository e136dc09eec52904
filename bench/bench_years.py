"""A five-year store to measure on: build it through the services, then time what an owner does.

    .venv/bin/python bench/bench_years.py [--scale 0.1] [--edits N] [--home DIR] [--reuse]
    .venv/bin/python bench/bench_years.py --db postgresql://user@127.0.0.1:5432/db --scale 0.1
    .venv/bin/python bench/bench_years.py --db postgresql://… --build-only   # then --reuse

The store (at ``--scale 1``): one brand with 50,000 profile edits made through
``ProfileService.save`` in typing sessions spread over five years (autosaves 0.5-8 s apart, so
the burst rule sees what an owner's typing gives it), 40 agencies, 2,000 assignments, 6,000
draft versions (a mix of Word-sized texts, PDFs up to 8 MB and a few files of 5-20 MB; about
four in ten the same file as an earlier one: a brand guide or a deck sent again), each with the
report and document a check stores, and 20,000 answers to findings; every assignment but the
newest 20 ends approved. ``--scale`` multiplies
every count (not the file sizes); ``--edits`` sets the profile edits alone (the whole 50,000
with the rest of the store small). The store is built in an isolated home (``--home``, a new
temporary folder by default; ``--reuse`` measures a store built there before).

Then it times:
- start-up: launch to first paint of the app on the five-year store against the same with the
  sample store only (median of ``--runs`` interleaved runs; with ``--db postgresql://…`` both
  in team mode, the sample brand in a database beside the store's on the same server);
- the history page: the first page of revisions and the next one, from the service;
- the window on the store (``bench_years_window.py``): page switches, the history page
  and opening assignments in the app, with the longest pause of the window, against the same
  on the sample store;
- opening an assignment: what the review page reads (the assignment, its versions, the latest
  version's review, decisions and requests), the first time in the process and warm, and the
  largest draft's bytes;
- a check of a stored text draft, read and checked as the worker does, and stored;
- a backup (the first, full one; then one after an edit and a new draft: what it adds) and a
  restore of it, with the database and backup-folder sizes; a team database is backed up with
  the server's tools: ``pg_dump -Fc``, then ``pg_restore`` into a new database beside it, whose
  rows are counted against the live one's.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_checks import dutch_text  # noqa: E402
from bench.bench_startup import _isolated_env, _time  # noqa: E402

YEARS = 5
START = datetime(2021, 1, 4, 8, 0, tzinfo=UTC)
EDITS, AGENCIES, ASSIGNMENTS, VERSIONS, ANSWERS = 50_000, 40, 2_000, 6_000, 20_000
FIELDS = ("story", "mission", "vision", "why")
#: Assignments still open after five years: the newest; every older one was approved.
OPEN = 20


def _mb(size: float) -> str:
    return f"{size / 1e6:,.1f} MB"


def _timed(label: str, run: Callable[[], Any], repeat: int = 3) -> Any:
    samples, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        samples.append(time.perf_counter() - start)
    print(f"  {label:<46} {min(samples) * 1000:8.0f} ms   (best of {repeat}; "
          f"{', '.join(f'{s * 1000:.0f}' for s in samples)})")
    return result


class Clock:
    """The time the services read: set by the builder as it plays five years."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Files:
    """Draft files of realistic sizes, four in ten a file sent before."""

    rng: random.Random
    paragraphs: list[str]
    made: list[tuple[str, bytes]]

    def text(self, size: int) -> bytes:
        start = self.rng.randrange(len(self.paragraphs))
        out, total = [], 0
        for i in range(len(self.paragraphs)):
            paragraph = self.paragraphs[(start + i) % len(self.paragraphs)]
            out.append(paragraph)
            total += len(paragraph) + 2
            if total >= size:
                break
        return "\n\n".join(out).encode()

    def new(self) -> tuple[str, bytes]:
        kind = self.rng.random()
        if kind < 0.5:  # a Word-sized text
            return "tekst.txt", self.text(int(self.rng.uniform(8_000, 200_000)))
        if kind < 0.96:  # a PDF: compressed already
            size = min(8_000_000, int(self.rng.lognormvariate(13.3, 0.9)))
            return "ontwerp.pdf", b"%PDF-1.7\n" + self.rng.randbytes(size)
        return "campagne.pdf", b"%PDF-1.7\n" + self.rng.randbytes(
            int(self.rng.uniform(5_000_000, 20_000_000)))

    def next(self) -> tuple[str, bytes]:
        if self.made and self.rng.random() < 0.4:
            return self.rng.choice(self.made)
        made = self.new()
        self.made.append(made)
        return made


def _edit_profile(store: Any, edits: int, rng: random.Random, clock: Clock) -> int:
    from brandregie.paths import sample_pack
    from brandregie.profile.pack import read_pack
    from brandregie.profile.service import ProfileService

    profiles = ProfileService(store, author="anna", clock=clock)
    snap = profiles.import_snapshot(read_pack(sample_pack()))
    assert snap.brand_id is not None and snap.revision is not None
    span = timedelta(days=365 * YEARS).total_seconds()
    sessions: list[tuple[float, int]] = []
    left = edits
    while left > 0:
        size = min(left, rng.randint(10, 60))
        sessions.append((rng.uniform(0, span), size))
        left -= size
    words = " ".join(dutch_text(200_000)).split()
    done = 0
    started = time.perf_counter()
    for at, size in sorted(sessions):
        clock.now = START + timedelta(seconds=at)
        field = rng.choice(FIELDS)
        text = getattr(snap.brand.identity, field) or ""
        for _ in range(size):
            clock.now += timedelta(seconds=rng.uniform(0.5, 8))
            text = (text + " " + rng.choice(words))[-1500:]  # typing: the field grows, trimmed
            identity = snap.brand.identity.model_copy(update={field: text})
            snap = profiles.save(snap.brand_id, snap.brand.model_copy(update={
                "identity": identity}), base_revision=snap.revision)
            assert snap.revision is not None
            done += 1
            if done % 2000 == 0:
                print(f"    {done:,} edits ({time.perf_counter() - started:.0f} s)", flush=True)
    took = time.perf_counter() - started
    print(f"  {done:,} edits through ProfileService.save in {took:.0f} s "
          f"({took / max(done, 1) * 1000:.1f} ms a save)")
    from sqlalchemy import func, select

    from brandregie import models as m

    with store.session() as session:
        kept, stored = session.execute(select(
            func.count(), func.coalesce(func.sum(func.length(m.Revision.data)), 0)).where(
            m.Revision.brand_id == snap.brand_id)).one()
    print(f"  {kept:,} kept revisions, {stored / max(kept, 1):,.0f} bytes each on average")
    assert snap.brand_id is not None
    return snap.brand_id


def _sample_check(snapshot: Any) -> tuple[Any, Any]:
    """One real check of a Dutch text: the report and document every version stores."""
    from brandregie.checks import check_document
    from brandregie.ingest.document import Document

    document = Document.from_paragraphs("nieuwsbrief.txt", dutch_text(12_000), language="nl")
    return check_document(document, snapshot, lang="nl"), document


def _review_work(store: Any, brand_id: int, scale: float, rng: random.Random,
                 clock: Clock) -> None:
    from brandregie.models.review import AssignmentKind, DecisionOutcome, FindingAnswer
    from brandregie.review.compare import finding_key
    from brandregie.review.service import DuplicateDraftError, ReviewService

    review = ReviewService(store, author="anna")
    report, document = _sample_check(review.profiles.snapshot(brand_id))
    if report.revision is not None:  # as a check job does: no edit merges into it any more
        review.profiles.keep(brand_id, report.revision)
    keys = [finding_key(f) for f in report.findings]  # every version stores this check
    agencies = [review.add_agency(f"Bureau {n:02d}", "contact", f"studio{n}@bureau.test").id
                for n in range(max(2, int(AGENCIES * scale)))]
    assignments = max(1, int(ASSIGNMENTS * scale))
    versions = int(VERSIONS * scale)
    answers = int(ANSWERS * scale)
    files = Files(rng, dutch_text(400_000), [])
    kinds = list(AssignmentKind)
    stored = 0
    started = time.perf_counter()
    per_version = [1] * assignments
    for _ in range(versions - assignments):
        per_version[rng.randrange(assignments)] += 1
    answered = 0
    made = 0
    for number, count in enumerate(per_version):
        when = START + timedelta(days=365 * YEARS * number / assignments)
        job = review.create_assignment(brand_id, f"Opdracht {number + 1}",
                                       kind=rng.choice(kinds), agency_id=rng.choice(agencies),
                                       due=(when + timedelta(days=14)).date())
        for round_ in range(count):
            name, data = files.next()
            try:
                version = review.add_version(job.id, f"v{round_ + 1}-{name}", data,
                                             received_at=when + timedelta(days=3 * round_))
            except DuplicateDraftError:
                name, data = files.new()
                files.made.append((name, data))
                version = review.add_version(job.id, f"v{round_ + 1}-{name}", data,
                                             received_at=when + timedelta(days=3 * round_))
            stored += len(data)
            review.save_check(version.id, report, document)
            made += 1
            want = answers * made // max(1, versions) - answered
            if want > 0:  # the owner answers a few findings: each kind in one save
                picked: dict[FindingAnswer, list[str]] = {}
                for key in keys[:want]:
                    picked.setdefault(rng.choice((FindingAnswer.ACCEPTED,
                                                  FindingAnswer.DISMISSED)), []).append(key)
                for kind, chosen in picked.items():
                    review._answer_all(version.id, chosen, kind,
                                       reason="past niet bij deze tekst")
                answered += min(want, len(keys))
            if made % 500 == 0:
                print(f"    {made:,} versions, {_mb(stored)} delivered, {answered:,} answers "
                      f"({time.perf_counter() - started:.0f} s)", flush=True)
        if number < assignments - OPEN:
            review.decide(version.id, DecisionOutcome.APPROVED)
    print(f"    {made:,} versions, {_mb(stored)} delivered ({len(files.made):,} distinct "
          f"files), {answered:,} answers, all but the newest {OPEN} assignments approved")


def approve_old(store: Any) -> None:
    """Approve the last version of every assignment but the newest :data:`OPEN` (as the
    builder does; for a store built before it did)."""
    from brandregie.models.review import AssignmentStatus, DecisionOutcome
    from brandregie.review.service import ReviewService

    review = ReviewService(store, author="anna")
    rows = sorted(review.assignments(), key=lambda a: a.id)
    for assignment in rows[:-OPEN]:
        if assignment.status is not AssignmentStatus.APPROVED and assignment.versions:
            review.decide(review.versions(assignment.id)[-1].id, DecisionOutcome.APPROVED)


def build(db: str, scale: float, seed: int, edits: int | None = None, part: str = "all"
          ) -> None:
    """Build the store; ``part`` "review" adds the review work to a store whose brand is there
    (a second process beside one still typing the edits: the two halves share nothing but the
    brand, so a team database is built in about half the time)."""
    from brandregie.profile.service import ProfileService
    from brandregie.store.database import open_store

    rng = random.Random(seed if part == "all" else seed + 1)
    clock = Clock()
    started = time.perf_counter()
    with open_store(db) as store:
        print(f"building a five-year store at scale {scale} in {db} ({part})")
        if part == "review":
            (brand,) = ProfileService(store).list_brands()
            brand_id = brand.id
        else:
            brand_id = _edit_profile(store, int(EDITS * scale) if edits is None else edits,
                                     rng, clock)
            print(f"  profile edits done in {time.perf_counter() - started:.0f} s", flush=True)
        if part != "edits":
            _review_work(store, brand_id, scale, rng, clock)
    print(f"  built in {time.perf_counter() - started:.0f} s")


def _db_size(db: str) -> int:
    if "://" in db:
        from sqlalchemy import text

        from brandregie.store.database import open_store

        with open_store(db) as store, store.engine.connect() as conn:
            return int(conn.execute(text("SELECT pg_database_size(current_database())"))
                       .scalar_one())
    path = Path(db)
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _team_mode(env: dict[str, str], url: str) -> None:
    """Switch the app of ``env``'s home to the team database ``url`` (its team.json, as the
    Team database dialog saves it; the bench's server lets its user in without a password)."""
    from sqlalchemy.engine import make_url

    from brandregie.paths import APP_NAME
    from brandregie.store.team import TeamSettings, save_settings

    parsed = make_url(url)
    save_settings(TeamSettings(host=parsed.host or "", port=parsed.port or 5432,
                               database=parsed.database or "", user=parsed.username or "",
                               enabled=True),
                  Path(env["XDG_CONFIG_HOME"]) / APP_NAME / "team.json")


def _new_database(url: str, name: str) -> str:
    """An empty database ``name`` beside ``url``'s on the same server (dropped first)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    engine = create_engine(make_url(url).set(database="postgres"),
                           isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def startup(home: Path, runs: int, team: str | None = None) -> None:
    """Launch to first paint on the five-year store and on a sample store, interleaved; with
    ``team`` (a postgresql:// URL) both in team mode, the sample in a database beside it."""
    sample_home = Path(tempfile.mkdtemp(prefix="brandregie-sample-"))
    sample_env, years_env = _isolated_env(sample_home), _isolated_env(home)
    where: list[str] = []
    if team is not None:
        from sqlalchemy.engine import make_url

        sample_db = _new_database(team, f"{make_url(team).database}_sample")
        _team_mode(sample_env, sample_db)
        _team_mode(years_env, team)
        where = ["--db", sample_db]
    subprocess.run([sys.executable, "-m", "brandregie", "pack", "import",
                    str(ROOT / "resources" / "sample" / "korenaar.json"), *where],
                   env=sample_env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    app = [sys.executable, "-m", "brandregie", "--quit-after-paint"]
    crashed = 0

    def run(env: dict[str, str]) -> tuple[float, float, float] | None:
        nonlocal crashed
        try:
            return _time(app, env)
        except subprocess.CalledProcessError:  # a crash (at teardown): said, not counted
            crashed += 1
            return None

    run(sample_env)
    start = time.perf_counter()  # the first start on the store makes its first full backup
    subprocess.run(app, env=years_env, check=False, cwd=ROOT, capture_output=True, timeout=3600)
    print("start-up: the first start on the five-year store, launch to exit " + (
        "(team mode: no backup of its own)" if team else
        "(its first automatic backup made at start, waited for at close)") +
          f": {time.perf_counter() - start:.0f} s", flush=True)
    sample: list[tuple[float, float, float]] = []
    years: list[tuple[float, float, float]] = []
    while len(years) < runs and crashed < runs:
        one, other = run(sample_env), run(years_env)
        if one is not None and other is not None:
            sample.append(one)
            years.append(other)
    if not years:
        print(f"start-up: the app crashed {crashed} times; not measured")
        return
    a = statistics.median(t[0] for t in years)
    b = statistics.median(t[0] for t in sample)
    print(f"start-up, launch to first paint (median of {len(years)}; {crashed} runs crashed "
          "and were left out):")
    print(f"  five-year store {a * 1000:7.0f} ms   sample store {b * 1000:.0f} ms   "
          f"ratio {a / b:.2f} x (target 1.2 x)")
    shown = statistics.median(t[1] for t in years)
    print(f"  brand shown     {shown * 1000:7.0f} ms   sample store "
          f"{statistics.median(t[1] for t in sample) * 1000:.0f} ms")


def measure(db: str, home: Path | None, runs: int, *, reads_only: bool = False) -> None:
    from brandregie.profile.service import ProfileService
    from brandregie.review.checking import run_check
    from brandregie.review.service import ReviewService
    from brandregie.store import backup as b
    from brandregie.store.database import open_store

    team = db if "://" in db else None
    if home is not None and not reads_only:
        startup(home, runs, team)
        print("window pauses (bench_years_window.py), the sample store first:", flush=True)
        sample = []
        if team is not None:
            from sqlalchemy.engine import make_url

            sample = ["--sample-db", _new_database(team, f"{make_url(team).database}_window")]
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_years_window.py"),
                        "--db", db, "--sample", *sample], check=False)
    with open_store(db) as store:
        profiles = ProfileService(store)
        review = ReviewService(store)
        (brand,) = profiles.list_brands()
        print("in the five-year store:")
        page = _timed("history page (first page of revisions)",
                      lambda: profiles.revisions(brand.id))
        if page:
            _timed("history, the next page", lambda: profiles.revisions(
                brand.id, before=page[-1].number))
        assignments = review.assignments(brand.id)
        busiest = max(assignments, key=lambda a: len(review.versions(a.id)))

        from brandregie.ui.review.review_reading import read_review

        def open_assignment() -> None:  # as the window: the page's reads, then the review's
            detail = review.detail(busiest.id)
            read_review(review, detail.versions[-1].id, with_fixes=False)

        from brandregie.checks.rules.visual import chroma

        profiles.snapshot(brand.id)  # as in the app: the brand is shown at start and the
        chroma("#e8b64d")  # colour library loaded by the review page's warm-up
        start = time.perf_counter()
        open_assignment()
        print(f"  {'open an assignment, the first in this process':<46} "
              f"{(time.perf_counter() - start) * 1000:8.0f} ms   (first queries, brand read)")
        _timed(f"open an assignment ({len(review.versions(busiest.id))} versions)",
               open_assignment)
        if not store.is_sqlite:
            from bench.round_trips import RoundTrips

            counter = RoundTrips(store.engine)
            open_assignment()
            counted = counter.tally()
            open_assignment()
            trips = counter.tally() - counted
            print(f"  {'  its round trips to the server (warm)':<46} {trips.round_trips:8}      "
                  f"({trips.checkouts} connection checkouts, {trips.connects} new)")
        if reads_only:
            return
        largest = max((v for a in assignments[-50:] for v in review.versions(a.id)),
                      key=lambda v: v.size)
        _timed(f"the largest recent draft's bytes ({_mb(largest.size)})",
               lambda: review.version_data(largest.id))
        text = next(v for a in reversed(assignments) for v in review.versions(a.id)
                    if v.file_name.endswith(".txt"))
        _timed(f"check a stored text draft ({text.size // 1000} kB)",
               lambda: run_check(review, text.id, lang="nl"), repeat=2)
        print(f"  database                                       {_mb(_db_size(db))}")
        if not store.is_sqlite:
            team_backup(db, home)
            return
        folder = b.backups_folder(store)
        shutil.rmtree(folder, ignore_errors=True)  # what the app's own start-up backups left
        start = time.perf_counter()
        first = b.create_backup(store, kind=b.AUTO)
        took = time.perf_counter() - start
        print(f"  first backup (everything)                      {took * 1000:8.0f} ms   "
              f"folder {_mb(_folder_size(folder))}")
        before = _folder_size(folder)
        snap = profiles.snapshot(brand.id)
        assert snap.revision is not None and snap.brand_id is not None
        profiles.save(snap.brand_id, snap.brand.model_copy(update={
            "identity": snap.brand.identity.model_copy(update={"story": "Na vijf jaar."})}),
            base_revision=snap.revision)
        review.add_version(busiest.id, "nieuw.pdf", b"%PDF-1.7\n" + os.urandom(2_000_000))
        start = time.perf_counter()
        later = b.maybe_backup(store, min_interval=timedelta(0),
                               now=first.created_at + timedelta(hours=1))
        took = time.perf_counter() - start
        assert later is not None
        print(f"  next backup (an edit and a 2 MB draft later)   {took * 1000:8.0f} ms   "
              f"added {_mb(_folder_size(folder) - before)}")
        live = _db_size(db)
        kept = _folder_size(folder)
        print(f"  database {_mb(live)}, backup folder {_mb(kept)} ({kept / live:.2f} x, "
              f"two backups)")
    start = time.perf_counter()
    b.restore_backup(later.path, db)
    print(f"  restore (rebuilt, every part checked, written) "
          f"{(time.perf_counter() - start) * 1000:8.0f} ms")
    with contextlib.suppress(FileNotFoundError):
        print(f"  backup folder after the restore's safety copy  {_mb(_folder_size(folder))}")


def _pg_tool(name: str) -> str:
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
                   key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0)
    return str(found[-1]) if found else name


def team_backup(db: str, home: Path | None) -> None:
    """A team database is backed up with the server's own tools: ``pg_dump`` (custom format,
    compressed) and ``pg_restore`` into a new database, every table's rows counted after."""
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.engine import make_url

    url = make_url(db)
    where = ["-h", url.host or "localhost", "-p", str(url.port or 5432),
             "-U", url.username or ""]
    dump = (home or Path(tempfile.mkdtemp())) / "team.dump"
    start = time.perf_counter()
    subprocess.run([_pg_tool("pg_dump"), *where, "-Fc", "-f", str(dump), url.database or ""],
                   check=True)
    print(f"  backup: pg_dump -Fc                            {time.perf_counter() - start:8.1f} s"
          f"     dump {_mb(dump.stat().st_size)}")
    copy = _new_database(db, f"{url.database}_restored")
    start = time.perf_counter()
    subprocess.run([_pg_tool("pg_restore"), *where, "-d", make_url(copy).database or "",
                    "--no-owner", str(dump)], check=True)
    print(f"  restore: pg_restore into a new database        "
          f"{time.perf_counter() - start:8.1f} s")
    counts = []
    for one in (db, copy):
        engine = create_engine(one)
        with engine.connect() as conn:
            counts.append({t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()
                           for t in inspect(conn).get_table_names()})
        engine.dispose()
    same = counts[0] == counts[1]
    print(f"  the restored copy: {sum(counts[1].values()):,} rows in {len(counts[1])} tables, "
          f"{'the same counts as the live database' if same else 'DIFFERENT counts'}; "
          f"{_mb(_db_size(copy))}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--edits", type=int, help="profile edits (default: 50,000 x scale)")
    parser.add_argument("--db", help="a postgresql:// URL (team mode); default: a SQLite file "
                                     "in the isolated home")
    parser.add_argument("--home", type=Path, help="the isolated home (default: a new folder)")
    parser.add_argument("--reuse", action="store_true", help="measure the store built before")
    parser.add_argument("--build-only", action="store_true",
                        help="build the store, measure it later with --reuse")
    parser.add_argument("--part", choices=("all", "edits", "review", "reads"), default="all",
                        help="build only the profile edits, or only the review work (on a "
                             "store with its brand), e.g. in two processes at once; with "
                             "--reuse, 'reads' measures only the history page and opening "
                             "assignments (with their round trips on PostgreSQL)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args()
    home = args.home or Path(tempfile.mkdtemp(prefix="brandregie-years-"))
    env = _isolated_env(home)
    os.environ.update({k: env[k] for k in env if k.startswith("XDG_")})
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db = args.db or str(home / "data" / "BrandRegie" / "brandregie.db")
    if "://" not in db:
        Path(db).parent.mkdir(parents=True, exist_ok=True)
    if args.part == "reads" and not args.reuse:
        parser.error("--part reads measures a store built before: give --reuse")
    if not args.reuse:
        build(db, args.scale, args.seed, args.edits, args.part)
    if args.build_only:
        return 0
    measure(db, home, args.runs, reads_only=args.part == "reads")
    print(f"(store and backups in {home})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
