<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AgencyCard</name>
    <message>
        <source>No agency</source>
        <translation>Geen bureau</translation>
    </message>
    <message>
        <source>A bar per assignment, oldest first; dashed: the rounds agreed</source>
        <translation>Een staaf per opdracht, oudste eerst; gestippeld: de afgesproken rondes</translation>
    </message>
    <message>
        <source>A bar per assignment, oldest first</source>
        <translation>Een staaf per opdracht, oudste eerst</translation>
    </message>
    <message>
        <source>Brand fit of first drafts</source>
        <translation>Merkscore van eerste concepten</translation>
    </message>
    <message>
        <source>Brand fit of first drafts: unchanged from first to last quarter</source>
        <translation>Merkscore van eerste concepten: gelijk van eerste tot laatste kwartaal</translation>
    </message>
    <message>
        <source>Brand fit of first drafts: {change} from first to last quarter</source>
        <translation>Merkscore van eerste concepten: {change} van eerste tot laatste kwartaal</translation>
    </message>
    <message>
        <source>On time: no first draft with a due date yet</source>
        <translation>Op tijd: nog geen eerste concept met een deadline</translation>
    </message>
    <message>
        <source>On time: {on_time} of {timed} first drafts</source>
        <translation>Op tijd: {on_time} van {timed} eerste concepten</translation>
    </message>
    <message>
        <source>On time: {on_time} of {timed} first drafts, {late} late</source>
        <translation>Op tijd: {on_time} van {timed} eerste concepten, {late} te laat</translation>
    </message>
    <message>
        <source>Rounds to approval</source>
        <translation>Rondes tot akkoord</translation>
    </message>
    <message>
        <source>Rounds to approval: {rounds} on average</source>
        <translation>Rondes tot akkoord: gemiddeld {rounds}</translation>
    </message>
    <message>
        <source>; {n} more than agreed</source>
        <translation>; {n} keer meer dan afgesproken</translation>
    </message>
    <message>
        <source>Within budget: {kept} of {total}, {money} over in total</source>
        <translation>Binnen budget: {kept} van {total}, in totaal {money} erboven</translation>
    </message>
    <message>
        <source>Within budget: {kept} of {total}, {money} under in total</source>
        <translation>Binnen budget: {kept} van {total}, in totaal {money} eronder</translation>
    </message>
    <message>
        <source>Within budget: {kept} of {total}</source>
        <translation>Binnen budget: {kept} van {total}</translation>
    </message>
    <message>
        <source>Their requests we answered late: {late} of {total}</source>
        <translation>Hun vragen die wij te laat beantwoordden: {late} van {total}</translation>
    </message>
    <message>
        <source>Most found: {kind} (once)</source>
        <translation>Meest gevonden: {kind} (één keer)</translation>
    </message>
    <message>
        <source>Most found: {kind} ({n} times)</source>
        <translation>Meest gevonden: {kind} ({n} keer)</translation>
    </message>
</context>
<context>
    <name>FitLine</name>
    <message>
        <source>Brand fit of first drafts per quarter</source>
        <translation>Merkscore van eerste concepten per kwartaal</translation>
    </message>
    <message>
        <source>No checked first drafts in this period</source>
        <translation>Geen gecontroleerde eerste concepten in deze periode</translation>
    </message>
</context>
<context>
    <name>OnTimeBar</name>
    <message>
        <source>First drafts on time</source>
        <translation>Eerste concepten op tijd</translation>
    </message>
    <message>
        <source>{on_time} of {timed}</source>
        <translation>{on_time} van {timed}</translation>
    </message>
</context>
<context>
    <name>RoundsBars</name>
    <message>
        <source>Rounds to approval per assignment</source>
        <extracomment>The most rounds drawn (cards side by side share it, see :func:`rounds_top`).</extracomment>
        <translation>Rondes tot akkoord per opdracht</translation>
    </message>
    <message>
        <source>Nothing approved in this period</source>
        <translation>Niets goedgekeurd in deze periode</translation>
    </message>
</context>
<context>
    <name>ScorecardPlace</name>
    <message>
        <source>An assignment counts once its due date has passed: work still running is judged when it is due.</source>
        <extracomment>The periods to choose from, in the order shown (the first is the default).</extracomment>
        <translation>Een opdracht telt mee zodra de deadline voorbij is: lopend werk wordt beoordeeld als het af moet zijn.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>De afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als pdf op&amp;slaan…</translation>
    </message>
    <message>
        <source>The scorecard in the brand&apos;s look, to take to the yearly talk with each agency</source>
        <translation>De scorekaart in de huisstijl van het merk, voor het jaargesprek met elk bureau</translation>
    </message>
    <message>
        <source>Save the scorecard</source>
        <translation>Scorekaart opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path} ({pages} pages)</source>
        <translation>Opgeslagen: {path} ({pages} pagina’s)</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <source>How your agencies deliver</source>
        <translation>Hoe je bureaus leveren</translation>
    </message>
    <message>
        <source>{brand}, {since} to {until}: on time, on brand, within budget</source>
        <translation>{brand}, {since} tot en met {until}: op tijd, in de merkstijl, binnen budget</translation>
    </message>
    <message>
        <source>{brand}, up to {until}: on time, on brand, within budget</source>
        <translation>{brand}, tot en met {until}: op tijd, in de merkstijl, binnen budget</translation>
    </message>
    <message>
        <source>No assignments in this period yet.</source>
        <translation>Nog geen opdrachten in deze periode.</translation>
    </message>
</context>
</TS>
