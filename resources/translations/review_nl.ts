<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="59"/>
        <source>budget {money}</source>
        <translation>budget {money}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="61"/>
        <source>{n} review rounds</source>
        <translation>{n} feedbackrondes</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="62"/>
        <source>1 review round</source>
        <translation>1 feedbackronde</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="64"/>
        <source>delivery {date}</source>
        <translation>oplevering {date}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="66"/>
        <source>invoiced {money}</source>
        <translation>gefactureerd {money}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="68"/>
        <source>Agreed: {terms}</source>
        <translation>Afgesproken: {terms}</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="259"/>
        <location filename="../../brandregie/ui/review/dialogs.py" line="264"/>
        <source>Agencies</source>
        <translation>Bureaus</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="268"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="270"/>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="272"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="273"/>
        <source>Its assignments stay, without an agency</source>
        <translation>De opdrachten blijven, zonder bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="327"/>
        <source>BrandRegie</source>
        <translation>BrandRegie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="338"/>
        <source>Remove agency</source>
        <translation>Bureau verwijderen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="339"/>
        <source>Remove “{name}”? Its assignments stay, without an agency.</source>
        <translation>“{name}” verwijderen? De opdrachten blijven, zonder bureau.</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="191"/>
        <source>Agency</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="193"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="195"/>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="197"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="81"/>
        <source>What you agreed with the agency. The agency scorecard weighs rounds, dates and budget against it.</source>
        <translation>Wat je met het bureau hebt afgesproken. De scorekaart van de bureaus meet rondes, data en budget hieraan af.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="88"/>
        <source>No budget agreed</source>
        <translation>Geen budget afgesproken</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="88"/>
        <source>A fixed amount</source>
        <translation>Een vast bedrag</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="89"/>
        <source>Hours at an hourly rate</source>
        <translation>Uren tegen een uurtarief</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="90"/>
        <source>Kind of budget</source>
        <translation>Soort budget</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="91"/>
        <source>Bud&amp;get:</source>
        <translation>Bud&amp;get:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="92"/>
        <source>A&amp;mount (€):</source>
        <translation>B&amp;edrag (€):</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="92"/>
        <source>Agreed amount in euros</source>
        <translation>Afgesproken bedrag in euro</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="94"/>
        <source>e.g. 12,5</source>
        <translation>bijv. 12,5</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="95"/>
        <source>Agreed hours</source>
        <translation>Afgesproken uren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="96"/>
        <source>&amp;Hours:</source>
        <translation>&amp;Uren:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="97"/>
        <source>Hourly &amp;rate (€):</source>
        <translation>Uurtarie&amp;f (€):</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="97"/>
        <source>Hourly rate in euros</source>
        <translation>Uurtarief in euro</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="100"/>
        <source>One per line, e.g. a newsletter, two social posts</source>
        <translation>Eén per regel, bijv. een nieuwsbrief, twee social posts</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="102"/>
        <source>Agreed deliverables</source>
        <translation>Afgesproken op te leveren werk</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="104"/>
        <source>Deli&amp;verables:</source>
        <translation>Op te &amp;leveren:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="107"/>
        <source>not agreed</source>
        <translation>niet afgesproken</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="108"/>
        <source>Agreed review rounds</source>
        <translation>Afgesproken feedbackrondes</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="109"/>
        <source>Review rou&amp;nds:</source>
        <translation>Feedbackro&amp;ndes:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="111"/>
        <source>Agreed delivery date</source>
        <translation>Afgesproken opleverdatum</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="112"/>
        <source>De&amp;livery date:</source>
        <translation>Opleverdatu&amp;m:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="113"/>
        <source>&amp;Invoiced (€):</source>
        <translation>Gefa&amp;ctureerd (€):</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="114"/>
        <source>Invoiced by the agency, in euros</source>
        <translation>Gefactureerd door het bureau, in euro</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="132"/>
        <source>e.g. 1.250,00</source>
        <translation>bijv. 1.250,00</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="182"/>
        <source>Type the agreed amount, or choose “No budget agreed”.</source>
        <translation>Vul het afgesproken bedrag in, of kies “Geen budget afgesproken”.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="185"/>
        <source>A budget in hours needs both the hours and the hourly rate.</source>
        <translation>Een budget in uren heeft zowel de uren als het uurtarief nodig.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/agreement_form.py" line="191"/>
        <source>“{text}” is not a date: write it like 1-3-2027.</source>
        <translation>“{text}” is geen datum: schrijf het als 1-3-2027.</translation>
    </message>
