<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BriefForm</name>
    <message>
        <source>The job</source>
        <extracomment>The brief&apos;s language (the page&apos;s choice): amounts are written its way.</extracomment>
        <translation>De opdracht</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>A brief is usually for an assignment: picking one fills in its type, title, deadline and agency.</source>
        <translation>Een briefing hoort meestal bij een opdracht: kies er een en het soort, de titel, de deadline en het bureau worden ingevuld.</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Opdracht:</translation>
    </message>
    <message>
        <source>Type of deliverable</source>
        <translation>Soort opdracht</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Soo&amp;rt:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Vacancy for an apprentice baker</source>
        <translation>bijv. Vacature leerling-bakker</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Kernboodschap</translation>
    </message>
    <message>
        <source>&amp;Key message:</source>
        <translation>&amp;Kernboodschap:</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>&amp;First draft</source>
        <translation>&amp;Eerste versie</translation>
    </message>
    <message>
        <source>First draft due</source>
        <translation>Eerste versie klaar op</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>&amp;Bureau:</translation>
    </message>
    <message>
        <source>More about this job (optional)</source>
        <translation>Meer over deze opdracht (niet verplicht)</translation>
    </message>
    <message>
        <source>Leave a field empty and the brief leaves its part out.</source>
        <translation>Laat een veld leeg en dat deel blijft uit de briefing.</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Achtergrond:</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <source>&amp;Why now:</source>
        <translation>&amp;Waarom nu:</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>Waarom nu</translation>
    </message>
    <message>
        <source>Ob&amp;jective:</source>
        <translation>Doe&amp;l:</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Success meas&amp;ure:</source>
        <translation>S&amp;uccesmaat:</translation>
    </message>
    <message>
        <source>How success is measured</source>
        <translation>Hoe we succes meten</translation>
    </message>
    <message>
        <source>&amp;Call to action:</source>
        <translation>&amp;Call-to-action:</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Call-to-action</translation>
    </message>
    <message>
        <source>D&amp;eliverables:</source>
        <translation>Wat er &amp;geleverd wordt:</translation>
    </message>
    <message>
        <source>Deliverables, one per line</source>
        <translation>Wat er geleverd wordt, één per regel</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Eén per regel</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>Ka&amp;nalen:</translation>
    </message>
    <message>
        <source>Channels, separated by commas</source>
        <translation>Kanalen, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>e.g. Instagram, website, shop window</source>
        <translation>bijv. Instagram, website, etalage</translation>
    </message>
    <message>
        <source>Also re&amp;quired:</source>
        <translation>Ook verplicht:</translation>
    </message>
    <message>
        <source>Also required, one per line</source>
        <translation>Ook verplicht, één per regel</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Share the budget with the agency</source>
        <translation>Deel het budget met het bureau</translation>
    </message>
    <message>
        <source>Untick to keep the amounts out of this brief.</source>
        <translation>Vink uit om de bedragen buiten deze briefing te houden.</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>niet genoemd</translation>
    </message>
    <message>
        <source>Revision rounds</source>
        <translation>Correctierondes</translation>
    </message>
    <message>
        <source>&amp;Revision rounds:</source>
        <translation>Correctierondes:</translation>
    </message>
    <message>
        <source>Signs off:</source>
        <translation>Keurt goed:</translation>
    </message>
    <message>
        <source>Who signs off</source>
        <translation>Wie goedkeurt</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Contact for the agency</source>
        <translation>Contactpersoon voor het bureau</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Klant: %1</translation>
    </message>
    <message>
        <source>Candidate: %1</source>
        <translation>Kandidaat: %1</translation>
    </message>
    <message>
        <source>(the profile has no key messages yet)</source>
        <translation>(het profiel heeft nog geen kernboodschappen)</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <source>Automatic (the profile has no personas yet)</source>
        <translation>Automatisch (het profiel heeft nog geen persona&apos;s)</translation>
    </message>
    <message>
        <source>None: a brief on its own</source>
        <translation>Geen: een losse briefing</translation>
    </message>
