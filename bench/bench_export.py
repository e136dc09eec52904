"""How fast the PDFs are: a brief under half a second, a 20-page guide under two seconds.

Run: ``.venv/bin/python bench/bench_export.py`` (prints figures and the ratio to each target).
The guide is made from the Vonk test brand (its own TrueType fonts and logo) with every list
in the profile repeated until the guide runs to at least 20 pages.

Then what the desktop app pays for laying out in a child process
(:func:`brandregie.export.documents.render_in_child`, so its window keeps answering): the same
documents made in-process and in a child, the difference, the child's peak memory, and the
first render's start of the process server; and how soon a cancelled layout and one over its
time limit end (under a second; the tests check only that they end, with no process left).
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from brandregie import childproc  # noqa: E402
from brandregie.export.brief import BriefRequest, BriefType, build_brief  # noqa: E402
from brandregie.export.documents import DocumentKind, render, render_in_child  # noqa: E402
from brandregie.export.guide import build_guide  # noqa: E402
from brandregie.export.render import ExportResult  # noqa: E402
from brandregie.paths import sample_pack  # noqa: E402
from brandregie.profile.pack import read_pack  # noqa: E402
from brandregie.profile.schema import Brand  # noqa: E402
from brandregie.profile.snapshot import ProfileSnapshot  # noqa: E402
from tests.export.long_guide import with_many_banned_words  # noqa: E402

VONK = ROOT / "tests" / "fixtures" / "brands" / "vonk"
BRIEF_TARGET = 0.5
GUIDE_TARGET = 2.0


def vonk_snapshot(folder: Path) -> ProfileSnapshot:
    pack = folder / "vonk.brandpack"
    with zipfile.ZipFile(pack, "w") as archive:
        for file in VONK.rglob("*"):
            if file.is_file():
                archive.write(file, file.relative_to(VONK).as_posix())
    return read_pack(pack)


def repeated(brand: Brand, times: int) -> Brand:
    """The brand with every list in it ``times`` as long (numbered, so entries differ)."""

    def more(items: tuple[Any, ...], field: str) -> tuple[Any, ...]:
        out: list[Any] = []
        for n in range(times):
            for item in items:
                value = getattr(item, field)
                out.append(item.model_copy(update={field: f"{value} {n + 1}" if n else value}))
        return tuple(out)

    vocab = brand.vocabulary
    pos = brand.positioning
    emp = brand.employer
    return brand.model_copy(update={
        "personas": more(brand.personas, "name"),
        "identity": brand.identity.model_copy(update={
            "values": more(brand.identity.values, "name")}),
        "character": brand.character.model_copy(update={
            "traits": more(brand.character.traits, "is_")}),
        "positioning": pos.model_copy(update={
            "competitors": more(pos.competitors, "name"),
            "proof_points": pos.proof_points * times}),
        "vocabulary": vocab.model_copy(update={
            "preferred": more(vocab.preferred, "use"), "banned": more(vocab.banned, "term"),
            "key_messages": more(vocab.key_messages, "text")}),
        "employer": emp.model_copy(update={
            "evp": more(emp.evp, "pillar"), "personas": more(emp.personas, "name"),
            "labour_competitors": more(emp.labour_competitors, "name"),
            "candidate_journey": more(emp.candidate_journey, "stage")}),
    })


def timed(make: Callable[[], ExportResult], runs: int) -> tuple[float, list[float], int]:
    start = time.perf_counter()
    result = make()
    cold = time.perf_counter() - start
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = make()
        times.append(time.perf_counter() - start)
    return cold, times, result.pages


def report(label: str, cold: float, times: list[float], pages: int, target: float) -> bool:
    median = statistics.median(times)
    worst = max(times)
    ok = worst < target
    print(f"{label:<44} {pages:>3} pages  cold {cold * 1000:7.1f} ms  median "
          f"{median * 1000:7.1f} ms  worst {worst * 1000:7.1f} ms  "
          f"target {target * 1000:.0f} ms  worst/target {worst / target:5.2f}  "
          f"{'OK' if ok else 'TOO SLOW'}")
    return ok


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        vonk = vonk_snapshot(Path(folder))
    sample = read_pack(sample_pack())
    ok = True
    for label, snapshot, kind in (("brief, Korenaar (DejaVu), vacancy", sample,
                                   BriefType.VACANCY),
                                  ("brief, Vonk (own fonts + logo), campaign", vonk,
                                   BriefType.CAMPAIGN)):
        request = BriefRequest(type=kind, title="Benchmark", background="Achtergrond.",
                               call_to_action="Solliciteer", budget="€ 1.000")

        def brief(s: ProfileSnapshot = snapshot, r: BriefRequest = request) -> ExportResult:
            return build_brief(s, r, io.BytesIO())

        cold, times, pages = timed(brief, runs=20)
        ok &= report(label, cold, times, pages, BRIEF_TARGET)

    times_factor = 1
    while True:
        big = ProfileSnapshot(brand=repeated(vonk.brand, times_factor), files=vonk.files)
        pages = build_guide(big, io.BytesIO()).pages
        if pages >= 20:
            break
        times_factor += 1
    cold, times, pages = timed(lambda: build_guide(big, io.BytesIO()), runs=5)
    ok &= report(f"guide, Vonk, every list x{times_factor}", cold, times, pages, GUIDE_TARGET)
    cold, times, pages = timed(lambda: build_guide(sample, io.BytesIO()), runs=5)
    ok &= report("guide, Korenaar as shipped", cold, times, pages, GUIDE_TARGET)
    child_overhead(sample, big)
    ok &= cancel_and_timeout(sample)
    return 0 if ok else 1


def many_words(snapshot: ProfileSnapshot) -> ProfileSnapshot:
    """The Briefs page test's profile: 1,500 words to avoid, a guide of about 100 pages."""
    return ProfileSnapshot(with_many_banned_words(snapshot.brand), files=snapshot.files)


