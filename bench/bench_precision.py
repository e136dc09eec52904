"""Precision of the checks on real writing: every finding on the judged corpus, judged by hand.

Run: ``.venv/bin/python bench/bench_precision.py`` (``--unjudged`` shows each finding not yet
judged with its sentence, ``--text ID`` limits the run to one text, ``--json`` prints the figures).

``bench/corpus/manifest.json`` lists real public texts (vacancies, about-us, shop and product
pages, newsletters; Dutch, Flemish, English), each with its source address and a brand pack its
owner might set. Each text is read the way the app reads a ``.txt`` draft and checked against
its pack. ``bench/corpus/judgments.json`` holds, per text, a verdict for each finding:

* ``true``: right, and worth an owner's attention;
* ``false``: wrong (the text does not do what the finding says);
* ``noise``: not wrong, but not worth reading (a near-duplicate, a trifle, a page label);

and the misses seen while reading the text (``{"rule": ..., "excerpt": ..., "note": ...}``).
A finding is keyed by ``rule|excerpt|n`` (``n``: its number among findings with the same rule
and excerpt), so judgments survive changes that move offsets.

Texts are in two sets: ``tuned`` (the 42 texts the fixes of issue 13 were made against) and
``held-out`` (10 texts added and judged only after those fixes, never tuned for); both are
printed apart, so the figure on unseen writing stays visible.

Printed: precision (true over all findings: false and noise count against), noise share,
recall (true over true plus misses), per rule the same, the texts with the most wrong or noisy
findings, whether each vacancy was recognised as one, and the findings not yet judged.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from brandregie.checks import Finding, check_document  # noqa: E402
from brandregie.checks.engine import is_vacancy  # noqa: E402
from brandregie.ingest import read_document  # noqa: E402
from brandregie.profile.pack import read_pack  # noqa: E402

CORPUS = ROOT / "bench" / "corpus"
VERDICTS = ("true", "false", "noise")


@dataclass
class Tally:
    """Verdicts counted for one rule (or for everything)."""

    verdicts: Counter[str] = field(default_factory=Counter)
    misses: int = 0

    @property
    def judged(self) -> int:
        return sum(self.verdicts[v] for v in VERDICTS)

    @property
    def precision(self) -> float | None:
        return self.verdicts["true"] / self.judged if self.judged else None

    @property
    def recall(self) -> float | None:
        found = self.verdicts["true"]
        return found / (found + self.misses) if found + self.misses else None


def finding_keys(findings: tuple[Finding, ...]) -> list[str]:
    """``rule|excerpt|n`` for each finding, in order."""
    seen: Counter[tuple[str, str]] = Counter()
    keys = []
    for finding in findings:
        pair = (finding.rule, finding.excerpt)
        keys.append(f"{finding.rule}|{finding.excerpt}|{seen[pair]}")
        seen[pair] += 1
    return keys


def _context(text: str, finding: Finding) -> str:
    start, end = finding.location.start, finding.location.end
    left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start), start - 160)
    right = min(x for x in (text.find("\n", end), text.find(". ", end), end + 160, len(text))
                if x >= 0)
    return " ".join(text[max(left, 0):right + 1].split())


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:4.2f}"


def run(only: str | None, show_unjudged: bool) -> dict[str, Any]:
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    path = CORPUS / "judgments.json"
    judgments = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    total = Tally()
    sets: dict[str, Tally] = defaultdict(Tally)
    rules: dict[str, Tally] = defaultdict(Tally)
    offenders: list[tuple[int, int, str]] = []
    unjudged = 0
    vacancies: list[tuple[str, bool]] = []
    for item in manifest:
        if only and item["id"] != only:
            continue
        document = read_document(CORPUS / item["file"])
        snapshot = read_pack(CORPUS / item["pack"])
        report = check_document(document, snapshot, lang="en")
        if item["kind"] == "vacancy":
            vacancies.append((item["id"], is_vacancy(document.text, report.language)))
        judged = judgments.get(item["id"], {})
        verdicts: dict[str, str] = judged.get("findings", {})
        bad = 0
        for key, finding in zip(finding_keys(report.findings), report.findings, strict=True):
            verdict = verdicts.get(key)
            if verdict not in VERDICTS:
                unjudged += 1
                if show_unjudged:
                    print(f"[{item['id']}] {json.dumps(key, ensure_ascii=False)}  "
                          f"({finding.severity.value})\n    {finding.message}\n    … "
                          f"{_context(document.text, finding)}\n")
                continue
            total.verdicts[verdict] += 1
            sets[item.get("set", "tuned")].verdicts[verdict] += 1
            rules[finding.rule].verdicts[verdict] += 1
            bad += verdict != "true"
        for miss in judged.get("misses", []):
            total.misses += 1
            sets[item.get("set", "tuned")].misses += 1
            rules[miss["rule"]].misses += 1
        offenders.append((bad, len(report.findings), item["id"]))
    figures = {
        "texts": len(offenders), "findings": total.judged, "unjudged": unjudged,
        "precision": total.precision,
        "noise_share": total.verdicts["noise"] / total.judged if total.judged else None,
        "recall": total.recall, "misses": total.misses,
        "sets": {name: {"findings": t.judged, "precision": t.precision, "recall": t.recall}
                 for name, t in sorted(sets.items())},
        "rules": {rule: {"findings": t.judged, "precision": t.precision, "recall": t.recall,
                         "false": t.verdicts["false"], "noise": t.verdicts["noise"],
                         "misses": t.misses} for rule, t in sorted(rules.items())},
        "worst": [{"text": name, "wrong_or_noise": bad, "findings": count}
                  for bad, count, name in sorted(offenders, reverse=True)[:8] if bad],
        "vacancies_recognised": sum(found for _, found in vacancies),
        "vacancies": len(vacancies),
        "vacancies_missed": [name for name, found in vacancies if not found],
    }
    return figures


def show(figures: dict[str, Any]) -> None:
    print(f"{figures['texts']} texts, {figures['findings']} judged findings"
          f" ({figures['unjudged']} not yet judged)")
    print(f"precision {_fmt(figures['precision'])}   noise share {_fmt(figures['noise_share'])}"
          f"   recall {_fmt(figures['recall'])} ({figures['misses']} misses)")
    for name, row in figures["sets"].items():
        print(f"  {name:9} {row['findings']:4} findings, precision {_fmt(row['precision'])},"
              f" recall {_fmt(row['recall'])}")
    print(f"vacancies recognised: {figures['vacancies_recognised']} of {figures['vacancies']}"
          + (f" (missed: {', '.join(figures['vacancies_missed'])})"
             if figures["vacancies_missed"] else ""))
    print(f"\n{'rule':32} {'found':>5} {'prec':>5} {'false':>5} {'noise':>5} {'miss':>5}"
          f" {'recall':>6}")
    for rule, row in figures["rules"].items():
        print(f"{rule:32} {row['findings']:5} {_fmt(row['precision']):>5} {row['false']:5}"
              f" {row['noise']:5} {row['misses']:5} {_fmt(row['recall']):>6}")
    if figures["worst"]:
        print("\nworst offenders (wrong or noise / findings):")
        for row in figures["worst"]:
            print(f"  {row['wrong_or_noise']:3} / {row['findings']:3}  {row['text']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--text", help="check only the text with this id")
    parser.add_argument("--unjudged", action="store_true", help="show findings not yet judged")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = run(args.text, args.unjudged)
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        show(figures)


if __name__ == "__main__":
    main()
