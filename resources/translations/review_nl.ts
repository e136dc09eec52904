<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AgenciesDialog</name>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="217"/>
        <location filename="../../brandregie/ui/review/dialogs.py" line="222"/>
        <source>Agencies</source>
        <translation>Bureaus</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="226"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="228"/>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="230"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="231"/>
        <source>Its assignments stay, without an agency</source>
        <translation>De opdrachten blijven, zonder bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="285"/>
        <source>BrandRegie</source>
        <translation>BrandRegie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="296"/>
        <source>Remove agency</source>
        <translation>Bureau verwijderen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="297"/>
        <source>Remove “{name}”? Its assignments stay, without an agency.</source>
        <translation>“{name}” verwijderen? De opdrachten blijven, zonder bureau.</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="152"/>
        <source>Agency</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="154"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="156"/>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="158"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="104"/>
        <source>Edit assignment</source>
        <translation>Opdracht wijzigen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="105"/>
        <source>New assignment</source>
        <translation>Nieuwe opdracht</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="108"/>
        <source>e.g. Newsletter May</source>
        <translation>bijv. Nieuwsbrief mei</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="109"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="115"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="117"/>
        <source>(no agency)</source>
        <translation>(geen bureau)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="124"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Bureau:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="126"/>
        <source>&amp;Due:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="129"/>
        <source>The brief as you sent it to the agency</source>
        <translation>De briefing zoals je die aan het bureau stuurde</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="130"/>
        <source>&amp;Brief:</source>
        <translation>B&amp;riefing:</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="114"/>
        <location filename="../../brandregie/ui/review/page.py" line="120"/>
        <source>Assignments</source>
        <extracomment>(brand id) a review answer changed the profile (allow/ban a word): reload it</extracomment>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="117"/>
        <location filename="../../brandregie/ui/review/page.py" line="145"/>
        <source>Assignment</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="117"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="118"/>
        <location filename="../../brandregie/ui/review/page.py" line="204"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="128"/>
        <source>Show app&amp;roved</source>
        <translation>&amp;Goedgekeurde tonen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="133"/>
        <source>&amp;New assignment…</source>
        <translation>&amp;Nieuwe opdracht…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="135"/>
        <source>A&amp;gencies…</source>
        <translation>B&amp;ureaus…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="136"/>
        <source>The agencies you work with: name, contact, e-mail</source>
        <translation>De bureaus waarmee je werkt: naam, contactpersoon, e-mail</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="150"/>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="166"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="168"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="189"/>
        <source>Check progress</source>
        <translation>Voortgang van de controle</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="190"/>
        <source>&amp;Cancel check</source>
        <translation>Controle &amp;afbreken</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="200"/>
        <source>Versions from the agency</source>
        <translation>Versies van het bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="203"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="203"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="203"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="204"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="206"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="210"/>
        <source>Re&amp;view</source>
        <translation>&amp;Beoordelen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="212"/>
        <source>Check a&amp;gain</source>
        <translation>&amp;Opnieuw controleren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="213"/>
        <source>Check against the brand profile as it is now</source>
        <translation>Controleren tegen het merkprofiel zoals het nu is</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="215"/>
        <source>Save file &amp;as…</source>
        <translation>Bestand opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="223"/>
        <source>What the agency asked of you</source>
        <translation>Wat het bureau van je vroeg</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="226"/>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="226"/>
        <source>By</source>
        <translation>Vóór</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="226"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="228"/>
        <source>Requests from the agency</source>
        <translation>Verzoeken van het bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="232"/>
        <source>&amp;Log a request…</source>
        <translation>Verzoek &amp;noteren…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="239"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="264"/>
        <source>The brand could not be saved.</source>
        <translation>Het merk kon niet worden bewaard.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="347"/>
        <source>Choose an assignment, or make a new one</source>
        <translation>Kies een opdracht, of maak een nieuwe</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="363"/>
        <source>due {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="365"/>
        <source>(no brief noted)</source>
        <translation>(geen briefing genoteerd)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="423"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="424"/>
        <source>Changes requested</source>
        <translation>Aanpassingen gevraagd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="426"/>
        <source>Version {n}: {what} ({when})</source>
        <translation>Versie {n}: {what} ({when})</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="431"/>
        <source>No decision yet.</source>
        <translation>Nog geen besluit.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="483"/>
        <source>Delete assignment</source>
        <translation>Opdracht verwijderen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="484"/>
        <source>Delete “{title}” with all its versions and reviews? This cannot be undone.</source>
        <translation>“{title}” verwijderen, met alle versies en beoordelingen? Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="530"/>
        <source>Save the draft as</source>
        <translation>Concept opslaan als</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="535"/>
        <source>The file could not be saved: {why}</source>
        <translation>Het bestand kon niet worden opgeslagen: {why}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="568"/>
        <source>Checking the draft…</source>
        <translation>Het concept wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="585"/>
        <source>BrandRegie</source>
        <translation>BrandRegie</translation>
    </message>
</context>
<context>
    <name>AssignmentsPlace</name>
    <message>
        <location filename="../../brandregie/ui/review/place.py" line="56"/>
        <source>Opening assignments…</source>
        <translation>Opdrachten openen…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="77"/>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>DeadlineBanner</name>
    <message>
        <location filename="../../brandregie/ui/review/deadlines.py" line="43"/>
        <source>Deadlines</source>
        <extracomment>(assignment id) the owner clicked &quot;Show&quot;</extracomment>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/deadlines.py" line="45"/>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/deadlines.py" line="57"/>
        <source>and {n} more</source>
        <translation>en nog {n}</translation>
    </message>
</context>
<context>
    <name>DraftTextView</name>
    <message>
        <location filename="../../brandregie/ui/review/text_view.py" line="63"/>
        <source>Draft text</source>
        <extracomment>Highlight colours by severity: soft enough to read through, apart enough to tell. Python offsets of characters that take two UTF-16 units (one regex pass).</extracomment>
        <translation>Tekst van het concept</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../brandregie/ui/review/drop_area.py" line="34"/>
        <source>Drop the agency&apos;s draft here
(Word, PDF, web page, e-mail, text or image)</source>
        <translation>Sleep het concept van het bureau hierheen
(Word, PDF, webpagina, e-mail, tekst of afbeelding)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/drop_area.py" line="39"/>
        <source>&amp;Open draft…</source>
        <translation>Concept &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/drop_area.py" line="40"/>
        <source>Choose the draft file; it becomes the next version</source>
        <translation>Kies het conceptbestand; het wordt de volgende versie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/drop_area.py" line="52"/>
        <source>Open the agency&apos;s draft</source>
        <translation>Concept van het bureau openen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/drop_area.py" line="53"/>
        <source>Drafts ({patterns});;All files (*)</source>
        <translation>Concepten ({patterns});;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="166"/>
        <source>Request from the agency</source>
        <translation>Verzoek van het bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="168"/>
        <source>e.g. Photos of the new shop</source>
        <translation>bijv. Foto&apos;s van de nieuwe winkel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="169"/>
        <source>&amp;What they asked for:</source>
        <translation>&amp;Wat ze vroegen:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="171"/>
        <source>&amp;By:</source>
        <translation>&amp;Vóór:</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../brandregie/ui/review/deadlines.py" line="15"/>
        <source>1 day overdue</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/deadlines.py" line="17"/>
        <source>{n} days overdue</source>
        <translation>{n} dagen te laat</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/deadlines.py" line="19"/>
        <source>due today</source>
        <translation>deadline vandaag</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/deadlines.py" line="21"/>
        <source>due tomorrow</source>
        <translation>deadline morgen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/deadlines.py" line="23"/>
        <source>due in {n} days</source>
        <translation>deadline over {n} dagen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/deadlines.py" line="26"/>
        <source>Agency asked: {what}</source>
        <translation>Bureau vroeg: {what}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/deadlines.py" line="78"/>
        <source>BrandRegie</source>
        <translation>BrandRegie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/deadlines.py" line="81"/>
        <source>Overdue: {n}</source>
        <translation>Te laat: {n}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/deadlines.py" line="82"/>
        <source>Coming up: {n}</source>
        <translation>Binnenkort: {n}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="41"/>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="42"/>
        <source>Vacancy text</source>
        <translation>Vacaturetekst</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="43"/>
        <source>Social post</source>
        <translation>Social post</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="44"/>
        <source>Web page</source>
        <translation>Webpagina</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="45"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="46"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="47"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="61"/>
        <source>Briefed</source>
        <translation>Gebriefd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="62"/>
        <source>Draft received</source>
        <translation>Concept ontvangen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="63"/>
        <source>In review</source>
        <translation>In beoordeling</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="64"/>
        <source>Changes requested</source>
        <translation>Aanpassingen gevraagd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="66"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="72"/>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="73"/>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="74"/>
        <source>Could not be read</source>
        <translation>Kon niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="75"/>
        <source>Check cancelled</source>
        <translation>Controle afgebroken</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/place.py" line="80"/>
        <source>Overdue: {late} · due within {days} days: {soon} — see Assignments and reviews</source>
        <translation>Te laat: {late} · deadline binnen {days} dagen: {soon} — zie Opdrachten en beoordelingen</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="160"/>
        <source>&amp;Approve…</source>
        <extracomment>Rules whose excerpt is a word or phrase the owner may allow or ban. (brand id) the owner allowed or banned a word: the profile has a new revision (version id) check this version again (after a profile change) (assignment id) approved or changes requested Saves a word change through the open brand&apos;s edit session (so it shows on the profile pages and can be undone); returns False when it cannot (another brand).</extracomment>
        <translation>&amp;Goedkeuren…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="162"/>
        <source>Ask for &amp;changes…</source>
        <translation>&amp;Om aanpassingen vragen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="165"/>
        <source>Save feedback &amp;report…</source>
        <translation>&amp;Feedbackrapport opslaan…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="174"/>
        <source>Problem with this draft</source>
        <translation>Probleem met dit concept</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="195"/>
        <location filename="../../brandregie/ui/review/review_view.py" line="248"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="196"/>
        <source>Colour in the draft</source>
        <translation>Kleur in het concept</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="196"/>
        <location filename="../../brandregie/ui/review/review_view.py" line="205"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="197"/>
        <source>Nearest brand colour</source>
        <translation>Dichtstbijzijnde merkkleur</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="197"/>
        <source>Distance (ΔE)</source>
        <translation>Afstand (ΔE)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="198"/>
        <location filename="../../brandregie/ui/review/review_view.py" line="206"/>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="199"/>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="205"/>
        <source>Font in the draft</source>
        <translation>Lettertype in het concept</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="206"/>
        <source>Brand font</source>
        <translation>Merklettertype</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="208"/>
        <source>Fonts</source>
        <translation>Lettertypen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="210"/>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="210"/>
        <location filename="../../brandregie/ui/review/review_view.py" line="245"/>
        <source>In the draft</source>
        <translation>In het concept</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="211"/>
        <source>Changes since the previous version</source>
        <translation>Veranderingen sinds de vorige versie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="212"/>
        <source>Since previous version</source>
        <translation>Sinds vorige versie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="220"/>
        <source>must change</source>
        <translation>moet anders</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="221"/>
        <source>should change</source>
        <translation>kan beter</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="222"/>
        <source>worth a look</source>
        <translation>het bekijken waard</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="223"/>
        <source>Highlighted:</source>
        <translation>Gemarkeerd:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="245"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="246"/>
        <source>Your answer</source>
        <translation>Jouw antwoord</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="262"/>
        <source>Acc&amp;ept</source>
        <translation>&amp;Eens</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="263"/>
        <source>Agree: the agency should change this</source>
        <translation>Eens: het bureau moet dit aanpassen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="265"/>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Afwijzen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="266"/>
        <source>This is fine here; say why</source>
        <translation>Dit is hier prima; zeg waarom</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="268"/>
        <source>Re&amp;open</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="270"/>
        <source>A&amp;llow this word</source>
        <translation>Woord &amp;toestaan</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="271"/>
        <source>Always allow this word for the brand (changes the profile)</source>
        <translation>Dit woord altijd toestaan voor het merk (wijzigt het profiel)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="274"/>
        <source>&amp;Ban a word…</source>
        <translation>Woord &amp;verbieden…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="275"/>
        <source>Never allow this word for the brand (changes the profile)</source>
        <translation>Dit woord nooit toestaan voor het merk (wijzigt het profiel)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="284"/>
        <source>Re&amp;mark:</source>
        <translation>Op&amp;merking:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="286"/>
        <source>A note for the agency about this point</source>
        <translation>Een notitie voor het bureau bij dit punt</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="326"/>
        <source>Approve the draft or ask for changes first</source>
        <translation>Keur het concept eerst goed of vraag om aanpassingen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="350"/>
        <source>No draft yet</source>
        <translation>Nog geen concept</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="351"/>
        <source>Drop the agency&apos;s draft on the assignment to review it.</source>
        <translation>Sleep het concept van het bureau op de opdracht om het te beoordelen.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="355"/>
        <source>Version {n}: {name}</source>
        <translation>Versie {n}: {name}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="361"/>
        <source>This draft could not be checked.</source>
        <translation>Dit concept kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="365"/>
        <source>The check was cancelled. Check it again from the assignment.</source>
        <translation>De controle is afgebroken. Controleer het opnieuw vanuit de opdracht.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="368"/>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="371"/>
        <source>Fits the brand</source>
        <translation>Past bij het merk</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="372"/>
        <source>Needs some changes</source>
        <translation>Moet op punten anders</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="373"/>
        <source>Does not fit the brand yet</source>
        <translation>Past nog niet bij het merk</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="378"/>
        <source>{n} must change</source>
        <translation>{n} moet anders</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="379"/>
        <source>{n} should change</source>
        <translation>{n} kan beter</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="380"/>
        <source>{n} worth a look</source>
        <translation>{n} het bekijken waard</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="382"/>
        <source>{n} dismissed</source>
        <translation>{n} afgewezen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="383"/>
        <source>checked against profile revision {n}</source>
        <translation>gecontroleerd tegen versie {n} van het profiel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="387"/>
        <source>Left out: {notes}</source>
        <translation>Niet meegenomen: {notes}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="392"/>
        <source>Accepted</source>
        <translation>Eens</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="394"/>
        <source>Dismissed</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="398"/>
        <source>(in version {n})</source>
        <translation>(in versie {n})</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="400"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="402"/>
        <source>remark</source>
        <translation>opmerking</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="448"/>
        <source>no brand colours</source>
        <translation>geen merkkleuren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="449"/>
        <location filename="../../brandregie/ui/review/review_view.py" line="462"/>
        <source>fits</source>
        <translation>past</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="450"/>
        <source>off-brand</source>
        <translation>past niet</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="458"/>
        <source>Brand fonts: {fonts}</source>
        <translation>Merklettertypen: {fonts}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="459"/>
        <source>none set</source>
        <translation>geen ingesteld</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="463"/>
        <source>not a brand font</source>
        <translation>geen merklettertype</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="484"/>
        <source>Fixed since version {n}</source>
        <translation>Opgelost sinds versie {n}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="486"/>
        <source>New in version {n}</source>
        <translation>Nieuw in versie {n}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="488"/>
        <source>Still there</source>
        <translation>Nog steeds aanwezig</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="546"/>
        <source>Pick a finding in the list or in the text.</source>
        <translation>Kies een bevinding in de lijst of in de tekst.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="554"/>
        <source>Write instead:</source>
        <translation>Schrijf liever:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="558"/>
        <source>Brand rule:</source>
        <translation>Merkregel:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="559"/>
        <source>Your answer:</source>
        <translation>Jouw antwoord:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="585"/>
        <source>Dismiss finding</source>
        <translation>Bevinding afwijzen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="586"/>
        <source>Why is “{excerpt}” fine here? The reason is kept with the review.</source>
        <translation>Waarom is “{excerpt}” hier prima? De reden wordt bij de beoordeling bewaard.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="607"/>
        <source>Allow this word</source>
        <translation>Woord toestaan</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="608"/>
        <source>Always allow “{word}” for {brand}? This changes the brand profile (a new revision) and checks this draft again.</source>
        <translation>“{word}” altijd toestaan voor {brand}? Dit wijzigt het merkprofiel (een nieuwe versie) en controleert dit concept opnieuw.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="621"/>
        <source>Ban a word</source>
        <translation>Woord verbieden</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="622"/>
        <source>Which word should {brand} never use? This changes the brand profile (a new revision) and checks this draft again.</source>
        <translation>Welk woord mag {brand} nooit gebruiken? Dit wijzigt het merkprofiel (een nieuwe versie) en controleert dit concept opnieuw.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="666"/>
        <source>Approve the draft</source>
        <translation>Concept goedkeuren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="667"/>
        <source>Approve version {n}? A note for the agency (optional):</source>
        <translation>Versie {n} goedkeuren? Een notitie voor het bureau (mag leeg blijven):</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="670"/>
        <source>Ask for changes</source>
        <translation>Om aanpassingen vragen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="671"/>
        <source>What should the agency change in version {n}? This summary opens the feedback report.</source>
        <translation>Wat moet het bureau aanpassen in versie {n}? Deze samenvatting staat bovenaan het feedbackrapport.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="698"/>
        <source>Save feedback report</source>
        <translation>Feedbackrapport opslaan</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="698"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="708"/>
        <source>BrandRegie</source>
        <translation>BrandRegie</translation>
    </message>
</context>
</TS>
