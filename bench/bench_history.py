"""Benchmark the profile history after years of editing: 50,000 edits in bursts.

Run: ``.venv/bin/python bench/bench_history.py [--edits 50000] [--service-edits 600] [--db URL]``

An owner's edits as the autosave makes them (fixed seed): bursts of typing, 0.5-4 s between
saves, mostly up to 50 saves, one in ten a long session of 200-400 saves at 2-10 s (longer than
a burst may last), pauses of 11 minutes to three days between bursts; one burst in 40 is a
single answer to a finding (a save with a note), one in 25 is by a colleague. Time is played
by the service's clock, so no one waits.

1. ``--service-edits`` edits through ``ProfileService.save`` (each a whole save: the brand's
   tables and the history), and the same edits through the history layer alone
   (``revision_store.write``, the call the service's save makes, with the same clock and the
   revision counter moved on the same way): the kept revisions must be identical, row for
   row, which is what lets step 2 stand for the service.
2. ``--edits`` edits through the history layer alone (a whole service save writes only the
   brand rows that changed, ~3 ms on this machine, ``bench/bench_save.py``; ``bench_years.py``
   runs 50,000 through the service); one transaction per save. Printed: kept revisions,
   stored bytes per kept revision (the ``data`` column, and the database file), what the
   same saves would have taken as whole JSON revisions (the old layout), and a sample of 200
   kept revisions restored and compared with what was saved.
3. ``ProfileService.revisions()`` (the newest page, and a page from the middle of the history)
   and the history page's first show (built and shown offscreen, its first page described in
   words), each paired with the same call on a brand with one revision in the same process
   (the anchor), median of the pairs.

Targets (issue #21): <= 1 KB stored per kept revision; 50,000 edits keep at most a few
thousand revisions; the history page opens in <= 200 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, select, update  # noqa: E402

from brandregie import models as m  # noqa: E402
from brandregie.paths import sample_pack  # noqa: E402
from brandregie.profile import revision_data, revision_store  # noqa: E402
from brandregie.profile import schema as s  # noqa: E402
from brandregie.profile.pack import pack_dict, read_pack, validate_pack  # noqa: E402
from brandregie.profile.service import ProfileService  # noqa: E402
from brandregie.store.database import Store, open_store  # noqa: E402

START = datetime(2022, 1, 3, 8, 0, tzinfo=UTC)
WORDS = ("brood", "vers", "elke", "ochtend", "bakker", "buurt", "desem", "oven", "liefde",
         "meel", "korst", "ambacht", "winkel", "klant", "proef", "eerlijk", "warm", "tarwe")


@dataclass(frozen=True, slots=True)
class Edit:
    """One autosave: when, by whom, as what, and the profile then."""

    at: datetime
    author: str
    note: str
    brand: s.Brand


def _text(rng: random.Random, old: str) -> str:
    """A text field after a few more keystrokes (or a trim once it grew long)."""
    if len(old) > 400:
        return old[200:]
    return old + rng.choice(WORDS)[: rng.randint(1, 6)] + rng.choice(("", " ", " ", ". "))


def _edit(rng: random.Random, brand: s.Brand, field: str, step: int) -> s.Brand:
    identity, vocabulary, visual = brand.identity, brand.vocabulary, brand.visual
    if field in ("story", "mission", "why", "vision"):
        return brand.model_copy(update={"identity": identity.model_copy(
            update={field: _text(rng, getattr(identity, field))})})
    if field == "colour":
        first = visual.colours[0].model_copy(update={"hex": f"#{rng.randrange(1 << 24):06X}"})
        return brand.model_copy(update={"visual": visual.model_copy(
            update={"colours": (first, *visual.colours[1:])})})
    banned = (*vocabulary.banned, s.BannedTerm(term=f"woord{step}"))[-30:]
    return brand.model_copy(update={"vocabulary": vocabulary.model_copy(
        update={"banned": banned})})


def edits(count: int, start: s.Brand, seed: int = 21) -> Iterator[Edit]:
    """``count`` autosaves of an owner (and now and then a colleague) over the years."""
    rng = random.Random(seed)
    brand, at, made = start, START, 0
    fields = ("story", "story", "mission", "why", "vision", "colour", "banned")
    while made < count:
        at += timedelta(minutes=rng.uniform(11, 3 * 24 * 60))
        kind = rng.random()
        author = "bram" if rng.random() < 0.04 else "anna"
        if kind < 0.025:  # an answer to a finding: one save with a note
            brand = _edit(rng, brand, "banned", made)
            made += 1
            yield Edit(at, author, f"banned word woord{made}", brand)
            continue
        long_session = kind > 0.9
        saves = rng.randint(200, 400) if long_session else rng.randint(1, 50)
        field = rng.choice(fields)
        for _ in range(min(saves, count - made)):
            if rng.random() < 0.05:
                field = rng.choice(fields)
            at += timedelta(seconds=rng.uniform(2, 10) if long_session else rng.uniform(0.5, 4))
            brand = _edit(rng, brand, field, made)
            made += 1
            yield Edit(at, author, "", brand)


class Layer:
    """Saves through the history layer: the revision counter moved on, then
    ``revision_store.write``, in one transaction per save (the service's own sequence)."""

    def __init__(self, store: Store, brand_id: int) -> None:
        self.store, self.brand_id = store, brand_id

    def save(self, edit: Edit) -> int:
        with self.store.session() as session:
            number = 1 + (session.scalar(select(m.Brand.revision).where(
                m.Brand.id == self.brand_id)) or 0)
            session.execute(update(m.Brand).where(m.Brand.id == self.brand_id)
                            .values(revision=number))
            revision_store.write(session, self.brand_id, number, author=edit.author,
                                 action="edited", note=edit.note,
                                 profile=pack_dict(edit.brand), files={}, now=edit.at)
        return number


def new_brand(store: Store, brand: s.Brand, at: datetime = START) -> int:
    made = ProfileService(store, author="anna", clock=lambda: at).create(brand)
    assert made.brand_id is not None
    return made.brand_id


def rows(store: Store, brand_id: int) -> list[tuple[Any, ...]]:
    with store.session() as session:
        return [tuple(r) for r in session.execute(select(
            m.Revision.number, m.Revision.first_number, m.Revision.saves,
            m.Revision.base_number, func.length(m.Revision.data)).where(
            m.Revision.brand_id == brand_id).order_by(m.Revision.number))]


def service_and_layer_agree(url: Callable[[str], str], sample: s.Brand, count: int) -> None:
    """Step 1: the same edits through the service and through the layer keep the same rows."""
    with open_store(url("service")) as one, open_store(url("layer")) as two:
        clock: list[datetime] = [START]
        service = ProfileService(one, author="anna", clock=lambda: clock[0])
        snap = service.create(sample)
        layer = Layer(two, new_brand(two, sample))
        brand_id = snap.brand_id
        assert brand_id is not None
        started = time.perf_counter()
        for edit in edits(count, sample):
            clock[0] = edit.at
            service.author = edit.author
            assert snap.revision is not None
            snap = service.save(brand_id, edit.brand, base_revision=snap.revision,
                                note=edit.note)
        per_save = (time.perf_counter() - started) / count
        for edit in edits(count, sample):
            layer.save(edit)
        through_service, through_layer = rows(one, brand_id), rows(two, layer.brand_id)
    same = through_service == through_layer
    print(f"1. {count:,} edits through ProfileService.save: {per_save * 1000:.0f} ms per save; "
          f"{len(through_service)} revisions kept; the history layer alone keeps "
          f"{'the same rows' if same else 'DIFFERENT rows'}")
    if not same:
        raise SystemExit("the history layer does not stand for the service")


def build(store: Store, sample: s.Brand, count: int, rng: random.Random
          ) -> tuple[int, int, dict[int, bytes], float]:
    """Step 2: ``count`` edits; (brand id, bytes as whole JSON, sampled kept revisions' JSON,
    seconds)."""
    layer = Layer(store, new_brand(store, sample))
    whole = 0
    pending: tuple[int, bytes] | None = None
    sampled: dict[int, bytes] = {}
    started = time.perf_counter()
    for n, edit in enumerate(edits(count, sample), 1):
        raw = revision_data.dump(pack_dict(edit.brand), {})
        whole += len(raw)
        number = layer.save(edit)
        if pending is not None:  # was the previous save kept, or merged into this one?
            with store.session() as session:
                if session.scalar(select(m.Revision.id).where(
                        m.Revision.brand_id == layer.brand_id,
                        m.Revision.number == pending[0])) is not None:
                    sampled[pending[0]] = pending[1]
        pending = (number, raw) if rng.random() < 0.3 else None
        if n % 10_000 == 0:
            print(f"   {n:,} edits in {time.perf_counter() - started:.0f} s", flush=True)
    return layer.brand_id, whole, sampled, time.perf_counter() - started


def paired(mine: Callable[[], object], anchor: Callable[[], object], runs: int
           ) -> tuple[float, float]:
    """Median seconds of ``mine`` and of ``anchor``, run in pairs after a warm-up of each."""
    mine(), anchor()
    ours, theirs = [], []
    for _ in range(runs):
        start = time.perf_counter()
        mine()
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        anchor()
        theirs.append(time.perf_counter() - start)
    return statistics.median(ours), statistics.median(theirs)


def first_show(store: Store, brand_id: int) -> Callable[[], object]:
    """Build the history page for the brand and show it, as the first visit does."""
    from PySide6.QtWidgets import QApplication

    from brandregie.ui.history_page import HistoryPage
    from brandregie.ui.session import EditSession

    service = ProfileService(store)
    snapshot = service.snapshot(brand_id)

    def show() -> object:
        session = EditSession(service, snapshot, threaded=False)
        page = HistoryPage(session)
        page.resize(1000, 700)
        page.show()
        QApplication.processEvents()
        page.build_all()  # the rows, read on a worker, are in
        rows = page.table.rowCount()
        page.close()
        page.deleteLater()
        session.deleteLater()
        QApplication.processEvents()
        return rows
    return show


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=50_000)
    parser.add_argument("--service-edits", type=int, default=600)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--db", help="a PostgreSQL URL (an empty database) instead of SQLite")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    sample = read_pack(sample_pack()).brand
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)

        def url(name: str) -> str:
            if args.db:
                return str(args.db)
            return str(here / f"{name}.db")
        if not args.db:
            service_and_layer_agree(url, sample, args.service_edits)
        with open_store(url("years")) as store:
            brand_id, whole, sampled, seconds = build(store, sample, args.edits,
                                                      random.Random(5))
            anchor_id = new_brand(store, sample.model_copy(update={"name": "Anker"}))
            service = ProfileService(store)
            kept = service.revisions(brand_id, limit=None)
            with store.session() as session:
                stored = session.scalar(select(func.sum(func.length(m.Revision.data))).where(
                    m.Revision.brand_id == brand_id)) or 0
                keyframes = session.scalar(select(func.count()).where(
                    m.Revision.brand_id == brand_id, m.Revision.base_number.is_(None)))
            size = (here / "years.db").stat().st_size if not args.db else 0
            print(f"2. {args.edits:,} edits in {seconds:.0f} s: {len(kept):,} revisions kept "
                  f"({keyframes} keyframes); {stored / len(kept):,.0f} bytes stored per kept "
                  f"revision (data column); as whole JSON per save they would take "
                  f"{whole / 1e6:,.1f} MB, now {stored / 1e6:.2f} MB")
            if size:
                print(f"   database file {size / 1e6:.1f} MB with the brand tables "
                      f"({size / len(kept):,.0f} bytes per kept revision)")
            checked = sorted(random.Random(7).sample(sorted(sampled), min(200, len(sampled))))
            with store.session() as session:  # the stored JSON, byte for byte
                stored_back = revision_store.read_many(session, brand_id, set(checked))
            exact = [n for n in checked
                     if revision_data.dump(*stored_back[n]) == sampled[n]
                     and service.snapshot(brand_id, n).brand ==
                     validate_pack(revision_data.load(sampled[n])[0]).brand]
            print(f"   {len(checked)} kept revisions restored and compared with what was "
                  f"saved: {len(exact)} exact (the JSON byte for byte, and the snapshot)")
            middle = kept[len(kept) // 2].number
            page, anchor = paired(lambda: service.revisions(brand_id),
                                  lambda: service.revisions(anchor_id), args.runs)
            deep, _ = paired(lambda: service.revisions(brand_id, before=middle),
                             lambda: service.revisions(anchor_id), args.runs)
            every, _ = paired(lambda: service.revisions(brand_id, limit=None),
                              lambda: service.revisions(anchor_id), 3)
            print(f"3. revisions(), newest page of 50: {page * 1000:.1f} ms (anchor, a brand "
                  f"with one revision: {anchor * 1000:.1f} ms); a page from the middle: "
                  f"{deep * 1000:.1f} ms; all {len(kept):,} at once (a move only): "
                  f"{every * 1000:.0f} ms")
            shown, anchor_shown = paired(first_show(store, brand_id),
                                         first_show(store, anchor_id), args.runs)
            print(f"   history page first show: {shown * 1000:.0f} ms (anchor, one revision: "
                  f"{anchor_shown * 1000:.0f} ms; {shown / anchor_shown:.1f}x)")
    del app


if __name__ == "__main__":
    main()