</context>
<context>
    <name>AnswerBar</name>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="43"/>
        <source>Accept</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="44"/>
        <source>Agree: the agency should change this</source>
        <translation>Eens: het bureau moet dit aanpassen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="46"/>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="89"/>
        <source>Dismiss</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="47"/>
        <source>This is fine here; pick or type why</source>
        <translation>Hier is het goed; kies of typ waarom</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="49"/>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="101"/>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="50"/>
        <source>A note for the agency about this point</source>
        <translation>Een opmerking voor het bureau bij dit punt</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="52"/>
        <source>Allow word</source>
        <translation>Woord toestaan</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="53"/>
        <source>Always allow this word for the brand (changes the profile)</source>
        <translation>Dit woord voortaan toestaan voor het merk (verandert het profiel)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="56"/>
        <source>Ban word</source>
        <translation>Woord verbieden</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="57"/>
        <source>Never allow this word (or the words selected in the draft) for the brand</source>
        <translation>Dit woord (of de woorden die je in het concept selecteert) nooit meer toestaan voor het merk</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="60"/>
        <source>Apply fix</source>
        <translation>Verbetering toepassen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="61"/>
        <source>Put the brand&apos;s version shown on the card in the draft sent back (a tracked change in Word)</source>
        <translation>De versie van het merk op de kaart in het teruggestuurde concept zetten (een bijgehouden wijziging in Word)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="83"/>
        <source>Why this is fine here</source>
        <translation>Waarom het hier goed is</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="100"/>
        <source>A note for the agency; Enter saves it</source>
        <translation>Een opmerking voor het bureau; Enter bewaart hem</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="103"/>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="111"/>
        <source>Fine in this context</source>
        <translation>Past in deze context</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="111"/>
        <source>A quote or a name</source>
        <translation>Een citaat of een naam</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="112"/>
        <source>Required by law or the client</source>
        <translation>Verplicht door de wet of de klant</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/answer_bar.py" line="112"/>
        <source>Agreed with the agency</source>
        <translation>Afgesproken met het bureau</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="111"/>
        <source>Edit assignment</source>
        <translation>Opdracht wijzigen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="112"/>
        <source>New assignment</source>
        <translation>Nieuwe opdracht</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="119"/>
        <source>The &amp;job</source>
        <translation>De &amp;opdracht</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="121"/>
        <source>Agr&amp;eement</source>
        <translation>&amp;Afspraken</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="124"/>
        <source>e.g. Newsletter May</source>
        <translation>bijv. Nieuwsbrief mei</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="125"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="131"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="133"/>
        <source>(no agency)</source>
        <translation>(geen bureau)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="140"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Bureau:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="142"/>
        <source>&amp;Due:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="147"/>
        <source>The brief as you sent it to the agency</source>
        <translation>De briefing zoals je die aan het bureau stuurde</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="148"/>
        <source>&amp;Brief:</source>
        <translation>B&amp;riefing:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="161"/>
        <source>The delivery date is before the first draft is due ({due}): change one of them.</source>
        <translation>De opleverdatum ligt vóór de deadline van het eerste concept ({due}): pas een van beide aan.</translation>
    </message>
