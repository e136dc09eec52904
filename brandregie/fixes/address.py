"""Dutch address form, u <-> je, with the verb and the reflexive that go with it.

A sentence is converted as a whole, because the pronoun pulls other words with it: ``Heeft u``
-> ``Heb je``, ``meldt u zich aan`` -> ``meld je je aan``, ``als je vragen hebt`` -> ``als u
vragen hebt``, ``Neemt u contact op.`` (a polite imperative) -> ``Neem contact op.``. The role of
each pronoun (subject, object, possessive) is read from its neighbours: the word before (a
verb, a preposition, a conjunction) and the word after. Where the neighbours leave the role
open (``Dat geeft u`` may be *that gives you* or *that you give*), the result is marked unsure
and the caller offers it as a proposal to check, never as a silent change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from brandregie.checks.language import WORD, tools
from brandregie.fixes.verbs import (
    AUXILIARIES,
    JE_TO_U_AFTER,
    NOUN_LEMMA_VERBS,
    SECOND_PERSON_ONLY,
    U_TO_JE_AFTER,
    U_TO_JE_INVERTED,
    infinitive,
    is_finite,
    is_past,
    is_present_t,
    is_stem,
    je_inverted_to_u,
    stem,
    u_inverted_to_je,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PREPOSITIONS = _words("""
    aan achter bij binnen boven buiten door in langs met na naar naast om onder op over per rond
    tegen tot tussen uit van vanaf via voor zonder behalve dankzij namens volgens tijdens
    richting omtrent jegens""")
SUBORDINATORS = _words("""
    als wanneer dat of omdat zodat zodra indien nadat voordat terwijl waar waarmee waarin
    waarop waarvoor waardoor waarover wat die hoe welke waarom tenzij mits totdat doordat
    hoewel ofschoon zoals alsof sinds opdat wie hetgeen""")
#: Words that start a clause without being its subject: the verb after them inverts.
ADVERBIAL_STARTERS = PREPOSITIONS | _words("""
    hier daar dan nu ook daarom daarna morgen vandaag straks zo verder bovendien natuurlijk
    uiteraard hierbij hiermee daarmee daarvoor hiervoor waar wat hoe wanneer waarom welke wie
    graag binnenkort snel eerst ten op in bij voortaan vanaf online zeker wellicht misschien als
    altijd nooit soms vaak ook tot daarnaast tevens echter toch ondertussen inmiddels dus
    hierdoor daardoor hierin daarin hierop daarop hiervan daarvan onderaan bovenaan vervolgens
    waarmee binnen deze""") - _words("deze")
#: Clause starts that may themselves be the subject: ``Dat geeft u`` is ambiguous.
SUBJECT_STARTERS = _words("""
    de het een dit dat deze die hij zij ze wij we ik men iedereen niemand onze ons mijn zijn
    haar hun elke ieder alles niets iets er""")
#: Verbs of finding and getting: after a possible subject, ``u`` is still their subject.
PERCEIVING = _words("""
    vindt ziet krijgt ontvangt leest weet kent hoort merkt proeft ruikt betaalt bestelt kiest
    koopt mist doet kunt wilt zult bent hebt moet mag hoeft""")
#: Modals whose inverted je-form is also the form of he and she (``De commissie kan je ...``).
MODAL_3SG = _words("kan wil zal mag moet")
#: Verb particles: ``Meld je aan`` is an imperative with a reflexive ``je``.
PARTICLES = _words("""
    aan af in op uit mee door over voor na toe weg binnen langs rond terug thuis bij neer
    samen vast open""")
#: Verbs used with a reflexive pronoun (``zich aanmelden``), by infinitive.
REFLEXIVE_VERBS = _words("""
    melden aanmelden afmelden inschrijven uitschrijven opgeven bereiden voorbereiden verheugen
    vergissen voelen bedenken herinneren realiseren verdiepen ontspannen haasten schamen
    richten concentreren inzetten verbazen vervelen afvragen legitimeren registreren abonneren
    kleden verplaatsen beperken aansluiten specialiseren thuisvoelen inleven vestigen gedragen
    bezighouden identificeren ontwikkelen verzekeren""")
DETERMINERS = _words("de het een geen")
#: Verbs whose ``je`` after them is who gets something (``Dat geeft je rust``).
DATIVE_VERBS = _words("""
    geeft bespaart kost biedt brengt levert stuurt vertelt toont wenst bezorgt oplevert
    scheelt gunt""")
#: ``jullie`` + plural verb -> ``u`` + the verb ``u`` takes.
PLURAL_TO_U = {"zijn": "bent", "hebben": "heeft", "kunnen": "kunt", "willen": "wilt",
               "zullen": "zult", "mogen": "mag", "moeten": "moet", "gaan": "gaat",
               "doen": "doet", "staan": "staat", "zien": "ziet", "hoeven": "hoeft"}
CONJUNCTIONS = _words("en maar want of dus")
#: Words after ``je`` that show it is not a possessive (``je het``, ``je nog``, ``je een``).
FUNCTION_WORDS = PREPOSITIONS | _words("""
    de het een er hier daar dan nu ook nog al graag niet wel zelf even meteen direct snel
    gewoon altijd nooit vaak soms zeker echt heel zo meer minder iets niets alles ons mij
    hem haar hen hun ze dit dat deze die thuis verder terug mee toe weg af uit in op aan
    samen eerst later bijvoorbeeld misschien natuurlijk binnen buiten morgen vandaag straks
    gratis vast ooit liever zeer dus toch maar eens alvast ergens nergens overal nodig
    je jij jou u zich jezelf uzelf wat waar wie hoe mijn jouw uw zijn onze hun goed beter
    best lekker alleen rustig als wanneer omdat zodat zodra of tot totdat voordat nadat klaar geen
    dicht""")
#: Why a conversion is to check (English; translated where shown).
NOTE_U_ROLE = "“u” may be the subject or the object here: check the verb"
NOTE_VERB = "the verb form is unknown to BrandRegie: check it"
NOTE_PLURAL = "“jullie” speaks to several people: check the form"
NOTE_JE_ROLE = "“je” may be the subject or mean “your” here: check the form"
NOTE_JE_OBJECT = "“je” may mean “to you” or “your” here: check the form"
NOTE_JE_SUBJECT = "“je” may be the subject or the object here: check the verb"
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–\"“”‘’«»]|\s-\s")


@dataclass(frozen=True, slots=True)
class Edit:
    """A change to a sentence: ``start:end`` of its text becomes ``text``."""

    start: int
    end: int
    text: str
    safe: bool
    note: str = ""


class _Sentence:
    """The words of one sentence, their clauses, and the replacements made so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = [m.span() for m in WORD.finditer(text)]
        self.originals = [text[s:e] for s, e in self.spans]
        self.words = [w.lower() for w in self.originals]
        self.clause: list[int] = []  # where each word's clause starts
        self.sub: list[int] = []  # ... or its coordinated part (after en, maar, want)
        first = part = 0
        for i, word in enumerate(self.words):
            if i and (_CLAUSE_BREAK.search(text, self.spans[i - 1][1], self.spans[i][0])
                      or word in SUBORDINATORS):
                first = part = i
            elif i and word in CONJUNCTIONS:
                part = i
            self.clause.append(first)
            self.sub.append(part)
        self.question = text.rstrip().rstrip("\"'”’)").endswith("?")
        self.repl: dict[int, str] = {}
        self.drop: set[int] = set()
        self.drop_before: set[int] = set()  # dropped with the space before it
        self.notes: list[str] = []

    def prev(self, i: int) -> str | None:
        return self.words[i - 1] if i > self.clause[i] else None

    def next(self, i: int) -> str | None:
        if i + 1 < len(self.words) and self.clause[i + 1] == self.clause[i]:
            return self.words[i + 1]
        return None

    def clause_end(self, i: int) -> int:
        j = i
        while j + 1 < len(self.words) and self.clause[j + 1] == self.clause[i]:
            j += 1
        return j + 1

    def set(self, i: int, new: str) -> None:
        self.repl[i] = new

    def unsure(self, note: str) -> None:
        self.notes.append(note)

    def imperative_start(self, verb: int) -> bool:
        """``Neemt u contact op.``: the verb opens the sentence, no question, no comma."""
        word = self.words[verb]
        return (verb == 0 and not self.question and "," not in self.text
                and word not in AUXILIARIES and not is_past(word))

    def scan(self, i: int, wanted: dict[str, str]) -> None:
        """Replace the first word of ``wanted`` after ``i`` in its clause (the verb or reflexive
        that goes with the subject at ``i``); a nested clause ends the search."""
        for j in range(i + 1, self.clause_end(i)):
            word = self.words[j]
            if word in wanted and j not in self.repl:
                self.set(j, wanted[word])
                return

    def edits(self) -> list[Edit]:
        safe = not self.notes
        note = self.notes[0] if self.notes else ""
        changed = sorted(set(self.repl) | self.drop | self.drop_before)
        result: list[Edit] = []
        for i in changed:
            start, end = self.spans[i]
            if i in self.drop_before:
                new = ""
                start = self.spans[i - 1][1]
            elif i in self.drop:
                new = ""
                gap_end = end
                while gap_end < len(self.text) and self.text[gap_end] == " ":
                    gap_end += 1
                end = gap_end
            else:
                new = _cased(self.originals[i], self.repl[i], i == 0)
                if new == self.originals[i]:
                    continue
            if result and not self.text[result[-1].end:start].strip():
                last = result[-1]
                glue = self.text[last.end:start]
                joined = last.text + glue + new if last.text else new
                result[-1] = Edit(last.start, end, joined, safe, note)
            else:
                result.append(Edit(start, end, new, safe, note))
        return result


