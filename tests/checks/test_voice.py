"""voice.drift: a polished agency rewrite is told apart from the owner's own plain voice."""

from __future__ import annotations

from brandregie.checks import Category, Report, Severity, check_document
from brandregie.checks.message import render
from brandregie.checks.voice import build_voice, compare, distance, tally_text
from brandregie.ingest.document import Document
from brandregie.profile.schema import Brand, Voice, VoiceText
from brandregie.profile.snapshot import ProfileSnapshot

#: A baker who writes as "ik", short and plain, with times and numbers.
OWN = (
    """Ik sta elke ochtend om vier uur in de bakkerij. Eerst gaat de oven aan. Dan kneed ik
het deeg voor het volkorenbrood. Dat doe ik met de hand, al dertig jaar. Om zeven uur gaat de
winkel open. Mijn vrouw Els staat dan achter de toonbank. Ik bak door tot een uur of elf.
Daarna maak ik de taarten voor de volgende dag. Op zaterdag is het druk. Dan bak ik twee keer
zoveel. Kom gerust even kijken als je vroeg bent.

Ik gebruik meel van de molen in Wijk. Die ligt tien minuten fietsen van hier. De molenaar ken
ik al sinds school. Hij maalt op dinsdag en ik haal het meel op woensdag.""",
    """Mijn zuurdesem is twaalf jaar oud. Ik voer hem elke dag met meel en water. Zonder die
desem geen brood, zo simpel is het. Soms vragen klanten waarom mijn brood langer goed blijft.
Dat komt door de desem en door de tijd. Ik laat het deeg een hele nacht rijzen. Dat kost
ruimte in de koeling, maar het smaakt beter. Je proeft het verschil meteen.

Een brood kost bij mij 3,50 euro. Dat is meer dan in de supermarkt. Maar er zit ook meer in:
meel, water, zout en tijd. Meer niet. Ik leg het graag uit als je het vraagt.""",
    """Vorige week was de oven kapot. Ik heb drie dagen geen brood kunnen bakken. Dat was
vervelend, voor mij en voor de klanten. De monteur kwam op donderdag. Hij heeft een nieuw
element geplaatst. Op vrijdag kon ik weer beginnen. Ik heb die dag 240 broden gebakken. Om
tien uur was alles op. Dank aan iedereen die geduld had.

Ik bak nu ook weer spelt. Dat vroegen veel mensen. Het spelt komt van een boer in de Betuwe.
Ik heb zijn land gezien en zijn graan geproefd. Het is goed spul.""",
    """In december bak ik kerststol. Ik begin daar half november mee. De amandelspijs maak ik
zelf, met amandelen, suiker en een ei. De krenten laat ik een nacht weken in thee. Dat is een
trucje van mijn vader. Hij had deze bakkerij voor mij. Ik heb het van hem geleerd, op mijn
vijftiende. Een stol weegt bij mij een kilo. Je kunt hem bestellen tot 20 december. Bel even
of loop binnen, dan schrijf ik je naam op de lijst.

Ik maak er elk jaar ongeveer 300. Meer lukt niet met mijn oven. Op is op.""",
    """Elke maandag ben ik dicht. Dan maak ik de bakkerij schoon en doe ik de boekhouding. Ik
krijg vaak de vraag of ik ook glutenvrij bak. Dat doe ik niet. Mijn bakkerij zit vol meel, dus
ik kan het niet veilig maken. Ik verwijs je dan door naar Anna in de Dorpsstraat. Zij bakt
alleen glutenvrij, en goed ook.

Ik ben geen groot bedrijf. Ik ben een bakker met een oven en twee handen. Wil je iets weten?
Vraag het gewoon in de winkel.""",
)

HELD_OUT = """Vanochtend stond ik om half vier al in de bakkerij. Er moesten 80 broden extra
klaar zijn voor de school. Ik heb gisteren het deeg al gemaakt. Het heeft de hele nacht
gerezen in de koeling. Om zes uur gingen de eerste broden de oven in. Els heeft ze om acht
uur naar de school gebracht. De kinderen hadden een ontbijt voor de koningsspelen. Ik vond
het leuk om te doen. Volgend jaar doe ik het weer, als ze het vragen. De juf zei dat het brood
op was voor negen uur. Dat hoor ik graag.

Ik heb ook weer krentenbollen gebakken. Die zijn op zaterdag vaak snel op. Kom dus op tijd."""

