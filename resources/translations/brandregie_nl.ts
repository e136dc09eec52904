<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>BrandSwitcher</name>
    <message>
        <source>Open brand</source>
        <translation>Geopend merk</translation>
    </message>
</context>
<context>
    <name>CharacterPage</name>
    <message>
        <source>Character and tone</source>
        <translation>Karakter en toon</translation>
    </message>
    <message>
        <source>How the brand behaves and sounds, and what it is not.</source>
        <translation>Hoe het merk zich gedraagt en klinkt, en wat het niet is.</translation>
    </message>
    <message>
        <source>trait</source>
        <translation>eigenschap</translation>
    </message>
    <message>
        <source>new trait</source>
        <translation>nieuwe eigenschap</translation>
    </message>
    <message>
        <source>We are</source>
        <translation>We zijn</translation>
    </message>
    <message>
        <source>But not</source>
        <translation>Maar niet</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <source>Traits: is / is not</source>
        <translation>Eigenschappen: wel / niet</translation>
    </message>
    <message>
        <source>Tone of voice</source>
        <translation>Tone of voice</translation>
    </message>
    <message>
        <source>Writing rules</source>
        <translation>Schrijfregels</translation>
    </message>
    <message>
        <source>Address in Dutch</source>
        <translation>Aanspreekvorm</translation>
    </message>
    <message>
        <source>address form</source>
        <translation>aanspreekvorm</translation>
    </message>
    <message>
        <source>je (informal)</source>
        <translation>je (informeel)</translation>
    </message>
    <message>
        <source>jij (informal)</source>
        <translation>jij (informeel)</translation>
    </message>
    <message>
        <source>u (formal)</source>
        <translation>u (formeel)</translation>
    </message>
    <message>
        <source>Longest sentence</source>
        <translation>Langste zin</translation>
    </message>
    <message>
        <source> words</source>
        <translation> woorden</translation>
    </message>
    <message>
        <source>Reading level</source>
        <translation>Taalniveau</translation>
    </message>
    <message>
        <source>Exclamation marks</source>
        <translation>Uitroeptekens</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>%1, not %2</source>
        <translation>%1, niet %2</translation>
    </message>
    <message>
        <source>A2: very simple</source>
        <translation>A2: heel eenvoudig</translation>
    </message>
    <message>
        <source>B1: plain language</source>
        <translation>B1: eenvoudige taal</translation>
    </message>
    <message>
        <source>B2: somewhat harder</source>
        <translation>B2: iets moeilijker</translation>
    </message>
    <message>
        <source>C1: advanced</source>
        <translation>C1: gevorderd</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>sparingly</source>
        <translation>spaarzaam</translation>
    </message>
    <message>
        <source>freely</source>
        <translation>vrij</translation>
    </message>
