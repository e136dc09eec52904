"""What one autosave costs: ``ProfileService.save`` of the sample brand after a one-field change.

Run: ``.venv/bin/python bench/bench_save.py [--saves 200] [--db URL]``

Interleaved in one process, each round:
- an autosave as the window makes it (the service read the brand or saved it just before);
- the same save by a service that remembers nothing (it reads every table of the brand first:
  the first save after someone else's, or after opening);
- a change to one colour (one child row updated);
- the anchor: validating the sample pack from its dict (pure Python, no database), whose time
  shows how busy the machine is, so figures from different runs compare by their ratio.
Printed: the median and 90th percentile of each, and each median over the anchor's.
To compare with an older checkout, run this file with ``PYTHONPATH`` set to that checkout.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

from brandregie.paths import sample_pack  # noqa: E402
from brandregie.profile.pack import pack_dict, read_pack, validate_pack  # noqa: E402
from brandregie.profile.service import ProfileService  # noqa: E402
from brandregie.profile.snapshot import ProfileSnapshot  # noqa: E402
from brandregie.store.database import open_store  # noqa: E402

T = TypeVar("T")


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p90 = ordered[int(len(ordered) * 0.9)]
    return f"median {statistics.median(samples) * 1000:7.2f} ms   p90 {p90 * 1000:7.2f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--db", help="a PostgreSQL URL (an empty database) instead of SQLite")
    args = parser.parse_args()
    import brandregie

    print(f"brandregie from {Path(brandregie.__file__).parent}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    sample = read_pack(sample_pack()).brand
    raw = pack_dict(sample)
    with tempfile.TemporaryDirectory() as folder, \
            open_store(args.db or str(Path(folder) / "save.db")) as store:
        service = ProfileService(store, author="anna")
        snap = service.create(sample)
        samples: dict[str, list[float]] = {k: [] for k in ("autosave", "fresh", "colour",
                                                            "anchor")}

        def timed(key: str, run: Callable[..., T], *args: object) -> T:
            start = time.perf_counter()
            result = run(*args)
            samples[key].append(time.perf_counter() - start)
            return result

        def story(by: ProfileService, at: ProfileSnapshot, text: str) -> ProfileSnapshot:
            assert at.brand_id is not None and at.revision is not None
            return by.save(at.brand_id, at.brand.model_copy(update={
                "identity": at.brand.identity.model_copy(update={"story": text})}),
                base_revision=at.revision)

        def colour(at: ProfileSnapshot, n: int) -> ProfileSnapshot:
            assert at.brand_id is not None and at.revision is not None
            visual = at.brand.visual
            first = visual.colours[0].model_copy(update={"hex": f"#{n % 0xFFFFFF:06X}"})
            return service.save(at.brand_id, at.brand.model_copy(update={
                "visual": visual.model_copy(update={"colours": (first, *visual.colours[1:])})}),
                base_revision=at.revision)

        for n in range(args.saves + 5):
            warm = n < 5
            snap = story(service, snap, f"Sinds 1921, versie {n}.")  # the warm-up of this round
            snap = timed("autosave", story, service, snap, f"Sinds 1921, {n}.")
            snap = timed("fresh", story, ProfileService(store, author="anna"), snap, f"Vers {n}.")
            snap = service.snapshot(snap.brand.name)
            snap = timed("colour", colour, snap, n)
            timed("anchor", validate_pack, raw)
            if warm:
                for values in samples.values():
                    values.clear()
    anchor = statistics.median(samples["anchor"])
    print(f"{args.saves} rounds on {'PostgreSQL' if args.db else 'SQLite'}:")
    for key, label in (("autosave", "autosave, one field (after a read or save)"),
                       ("fresh", "one field, nothing remembered"),
                       ("colour", "one colour changed"),
                       ("anchor", "anchor: validate the sample pack")):
        print(f"  {label:<44} {_ms(samples[key])}   "
              f"{statistics.median(samples[key]) / anchor:6.2f} x anchor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