def _cased(original: str, new: str, at_start: bool) -> str:
    if not new:
        return new
    if original.isupper() and len(original) > 1:
        return new.upper()
    if original[:1].isupper() and at_start:
        return new[:1].upper() + new[1:]
    return new


def _infinitive_like(word: str) -> bool:
    """An infinitive (``aanmelden``, ``terugbellen``), not a plural noun (``vragen``)."""
    helper = tools("nl")
    if not word.endswith("en"):
        return False
    root = stem(word)
    if (root is not None and helper.known(word) and helper.lemma(word) == word
            and (helper.known(root) or helper.known(root + "t"))):
        return True
    for particle in PARTICLES:
        rest = word[len(particle):]
        if word.startswith(particle) and len(rest) > 3 and (
                rest in NOUN_LEMMA_VERBS or (helper.known(rest) and helper.lemma(rest) == rest)):
            return True
    return False


def _noun_like(word: str | None) -> bool:
    """A word after ``je`` that can be what ``je`` owns (a noun or an adjective)."""
    if word is None or word in FUNCTION_WORDS or word.isdigit():
        return False
    helper = tools("nl")
    if word.endswith("t") and helper.known(word) and \
            helper.lemma(helper.lemma(word)) == word and word not in AUXILIARIES \
            and word not in U_TO_JE_INVERTED:
        return True  # je kaart: kaarten is its plural before it is a verb
    if is_finite(word) or word in AUXILIARIES or _infinitive_like(word):
        return False
    if word.endswith(("t", "d")) and helper.known(word):
        lemma = helper.lemma(word)
        if lemma != word and lemma.endswith("en"):
            return False  # a participle: je bedacht, je gemeld
    return True


