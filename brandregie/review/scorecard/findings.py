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
from typing import Any

from sqlalchemy import bindparam, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from brandregie import models as m
from brandregie.models.review import FindingAnswer
from brandregie.review.compare import key_of

#: A finding as the scorecard knows it: rule, excerpt, start and end.
Parts = tuple[str, str, int, int]

# Per version, its findings' parts as one JSON list of [rule, excerpt, start, end] in the
# report's order: each finding is parsed once in the database, and Python parses one short
# text per version (a row per finding, or a JSON parse per finding, cost as much again). On
# PostgreSQL the report (a json column: text) is made jsonb once; each ``->`` on json parses
# its text again (the five-year store's scorecard: 6.7 s of the server's time against 2.9).
_SQLITE = text(
    "SELECT v.id, '[' || group_concat(json_extract(f.value, '$.rule', '$.excerpt',"
    " '$.location.start', '$.location.end'), ',') || ']'"
    " FROM draft_versions AS v, json_each(v.report, '$.findings') AS f"
    " WHERE v.id IN :ids GROUP BY v.id"
).bindparams(bindparam("ids", expanding=True))
_POSTGRESQL = text(
    "SELECT v.id, CAST(jsonb_agg(jsonb_build_array(f.value -> 'rule', f.value -> 'excerpt',"
    " f.value -> 'location' -> 'start', f.value -> 'location' -> 'end') ORDER BY f.n) AS TEXT)"
    " FROM draft_versions AS v CROSS JOIN LATERAL"
    " jsonb_array_elements(CAST(v.report AS JSONB) -> 'findings') WITH ORDINALITY AS f(value, n)"
    " WHERE v.id IN :ids GROUP BY v.id"
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
    kept: dict[int, tuple[str, ...]] = {}
    for version_id, found in _listed(s, version_ids):
        parts, keys = by_parts.get(version_id), by_key.get(version_id)
        if parts or keys:
            found = [f for f in found if not _dismissed(_parts(f), parts, keys)]
        kept[version_id] = tuple(str(f[0]) for f in found)
    return kept


def _listed(s: Session, version_ids: Sequence[int]) -> Iterator[tuple[int, list[list[Any]]]]:
    """Per version with findings, their parts (each a list: rule, excerpt, start, end)."""
    ids = {"ids": list(version_ids)}
    if s.get_bind().dialect.name == "sqlite":
        rows = s.execute(_SQLITE, ids).all()
    else:
        try:
            with s.begin_nested():  # a failed query ends only this savepoint, not the reading
                rows = s.execute(_POSTGRESQL, ids).all()
        except DBAPIError:
            # a NUL character in a draft's text, kept in its report as "\u0000": PostgreSQL's
            # JSON functions refuse it, so this batch's reports are parsed here, whole
            yield from _parsed_here(s, version_ids)
            return
    for version_id, listed in rows:
        yield version_id, json.loads(listed)


def _parsed_here(s: Session, version_ids: Sequence[int]
                 ) -> Iterator[tuple[int, list[list[Any]]]]:
    for version_id, report in s.execute(select(m.DraftVersion.id, m.DraftVersion.report)
                                        .where(m.DraftVersion.id.in_(version_ids))):
        findings = (report or {}).get("findings") or []
        if findings:
            yield version_id, [[f.get("rule"), f.get("excerpt"), *_offsets(f.get("location"))]
                               for f in findings]


def _offsets(location: dict[str, Any] | None) -> tuple[Any, Any]:
    return (location or {}).get("start"), (location or {}).get("end")


def _parts(listed: list[Any]) -> Parts:
    """A finding's parts as the report's reader makes them (absent: no excerpt, offset 0)."""
    rule, excerpt, start, end = listed
    return (str(rule), excerpt or "", start or 0, end or 0)


def _dismissed(finding: Parts, parts: set[Parts] | None, keys: set[str] | None) -> bool:
    return (parts is not None and finding in parts) or (
        keys is not None and key_of(*finding) in keys)