def child_overhead(sample: ProfileSnapshot, big: ProfileSnapshot) -> None:
    """In-process against child process, best and median of 5 each (a warm server)."""
    request = BriefRequest(type=BriefType.VACANCY, title="Benchmark")
    start = time.perf_counter()
    render_in_child(DocumentKind.BRIEF, sample, request, "nl")
    print(f"\nfirst render in a child (starts the process server): "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")
    cases = (("brief, Korenaar", DocumentKind.BRIEF, sample, request),
             ("guide, Vonk, every list repeated", DocumentKind.GUIDE, big, None),
             ("guide, Korenaar + 1,500 words", DocumentKind.GUIDE, many_words(sample), None))
    for label, kind, snapshot, req in cases:
        here: list[float] = []
        apart: list[float] = []
        pages = 0
        for _ in range(5):
            start = time.perf_counter()
            pages = render(kind, snapshot, req, "nl").result.pages
            here.append(time.perf_counter() - start)
            start = time.perf_counter()
            render_in_child(kind, snapshot, req, "nl")
            apart.append(time.perf_counter() - start)
        extra = statistics.median(apart) - statistics.median(here)
        print(f"{label:<34} {pages:>3} pages  in-process best {min(here) * 1000:6.0f} median "
              f"{statistics.median(here) * 1000:6.0f} ms  child best {min(apart) * 1000:6.0f} "
              f"median {statistics.median(apart) * 1000:6.0f} ms  child costs "
              f"{extra * 1000:+5.0f} ms ({extra / statistics.median(here):+.0%})")
    print(f"peak memory of a layout child: {childproc.STATS.peak_memory_mb:.0f} MB "
          f"(cap {3 * 1024} MB)")


#: A cancelled or timed-out layout must stop within this (the tests only check that it stops).
STOP_TARGET = 1.0


def cancel_and_timeout(sample: ProfileSnapshot) -> bool:
    """How soon a cancelled layout (cancelled 0.2 s in) and one over its time (0.5 s) end,
    counted from the cancel and from the time limit; worst of 3 each."""
    import threading

    from brandregie.export.documents import RenderLimits

    big = many_words(sample)
    after_cancel: list[float] = []
    after_limit: list[float] = []
    for _ in range(3):
        flag = threading.Event()
        pressed: list[float] = []

        def progress(_done: int, _total: int, flag: threading.Event = flag,
                     pressed: list[float] = pressed) -> None:
            if not pressed:
                pressed.append(time.perf_counter() + 0.2)
                threading.Timer(0.2, flag.set).start()

        try:
            render_in_child(DocumentKind.GUIDE, big, None, "nl", progress=progress, cancel=flag)
        except childproc.Cancelled:
            after_cancel.append(time.perf_counter() - pressed[0])
        start = time.perf_counter()
        try:
            render_in_child(DocumentKind.GUIDE, big, None, "nl",
                            limits=RenderLimits(timeout_seconds=0.5))
        except Exception:
            after_limit.append(time.perf_counter() - start - 0.5)
    worst = max(after_cancel + after_limit, default=float("inf"))
    print(f"layout ended after cancel: worst {max(after_cancel, default=float('inf')) * 1000:.0f}"
          f" ms; after its time limit: worst {max(after_limit, default=float('inf')) * 1000:.0f}"
          f" ms (target {STOP_TARGET * 1000:.0f} ms)")
    return worst < STOP_TARGET


if __name__ == "__main__":
    sys.exit(main())
