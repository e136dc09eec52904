"""How well the voice model tells a writer's own texts from other writers' (issue 19).

For every writer in ``bench/voice/*.json`` and every rotation of their texts, the voice is
built from three texts; the writer's other texts (positives) and every text of the other
writers in the same language (negatives) are scored by their distance from that voice. AUC is
the chance that a text by someone else lies further away than one by the writer. Printed: AUC
per writer and overall, the AUC of each feature alone (|z| as the score: which features carry
it), and how often ``voice.drift`` would name a held-out own text and another writer's text.

    .venv/bin/python bench/bench_voice.py            # the evaluation
    .venv/bin/python bench/bench_voice.py --speed    # build from 5 x 300 words, check 1,000 words
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from brandregie.checks.voice import (  # noqa: E402
    FEATURES,
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


def evaluate() -> None:
    writers = load()
    tallies: dict[str, list[Tally]] = {}
    for w in writers:
        lang = str(w["lang"])
        tallies[str(w["id"])] = [tally_text(t["text"], lang) for t in w["texts"]]
    langs = {str(w["id"]): str(w["lang"]) for w in writers}
    all_pos: list[float] = []
    all_neg: list[float] = []
    feature_pos: dict[str, list[float]] = defaultdict(list)
    feature_neg: dict[str, list[float]] = defaultdict(list)
    per_writer: list[tuple[str, float, int]] = []
    for wid, own in tallies.items():
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
                for d in devs:
                    feature_pos[d.feature].append(abs(d.z))
            for other, theirs in tallies.items():
                if other == wid or langs[other] != langs[wid]:
                    continue
                for tally in theirs:
                    devs = compare(voice, tally)
                    neg.append(distance(devs))
                    for d in devs:
                        feature_neg[d.feature].append(abs(d.z))
        per_writer.append((wid, auc(pos, neg), n))
        all_pos += pos
        all_neg += neg
    print(f"{'writer':40} {'lang':4} {'texts':>5} {'AUC':>6}")
    for wid, value, n in per_writer:
        print(f"{wid:40} {langs[wid]:4} {n:5d} {value:6.3f}")
    mean = statistics.mean(v for _, v, _ in per_writer)
    print(f"\noverall (pooled pairs): AUC {auc(all_pos, all_neg):.3f}; mean per writer {mean:.3f};"
          f" {len(writers)} writers, {sum(n for *_, n in per_writer)} texts")
    print(f"distance: own held-out median {statistics.median(all_pos):.2f}, "
          f"others median {statistics.median(all_neg):.2f}")
    print("\nfeature alone (|z| as the score):")
    ranked = sorted(((auc(feature_pos[f.name], feature_neg[f.name]), f.name) for f in FEATURES),
                    reverse=True)
    for value, name in ranked:
        print(f"  {name:20} {value:.3f}")


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
    if parser.parse_args().speed:
        speed()
    else:
        evaluate()


if __name__ == "__main__":
    main()