</context>
<context>
    <name>ColourTiles</name>
    <message>
        <source>easy to read, also small text</source>
        <translation>goed leesbaar, ook kleine tekst</translation>
    </message>
    <message>
        <source>readable as body text</source>
        <translation>leesbaar als lopende tekst</translation>
    </message>
    <message>
        <source>only for large headings</source>
        <translation>alleen voor grote koppen</translation>
    </message>
    <message>
        <source>not readable as text</source>
        <translation>niet leesbaar als tekst</translation>
    </message>
    <message>
        <source>white</source>
        <translation>wit</translation>
    </message>
    <message>
        <source>A background: text goes on it</source>
        <translation>Een achtergrond: hier staat tekst op</translation>
    </message>
    <message>
        <source>On %1: %2 (%3:1)</source>
        <translation>Op %1: %2 (%3:1)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this brand</source>
        <translation>Iemand anders heeft dit merk bewaard</translation>
    </message>
    <message>
        <source>&amp;Their changes</source>
        <translation>Wijzigingen van de &amp;ander</translation>
    </message>
    <message>
        <source>&amp;Your changes</source>
        <translation>&amp;Jouw wijzigingen</translation>
    </message>
    <message>
        <source>Both of you changed these; choose per field what to keep:</source>
        <translation>Jullie hebben dit allebei gewijzigd; kies per veld wat je houdt:</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Mijn versie houden: %1</translation>
    </message>
    <message>
        <source>%1: keep mine</source>
        <translation>%1: mijn versie houden</translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation>Versie van de ander nemen: %1</translation>
    </message>
    <message>
        <source>%1: take theirs</source>
        <translation>%1: versie van de ander nemen</translation>
    </message>
    <message>
        <source>Fields you both changed</source>
        <translation>Velden die jullie allebei hebben gewijzigd</translation>
    </message>
    <message>
        <source>&amp;Save my choice</source>
        <translation>Mijn keuze &amp;bewaren</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>Nu &amp;niet</translation>
    </message>
    <message>
        <source>Keep your changes in the window, unsaved, and choose later</source>
        <translation>Je wijzigingen blijven onbewaard in het venster staan; je kiest later</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Alles van &amp;mij houden</translation>
    </message>
    <message>
        <source>Take all t&amp;heirs</source>
        <translation>N&amp;eem alles van de ander</translation>
    </message>
    <message>
        <source>Revision %1 saved by %2 on %3</source>
        <translation>Versie %1 bewaard door %2 op %3</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message>
        <source>Your changes are not saved yet. Nothing is lost: choose what to keep where you both changed the same thing.</source>
        <translation>Je wijzigingen zijn nog niet bewaard. Er gaat niets verloren: kies wat je houdt waar jullie allebei hetzelfde hebben gewijzigd.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 1-3-2027</source>
        <translation>bijv. 1-3-2027</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Kies de datum in een kalender</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>merge with changes by %1</source>
        <translation>samenvoegen met wijzigingen van %1</translation>
    </message>
    <message>
        <source>resolve conflict with %1</source>
        <translation>conflict met %1 oplossen</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
