"""The figures behind a voice.drift finding, for the bar chart on its card.

The finding itself keeps only its sentence; the chart needs the features of the draft (or of
the paragraph the finding speaks of) beside the owner's own texts. They are worked out again
from the stored draft and the profile revision it was checked against, the same way the rule
did, so the bars and the sentence agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from brandregie.checks.model import Finding
from brandregie.checks.rules.voice import RULE, about_paragraph
from brandregie.checks.voice import BY_NAME, Kind, compare, own_voice, tally_document
from brandregie.ingest.document import Document
from brandregie.review.records import VersionReview

#: Bars on a card: the features that differ most.
SHOWN = 5


@dataclass(frozen=True, slots=True)
class VoiceBar:
    """One feature: its value here and in the owner's texts, and how many spreads apart."""

    feature: str
    kind: Kind
    here: float
    usual: float
    z: float


def voice_bars(review: VersionReview, finding: Finding, shown: int = SHOWN) -> list[VoiceBar]:
    """The ``shown`` features that differ most, largest first; empty for another rule, or
    when the draft or the own texts are not at hand."""
    brand, draft, report = review.brand, review.draft, review.report
    if finding.rule != RULE or brand is None or draft is None or report is None:
        return []
    lang = report.language
    voice = own_voice([t.text for t in brand.voice.texts], lang)
    if voice is None:
        return []
    blocks = draft.blocks
    paragraph = about_paragraph(finding.message)
    if paragraph:
        blocks = tuple(b for b in blocks if b.start == finding.location.start)
    if not blocks:
        return []
    document = Document(name=draft.name, kind=draft.kind, text=draft.text, blocks=blocks)
    deviations = compare(voice, tally_document(document, lang), paragraph=paragraph)
    return [VoiceBar(d.feature, BY_NAME[d.feature].kind, d.here, d.usual, d.z)
            for d in deviations[:shown]]
