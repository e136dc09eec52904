"""The brand rule behind a finding, in words the agency can act on.

Shared by the review cards, the notes in the agency's own file and the feedback report; kept
apart from the report so that showing a finding does not load the PDF exporter.
"""

from __future__ import annotations

from brandregie.checks.model import Finding
from brandregie.export.text import POLICY_WORDS
from brandregie.i18n import translator
from brandregie.profile.schema import Brand
from brandregie.review.compare import normalise


def _close(word: str, excerpt: str) -> bool:
    """``excerpt`` is ``word`` or an inflection of it (ontzorgen, ontzorgd)."""
    a, b = normalise(word), normalise(excerpt)
    if a == b:
        return True
    stem = a[:max(4, len(a) - 3)]
    return len(a) >= 4 and b.startswith(stem)


def brand_reason(finding: Finding, brand: Brand, lang: str | None = None) -> str:
    """The brand rule behind ``finding``, in words the agency can act on."""
    t = translator(lang)
    vocabulary, character, visual = brand.vocabulary, brand.character, brand.visual
    rule = finding.rule
    if rule == "terminology.banned":
        term = next((b for b in vocabulary.banned if _close(b.term, finding.excerpt)), None)
        if term is not None:
            return term.why or t("“{term}” is on the brand's list of words it never uses.") \
                .format(term=term.term)
        return t("The word is on the brand's list of words it never uses.")
    if rule == "terminology.preferred":
        for preferred in vocabulary.preferred:
            if any(_close(n, finding.excerpt) for n in preferred.not_):
                said = t("The brand writes “{use}”.").format(use=preferred.use)
                return f"{said} {preferred.why}".strip()
        return t("The brand has its own word for this.")
    if rule == "terminology.brand-name":
        return t("The brand's names are written exactly so: {names}.").format(
            names=", ".join([brand.name, *(n.name for n in vocabulary.brand_names)]))
    if rule == "tone.address":
        forms = ", ".join(f"“{form}”" for form in character.address.values())
        return t("The brand addresses its readers as {forms}.").format(forms=forms)
    if rule in ("tone.cliche", "tone.jargon"):
        plain = t("The brand says what it means in plain, concrete words.")
        traits = ", ".join(t("{is_} (not {is_not})").format(is_=tr.is_, is_not=tr.is_not)
                           if tr.is_not else tr.is_ for tr in character.traits)
        return plain + " " + t("Our character: {traits}.").format(traits=traits) if traits \
            else plain
    if rule == "tone.exclamation":
        return t("Exclamation marks: {policy}.").format(
            policy=t(POLICY_WORDS[character.exclamation_marks]))
    if rule == "tone.emoji":
        return t("Emoji: {policy}.").format(policy=t(POLICY_WORDS[character.emoji]))
    if rule == "readability.sentence-length":
        return t("Sentences have at most {n} words.").format(n=character.max_sentence_words)
    if rule == "readability.level":
        return t("The brand writes at reading level {level}.").format(
            level=character.reading_level)
    if rule == "messages.key-message":
        return t("Every text carries the brand's key messages.")
    if rule == "visual.colour":
        palette = ", ".join(f"{c.name} {c.hex}" for c in visual.colours)
        return t("The brand palette is {palette}.").format(palette=palette)
    if rule == "visual.font":
        return t("The brand fonts are {fonts}.").format(
            fonts=", ".join(f.family for f in visual.fonts))
    if rule == "voice.drift":
        return t("The brand sounds like the owner's own texts ({n} of them, marked “this is "
                 "us”): plain words, its own way of speaking.").format(n=len(brand.voice.texts))
    return ""
