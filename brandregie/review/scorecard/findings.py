"""The rules of versions' findings the owner kept, picked out of the stored reports by the database.

A stored report is tens of KB of JSON per draft (each finding with its message, suggestion and
repeats, in words and as said); the scorecard needs four fields of each finding: its rule, and
its excerpt and offsets, which tell it apart from the findings the owner dismissed. Parsing the
2,000 first drafts' whole reports of the five-year store into findings in Python took about
9 s of CPU; the database's own JSON functions (SQLite's ``json_each``, PostgreSQL's
``json_array_elements``) pick out those fields in well under a second.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from brandregie import models as m
from brandregie.models.review import FindingAnswer
from brandregie.review.compare import key_of

#: A finding as the scorecard knows it: rule, excerpt, start and end.
Parts = tuple[str, str, int, int]

# Per version, in the report's order. SQLite parses each finding once for all four fields (one
# JSON array per finding: four json_extract calls parsed it four times, 0.5 s more).
_SQLITE = text(
    "SELECT v.id, json_extract(f.value, '$.rule', '$.excerpt', '$.location.start',"
    " '$.location.end') FROM draft_versions AS v, json_each(v.report, '$.findings') AS f"
    " WHERE v.id IN :ids ORDER BY v.id, f.key"
).bindparams(bindparam("ids", expanding=True))
_POSTGRESQL = text(
    "SELECT v.id, f.value ->> 'rule', f.value ->> 'excerpt',"
    " f.value -> 'location' ->> 'start', f.value -> 'location' ->> 'end'"
    " FROM draft_versions AS v CROSS JOIN LATERAL"
    " json_array_elements(v.report -> 'findings') WITH ORDINALITY AS f(value, n)"
    " WHERE v.id IN :ids ORDER BY v.id, f.n"
).bindparams(bindparam("ids", expanding=True))


def kept_rules(s: Session, version_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Per version, the rules of its report's findings less the ones the owner dismissed, in
    the report's order (a version left out has none: no report, or every finding dismissed).

    A dismissal names its finding by key, a hash of the finding's parts, and keeps those parts
    too: comparing the parts is the same test as comparing keys, without hashing every finding.
    A dismissal whose parts do not give its key (never written so) is compared by key."""
    by_parts: dict[int, set[Parts]] = {}
    by_key: dict[int, set[str]] = {}
    for version_id, key, rule, excerpt, start, end in s.execute(
            select(m.FindingState.version_id, m.FindingState.key, m.FindingState.rule,
                   m.FindingState.excerpt, m.FindingState.start, m.FindingState.end)
            .where(m.FindingState.version_id.in_(version_ids),
                   m.FindingState.answer == FindingAnswer.DISMISSED)):
        if key_of(rule, excerpt, start, end) == key:
            by_parts.setdefault(version_id, set()).add((rule, excerpt, start, end))
        else:
            by_key.setdefault(version_id, set()).add(key)
    kept: dict[int, list[str]] = {}
    for version_id, finding in _findings(s, version_ids):
        if finding in by_parts.get(version_id, ()):
            continue
        if version_id in by_key and key_of(*finding) in by_key[version_id]:
            continue
        kept.setdefault(version_id, []).append(finding[0])
    return {version_id: tuple(rules) for version_id, rules in kept.items()}


def _findings(s: Session, version_ids: Sequence[int]) -> Iterator[tuple[int, Parts]]:
    """Each finding's parts as the report's reader makes them (absent: no excerpt, offset 0)."""
    if s.get_bind().dialect.name == "sqlite":
        loads = json.loads
        for version_id, fields in s.execute(_SQLITE, {"ids": list(version_ids)}).all():
            rule, excerpt, start, end = loads(fields)
            yield version_id, (str(rule), excerpt or "", start or 0, end or 0)
        return
    for version_id, rule, excerpt, start, end in s.execute(
            _POSTGRESQL, {"ids": list(version_ids)}).all():
        yield version_id, (str(rule), excerpt or "", int(start or 0), int(end or 0))
