"""Language support for the checks: match keys for words, syllables, language detection.

Words are compared by *keys*, not spelling. A word's keys are its lower-case form and its lemma
from simplemma (``goedkope`` and ``goedkoper`` -> ``goedkoop``); a term matches a word when their
keys meet. Where the lemmatiser does not know a word, Dutch is right-headed (the last part of a
compound or prefixed verb inflects), so the lemma of a known tail is used with the head in front
(``ontzorgt`` -> ``ont`` + lemma(``zorgt``) = ``ontzorgen``); prefixed verbs without ``ge-``
in their participle (be-, er-, her-, ont-, ver-) are looked up with it (``ontzorgd`` ->
``gezorgd`` -> ``zorgen``). Words neither lemmatiser route knows (English loans in Dutch:
``onboarden``) get their Snowball stem as a key. A Dutch noun in ``-ing`` also keys the verb
it is made of, so the two meet (``bezorging``, ``bezorgen``). Everything is cached per
distinct word, so the cost of a text grows with its length, not with the number of terms.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable

import snowballstemmer

from brandregie.checks.tables import lemmatiser, syllable_counter

SUPPORTED = ("nl", "en")
_STEMMERS = {"nl": "dutch", "en": "english"}
_HYPHEN = {"nl": "nl_NL", "en": "en_US"}
_INSEPARABLE = ("her", "ont", "ver", "be", "er")
_MIN_TAIL = 4
#: Dutch nouns in -ing this long or longer also key the verb they are made of.
_VERB_NOUN_MIN = 7
#: Longer "words" (a URL, a hostile run of letters) get no lemma and no compound analysis.
MAX_WORD = 40


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words, with apostrophes and hyphens inside (zo'n, auto's); digits count as words too.
WORD = re.compile(r"\w+(?:['’]\w+)*")

#: Function words, the most frequent first (roughly): a word later in the list is rarer.
_STOPWORD_TEXT = {
    "nl": """
        de het een en van in is dat die niet op te met voor zijn er je jij ik we wij ze zij hij
        maar ook als bij naar om aan dan nog of uit door wat wordt worden heeft hebben kan
        kunnen zal zullen onze ons jullie jouw uw deze dit was waren hoe waar wie geen meer veel
        al zo tot over na onder nu wel want omdat dus mijn mij jou zich iets heel echt elke elk
        alle""",
    "en": """
        the a an and of to in is that for it with as on be are was were this by you your we our
        at or from have has not will can they their he she his her its which who what when where
        how all more about but if than so do does into out up no one would could should there
        these those been being very every each""",
}
STOPWORDS: dict[str, frozenset[str]] = {lang: _words(text) for lang, text in _STOPWORD_TEXT.items()}
#: Each function word's place in :data:`STOPWORDS`' order (0: the most frequent).
STOPWORD_RANKS: dict[str, dict[str, int]] = {
    lang: {word: rank for rank, word in reversed(list(enumerate(text.split())))}
    for lang, text in _STOPWORD_TEXT.items()}

#: Function words of one language that are not words of the other ("in", "is", "we" are both).
_DISTINCT = {"nl": STOPWORDS["nl"] - STOPWORDS["en"], "en": STOPWORDS["en"] - STOPWORDS["nl"]}


class LanguageTools:
    """Keys, stems and syllables for one language, each cached per distinct word."""

    def __init__(self, lang: str) -> None:
        if lang not in SUPPORTED:
            lang = "en"
        self.lang = lang
        self._stemmer = snowballstemmer.stemmer(_STEMMERS[lang])
        self._points = syllable_counter(_HYPHEN[lang], left=1, right=1)
        self._known, self._lemma = lemmatiser(lang)
        self._keys: dict[str, frozenset[str]] = {}
        self._syllables: dict[str, int] = {}
        self.stopwords = STOPWORDS[lang]

    def known(self, word: str) -> bool:
        return self._known(word)

    def lemma(self, word: str) -> str:
        return self._lemma(word)

    def stem(self, word: str) -> str:
        return str(self._stemmer.stemWord(word))

    def keys(self, word: str) -> frozenset[str]:
        """Every key ``word`` (lower-case) matches under; see the module text."""
        found = self._keys.get(word)
        if found is None:
            found = self._compute_keys(word)
            if len(self._keys) > 500_000:  # a hostile text of endless distinct words
                self._keys.clear()
            self._keys[word] = found
        return found

    def plain_keys(self, word: str) -> tuple[str, ...]:
        """The word and, if the lemmatiser knows it, its lemma: for parts of compounds."""
        return (word, self.lemma(word)) if self.known(word) else (word,)

    def _compute_keys(self, word: str) -> frozenset[str]:
        keys = {word}
        if word.isdigit() or len(word) > MAX_WORD:
            return frozenset(keys)
        if self.known(word):
            keys.add(self.lemma(word))
            if self.lang == "nl" and word.endswith("ing") and len(word) >= _VERB_NOUN_MIN:
                # A noun made of a verb meets the verb: "bezorging" also keys "bezorgen".
                verb = word[:-3] + "en"
                if self.known(verb) and self.lemma(verb) == verb:
                    keys.add(verb)
            return frozenset(keys)
        head_lemma = self._tail_lemma(word) if self.lang == "nl" else None
        if head_lemma:
            keys.add(head_lemma)
        else:
            keys.add("~" + self.stem(word))
        return frozenset(keys)

    def _tail_lemma(self, word: str) -> str | None:
        for prefix in _INSEPARABLE:
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) >= 3 and self.known("ge" + rest):
                return prefix + self.lemma("ge" + rest)
        for cut in range(2, len(word) - _MIN_TAIL + 1):
            tail = word[cut:]
            if self.known(tail):
                return word[:cut] + self.lemma(tail)
        return None

    def syllable_total(self, words: list[str]) -> int:
        """Syllables of all ``words`` (lower-case), cached per distinct word."""
        try:  # after the first pages every word is known: summed in C
            return sum(map(self._syllables.__getitem__, words))
        except KeyError:
            return sum(map(self.syllables, words))

    def syllables(self, word: str) -> int:
        """Syllables by hyphenation points (pyphen), the count Flesch and Douma rely on."""
        count = self._syllables.get(word)
        if count is None:
            if word.isdigit():
                count = 1
            elif len(word) > MAX_WORD:
                count = max(1, len(word) // 3)
            else:
                count = self._points(word) + 1
            if len(self._syllables) > 500_000:
                self._syllables.clear()
            self._syllables[word] = count
        return count


#: The tools made so far, per language (``en`` stands in for any other).
_TOOLS: dict[str, LanguageTools] = {}
#: Held while tools are made: a second thread asking waits for the first instead of loading
#: the tables again (the review view asks while the app's warm-up is loading them).
_LOADING = threading.RLock()


def tools(lang: str) -> LanguageTools:
    """Shared tools per language (the lemmatiser's tables load once per process)."""
    lang = lang if lang in SUPPORTED else "en"
    found = _TOOLS.get(lang)
    if found is None:
        with _LOADING:
            found = _TOOLS.get(lang)
            if found is None:
                found = _TOOLS[lang] = LanguageTools(lang)
    return found


def loaded(lang: str) -> bool:
    """Whether :func:`tools` answers ``lang`` at once (its tables are in), without loading."""
    return (lang if lang in SUPPORTED else "en") in _TOOLS


def warm_up(langs: tuple[str, ...] = SUPPORTED,
            progress: Callable[[int, int], None] | None = None) -> None:
    """Load the lemmatiser and hyphenation tables now (about a second for Dutch), so the first
    check a person starts does not pay for it; the desktop app calls this in a worker. Whoever
    asks for the tools meanwhile waits for this load; ``progress(done, total)`` is told before
    each language (a job's progress: it may stop the warm-up)."""
    from brandregie.checks.wordlists import load_list

    wanted = [lang for lang in langs if lang in SUPPORTED]
    for done, lang in enumerate(wanted):
        with _LOADING:
            if progress is not None:
                progress(done, len(wanted))
            helper = tools(lang)
        helper.syllables("brood" if lang == "nl" else "bread")
        for kind in ("cliches", "jargon", "gender-coded"):
            for entry in load_list(kind, lang):
                for word in WORD.findall(entry.term.lower()):
                    helper.keys(word)


def detect_language(text: str, fallback: str = "nl") -> str:
    """``nl`` or ``en`` by counting function words in the first part of the text.

    Function words are frequent and unambiguous, so a few dozen words decide reliably, with no
    model to load; a text with neither gets ``fallback`` (the brand's first language).
    """
    counts: Counter[str] = Counter()
    for match in WORD.finditer(text[:20_000]):
        word = match.group().lower()
        for lang, words in _DISTINCT.items():
            if word in words:
                counts[lang] += 1
    if not counts:
        return fallback if fallback in SUPPORTED else "nl"
    nl, en = counts["nl"], counts["en"]
    if nl == en:
        return fallback if fallback in SUPPORTED else "nl"
    return "nl" if nl > en else "en"
