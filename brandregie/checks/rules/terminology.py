"""terminology.banned, terminology.preferred, terminology.brand-name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from brandregie.checks.context import CheckContext, Rule, TermRule
from brandregie.checks.language import LanguageTools
from brandregie.checks.model import Severity
from brandregie.checks.terms import Hit, HitsByKind, Term
from brandregie.checks.text import Segment, within
from brandregie.checks.wordlists import adjective_forms
from brandregie.profile.schema import BannedTerm, PreferredTerm


class BannedRule(TermRule):
    """A word the brand never uses, in any inflection or compound."""

    kinds = frozenset({"banned"})

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx

    def terms(self) -> Iterator[Term]:
        for banned in self.ctx.brand.vocabulary.banned:
            word = banned.term.lower().strip()
            also = adjective_forms(word, self.ctx.lang) if " " not in word else ()
            yield Term("banned", banned.term, banned, also=also)

    def visit(self, segment: Segment, hits: HitsByKind) -> None:
        tr = self.ctx.tr
        for hit in hits.get("banned", ()):
            entry = hit.term.ref
            assert isinstance(entry, BannedTerm)
            if entry.why:
                message = tr("The brand does not use “{term}”: {why}").format(
                    term=entry.term, why=entry.why)
            else:
                message = tr("The brand does not use “{term}”.").format(term=entry.term)
            self.ctx.add("terminology.banned", Severity.ERROR, message, segment, hit.start,
                         hit.end, entry.suggest)


#: How many words before a listed word the brand's own word may stand for the listed word to be
#: a gloss ("branden, oftewel roasten"; "zelfstandige zonder personeel (zzp)").
GLOSS_WORDS = 4
#: The only words that may stand between the brand's word and its gloss.
GLOSS_WORDS_BETWEEN = frozenset({"oftewel", "ofwel", "of", "ook", "wel", "dus", "alias",
                                 "genaamd", "genoemd", "or", "aka", "also", "known", "as",
                                 "called", "i.e", "ie"})


class PreferredRule(TermRule):
    """A word listed under ``not`` of a preferred term: the brand has its own word for it.

    Where the brand's word and the listed one share a lemma ("taart, not taarten"; "colour, not
    color"), only the listed spelling counts, never the brand's own word; a listed spelling that
    differs only in case ("zzp, not ZZP") counts only in that case. Not counted: the listed word
    in quotation marks (someone else's words), as part of a hyphenated word ("project-engineer"
    is another job than "engineer"), or as a gloss right after the brand's own word ("branden,
    oftewel roasten").
    """

    kinds = frozenset({"preferred"})

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx

    def terms(self) -> Iterator[Term]:
        tools = self.ctx.tools
        for preferred in self.ctx.brand.vocabulary.preferred:
            use_keys = _plain_keys(tools, preferred.use)
            for wrong in preferred.not_:
                lowered = wrong.lower().strip()
                forms: tuple[str, ...] = ()
                if " " not in lowered and (lowered == preferred.use.lower().strip()
                                           or _plain_keys(tools, lowered) & use_keys):
                    forms = (lowered,)
                yield Term("preferred", wrong, preferred, forms=forms)

    def _counts(self, segment: Segment, hit: Hit, entry: PreferredTerm) -> bool:
        text = segment.text
        found = text[hit.start:hit.end]
        wrong = hit.term.text.strip()
        if wrong.lower() == entry.use.lower().strip() and found != wrong:
            return False  # a case rule: only the listed capitals
        if text[hit.start - 1:hit.start] in HYPHENS and text[hit.start - 2:hit.start - 1].isalpha():
            return False
        if text[hit.end:hit.end + 1] in HYPHENS and text[hit.end + 1:hit.end + 2].isalpha():
            return False
        if within(hit.start, hit.end, segment.quotes):
            return False
        return not self._gloss(segment, hit, entry)

    def _gloss(self, segment: Segment, hit: Hit, entry: PreferredTerm) -> bool:
        spans = segment.spans
        first = next((i for i, (s, _) in enumerate(spans) if s >= hit.start), 0)
        use = _plain_keys(self.ctx.tools, entry.use)
        words = segment.words
        for index in range(first - 1, max(-1, first - 1 - GLOSS_WORDS), -1):
            if _plain_keys(self.ctx.tools, words[index]) & use:
                return True
            if words[index] not in GLOSS_WORDS_BETWEEN:
                return False
        return False

    def visit(self, segment: Segment, hits: HitsByKind) -> None:
        tr = self.ctx.tr
        for hit in hits.get("preferred", ()):
            entry = hit.term.ref
            assert isinstance(entry, PreferredTerm)
            if not self._counts(segment, hit, entry):
                continue
            found = segment.text[hit.start:hit.end]
            if entry.why:
                message = tr("The brand says “{use}”, not “{found}”: {why}").format(
                    use=entry.use, found=found, why=entry.why)
            else:
                message = tr("The brand says “{use}”, not “{found}”.").format(
                    use=entry.use, found=found)
            self.ctx.add("terminology.preferred", Severity.WARNING, message, segment,
                         hit.start, hit.end, entry.use)


HYPHENS = ("-", "‐")


def _plain_keys(tools: LanguageTools, text: str) -> frozenset[str]:
    """The keys of a one-word text, without stems (empty for a phrase)."""
    words = text.lower().split()
    if len(words) != 1:
        return frozenset()
    return frozenset(k for k in tools.keys(words[0]) if not k.startswith("~"))


def _names_pattern(texts: list[str], flags: int = 0) -> re.Pattern[str] | None:
    """One regex for several names, group *n* for name *n*; spaces match any white space."""
    if not texts:
        return None
    groups = ("(" + r"\s+".join(re.escape(w) for w in text.split()) + ")" for text in texts)
    return re.compile(r"(?<!\w)(?:" + "|".join(groups) + r")(?!\w)", flags)


def one_edit(first: str, second: str) -> bool:
    """Whether two different words are one typo apart: a letter changed, added, dropped or two
    neighbours swapped (Damerau-Levenshtein distance 1)."""
    if first == second or abs(len(first) - len(second)) > 1:
        return False
    if len(first) > len(second):
        first, second = second, first
    start = 0
    while start < len(first) and first[start] == second[start]:
        start += 1
    if len(first) < len(second):
        return first[start:] == second[start + 1:]
    if first[start + 1:] == second[start + 1:]:
        return True
    return (start + 1 < len(first) and first[start] == second[start + 1]
            and first[start + 1] == second[start] and first[start + 2:] == second[start + 2:])


FUZZY_MIN = 5


class BrandNameRule(Rule):
    """The brand's names as the brand writes them: listed misspellings, odd capitals, typos.

    A variant listed under ``not`` is matched exactly, case and all (``zondagsbol`` listed, so
    ``Zondagsbol`` is fine), also across a line break. An unlisted spelling that differs only in
    case is flagged when its capitals are mixed (``KoreNaar``); all capitals (a shouted heading)
    and all lower case (the name may be a common word, like *korenaar*) pass unless listed.
    A capitalised word one typo away from a one-word name of five letters or more (``Korenar``)
    is a warning, unless it is a word the dictionary knows or the name with an ending
    (``Korenaars``).
    """

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        wrong: list[str] = []
        self._listed_names: list[str] = []
        self._names: list[str] = []
        for entry in ctx.brand.vocabulary.brand_names:
            for variant in entry.not_:
                if variant.strip() and variant.strip() != entry.name:
                    wrong.append(variant)
                    self._listed_names.append(entry.name)
            self._names.append(entry.name)
        order = sorted(range(len(wrong)), key=lambda n: -len(wrong[n]))
        self._listed_names = [self._listed_names[n] for n in order]
        self._listed = _names_pattern([wrong[n] for n in order])
        self._case = _names_pattern(self._names, re.IGNORECASE)
        #: First words of every name and variant, lower case: a segment without any is skipped.
        self._needles = {t.split()[0].lower() for t in (*wrong, *self._names) if t.split()}
        self._listed_lower = {" ".join(w.lower().split()) for w in wrong}
        self._fuzzy_names = [n for n in self._names if len(n) >= FUZZY_MIN and " " not in n]
        self._checked: set[str] = set()
        self._typos: dict[str, str] = {}

    def _typo_of(self, word: str) -> str | None:
        """The name ``word`` (lower case) is a typo of, if any."""
        if len(word) < FUZZY_MIN - 1 or word in self._listed_lower or self.ctx.tools.known(word):
            return None
        for name in self._fuzzy_names:
            lower = name.lower()
            if not word.startswith(lower) and one_edit(word, lower):
                return name
        return None

    def _typos_in(self, segment: Segment) -> None:
        words = segment.words
        if not self._checked.issuperset(words):  # after the first pages, nearly always seen
            for word in set(words) - self._checked:  # each distinct word is looked at once
                name = self._typo_of(word)
                if name is not None:
                    self._typos[word] = name
                if len(self._checked) < 500_000:
                    self._checked.add(word)
        if not self._typos or self._typos.keys().isdisjoint(words):
            return
        typos = self._typos
        text = segment.text
        for index, word in enumerate(words):
            name = typos.get(word)
            if name is None:
                continue
            start, end = segment.spans[index]
            if not text[start].isupper():
                continue
            message = self.ctx.tr("“{found}” looks like a misspelling of the name "
                                  "“{name}”.").format(found=text[start:end], name=name)
            self.ctx.add("terminology.brand-name", Severity.WARNING, message, segment, start,
                         end, name)

    def visit(self, segment: Segment, hits: HitsByKind) -> None:
        if self._fuzzy_names:
            self._typos_in(segment)
        lowered = segment.lowered
        if not any(map(lowered.__contains__, self._needles)):
            return
        text = segment.text
        taken: list[tuple[int, int]] = []
        if self._listed is not None:
            for match in self._listed.finditer(text):
                taken.append(match.span())
                self._report(segment, match, self._listed_names[(match.lastindex or 1) - 1])
        if self._case is None:
            return
        for match in self._case.finditer(text):
            found = match.group()
            name = self._names[(match.lastindex or 1) - 1]
            if found == name or found.isupper() or found.islower() \
                    or " ".join(found.split()) == name:
                continue
            if any(s <= match.start() < e for s, e in taken):
                continue
            self._report(segment, match, name)

    def _report(self, segment: Segment, match: re.Match[str], name: str) -> None:
        message = self.ctx.tr("The name is written “{name}”, not “{found}”.").format(
            name=name, found=" ".join(match.group().split()))
        self.ctx.add("terminology.brand-name", Severity.ERROR, message, segment,
                     match.start(), match.end(), name)
