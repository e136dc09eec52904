<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Backups</name>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>BrandRegie backs up your data when it starts and closes, and every ten minutes while you work. It keeps the newest %1 automatic backups and the newest of each of the last %2 days; backups you make and the copy kept before a restore stay until you delete them. An agency&apos;s file or a long text is kept once for all backups. Restoring a backup keeps what you have now as a backup first, so nothing is lost.</source>
        <translation>BrandRegie maakt een back-up van je gegevens bij het starten en afsluiten, en elke tien minuten terwijl je werkt. Bewaard worden de nieuwste %1 automatische back-ups en de nieuwste van elk van de laatste %2 dagen; back-ups die je zelf maakt en de kopie van vóór een terugzetting blijven tot je ze verwijdert. Een bestand van een bureau of een lange tekst wordt één keer bewaard voor alle back-ups samen. Zet je een back-up terug, dan wordt wat je nu hebt eerst zelf als back-up bewaard: er gaat niets verloren.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>by hand</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>before a restore</source>
        <translation>vóór terugzetten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>Restored the backup; what you had before is kept as a backup.</source>
        <translation>Back-up teruggezet; wat je daarvoor had, is als back-up bewaard.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>Kept in %1</source>
        <translation>Bewaard in %1</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>No backup made</source>
        <translation>Geen back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>Put back the data as it was on %1? What you have now is kept as a backup first.</source>
        <translation>De gegevens terugzetten zoals ze waren op %1? Wat je nu hebt, wordt eerst als back-up bewaard.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>Your data cannot be opened: %1

Put back the newest backup, from %2? The file that cannot be opened is kept.</source>
        <translation>Je gegevens kunnen niet worden geopend: %1

De nieuwste back-up terugzetten, van %2? Het bestand dat niet opent, wordt bewaard.</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>The backups use %1 now: %2 for the backups themselves (%3), plus %4 for the files and texts they share (%5).</source>
        <translation>De back-ups nemen nu %1 in beslag: %2 voor de back-ups zelf (%3), plus %4 voor de bestanden en teksten die ze delen (%5).</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../brandregie/ui/backups.py"/>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
</context>
</TS>
