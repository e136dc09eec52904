"""How well the voice model tells a writer's own texts from other writers' (issue 19).

For every writer in ``bench/voice/*.json`` and every rotation of their texts, the voice is
built from three texts; the writer's other texts (positives) and every text of the other
writers in the same language (negatives) are scored by their distance from that voice. AUC is
the chance that a text by someone else lies further away than one by the writer. Printed: AUC
per writer and overall, the AUC of each feature alone (|z| as the score: which features carry
it), and how often ``voice.drift`` would name a held-out own text and another writer's text;
for the development writers (the norms in ``checks/voice_norms.py`` are measured on them), the
held-out writers (never tuned on), the fresh writers (added after everything was fixed), all
together, and pair by pair with the norms measured again without either writer.

    .venv/bin/python bench/bench_voice.py            # the evaluation
    .venv/bin/python bench/bench_voice.py --fit      # measure the norms on the development writers
    .venv/bin/python bench/bench_voice.py --speed    # build from 5 x 300 words, check 1,000 words
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from brandregie.checks.rules.voice import DRAFT_DISTANCE, DRAFT_Z  # noqa: E402
from brandregie.checks.voice import (  # noqa: E402
    FEATURES,
    Deviation,
    Tally,
    compare,
    distance,
    tally_text,
    voice_of,
)

HERE = ROOT / "bench" / "voice"
OWN = 3


def auc(positives: list[float], negatives: list[float]) -> float:
    """P(negative > positive), ties half: the Mann-Whitney statistic."""
    if not positives or not negatives:
        return float("nan")
    wins = 0.0
    for p in positives:
        for n in negatives:
            wins += 1.0 if n > p else 0.5 if n == p else 0.0
    return wins / (len(positives) * len(negatives))


def load() -> list[dict[str, Any]]:
    writers = []
    for path in sorted(HERE.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["id"] = path.stem
        writers.append(data)
    return writers


#: Every third writer in file-name order, from the third, when there were twelve: fixed before
#: any tuning, never used to choose features, weights or settings.
HELD_OUT = frozenset({"nl-7days-laura-simons", "nl-bloei-en-leef", "nl-karl-van-heijster",
                      "nl-tiamo-pastoor"})
#: Writers added after the model, its norms and its settings were fixed: scored with the
#: shipped norms, never used for anything else.
FRESH = frozenset({"nl-barld-boot", "nl-sander-geraedts"})


def held_out(ids: list[str]) -> set[str]:
    """The writers the norms are not measured on: the held-out and the fresh ones."""
    return {w for w in ids if w in HELD_OUT | FRESH}


Tallies = dict[str, list[Tally]]


def read(writers: list[dict[str, Any]]) -> tuple[Tallies, dict[str, str]]:
    tallies = {str(w["id"]): [tally_text(t["text"], str(w["lang"])) for t in w["texts"]]
               for w in writers}
    return tallies, {str(w["id"]): str(w["lang"]) for w in writers}


class Scores(NamedTuple):
    per_writer: list[tuple[str, float, int]]
    pos: list[float]
    neg: list[float]
    feature_pos: dict[str, list[float]]
    feature_neg: dict[str, list[float]]
    #: Share of own held-out texts and of other writers' texts voice.drift names.
    flagged: tuple[float, float]


def score(tallies: Tallies, langs: dict[str, str], owners: list[str],
          others: list[str]) -> Scores:
    """For each owner and rotation: the voice from 3 of their texts; their other texts
    (positives) and the texts of ``others`` in the same language (negatives) scored."""
    all_pos: list[float] = []
    all_neg: list[float] = []
    feature_pos: dict[str, list[float]] = defaultdict(list)
    feature_neg: dict[str, list[float]] = defaultdict(list)
    per_writer: list[tuple[str, float, int]] = []
    flags: tuple[list[bool], list[bool]] = ([], [])
    for wid in owners:
        own = tallies[wid]
        pos: list[float] = []
        neg: list[float] = []
        n = len(own)
        for start in range(n):
            chosen = [(start + k) % n for k in range(OWN)]
            voice = voice_of([own[i] for i in chosen], langs[wid])
            if voice is None:
                continue
            for i in range(n):
                if i in chosen:
                    continue
                devs = compare(voice, own[i])
                pos.append(distance(devs))
                flags[0].append(_flagged(devs))
                for d in devs:
                    feature_pos[d.feature].append(abs(d.z))
            for other in others:
                if other == wid or langs[other] != langs[wid]:
                    continue
                for tally in tallies[other]:
                    devs = compare(voice, tally)
                    neg.append(distance(devs))
                    flags[1].append(_flagged(devs))
                    for d in devs:
                        feature_neg[d.feature].append(abs(d.z))
        per_writer.append((wid, auc(pos, neg), n))
        all_pos += pos
        all_neg += neg
    own_flagged = sum(flags[0]) / len(flags[0]) if flags[0] else 0.0
    other_flagged = sum(flags[1]) / len(flags[1]) if flags[1] else 0.0
    return Scores(per_writer, all_pos, all_neg, feature_pos, feature_neg,
                  (own_flagged, other_flagged))


def _flagged(devs: list[Deviation]) -> bool:
    """Whether voice.drift names the whole text (its two thresholds)."""
    return bool(devs) and distance(devs) >= DRAFT_DISTANCE and abs(devs[0].z) >= DRAFT_Z


def report(title: str, tallies: Tallies, langs: dict[str, str], owners: list[str],
           others: list[str], *, features: bool = False) -> None:
    per_writer, pos, neg, feature_pos, feature_neg, flagged = score(tallies, langs, owners,
                                                                    others)
    print(f"\n{title}\n{'writer':40} {'lang':4} {'texts':>5} {'AUC':>6}")
    for wid, value, n in per_writer:
        print(f"{wid:40} {langs[wid]:4} {n:5d} {value:6.3f}")
    mean = statistics.mean(v for _, v, _ in per_writer)
    print(f"AUC {auc(pos, neg):.3f} (pooled pairs); mean per writer {mean:.3f}; "
          f"{len(owners)} writers, {sum(n for *_, n in per_writer)} texts")
    print(f"distance: own held-out texts median {statistics.median(pos):.2f} "
          f"(90th percentile {statistics.quantiles(pos, n=10)[-1]:.2f}), "
          f"others median {statistics.median(neg):.2f}")
    print(f"voice.drift names {flagged[0]:.0%} of the own held-out texts and {flagged[1]:.0%} "
          "of the other writers' texts")
    if features:
        print("feature alone (|z| against the owner as the score):")
        ranked = sorted(((auc(feature_pos[f.name], feature_neg[f.name]), f.name)
                         for f in FEATURES), reverse=True)
        for value, name in ranked:
            print(f"  {name:20} {value:.3f}")


def evaluate() -> None:
    writers = load()
    tallies, langs = read(writers)
    held = held_out(list(tallies))
    dev = [w for w in tallies if w not in held]
    report("development writers (norms and settings chosen on these; each against the other "
           "development writers)", tallies, langs, dev, dev, features=True)
    held_four = sorted(HELD_OUT & set(tallies))
    report("held-out writers against every other writer", tallies, langs, held_four,
           list(tallies))
    report("held-out writers against held-out writers only (nothing of theirs was seen by the "
           "norms)", tallies, langs, held_four, held_four)
    fresh = sorted(FRESH & set(tallies))
    report("fresh writers (added after everything was fixed) against every other writer",
           tallies, langs, fresh, list(tallies))
    report("all writers against all (as measured before the split)", tallies, langs,
           list(tallies), list(tallies))
    leave_one_writer_out(tallies, langs, held)


def leave_one_writer_out(tallies: Tallies, langs: dict[str, str], held: set[str]) -> None:
    """Each owner against each other writer, with norms measured on the remaining writers
    only (never on the owner nor on the writer they are told from): a held-out figure over
    all twelve. The settings were still chosen on the development writers, so for those
    eight it is a little kind; the English pairs have Dutch norms only."""
    from brandregie.checks import voice_norms

    kept: Norms = (dict(voice_norms.WEIGHTS),
                   {k: dict(v) for k, v in voice_norms.WITHIN.items()},
                   {k: dict(v) for k, v in voice_norms.POPULATION.items()})
    pairs: dict[str, list[float]] = defaultdict(list)
    try:
        for wid in tallies:
            for other in tallies:
                if other == wid or langs[other] != langs[wid]:
                    continue
                _install(norms(tallies, langs, [w for w in tallies if w not in (wid, other)]))
                scores = score(tallies, langs, [wid], [other])
                pairs[wid].append(auc(scores.pos, scores.neg))
    finally:
        _install(kept)
    print("\nleave two writers out (norms from the writers that are neither the owner nor "
          "the other)")
    for wid in tallies:
        print(f"{wid:40} {langs[wid]:4} {statistics.mean(pairs[wid]):6.3f}")
    for title, ids in (("all writers", list(tallies)),
                       ("the held-out writers", sorted(HELD_OUT & set(tallies))),
                       ("the fresh writers", sorted(FRESH & set(tallies))),
                       ("the development writers", [w for w in tallies if w not in held])):
        every = [a for w in ids for a in pairs[w]]
        print(f"{title}: mean AUC over owner-other pairs {statistics.mean(every):.3f} "
              f"({len(every)} pairs)")


def _install(found: Norms) -> None:
    """Put ``found`` in place of the shipped norms (the dicts are shared by reference)."""
    from brandregie.checks import voice_norms

    weights, within, population = found
    voice_norms.WEIGHTS.clear()
    voice_norms.WEIGHTS.update(weights)
    voice_norms.WITHIN.clear()
    voice_norms.WITHIN.update(within)
    voice_norms.POPULATION.clear()
    voice_norms.POPULATION.update(population)


def _literal(value: object, indent: int = 0) -> str:
    """A dict of floats, tuples or dicts as Python source, one entry a line."""
    if isinstance(value, dict):
        inner = " " * (indent + 4)
        lines = [f"{inner}{json.dumps(k)}: {_literal(v, indent + 4)}," for k, v in value.items()]
        return "{\n" + "\n".join(lines) + "\n" + " " * indent + "}"
    if isinstance(value, tuple):
        return "(" + ", ".join(repr(v) for v in value) + ")"
    return repr(value)


Norms = tuple[dict[str, float], dict[str, dict[str, float]],
              dict[str, dict[str, tuple[float, float]]]]


def norms(tallies: Tallies, langs: dict[str, str], dev: list[str]) -> Norms:
    """Weights, within-writer spreads and the population of the writers ``dev``."""
    within: dict[str, dict[str, float]] = {}
    population: dict[str, dict[str, tuple[float, float]]] = {}
    ratios: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for lang in sorted({langs[w] for w in dev}):
        mine = [w for w in dev if langs[w] == lang]
        within[lang] = {}
        population[lang] = {}
        for feature in FEATURES:
            per = [[v for v in (t.value(feature.name) for t in tallies[w]) if v is not None]
                   for w in mine]
            per = [values for values in per if len(values) >= 2]
            every = [v for values in per for v in values]
            if not every:
                continue
            squares = sum(sum((v - statistics.mean(vs)) ** 2 for v in vs) for vs in per)
            sd_within = math.sqrt(squares / sum(len(vs) - 1 for vs in per))
            means = [statistics.mean(vs) for vs in per]
            sd_between = statistics.pstdev(means)
            within[lang][feature.name] = round(sd_within, 4)
            population[lang][feature.name] = (round(statistics.mean(every), 4),
                                              round(statistics.pstdev(every), 4))
            # the writers' means vary by chance too (their texts' spread over ~OWN texts)
            signal = max(sd_between ** 2 - sd_within ** 2 / OWN, 0.0)
            ratio = signal / sd_within ** 2 if sd_within else 0.0
            ratios[feature.name].append((ratio, len(mine)))
    weights = {name: round(sum(r * n for r, n in pairs) / sum(n for _, n in pairs), 4)
               for name, pairs in ratios.items()}
    return weights, within, population


def fit() -> None:
    """Write brandregie/checks/voice_norms.py from the development writers alone."""
    tallies, langs = read(load())
    held = held_out(list(tallies))
    dev = [w for w in tallies if w not in held]
    weights, within, population = norms(tallies, langs, dev)
    path = ROOT / "brandregie" / "checks" / "voice_norms.py"
    path.write_text(
        '"""Norms of the voice model, measured on the development writers of bench/voice/ (the\n'
        'held-out writers are not in them). Written by ``bench/bench_voice.py --fit``; do not\n'
        'edit by hand.\n\n'
        '``WEIGHTS``: per feature, how much more it varies between writers than between one\n'
        "writer's texts (between-writer variance less chance, over within-writer variance).\n"
        "``WITHIN``: per language, the spread of a feature between one writer's texts.\n"
        "``POPULATION``: per language, the mean and spread over all those texts.\n"
        '"""\n\n'
        f"WEIGHTS: dict[str, float] = {_literal(weights)}\n"
        f"WITHIN: dict[str, dict[str, float]] = {_literal(within)}\n"
        f"POPULATION: dict[str, dict[str, tuple[float, float]]] = {_literal(population)}\n",
        encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)} from {len(dev)} development writers")


