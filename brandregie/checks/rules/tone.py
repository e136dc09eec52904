"""tone.address, tone.cliche, tone.jargon, tone.exclamation, tone.emoji, employer.gender-coded."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import compress

from brandregie.checks.context import CheckContext, Rule, TermRule
from brandregie.checks.model import Location, Severity
from brandregie.checks.terms import Hit, HitsByKind, Term
from brandregie.checks.text import Segment, heading_line_at, in_spans, within
from brandregie.checks.wordlists import ListEntry, adjective_forms, load_list

FORMAL = {"u": "je", "uw": "je", "uzelf": "jezelf", "uwe": "jouwe"}
INFORMAL = {"je": "u", "jij": "u", "jou": "u", "jouw": "uw", "jezelf": "uzelf", "jullie": "u",
            "jouwe": "uwe"}
_ADDRESS = frozenset(FORMAL) | frozenset(INFORMAL)
_LETTER_WORDS = frozenset({"letter", "klinker", "klank", "teken"})
#: This many address words, all in the other form and none in the brand's, make a text written
#: in the wrong form throughout (fewer can be a quoted phrase or a slip in a short text).
THROUGHOUT = 5
#: From this ``tone.formal`` up, official words (marked ``formal`` in the jargon list) pass.
FORMAL_TONE = 4


class AddressRule(Rule):
    """Dutch address: ``u``/``uw`` (formal) against ``je``/``jij``/``jouw`` (informal).

    Not counted: words in quotation marks (someone else speaking, as in ‘u vraagt, wij
    draaien’), ``u`` after a number (``10 u``: hours), in a hyphenated word (``U-bocht``),
    named as a letter (``de letter u``), or followed by a full stop inside an abbreviation
    (``U.S.``). When both forms occur, the findings say the text mixes them. Each wrong word is
    a warning with its fix; a text that uses the other form throughout (five times or more, never
    the brand's) is one error.
    """

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        self.form = ctx.brand.character.address.get("nl", "je")
        self.active = ctx.lang == "nl"
        self._wrong: list[tuple[Segment, tuple[int, int, str]]] = []
        self._formal = 0
        self._informal = 0
        self._limit = 2_000

    def visit(self, segment: Segment, hits: HitsByKind) -> None:
        if not self.active:
            return
        if self._informal and self._formal and len(self._wrong) >= self._limit:
            return  # both forms seen and the list full: nothing the rest says changes the finding
        words = segment.words
        if _ADDRESS.isdisjoint(words):
            return
        text = segment.text
        quotes = segment.quotes
        bounds = segment.bounds  # word i is text[bounds[2i]:bounds[2i + 1]]
        for i in compress(range(len(words)), map(_ADDRESS.__contains__, words)):
            word = words[i]
            if in_spans(bounds[2 * i], quotes) or self._not_address(text, words, bounds, i):
                continue
            formal = word in FORMAL
            if formal:
                self._formal += 1
            else:
                self._informal += 1
            if formal != (self.form == "u") and len(self._wrong) < self._limit:
                self._wrong.append((segment, (bounds[2 * i], bounds[2 * i + 1], word)))

    @staticmethod
    def _not_address(text: str, words: list[str], bounds: list[int], i: int) -> bool:
        start, end = bounds[2 * i], bounds[2 * i + 1]
        word = words[i]
        before = text[start - 1:start] if start else ""
        after = text[end:end + 2]
        if before in ("-", "‐") or after[:1] in ("-", "‐"):
            return True
        if word != "u":
            return False
        if after[:1] == "." and after[1:2].isalpha():
            return True  # U.S., u.a.
        if i and words[i - 1].isdigit() and not text[bounds[2 * i - 1]:start].strip():
            return True  # 10 u (uur), but not "bel 038 123 45 67. U krijgt"
        return bool(i and words[i - 1] in _LETTER_WORDS)

    def finish(self) -> None:
        tr = self.ctx.tr
        mixed = self._formal and self._informal
        brand_form = "u" if self.form == "u" else "je"
        if not self._wrong:
            return
        if not mixed and len(self._wrong) >= THROUGHOUT:
            # Written in the other form from start to end: one error, not one per word.
            segment, (start, end, _word) = self._wrong[0]
            message = tr("The text speaks to the reader as “{found}” throughout ({count} "
                         "times), where the brand says “{form}”: it sounds like another "
                         "company.").format(found="u" if self.form != "u" else "je",
                                            count=len(self._wrong), form=brand_form)
            self.ctx.add("tone.address", Severity.ERROR, message, segment, start, end,
                         tr("Rewrite the text with “{form}”.").format(form=brand_form))
            others = tuple(Location(seg.block.paragraph, seg.offset + s, seg.offset + e,
                                    seg.block.page) for seg, (s, e, _w) in self._wrong[1:])
            self.ctx.findings[-1] = replace(self.ctx.findings[-1], repeats=others)
            return
        for segment, (start, end, word) in self._wrong:
            found = segment.text[start:end]
            if mixed:
                message = tr("The text mixes “u” and “je”, which reads as careless; the brand "
                             "speaks to the reader as “{form}”.").format(form=brand_form)
            else:
                message = tr("The brand speaks to the reader as “{form}”; here the text says "
                             "“{found}”, which sounds like another company.").format(
                    form=brand_form, found=found)
            table = FORMAL if self.form != "u" else INFORMAL
            suggestion = table.get(word)
            if suggestion and found[:1].isupper():
                suggestion = suggestion.capitalize()
            # A slip is a warning with its fix; the error is a text in the wrong form throughout.
            self.ctx.add("tone.address", Severity.WARNING, message, segment, start, end,
                         suggestion)


def _allowed(ctx: CheckContext) -> set[str]:
    """The brand's ``allowed`` words, with their lemmas, so inflections are allowed too."""
    allowed: set[str] = set()
    for word in ctx.brand.vocabulary.cliches.allowed:
        lowered = " ".join(word.lower().split())
        allowed.add(lowered)
        if " " not in lowered:
            allowed.update(k for k in ctx.tools.keys(lowered) if not k.startswith("~"))
    return allowed


def _is_allowed(entry: str, allowed: set[str], ctx: CheckContext) -> bool:
    lowered = " ".join(entry.lower().rstrip("*").split())
    if lowered in allowed:
        return True
    return " " not in lowered and bool(ctx.tools.keys(lowered) & allowed)


def list_term(ctx: CheckContext, kind: str, entry: ListEntry, ref: object,
              compounds: bool = True) -> Term:
    """The term for a list entry, with the spellings it is limited to where a lemma would mislead:
    an entry listed in an inflected form (``learnings``, ``gedreven``: their lemmas ``learning``
    and ``drijven`` mean something else) matches only that form, an adjective-only entry only
    its adjective forms."""
    word = entry.term.lower()
    forms: tuple[str, ...] = ()
    if " " not in word and not word.endswith("*"):
        if "exact" in entry.options:
            forms = (word,)
        elif "adj" in entry.options:
            forms = adjective_forms(word, ctx.lang)
        elif ctx.lang == "nl" and word.endswith("ing"):
            forms = (word, word + "en", word + "s")  # the noun only: "beleving" is not "beleven"
        elif ctx.tools.known(word) and ctx.tools.lemma(word) != word:
            forms = adjective_forms(word, ctx.lang) if ctx.lang == "nl" else (word,)
    also = adjective_forms(word, ctx.lang) if " " not in word and not forms else ()
    return Term(kind, entry.term, ref, compounds=compounds, forms=forms, also=also,
                as_modifier=False)


def fits_conditions(entry: ListEntry, segment: Segment, hit: Hit) -> bool:
    """Whether the words around ``hit`` allow the entry's ``not-after``/``not-before``."""
    if not entry.options:  # most entries have no conditions
        return True
    after = entry.words_for("not-after:")
    before = entry.words_for("not-before:")
    if not after and not before:
        return True
    spans = segment.spans
    words = segment.words
    first = next((i for i, (s, _) in enumerate(spans) if s >= hit.start), len(spans))
    last = next((i for i, (_, e) in enumerate(spans) if e >= hit.end), len(spans) - 1)
    if after and first > 0 and words[first - 1] in after:
        return False
    return not (before and last + 1 < len(words) and words[last + 1] in before)


class ListRule(TermRule):
    """tone.cliche and tone.jargon: the built-in lists plus the brand's own, minus allowed.

    Not counted: words in quotation marks (someone else's), a cliché that is a heading on its
    own ("Wie zijn wij?"), and entries whose conditions the words around them do not meet.
    """

    def __init__(self, ctx: CheckContext, rule: str, kind: str) -> None:
        self.ctx = ctx
        self.rule = rule
        self.kind = kind
        self.kinds = frozenset({kind})

    def terms(self) -> Iterator[Term]:
        ctx = self.ctx
        policy = ctx.brand.vocabulary.cliches
        allowed = _allowed(ctx)
        entries: list[ListEntry] = []
        if policy.builtin:
            entries.extend(load_list(self.kind, ctx.lang))
        if self.kind == "cliches":
            entries.extend(ListEntry(extra, "") for extra in policy.extra)
        formal_brand = ctx.brand.character.tone.formal >= FORMAL_TONE
        for entry in entries:
            if "formal" in entry.options and formal_brand:
                continue  # officialese suits a formal brand
            if not _is_allowed(entry.term, allowed, ctx):
                yield list_term(ctx, self.kind, entry, entry)

    def visit(self, segment: Segment, hits: HitsByKind) -> None:
        tr = self.ctx.tr
        quotes: list[tuple[int, int]] | None = None
        for hit in hits.get(self.kind, ()):
            entry = hit.term.ref
            assert isinstance(entry, ListEntry)
            if quotes is None:
                quotes = segment.quotes
            if within(hit.start, hit.end, quotes) or not fits_conditions(entry, segment, hit):
                continue
            if self.kind == "cliches" and heading_line_at(segment, hit.start):
                continue
            found = " ".join(segment.text[hit.start:hit.end].split())
            if self.kind == "jargon":
                message = tr("“{found}” is jargon: plain words say it more clearly to "
                             "everyone.").format(found=found)
            elif entry.note:
                message = tr("“{found}” is a hollow phrase: readers have seen it so often "
                             "that it no longer says anything.").format(found=found)
            else:
                message = tr("“{found}” is on the brand's own list of phrases to "
                             "avoid.").format(found=found)
            self.ctx.add(self.rule, Severity.WARNING, message, segment, hit.start, hit.end,
                         entry.note or None)


class _PolicyRule(Rule):
    """A mark the brand uses ``never``, ``sparingly`` (one per ``per`` words) or ``free``ly;
    marks in quotation marks are someone else's and do not count."""

    rule = ""
    per = 100
    pattern: re.Pattern[str]

    def __init__(self, ctx: CheckContext, policy: str) -> None:
        self.ctx = ctx
        self.policy = policy
        self.words = 0
        self.found: list[tuple[Segment, re.Match[str]]] = []

    def visit(self, segment: Segment, hits: HitsByKind) -> None:
        self.words += len(segment.words)
        if self.policy == "free" or len(self.found) > 5_000 or not self.present(segment.text):
            return
        quotes = segment.quotes
        # A mark inside quotation marks is the speaker's, not the brand's voice.
        self.found.extend((segment, m) for m in self.pattern.finditer(segment.text)
                          if not in_spans(m.start(), quotes))

    def finish(self) -> None:
        if self.policy == "free":
            return
        if self.policy == "never":
            for segment, match in self.found:
                self.report(segment, match, self.never_message())
            return
        allowed = max(1, self.words // self.per)
        used = 0
        for segment, match in self.found:
            if self.double(match):
                self.report(segment, match, self.double_message())
                continue
            used += 1
            if used > allowed:
                self.report(segment, match, self.sparingly_message())

    def double(self, match: re.Match[str]) -> bool:
        return False

    def present(self, text: str) -> bool:
        """A cheap test whether ``text`` can hold the mark at all."""
        return True

    def report(self, segment: Segment, match: re.Match[str], message: str) -> None:
        start, end = match.span()
        self.ctx.add(self.rule, Severity.WARNING, message, segment, start, end, self.fix())

    def never_message(self) -> str:
        raise NotImplementedError

    def sparingly_message(self) -> str:
        raise NotImplementedError

    def double_message(self) -> str:
        return self.sparingly_message()

    def fix(self) -> str | None:
        return None


class ExclamationRule(_PolicyRule):
    """tone.exclamation: sparingly means one per 150 words, and never two at once."""

    rule = "tone.exclamation"
    per = 150
    pattern = re.compile(r"[!¡]+(?:[?!]+)?")

    def __init__(self, ctx: CheckContext) -> None:
        super().__init__(ctx, ctx.brand.character.exclamation_marks)

    def double(self, match: re.Match[str]) -> bool:
        return len(match.group()) > 1

    def present(self, text: str) -> bool:
        return "!" in text or "¡" in text

    def never_message(self) -> str:
        return self.ctx.tr("The brand does not use exclamation marks: a calm sentence "
                           "sounds surer.")

    def sparingly_message(self) -> str:
        return self.ctx.tr("The brand uses exclamation marks sparingly; this one is too "
                           "many, and too many make a text sound loud.")

    def double_message(self) -> str:
        return self.ctx.tr("Several exclamation marks at once read as shouting.")

    def fix(self) -> str | None:
        return "."


_PICTOGRAPHS = "\U0001F000-\U0001FAFF"
#: Symbols that show as emoji by default (Unicode Emoji_Presentation outside the pictographs).
_DEFAULT_EMOJI = ("⌚⌛⏩⏪⏫⏬⏰⏳☔☕♈♉♊♋♌♍♎♏♐♑♒♓"
                  "♿⚓⚡⚪⚫⚽⚾⛄⛅⛎⛔⛪⛲⛳⛵⛺⛽"
                  "✅✊✋✨❌❎❓❔❕❗➕➖➗➰➿⬛⬜⭐⭕")
#: Symbols that are text (✓, ★, →) unless followed by the emoji variation selector U+FE0F.
_TEXT_SYMBOLS = "\u00A9\u00AE\u2122\u2190-\u21FF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF"
_ONE = (f"(?:[{_PICTOGRAPHS}{_DEFAULT_EMOJI}]|[{_TEXT_SYMBOLS}]\uFE0F)"
        "[\uFE0F\U0001F3FB-\U0001F3FF]*")
#: Emoji: pictographs, default emoji, symbols asked to show as emoji, flags; with skin tones
#: and zero-width joiners one cluster, and a run of them one finding.
EMOJI = re.compile(f"(?:[\U0001F1E6-\U0001F1FF]{{2}}|{_ONE}(?:\u200D{_ONE})*)+")


#: Any character from the arrows on: every emoji and symbol above lies there.
_SYMBOL = re.compile("[\u2190-\U0010ffff]")


class EmojiRule(_PolicyRule):
    """tone.emoji: sparingly means one per 100 words (a short post may have one)."""

    rule = "tone.emoji"
    per = 100
    pattern = EMOJI

    def __init__(self, ctx: CheckContext) -> None:
        super().__init__(ctx, ctx.brand.character.emoji)

    def present(self, text: str) -> bool:
        # no symbol at all, no emoji; most texts are plain ASCII, which Python knows at once
        return not text.isascii() and _SYMBOL.search(text) is not None

    def never_message(self) -> str:
        return self.ctx.tr("The brand does not use emoji: they do not suit its voice.")

    def sparingly_message(self) -> str:
        return self.ctx.tr("The brand uses emoji sparingly; this one is too many.")


class GenderCodedRule(TermRule):
    """employer.gender-coded: masculine-coded words in a vacancy text.

    Gaucher, Friesen and Kay (2011) found that masculine-coded wording makes a job less
    appealing to women, while feminine-coded wording hardly puts men off. So each
    masculine-coded word is a hint (info), and a vacancy whose masculine-coded words outnumber
    its feminine-coded ones by three or more gets a warning. Only vacancy texts are checked.
    """

    kinds = frozenset({"gender"})

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        self.masculine: list[tuple[Segment, Hit]] = []
        self.feminine = 0
        self.first: Segment | None = None

    def terms(self) -> Iterator[Term]:
        if not self.ctx.vacancy:
            return
        allowed = _allowed(self.ctx)
        for entry in load_list("gender-coded", self.ctx.lang):
            if entry.note.startswith("f") or not _is_allowed(entry.term, allowed, self.ctx):
                yield list_term(self.ctx, "gender", entry, entry, compounds=False)

    def visit(self, segment: Segment, hits: HitsByKind) -> None:
        for hit in hits.get("gender", ()):
            entry = hit.term.ref
            assert isinstance(entry, ListEntry)
            if not fits_conditions(entry, segment, hit) or heading_line_at(segment, hit.start):
                continue  # a heading ("Decision") names a step, it does not describe anyone
            if entry.note.partition("\t")[0].strip() == "m":
                self.masculine.append((segment, hit))
            else:
                self.feminine += 1

    def finish(self) -> None:
        tr = self.ctx.tr
        for segment, hit in self.masculine[:500]:
            entry = hit.term.ref
            assert isinstance(entry, ListEntry)
            alternative = entry.note.partition("\t")[2].strip() or None
            found = segment.text[hit.start:hit.end]
            message = tr("“{found}” is a masculine-coded word: research finds that such words "
                         "make a vacancy less appealing to women.").format(found=found)
            self.ctx.add("employer.gender-coded", Severity.INFO, message, segment, hit.start,
                         hit.end, alternative)
        masculine = len(self.masculine)
        if masculine - self.feminine >= 3:
            segment, hit = self.masculine[0]
            message = tr("This vacancy uses {m} masculine-coded and {f} feminine-coded words; "
                         "balanced wording reaches more candidates.").format(
                m=masculine, f=self.feminine)
            self.ctx.add("employer.gender-coded", Severity.WARNING, message, segment,
                         hit.start, hit.end,
                         tr("Describe the team and the support you give, not only drive."))
