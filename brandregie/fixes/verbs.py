"""Dutch present-tense verb forms, enough to make a verb agree with ``je`` or with ``u``.

``u`` takes the verb with ``-t`` in every word order (``u kunt``, ``kunt u``); ``je`` drops the
``-t`` when it follows the verb (``kun je``, ``heb je``) and keeps it before (``je kunt``). A
verb's stem comes from its infinitive by the spelling rules (``lopen`` -> ``loop``, ``geven`` ->
``geef``, ``zetten`` -> ``zet``); the lemmatiser the checks use supplies the infinitive. What
this module cannot place returns ``None``, and the caller asks the owner to check.
"""

from __future__ import annotations

from functools import lru_cache

from brandregie.checks.language import tools

VOWELS = frozenset("aeiouy")

#: Forms with ``u`` and their inverted ``je`` form, where the rule does not give it.
U_TO_JE_INVERTED = {
    "heeft": "heb", "hebt": "heb", "bent": "ben", "is": "ben", "kunt": "kun", "kan": "kun",
    "wilt": "wil", "wil": "wil", "zult": "zul", "zal": "zal", "gaat": "ga", "staat": "sta",
    "slaat": "sla", "doet": "doe", "ziet": "zie", "hoeft": "hoef", "mag": "mag",
    "zou": "zou", "moet": "moet", "wordt": "word", "weet": "weet", "laat": "laat",
}
#: Inverted ``je`` forms and the form ``u`` takes.
JE_TO_U_INVERTED = {
    "heb": "heeft", "ben": "bent", "kun": "kunt", "kan": "kunt", "wil": "wilt", "zul": "zult",
    "zal": "zult", "ga": "gaat", "sta": "staat", "sla": "slaat", "doe": "doet", "zie": "ziet",
    "hoef": "hoeft", "mag": "mag", "zou": "zou", "moet": "moet", "word": "wordt",
    "weet": "weet", "kon": "kon", "was": "was", "had": "had", "wou": "wou", "wilde": "wilde",
    "mocht": "mocht", "moest": "moest", "zat": "zat", "werd": "werd", "kreeg": "kreeg",
}
#: ``je`` + verb where ``u`` wants another form (``je hebt`` -> ``u heeft``).
JE_TO_U_AFTER = {"hebt": "heeft", "heb": "heeft", "kan": "kunt", "wil": "wilt", "zal": "zult"}
#: ``u`` + verb where ``je`` wants another form (``u heeft`` -> ``je hebt``).
U_TO_JE_AFTER = {"heeft": "hebt"}
#: Finite verbs that go only with ``u``/``je`` (never with he, she, it): the subject is sure.
SECOND_PERSON_ONLY = frozenset({"kunt", "wilt", "zult", "bent", "hebt", "kun", "zul", "ben",
                                "heb"})
#: Infinitives the lemmatiser reads as noun plurals (``vragen`` -> ``vraag``).
NOUN_LEMMA_VERBS = frozenset({
    "gebruiken", "vragen", "bellen", "delen", "proeven", "sturen", "stoppen", "plannen",
    "wachten", "rijden", "fietsen", "leren", "spelen", "tekenen", "lopen", "zetten", "ruilen",
    "ophalen", "tonen", "plaatsen", "werken", "wensen", "zoeken", "reizen", "antwoorden",
    "dromen", "wandelen", "koken", "bakken", "lachen", "kiezen", "kopen", "bezoeken",
    "regelen", "volgen", "houden", "winnen", "openen", "melden", "bewaren", "bouwen",
    "drukken", "klikken", "scoren", "boeken", "mailen", "posten", "appen", "checken"})
#: Auxiliaries and modals: an inverted one is never a polite imperative.
AUXILIARIES = frozenset({"heeft", "hebt", "bent", "is", "kunt", "kan", "wilt", "wil", "zult",
                         "zal", "zou", "mag", "moet", "hoeft", "wordt", "was", "had", "kon",
                         "wilde", "mocht", "moest", "werd", "heb", "ben", "kun", "zul",
                         "hoef", "word", "wou", "weet"})


def stem(infinitive: str) -> str | None:
    """The stem (first person present) of a regular infinitive: ``lopen`` -> ``loop``."""
    if len(infinitive) < 4 or not infinitive.endswith("en"):
        return None
    if infinitive.endswith("komen"):
        return infinitive[:-2]  # komen -> kom (short), voorkomen -> voorkom
    base = infinitive[:-2]
    if base[-1] in VOWELS:
        return None  # gaan, zien, doen: the tables hold these
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in VOWELS:
        base = base[:-1]  # zetten -> zet, bellen -> bel
    elif (len(base) >= 3 and base[-2] in "aeou" and base[-3] not in VOWELS
          and (len(base) <= 3 or not base.endswith(("el", "er", "em", "en", "ig")))):
        base = base[:-1] + base[-2] + base[-1]  # lopen -> loop, maken -> maak
    elif len(base) == 2 and base[0] in "aeou":
        base = base[0] + base
    if base.endswith("v"):
        base = base[:-1] + "f"
    elif base.endswith("z"):
        base = base[:-1] + "s"
    return base