def speed() -> None:
    from brandregie.checks import check_document
    from brandregie.checks.language import tools
    from brandregie.checks.voice import build_voice
    from brandregie.ingest.document import Document
    from brandregie.profile.schema import Brand, Voice, VoiceText
    from brandregie.profile.snapshot import ProfileSnapshot

    writers = [w for w in load() if w["lang"] == "nl"]
    pool = " ".join(t["text"] for w in writers for t in w["texts"])
    words = pool.split()
    own = [" ".join(words[i * 300:(i + 1) * 300]) for i in range(5)]
    draft = [" ".join(words[2000 + i * 100:2100 + i * 100]) for i in range(10)]
    tools("nl")  # the lemmatiser loads once per process, for every check alike
    started = time.perf_counter()
    build_voice(own, "nl")
    built = time.perf_counter() - started
    other = [" ".join(words[3000 + i * 300:3300 + i * 300]) for i in range(5)]
    started = time.perf_counter()
    build_voice(other, "nl")
    rebuilt = time.perf_counter() - started
    document = Document.from_paragraphs("draft.txt", draft)
    plain = ProfileSnapshot(Brand(name="B"))
    voiced = ProfileSnapshot(Brand(name="B", voice=Voice(
        texts=tuple(VoiceText(text=t) for t in own))))
    check_document(document, plain, lang="en", draft_language="nl")
    check_document(document, voiced, lang="en", draft_language="nl")
    runs = 20
    times = {}
    for name, snapshot in (("without own texts", plain), ("with own texts", voiced)):
        started = time.perf_counter()
        for _ in range(runs):
            check_document(document, snapshot, lang="en", draft_language="nl")
        times[name] = (time.perf_counter() - started) / runs
    print(f"build the voice from 5 texts of 300 words: {built * 1000:.0f} ms (first build, "
          f"loads the English word list for loanwords); 5 other texts: {rebuilt * 1000:.0f} ms")
    for name, value in times.items():
        print(f"check a 1,000-word draft {name}: {value * 1000:.1f} ms")
    print(f"the voice adds {(times['with own texts'] - times['without own texts']) * 1000:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--fit", action="store_true",
                        help="write brandregie/checks/voice_norms.py from the development writers")
    args = parser.parse_args()
    if args.speed:
        speed()
    elif args.fit:
        fit()
    else:
        evaluate()


if __name__ == "__main__":
    main()
