"""u <-> je with the verb and the reflexive that go with it, and doubt marked as doubt."""

from __future__ import annotations

import pytest

from brandregie.checks.language import WORD
from brandregie.fixes.address import Edit, to_je, to_u

U_WORDS = {"u", "uw", "uzelf", "uwe"}
JE_WORDS = {"je", "jij", "jou", "jouw", "jezelf", "jullie", "jouwe"}


def _apply(text: str, edits: list[Edit]) -> str:
    for edit in sorted(edits, key=lambda e: -e.start):
        text = text[:edit.start] + edit.text + text[edit.end:]
    return text


def convert(text: str, words: set[str]) -> tuple[str, bool]:
    targets = [m.start() for m in WORD.finditer(text) if m.group().lower() in words]
    edits = (to_je if words is U_WORDS else to_u)(text, targets)
    return _apply(text, edits), all(e.safe for e in edits)


U_TO_JE = [
    ("Heeft u vragen?", "Heb je vragen?"),
    ("U kunt morgen langskomen.", "Je kunt morgen langskomen."),
    ("Kunt u morgen komen?", "Kun je morgen komen?"),
    ("Wilt u meer weten?", "Wil je meer weten?"),
    ("U bent van harte welkom.", "Je bent van harte welkom."),
    ("Hoe meldt u zich aan?", "Hoe meld je je aan?"),
    ("Meldt u zich aan voor de nieuwsbrief.", "Meld je aan voor de nieuwsbrief."),
    ("Neemt u gerust contact met ons op.", "Neem gerust contact met ons op."),
    ("Als u vragen heeft, bel ons dan.", "Als je vragen hebt, bel ons dan."),
    ("Wij helpen u graag.", "Wij helpen je graag."),
    ("Uw bestelling is onderweg.", "Je bestelling is onderweg."),
    ("Dit is speciaal voor u.", "Dit is speciaal voor jou."),
    ("Hier vindt u onze openingstijden.", "Hier vind je onze openingstijden."),
    ("U heeft recht op korting.", "Je hebt recht op korting."),
    ("Zorg goed voor u zelf.", "Zorg goed voor jezelf."),
    ("Solliciteert u op deze functie?", "Solliciteer je op deze functie?"),
    ("Bent u werkgever en zoekt u personeel?", "Ben je werkgever en zoek je personeel?"),
    ("Zowel u als uw kinderen krijgen korting.", "Zowel jij als je kinderen krijgen korting."),
    ("Dit is niet onze jas, maar de uwe.", "Dit is niet onze jas, maar de jouwe."),
    ("Het woord brood heeft geen u.", "Het woord brood heeft geen u."),
    ("Als bezoeker stemt u in met opnames.", "Als bezoeker stem je in met opnames."),
]

JE_TO_U = [
    ("Heb je vragen?", "Heeft u vragen?"),
    ("Je kunt morgen langskomen.", "U kunt morgen langskomen."),
    ("Kun je morgen komen?", "Kunt u morgen komen?"),
    ("Hoe meld je je aan?", "Hoe meldt u zich aan?"),
    ("Meld je aan voor de nieuwsbrief.", "Meld u aan voor de nieuwsbrief."),
    ("Als je vragen hebt, bel ons dan.", "Als u vragen hebt, bel ons dan."),
    ("Je bestelling is onderweg.", "Uw bestelling is onderweg."),
    ("Hier vind je onze openingstijden.", "Hier vindt u onze openingstijden."),
    ("Je hebt recht op korting.", "U heeft recht op korting."),
    ("Je kunt je bestelling ophalen.", "U kunt uw bestelling ophalen."),
    ("Wij sturen je een bevestiging.", "Wij sturen u een bevestiging."),
    ("Stuur je bezwaar naar de commissie.", "Stuur uw bezwaar naar de commissie."),
    ("Mis je het nieuws van deze week niet.", "Mist u het nieuws van deze week niet."),
    ("Bereid je goed voor op het gesprek.", "Bereid u goed voor op het gesprek."),
    ("Heb je je bedacht en wil je jouw bestelling annuleren?",
     "Heeft u zich bedacht en wilt u uw bestelling annuleren?"),
    ("Plezier in je werk betekent dat je een uurtje extra niet voelt.",
     "Plezier in uw werk betekent dat u een uurtje extra niet voelt."),
    ("Wanneer je je ziek meldt, bellen we je terug.",
     "Wanneer u zich ziek meldt, bellen we u terug."),
    ("Je kaart bewaren kan niet.", "Uw kaart bewaren kan niet."),
    ("Zo voorkom je problemen.", "Zo voorkomt u problemen."),
]


@pytest.mark.parametrize(("before", "after"), U_TO_JE)
def test_u_becomes_je_with_its_verb(before: str, after: str) -> None:
    assert convert(before, U_WORDS) == (after, True)


@pytest.mark.parametrize(("before", "after"), JE_TO_U)
def test_je_becomes_u_with_its_verb(before: str, after: str) -> None:
    assert convert(before, JE_WORDS) == (after, True)


def test_an_open_role_is_a_proposal_to_check() -> None:
    # "Dat geeft u energie": that gives you energy, or that you give energy?
    assert convert("Dat geeft u energie.", U_WORDS) == ("Dat geeft je energie.", False)
    assert convert("Dat geeft je energie.", JE_WORDS) == ("Dat geeft u energie.", False)
    assert convert("De commissie kan je uitnodigen.", JE_WORDS) == (
        "De commissie kan u uitnodigen.", False)
    # an imperative with "your", or "if you keep": the comma leaves it open
    assert not convert("Bewaar je ticket, dan kun je later komen.", JE_WORDS)[1]
    assert convert("Reis je buiten Europa, zet je pas dan aan.", JE_WORDS) == (
        "Reist u buiten Europa, zet uw pas dan aan.", False)
