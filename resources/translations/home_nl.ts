<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AgencyLinesChart</name>
    <message>
        <location filename="../../brandregie/ui/home/agency_lines.py" line="51"/>
        <source>The {shown} agencies that delivered last; all {total} are on the Agency scorecard.</source>
        <translation>De {shown} bureaus die het laatst leverden; alle {total} staan bij Bureaus in cijfers.</translation>
    </message>
</context>
<context>
    <name>FitChart</name>
    <message>
        <source>Brand fit over time</source>
        <extracomment>Calm, well-separated line colours (one per agency, in order).</extracomment>
        <translation>Merkfit door de tijd</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Geen bureau</translation>
    </message>
    <message>
        <source>When an agency delivers and the draft is checked, its score appears here.</source>
        <translation>Zodra een bureau iets oplevert en het concept is gecontroleerd, staat de score hier.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Lettertypes</translation>
    </message>
    <message>
        <source>Tone of voice</source>
        <translation>Tone of voice</translation>
    </message>
    <message>
        <source>Brand fit over time</source>
        <translation>Merkfit door de tijd</translation>
    </message>
    <message>
        <source>Sounds like you, over time</source>
        <translation>Klinkt als jij, door de tijd</translation>
    </message>
    <message>
        <source>Open assignments</source>
        <translation>Lopende opdrachten</translation>
    </message>
    <message>
        <source>Logos</source>
        <translation>Logo’s</translation>
    </message>
    <message>
        <source>YOUR BRAND AT A GLANCE</source>
        <translation>JE MERK IN ÉÉN OOGOPSLAG</translation>
    </message>
    <message>
        <source>Why we exist: %1</source>
        <translation>Waarom we bestaan: %1</translation>
    </message>
    <message>
        <source>Values: %1</source>
        <translation>Kernwaarden: %1</translation>
    </message>
    <message>
        <source>No colours yet: add them under Visual identity.</source>
        <translation>Nog geen kleuren: voeg ze toe onder Huisstijl.</translation>
    </message>
    <message>
        <source>main colour</source>
        <translation>hoofdkleur</translation>
    </message>
    <message>
        <source>second colour</source>
        <translation>tweede kleur</translation>
    </message>
    <message>
        <source>accent</source>
        <translation>accentkleur</translation>
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
        <source>headings</source>
        <translation>koppen</translation>
    </message>
    <message>
        <source>body text</source>
        <translation>lopende tekst</translation>
    </message>
    <message>
        <source>No fonts yet: add them under Visual identity.</source>
        <translation>Nog geen lettertypes: voeg ze toe onder Huisstijl.</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>voor %1</translation>
    </message>
    <message>
        <source>not on this computer: shown in a stand-in</source>
        <translation>niet op deze computer: getoond in een vervanger</translation>
    </message>
    <message>
        <source>casual</source>
        <translation>informeel</translation>
    </message>
    <message>
        <source>formal</source>
        <translation>formeel</translation>
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
        <source>irreverent</source>
        <translation>brutaal</translation>
    </message>
    <message>
        <source>respectful</source>
        <translation>respectvol</translation>
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
        <source>We are: %1</source>
        <translation>We zijn: %1</translation>
    </message>
    <message>
        <source>No logo images yet: add them under Visual identity.</source>
        <translation>Nog geen logo’s: voeg ze toe onder Huisstijl.</translation>
    </message>
    <message>
        <source>How close each agency&apos;s drafts come to the brand, per delivered version.</source>
        <translation>Hoe dicht de concepten van elk bureau bij het merk komen, per opgeleverde versie.</translation>
    </message>
    <message>
        <source>Score per delivered version (100: fits the brand fully).</source>
        <translation>Score per opgeleverde versie (100: past helemaal bij het merk).</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Geen bureau</translation>
    </message>
    <message>
        <source>one version so far</source>
        <translation>nog maar één versie</translation>
    </message>
    <message>
        <source>getting closer to the brand</source>
        <translation>komt dichter bij het merk</translation>
    </message>
    <message>
        <source>drifting away from the brand</source>
        <translation>raakt verder van het merk</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>blijft gelijk</translation>
    </message>
    <message>
        <source>No open assignments.</source>
        <translation>Geen lopende opdrachten.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>te laat sinds %1</translation>
    </message>
    <message>
        <source>and %1 more under Assignments and reviews</source>
        <translation>en nog %1 onder Opdrachten en beoordelingen</translation>
    </message>
</context>
<context>
    <name>VoiceTrend</name>
    <message>
        <source>Reading the delivered drafts…</source>
        <translation>De aangeleverde concepten worden gelezen…</translation>
    </message>
    <message>
        <source>Add a few texts you wrote on the “Sounds like us” page, and each agency&apos;s drafts are measured against your own voice here.</source>
        <translation>Zet een paar teksten die je zelf schreef op de pagina “Klinkt als wij”, dan zie je hier hoe de concepten van elk bureau zich tot jouw eigen stem verhouden.</translation>
    </message>
    <message>
        <source>Distance from your own texts per delivered version (lower sounds more like you).</source>
        <translation>Afstand tot je eigen teksten per aangeleverde versie (lager klinkt meer als jij).</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Geen bureau</translation>
    </message>
    <message>
        <source>{whole}.{tenth}</source>
        <translation>{whole},{tenth}</translation>
    </message>
    <message>
        <source>sounds like you</source>
        <translation>klinkt als jij</translation>
    </message>
    <message>
        <source>close to your voice</source>
        <translation>dicht bij je eigen stem</translation>
    </message>
    <message>
        <source>does not sound like you</source>
        <translation>klinkt niet als jij</translation>
    </message>
    <message>
        <source>{where}, coming closer</source>
        <translation>{where}, komt dichterbij</translation>
    </message>
    <message>
        <source>{where}, drifting away</source>
        <translation>{where}, drijft af</translation>
    </message>
    <message>
        <source>{where}, steady</source>
        <translation>{where}, gelijkblijvend</translation>
    </message>
</context>
<context>
    <name>VoiceTrendChart</name>
    <message>
        <source>How each agency sounds like you, over time</source>
        <extracomment>Where the owner&apos;s own held-out texts lie (their 90th percentile in bench/voice, 1.2). The top of the scale, unless a draft lies further out.</extracomment>
        <translation>Hoeveel elk bureau als jij klinkt, door de tijd</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Geen bureau</translation>
    </message>
    <message>
        <source>like your own texts</source>
        <translation>zoals je eigen teksten</translation>
    </message>
    <message>
        <source>named as not sounding like you</source>
        <translation>vanaf hier: klinkt niet als jij</translation>
    </message>
    <message>
        <source>When an agency delivers and the draft is checked, how much it sounds like you appears here.</source>
        <translation>Zodra een bureau iets aanlevert en het concept is gecontroleerd, zie je hier hoeveel het als jij klinkt.</translation>
    </message>
</context>
</TS>
