"""check_document: one draft against one profile snapshot, in one pass over the text.

The text is read segment by segment (see :mod:`brandregie.checks.text`); every term of every
rule is found by one :class:`~brandregie.checks.terms.TermMatcher`, and each rule sees each
segment once. Memory stays flat however long the draft is, and the caller (a worker thread in
the desktop app) gets progress from 0 to 1 and can cancel between segments.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from itertools import chain, compress

from brandregie.checks.context import CheckContext, Rule, TermRule
from brandregie.checks.language import SUPPORTED, detect_language, tools
from brandregie.checks.model import Category, Report, TextStats, TrafficLight
from brandregie.checks.repeats import group_repeats
from brandregie.checks.rules.messages import KeyMessageRule
from brandregie.checks.rules.readability import ReadabilityRule
from brandregie.checks.rules.terminology import BannedRule, BrandNameRule, PreferredRule
from brandregie.checks.rules.tone import (
    AddressRule,
    EmojiRule,
    ExclamationRule,
    GenderCodedRule,
    ListRule,
)
from brandregie.checks.rules.visual import ColourRule, FontRule
from brandregie.checks.rules.voice import VoiceRule
from brandregie.checks.score import capped, category_scores, overall, traffic_light
from brandregie.checks.terms import Hit, HitsByKind, Term, TermMatcher, longest
from brandregie.checks.text import Segment, segments
from brandregie.i18n import current_language, translator
from brandregie.ingest.document import Document
from brandregie.profile.schema import Brand
from brandregie.profile.snapshot import ProfileSnapshot

Progress = Callable[[float], None]
CancelCheck = Callable[[], bool]

#: Phrases that, three or more together, make a draft a vacancy text: the headings vacancies
#: use ("Wat ga je doen?", "Wat bieden wij?"), the words of applying and of contracts.
VACANCY_CUES = {
    "nl": ("vacature", "vacatures", "vacaturenummer", "solliciteer", "solliciteren",
           "sollicitatie", "sollicitaties", "functie-eisen", "functieomschrijving",
           "omschrijving van de vacature", "wij zoeken", "we zoeken", "zijn we op zoek naar",
           "zijn wij op zoek naar", "wat bieden wij", "wat bieden we", "wat wij bieden",
           "wij bieden", "we bieden", "ons aanbod", "wat vragen wij", "wat wij vragen",
           "wij vragen", "we vragen", "wat verwachten we", "wat verwachten wij",
           "wat ga je doen", "wat doe je", "wie ben je", "wie ben jij", "jouw profiel",
           "je profiel", "uur per week", "cao", "arbeidsvoorwaarden", "kom werken",
           "werken bij", "fulltime", "parttime", "voltijds", "deeltijds", "vast contract",
           "contract onbepaalde duur", "contract bepaalde duur", "salarisschaal", "barema",
           "wervingsreserve", "aanwerving", "taken en verantwoordelijkheden", "kandidaat",
           "deze functie", "in deze functie", "werkaanbiedingen", "uurrooster", "werkrooster"),
    "en": ("vacancy", "vacancies", "apply now", "how to apply", "apply for", "job description",
           "we're hiring", "we are hiring", "requirements", "what we offer", "hours per week",
           "salary", "join our team", "the role", "your role", "responsibilities",
           "qualifications", "candidates", "full-time", "part-time", "attach your cv",
           "send us your cv", "hiring"),
}
VACANCY_MIN_CUES = 3
_CUE_PATTERNS = {lang: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, cues)) + r")(?!\w)")
                 for lang, cues in VACANCY_CUES.items()}
_TERM_KINDS_BELOW_BRAND = frozenset({"cliches", "jargon", "gender"})
_TERM_KINDS_ABOVE_LISTS = frozenset({"banned", "preferred", "allowed"})
#: What rules see of a segment without hits (never changed).
_NO_HITS: HitsByKind = {}


class Cancelled(Exception):
    """The caller asked the check to stop; no report is made."""


_MATCHERS: OrderedDict[tuple[str, tuple[Term, ...]], TermMatcher] = OrderedDict()
_MATCHERS_LOCK = threading.Lock()
_MATCHERS_KEPT = 4


def _matcher(terms: tuple[Term, ...], lang: str) -> TermMatcher:
    """The matcher for these terms, kept between checks: a second draft against the same brand
    reuses what the first learned about each word."""
    key = (lang, terms)
    with _MATCHERS_LOCK:
        found = _MATCHERS.get(key)
        if found is not None:
            _MATCHERS.move_to_end(key)
            return found
    matcher = TermMatcher(terms, tools(lang))
    with _MATCHERS_LOCK:
        _MATCHERS[key] = matcher
        while len(_MATCHERS) > _MATCHERS_KEPT:
            _MATCHERS.popitem(last=False)
    return matcher


def is_vacancy(text: str, lang: str) -> bool:
    head = text[:8_000].lower().replace("’", "'")
    pattern = _CUE_PATTERNS.get(lang)
    if pattern is None:
        return False
    return len({m.group() for m in pattern.finditer(head)}) >= VACANCY_MIN_CUES


def _draft_language(document: Document, brand: Brand, forced: str | None) -> str:
    for candidate in (forced, document.language):
        if candidate and candidate[:2].lower() in SUPPORTED:
            return candidate[:2].lower()
    fallback = next((lang for lang in brand.languages if lang in SUPPORTED), "nl")
    return detect_language(document.text, fallback)


def _protected_pattern(brand: Brand) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """Proper names from the profile (brand, products, competitors): their words are names.
    With the names' first words: a segment without any of them needs no search."""
    names = {brand.name}
    names.update(n.name for n in brand.vocabulary.brand_names)
    names.update(c.name for c in brand.positioning.competitors)
    names.update(c.name for c in brand.employer.labour_competitors)
    parts = [r"\s+".join(re.escape(w) for w in name.split()) for name in names if name.strip()]
    if not parts:
        return None
    parts.sort(key=len, reverse=True)
    firsts = tuple(sorted({name.split()[0] for name in names if name.strip()}))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)"), firsts


