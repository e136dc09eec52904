<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>CharacterPage</name>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="158"/>
        <source>Character and tone</source>
        <translation>Karakter en toon</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="159"/>
        <source>How the brand behaves and sounds, and what it is not.</source>
        <translation>Hoe het merk zich gedraagt en klinkt, en wat het niet is.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="162"/>
        <source>trait</source>
        <translation>eigenschap</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="163"/>
        <source>new trait</source>
        <translation>nieuwe eigenschap</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="164"/>
        <source>We are</source>
        <translation>We zijn</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="165"/>
        <source>But not</source>
        <translation>Maar niet</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="167"/>
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="170"/>
        <source>Traits: is / is not</source>
        <translation>Eigenschappen: wel / niet</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="172"/>
        <source>Tone of voice</source>
        <translation>Tone of voice</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="173"/>
        <source>Writing rules</source>
        <translation>Schrijfregels</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="176"/>
        <location filename="../../brandregie/ui/profile_pages.py" line="180"/>
        <source>Address in Dutch</source>
        <translation>Aanspreekvorm</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="177"/>
        <source>address form</source>
        <translation>aanspreekvorm</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="178"/>
        <source>je (informal)</source>
        <translation>je (informeel)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="178"/>
        <source>jij (informal)</source>
        <translation>jij (informeel)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="179"/>
        <source>u (formal)</source>
        <translation>u (formeel)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="181"/>
        <source>Longest sentence</source>
        <translation>Langste zin</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="183"/>
        <source> words</source>
        <translation> woorden</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="184"/>
        <source>Reading level</source>
        <translation>Taalniveau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="189"/>
        <source>Exclamation marks</source>
        <translation>Uitroeptekens</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="191"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="197"/>
        <source>%1, not %2</source>
        <translation>%1, niet %2</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="201"/>
        <source>A2: very simple</source>
        <translation>A2: heel eenvoudig</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="201"/>
        <source>B1: plain language</source>
        <translation>B1: eenvoudige taal</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="202"/>
        <source>B2: somewhat harder</source>
        <translation>B2: iets moeilijker</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="202"/>
        <source>C1: advanced</source>
        <translation>C1: gevorderd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="205"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="205"/>
        <source>sparingly</source>
        <translation>spaarzaam</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="206"/>
        <source>freely</source>
        <translation>vrij</translation>
    </message>
