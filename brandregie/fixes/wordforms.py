"""The brand's word in the form the draft's word had: plural, diminutive, adjective ending.

``broodspecialisten`` is a plural, so the brand's ``bakker`` becomes ``bakkers``; ``verse``
has the adjective ending, so ``vers`` stays ``verse``. Candidate spellings follow the Dutch
rules (double or single vowel, doubled consonant, f/v and s/z) and the one the lemmatiser
knows as a form of the brand's word wins; when none is known the result is marked unsure.
"""

from __future__ import annotations

from brandregie.checks.language import tools

VOWELS = frozenset("aeiouy")
_DIMINUTIVE_PLURAL = ("etjes", "tjes", "pjes", "jes")
_DIMINUTIVE = ("etje", "tje", "pje", "je")


def _variants(base: str, ending: str) -> list[str]:
    """Spellings of ``base`` + ``ending`` (a vowel-initial ending changes the stem)."""
    found = [base + ending]
    if not ending or ending[0] not in "ae":
        return found
    last = base[-1:]
    if last and last not in VOWELS:
        core = base[:-1] + {"f": "v", "s": "z"}.get(last, last)
        found.append(core + ending)
        found.append(base + last + ending)  # wit -> witte, bakkerij -> bakkerijen
        if len(base) >= 3 and base[-2] == base[-3] and base[-2] in VOWELS:
            found.append(base[:-2] + base[-1] + ending)  # brood -> broden
            found.append(core[:-2] + core[-1] + ending)  # lief -> lieve
    return found


def _plural_candidates(base: str) -> list[str]:
    if base[-1:] in "aiouy":
        return [base + "'s", base + "s"]
    if base.endswith(("er", "el", "em", "en", "je", "e", "aar", "eur")):
        return [base + "s", *_variants(base, "en")]
    return [*_variants(base, "en"), base + "s"]


def _known_form(candidates: list[str], lemma: str) -> str | None:
    helper = tools("nl")
    for candidate in candidates:
        if helper.known(candidate) and (helper.lemma(candidate) == lemma
                                        or lemma in helper.keys(candidate)):
            return candidate
    return None


def form_of(word: str, term: str) -> str:
    """How ``word`` (lower case) inflects ``term``: base, plural, diminutive, dim-plural, e."""
    if word == term:
        return "base"
    if word.endswith(_DIMINUTIVE_PLURAL) and not term.endswith(_DIMINUTIVE_PLURAL):
        return "dim-plural"
    if word.endswith(_DIMINUTIVE) and not term.endswith(_DIMINUTIVE):
        return "diminutive"
    if word.endswith(("s", "en")) and len(word) > len(term):
        return "plural"
    if word.endswith("e") and not term.endswith("e"):
        return "e"
    return "unknown"


def inflect(target: str, form: str) -> tuple[str, bool]:
    """``target`` in ``form``; ``False`` when the spelling could not be confirmed."""
    if form == "base" or " " in target:
        return target, form == "base"
    lower = target.lower()
    if form == "plural":
        candidates = _plural_candidates(lower)
    elif form == "diminutive":
        candidates = [lower + "je", lower + "tje", lower + "pje", *_variants(lower, "etje")]
    elif form == "dim-plural":
        candidates = [lower + "jes", lower + "tjes", lower + "pjes", *_variants(lower, "etjes")]
    elif form == "e":
        candidates = _variants(lower, "e")
    else:
        return target, False
    known = _known_form(candidates, lower)
    result = known or candidates[0]
    if target[:1].isupper():
        result = result[:1].upper() + result[1:]
    return result, known is not None


def cased_like(found: str, new: str, sentence_start: bool) -> str:
    """``new`` with the capitals of ``found``: all capitals stay, a capital at the start of a
    sentence stays, and a lower-case brand word stays lower case mid-sentence."""
    if found.isupper() and len(found) > 1 and " " not in new:
        return new.upper()
    if found[:1].isupper() and (sentence_start or new[:1].isupper()):
        return new[:1].upper() + new[1:]
    if found[:1].isupper() and not sentence_start:
        return new
    return new


def replace_word(found: str, term: str, target: str, sentence_start: bool
                 ) -> tuple[str, bool]:
    """The brand's ``target`` for ``found`` (which matched the listed ``term``) in the same
    form, and whether that form is sure. A match inside a compound keeps the other part
    (``broodspecialisten`` for ``specialist`` -> ``broodbakkers``) but is always to check."""
    flat = " ".join(found.split())
    if term.isupper():  # an abbreviation (FTE): its capitals say nothing about the sentence
        flat = flat.lower() if not sentence_start else flat[:1] + flat[1:].lower()
    lower, term_lower = flat.lower(), " ".join(term.lower().split())
    if " " in flat or "-" in flat or " " in term_lower:
        sure = lower == term_lower
        return cased_like(flat, target, sentence_start), sure
    stem_part = term_lower[:max(3, len(term_lower) - 2)]
    at = lower.find(stem_part)
    if at < 0:
        return cased_like(flat, target, sentence_start), False
    prefix, head = lower[:at], lower[at:]
    form = form_of(head, term_lower)
    new, sure = inflect(target, form)
    if prefix:
        new = prefix + new.lower()
        sure = False
    return cased_like(flat, new, sentence_start), sure