def _protected_spans(protected: tuple[re.Pattern[str], tuple[str, ...]] | None, text: str
                     ) -> list[tuple[int, int]]:
    if protected is None or not any(map(text.__contains__, protected[1])):
        return []
    return [m.span() for m in protected[0].finditer(text)]


class AllowedRule(TermRule):
    """The brand's ``allowed`` words and phrases and its preferred words: list findings on those
    words are dropped."""

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx

    def terms(self) -> Iterator[Term]:
        vocabulary = self.ctx.brand.vocabulary
        # The brand's own preferred words are never its jargon or clichés ("job" in Flanders).
        for word in (*vocabulary.cliches.allowed, *(p.use for p in vocabulary.preferred)):
            if word.strip():
                yield Term("allowed", word, None, compounds=False)


_CAPITALISED_GAP = re.compile(r"[ \t]+(?:&[ \t]+)?|-")


def name_spans(segment: Segment) -> list[tuple[int, int]]:
    """Stretches that read as a proper name or an official title: two or more capitalised words
    in a row, at least one of them not opening the sentence ("ZZP Nederland", "the Revolutionary
    War", "Mijn VerbouwPremie")."""
    text = segment.text
    bounds = segment.bounds  # word i is text[bounds[2i]:bounds[2i + 1]]
    # Only capitalised words can be in a name: pick them in C (most words are lower case).
    capitals = list(compress(range(len(segment.words)), map(str.isupper, map(
        text.__getitem__, bounds[0:-1:2]))))
    if len(capitals) < 2:
        return []
    runs: list[list[int]] = []
    run = [capitals[0]]
    for index in capitals[1:]:
        # Next to the run's last word with only a space, " & " or a hyphen between: the run
        # goes on (the gap holds no word, so no lower-case word stands between them).
        if _CAPITALISED_GAP.fullmatch(text, bounds[2 * run[-1] + 1], bounds[2 * index]):
            run.append(index)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [index]
    if len(run) >= 2:
        runs.append(run)
    if not runs:  # the sentences are made only for a run to judge
        return []
    starts = {s.start for s in segment.sentences}
    return [(bounds[2 * words[0]], bounds[2 * words[-1] + 1]) for words in runs
            if any(bounds[2 * i] not in starts for i in words)]


def _name_spans_around(segment: Segment, hits: list[Hit]) -> list[tuple[int, int]]:
    """:func:`name_spans`, where a hit could lie in one: a hit starts at a word, and every word
    of a name is capitalised, so a segment whose hits all start in lower case needs none."""
    text = segment.text
    if any(text[h.start].isupper() for h in hits if h.term.kind != "keyword"):
        return name_spans(segment)
    return []


def _resolve(hits: list[Hit], protected: list[tuple[int, int]]) -> dict[str, list[Hit]]:
    """Brand terms beat list terms on the same words, and so do the brand's allowed words;
    nothing matches inside a proper name or an official title. The hits kept, by kind."""
    strong = [(h.start, h.end) for h in hits if h.term.kind in _TERM_KINDS_ABOVE_LISTS]
    kept: dict[str, list[Hit]] = {}
    for hit in hits:
        kind = hit.term.kind
        if protected and kind != "keyword" and any(s <= hit.start and hit.end <= e
                                                   for s, e in protected):
            continue
        if strong and kind in _TERM_KINDS_BELOW_BRAND and any(
                s < hit.end and hit.start < e for s, e in strong):
            continue
        group = kept.get(kind)
        if group is None:
            kept[kind] = [hit]
        else:
            group.append(hit)
    return kept