</context>
<context>
    <name>EmployerPage</name>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="390"/>
        <source>Employer brand</source>
        <translation>Werkgeversmerk</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="391"/>
        <source>Why people like to work here, whom you want to hire and how a candidate experiences applying.</source>
        <translation>Waarom mensen hier graag werken, wie je wilt aannemen en hoe een kandidaat het solliciteren beleeft.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="394"/>
        <source>Employer brand parts</source>
        <translation>Onderdelen van het werkgeversmerk</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="395"/>
        <source>EVP pillar</source>
        <translation>EVP-pijler</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="397"/>
        <source>New pillar</source>
        <translation>Nieuwe pijler</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="398"/>
        <source>Pillar</source>
        <translation>Pijler</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="399"/>
        <source>Proof</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="403"/>
        <source>Culture</source>
        <translation>Cultuur</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="405"/>
        <location filename="../../brandregie/ui/profile_pages.py" line="406"/>
        <source>We have a hiring goal</source>
        <translation>We hebben een wervingsdoel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="413"/>
        <source>People to hire</source>
        <translation>Aan te nemen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="415"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="416"/>
        <source>Hire by</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="420"/>
        <source>candidate persona</source>
        <translation>kandidaat-persona</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="422"/>
        <source>competing employer</source>
        <translation>concurrerende werkgever</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="423"/>
        <source>New employer</source>
        <translation>Nieuwe werkgever</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="425"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="426"/>
        <source>What they offer</source>
        <translation>Wat zij bieden</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="427"/>
        <source>How we differ</source>
        <translation>Hoe wij verschillen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="429"/>
        <source>journey stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="430"/>
        <source>New stage</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="432"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="433"/>
        <source>Touchpoint</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="434"/>
        <source>Experience (1–5)</source>
        <translation>Beleving (1–5)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="436"/>
        <source>Improvement</source>
        <translation>Verbetering</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="440"/>
        <source>Guidelines</source>
        <translation>Richtlijnen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="444"/>
        <source>hashtag</source>
        <translation>hashtag</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="446"/>
        <source>do</source>
        <translation>wel-doen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="448"/>
        <source>don&apos;t</source>
        <translation>niet-doen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="449"/>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="449"/>
        <source>Do</source>
        <translation>Wel doen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="450"/>
        <source>Don&apos;t</source>
        <translation>Niet doen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="453"/>
        <source>EVP</source>
        <translation>EVP</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="453"/>
        <source>Culture and goal</source>
        <translation>Cultuur en doel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="454"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="455"/>
        <source>Competing employers</source>
        <translation>Concurrerende werkgevers</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="456"/>
        <source>Candidate journey</source>
        <translation>Candidate journey</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="457"/>
        <source>Advocacy</source>
        <translation>Ambassadeurschap</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="473"/>
        <source>hiring goal</source>
        <translation>wervingsdoel</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../brandregie/ui/errors.py" line="34"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/errors.py" line="36"/>
        <source>You can keep working. If this happens again, please send the log file to the makers of BrandRegie.</source>
        <translation>Je kunt gewoon verder. Gebeurt dit vaker, stuur het logbestand dan naar de makers van BrandRegie.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../brandregie/ui/page.py" line="167"/>
        <source>One per line</source>
        <translation>Eén per regel</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="46"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="47"/>
        <source>Every saved version of the brand. Pick one to see what changed, or to bring it back.</source>
        <translation>Elke bewaarde versie van het merk. Kies er een om te zien wat er veranderde, of om hem terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="52"/>
        <source>Revisions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="53"/>
        <source>Revision</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="53"/>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="54"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="54"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="70"/>
        <source>Changes compared with:</source>
        <translation>Wijzigingen ten opzichte van:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="72"/>
        <source>Compare with revision</source>
        <translation>Vergelijk met versie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="77"/>
        <source>&amp;Restore this revision</source>
        <translation>Deze versie &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="78"/>
        <source>Restore this revision</source>
        <translation>Deze versie terugzetten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="82"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="110"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="110"/>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="111"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="111"/>
        <source>restored</source>
        <translation>teruggezet</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="155"/>
        <source>revision %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="170"/>
        <source>The first version: nothing to compare with.</source>
        <translation>De eerste versie: er is niets om mee te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="174"/>
        <source>No changes.</source>
        <translation>Geen wijzigingen.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="181"/>
        <source>Restore revision</source>
        <translation>Versie terugzetten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/history_page.py" line="182"/>
        <source>Bring back the brand as it was in revision %1? The current version stays in the history.</source>
        <translation>Het merk terugzetten zoals het was in versie %1? De huidige versie blijft in de geschiedenis.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="79"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="80"/>
        <source>Who you are and why you exist: the heart of the brand.</source>
        <translation>Wie je bent en waarom je bestaat: het hart van het merk.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="82"/>
        <source>The brand</source>
        <translation>Het merk</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="83"/>
        <source>Brand name</source>
        <translation>Merknaam</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="84"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="84"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="91"/>
        <location filename="../../brandregie/ui/profile_pages.py" line="94"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="93"/>
        <source>Writes in %1</source>
        <translation>Schrijft in het %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="95"/>
        <source>Purpose</source>
        <translation>Bestaansrecht</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="96"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="97"/>
        <source>Why does the brand exist?</source>
        <translation>Waarom bestaat het merk?</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="98"/>
        <source>Mission</source>
        <translation>Missie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="99"/>
        <source>Vision</source>
        <translation>Visie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="100"/>
        <source>Story</source>
        <translation>Verhaal</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="102"/>
        <source>value</source>
        <translation>kernwaarde</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="103"/>
        <source>New value</source>
        <translation>Nieuwe kernwaarde</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="104"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="105"/>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="108"/>
        <source>Values</source>
        <translation>Kernwaarden</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../brandregie/ui/list_editor.py" line="46"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/list_editor.py" line="47"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/list_editor.py" line="51"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/list_editor.py" line="52"/>
        <source>Add %1 (Insert)</source>
        <translation>%1 toevoegen (Insert)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/list_editor.py" line="53"/>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/list_editor.py" line="54"/>
        <source>Remove the selected %1 (Delete)</source>
        <translation>De gekozen %1 verwijderen (Delete)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/list_editor.py" line="55"/>
        <source>Move %1 up</source>
        <translation>%1 omhoog</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/list_editor.py" line="56"/>
        <source>Move the selected %1 up (Alt+Up)</source>
        <translation>De gekozen %1 omhoog (Alt+Omhoog)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/list_editor.py" line="57"/>
        <source>Move %1 down</source>
        <translation>%1 omlaag</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/list_editor.py" line="58"/>
        <source>Move the selected %1 down (Alt+Down)</source>
        <translation>De gekozen %1 omlaag (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/list_editor.py" line="113"/>
        <location filename="../../brandregie/ui/list_editor.py" line="248"/>
        <source>List of %1</source>
        <translation>Lijst: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="168"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="168"/>
        <source>Character and tone</source>
        <translation>Karakter en toon</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="169"/>
        <source>Positioning</source>
        <translation>Positionering</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="169"/>
        <source>Vocabulary</source>
        <translation>Woordgebruik</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="170"/>
        <source>Visual identity</source>
        <translation>Huisstijl</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="170"/>
        <source>Employer brand</source>
        <translation>Werkgeversmerk</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="171"/>
        <source>Personas</source>
        <translation>Persona’s</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="171"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="172"/>
        <source>Assignments and reviews</source>
        <translation>Opdrachten en beoordelingen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="172"/>
        <source>Briefs</source>
        <translation>Briefings</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="188"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="194"/>
        <location filename="../../brandregie/ui/main_window.py" line="220"/>
        <source>Brand</source>
        <translation>Merk</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="194"/>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="224"/>
        <source>Brand:</source>
        <translation>Merk:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="226"/>
        <source>Open brand</source>
        <translation>Geopend merk</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="248"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="249"/>
        <source>&amp;New brand…</source>
        <translation>&amp;Nieuw merk…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="251"/>
        <source>Open the &amp;sample brand</source>
        <translation>Het &amp;voorbeeldmerk openen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="254"/>
        <source>&amp;Import pack…</source>
        <translation>Pakket &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="256"/>
        <source>&amp;Export pack…</source>
        <translation>Pakket &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="259"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="263"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="264"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="265"/>
        <source>Undo:</source>
        <translation>Ongedaan maken:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="268"/>
        <source>Redo:</source>
        <translation>Opnieuw:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="275"/>
        <source>&amp;Save now</source>
        <translation>Nu &amp;bewaren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="277"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="284"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="285"/>
        <source>&amp;About BrandRegie</source>
        <translation>&amp;Over BrandRegie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="293"/>
        <source>Save state</source>
        <translation>Bewaarstatus</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="295"/>
        <source>Revision</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="302"/>
        <source>Here you will drop in what the agency delivers, see how well it fits the brand and send your feedback. Coming in a next version.</source>
        <translation>Hier zet je straks neer wat het bureau oplevert, zie je hoe goed het bij het merk past en stuur je je feedback. Komt in een volgende versie.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="305"/>
        <source>Here you will make a brief for the agency, in your own colours and fonts, from the profile. Coming in a next version.</source>
        <translation>Hier maak je straks vanuit het profiel een briefing voor het bureau, in je eigen kleuren en letters. Komt in een volgende versie.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="377"/>
        <location filename="../../brandregie/ui/main_window.py" line="446"/>
        <location filename="../../brandregie/ui/main_window.py" line="453"/>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="378"/>
        <source>Your last changes to %1 could not be saved: %2

Close it anyway?</source>
        <translation>Je laatste wijzigingen aan %1 konden niet worden bewaard: %2

Toch sluiten?</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="408"/>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="437"/>
        <source>Revision %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="443"/>
        <source>All changes saved</source>
        <translation>Alles bewaard</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="444"/>
        <source>Unsaved changes…</source>
        <translation>Nog niet bewaard…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="445"/>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="519"/>
        <source>Import a brand pack</source>
        <translation>Een merkpakket importeren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="520"/>
        <source>Brand packs (*.brandpack *.json)</source>
        <translation>Merkpakketten (*.brandpack *.json)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="528"/>
        <location filename="../../brandregie/ui/main_window.py" line="542"/>
        <source>Cannot import</source>
        <translation>Importeren lukt niet</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="532"/>
        <source>Import pack</source>
        <translation>Pakket importeren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="533"/>
        <source>%1 is already here. Import the pack as its newest version? The current version stays in the history.</source>
        <translation>%1 staat er al. Het pakket importeren als nieuwste versie? De huidige versie blijft in de geschiedenis.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="547"/>
        <source>Imported %1</source>
        <translation>%1 geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="554"/>
        <source>Export the brand pack</source>
        <translation>Het merkpakket exporteren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="555"/>
        <source>Brand pack with files (*.brandpack);;Brand profile only (*.json)</source>
        <translation>Merkpakket met bestanden (*.brandpack);;Alleen het merkprofiel (*.json)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="570"/>
        <source>Cannot export</source>
        <translation>Exporteren lukt niet</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="571"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="574"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="595"/>
        <source>About BrandRegie</source>
        <translation>Over BrandRegie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="596"/>
        <source>BrandRegie %1

Keep your own brand: the profile, reviews of what the agency delivers, and briefs.</source>
        <translation>BrandRegie %1

Houd de regie over je eigen merk: het profiel, beoordelingen van wat het bureau oplevert, en briefings.</translation>
    </message>
</context>
<context>
    <name>NewBrandDialog</name>
    <message>
        <location filename="../../brandregie/ui/start.py" line="224"/>
        <source>New brand</source>
        <translation>Nieuw merk</translation>
    </message>
</context>
<context>
    <name>Personas</name>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="481"/>
        <source>New persona</source>
        <translation>Nieuwe persona</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="482"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="483"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="484"/>
        <source>Motivations</source>
        <translation>Drijfveren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="486"/>
        <source>Frustrations</source>
        <translation>Ergernissen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="488"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
</context>
<context>
    <name>PersonasPage</name>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="498"/>
        <source>Personas</source>
        <translation>Persona’s</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="499"/>
        <source>The customers the brand speaks to, as real people.</source>
        <translation>De klanten tot wie het merk spreekt, als echte mensen.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="500"/>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="502"/>
        <source>Customer personas</source>
        <translation>Klantpersona’s</translation>
    </message>
</context>
<context>
    <name>PositioningPage</name>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="213"/>
        <source>Positioning</source>
        <translation>Positionering</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="214"/>
        <source>For whom the brand is, what it promises and how it differs.</source>
        <translation>Voor wie het merk is, wat het belooft en waarin het verschilt.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="216"/>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="217"/>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="218"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="219"/>
        <source>Promise</source>
        <translation>Belofte</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="220"/>
        <source>Difference</source>
        <translation>Onderscheid</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="223"/>
        <source>proof point</source>
        <translation>bewijspunt</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="225"/>
        <source>Proof points</source>
        <translation>Bewijspunten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="227"/>
        <source>competitor</source>
        <translation>concurrent</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="228"/>
        <source>New competitor</source>
        <translation>Nieuwe concurrent</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="230"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="231"/>
        <source>Their position</source>
        <translation>Hun positie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="232"/>
        <source>How we differ</source>
        <translation>Hoe wij verschillen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="234"/>
        <source>Competitors</source>
        <translation>Concurrenten</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="126"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="129"/>
        <source>Interface language</source>
        <translation>Taal van het programma</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="130"/>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/main_window.py" line="134"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>StartForm</name>
    <message>
        <location filename="../../brandregie/ui/start.py" line="47"/>
        <source>Brand name</source>
        <translation>Merknaam</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="48"/>
        <source>For example: Bakkerij Korenaar</source>
        <translation>Bijvoorbeeld: Bakkerij Korenaar</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="49"/>
        <source>&amp;Name of the brand</source>
        <translation>&amp;Naam van het merk</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="51"/>
        <source>Why the brand exists</source>
        <translation>Waarom het merk bestaat</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="52"/>
        <source>Why do you do what you do? One or two sentences.</source>
        <translation>Waarom doe je wat je doet? Eén of twee zinnen.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="53"/>
        <source>&amp;Why</source>
        <translation>&amp;Waarom</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="57"/>
        <source>&amp;je: informal</source>
        <translation>&amp;je: informeel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="58"/>
        <source>&amp;u: formal</source>
        <translation>&amp;u: formeel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="65"/>
        <source>Address in Dutch:</source>
        <translation>Aanspreekvorm:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="72"/>
        <location filename="../../brandregie/ui/start.py" line="73"/>
        <source>Main colour</source>
        <translation>Hoofdkleur</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="72"/>
        <location filename="../../brandregie/ui/start.py" line="73"/>
        <source>Second colour</source>
        <translation>Tweede kleur</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="72"/>
        <location filename="../../brandregie/ui/start.py" line="73"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="77"/>
        <source>Pick %1</source>
        <translation>Kies %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="79"/>
        <source>Name of %1</source>
        <translation>Naam van %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="82"/>
        <source>Hex code of %1</source>
        <translation>Hexcode van %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="93"/>
        <source>Main colours:</source>
        <translation>Hoofdkleuren:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="101"/>
        <source>&amp;Create brand</source>
        <translation>Merk &amp;aanmaken</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="103"/>
        <source>Create brand</source>
        <translation>Merk aanmaken</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="127"/>
        <source>Choose a colour</source>
        <translation>Kies een kleur</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../brandregie/ui/start.py" line="187"/>
        <source>Welcome to BrandRegie</source>
        <translation>Welkom bij BrandRegie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="193"/>
        <source>Keep your brand in one place: who you are, how you sound and how you look. Start with four questions; you can fill in the rest whenever you like.</source>
        <translation>Houd je merk op één plek bij: wie je bent, hoe je klinkt en hoe je eruitziet. Begin met vier vragen; de rest vul je aan wanneer je wilt.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="204"/>
        <source>Just looking? Open the sample brand, a bakery with four shops.</source>
        <translation>Even rondkijken? Open het voorbeeldmerk, een bakkerij met vier winkels.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="207"/>
        <source>Open the &amp;sample brand</source>
        <translation>Het &amp;voorbeeldmerk openen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/start.py" line="208"/>
        <source>Open the sample brand</source>
        <translation>Het voorbeeldmerk openen</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../brandregie/ui/page.py" line="50"/>
        <source>change %1</source>
        <extracomment>Every undo label pattern, so ``pyside6-lupdate`` finds them (they are passed around by name).</extracomment>
        <translation>wijzig %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/page.py" line="51"/>
        <source>change %1 %2</source>
        <translation>wijzig %1 %2</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/page.py" line="52"/>
        <source>add %1</source>
        <translation>voeg %1 toe</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/page.py" line="53"/>
        <source>remove %1 %2</source>
        <translation>verwijder %1 %2</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/page.py" line="54"/>
        <source>move %1 %2 up</source>
        <translation>verplaats %1 %2 omhoog</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/page.py" line="55"/>
        <source>move %1 %2 down</source>
        <translation>verplaats %1 %2 omlaag</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/page.py" line="56"/>
        <source>restore revision %1</source>
        <translation>zet versie %1 terug</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../brandregie/ui/fields.py" line="45"/>
        <source>This cannot be empty.</source>
        <translation>Dit mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/fields.py" line="47"/>
        <source>This is not a colour: write it as #RRGGBB, for example #E8B64C.</source>
        <translation>Dit is geen kleur: schrijf hem als #RRGGBB, bijvoorbeeld #E8B64C.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/fields.py" line="50"/>
        <location filename="../../brandregie/ui/fields.py" line="293"/>
        <source>This is not a date: write it as YYYY-MM-DD, for example 2027-06-30.</source>
        <translation>Dit is geen datum: schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2027-06-30.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/fields.py" line="53"/>
        <source>This number is out of range.</source>
        <translation>Dit getal valt buiten het bereik.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/fields.py" line="54"/>
        <source>This value is not allowed.</source>
        <translation>Deze waarde is niet toegestaan.</translation>
    </message>
</context>
<context>
    <name>Visual</name>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="48"/>
        <source>Pick colour</source>
        <translation>Kleur kiezen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="49"/>
        <source>Pick the colour in a colour chooser</source>
        <translation>Kies de kleur in een kleurkiezer</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="53"/>
        <source>Hex code</source>
        <translation>Hexcode</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="62"/>
        <source>Red</source>
        <translation>Rood</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="63"/>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="64"/>
        <source>Blue</source>
        <translation>Blauw</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="112"/>
        <source>Choose a colour</source>
        <translation>Kies een kleur</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="122"/>
        <source>File too large</source>
        <translation>Bestand te groot</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="123"/>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 is groter dan 20 MB.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="128"/>
        <source>Cannot read file</source>
        <translation>Bestand niet leesbaar</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="129"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="147"/>
        <location filename="../../brandregie/ui/visual_widgets.py" line="148"/>
        <source>Remove file</source>
        <translation>Bestand weghalen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="191"/>
        <source>Use a font file…</source>
        <translation>Lettertypebestand gebruiken…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="192"/>
        <source>Use a font file</source>
        <translation>Lettertypebestand gebruiken</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="210"/>
        <source>Installed on this computer</source>
        <translation>Geïnstalleerd op deze computer</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="212"/>
        <source>From file %1</source>
        <translation>Uit bestand %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="215"/>
        <source>Choose a font file</source>
        <translation>Kies een lettertypebestand</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="216"/>
        <source>Font files (*.ttf *.otf)</source>
        <translation>Lettertypebestanden (*.ttf *.otf)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="225"/>
        <source>Not a font</source>
        <translation>Geen lettertype</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="226"/>
        <source>%1 is not a font file BrandRegie can read.</source>
        <translation>%1 is geen lettertypebestand dat BrandRegie kan lezen.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="240"/>
        <source>Choose image…</source>
        <translation>Afbeelding kiezen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="241"/>
        <source>Choose logo image</source>
        <translation>Logoafbeelding kiezen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="246"/>
        <source>Logo preview</source>
        <translation>Voorbeeld van het logo</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="275"/>
        <source>No image yet</source>
        <translation>Nog geen afbeelding</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="279"/>
        <source>Choose a logo image</source>
        <translation>Kies een logoafbeelding</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="280"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="287"/>
        <source>Not an image</source>
        <translation>Geen afbeelding</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/visual_widgets.py" line="288"/>
        <source>%1 is not an image BrandRegie can show.</source>
        <translation>%1 is geen afbeelding die BrandRegie kan tonen.</translation>
    </message>
</context>
<context>
    <name>VisualPage</name>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="313"/>
        <source>Visual identity</source>
        <translation>Huisstijl</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="314"/>
        <source>Colours, fonts, logos and the kind of images the brand uses.</source>
        <translation>Kleuren, letters, logo’s en het soort beelden dat het merk gebruikt.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="316"/>
        <source>primary</source>
        <translation>hoofdkleur</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="316"/>
        <source>secondary</source>
        <translation>steunkleur</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="317"/>
        <source>accent</source>
        <translation>accent</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="317"/>
        <source>background</source>
        <translation>achtergrond</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="318"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="320"/>
        <source>colour</source>
        <translation>kleur</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="321"/>
        <source>New colour</source>
        <translation>Nieuwe kleur</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="324"/>
        <location filename="../../brandregie/ui/profile_pages.py" line="360"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="326"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="330"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="332"/>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="333"/>
        <source>Colour matching</source>
        <translation>Kleuren vergelijken</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="334"/>
        <source>Tolerance (ΔE2000)</source>
        <translation>Marge (ΔE2000)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="337"/>
        <source>How far a colour in a draft may be from a brand colour and still count as the same.</source>
        <translation>Hoe ver een kleur in een concept van een merkkleur mag afwijken en toch als dezelfde telt.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="339"/>
        <source>font</source>
        <translation>lettertype</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="341"/>
        <source>New font</source>
        <translation>Nieuw lettertype</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="343"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="345"/>
        <source>A font installed on this computer, or type a name</source>
        <translation>Een lettertype op deze computer, of typ een naam</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="348"/>
        <source>Use for</source>
        <translation>Gebruik voor</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="349"/>
        <location filename="../../brandregie/ui/profile_pages.py" line="380"/>
        <source>headings</source>
        <translation>koppen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="349"/>
        <location filename="../../brandregie/ui/profile_pages.py" line="380"/>
        <source>body text</source>
        <translation>lopende tekst</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="350"/>
        <location filename="../../brandregie/ui/profile_pages.py" line="381"/>
        <source>accents</source>
        <translation>accenten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="352"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="355"/>
        <source>Fonts</source>
        <translation>Lettertypen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="356"/>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="358"/>
        <source>New logo</source>
        <translation>Nieuw logo</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="362"/>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="364"/>
        <source>How to use it</source>
        <translation>Zo gebruik je het</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="366"/>
        <source>Logos</source>
        <translation>Logo’s</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="367"/>
        <source>Imagery</source>
        <translation>Beeldtaal</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="368"/>
        <source>Images and photos</source>
        <translation>Beelden en foto’s</translation>
    </message>
</context>
<context>
    <name>VocabularyPage</name>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="249"/>
        <source>Vocabulary</source>
        <translation>Woordgebruik</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="250"/>
        <source>The words the brand uses, avoids and always spells the same.</source>
        <translation>De woorden die het merk gebruikt, vermijdt en altijd hetzelfde schrijft.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="253"/>
        <source>Vocabulary parts</source>
        <translation>Onderdelen van het woordgebruik</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="255"/>
        <source>brand name</source>
        <translation>merknaam</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="256"/>
        <source>New name</source>
        <translation>Nieuwe naam</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="257"/>
        <source>Written as</source>
        <translation>Zo schrijf je het</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="259"/>
        <source>Never as</source>
        <translation>Nooit zo</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="262"/>
        <source>preferred term</source>
        <translation>voorkeursterm</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="263"/>
        <location filename="../../brandregie/ui/profile_pages.py" line="270"/>
        <source>new term</source>
        <translation>nieuwe term</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="265"/>
        <source>Use</source>
        <translation>Gebruik</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="266"/>
        <source>Instead of</source>
        <translation>In plaats van</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="267"/>
        <location filename="../../brandregie/ui/profile_pages.py" line="273"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="269"/>
        <source>banned term</source>
        <translation>verboden term</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="272"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="274"/>
        <source>Suggest instead</source>
        <translation>Schrijf liever</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="276"/>
        <source>key message</source>
        <translation>kernboodschap</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="277"/>
        <source>New key message</source>
        <translation>Nieuwe kernboodschap</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="279"/>
        <source>Message</source>
        <translation>Boodschap</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="280"/>
        <source>Keywords</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="284"/>
        <source>Built-in list</source>
        <translation>Ingebouwde lijst</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="285"/>
        <source>Flag the usual hollow phrases</source>
        <translation>De bekende holle frasen aanwijzen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="289"/>
        <source>extra cliché</source>
        <translation>extra cliché</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="291"/>
        <source>allowed phrase</source>
        <translation>toegestane uitdrukking</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="292"/>
        <source>Also flag:</source>
        <translation>Ook aanwijzen:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="294"/>
        <source>Never flag:</source>
        <translation>Nooit aanwijzen:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="297"/>
        <source>Brand names</source>
        <translation>Merknamen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="298"/>
        <source>Preferred terms</source>
        <translation>Voorkeurstermen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="299"/>
        <source>Banned terms</source>
        <translation>Verboden termen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="300"/>
        <source>Key messages</source>
        <translation>Kernboodschappen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="301"/>
        <source>Clichés</source>
        <translation>Clichés</translation>
    </message>
</context>
<context>
    <name>_ToneSliders</name>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="123"/>
        <source>casual</source>
        <translation>informeel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="123"/>
        <source>formal</source>
        <translation>formeel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="123"/>
        <source>Casual or formal</source>
        <translation>Informeel of formeel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="124"/>
        <source>funny</source>
        <translation>grappig</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="124"/>
        <source>serious</source>
        <translation>serieus</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="124"/>
        <source>Funny or serious</source>
        <translation>Grappig of serieus</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="125"/>
        <source>irreverent</source>
        <translation>brutaal</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="125"/>
        <source>respectful</source>
        <translation>respectvol</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="126"/>
        <source>Irreverent or respectful</source>
        <translation>Brutaal of respectvol</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="127"/>
        <source>matter-of-fact</source>
        <translation>zakelijk</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="127"/>
        <source>enthusiastic</source>
        <translation>enthousiast</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/profile_pages.py" line="128"/>
        <source>Matter-of-fact or enthusiastic</source>
        <translation>Zakelijk of enthousiast</translation>
    </message>
</context>
</TS>
