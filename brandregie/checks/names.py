"""The rules in words: what an owner or an agency reads instead of a rule id.

Kept beside the rules (not in export/) so the command line, the review view and every report
name a rule the same way without loading the PDF machinery.
"""

from __future__ import annotations

from collections.abc import Callable

from brandregie.i18n import N_

#: The rule ids of DESIGN.md in words; an id not listed is shown as "Brand rule".
RULE_NAMES = {
    "terminology.banned": N_("A word the brand never uses"),
    "terminology.preferred": N_("The brand's preferred word"),
    "terminology.brand-name": N_("The brand's name, spelled right"),
    "tone.address": N_("How we address the reader"),
    "tone.cliche": N_("Hollow phrase or empty claim"),
    "tone.exclamation": N_("Exclamation marks"),
    "tone.emoji": N_("Emoji"),
    "tone.jargon": N_("Jargon where plain words exist"),
    "readability.sentence-length": N_("Sentence too long"),
    "readability.level": N_("Harder than the brand's reading level"),
    "messages.key-message": N_("Key message missing"),
    "visual.colour": N_("Colour outside the palette"),
    "visual.font": N_("Font that is not a brand font"),
    "employer.gender-coded": N_("Masculine-coded wording"),
    "voice.drift": N_("Does not sound like us"),
}


def rule_name(rule: str, t: Callable[[str], str]) -> str:
    """The rule in words; a rule id is never shown to an owner or an agency."""
    return t(RULE_NAMES.get(rule, N_("Brand rule")))