</context>
<context>
    <name>AssignmentList</name>
    <message>
        <location filename="../../brandregie/ui/review/assignment_list.py" line="39"/>
        <location filename="../../brandregie/ui/review/assignment_list.py" line="44"/>
        <source>Assignments</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_list.py" line="41"/>
        <source>Assignment</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_list.py" line="41"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_list.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_list.py" line="42"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_list.py" line="51"/>
        <source>Show app&amp;roved</source>
        <translation>&amp;Goedgekeurde tonen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_list.py" line="55"/>
        <source>&amp;New assignment…</source>
        <translation>&amp;Nieuwe opdracht…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_list.py" line="56"/>
        <source>A&amp;gencies…</source>
        <translation>B&amp;ureaus…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_list.py" line="57"/>
        <source>The agencies you work with: name, contact, e-mail</source>
        <translation>De bureaus waarmee je werkt: naam, contactpersoon, e-mail</translation>
    </message>
</context>
<context>
    <name>AssignmentTab</name>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="62"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="63"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="82"/>
        <source>Check progress</source>
        <translation>Voortgang van de controle</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="83"/>
        <source>&amp;Cancel check</source>
        <translation>Controle &amp;afbreken</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="92"/>
        <source>Versions from the agency</source>
        <translation>Versies van het bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="95"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="95"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="95"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="96"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="96"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="98"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="101"/>
        <source>Re&amp;view</source>
        <translation>&amp;Beoordelen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="102"/>
        <source>Check a&amp;gain</source>
        <translation>&amp;Opnieuw controleren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="103"/>
        <source>Check against the brand profile as it is now</source>
        <translation>Controleren tegen het merkprofiel zoals het nu is</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="104"/>
        <source>Save file &amp;as…</source>
        <translation>Bestand opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="113"/>
        <source>What the agency asked of you</source>
        <translation>Wat het bureau van je vroeg</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="116"/>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="116"/>
        <source>By</source>
        <translation>Vóór</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="116"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="118"/>
        <source>Requests from the agency</source>
        <translation>Verzoeken van het bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="121"/>
        <source>&amp;Log a request…</source>
        <translation>Verzoek &amp;noteren…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="127"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="186"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="187"/>
        <source>Changes requested</source>
        <translation>Aanpassingen gevraagd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="189"/>
        <source>Version {n}: {what} ({when})</source>
        <translation>Versie {n}: {what} ({when})</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="194"/>
        <source>No decision yet.</source>
        <translation>Nog geen besluit.</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="97"/>
        <source>Assignment</source>
        <extracomment>(brand id) a review answer changed the profile (allow/ban a word): reload it</extracomment>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="101"/>
        <location filename="../../brandregie/ui/review/page.py" line="121"/>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="171"/>
        <source>The brand could not be saved.</source>
        <translation>Het merk kon niet worden bewaard.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="232"/>
        <source>Choose an assignment, or make a new one</source>
        <translation>Kies een opdracht, of maak een nieuwe</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="249"/>
        <source>due {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="252"/>
        <source>(no brief noted)</source>
        <translation>(geen briefing genoteerd)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="323"/>
        <source>Delete assignment</source>
        <translation>Opdracht verwijderen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="324"/>
        <source>Delete “{title}” with all its versions and reviews? This cannot be undone.</source>
        <translation>“{title}” verwijderen, met alle versies en beoordelingen? Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="362"/>
        <source>Save the draft as</source>
        <translation>Concept opslaan als</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="367"/>
        <source>The file could not be saved: {why}</source>
        <translation>Het bestand kon niet worden opgeslagen: {why}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="399"/>
        <source>Adding {name} ({place} of {count})…</source>
        <translation>{name} toevoegen ({place} van {count})…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="409"/>
        <location filename="../../brandregie/ui/review/page.py" line="421"/>
        <source>Checking the draft…</source>
        <translation>Het concept wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/page.py" line="438"/>
        <source>BrandRegie</source>
        <translation>BrandRegie</translation>
    </message>
</context>
<context>
    <name>AssignmentsPlace</name>
    <message>
        <location filename="../../brandregie/ui/review/place.py" line="97"/>
        <source>Opening assignments…</source>
        <translation>Opdrachten openen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/place.py" line="135"/>
        <source>Drafts still being added</source>
        <translation>Concepten worden nog toegevoegd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/place.py" line="136"/>
        <source>BrandRegie is still adding the drafts you dropped. Close anyway? Those not added yet are not kept: drop them again next time.</source>
        <translation>BrandRegie voegt de concepten die je hebt neergezet nog toe. Toch sluiten? Wat nog niet is toegevoegd, wordt niet bewaard: zet die bestanden de volgende keer opnieuw neer.</translation>
    </message>
</context>
<context>
    <name>CompareTree</name>
    <message>
        <location filename="../../brandregie/ui/review/compare_tree.py" line="19"/>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/compare_tree.py" line="19"/>
        <source>In the draft</source>
        <translation>In het concept</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/compare_tree.py" line="20"/>
        <source>Changes since the previous version</source>
        <translation>Veranderingen sinds de vorige versie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/compare_tree.py" line="27"/>
        <source>Fixed since version {n}</source>
        <translation>Opgelost sinds versie {n}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/compare_tree.py" line="29"/>
        <source>New in version {n}</source>
        <translation>Nieuw in versie {n}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/compare_tree.py" line="31"/>
        <source>Still there</source>
        <translation>Nog steeds aanwezig</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../brandregie/ui/review/compare_view.py" line="50"/>
        <source>Previous version</source>
        <extracomment>Longer texts are compared in their first this many words (a diff is quadratic at worst).</extracomment>
        <translation>Vorige versie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/compare_view.py" line="51"/>
        <source>This version</source>
        <translation>Deze versie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/compare_view.py" line="74"/>
        <source>Version {n} (before)</source>
        <translation>Versie {n} (ervoor)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/compare_view.py" line="75"/>
        <source>Version {n}: taken out in red, put in in green</source>
        <translation>Versie {n}: weggehaald in rood, toegevoegd in groen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="81"/>
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
    <name>DraftCentre</name>
    <message>
        <location filename="../../brandregie/ui/review/draft_centre.py" line="74"/>
        <source>No draft yet</source>
        <translation>Nog geen concept</translation>
    </message>
</context>
<context>
    <name>DraftIntake</name>
    <message>
        <location filename="../../brandregie/ui/review/intake.py" line="83"/>
        <source>Cancelled: {names} not added.</source>
        <translation>Geannuleerd: {names} niet toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/intake.py" line="104"/>
        <source>{name} could not be added because of an error in BrandRegie; the details are in the log file.</source>
        <translation>{name} kon niet worden toegevoegd door een fout in BrandRegie; de details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>DraftTextView</name>
    <message>
        <location filename="../../brandregie/ui/review/text_view.py" line="71"/>
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
    <name>FeedbackActions</name>
    <message>
        <location filename="../../brandregie/ui/review/feedback_actions.py" line="59"/>
        <source>Save the corrected copy</source>
        <extracomment>The mail service to send with (None: the store&apos;s, with the saved mail setup).</extracomment>
        <translation>De verbeterde kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/feedback_actions.py" line="94"/>
        <source>Approve the draft</source>
        <translation>Concept goedkeuren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/feedback_actions.py" line="95"/>
        <source>Approve version {n}? A note for the agency (optional):</source>
        <translation>Versie {n} goedkeuren? Een opmerking voor het bureau (mag leeg blijven):</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/feedback_actions.py" line="98"/>
        <source>Ask for changes</source>
        <translation>Om aanpassingen vragen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/feedback_actions.py" line="99"/>
        <source>What should the agency change in version {n}? This summary opens the feedback report.</source>
        <translation>Wat moet het bureau aanpassen in versie {n}? Deze samenvatting opent het feedbackrapport.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/feedback_actions.py" line="137"/>
        <source>Word file (*.docx)</source>
        <translation>Word-bestand (*.docx)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/feedback_actions.py" line="138"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/feedback_actions.py" line="140"/>
        <source>Save the feedback for the agency</source>
        <translation>Feedback voor het bureau bewaren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/feedback_actions.py" line="157"/>
        <source>Preparing suggestions… try again in a moment.</source>
        <translation>Suggesties voorbereiden… probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/feedback_actions.py" line="190"/>
        <source>Version {n} is approved.</source>
        <translation>Versie {n} is goedgekeurd.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/feedback_actions.py" line="191"/>
        <source>For version {n} we ask for changes.</source>
        <translation>Voor versie {n} vragen we om aanpassingen.</translation>
    </message>
</context>
<context>
    <name>FileSaver</name>
    <message>
        <location filename="../../brandregie/ui/review/saving.py" line="65"/>
        <source>Saving {name}…</source>
        <extracomment>The buttons held while a file is written, each with the state the view last gave it.</extracomment>
        <translation>{name} wordt bewaard…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/saving.py" line="73"/>
        <source>Saved {name}</source>
        <translation>{name} bewaard</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../brandregie/ui/review/cards.py" line="93"/>
        <source>Findings</source>
        <extracomment>Cards made at a time (more as the owner scrolls or steps down to them). Findings about the draft as a whole: their excerpt is only where they point, not a quote. A picture under the words (the voice chart of a voice.drift finding), if any.</extracomment>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/cards.py" line="149"/>
        <source>No findings: the draft fits the brand.</source>
        <extracomment>The answer bar, shown inside the current card (set by the view). The brand&apos;s version of a finding&apos;s words, where the fix is mechanical. The figures under a voice.drift finding (draft beside the owner&apos;s texts).</extracomment>
        <translation>Geen bevindingen: het concept past bij het merk.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/cards.py" line="174"/>
        <source>{n} more findings below; they appear as you go on.</source>
        <translation>Nog {n} bevindingen hieronder; ze verschijnen als je verder gaat.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/cards.py" line="207"/>
        <source>Must change</source>
        <translation>Moet anders</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/cards.py" line="207"/>
        <source>Should change</source>
        <translation>Beter anders</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/cards.py" line="208"/>
        <source>Worth a look</source>
        <translation>Bekijk het even</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/cards.py" line="212"/>
        <source>Accepted</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/cards.py" line="214"/>
        <source>Dismissed</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/cards.py" line="218"/>
        <source>(in version {n})</source>
        <translation>(in versie {n})</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/cards.py" line="220"/>
        <source>Fix applied</source>
        <translation>Verbetering toegepast</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/cards.py" line="222"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/cards.py" line="237"/>
        <source>Write instead:</source>
        <translation>Schrijf in plaats daarvan:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/cards.py" line="246"/>
        <source>Brand rule:</source>
        <translation>Merkregel:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/cards.py" line="250"/>
        <source>Your remark:</source>
        <translation>Je opmerking:</translation>
    </message>
</context>
<context>
    <name>FixBar</name>
    <message>
        <location filename="../../brandregie/ui/review/fix_bar.py" line="30"/>
        <location filename="../../brandregie/ui/review/fix_bar.py" line="86"/>
        <source>Apply all safe fixes</source>
        <translation>Alle veilige verbeteringen toepassen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/fix_bar.py" line="33"/>
        <source>Put the brand&apos;s version in wherever it is safe to do so unread; the other fixes you apply from their card (Shift+F)</source>
        <translation>De versie van het merk overal invullen waar dat ongelezen veilig kan; de andere verbeteringen pas je toe vanaf hun kaart (Shift+F)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/fix_bar.py" line="35"/>
        <source>Save corrected copy…</source>
        <translation>Verbeterde kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/fix_bar.py" line="38"/>
        <source>The agency&apos;s file with the fixes you applied (tracked changes in Word)</source>
        <translation>Het bestand van het bureau met de verbeteringen die je toepaste (bijgehouden wijzigingen in Word)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/fix_bar.py" line="43"/>
        <source>Preparing suggestions…</source>
        <translation>Suggesties voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/fix_bar.py" line="46"/>
        <source>The word tables the fixes need are loading; the fixes appear in a moment</source>
        <translation>De woordtabellen die de verbeteringen nodig hebben worden geladen; de verbeteringen verschijnen zo</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/fix_bar.py" line="85"/>
        <source>Apply all safe fixes ({n})</source>
        <translation>Alle veilige verbeteringen toepassen ({n})</translation>
    </message>
</context>
<context>
    <name>OwnTextBar</name>
    <message>
        <location filename="../../brandregie/ui/review/own_text_bar.py" line="16"/>
        <source>You approved this version: its words can teach the voice check how you sound.</source>
        <translation>Je hebt deze versie goedgekeurd: de stemcontrole kan ervan leren hoe jij klinkt.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/own_text_bar.py" line="20"/>
        <location filename="../../brandregie/ui/review/own_text_bar.py" line="33"/>
        <source>Add to “Sounds like us”</source>
        <translation>Toevoegen aan “Klinkt als wij”</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/own_text_bar.py" line="21"/>
        <source>The text of this version joins your own texts on the profile&apos;s “Sounds like us” page</source>
        <translation>De tekst van deze versie komt bij je eigen teksten op de pagina “Klinkt als wij” van het profiel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/own_text_bar.py" line="32"/>
        <source>In “Sounds like us”</source>
        <translation>In “Klinkt als wij”</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="205"/>
        <source>Request from the agency</source>
        <translation>Verzoek van het bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="207"/>
        <source>e.g. Photos of the new shop</source>
        <translation>bijv. Foto&apos;s van de nieuwe winkel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="208"/>
        <source>&amp;What they asked for:</source>
        <translation>&amp;Wat ze vroegen:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="210"/>
        <source>&amp;By:</source>
        <translation>&amp;Vóór:</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../brandregie/ui/review/assignment_cell.py" line="31"/>
        <source>due %1</source>
        <translation>deadline %1</translation>
    </message>
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
        <location filename="../../brandregie/ui/review/dialogs.py" line="45"/>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="46"/>
        <source>Vacancy text</source>
        <translation>Vacaturetekst</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="47"/>
        <source>Social post</source>
        <translation>Social post</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="48"/>
        <source>Web page</source>
        <translation>Webpagina</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="49"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="50"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="51"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="32"/>
        <source>Briefed</source>
        <translation>Gebriefd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="33"/>
        <source>Draft received</source>
        <translation>Concept ontvangen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="34"/>
        <source>In review</source>
        <translation>In beoordeling</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="35"/>
        <source>Changes requested</source>
        <translation>Aanpassingen gevraagd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="37"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="43"/>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="44"/>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="45"/>
        <source>Could not be read</source>
        <translation>Kon niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/assignment_tab.py" line="46"/>
        <source>Check cancelled</source>
        <translation>Controle afgebroken</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/place.py" line="121"/>
        <source>Overdue: {late} · due within {days} days: {soon} — see Assignments and reviews</source>
        <translation>Te laat: {late} · deadline binnen {days} dagen: {soon} — zie Opdrachten en beoordelingen</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../brandregie/ui/review/actions.py" line="215"/>
        <source>“{word}” is now allowed for the brand; checking again…</source>
        <translation>“{word}” is nu toegestaan voor het merk; opnieuw controleren…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/actions.py" line="217"/>
        <source>“{word}” is now banned for the brand; checking again…</source>
        <translation>“{word}” is nu verboden voor het merk; opnieuw controleren…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/actions.py" line="170"/>
        <source>{n} safe fixes applied; U takes them back</source>
        <extracomment>Answers as they were, a group per action (all safe fixes at once are one group). Saves a word change through the open brand&apos;s edit session (so it shows on the profile pages and can be undone); returns False when it cannot (another brand).</extracomment>
        <translation>{n} veilige verbeteringen toegepast; U draait ze terug</translation>
    </message>
</context>
<context>
    <name>ReviewHead</name>
    <message>
        <location filename="../../brandregie/ui/review/review_head.py" line="41"/>
        <source>The agency&apos;s own file with your comments in it (a Word file with comments, a PDF with notes), or the feedback report</source>
        <translation>Het eigen bestand van het bureau met jouw opmerkingen erin (een Word-bestand met opmerkingen, een pdf met notities), of het feedbackrapport</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_head.py" line="43"/>
        <source>Approve the draft or ask for changes first</source>
        <translation>Keur het concept eerst goed of vraag om aanpassingen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_head.py" line="61"/>
        <source>No draft yet</source>
        <translation>Nog geen concept</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_head.py" line="63"/>
        <source>Drop the agency&apos;s draft on the assignment to review it.</source>
        <translation>Sleep het concept van het bureau op de opdracht om het te beoordelen.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_head.py" line="67"/>
        <source>Version {n}: {name}</source>
        <translation>Versie {n}: {name}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_head.py" line="74"/>
        <source>This draft could not be checked.</source>
        <translation>Dit concept kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_head.py" line="79"/>
        <source>The check was cancelled. Check it again from the assignment.</source>
        <translation>De controle is afgebroken. Controleer het opnieuw vanuit de opdracht.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_head.py" line="82"/>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_head.py" line="87"/>
        <source>{now} after your answers; {then} as delivered</source>
        <translation>{now} na jouw antwoorden; {then} zoals aangeleverd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_head.py" line="90"/>
        <source>{score} out of 100 as delivered</source>
        <translation>{score} van de 100 zoals aangeleverd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_head.py" line="95"/>
        <source>{n} open</source>
        <translation>{n} open</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_head.py" line="96"/>
        <source>{n} must change</source>
        <translation>{n} moet anders</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_head.py" line="97"/>
        <source>{n} should change</source>
        <translation>{n} kan beter</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_head.py" line="98"/>
        <source>checked against profile revision {n}</source>
        <translation>gecontroleerd tegen versie {n} van het profiel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_head.py" line="101"/>
        <source>Left out: {notes}</source>
        <translation>Niet meegenomen: {notes}</translation>
    </message>
</context>
<context>
    <name>ReviewHeader</name>
    <message>
        <location filename="../../brandregie/ui/review/header.py" line="101"/>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/header.py" line="103"/>
        <source>This version beside the previous one (V)</source>
        <translation>Deze versie naast de vorige (V)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/header.py" line="104"/>
        <source>Save feedback…</source>
        <translation>Feedback bewaren…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/header.py" line="105"/>
        <source>Send to agency…</source>
        <translation>Naar het bureau sturen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/header.py" line="106"/>
        <source>The feedback, your decision and its summary to the agency in one e-mail</source>
        <translation>De feedback, je besluit en de samenvatting in één e-mail naar het bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/header.py" line="108"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Goedkeuren…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/header.py" line="109"/>
        <source>Ask for &amp;changes…</source>
        <translation>Om &amp;aanpassingen vragen…</translation>
    </message>
</context>
<context>
    <name>ReviewTabs</name>
    <message>
        <location filename="../../brandregie/ui/review/review_tabs.py" line="33"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_tabs.py" line="35"/>
        <source>Colours and fonts</source>
        <translation>Kleuren en lettertypen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/review_tabs.py" line="37"/>
        <source>Since previous version</source>
        <translation>Sinds vorige versie</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../brandregie/ui/review/review_view.py" line="244"/>
        <source>Added to “Sounds like us”: the voice check now learns from it too.</source>
        <extracomment>(brand id) the owner allowed or banned a word: the profile has a new revision (version id) check this version again (after a profile change) (assignment id) approved or changes requested The fix for each finding of the version on screen that has a mechanical one. The lemma tables the fixes look words up in, loaded off the GUI thread.</extracomment>
        <translation>Toegevoegd aan “Klinkt als wij”: de stemcontrole leert er nu ook van.</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../brandregie/ui/review/dialogs.py" line="232"/>
        <source>Ctrl+Enter: OK</source>
        <translation>Ctrl+Enter: OK</translation>
    </message>
</context>
<context>
    <name>VisualPanel</name>
    <message>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="57"/>
        <source>Colour in the draft</source>
        <translation>Kleur in het concept</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="59"/>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="64"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="58"/>
        <source>Nearest brand colour</source>
        <translation>Dichtstbijzijnde merkkleur</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="58"/>
        <source>Distance (ΔE)</source>
        <translation>Afstand (ΔE)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="57"/>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="63"/>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="60"/>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="63"/>
        <source>Font in the draft</source>
        <translation>Lettertype in het concept</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="64"/>
        <source>Brand font</source>
        <translation>Merklettertype</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="65"/>
        <source>Fonts</source>
        <translation>Lettertypen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="88"/>
        <source>no brand colours</source>
        <translation>geen merkkleuren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="79"/>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="99"/>
        <source>fits</source>
        <translation>past</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="79"/>
        <source>off-brand</source>
        <translation>past niet bij het merk</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="95"/>
        <source>Brand fonts: {fonts}</source>
        <translation>Merklettertypen: {fonts}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="96"/>
        <source>none set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/visual_panel.py" line="100"/>
        <source>not a brand font</source>
        <translation>geen merklettertype</translation>
    </message>
</context>
<context>
    <name>VoiceChart</name>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="33"/>
        <source>Voice: this draft beside your own texts</source>
        <translation>Stem: dit concept naast je eigen teksten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="52"/>
        <source>Words per sentence</source>
        <translation>Woorden per zin</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="53"/>
        <source>Sentence length varies</source>
        <translation>Wisselende zinslengte</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="54"/>
        <source>Letters per word</source>
        <translation>Letters per woord</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="55"/>
        <source>“I” and “my”</source>
        <translation>“Ik” en “mijn”</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="56"/>
        <source>“We” and “our”</source>
        <translation>“Wij” en “onze”</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="57"/>
        <source>“You”</source>
        <translation>“Je” en “u”</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="58"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="59"/>
        <source>Commands</source>
        <translation>Gebiedende zinnen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="60"/>
        <source>Exclamations</source>
        <translation>Uitroepen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="61"/>
        <source>Superlatives</source>
        <translation>Overtreffende trappen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="62"/>
        <source>Passive voice</source>
        <translation>Lijdende vorm</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="63"/>
        <source>Nouns made of verbs</source>
        <translation>Zelfstandig gemaakte werkwoorden</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="64"/>
        <source>Adjectives</source>
        <translation>Bijvoeglijke naamwoorden</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="65"/>
        <source>English words</source>
        <translation>Engelse woorden</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="66"/>
        <source>Numbers</source>
        <translation>Getallen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="67"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="68"/>
        <source>Words per paragraph</source>
        <translation>Woorden per alinea</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="69"/>
        <source>Commas</source>
        <translation>Komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="70"/>
        <source>Brackets</source>
        <translation>Haakjes</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="71"/>
        <source>Colons</source>
        <translation>Dubbele punten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="72"/>
        <source>Dashes</source>
        <translation>Gedachtestreepjes</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="73"/>
        <source>Small spoken words</source>
        <translation>Kleine spreekwoordjes</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="74"/>
        <source>Spoken shortenings</source>
        <translation>Spreektaalafkortingen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="75"/>
        <source>Sentences opening with And, But</source>
        <translation>Zinnen die met En, Maar beginnen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="76"/>
        <source>Very long words</source>
        <translation>Heel lange woorden</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="81"/>
        <source>{n} per 100 words</source>
        <translation>{n} per 100 woorden</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="91"/>
        <source>{whole}.{tenth}</source>
        <translation>{whole},{tenth}</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="109"/>
        <source>This draft</source>
        <translation>Dit concept</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/review/voice_chart.py" line="110"/>
        <source>Your own texts</source>
        <translation>Je eigen teksten</translation>
    </message>
</context>
<context>
    <name>_Pages</name>
    <message>
        <location filename="../../brandregie/ui/review/pdf_view.py" line="63"/>
        <source>Pages of the draft</source>
        <extracomment>How strongly a finding&apos;s box colours the words under it (0-255); flashing: FLASH_ALPHA.</extracomment>
        <translation>Pagina&apos;s van het concept</translation>
    </message>
</context>
</TS>
