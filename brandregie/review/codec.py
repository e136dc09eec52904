"""Reports and drafts to JSON and back, as kept per draft version in the database.

The report JSON is the ``check --format json`` object (:meth:`Report.to_json`) plus the text
statistics and each finding's message and suggestion as msgid and arguments (``message_said``,
to be rendered in the reader's language), so a stored review reads back exactly as it was
checked. Of the draft, the text with its blocks, fonts, colours and images are kept: enough to
show the review again without reading the file a second time.
"""

from __future__ import annotations

from typing import Any

from brandregie.checks.message import message_from_json, message_json
from brandregie.checks.model import (
    Category,
    Finding,
    Location,
    Report,
    Severity,
    TextStats,
    TrafficLight,
)
from brandregie.ingest.document import Block, BlockKind, ColourUse, Document, FontUse, Image
from brandregie.review.records import DraftView


def _said(finding: Finding, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (a finding's JSON) plus its message and suggestion as msgid and arguments."""
    for name in ("message", "suggestion"):
        kept = message_json(getattr(finding, name))
        if kept is not None:
            data[name + "_said"] = kept
    return data


def report_to_json(report: Report) -> dict[str, Any]:
    data = report.to_json()
    data["findings"] = [_said(f, d) for f, d in zip(report.findings, data["findings"],
                                                     strict=True)]
    data["dismissed"] = [_said(f, d) for f, d in zip(report.dismissed, data["dismissed"],
                                                      strict=True)]
    stats = report.stats
    data["stats"] = {"words": stats.words, "sentences": stats.sentences,
                     "syllables": stats.syllables, "reading_ease": stats.reading_ease,
                     "reading_level": stats.reading_level}
    return data


def _finding(data: dict[str, Any]) -> Finding:
    loc = data.get("location") or {}
    return Finding(
        rule=str(data["rule"]), severity=Severity(data["severity"]),
        message=message_from_json(str(data.get("message", "")), data.get("message_said")) or "",
        excerpt=str(data.get("excerpt", "")),
        location=Location(loc.get("paragraph"), int(loc.get("start", 0)),
                          int(loc.get("end", 0)), loc.get("page")),
        suggestion=message_from_json(data.get("suggestion"), data.get("suggestion_said")))


def report_from_json(data: dict[str, Any]) -> Report:
    stats = data.get("stats") or {}
    categories = tuple((Category(name), score)
                       for name, score in (data.get("categories") or {}).items())
    return Report(
        file=str(data.get("file", "")), language=str(data.get("language", "")),
        score=int(data.get("score", 0)),
        traffic_light=TrafficLight(data.get("traffic_light", TrafficLight.AMBER.value)),
        categories=categories,
        findings=tuple(_finding(f) for f in data.get("findings", ())),
        brand=str(data.get("brand", "")), revision=data.get("revision"),
        stats=TextStats(int(stats.get("words", 0)), int(stats.get("sentences", 0)),
                        int(stats.get("syllables", 0)), stats.get("reading_ease"),
                        stats.get("reading_level")),
        dismissed=tuple(_finding(f) for f in data.get("dismissed", ())),
        notes=tuple(str(n) for n in data.get("notes", ())),
        omitted=tuple((str(rule), int(n)) for rule, n in (data.get("omitted") or {}).items()))


def _colour_json(use: ColourUse) -> dict[str, Any]:
    return {"hex": use.hex, "where": use.where, "share": use.share, "page": use.page,
            "paragraph": use.paragraph}


def _colour(data: dict[str, Any]) -> ColourUse:
    return ColourUse(str(data["hex"]), str(data.get("where", "")), data.get("share"),
                     data.get("page"), data.get("paragraph"))


def document_to_json(document: Document) -> dict[str, Any]:
    return {
        "name": document.name, "kind": document.kind, "text": document.text,
        "language": document.language, "pages": document.pages, "notes": list(document.notes),
        "blocks": [[b.kind.value, b.paragraph, b.start, b.end, b.page]
                   for b in document.blocks],
        "fonts": [{"family": f.family, "pages": list(f.pages), "paragraphs": list(f.paragraphs),
                   "where": f.where, "fallback": f.fallback} for f in document.fonts],
        "colours": [_colour_json(c) for c in document.colours],
        "images": [{"name": i.name, "width": i.width, "height": i.height, "page": i.page,
                    "paragraph": i.paragraph, "colours": [_colour_json(c) for c in i.colours]}
                   for i in document.images],
    }


def draft_view_from_json(data: dict[str, Any]) -> DraftView:
    text = str(data.get("text", ""))
    blocks = tuple(Block(BlockKind(kind), text[start:end], paragraph, start, end, page)
                   for kind, paragraph, start, end, page in data.get("blocks", ()))
    return DraftView(
        name=str(data.get("name", "")), kind=str(data.get("kind", "")), text=text,
        blocks=blocks, language=data.get("language"), pages=data.get("pages"),
        fonts=tuple(FontUse(f["family"], tuple(f.get("pages", ())),
                            tuple(f.get("paragraphs", ())), f.get("where", ""),
                            bool(f.get("fallback", False))) for f in data.get("fonts", ())),
        colours=tuple(_colour(c) for c in data.get("colours", ())),
        images=tuple(Image(i["name"], int(i["width"]), int(i["height"]),
                           tuple(_colour(c) for c in i.get("colours", ())), i.get("page"),
                           i.get("paragraph")) for i in data.get("images", ())),
        notes=tuple(data.get("notes", ())))
