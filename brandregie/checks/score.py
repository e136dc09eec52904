"""From findings to a score: per category, then one figure and a traffic light.

Each finding costs its category points by severity (error 25, warning 8, info 2). Repeats of
the same rule cost less each time (the k-th costs 1/sqrt(k) of the first), so one habit repeated
ten times weighs less than ten different problems, yet still more than three. A category scores
``100 - cost`` (at least 0).
The overall score is a weighted mean of the categories the draft gives something to judge
(terminology and tone only when it has text; visual only when it carries fonts, colours or
images; messages only when the brand has key messages), base weights terminology 30, tone 25,
readability 20, messages 15, visual 10, voice 10 (only with the owner's own texts), each
raised by its shortfall (``weight * (1 + (100 - score) / 50)``): a draft that breaks the
brand's words badly cannot hide behind easy sentences. Green means 80 or more and no errors;
red means under 60.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from brandregie.checks.model import Category, Finding, Severity, TrafficLight

PENALTY = {Severity.ERROR: 25.0, Severity.WARNING: 8.0, Severity.INFO: 2.0}
WEIGHT = {Category.TERMINOLOGY: 30, Category.TONE: 25, Category.READABILITY: 20,
          Category.MESSAGES: 15, Category.VISUAL: 10, Category.VOICE: 10}
GREEN_FROM = 80
RED_BELOW = 60


def category_scores(findings: Iterable[Finding], applicable: Iterable[Category]
                    ) -> tuple[tuple[Category, int | None], ...]:
    """Sub-scores in the fixed category order; ``None`` for categories that do not apply."""
    cost: dict[Category, float] = dict.fromkeys(Category, 0.0)
    seen: Counter[tuple[str, Severity]] = Counter()
    for finding in findings:
        seen[(finding.rule, finding.severity)] += 1
        cost[finding.category] += PENALTY[finding.severity] / math.sqrt(
            seen[(finding.rule, finding.severity)])
    wanted = set(applicable)
    return tuple((c, max(0, round(100 - cost[c])) if c in wanted else None) for c in Category)


def overall(categories: Iterable[tuple[Category, int | None]]) -> int:
    total = weights = 0.0
    for category, score in categories:
        if score is not None:
            weight = WEIGHT[category] * (1 + (100 - score) / 50)
            total += weight * score
            weights += weight
    return round(total / weights) if weights else 100


def traffic_light(score: int, findings: Iterable[Finding]) -> TrafficLight:
    if score < RED_BELOW:
        return TrafficLight.RED
    if score >= GREEN_FROM and not any(f.severity is Severity.ERROR for f in findings):
        return TrafficLight.GREEN
    return TrafficLight.AMBER


#: Findings kept per rule: a hostile or huge draft can raise one rule 30,000 times, and a person
#: needs the first ones and the count, not a 57 MB report. The score counts them all.
MAX_PER_RULE = 100


def capped(findings: Iterable[Finding]) -> tuple[list[Finding], tuple[tuple[str, int], ...]]:
    """The first :data:`MAX_PER_RULE` findings of each rule, and how many more each had."""
    kept: list[Finding] = []
    seen: Counter[str] = Counter()
    for finding in findings:
        seen[finding.rule] += 1
        if seen[finding.rule] <= MAX_PER_RULE:
            kept.append(finding)
    omitted = tuple((rule, n - MAX_PER_RULE) for rule, n in seen.items() if n > MAX_PER_RULE)
    return kept, omitted