def _lemmas(word: str) -> set[str]:
    helper = tools("nl")
    found = {helper.lemma(word)} if helper.known(word) else {word}
    for particle in PARTICLES:
        rest = word[len(particle):]
        if word.startswith(particle) and len(rest) > 3 and helper.known(rest):
            found.add(particle + helper.lemma(rest))
            found.add(helper.lemma(rest))
    return found


def _reflexive_clause(s: _Sentence, i: int) -> bool:
    """A verb later in ``i``'s clause takes a reflexive (``als je je aanmeldt``)."""
    return any(_lemmas(s.words[j]) & REFLEXIVE_VERBS for j in range(i + 1, s.clause_end(i)))


def _reflexive_verb(s: _Sentence, verb: int) -> bool:
    """The verb at ``verb``, with a particle later in its clause, takes a reflexive."""
    base = infinitive(s.words[verb]) or s.words[verb]
    particles = {w for w in s.words[verb + 1:s.clause_end(verb)] if w in PARTICLES}
    return bool({base, *(p + base for p in particles)} & REFLEXIVE_VERBS)


def to_je(text: str, targets: list[int]) -> list[Edit]:
    """Edits that make ``text`` speak as ``je``; ``targets``: offsets of the u-words to change."""
    sentence = _Sentence(text)
    starts = {s: i for i, (s, _) in enumerate(sentence.spans)}
    for offset in targets:
        i = starts.get(offset)
        if i is not None:
            _u_word_to_je(sentence, i)
    return sentence.edits()