REWRITE = """Bij Bakkerij De Korenaar staat kwaliteit centraal. Ons team van ervaren
vakmensen zet zich dagelijks met passie in voor de allerbeste broodbeleving. Elk product wordt
met de grootste zorg en aandacht vervaardigd, waarbij uitsluitend gebruik wordt gemaakt van
hoogwaardige, zorgvuldig geselecteerde ingrediënten van de meest betrouwbare leveranciers.

Onze unieke werkwijze, gebaseerd op traditionele ambachtelijkheid en moderne innovatie,
garandeert een ongeëvenaarde smaakervaring. De zuurdesem wordt met toewijding verzorgd en
vormt de basis van onze exclusieve collectie. Ontdek de perfecte combinatie van traditie en
vernieuwing en laat u verrassen door onze ruime selectie van premium specialiteiten.

Wij streven naar optimale klanttevredenheid en bieden een volledig ontzorgende
bestelervaring. Uw bestelling wordt snel en professioneel afgehandeld. Ervaar het verschil
en bestel vandaag nog!"""


def _snapshot(texts: tuple[str, ...] = OWN) -> ProfileSnapshot:
    brand = Brand(name="De Korenaar",
                  voice=Voice(texts=tuple(VoiceText(title=f"Tekst {i}", text=t)
                                          for i, t in enumerate(texts, start=1))))
    return ProfileSnapshot(brand, revision=3)


def _check(text: str, snapshot: ProfileSnapshot) -> Report:
    paragraphs = [p.replace("\n", " ") for p in text.split("\n\n")]
    return check_document(Document.from_paragraphs("draft.txt", paragraphs), snapshot,
                          lang="en", draft_language="nl")


def _drift(report: Report) -> list[str]:
    return [f.message for f in report.findings if f.rule == "voice.drift"]


def test_a_polished_agency_rewrite_is_named_as_not_sounding_like_the_owner() -> None:
    report = _check(REWRITE, _snapshot())
    messages = _drift(report)
    draft = next(m for m in messages if m.startswith("The draft does not sound like"))
    # The features that make the rewrite an agency text, in words, with numbers.
    assert "more superlatives and big words than you use (8 in 119 words here, none in your " \
        "own texts)" in draft
    assert "more nouns made of verbs" in draft
    assert "longer words than yours (6.4 letters on average here, 3.9 in your own texts)" \
        in draft
    voice_score = report.category_score(Category.VOICE)
    assert voice_score is not None and voice_score < 100
    worst = next(f for f in report.findings if f.rule == "voice.drift")
    assert worst.severity in (Severity.WARNING, Severity.INFO)


def test_the_named_features_are_the_ones_that_differ_most() -> None:
    voice = build_voice(OWN, "nl")
    assert voice is not None
    deviations = compare(voice, tally_text(REWRITE, "nl"))
    top = [d.feature for d in deviations[:5]]
    assert {"superlatives", "nominalisations", "word_length"} <= set(top)
    assert set(top) <= {"superlatives", "nominalisations", "word_length", "long_words",
                        "first_plural", "sentence_length"}
    first_singular = next(d for d in deviations if d.feature == "first_singular")
    assert first_singular.count == 0 and first_singular.z < -2
    passive = next(d for d in deviations if d.feature == "passive")
    assert passive.count == 2 and passive.z > 2


def test_a_held_out_text_by_the_owner_is_not_flagged() -> None:
    report = _check(HELD_OUT, _snapshot())
    assert _drift(report) == []
    voice = build_voice(OWN, "nl")
    assert voice is not None
    own = distance(compare(voice, tally_text(HELD_OUT, "nl")))
    other = distance(compare(voice, tally_text(REWRITE, "nl")))
    assert own < other / 2


def test_without_own_texts_the_rule_is_silent_and_voice_is_not_scored() -> None:
    report = _check(REWRITE, _snapshot(()))
    assert _drift(report) == []
    assert report.category_score(Category.VOICE) is None


def test_own_texts_in_another_language_teach_nothing_about_a_dutch_draft() -> None:
    english = ("I bake every morning at four. My oven is old and I like it. " * 20,) * 3
    report = _check(REWRITE, _snapshot(english))
    assert _drift(report) == []


def test_the_finding_is_said_again_in_dutch() -> None:
    report = _check(REWRITE, _snapshot())
    finding = next(f for f in report.findings if f.rule == "voice.drift")
    dutch = render(finding.message, "nl")
    assert dutch.startswith(("De tekst klinkt niet als je eigen teksten",
                             "Deze alinea klinkt niet als je eigen teksten"))
    assert "in je eigen teksten" in dutch


def test_the_agency_is_told_the_rule_behind_the_finding() -> None:
    from brandregie.review.reasons import brand_reason

    snapshot = _snapshot()
    finding = next(f for f in _check(REWRITE, snapshot).findings if f.rule == "voice.drift")
    reason = brand_reason(finding, snapshot.brand, "nl")
    assert reason.startswith("Het merk klinkt als de eigen teksten van de eigenaar (5 stuks")


def test_every_feature_can_be_said_in_both_directions() -> None:
    from brandregie.checks.rules.voice import _phrases
    from brandregie.checks.voice import FEATURES

    phrases = _phrases(lambda text: text)
    assert set(phrases) == {f.name for f in FEATURES}