def _roots(infinitive: str) -> tuple[str, ...]:
    """The stem of ``infinitive`` and, for loan verbs in -eren (``reserveren``), the spelling
    with the long vowel the stress gives them (``reserveer``)."""
    root = stem(infinitive)
    if root is None:
        return ()
    if infinitive.endswith(("eren", "elen")) and len(root) > 4 and root[-3] not in VOWELS:
        return (root, root[:-1] + "e" + root[-1])
    return (root,)


#: Irregular verbs that also occur with a prefix (voldoet, ontstaat, bestaat, ondergaat).
_IRREGULAR_TAILS = ("gaat", "staat", "slaat", "doet", "ziet")
_IRREGULAR_STEMS = {"ga": "gaat", "sta": "staat", "sla": "slaat", "doe": "doet", "zie": "ziet"}


@lru_cache(maxsize=4096)
def infinitive(word: str) -> str | None:
    """The infinitive of a present-tense verb form (stem or stem + t), if it is one."""
    helper = tools("nl")
    candidates = []
    if helper.known(word):
        candidates.append(helper.lemma(word))
    core = word[:-1] if word.endswith("t") else word
    candidates += [core + "en", core + core[-1:] + "en"]
    if len(core) >= 3 and core[-2] == core[-3] and core[-2] in VOWELS:
        undoubled = core[:-2] + core[-1]
        candidates += [undoubled + "en", undoubled[:-1] + {"f": "v", "s": "z"}.get(
            undoubled[-1], undoubled[-1]) + "en"]
    if core.endswith(("f", "s")):
        candidates.append(core[:-1] + {"f": "v", "s": "z"}[core[-1]] + "en")
    for candidate in candidates:
        if not helper.known(candidate) or (
                helper.lemma(candidate) != candidate and candidate != helper.lemma(word)
                and candidate not in NOUN_LEMMA_VERBS):
            continue  # broden is not a verb, though brood looks like its stem
        for root in _roots(candidate):
            if word in (root, root + "t"):
                return candidate
    return None


def present_stem(word: str) -> str | None:
    """The stem of ``word`` when it is a present-tense form (``vindt`` -> ``vind``)."""
    found = infinitive(word)
    if not found:
        return None
    roots = _roots(found)
    return next((r for r in roots if word in (r, r + "t")), roots[0] if roots else None)


def _irregular_compound(word: str) -> tuple[str, str] | None:
    """``voldoet`` -> (``vol``, ``doet``): a prefixed irregular verb, split."""
    for tail in (*_IRREGULAR_TAILS, *_IRREGULAR_STEMS):
        if word.endswith(tail) and len(word) - len(tail) >= 2:
            return word[:-len(tail)], tail
    return None


def is_present_t(word: str) -> bool:
    """``word`` is the present form with ``u``, he or she (``vindt``, ``moet``)."""
    if word in U_TO_JE_INVERTED:
        return True
    split = _irregular_compound(word)
    if split and split[1] in _IRREGULAR_TAILS:
        return True
    root = present_stem(word)
    return root is not None and (word == root + "t" or (root.endswith("t") and word == root))


def is_stem(word: str) -> bool:
    """``word`` is a present stem (``vind``, ``meld``): the form of ``ik`` and inverted ``je``."""
    if word in JE_TO_U_INVERTED:
        return True
    split = _irregular_compound(word)
    if split and split[1] in _IRREGULAR_STEMS and tools("nl").known(word + "n"):
        return True
    return present_stem(word) == word


def u_inverted_to_je(word: str) -> str | None:
    """``vindt`` (as in ``vindt u``) -> ``vind`` (``vind je``); ``None`` when unknown."""
    if word in U_TO_JE_INVERTED:
        return U_TO_JE_INVERTED[word]
    split = _irregular_compound(word)
    if split and split[1] in _IRREGULAR_TAILS:
        return split[0] + U_TO_JE_INVERTED[split[1]]
    return present_stem(word)


def je_inverted_to_u(word: str) -> str | None:
    """``vind`` (as in ``vind je``) -> ``vindt`` (``vindt u``); ``None`` when unknown."""
    if word in JE_TO_U_INVERTED:
        return JE_TO_U_INVERTED[word]
    split = _irregular_compound(word)
    if split and split[1] in _IRREGULAR_STEMS:
        return split[0] + _IRREGULAR_STEMS[split[1]]
    root = present_stem(word)
    if root != word:
        return None
    return word if word.endswith("t") else word + "t"


def is_finite(word: str) -> bool:
    """A finite verb form a subject can stand next to (present, or a known past)."""
    return (word in U_TO_JE_INVERTED or word in JE_TO_U_INVERTED or word in JE_TO_U_AFTER
            or is_present_t(word) or is_past(word))


def is_past(word: str) -> bool:
    """A weak past form (``werkte``, ``belde``): the same with ``u`` and ``je``."""
    if not word.endswith(("te", "de")):
        return False
    helper = tools("nl")
    lemma = helper.lemma(word)
    return lemma != word and lemma.endswith("en") and helper.known(word)