def _u_word_to_je(s: _Sentence, i: int) -> None:
    word = s.words[i]
    if word == "uzelf":
        s.set(i, "jezelf")
        return
    if word == "uwe":
        s.set(i, "jouwe")
        return
    if word == "uw":
        s.set(i, "je")
        return
    if word != "u":
        return
    prev, nxt = s.prev(i), s.next(i)
    if prev in DETERMINERS:
        return  # "geen u": the letter
    if prev in PREPOSITIONS:
        _object(s, i, nxt, "jou")
        return
    if prev == "zowel":
        s.set(i, "jij")
        return
    unknown_verb = prev is not None and _unknown_present_t(prev)
    if prev is not None and (is_present_t(prev) or prev in AUXILIARIES or is_past(prev)
                             or unknown_verb):
        verb = i - 1
        start = s.sub[i] + (s.words[s.sub[i]] in CONJUNCTIONS)
        before = s.words[start:verb]
        subject = True
        if unknown_verb:
            s.unsure(NOTE_VERB)
            s.set(verb, prev[:-1])
            s.set(i, "je")
            return
        if before and prev not in SECOND_PERSON_ONLY and before[0] not in ADVERBIAL_STARTERS \
                and is_present_t(prev) and u_inverted_to_je(prev) != prev:
            subject = prev in PERCEIVING
            s.unsure(NOTE_U_ROLE)
        if not subject:
            _object(s, i, nxt, "je")
            return
        new = u_inverted_to_je(prev) if is_present_t(prev) else prev
        if new is None:
            s.unsure(NOTE_VERB)
            new = prev
        s.set(verb, new)
        if s.imperative_start(verb):
            s.drop.add(i)
            s.scan(i, {"zich": "je", "zichzelf": "jezelf"})
            return
        s.set(i, "je")
        s.scan(i, {"zich": "je", "zichzelf": "jezelf"})
        return
    if prev is None or prev in SUBORDINATORS or prev in CONJUNCTIONS:
        s.set(i, "jij" if nxt in ("en", "of") else "je")
        if nxt in U_TO_JE_AFTER:
            s.set(i + 1, U_TO_JE_AFTER[nxt])
        elif prev in ("die", "dat", "wat", "welke", "wie"):
            if "heeft" in s.words[i + 1:s.clause_end(i)] or "zich" in s.words[i + 1:]:
                s.unsure(NOTE_U_ROLE)
            s.scan(i, {"heeft": "hebt", "zich": "je", "zichzelf": "jezelf"})
        else:
            s.scan(i, {"heeft": "hebt"})
            s.scan(i, {"zich": "je", "zichzelf": "jezelf"})
        return
    _object(s, i, nxt, "je")


def _unknown_present_t(word: str) -> bool:
    """A verb form with -t the tables do not place (``reserveert`` before the rule knew it)."""
    if is_present_t(word) or len(word) < 4 or not word.endswith("t"):
        return False
    helper = tools("nl")
    lemma = helper.lemma(word) if helper.known(word) else ""
    return lemma != word and lemma.endswith("en")


def _object(s: _Sentence, i: int, nxt: str | None, form: str) -> None:
    if nxt == "zelf":
        s.set(i, "jezelf")  # "u zelf" is one word in the je-form
        s.drop_before.add(i + 1)
        return
    s.set(i, "jou" if nxt in ("en", "of") else form)


def to_u(text: str, targets: list[int]) -> list[Edit]:
    """Edits that make ``text`` speak as ``u``; ``targets``: offsets of the je-words."""
    sentence = _Sentence(text)
    starts = {s: i for i, (s, _) in enumerate(sentence.spans)}
    subjects: set[int] = set()  # clauses (by first word) whose subject is the reader
    for offset in sorted(targets):
        i = starts.get(offset)
        if i is not None:
            _je_word_to_u(sentence, i, subjects)
    return sentence.edits()