</context>
<context>
    <name>Briefs</name>
    <message>
        <source>Brief for the agency</source>
        <translation>Briefing voor het bureau</translation>
    </message>
    <message>
        <source>Brand guide (the whole profile)</source>
        <translation>Merkgids (het hele profiel)</translation>
    </message>
    <message>
        <source>Advocacy kit for employees</source>
        <translation>Ambassadeurskit voor medewerkers</translation>
    </message>
    <message>
        <source>Employer-branding plan (HR and marketing)</source>
        <translation>Werkgeversmerkplan (HR en marketing)</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>De pdf opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>Folder for the design tokens</source>
        <translation>Map voor de designtokens</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Bestanden vervangen?</translation>
    </message>
    <message>
        <source>%1 already has %2. Replace?</source>
        <translation>In %1 staat al %2. Vervangen?</translation>
    </message>
    <message>
        <source>Design tokens saved in %1: %2</source>
        <translation>Designtokens opgeslagen in %1: %2</translation>
    </message>
    <message>
        <source>Folder for the Vale style</source>
        <translation>Map voor de Vale-stijl</translation>
    </message>
    <message>
        <source>Vale style saved in %1. The agency checks its copy with: vale &lt;files&gt;</source>
        <translation>Vale-stijl opgeslagen in %1. Het bureau controleert zijn teksten met: vale &lt;bestanden&gt;</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>Attached is our %1, for your reference.</source>
        <translation>In de bijlage vind je onze %1, om bij de hand te houden.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Met vriendelijke groet,</translation>
    </message>
    <message>
        <source>Set &amp;up…</source>
        <translation>&amp;Instellen…</translation>
    </message>
</context>
<context>
    <name>BriefsPage</name>
    <message>
        <source>Open a brand first.</source>
        <translation>Open eerst een merk.</translation>
    </message>
    <message>
        <source>The whole profile as one document the agency can keep beside its work: who you are, tone of voice, words, positioning, customers, the visual identity and the employer brand.</source>
        <translation>Het hele profiel als één document dat het bureau naast zijn werk kan houden: wie je bent, tone of voice, woorden, positionering, klanten, de huisstijl en het werkgeversmerk.</translation>
    </message>
    <message>
        <source>For everyone who works here and posts about it: what to share, what not, the hashtags and example posts.</source>
        <translation>Voor iedereen die hier werkt en erover post: wat je deelt en wat niet, de hashtags en voorbeeldberichten.</translation>
    </message>
    <message>
        <source>For HR and marketing together: the hiring goal, why people like to work here, candidate personas, competing employers and the candidate journey.</source>
        <translation>Voor HR en marketing samen: het wervingsdoel, waarom mensen hier graag werken, kandidaat-persona&apos;s, concurrerende werkgevers en de candidate journey.</translation>
    </message>
    <message>
        <source>Open a brand to make briefs and guides.</source>
        <translation>Open een merk om briefings en merkgidsen te maken.</translation>
    </message>
    <message>
        <source>Press Preview (F5) to see the PDF here.</source>
        <translation>Druk op Voorbeeld (F5) om de pdf hier te zien.</translation>
    </message>
    <message>
        <source>Changed since this preview: press Preview (F5) to see the new version.</source>
        <translation>Gewijzigd sinds dit voorbeeld: druk op Voorbeeld (F5) voor de nieuwe versie.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>De pdf wordt gemaakt…</translation>
    </message>
    <message>
        <source>profile revision %1</source>
        <translation>profielversie %1</translation>
    </message>
    <message>
        <source>unsaved profile</source>
        <translation>profiel niet opgeslagen</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 pagina</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pagina&apos;s</translation>
    </message>
    <message>
        <source>Made, with a warning: %1</source>
        <translation>Gemaakt, met een waarschuwing: %1</translation>
    </message>
    <message>
        <source>No PDF: %1</source>
        <translation>Geen pdf: %1</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Voorbeeld geannuleerd.</translation>
    </message>
    <message>
        <source>Sent %1 to %2. It is listed under Sent mail….</source>
        <translation>%1 is verstuurd naar %2. Het staat onder Verstuurde mail….</translation>
    </message>
    <message>
        <source>E-mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>To send from BrandRegie, set up your e-mail server first (%1).</source>
        <translation>Stel eerst je mailserver in om vanuit BrandRegie te versturen (%1).</translation>
    </message>
    <message>
        <source>BrandRegie</source>
        <translation>BrandRegie</translation>
    </message>
