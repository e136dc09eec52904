<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BriefForm</name>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="104"/>
        <source>The job</source>
        <translation>De opdracht</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="106"/>
        <source>Assignment</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="107"/>
        <source>A brief is usually for an assignment: picking one fills in its type, title, deadline and agency.</source>
        <translation>Een briefing hoort meestal bij een opdracht: kies er een en het soort, de titel, de deadline en het bureau worden ingevuld.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="109"/>
        <source>&amp;Assignment:</source>
        <translation>&amp;Opdracht:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="110"/>
        <source>Type of deliverable</source>
        <translation>Soort opdracht</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="113"/>
        <source>&amp;Type:</source>
        <translation>Soo&amp;rt:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="115"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="116"/>
        <source>e.g. Vacancy for an apprentice baker</source>
        <translation>bijv. Vacature leerling-bakker</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="117"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="118"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="119"/>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="120"/>
        <source>Key message</source>
        <translation>Kernboodschap</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="121"/>
        <source>&amp;Key message:</source>
        <translation>&amp;Kernboodschap:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="122"/>
        <source>&amp;Deadline</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="122"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="124"/>
        <source>&amp;First draft</source>
        <translation>&amp;Eerste versie</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="124"/>
        <source>First draft due</source>
        <translation>Eerste versie klaar op</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="127"/>
        <source>Agency</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="128"/>
        <source>A&amp;gency:</source>
        <translation>&amp;Bureau:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="133"/>
        <source>More about this job (optional)</source>
        <translation>Meer over deze opdracht (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="135"/>
        <source>Leave a field empty and the brief leaves its part out.</source>
        <translation>Laat een veld leeg en dat deel blijft uit de briefing.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="140"/>
        <source>&amp;Background:</source>
        <translation>&amp;Achtergrond:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="140"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="141"/>
        <source>&amp;Why now:</source>
        <translation>&amp;Waarom nu:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="141"/>
        <source>Why now</source>
        <translation>Waarom nu</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="142"/>
        <source>Ob&amp;jective:</source>
        <translation>Doe&amp;l:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="142"/>
        <source>Objective</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="143"/>
        <source>Success meas&amp;ure:</source>
        <translation>S&amp;uccesmaat:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="144"/>
        <source>How success is measured</source>
        <translation>Hoe we succes meten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="145"/>
        <source>&amp;Call to action:</source>
        <translation>&amp;Call-to-action:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="146"/>
        <source>Call to action</source>
        <translation>Call-to-action</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="147"/>
        <source>D&amp;eliverables:</source>
        <translation>Wat er &amp;geleverd wordt:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="148"/>
        <source>Deliverables, one per line</source>
        <translation>Wat er geleverd wordt, één per regel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="149"/>
        <location filename="../../brandregie/ui/export/form.py" line="155"/>
        <source>One per line</source>
        <translation>Eén per regel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="150"/>
        <source>C&amp;hannels:</source>
        <translation>Ka&amp;nalen:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="151"/>
        <source>Channels, separated by commas</source>
        <translation>Kanalen, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="152"/>
        <source>e.g. Instagram, website, shop window</source>
        <translation>bijv. Instagram, website, etalage</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="153"/>
        <source>Also re&amp;quired:</source>
        <translation>Ook verplicht:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="154"/>
        <source>Also required, one per line</source>
        <translation>Ook verplicht, één per regel</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="156"/>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="156"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="159"/>
        <source>not said</source>
        <translation>niet genoemd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="160"/>
        <source>Revision rounds</source>
        <translation>Correctierondes</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="161"/>
        <source>&amp;Revision rounds:</source>
        <translation>Correctierondes:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="162"/>
        <source>Signs off:</source>
        <translation>Keurt goed:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="162"/>
        <source>Who signs off</source>
        <translation>Wie goedkeurt</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="163"/>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="163"/>
        <source>Contact for the agency</source>
        <translation>Contactpersoon voor het bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="219"/>
        <source>Customer: %1</source>
        <translation>Klant: %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="221"/>
        <source>Candidate: %1</source>
        <translation>Kandidaat: %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="232"/>
        <source>(the profile has no key messages yet)</source>
        <translation>(het profiel heeft nog geen kernboodschappen)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="247"/>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="248"/>
        <source>Automatic (the profile has no personas yet)</source>
        <translation>Automatisch (het profiel heeft nog geen persona&apos;s)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/form.py" line="257"/>
        <source>None: a brief on its own</source>
        <translation>Geen: een losse briefing</translation>
    </message>
</context>
<context>
    <name>Briefs</name>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="87"/>
        <source>Brief for the agency</source>
        <translation>Briefing voor het bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="88"/>
        <source>Brand guide (the whole profile)</source>
        <translation>Merkgids (het hele profiel)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="90"/>
        <source>Advocacy kit for employees</source>
        <translation>Ambassadeurskit voor medewerkers</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="91"/>
        <source>Employer-branding plan (HR and marketing)</source>
        <translation>Werkgeversmerkplan (HR en marketing)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/worker.py" line="64"/>
        <source>Something unexpected went wrong (%1). The details are in the log file.</source>
        <translation>Er ging iets onverwachts mis (%1). De details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>BriefsPage</name>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="133"/>
        <source>Briefs</source>
        <translation>Briefings</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="139"/>
        <source>Pick the deliverable, the persona and the key message; BrandRegie fills in the rest from the profile and makes a PDF in the brand&apos;s own colours and fonts, to save or to send.</source>
        <translation>Kies wat er gemaakt wordt, de persona en de kernboodschap; BrandRegie vult de rest in uit het profiel en maakt een pdf in de eigen kleuren en lettertypen van het merk, om op te slaan of te versturen.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="159"/>
        <source>What to make, and the brief&apos;s details</source>
        <translation>Wat je maakt, en de details van de briefing</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="165"/>
        <source>What to make</source>
        <translation>Wat je maakt</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="168"/>
        <source>Document to make</source>
        <translation>Document dat je maakt</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="174"/>
        <source>&amp;Make:</source>
        <translation>&amp;Maak:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="178"/>
        <source>Language of the document</source>
        <translation>Taal van het document</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="181"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="193"/>
        <source>For the agency&apos;s tools</source>
        <translation>Voor de programma&apos;s van het bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="195"/>
        <source>Design t&amp;okens (JSON and CSS)…</source>
        <translation>Design-tokens (&amp;JSON en CSS)…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="196"/>
        <source>The brand&apos;s colours and fonts as W3C design tokens and CSS custom properties, for web builders and design tools</source>
        <translation>De kleuren en lettertypen van het merk als W3C-designtokens en CSS-variabelen, voor websitebouwers en ontwerpprogramma&apos;s</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="200"/>
        <source>Vale st&amp;yle package…</source>
        <translation>Vale-stijlpakket…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="201"/>
        <source>The words to use and avoid as a Vale style, so the agency can check its copy before sending it</source>
        <translation>De woorden die we wel en niet gebruiken als Vale-stijl, zodat het bureau zijn teksten kan controleren voordat het ze stuurt</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="220"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="221"/>
        <source>&amp;Save PDF…</source>
        <translation>Pdf op&amp;slaan…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="222"/>
        <source>Se&amp;nd to agency…</source>
        <translation>Naar &amp;het bureau sturen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="229"/>
        <source>Progress of the PDF</source>
        <translation>Voortgang van de pdf</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="231"/>
        <location filename="../../brandregie/ui/export/page.py" line="276"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="232"/>
        <source>Cancel the preview</source>
        <translation>Voorbeeld annuleren</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="243"/>
        <source>Preview status</source>
        <translation>Status van het voorbeeld</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="247"/>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="270"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="272"/>
        <source>Save PDF…</source>
        <translation>Pdf opslaan…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="274"/>
        <source>Send to agency…</source>
        <translation>Naar het bureau sturen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="350"/>
        <source>Open a brand first.</source>
        <translation>Open eerst een merk.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="373"/>
        <source>The whole profile as one document the agency can keep beside its work: who you are, tone of voice, words, positioning, customers, the visual identity and the employer brand.</source>
        <translation>Het hele profiel als één document dat het bureau naast zijn werk kan houden: wie je bent, tone of voice, woorden, positionering, klanten, de huisstijl en het werkgeversmerk.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="377"/>
        <source>For everyone who works here and posts about it: what to share, what not, the hashtags and example posts.</source>
        <translation>Voor iedereen die hier werkt en erover post: wat je deelt en wat niet, de hashtags en voorbeeldberichten.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="380"/>
        <source>For HR and marketing together: the hiring goal, why people like to work here, candidate personas, competing employers and the candidate journey.</source>
        <translation>Voor HR en marketing samen: het wervingsdoel, waarom mensen hier graag werken, kandidaat-persona&apos;s, concurrerende werkgevers en de candidate journey.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="404"/>
        <source>Open a brand to make briefs and guides.</source>
        <translation>Open een merk om briefings en merkgidsen te maken.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="408"/>
        <source>Press Preview (F5) to see the PDF here.</source>
        <translation>Druk op Voorbeeld (F5) om de pdf hier te zien.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="411"/>
        <source>Changed since this preview: press Preview (F5) to see the new version.</source>
        <translation>Gewijzigd sinds dit voorbeeld: druk op Voorbeeld (F5) voor de nieuwe versie.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="451"/>
        <source>Making the PDF…</source>
        <translation>De pdf wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="462"/>
        <source>profile revision %1</source>
        <translation>profielversie %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="463"/>
        <source>unsaved profile</source>
        <translation>profiel niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="464"/>
        <source>1 page</source>
        <translation>1 pagina</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="464"/>
        <source>%1 pages</source>
        <translation>%1 pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="468"/>
        <source>Made, with a warning: %1</source>
        <translation>Gemaakt, met een waarschuwing: %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="480"/>
        <source>No PDF: %1</source>
        <translation>Geen pdf: %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="486"/>
        <source>Preview cancelled.</source>
        <translation>Voorbeeld geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="516"/>
        <source>Save the PDF</source>
        <translation>De pdf opslaan</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="518"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="529"/>
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="533"/>
        <source>Folder for the design tokens</source>
        <translation>Map voor de designtokens</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="540"/>
        <source>Replace files?</source>
        <translation>Bestanden vervangen?</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="541"/>
        <source>%1 already has %2. Replace?</source>
        <translation>In %1 staat al %2. Vervangen?</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="548"/>
        <source>Design tokens saved in %1: %2</source>
        <translation>Designtokens opgeslagen in %1: %2</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="553"/>
        <source>Folder for the Vale style</source>
        <translation>Map voor de Vale-stijl</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="561"/>
        <source>Vale style saved in %1. The agency checks its copy with: vale &lt;files&gt;</source>
        <translation>Vale-stijl opgeslagen in %1. Het bureau controleert zijn teksten met: vale &lt;bestanden&gt;</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="603"/>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="604"/>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="605"/>
        <source>Attached is our %1, for your reference.</source>
        <translation>In de bijlage vind je onze %1, om bij de hand te houden.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="606"/>
        <source>Kind regards,</source>
        <translation>Met vriendelijke groet,</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="630"/>
        <source>Mail server password</source>
        <translation>Wachtwoord van de mailserver</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="631"/>
        <source>The password of %1 on %2 is needed to send.</source>
        <translation>Om te versturen is het wachtwoord van %1 op %2 nodig.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="647"/>
        <source>Sending to %1…</source>
        <translation>Versturen naar %1…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="658"/>
        <source>Sent %1 to %2. It is kept in the sent-mail log.</source>
        <translation>%1 is verstuurd naar %2. Het staat in het logboek van verstuurde mail.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="661"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="665"/>
        <source>Not sent: %1

The message is kept in the sent-mail log; send it again once the cause is fixed.</source>
        <translation>Niet verstuurd: %1

Het bericht staat in het logboek van verstuurde mail; stuur het opnieuw als de oorzaak is verholpen.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="667"/>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="668"/>
        <source>Not sent</source>
        <translation>Niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="671"/>
        <source>E-mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="672"/>
        <source>To send from BrandRegie, set up your e-mail server first (%1).</source>
        <translation>Stel eerst je mailserver in om vanuit BrandRegie te versturen (%1).</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="674"/>
        <source>Set &amp;up…</source>
        <translation>&amp;Instellen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/page.py" line="702"/>
        <source>BrandRegie</source>
        <translation>BrandRegie</translation>
    </message>
</context>
<context>
    <name>BriefsPlace</name>
    <message>
        <location filename="../../brandregie/ui/export/place.py" line="32"/>
        <source>Opening Briefs…</source>
        <translation>Briefings worden geopend…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../brandregie/ui/export/preview.py" line="32"/>
        <source>Preview of the PDF</source>
        <translation>Voorbeeld van de pdf</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="45"/>
        <source>Send to the agency</source>
        <translation>Naar het bureau sturen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="53"/>
        <source>Agency</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="54"/>
        <source>Type an address below</source>
        <translation>Typ hieronder een adres</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="61"/>
        <source>A&amp;gency:</source>
        <translation>&amp;Bureau:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="63"/>
        <source>Recipient&apos;s e-mail address</source>
        <translation>E-mailadres van de ontvanger</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="65"/>
        <source>&amp;To:</source>
        <translation>&amp;Aan:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="67"/>
        <source>Recipient&apos;s name</source>
        <translation>Naam van de ontvanger</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="68"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="70"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="71"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="75"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="76"/>
        <source>&amp;Message:</source>
        <translation>B&amp;ericht:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="77"/>
        <source>Attached: %1 (%2 KB)</source>
        <translation>Bijlage: %1 (%2 kB)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="79"/>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="90"/>
        <source>&amp;Send</source>
        <translation>&amp;Versturen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/export/send.py" line="118"/>
        <source>Give the message a subject.</source>
        <translation>Geef het bericht een onderwerp.</translation>
    </message>
</context>
</TS>