</context>
<context>
    <name>EmployerPage</name>
    <message>
        <source>Employer brand</source>
        <translation>Werkgeversmerk</translation>
    </message>
    <message>
        <source>Why people like to work here, whom you want to hire and how a candidate experiences applying.</source>
        <translation>Waarom mensen hier graag werken, wie je wilt aannemen en hoe een kandidaat het solliciteren beleeft.</translation>
    </message>
    <message>
        <source>Employer brand parts</source>
        <translation>Onderdelen van het werkgeversmerk</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Nieuwe reden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>How we show it</source>
        <translation>Hoe we dat laten zien</translation>
    </message>
    <message>
        <source>What makes this a good place to work, in a few reasons (marketers call this the EVP, the employer value proposition).</source>
        <translation>Wat dit een goede plek om te werken maakt, in een paar redenen (marketeers noemen dit de EVP, de employer value proposition).</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Cultuur</translation>
    </message>
    <message>
        <source>We have a hiring goal</source>
        <translation>We hebben een wervingsdoel</translation>
    </message>
    <message>
        <source>People to hire</source>
        <translation>Aan te nemen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Hire by</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>candidate persona</source>
        <translation>kandidaat-persona</translation>
    </message>
    <message>
        <source>competing employer</source>
        <translation>concurrerende werkgever</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>Nieuwe werkgever</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Wat zij bieden</translation>
    </message>
    <message>
        <source>How we differ</source>
        <translation>Hoe wij verschillen</translation>
    </message>
    <message>
        <source>journey stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>Experience (1–5)</source>
        <translation>Beleving (1–5)</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Verbetering</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Richtlijnen</translation>
    </message>
    <message>
        <source>hashtag</source>
        <translation>hashtag</translation>
    </message>
    <message>
        <source>do</source>
        <translation>wel-doen</translation>
    </message>
    <message>
        <source>don&apos;t</source>
        <translation>niet-doen</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Wel doen</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>Niet doen</translation>
    </message>
    <message>
        <source>Culture and goal</source>
        <translation>Cultuur en doel</translation>
    </message>
    <message>
        <source>Why people want to work here</source>
        <translation>Waarom mensen hier willen werken</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Competing employers</source>
        <translation>Concurrerende werkgevers</translation>
    </message>
    <message>
        <source>Candidate journey</source>
        <translation>Candidate journey</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Ambassadeurschap</translation>
    </message>
    <message>
        <source>hiring goal</source>
        <translation>wervingsdoel</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>You can keep working. If this happens again, please send the log file to the makers of BrandRegie.</source>
        <translation>Je kunt gewoon verder. Gebeurt dit vaker, stuur het logbestand dan naar de makers van BrandRegie.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>One per line</source>
        <extracomment>Heading sizes, relative to the body text.</extracomment>
        <translation>Eén per regel</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Every saved version of the brand. Pick one to see what changed, or to bring it back.</source>
        <translation>Elke bewaarde versie van het merk. Kies er een om te zien wat er veranderde, of om hem terug te zetten.</translation>
    </message>
    <message>
        <source>Show &amp;every revision</source>
        <translation>Toon &amp;elke versie</translation>
    </message>
    <message>
        <source>Show every revision</source>
        <translation>Toon elke versie</translation>
    </message>
    <message>
        <source>Revisions saved shortly after one another are shown as one row; tick this to list them one by one.</source>
        <translation>Versies die kort na elkaar zijn bewaard, staan op één regel; vink dit aan om ze apart te zien.</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Show &amp;older revisions</source>
        <translation>&amp;Oudere versies tonen</translation>
    </message>
    <message>
        <source>Show older revisions</source>
        <translation>Oudere versies tonen</translation>
    </message>
    <message>
        <source>Changes compared with:</source>
        <translation>Wijzigingen ten opzichte van:</translation>
    </message>
    <message>
        <source>Compare with revision</source>
        <translation>Vergelijk met versie</translation>
    </message>
    <message>
        <source>&amp;Restore this revision</source>
        <translation>Deze versie &amp;terugzetten</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Deze versie terugzetten</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>teruggezet</translation>
    </message>
    <message>
        <source>%1 (%2 saves)</source>
        <translation>%1 (%2 versies)</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <source>The first version: nothing to compare with.</source>
        <translation>De eerste versie: er is niets om mee te vergelijken.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Geen wijzigingen.</translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>Versie terugzetten</translation>
    </message>
    <message>
        <source>Bring back the brand as it was in revision %1? The current version stays in the history.</source>
        <translation>Het merk terugzetten zoals het was in versie %1? De huidige versie blijft in de geschiedenis.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Who you are and why you exist: the heart of the brand.</source>
        <translation>Wie je bent en waarom je bestaat: het hart van het merk.</translation>
    </message>
    <message>
        <source>The brand</source>
        <translation>Het merk</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Merknaam</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Writes in %1</source>
        <translation>Schrijft in het %1</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Bestaansrecht</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Why does the brand exist?</source>
        <translation>Waarom bestaat het merk?</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Missie</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visie</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Verhaal</translation>
    </message>
    <message>
        <source>value</source>
        <translation>kernwaarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe kernwaarde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Kernwaarden</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Something unexpected went wrong (%1). The details are in the log file.</source>
        <translation>Er ging iets onverwachts mis (%1). De details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Add %1 (Insert)</source>
        <translation>%1 toevoegen (Insert)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected %1 (Delete)</source>
        <translation>De gekozen %1 verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 omhoog</translation>
    </message>
    <message>
        <source>Move the selected %1 up (Alt+Up)</source>
        <translation>De gekozen %1 omhoog (Alt+Omhoog)</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 omlaag</translation>
    </message>
    <message>
        <source>Move the selected %1 down (Alt+Down)</source>
        <translation>De gekozen %1 omlaag (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>List of %1</source>
        <translation>Lijst: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your brands…</source>
        <translation>Je merken worden geopend…</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Merk</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Merk:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New brand…</source>
        <translation>&amp;Nieuw merk…</translation>
    </message>
    <message>
        <source>Open the &amp;sample brand</source>
        <translation>Het &amp;voorbeeldmerk openen</translation>
    </message>
    <message>
        <source>&amp;Import pack…</source>
        <translation>Pakket &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export pack…</source>
        <translation>Pakket &amp;exporteren…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Undo:</source>
        <translation>Ongedaan maken:</translation>
    </message>
    <message>
        <source>Redo:</source>
        <translation>Opnieuw:</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>Nu &amp;bewaren</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About BrandRegie</source>
        <translation>&amp;Over BrandRegie</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>Your last changes to %1 could not be saved: %2

Close it anyway?</source>
        <translation>Je laatste wijzigingen aan %1 konden niet worden bewaard: %2

Toch sluiten?</translation>
    </message>
    <message>
        <source>About BrandRegie</source>
        <translation>Over BrandRegie</translation>
    </message>
    <message>
        <source>BrandRegie %1

Keep your own brand: the profile, reviews of what the agency delivers, and briefs.</source>
        <translation>BrandRegie %1

Houd de regie over je eigen merk: het profiel, beoordelingen van wat het bureau oplevert, en briefings.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Character and tone</source>
        <translation>Karakter en toon</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>In één oogopslag</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Positionering</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Woordgebruik</translation>
    </message>
    <message>
        <source>Visual identity</source>
        <translation>Huisstijl</translation>
    </message>
    <message>
        <source>Employer brand</source>
        <translation>Werkgeversmerk</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persona’s</translation>
    </message>
    <message>
        <source>Sounds like us</source>
        <translation>Klinkt als wij</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Assignments and reviews</source>
        <translation>Opdrachten en beoordelingen</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Briefings</translation>
    </message>
    <message>
        <source>Agency scorecard</source>
        <translation>Bureaus in cijfers</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Merk</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
</context>
<context>
    <name>NewBrandDialog</name>
    <message>
        <source>New brand</source>
        <translation>Nieuw merk</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <source>Import a brand pack</source>
        <translation>Een merkpakket importeren</translation>
    </message>
    <message>
        <source>Brand packs (*.brandpack *.json)</source>
        <translation>Merkpakketten (*.brandpack *.json)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importeren lukt niet</translation>
    </message>
    <message>
        <source>Import pack</source>
        <translation>Pakket importeren</translation>
    </message>
    <message>
        <source>%1 is already here. Import the pack as its newest version? The current version stays in the history.</source>
        <translation>%1 staat er al. Het pakket importeren als nieuwste versie? De huidige versie blijft in de geschiedenis.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 geïmporteerd</translation>
    </message>
    <message>
        <source>Export the brand pack</source>
        <translation>Het merkpakket exporteren</translation>
    </message>
    <message>
        <source>Brand pack with files (*.brandpack);;Brand profile only (*.json)</source>
        <translation>Merkpakket met bestanden (*.brandpack);;Alleen het merkprofiel (*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exporteren lukt niet</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
</context>
<context>
    <name>Personas</name>
    <message>
        <source>New persona</source>
        <translation>Nieuwe persona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>Drijfveren</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Ergernissen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
</context>
<context>
    <name>PersonasPage</name>
    <message>
        <source>Personas</source>
        <translation>Persona’s</translation>
    </message>
    <message>
        <source>The customers the brand speaks to, as real people.</source>
        <translation>De klanten tot wie het merk spreekt, als echte mensen.</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>Customer personas</source>
        <translation>Klantpersona’s</translation>
    </message>
</context>
<context>
    <name>PositioningPage</name>
    <message>
        <source>Positioning</source>
        <translation>Positionering</translation>
    </message>
    <message>
        <source>For whom the brand is, what it promises and how it differs.</source>
        <translation>Voor wie het merk is, wat het belooft en waarin het verschilt.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Belofte</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Onderscheid</translation>
    </message>
    <message>
        <source>proof point</source>
        <translation>bewijspunt</translation>
    </message>
    <message>
        <source>Proof points</source>
        <translation>Bewijspunten</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>concurrent</translation>
    </message>
    <message>
        <source>New competitor</source>
        <translation>Nieuwe concurrent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Their position</source>
        <translation>Hun positie</translation>
    </message>
    <message>
        <source>How we differ</source>
        <translation>Hoe wij verschillen</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurrenten</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>&amp;Resolve the save conflict…</source>
        <translation>Bewaarconflict &amp;oplossen…</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Bewaarstatus</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Resolve the save conflict</source>
        <translation>Bewaarconflict oplossen</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alles bewaard</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Nog niet bewaard…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>Not saved: conflict</source>
        <translation>Niet bewaard: conflict</translation>
    </message>
    <message>
        <source>Field left unchanged: %1</source>
        <translation>Veld niet gewijzigd: %1</translation>
    </message>
    <message>
        <source>Not saved: conflict. Your changes stay here; choose Edit &gt; Resolve the save conflict when you are ready.</source>
        <translation>Niet bewaard: conflict. Je wijzigingen blijven hier staan; kies Bewerken &gt; Bewaarconflict oplossen als je zover bent.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message>
        <source>Merged with changes by %1</source>
        <translation>Samengevoegd met wijzigingen van %1</translation>
    </message>
    <message>
        <source>Saved your choice, merged with changes by %1</source>
        <translation>Je keuze is bewaard en samengevoegd met wijzigingen van %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Shown in the history and in the feedback for your agency</source>
        <translation>Staat in de geschiedenis en in de feedback voor je bureau</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Taal van het programma</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>StartForm</name>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Shown in the history and in the feedback for your agency</source>
        <translation>Staat in de geschiedenis en in de feedback voor je bureau</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>J&amp;e naam</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Merknaam</translation>
    </message>
    <message>
        <source>For example: Bakkerij Korenaar</source>
        <translation>Bijvoorbeeld: Bakkerij Korenaar</translation>
    </message>
    <message>
        <source>&amp;Name of the brand</source>
        <translation>&amp;Naam van het merk</translation>
    </message>
    <message>
        <source>Why the brand exists</source>
        <translation>Waarom het merk bestaat</translation>
    </message>
    <message>
        <source>Why do you do what you do? One or two sentences.</source>
        <translation>Waarom doe je wat je doet? Eén of twee zinnen.</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Waarom</translation>
    </message>
    <message>
        <source>&amp;je: informal</source>
        <translation>&amp;je: informeel</translation>
    </message>
    <message>
        <source>&amp;u: formal</source>
        <translation>&amp;u: formeel</translation>
    </message>
    <message>
        <source>Address in Dutch:</source>
        <translation>Aanspreekvorm:</translation>
    </message>
    <message>
        <source>Main colour</source>
        <translation>Hoofdkleur</translation>
    </message>
    <message>
        <source>Second colour</source>
        <translation>Tweede kleur</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <source>Pick %1</source>
        <translation>Kies %1</translation>
    </message>
    <message>
        <source>Name of %1</source>
        <translation>Naam van %1</translation>
    </message>
    <message>
        <source>Hex code of %1</source>
        <translation>Hexcode van %1</translation>
    </message>
    <message>
        <source>Main colours:</source>
        <translation>Hoofdkleuren:</translation>
    </message>
    <message>
        <source>&amp;Create brand</source>
        <translation>Merk &amp;aanmaken</translation>
    </message>
    <message>
        <source>Create brand</source>
        <translation>Merk aanmaken</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Kies een kleur</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to BrandRegie</source>
        <translation>Welkom bij BrandRegie</translation>
    </message>
    <message>
        <source>Keep your brand in one place: who you are, how you sound and how you look. Start with a few questions; you can fill in the rest whenever you like.</source>
        <translation>Houd je merk op één plek bij: wie je bent, hoe je klinkt en hoe je eruitziet. Begin met een paar vragen; de rest vul je aan wanneer je wilt.</translation>
    </message>
    <message>
        <source>Just looking? Open the sample brand, a bakery with four shops.</source>
        <translation>Even rondkijken? Open het voorbeeldmerk, een bakkerij met vier winkels.</translation>
    </message>
    <message>
        <source>Open the &amp;sample brand</source>
        <translation>Het &amp;voorbeeldmerk openen</translation>
    </message>
    <message>
        <source>Open the sample brand</source>
        <translation>Het voorbeeldmerk openen</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>Your brands cannot be opened: %1</source>
        <translation>Je merken kunnen niet worden geopend: %1</translation>
    </message>
</context>
<context>
    <name>Tone</name>
    <message>
        <source>Very %1</source>
        <translation>Heel %1</translation>
    </message>
    <message>
        <source>Rather %1</source>
        <translation>Eerder %1</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation>Tussen %1 en %2</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>change %1</source>
        <extracomment>Every undo label pattern, so ``pyside6-lupdate`` finds them (they are passed around by name).</extracomment>
        <translation>wijzig %1</translation>
    </message>
    <message>
        <source>change %1 %2</source>
        <translation>wijzig %1 %2</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>voeg %1 toe</translation>
    </message>
    <message>
        <source>remove %1 %2</source>
        <translation>verwijder %1 %2</translation>
    </message>
    <message>
        <source>move %1 %2 up</source>
        <translation>verplaats %1 %2 omhoog</translation>
    </message>
    <message>
        <source>move %1 %2 down</source>
        <translation>verplaats %1 %2 omlaag</translation>
    </message>
    <message>
        <source>restore revision %1</source>
        <translation>zet versie %1 terug</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This cannot be empty.</source>
        <translation>Dit mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>This is not a colour: write it as #RRGGBB, for example #E8B64C.</source>
        <translation>Dit is geen kleur: schrijf hem als #RRGGBB, bijvoorbeeld #E8B64C.</translation>
    </message>
    <message>
        <source>This is not a date: write it as day-month-year, for example 1-3-2027, or pick it in the calendar.</source>
        <translation>Dit is geen datum: schrijf dag-maand-jaar, bijvoorbeeld 1-3-2027, of kies hem in de kalender.</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>Dit getal valt buiten het bereik.</translation>
    </message>
    <message>
        <source>This value is not allowed.</source>
        <translation>Deze waarde is niet toegestaan.</translation>
    </message>
</context>
<context>
    <name>Visual</name>
    <message>
        <source>Pick colour</source>
        <translation>Kleur kiezen</translation>
    </message>
    <message>
        <source>Pick the colour in a colour chooser</source>
        <translation>Kies de kleur in een kleurkiezer</translation>
    </message>
    <message>
        <source>Hex code</source>
        <translation>Hexcode</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rood</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blauw</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Kies een kleur</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Bestand te groot</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 is groter dan 20 MB.</translation>
    </message>
    <message>
        <source>Cannot read file</source>
        <translation>Bestand niet leesbaar</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Bestand weghalen</translation>
    </message>
    <message>
        <source>Use a font file…</source>
        <translation>Lettertypebestand gebruiken…</translation>
    </message>
    <message>
        <source>Use a font file</source>
        <translation>Lettertypebestand gebruiken</translation>
    </message>
    <message>
        <source>Font sample</source>
        <translation>Voorbeeld van het lettertype</translation>
    </message>
    <message>
        <source>Installed on this computer</source>
        <translation>Geïnstalleerd op deze computer</translation>
    </message>
    <message>
        <source>From file %1</source>
        <translation>Uit bestand %1</translation>
    </message>
    <message>
        <source>Not installed on this computer: the sample shows a stand-in. Add the font file so briefs and checks can use it.</source>
        <translation>Niet geïnstalleerd op deze computer: het voorbeeld toont een vervanger. Voeg het letterbestand toe, dan gebruiken briefings en controles het.</translation>
    </message>
    <message>
        <source>Choose a font file</source>
        <translation>Kies een lettertypebestand</translation>
    </message>
    <message>
        <source>Font files (*.ttf *.otf)</source>
        <translation>Lettertypebestanden (*.ttf *.otf)</translation>
    </message>
    <message>
        <source>Not a font</source>
        <translation>Geen lettertype</translation>
    </message>
    <message>
        <source>%1 is not a font file BrandRegie can read.</source>
        <translation>%1 is geen lettertypebestand dat BrandRegie kan lezen.</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Afbeelding kiezen…</translation>
    </message>
    <message>
        <source>Choose logo image</source>
        <translation>Logoafbeelding kiezen</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Voorbeeld van het logo</translation>
    </message>
    <message>
        <source>No image yet</source>
        <translation>Nog geen afbeelding</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Kies een logoafbeelding</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>Geen afbeelding</translation>
    </message>
    <message>
        <source>%1 is not an image BrandRegie can show.</source>
        <translation>%1 is geen afbeelding die BrandRegie kan tonen.</translation>
    </message>
</context>
<context>
    <name>VisualCards</name>
    <message>
        <source>Not on this computer: shown in a stand-in</source>
        <translation>Niet op deze computer: getoond in een vervanger</translation>
    </message>
</context>
<context>
    <name>VisualPage</name>
    <message>
        <source>Visual identity</source>
        <translation>Huisstijl</translation>
    </message>
    <message>
        <source>Colours, fonts, logos and the kind of images the brand uses.</source>
        <translation>Kleuren, letters, logo’s en het soort beelden dat het merk gebruikt.</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>hoofdkleur</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>steunkleur</translation>
    </message>
    <message>
        <source>accent</source>
        <translation>accent</translation>
    </message>
    <message>
        <source>background</source>
        <translation>achtergrond</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Colour palette</source>
        <translation>Kleurenpalet</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palet</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>kleur</translation>
    </message>
    <message>
        <source>New colour</source>
        <translation>Nieuwe kleur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <source>Colour matching</source>
        <translation>Kleuren vergelijken</translation>
    </message>
    <message>
        <source>How strict on colours</source>
        <translation>Hoe streng op kleuren</translation>
    </message>
    <message>
        <source>How far a colour in a draft may be from a brand colour and still count as the same. 2 is strict, 6 is usual, 10 is lenient (the ΔE2000 colour difference).</source>
        <translation>Hoe ver een kleur in een concept van een merkkleur mag liggen en toch als dezelfde telt. 2 is streng, 6 is gebruikelijk, 10 is ruim (het ΔE2000-kleurverschil).</translation>
    </message>
    <message>
        <source>font</source>
        <translation>lettertype</translation>
    </message>
    <message>
        <source>New font</source>
        <translation>Nieuw lettertype</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>A font installed on this computer, or type a name</source>
        <translation>Een lettertype op deze computer, of typ een naam</translation>
    </message>
    <message>
        <source>Use for</source>
        <translation>Gebruik voor</translation>
    </message>
    <message>
        <source>headings</source>
        <translation>koppen</translation>
    </message>
    <message>
        <source>body text</source>
        <translation>lopende tekst</translation>
    </message>
    <message>
        <source>accents</source>
        <translation>accenten</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Font samples</source>
        <translation>Voorbeelden van de lettertypes</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Lettertypen</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>New logo</source>
        <translation>Nieuw logo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Zo gebruik je het</translation>
    </message>
    <message>
        <source>Logos</source>
        <translation>Logo’s</translation>
    </message>
    <message>
        <source>Imagery</source>
        <translation>Beeldtaal</translation>
    </message>
    <message>
        <source>Images and photos</source>
        <translation>Beelden en foto’s</translation>
    </message>
</context>
<context>
    <name>VocabularyPage</name>
    <message>
        <source>Vocabulary</source>
        <translation>Woordgebruik</translation>
    </message>
    <message>
        <source>The words the brand uses, avoids and always spells the same.</source>
        <translation>De woorden die het merk gebruikt, vermijdt en altijd hetzelfde schrijft.</translation>
    </message>
    <message>
        <source>Vocabulary parts</source>
        <translation>Onderdelen van het woordgebruik</translation>
    </message>
    <message>
        <source>brand name</source>
        <translation>merknaam</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nieuwe naam</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>Zo schrijf je het</translation>
    </message>
    <message>
        <source>Never as</source>
        <translation>Nooit zo</translation>
    </message>
    <message>
        <source>preferred term</source>
        <translation>voorkeursterm</translation>
    </message>
    <message>
        <source>new term</source>
        <translation>nieuwe term</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Gebruik</translation>
    </message>
    <message>
        <source>Instead of</source>
        <translation>In plaats van</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>banned term</source>
        <translation>verboden term</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Suggest instead</source>
        <translation>Schrijf liever</translation>
    </message>
    <message>
        <source>key message</source>
        <translation>kernboodschap</translation>
    </message>
    <message>
        <source>New key message</source>
        <translation>Nieuwe kernboodschap</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Boodschap</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <source>Built-in list</source>
        <translation>Ingebouwde lijst</translation>
    </message>
    <message>
        <source>Flag the usual hollow phrases</source>
        <translation>De bekende holle frasen aanwijzen</translation>
    </message>
    <message>
        <source>extra cliché</source>
        <translation>extra cliché</translation>
    </message>
    <message>
        <source>allowed phrase</source>
        <translation>toegestane uitdrukking</translation>
    </message>
    <message>
        <source>Also flag:</source>
        <translation>Ook aanwijzen:</translation>
    </message>
    <message>
        <source>Never flag:</source>
        <translation>Nooit aanwijzen:</translation>
    </message>
    <message>
        <source>Brand names</source>
        <translation>Merknamen</translation>
    </message>
    <message>
        <source>Preferred terms</source>
        <translation>Voorkeurstermen</translation>
    </message>
    <message>
        <source>Banned terms</source>
        <translation>Verboden termen</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Kernboodschappen</translation>
    </message>
    <message>
        <source>Clichés</source>
        <translation>Clichés</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <source>Sounds like us</source>
        <extracomment>What the reader takes; the same formats a draft may come in.</extracomment>
        <translation>Klinkt als wij</translation>
    </message>
    <message>
        <source>Texts you wrote or approved. The checks learn from them how your business sounds, and say where a draft does not. Add three or more, in the language of your drafts; without them the voice check stays silent.</source>
        <translation>Teksten die je zelf schreef of goedkeurde. De controle leert daaruit hoe jouw bedrijf klinkt, en zegt waar een tekst dat niet doet. Voeg er drie of meer toe, in de taal van je teksten; zonder eigen teksten zegt de stemcontrole niets.</translation>
    </message>
    <message>
        <source>own text</source>
        <translation>eigen tekst</translation>
    </message>
    <message>
        <source>Paste a text you wrote.</source>
        <translation>Plak hier een tekst die je zelf schreef.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Where it appeared</source>
        <translation>Waar het verscheen</translation>
    </message>
    <message>
        <source>Add from a file…</source>
        <translation>Toevoegen uit een bestand…</translation>
    </message>
    <message>
        <source>Add the text of a document you wrote (Word, PDF, web page, text)</source>
        <translation>Voeg de tekst toe van een document dat je zelf schreef (Word, pdf, webpagina, tekst)</translation>
    </message>
    <message>
        <source>Own texts</source>
        <translation>Eigen teksten</translation>
    </message>
    <message>
        <source>Choose a text you wrote</source>
        <translation>Kies een tekst die je zelf schreef</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documenten (%1)</translation>
    </message>
    <message>
        <source>No text found</source>
        <translation>Geen tekst gevonden</translation>
    </message>
    <message>
        <source>%1 has no text to learn from.</source>
        <translation>In %1 staat geen tekst om van te leren.</translation>
    </message>
    <message>
        <source>Cannot read file</source>
        <translation>Bestand niet leesbaar</translation>
    </message>
</context>
<context>
    <name>_ToneSliders</name>
    <message>
        <source>casual</source>
        <translation>informeel</translation>
    </message>
    <message>
        <source>formal</source>
        <translation>formeel</translation>
    </message>
    <message>
        <source>Casual or formal</source>
        <translation>Informeel of formeel</translation>
    </message>
    <message>
        <source>funny</source>
        <translation>grappig</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>serieus</translation>
    </message>
    <message>
        <source>Funny or serious</source>
        <translation>Grappig of serieus</translation>
    </message>
    <message>
        <source>irreverent</source>
        <translation>brutaal</translation>
    </message>
    <message>
        <source>respectful</source>
        <translation>respectvol</translation>
    </message>
    <message>
        <source>Irreverent or respectful</source>
        <translation>Brutaal of respectvol</translation>
    </message>
    <message>
        <source>matter-of-fact</source>
        <translation>zakelijk</translation>
    </message>
    <message>
        <source>enthusiastic</source>
        <translation>enthousiast</translation>
    </message>
    <message>
        <source>Matter-of-fact or enthusiastic</source>
        <translation>Zakelijk of enthousiast</translation>
    </message>
</context>
</TS>