def _je_word_to_u(s: _Sentence, i: int, subjects: set[int]) -> None:
    word = s.words[i]
    simple = {"jouw": "uw", "jouwe": "uwe", "jezelf": "uzelf", "jou": "u"}
    if word in simple:
        s.set(i, simple[word])
        return
    prev, nxt = s.prev(i), s.next(i)
    if word == "jullie":
        s.unsure(NOTE_PLURAL)
        if nxt in PLURAL_TO_U:
            s.set(i + 1, PLURAL_TO_U[nxt])
        s.set(i, "uw" if _noun_like(nxt) and nxt not in PLURAL_TO_U else "u")
        return
    if word not in ("je", "jij"):
        return
    if prev in PREPOSITIONS:  # after a preposition the object is "jou": "je" owns
        owns = word == "je" and nxt is not None and nxt not in FUNCTION_WORDS
        s.set(i, "uw" if owns else "u")
        return
    if s.sub[i] in subjects and word == "je" and prev is not None:
        # meld je je aan, je kunt je melden; je kunt je bestelling ophalen
        owned = _noun_like(nxt) or nxt == "haar"  # je je haar: the hair, not "her"
        reflexive = nxt == "zorgen" or _reflexive_clause(s, i) or not owned
        s.set(i, "zich" if reflexive else "uw")
        return
    if prev is not None and is_stem(prev) and s.words[s.clause[i]] != "ik" and prev != "ik":
        _after_stem(s, i, word, nxt, subjects)
        return
    if prev is None or prev in SUBORDINATORS or prev in CONJUNCTIONS:
        if word == "jij" or not _noun_like(nxt) or nxt in JE_TO_U_AFTER:
            _subject(s, i, nxt, prev, subjects)
            return
        if prev is None or prev in CONJUNCTIONS:
            s.set(i, "uw")  # Je bestelling is onderweg.
            return
        finite = _clause_verb(s, i + 2)
        if finite in SECOND_PERSON_ONLY or finite in JE_TO_U_AFTER:
            _subject(s, i, nxt, prev, subjects)
        elif finite in ("is", "heeft", "was", "had", "wordt", "werd"):
            s.set(i, "uw")
        else:
            s.unsure(NOTE_JE_ROLE)
            _subject(s, i, nxt, prev, subjects)
        return
    if word == "je" and _noun_like(nxt):
        if prev in DATIVE_VERBS:  # Dat geeft je energie: to you, most often
            s.unsure(NOTE_JE_OBJECT)
            s.set(i, "u")
            return
        if is_finite(prev) or prev in AUXILIARIES or prev.endswith("en"):
            s.unsure(NOTE_JE_OBJECT)
        s.set(i, "uw")
        return
    s.set(i, "u")


def _after_stem(s: _Sentence, i: int, word: str, nxt: str | None, subjects: set[int]) -> None:
    """``je`` after a present stem: inverted subject (``Kun je``), or the object or owner
    after an imperative (``Meld je aan``, ``Stuur je bezwaar op``)."""
    verb = i - 1
    prev = s.words[verb]
    opens = verb == s.clause[i] and not s.question and prev not in AUXILIARIES
    if word == "je" and opens:
        conditional = verb == 0 and "," in s.text  # Kies je A, dan ...
        if _noun_like(nxt) and (conditional or verb > 0):
            # "Bewaar je ticket, dan ...", "..., zeg je afspraak dan af", "..., ga je akkoord":
            # an imperative with "your", or "you" inverted: to check either way
            s.unsure(NOTE_JE_ROLE)
            if verb > 0 and "dan" in s.words[i + 1:s.clause_end(i)]:
                s.set(i, "uw")
                return
        elif _noun_like(nxt):
            s.set(i, "uw")  # Stuur je bezwaar naar ... -> Stuur uw bezwaar
            return
        if not conditional and verb == 0 and nxt != "je" and (
                nxt is None or nxt in PARTICLES or _infinitive_like(nxt)
                or _reflexive_verb(s, verb)):
            s.set(i, "u")  # Meld je aan. -> Meld u aan.
            return
    before = s.words[s.sub[i] + (s.words[s.sub[i]] in CONJUNCTIONS):verb]
    if prev in MODAL_3SG and before and before[0] not in ADVERBIAL_STARTERS:
        s.unsure(NOTE_JE_SUBJECT)
        if len(before) >= 2:  # De commissie kan je uitnodigen: je is the object
            s.set(i, "u")
            return
    new = je_inverted_to_u(prev)
    if new is None:
        s.unsure(NOTE_VERB)
        new = prev
    s.set(verb, new)
    s.set(i, "u")
    subjects.add(s.sub[i])


def _subject(s: _Sentence, i: int, nxt: str | None, prev: str | None,
             subjects: set[int]) -> None:
    s.set(i, "u")
    subjects.add(s.sub[i])
    if nxt in JE_TO_U_AFTER and nxt != "heb":
        s.set(i + 1, JE_TO_U_AFTER[nxt])
    elif prev in SUBORDINATORS:
        s.scan(i, {"kan": "kunt", "wil": "wilt", "zal": "zult"})


def _clause_verb(s: _Sentence, start: int) -> str | None:
    """The first finite verb from word ``start`` to the end of its clause."""
    if not 0 < start < len(s.words) or s.clause[start] != s.clause[start - 1]:
        return None
    for j in range(start, s.clause_end(start)):
        word = s.words[j]
        if word in SUBORDINATORS:
            return None
        if is_finite(word):
            return word
    return None
