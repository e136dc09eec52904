"""The u <-> je conversion on real Dutch sentences, judged by hand: how often it is right.

Run: ``.venv/bin/python bench/bench_address.py`` (``--unjudged`` lists outputs without a
judgment, to read and judge; ``--write`` refreshes ``bench/address/results.tsv``).

``bench/address/u_form.txt`` and ``je_form.txt`` hold the sentences (see their headers for the
sources). Each is fixed as ``brandregie fix`` does it, with only the address kind, against the
sample brand speaking ``je`` (for u-form sentences) or ``u`` (for je-form sentences).
``bench/address/judgments.tsv`` holds a person's verdict on each output: ``ok`` (grammatical
and meaning-preserving, or rightly left alone) or ``bad``. A changed verdict-less output counts
as unjudged. Printed: the share judged ok, and of the bad ones how many were flagged "check"
(offered, never applied) and how many were applied silently (the number that must be 0).
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from brandregie.fixes.model import apply_fixes  # noqa: E402
from brandregie.fixes.plain import plain_document  # noqa: E402
from brandregie.fixes.propose import propose  # noqa: E402
from brandregie.paths import sample_pack  # noqa: E402
from brandregie.profile.pack import read_pack  # noqa: E402
from brandregie.profile.snapshot import ProfileSnapshot  # noqa: E402

FOLDER = ROOT / "bench" / "address"
#: (direction, file, the brand's form): the held-out files were judged after the rules were
#: tuned on the first two, with no change afterwards: their rate is the honest estimate.
SETS = (("u>je", "u_form.txt", "je"), ("je>u", "je_form.txt", "u"),
        ("u>je held-out", "u_form_heldout.txt", "je"),
        ("je>u held-out", "je_form_heldout.txt", "u"),
        ("u>je held-out 2", "u_form_heldout2.txt", "je"),
        ("je>u held-out 2", "je_form_heldout2.txt", "u"))


def _snapshot(form: str) -> ProfileSnapshot:
    snapshot = read_pack(sample_pack())
    character = snapshot.brand.character.model_copy(update={"address": {"nl": form,
                                                                        "en": "you"}})
    return replace(snapshot, brand=snapshot.brand.model_copy(update={"character": character}))


def sentences(name: str) -> list[str]:
    lines = (FOLDER / name).read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def convert() -> list[tuple[str, str, str, str]]:
    """(direction, sentence, output, status): status ``safe``, ``check`` or ``none``."""
    rows = []
    for direction, name, form in SETS:
        snapshot = _snapshot(form)
        for sentence in sentences(name):
            fixes, _ = propose(plain_document("s.txt", sentence), snapshot, {"address"})
            status = "none" if not fixes else "safe" if all(f.safe for f in fixes) else "check"
            rows.append((direction, sentence, apply_fixes(sentence, fixes), status))
    return rows


def judgments() -> dict[tuple[str, str, str], str]:
    path = FOLDER / "judgments.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {(r[0], r[1], r[2]): r[3] for r in csv.reader(fh, delimiter="\t")
                if len(r) >= 4 and not r[0].startswith("#")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unjudged", action="store_true", help="list outputs to judge")
    parser.add_argument("--write", action="store_true", help="write results.tsv")
    args = parser.parse_args()
    rows = convert()
    verdicts = judgments()
    if args.write:
        with (FOLDER / "results.tsv").open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, delimiter="\t", lineterminator="\n").writerows(rows)
    for direction in (*(d for d, _, _ in SETS), "all"):
        chosen = [r for r in rows if direction in ("all", r[0])]
        judged = [(r, verdicts[r[:3]]) for r in chosen if r[:3] in verdicts]
        ok = sum(v == "ok" for _, v in judged)
        bad_flagged = sum(v == "bad" and r[3] == "check" for r, v in judged)
        bad_silent = sum(v == "bad" and r[3] != "check" for r, v in judged)
        flagged = sum(r[3] == "check" for r in chosen)
        rate = 100 * ok / len(judged) if judged else 0.0
        print(f"{direction:15} {len(chosen):4} sentences, {len(judged):4} judged: "
              f"{rate:5.1f}% right; {flagged} flagged check; wrong: {bad_flagged} flagged, "
              f"{bad_silent} applied silently")
    if args.unjudged:
        for row in rows:
            if row[:3] not in verdicts:
                print("\t".join(row))


if __name__ == "__main__":
    main()
