<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../brandregie/ui/connections/__init__.py" line="75"/>
        <location filename="../../brandregie/ui/connections/team.py" line="136"/>
        <source>Move a brand</source>
        <extracomment>The dialogs, imported when first used: the mail and team code (SMTP, SSL, e-mail composition) is not needed to start the app on this computer&apos;s database.</extracomment>
        <translation>Een merk verplaatsen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/__init__.py" line="83"/>
        <source>E-&amp;mail server…</source>
        <translation>E-&amp;mailserver…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/__init__.py" line="84"/>
        <source>Team &amp;database…</source>
        <translation>Team&amp;database…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/__init__.py" line="85"/>
        <source>Mo&amp;ve a brand…</source>
        <translation>Merk &amp;verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/__init__.py" line="118"/>
        <source>No password was given.</source>
        <translation>Er is geen wachtwoord opgegeven.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/__init__.py" line="119"/>
        <location filename="../../brandregie/ui/connections/team.py" line="37"/>
        <location filename="../../brandregie/ui/connections/team.py" line="125"/>
        <source>Team database</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/__init__.py" line="120"/>
        <source>The team database cannot be opened: %1</source>
        <translation>De teamdatabase kan niet worden geopend: %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/__init__.py" line="122"/>
        <source>Try &amp;again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/__init__.py" line="123"/>
        <source>Work on this &amp;computer</source>
        <translation>Op deze &amp;computer werken</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/__init__.py" line="124"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="38"/>
        <source>E-mail server</source>
        <translation>E-mailserver</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="39"/>
        <source>BrandRegie sends briefs and feedback reports to agencies through your own mail server, as if you sent them yourself.</source>
        <translation>BrandRegie verstuurt briefings en feedbackrapporten naar bureaus via je eigen mailserver, alsof je ze zelf verstuurt.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="47"/>
        <source>Another mail server</source>
        <translation>Een andere mailserver</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="51"/>
        <source>Your &amp;mail:</source>
        <translation>Je &amp;mail:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="54"/>
        <location filename="../../brandregie/ui/connections/team.py" line="55"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="63"/>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Beveiliging:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="67"/>
        <location filename="../../brandregie/ui/connections/team.py" line="59"/>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="69"/>
        <location filename="../../brandregie/ui/connections/team.py" line="63"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/password.py" line="51"/>
        <location filename="../../brandregie/ui/connections/settings_dialog.py" line="50"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/settings_dialog.py" line="52"/>
        <source>(saved; type to change)</source>
        <translation>(bewaard; typ om te wijzigen)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="57"/>
        <source>Encrypted after connecting (STARTTLS, usually port 587)</source>
        <translation>Versleuteld na verbinden (STARTTLS, meestal poort 587)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="58"/>
        <source>Encrypted from the start (SSL/TLS, usually port 465)</source>
        <translation>Meteen versleuteld (SSL/TLS, meestal poort 465)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="60"/>
        <source>Not encrypted (only without a password)</source>
        <translation>Niet versleuteld (alleen zonder wachtwoord)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="71"/>
        <location filename="../../brandregie/ui/connections/team.py" line="66"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="74"/>
        <source>Sender &amp;address:</source>
        <translation>&amp;Afzenderadres:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="76"/>
        <source>Sender &amp;name:</source>
        <translation>Afzender&amp;naam:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="79"/>
        <source>(only for a server with its own certificate)</source>
        <translation>(alleen voor een server met een eigen certificaat)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="80"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="84"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificaat:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/settings_dialog.py" line="65"/>
        <source>&amp;Test the connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/settings_dialog.py" line="69"/>
        <source>Test result</source>
        <translation>Testresultaat</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="132"/>
        <source>The server&apos;s certificate</source>
        <translation>Het certificaat van de server</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="133"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/settings_dialog.py" line="115"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/mail.py" line="143"/>
        <source>The server accepted the log-in.</source>
        <translation>De server accepteerde het inloggen.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/settings_dialog.py" line="125"/>
        <source>Not connected: %1</source>
        <translation>Niet verbonden: %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/settings_dialog.py" line="108"/>
        <source>The password could not be saved in a keyring (%1). It is kept until you quit BrandRegie; you will be asked again next time.</source>
        <translation>Het wachtwoord kon niet in een sleutelbos worden bewaard (%1). Het blijft bewaard tot je BrandRegie afsluit; de volgende keer wordt er opnieuw om gevraagd.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/password.py" line="31"/>
        <source>Passwords are kept in your system&apos;s keyring, never in BrandRegie&apos;s files.</source>
        <translation>Wachtwoorden staan in de sleutelbos van je systeem, nooit in de bestanden van BrandRegie.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/password.py" line="32"/>
        <source>No keyring can be used: %1. A password you enter is kept only until you quit BrandRegie, never written to disk.</source>
        <translation>Er is geen sleutelbos te gebruiken: %1. Een wachtwoord dat je invult, blijft alleen bewaard tot je BrandRegie afsluit en wordt nooit op schijf gezet.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/password.py" line="52"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/password.py" line="54"/>
        <source>&amp;Remember in the keyring</source>
        <translation>&amp;Onthouden in de sleutelbos</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/status.py" line="23"/>
        <source>Team database connection</source>
        <extracomment>How often the state is checked while connected (ms); retries follow the watch&apos;s back-off.</extracomment>
        <translation>Verbinding met de teamdatabase</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/status.py" line="45"/>
        <source>Team database: connected</source>
        <translation>Teamdatabase: verbonden</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/status.py" line="49"/>
        <source>Connection lost — trying again in %1 s; your edits are kept</source>
        <translation>Verbinding verbroken — nieuwe poging over %1 s; je wijzigingen blijven bewaard</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/team.py" line="38"/>
        <source>In team mode owner, HR and marketing share one profile in a PostgreSQL database. If two people change the same thing, the second save is stopped and shows both versions.</source>
        <translation>In teamgebruik delen eigenaar, HR en marketing één profiel in een PostgreSQL-database. Als twee mensen hetzelfde wijzigen, wordt de tweede opslag tegengehouden en zie je beide versies.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/team.py" line="43"/>
        <source>&amp;On this computer only</source>
        <translation>&amp;Alleen op deze computer</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/team.py" line="44"/>
        <source>In a &amp;team database</source>
        <translation>In een &amp;teamdatabase</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/team.py" line="61"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/team.py" line="67"/>
        <source>BrandRegie opens the chosen database the next time it starts.</source>
        <translation>BrandRegie opent de gekozen database de volgende keer dat het start.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/team.py" line="95"/>
        <source>Connected; the database is up to date and holds %n brand(s).</source>
        <translation>Verbonden; de database is bijgewerkt en bevat %n merk(en).</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/team.py" line="141"/>
        <source>The brand moves with its whole history, files, assignments and sent mail. It is checked in the new place before it is removed from the old one.</source>
        <translation>Het merk verhuist met de hele geschiedenis, bestanden, opdrachten en verzonden mail. Het wordt op de nieuwe plek gecontroleerd voordat het van de oude plek wordt verwijderd.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/team.py" line="148"/>
        <source>From this computer to the team database</source>
        <translation>Van deze computer naar de teamdatabase</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/team.py" line="149"/>
        <source>From the team database to this computer</source>
        <translation>Van de teamdatabase naar deze computer</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/team.py" line="150"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Richting:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/team.py" line="152"/>
        <source>Brand</source>
        <translation>Merk</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/team.py" line="153"/>
        <source>&amp;Brand:</source>
        <translation>&amp;Merk:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/team.py" line="156"/>
        <source>&amp;Move</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/team.py" line="170"/>
        <source>No connection to the team database.</source>
        <translation>Geen verbinding met de teamdatabase.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/team.py" line="198"/>
        <source>%1 was moved with %2 revisions.</source>
        <translation>%1 is verplaatst met %2 versies.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/send.py" line="58"/>
        <source>Send to the agency</source>
        <translation>Naar het bureau sturen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/send.py" line="72"/>
        <source>&amp;To:</source>
        <translation>&amp;Aan:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/send.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/send.py" line="76"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/send.py" line="78"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/send.py" line="79"/>
        <source>&amp;Message:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/send.py" line="81"/>
        <source>Attachment:</source>
        <translation>Bijlage:</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/send.py" line="85"/>
        <source>Sending state</source>
        <translation>Verzendstatus</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/send.py" line="88"/>
        <source>Mail &amp;server…</source>
        <translation>Mail&amp;server…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/send.py" line="90"/>
        <source>&amp;Send</source>
        <translation>&amp;Versturen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/send.py" line="107"/>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/send.py" line="121"/>
        <source>Sent to %1.</source>
        <translation>Verstuurd naar %1.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/send.py" line="136"/>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/send.py" line="141"/>
        <source> The message is kept in the sent-mail log; Send tries again.</source>
        <translation> Het bericht blijft bewaard in het logboek van verzonden mail; Versturen probeert het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/connections/send.py" line="143"/>
        <source>Not sent: %1.</source>
        <translation>Niet verstuurd: %1.</translation>
    </message>
</context>
</TS>