class _VisitPlans:
    """Which rules visit a segment, by the kinds of hits it has: a rule that reads only its
    own kinds of hits (banned words, clichés, ...) is not called for a segment without them,
    which is most segments. Each plan keeps the rules' order."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self._plans: dict[tuple[str, ...], list[Rule]] = {}

    def of(self, hits: HitsByKind) -> list[Rule]:
        kinds = tuple(hits)  # in the order first found: a few orders of a few kinds
        plan = self._plans.get(kinds)
        if plan is None:
            plan = self._plans[kinds] = [rule for rule in self.rules
                                         if rule.kinds is None or not rule.kinds.isdisjoint(kinds)]
        return plan


def check_document(document: Document, snapshot: ProfileSnapshot, *, lang: str | None = None,
                   draft_language: str | None = None, deliverable: str | None = None,
                   progress: Progress | None = None, cancel: CancelCheck | None = None
                   ) -> Report:
    """Check ``document`` against the profile in ``snapshot``.

    ``lang`` is the language of the messages (the user's interface language, default the
    current one); ``draft_language`` forces the draft's language (default: the document's own,
    else detected). ``deliverable`` ``"vacancy"`` turns on the vacancy checks, which are
    otherwise on when the text reads like one. ``progress`` gets 0..1; when ``cancel`` returns
    true the check stops with :class:`Cancelled`.
    """
    if progress is not None:
        progress(0.0)
    brand = snapshot.brand
    text_lang = _draft_language(document, brand, draft_language)
    vacancy = deliverable == "vacancy" if deliverable else is_vacancy(document.text, text_lang)
    ctx = CheckContext(document, brand, text_lang, translator(lang or current_language()),
                       tools(text_lang), vacancy=vacancy)
    readability = ReadabilityRule(ctx)
    key_messages = KeyMessageRule(ctx)
    voice = VoiceRule(ctx)
    term_rules: list[TermRule] = [
        BannedRule(ctx), PreferredRule(ctx), ListRule(ctx, "tone.cliche", "cliches"),
        ListRule(ctx, "tone.jargon", "jargon"), GenderCodedRule(ctx), key_messages,
        AllowedRule(ctx)]
    rules: list[Rule] = [*term_rules, BrandNameRule(ctx), AddressRule(ctx),
                         ExclamationRule(ctx), EmojiRule(ctx), readability, ColourRule(ctx),
                         FontRule(ctx), voice]
    matcher = _matcher(tuple(chain.from_iterable(r.terms() for r in term_rules)), text_lang)
    protected = _protected_pattern(brand)
    # Rules that look only at the whole draft (colours, fonts) are not called per segment.
    visiting = [rule for rule in rules if type(rule).visit is not Rule.visit]
    plans = _VisitPlans(visiting)
    plain = plans.of(_NO_HITS)
    total = max(1, len(document.text))
    next_report = 0.0
    for number, segment in enumerate(segments(document)):
        if cancel is not None and number % 8 == 0 and cancel():
            raise Cancelled
        found = longest(matcher.find(segment))
        hits: HitsByKind
        if found:
            hits = _resolve(found, _protected_spans(protected, segment.text)
                            + _name_spans_around(segment, found))
            plan = plans.of(hits)
        else:
            hits, plan = _NO_HITS, plain
        for rule in plan:
            rule.visit(segment, hits)
        if progress is not None:
            done = (segment.offset + len(segment.text)) / total
            if done >= next_report:
                progress(min(done, 1.0) * 0.95)
                next_report = done + 0.02
    if cancel is not None and cancel():
        raise Cancelled
    for rule in rules:
        rule.finish()
    findings = group_repeats(
        sorted(ctx.findings, key=lambda f: (f.location.start, f.location.end, f.rule)),
        document.text, ctx.tr)
    # Only what the draft gives something to judge counts: an image has no words to score.
    applicable = [Category.TERMINOLOGY, Category.TONE] if document.text.strip() else []
    if readability.all_sentences:
        applicable.append(Category.READABILITY)
    if key_messages.active and document.text.strip():
        applicable.append(Category.MESSAGES)
    if document.fonts or document.colours or document.images:
        applicable.append(Category.VISUAL)
    if voice.active:
        applicable.append(Category.VOICE)
    categories = category_scores(findings, applicable)
    score = overall(categories)
    light = traffic_light(score, findings)
    if light is TrafficLight.GREEN and (not applicable or not document.complete):
        light = TrafficLight.AMBER  # nothing read, or a part unread: no all-clear
    findings, omitted = capped(findings)
    if progress is not None:
        progress(1.0)
    return Report(
        file=document.name, language=text_lang, score=score,
        traffic_light=light, categories=categories,
        findings=tuple(findings), brand=brand.name, revision=snapshot.revision,
        notes=document.notes, omitted=omitted,
        stats=TextStats(readability.words, readability.sentences, readability.syllables,
                        None if readability.ease is None else round(readability.ease, 1),
                        readability.level))