</context>
<context>
    <name>BriefsPlace</name>
    <message>
        <source>Opening Briefs…</source>
        <translation>Briefings worden geopend…</translation>
    </message>
</context>
<context>
    <name>BriefsView</name>
    <message>
        <source>Briefs</source>
        <translation>Briefings</translation>
    </message>
    <message>
        <source>Pick the deliverable, the persona and the key message; BrandRegie fills in the rest from the profile and makes a PDF in the brand&apos;s own colours and fonts, to save or to send.</source>
        <translation>Kies wat er gemaakt wordt, de persona en de kernboodschap; BrandRegie vult de rest in uit het profiel en maakt een pdf in de eigen kleuren en lettertypen van het merk, om op te slaan of te versturen.</translation>
    </message>
    <message>
        <source>What to make, and the brief&apos;s details</source>
        <translation>Wat je maakt, en de details van de briefing</translation>
    </message>
    <message>
        <source>What to make</source>
        <translation>Wat je maakt</translation>
    </message>
    <message>
        <source>Document to make</source>
        <translation>Document dat je maakt</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>&amp;Maak:</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Taal van het document</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>For the agency&apos;s tools</source>
        <translation>Voor de programma&apos;s van het bureau</translation>
    </message>
    <message>
        <source>C&amp;olours and fonts for web builders…</source>
        <translation>Kleuren en letters voor websitebouwers (&amp;JSON, CSS)…</translation>
    </message>
    <message>
        <source>The brand&apos;s colours and fonts as files web builders and design tools read (design tokens: JSON and CSS)</source>
        <translation>De kleuren en lettertypes van het merk als bestanden die websitebouwers en ontwerpprogramma’s lezen (design tokens: JSON en CSS)</translation>
    </message>
    <message>
        <source>Words for the agenc&amp;y&apos;s text checker…</source>
        <translation>Woorden voor de tekstcontrole van het bureau…</translation>
    </message>
    <message>
        <source>The words to use and avoid, so the agency can check its copy before sending it (a Vale style package)</source>
        <translation>De woorden die je wel en niet gebruikt, zodat het bureau zijn teksten kan controleren voor het ze stuurt (een Vale-stijlpakket)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Pdf op&amp;slaan…</translation>
    </message>
    <message>
        <source>Se&amp;nd to agency…</source>
        <translation>Naar &amp;het bureau sturen…</translation>
    </message>
    <message>
        <source>Sent mail…</source>
        <translation>Verstuurde mail…</translation>
    </message>
    <message>
        <source>What went to which agency, and what did not go out (to send again)</source>
        <translation>Wat naar welk bureau ging, en wat niet verstuurd is (om opnieuw te sturen)</translation>
    </message>
    <message>
        <source>Progress of the PDF</source>
        <translation>Voortgang van de pdf</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <translation>Voorbeeld annuleren</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Status van het voorbeeld</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Pdf opslaan…</translation>
    </message>
    <message>
        <source>Send to agency…</source>
        <translation>Naar het bureau sturen…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview of the PDF</source>
        <translation>Voorbeeld van de pdf</translation>
    </message>
</context>
<context>
    <name>SentMailDialog</name>
    <message>
        <source>Sent mail</source>
        <translation>Verstuurde mail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why it was not sent</source>
        <translation>Waarom het niet verstuurd is</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Opnieuw &amp;versturen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Niet verstuurd</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Versturen naar %1…</translation>
    </message>
</context>
</TS>
