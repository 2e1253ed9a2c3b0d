<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Back up now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Voortgang van de back-up</translation>
    </message>
    <message>
        <source>&amp;Recent backups:</source>
        <translation>&amp;Recente back-ups:</translation>
    </message>
    <message>
        <source>Recent backups</source>
        <translation>Recente back-ups</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Nog geen back-ups.</translation>
    </message>
    <message>
        <source>Run a restore drill</source>
        <translation>Hersteltest uitvoeren</translation>
    </message>
    <message>
        <source>Decrypts the newest backup into a private scratch folder, checks every part of it and deletes the scratch folder again. Nothing in CoachDesk changes.</source>
        <translation>Ontsleutelt de nieuwste back-up in een afgeschermde werkmap, controleert elk onderdeel en verwijdert de werkmap daarna weer. Er verandert niets in CoachDesk.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <source>Last verified restore: never. Run a restore drill to be sure.</source>
        <translation>Laatste geslaagde hersteltest: nog nooit. Voer een hersteltest uit om zeker te zijn.</translation>
    </message>
    <message>
        <source>Last verified restore: %1</source>
        <translation>Laatste geslaagde hersteltest: %1</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Voorbereiden…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Checking the newest backup…</source>
        <translation>Nieuwste back-up controleren…</translation>
    </message>
    <message>
        <source>Restore drill passed: the backup of %1 was decrypted and checked completely. It can be restored.</source>
        <translation>Hersteltest geslaagd: de back-up van %1 is ontsleuteld en volledig gecontroleerd. Hij kan worden teruggezet.</translation>
    </message>
    <message>
        <source>Restore drill failed for the backup of %1: %2</source>
        <translation>Hersteltest mislukt voor de back-up van %1: %2</translation>
    </message>
    <message>
        <source>Restore drill cancelled.</source>
        <translation>Hersteltest geannuleerd.</translation>
    </message>
    <message>
        <source>Restore drill failed: %1</source>
        <translation>Hersteltest mislukt: %1</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Everything done in this dossier, newest first. The audit log is tamper-evident and holds no names or content.</source>
        <translation>Alles wat er in dit dossier is gebeurd, het nieuwste eerst. Het logboek kan niet ongemerkt worden aangepast en bevat geen namen of inhoud.</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this client yet.</source>
        <translation>Voor deze cliënt is nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>(no longer in the dossier)</source>
        <translation>(niet meer in het dossier)</translation>
    </message>
</context>
<context>
    <name>AgendaActions</name>
    <message>
        <source>The appointment was not changed</source>
        <translation>De afspraak is niet gewijzigd</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Afspraak verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>“%1” verwijderen? Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>AgendaLabels</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Blocked time</source>
        <translation>Geblokkeerde tijd</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Niet verschenen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Werkweek</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>week %1 · %2</source>
        <translation>week %1 · %2</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Naar vandaag (T)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Vorige (Page Up)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorige periode</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Volgende (Page Down)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Volgende periode</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <source>Import/export</source>
        <translation>Importeren/exporteren</translation>
    </message>
    <message>
        <source>Import from a calendar file (ICS)…</source>
        <translation>Importeren uit een agendabestand (ICS)…</translation>
    </message>
    <message>
        <source>Export to a calendar file (ICS)…</source>
        <translation>Exporteren naar een agendabestand (ICS)…</translation>
    </message>
    <message>
        <source>Appointments by hour</source>
        <translation>Afspraken per uur</translation>
    </message>
    <message>
        <source>Appointments by day</source>
        <translation>Afspraken per dag</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Edit appointment</source>
        <translation>Afspraak bewerken</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;liënt</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>L&amp;ocatie</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Session with Anna</source>
        <translation>bijv. Sessie met Anna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <source>Address or video link</source>
        <translation>Adres of videolink</translation>
    </message>
    <message>
        <source>Location or video link</source>
        <translation>Locatie of videolink</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Write session note</source>
        <translation>Sessieverslag schrijven</translation>
    </message>
    <message>
        <source>Open the client&apos;s dossier at a note for this appointment</source>
        <translation>Open het dossier van de cliënt bij een verslag van deze afspraak</translation>
    </message>
    <message>
        <source>Cancel appointment…</source>
        <translation>Afspraak annuleren…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <source>Overlaps with %1</source>
        <translation>Overlapt met %1</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title and location</source>
        <translation>Titel en locatie</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <source>Part of a recurring series</source>
        <translation>Hoort bij een terugkerende reeks</translation>
    </message>
    <message>
        <source>Double-click an appointment to open it in the Agenda on that day.</source>
        <translation>Dubbelklik op een afspraak om die dag in de agenda te openen.</translation>
    </message>
    <message>
        <source>Nothing planned for this client.</source>
        <translation>Voor deze cliënt staat niets gepland.</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Nog geen afspraken.</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Komende afspraken</translation>
    </message>
    <message>
        <source>Past appointments</source>
        <translation>Eerdere afspraken</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Komend (%1)</translation>
    </message>
    <message>
        <source>Past (%1)</source>
        <translation>Eerder (%1)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Cliënt-id</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Everything CoachDesk recorded, newest first. The log is tamper-evident and holds random ids and actions only, never names or content.</source>
        <translation>Alles wat CoachDesk heeft vastgelegd, het nieuwste eerst. Het logboek kan niet ongemerkt worden aangepast en bevat alleen willekeurige id&apos;s en handelingen, nooit namen of inhoud.</translation>
    </message>
    <message>
        <source>Filter by action, e.g. erased or note</source>
        <translation>Filter op handeling, bijv. gewist of notitie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>elke datum</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n vermelding</numerusform>
            <numerusform>%n vermeldingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The erasure ledger of the vault in this folder could not be read: no key for it was at hand.</source>
        <translation>Het wisregister van de kluis in deze map kon niet worden gelezen: er was geen sleutel voor beschikbaar.</translation>
    </message>
    <message>
        <source>The vault in this folder could not be read; its sidecar was used.</source>
        <translation>De kluis in deze map kon niet worden gelezen; de kopie van het wisregister ernaast is gebruikt.</translation>
    </message>
    <message>
        <source>The sidecar file erasure-ledger.json does not verify with the vault&apos;s key; it was ignored.</source>
        <translation>Het bestand erasure-ledger.json klopt niet met de sleutel van de kluis; het is genegeerd.</translation>
    </message>
</context>
<context>
    <name>BackupCard</name>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Set up backups…</source>
        <translation>Back-ups instellen…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>Laatste back-up: nog nooit</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Laatste back-up: %1</translation>
    </message>
    <message>
        <source>Last verified restore: %1</source>
        <translation>Laatste geslaagde hersteltest: %1</translation>
    </message>
    <message>
        <source>Last verified restore: never</source>
        <translation>Laatste geslaagde hersteltest: nog nooit</translation>
    </message>
    <message>
        <source>No backup folder is set up. Choose one in Settings → Backups.</source>
        <translation>Er is geen back-upmap ingesteld. Kies er een bij Instellingen → Back-ups.</translation>
    </message>
    <message>
        <source>There is no backup of your practice yet.</source>
        <translation>Er is nog geen back-up van je praktijk.</translation>
    </message>
    <message>
        <source>A backup is overdue.</source>
        <translation>Het is tijd voor een back-up.</translation>
    </message>
</context>
<context>
    <name>BackupHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Decrypted and checked right after it was written.</source>
        <translation>Direct na het schrijven ontsleuteld en gecontroleerd.</translation>
    </message>
    <message>
        <source>Not checked after writing.</source>
        <translation>Niet gecontroleerd na het schrijven.</translation>
    </message>
</context>
<context>
    <name>BackupLabels</name>
    <message>
        <source>Every time I close CoachDesk</source>
        <translation>Elke keer als ik CoachDesk sluit</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <source>Only when I click “Back up now”</source>
        <translation>Alleen als ik op ‘Nu een back-up maken’ klik</translation>
    </message>
    <message>
        <source>This folder cannot be found. Is the disk or network share connected?</source>
        <translation>Deze map is niet te vinden. Is de schijf of de netwerkmap aangesloten?</translation>
    </message>
    <message>
        <source>CoachDesk may not write in this folder. Choose another folder.</source>
        <translation>CoachDesk mag niet in deze map schrijven. Kies een andere map.</translation>
    </message>
    <message>
        <source>This folder is inside CoachDesk&apos;s own data folder: a lost or broken laptop would take the backups with it. Choose a USB disk, a network share or a synced cloud folder.</source>
        <translation>Deze map staat in de gegevensmap van CoachDesk zelf: raakt je laptop zoek of kapot, dan ben je de back-ups ook kwijt. Kies een USB-schijf, een netwerkmap of een gesynchroniseerde cloudmap.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <source>not writable</source>
        <translation>niet beschrijfbaar</translation>
    </message>
    <message>
        <source>inside the data folder</source>
        <translation>in de gegevensmap</translation>
    </message>
    <message>
        <source>This folder cannot be used for backups.</source>
        <translation>Deze map kan niet voor back-ups worden gebruikt.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Backup cancelled. No new backup was written.</source>
        <translation>Back-up geannuleerd. Er is geen nieuwe back-up geschreven.</translation>
    </message>
    <message>
        <source>Backup written to %1 of the folders, but not everywhere: %2</source>
        <translation>Back-up geschreven naar %1 van de mappen, maar niet overal: %2</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Back-up mislukt: %1</translation>
    </message>
    <message>
        <source>No backup folder is set up yet. Add one in Settings → Backups.</source>
        <translation>Er is nog geen back-upmap ingesteld. Voeg er een toe bij Instellingen → Back-ups.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Back-up geschreven en gecontroleerd: %1</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backing up in the background…</source>
        <translation>Back-up maken op de achtergrond…</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
</context>
<context>
    <name>BackupTargets</name>
    <message>
        <source>Choose a folder for backups</source>
        <translation>Kies een map voor back-ups</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>Record a data breach</source>
        <translation>Datalek vastleggen</translation>
    </message>
    <message>
        <source>Edit a data breach</source>
        <translation>Datalek bewerken</translation>
    </message>
    <message>
        <source>For example: names, session notes</source>
        <translation>Bijvoorbeeld: namen, gespreksverslagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>The data was encrypted, and the key was not on the lost device</source>
        <translation>De gegevens waren versleuteld en de sleutel stond niet op het verloren apparaat</translation>
    </message>
    <message>
        <source>No risk for the people involved</source>
        <translation>Geen risico voor de betrokkenen</translation>
    </message>
    <message>
        <source>A risk: report to the AP</source>
        <translation>Een risico: melden bij de AP</translation>
    </message>
    <message>
        <source>A high risk: report to the AP and inform the people involved</source>
        <translation>Een hoog risico: melden bij de AP en de betrokkenen informeren</translation>
    </message>
    <message>
        <source>Report a breach to the Autoriteit Persoonsgegevens within 72 hours of discovering it, unless it poses no risk to the people involved. A lost laptop whose vault is encrypted, with the key not on the laptop, usually poses none. Report at %1.</source>
        <translation>Meld een datalek binnen 72 uur nadat je het hebt ontdekt bij de Autoriteit Persoonsgegevens, tenzij het geen risico oplevert voor de betrokkenen. Een verloren laptop met een versleutelde kluis, waarvan de sleutel niet op de laptop staat, levert meestal geen risico op. Melden doe je via %1.</translation>
    </message>
    <message>
        <source>Reported to the AP on</source>
        <translation>Gemeld bij de AP op</translation>
    </message>
    <message>
        <source>People involved informed on</source>
        <translation>Betrokkenen geïnformeerd op</translation>
    </message>
    <message>
        <source>Only when you do not report it</source>
        <translation>Alleen als je het niet meldt</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>Ontdekt op</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>Which data</source>
        <translation>Welke gegevens</translation>
    </message>
    <message>
        <source>People affected (about)</source>
        <translation>Aantal betrokkenen (ongeveer)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Gevolgen</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Genomen maatregelen</translation>
    </message>
    <message>
        <source>AP reference</source>
        <translation>Kenmerk van de AP</translation>
    </message>
    <message>
        <source>Why not reported</source>
        <translation>Waarom niet gemeld</translation>
    </message>
</context>
<context>
    <name>BreachesTab</name>
    <message>
        <source>Discovered</source>
        <translation>Ontdekt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Versleuteld</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Reported to the AP</source>
        <translation>Gemeld bij de AP</translation>
    </message>
    <message>
        <source>Every data breach goes in this register, also the ones you do not report: what happened, its effects and what you did about it. Report a breach that poses a risk to the Autoriteit Persoonsgegevens within 72 hours of discovering it.</source>
        <translation>Elk datalek komt in dit register, ook als je het niet meldt: wat er is gebeurd, wat de gevolgen zijn en wat je eraan hebt gedaan. Meld een datalek dat een risico oplevert binnen 72 uur na ontdekking bij de Autoriteit Persoonsgegevens.</translation>
    </message>
    <message>
        <source>Record a breach…</source>
        <translation>Datalek vastleggen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Datalekken</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hoog risico</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Niet gemeld</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Te laat sinds %1</translation>
    </message>
    <message numerus="yes">
        <source>Due %1 (%n hour(s) left)</source>
        <translation>
            <numerusform>Uiterlijk %1 (nog %n uur)</numerusform>
            <numerusform>Uiterlijk %1 (nog %n uur)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExchange</name>
    <message>
        <source>Export agenda</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agendabestand (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) exported.</source>
        <translation>
            <numerusform>%n afspraak geëxporteerd.</numerusform>
            <numerusform>%n afspraken geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the agenda…</source>
        <translation>De agenda wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Agenda importeren</translation>
    </message>
    <message>
        <source>Importing the calendar…</source>
        <translation>De agenda wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged.</source>
        <translation>%1 nieuw, %2 bijgewerkt, %3 ongewijzigd.</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Overgeslagen:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>ClientErrors</name>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Er ging iets mis. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ClientFormDialog</name>
    <message>
        <source>New client</source>
        <translation>Nieuwe cliënt</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Cliënt bewerken</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Contact and practice</source>
        <translation>Contact en praktijk</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>Tussen&amp;voegsel</source>
        <translation>T&amp;ussenvoegsel</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>Pre&amp;ferred name</source>
        <translation>&amp;Roepnaam</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>Stree&amp;t and number</source>
        <translation>Straat en &amp;huisnummer</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Woonplaats</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Organisation / sponsor</source>
        <translation>&amp;Organisatie / opdrachtgever</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>Verwezen &amp;door</translation>
    </message>
    <message>
        <source>e.g. van der</source>
        <translation>bijv. van der</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. burnout, career</source>
        <translation>Gescheiden door komma&apos;s, bijv. burn-out, loopbaan</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>Two-letter country code, e.g. NL or BE</source>
        <translation>Landcode van twee letters, bijv. NL of BE</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>Clear the date of birth</source>
        <translation>Geboortedatum wissen</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Opslaan (%1)</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>No client</source>
        <translation>Geen cliënt</translation>
    </message>
    <message>
        <source>Type a name or number</source>
        <translation>Typ een naam of nummer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
</context>
<context>
    <name>ClientRights</name>
    <message>
        <source>Client rights</source>
        <translation>Rechten van de cliënt</translation>
    </message>
    <message>
        <source>Export all data (Dutch)…</source>
        <translation>Alle gegevens exporteren (Nederlands)…</translation>
    </message>
    <message>
        <source>Export all data (English)…</source>
        <translation>Alle gegevens exporteren (Engels)…</translation>
    </message>
    <message>
        <source>Export as one ZIP file</source>
        <translation>Exporteren als één ZIP-bestand</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimiseren…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporteren naar map</translation>
    </message>
    <message>
        <source>Exporting the client&apos;s data…</source>
        <translation>De gegevens van de cliënt worden geëxporteerd…</translation>
    </message>
    <message>
        <source>Export ready</source>
        <translation>Export klaar</translation>
    </message>
    <message>
        <source>The package is in %1. Hand it over securely.</source>
        <translation>Het pakket staat in %1. Geef het op een veilige manier aan de cliënt.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Number</source>
        <extracomment>Column -&gt; ``ClientQuery.sort`` key; columns missing here cannot be sorted (no SQL order).</extracomment>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search name, number, e-mail or organisation (Ctrl+F)</source>
        <translation>Zoek op naam, nummer, e-mail of organisatie (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter clients</source>
        <translation>Cliënten filteren</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nieuwe cliënt</translation>
    </message>
    <message>
        <source>Add a client (Ctrl+N)</source>
        <translation>Cliënt toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>All but archived</source>
        <translation>Alle behalve gearchiveerd</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle cliënten</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Nog geen cliënten</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Cliënten: %1</translation>
    </message>
    <message>
        <source>%1 of %2 clients</source>
        <translation>%1 van %2 cliënten</translation>
    </message>
</context>
<context>
    <name>CloseBackup</name>
    <message>
        <source>Backing up before CoachDesk closes…</source>
        <translation>Back-up maken voordat CoachDesk sluit…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>CoachDesk closes now. Your practice itself is safe on this computer.</source>
        <translation>CoachDesk sluit nu. Je praktijk zelf staat veilig op deze computer.</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Request completed</source>
        <translation>Verzoek afgehandeld</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Afgehandeld op</translation>
    </message>
</context>
<context>
    <name>ConfirmErasure</name>
    <message>
        <source>Anonymise client</source>
        <translation>Cliënt anonimiseren</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Cliënt wissen</translation>
    </message>
    <message>
        <source>Everything about %1 is erased for good: details, notes, documents, appointments, tasks and consents. Only an anonymous count remains in the practice statistics.</source>
        <translation>Alles over %1 wordt definitief gewist: gegevens, notities, documenten, afspraken, taken en toestemmingen. Alleen een anonieme telling blijft over in de praktijkstatistiek.</translation>
    </message>
    <message>
        <source>Everything about %1 is erased for good: details, notes, documents, appointments, tasks and consents. This cannot be undone.</source>
        <translation>Alles over %1 wordt definitief gewist: gegevens, notities, documenten, afspraken, taken en toestemmingen. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Cliëntnummer</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Typ %1 ter bevestiging:</translation>
    </message>
    <message>
        <source>Theme for the statistics:</source>
        <translation>Thema voor de statistiek:</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Recipients of this client&apos;s data (Art. 19)</source>
        <translation>Ontvangers van de gegevens van deze cliënt (art. 19 AVG)</translation>
    </message>
    <message>
        <source>Tick those you have already told about the erasure. For the others CoachDesk adds a task to inform them; the confirmation letter says which is which.</source>
        <translation>Vink aan wie je al over het wissen hebt ingelicht. Voor de anderen maakt CoachDesk een taak aan om hen in te lichten; in de bevestigingsbrief staat bij elke ontvanger of die al is ingelicht.</translation>
    </message>
    <message>
        <source>Already informed</source>
        <translation>Al ingelicht</translation>
    </message>
    <message>
        <source>%1 already informed</source>
        <translation>%1 al ingelicht</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>This is the last step before anything changes.</source>
        <translation>Dit is de laatste stap voordat er iets verandert.</translation>
    </message>
    <message>
        <source>Replace everything?</source>
        <translation>Alles vervangen?</translation>
    </message>
    <message>
        <source>Restore?</source>
        <translation>Terugzetten?</translation>
    </message>
    <message>
        <source>Restoring replaces everything in CoachDesk on this computer — every client, note, appointment, document and setting — with the backup of %1. What you changed after that moment is lost.</source>
        <translation>Terugzetten vervangt alles in CoachDesk op deze computer – elke cliënt, notitie, afspraak, elk document en elke instelling – door de back-up van %1. Wat je na dat moment hebt veranderd, gaat verloren.</translation>
    </message>
    <message>
        <source>&amp;Yes, replace everything with this backup</source>
        <translation>&amp;Ja, vervang alles door deze back-up</translation>
    </message>
    <message>
        <source>CoachDesk will be set up on this computer from the backup of %1.</source>
        <translation>CoachDesk wordt op deze computer ingericht met de back-up van %1.</translation>
    </message>
    <message>
        <source>&amp;Yes, restore this backup</source>
        <translation>&amp;Ja, zet deze back-up terug</translation>
    </message>
    <message>
        <source>If anything goes wrong on the way, nothing is changed. Afterwards CoachDesk opens with the restored practice.</source>
        <translation>Gaat er onderweg iets mis, dan verandert er niets. Daarna opent CoachDesk met de teruggezette praktijk.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Tekstversie</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Record consent or withdrawal</source>
        <translation>Toestemming of intrekking vastleggen</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>Nu geldig</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>Doe&amp;l</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Vorm</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Dat&amp;um</translation>
    </message>
    <message>
        <source>&amp;Text version</source>
        <translation>Tek&amp;stversie</translation>
    </message>
    <message>
        <source>S&amp;cope</source>
        <translation>Reik&amp;wijdte</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Opme&amp;rking</translation>
    </message>
    <message>
        <source>e.g. consent form 2026-1</source>
        <translation>bijv. toestemmingsformulier 2026-1</translation>
    </message>
    <message>
        <source>e.g. notes about sleep and stress</source>
        <translation>bijv. notities over slaap en stress</translation>
    </message>
    <message>
        <source>e.g. confirmed in the session of 3 March</source>
        <translation>bijv. bevestigd in de sessie van 3 maart</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Intrekking vastleggen</translation>
    </message>
    <message>
        <source>History (records are never changed or removed)</source>
        <translation>Geschiedenis (vastleggingen worden nooit gewijzigd of verwijderd)</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Geschiedenis van toestemmingen</translation>
    </message>
    <message>
        <source>No consent is in force for this client.</source>
        <translation>Voor deze cliënt geldt nu geen toestemming.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3</translation>
    </message>
</context>
<context>
    <name>ContentsPage</name>
    <message>
        <source>What is in this backup</source>
        <translation>Wat er in deze back-up zit</translation>
    </message>
    <message>
        <source>Check that this is the backup you want. Nothing has changed yet.</source>
        <translation>Controleer of dit de back-up is die je zoekt. Er is nog niets veranderd.</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Gemaakt op:</translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation>Praktijk:</translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation>Cliënten:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>Appointments:</source>
        <translation>Afspraken:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Taken:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documenten:</translation>
    </message>
    <message>
        <source>Made by CoachDesk:</source>
        <translation>Gemaakt met CoachDesk:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Clients erased after this backup was made stay erased: CoachDesk removes them again while restoring.</source>
        <translation>Cliënten die na deze back-up zijn gewist, blijven gewist: CoachDesk verwijdert ze tijdens het terugzetten opnieuw.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 meer</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add files to this dossier</source>
        <translation>Bestanden aan dit dossier toevoegen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Drop files on the list to add them. Documents are stored encrypted in the vault; an opened copy is deleted when CoachDesk locks or closes.</source>
        <translation>Sleep bestanden naar de lijst om ze toe te voegen. Documenten worden versleuteld in de kluis bewaard. Een geopende kopie wordt verwijderd zodra CoachDesk vergrendelt of sluit.</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Documenten toevoegen</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 toevoegen…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 openen…</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file.</source>
        <translation>Geen enkel programma op deze computer kan dit soort bestand openen.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Een kopie van het document opslaan</translation>
    </message>
    <message>
        <source>Saved a copy.</source>
        <translation>Kopie opgeslagen.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 opslaan…</translation>
    </message>
    <message>
        <source>Remove %1 from this dossier? It cannot be restored.</source>
        <translation>%1 uit dit dossier verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 verwijderen…</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>← Clients</source>
        <translation>← Cliënten</translation>
    </message>
    <message>
        <source>Back to the client list (Alt+Left)</source>
        <translation>Terug naar de cliëntenlijst (Alt+Pijl-links)</translation>
    </message>
    <message>
        <source>Back to the client list</source>
        <translation>Terug naar de cliëntenlijst</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Gegevens bewerken…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation>Afs&amp;praken</translation>
    </message>
    <message>
        <source>Co&amp;nsents</source>
        <translation>&amp;Toestemmingen</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activiteit</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>Dossier of %1</source>
        <translation>Dossier van %1</translation>
    </message>
</context>
<context>
    <name>DueTab</name>
    <message>
        <source>Everything past its retention period. Erasing removes the client completely; anonymising also counts them once in the practice statistics. Clients under a legal hold are kept until the hold is lifted.</source>
        <translation>Alles waarvan de bewaartermijn is verstreken. Wissen verwijdert de cliënt volledig; bij anonimiseren telt de cliënt daarnaast één keer mee in de praktijkstatistiek. Cliënten met een juridische bewaarplicht blijven bewaard totdat die is opgeheven.</translation>
    </message>
    <message>
        <source>Nothing is past its retention period.</source>
        <translation>Van niets is de bewaartermijn verstreken.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <source>Erase selected…</source>
        <translation>Selectie wissen…</translation>
    </message>
    <message>
        <source>Anonymise selected…</source>
        <translation>Selectie anonimiseren…</translation>
    </message>
    <message>
        <source>Erase this client…</source>
        <translation>Deze cliënt wissen…</translation>
    </message>
    <message>
        <source>Due for erasure</source>
        <translation>Te wissen</translation>
    </message>
    <message>
        <source>Anonymise clients</source>
        <translation>Cliënten anonimiseren</translation>
    </message>
    <message>
        <source>Anonymise %1? Everything about them is erased and they are counted once in the practice statistics. This cannot be undone.</source>
        <translation>%1 anonimiseren? Alle gegevens worden gewist en de cliënt telt één keer mee in de praktijkstatistiek. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Erase clients</source>
        <translation>Cliënten wissen</translation>
    </message>
    <message>
        <source>Erase %1? Everything about them is removed from CoachDesk. This cannot be undone.</source>
        <translation>%1 wissen? Alle gegevens worden uit CoachDesk verwijderd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>For clients that are kept, only their old appointments go.</source>
        <translation>Van cliënten die blijven, verdwijnen alleen de oude afspraken.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
    </message>
    <message>
        <source>Not everything was done</source>
        <translation>Niet alles is uitgevoerd</translation>
    </message>
    <message>
        <source>These were skipped:</source>
        <translation>Deze zijn overgeslagen:</translation>
    </message>
    <message>
        <source>Erasure stopped</source>
        <translation>Wissen gestopt</translation>
    </message>
</context>
<context>
    <name>ErasureDone</name>
    <message>
        <source>Client anonymised</source>
        <translation>Cliënt geanonimiseerd</translation>
    </message>
    <message>
        <source>Client erased</source>
        <translation>Cliënt gewist</translation>
    </message>
    <message>
        <source>Client %1 has been anonymised: erased, and counted once in the statistics.</source>
        <translation>Cliënt %1 is geanonimiseerd: gewist en één keer meegeteld in de statistiek.</translation>
    </message>
    <message>
        <source>Client %1 has been erased.</source>
        <translation>Cliënt %1 is gewist.</translation>
    </message>
    <message>
        <source>Reference of this erasure: %1</source>
        <translation>Kenmerk van deze wissing: %1</translation>
    </message>
    <message>
        <source>A task was added to inform: %1.</source>
        <translation>Er is een taak aangemaakt om in te lichten: %1.</translation>
    </message>
    <message>
        <source>CoachDesk keeps no name, so the confirmation letter for the client can only be saved now.</source>
        <translation>CoachDesk bewaart geen naam, dus je kunt de bevestigingsbrief voor de cliënt alleen nu opslaan.</translation>
    </message>
    <message>
        <source>Save confirmation letter…</source>
        <translation>Bevestigingsbrief opslaan…</translation>
    </message>
    <message>
        <source>In Dutch…</source>
        <translation>In het Nederlands…</translation>
    </message>
    <message>
        <source>In English…</source>
        <translation>In het Engels…</translation>
    </message>
    <message>
        <source>Confirmation letter</source>
        <translation>Bevestigingsbrief</translation>
    </message>
    <message>
        <source>Close without saving the confirmation letter? CoachDesk keeps no name, so it cannot be made later.</source>
        <translation>Sluiten zonder de bevestigingsbrief op te slaan? CoachDesk bewaart geen naam, dus de brief kan later niet meer worden gemaakt.</translation>
    </message>
    <message>
        <source>Save confirmation letter</source>
        <translation>Bevestigingsbrief opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the letter…</source>
        <translation>De brief wordt opgeslagen…</translation>
    </message>
    <message>
        <source>The letter is saved as %1.</source>
        <translation>De brief is opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Er ging iets mis.</translation>
    </message>
    <message>
        <source>Please correct: {summary}</source>
        <translation>Verbeter het volgende: {summary}</translation>
    </message>
    <message>
        <source>No {what} found for {key}.</source>
        <translation>Geen {what} gevonden voor {key}.</translation>
    </message>
    <message>
        <source>client</source>
        <extracomment>The nouns ``NotFound(what=…)`` is raised with. Marking them in the &quot;Errors&quot; context lets ``ui.i18n.tr_error`` (which translates string fields in that context) say them in Dutch.</extracomment>
        <translation>cliënt</translation>
    </message>
    <message>
        <source>request</source>
        <translation>verzoek</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>trajectory</source>
        <translation>traject</translation>
    </message>
    <message>
        <source>task</source>
        <translation>taak</translation>
    </message>
    <message>
        <source>A vault already exists in {path}. Nothing was changed.</source>
        <translation>Er staat al een kluis in {path}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no vault in {path}. Create one with &apos;coachdesk init&apos; or the app.</source>
        <translation>Er staat geen kluis in {path}. Maak er een aan met &apos;coachdesk init&apos; of met de app.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {reason}</source>
        <translation>De gegevensmap {path} is niet te gebruiken: {reason}</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}. Nothing was changed.</source>
        <translation>De wijziging kon niet worden opgeslagen: {reason}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The vault is busy in another CoachDesk window or process. Try again shortly.</source>
        <translation>De kluis is in gebruik in een ander CoachDesk-venster of -proces. Probeer het zo nog eens.</translation>
    </message>
    <message>
        <source>This vault was made by a newer CoachDesk (schema {found}, this program knows up to {known}). Install the newer version; nothing was changed.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van CoachDesk (schema {found}; deze versie kent tot en met {known}). Installeer de nieuwere versie. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The vault could not be upgraded to the format of this CoachDesk version. Nothing was changed; a copy made before the upgrade is kept at {copy}.</source>
        <translation>De kluis kon niet worden bijgewerkt naar de indeling van deze versie van CoachDesk. Er is niets gewijzigd; een kopie van vóór het bijwerken is bewaard als {copy}.</translation>
    </message>
    <message>
        <source>The vault could not be unlocked.</source>
        <translation>De kluis kon niet worden ontgrendeld.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation>Met deze wachtwoordzin gaat deze kluis niet open.</translation>
    </message>
    <message>
        <source>That recovery key does not belong to this vault.</source>
        <translation>Deze herstelsleutel hoort niet bij deze kluis.</translation>
    </message>
    <message>
        <source>That is not a recovery key. It starts with AGE-SECRET-KEY-1 and is 74 characters long.</source>
        <translation>Dit is geen herstelsleutel. Een herstelsleutel begint met AGE-SECRET-KEY-1 en is 74 tekens lang.</translation>
    </message>
    <message>
        <source>This vault has no passphrase. Unlock it with the recovery key instead.</source>
        <translation>Deze kluis heeft geen wachtwoordzin. Ontgrendel hem met de herstelsleutel.</translation>
    </message>
    <message>
        <source>No key to open this vault: {reason} Give the passphrase (--passphrase-stdin) or the recovery key (--recovery-key-file).</source>
        <translation>Geen sleutel om deze kluis te openen: {reason} Geef de wachtwoordzin (--passphrase-stdin) of de herstelsleutel (--recovery-key-file).</translation>
    </message>
    <message>
        <source>The system keychain is not available: {reason}</source>
        <translation>De sleutelhanger van je computer is niet beschikbaar: {reason}</translation>
    </message>
    <message>
        <source>The vault file is damaged ({detail}). Your key is correct. Restore the latest backup; the damaged file was left untouched.</source>
        <translation>Het kluisbestand is beschadigd ({detail}). Je sleutel is wel juist. Zet de laatste back-up terug; het beschadigde bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Geannuleerd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>the vault copy cannot be opened</source>
        <translation>de kopie van de kluis kan niet worden geopend</translation>
    </message>
    <message>
        <source>the vault copy cannot be read with its key</source>
        <translation>de kopie van de kluis is met de sleutel niet te lezen</translation>
    </message>
    <message>
        <source>the vault copy fails its integrity check</source>
        <translation>de kopie van de kluis komt niet door de integriteitscontrole</translation>
    </message>
    <message>
        <source>the vault copy fails its encryption check</source>
        <translation>de kopie van de kluis komt niet door de versleutelingscontrole</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk refused the write (full, or the file grew too large)</source>
        <translation>de schijf weigerde het schrijven (vol, of het bestand werd te groot)</translation>
    </message>
    <message>
        <source>the database refused the copy</source>
        <translation>de database weigerde de kopie</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>het schijfquotum is opgebruikt</translation>
    </message>
    <message>
        <source>the file would become too large for this disk</source>
        <translation>het bestand zou te groot worden voor deze schijf</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>de toegang werd geweigerd</translation>
    </message>
    <message>
        <source>a file or folder vanished</source>
        <translation>een bestand of map is verdwenen</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>de schijf meldde een lees- of schrijffout</translation>
    </message>
    <message>
        <source>the disk refused the write</source>
        <translation>de schijf weigerde de gegevens op te slaan</translation>
    </message>
    <message>
        <source>A passphrase needs at least 10 characters.</source>
        <translation>Een wachtwoordzin moet minstens 10 tekens hebben.</translation>
    </message>
    <message>
        <source>it is a file, not a folder.</source>
        <translation>het is een bestand, geen map.</translation>
    </message>
    <message>
        <source>Choose a passphrase or let the system keychain open the vault; the recovery key alone is for emergencies.</source>
        <translation>Kies een wachtwoordzin of laat de sleutelhanger van je computer de kluis openen. De herstelsleutel is alleen bedoeld voor noodgevallen.</translation>
    </message>
    <message>
        <source>there is none on this computer; choose a passphrase.</source>
        <translation>deze computer heeft er geen. Kies een wachtwoordzin.</translation>
    </message>
    <message>
        <source>vault.db is missing</source>
        <translation>vault.db ontbreekt</translation>
    </message>
    <message>
        <source>it cannot be decrypted although the key is right</source>
        <translation>het kan niet worden ontsleuteld, hoewel de sleutel juist is</translation>
    </message>
    <message>
        <source>page 1 cannot be read</source>
        <translation>pagina 1 is onleesbaar</translation>
    </message>
    <message>
        <source>Without a keychain the vault needs a passphrase; it stays.</source>
        <translation>Zonder sleutelhanger heeft de kluis een wachtwoordzin nodig. Die blijft dus bestaan.</translation>
    </message>
    <message>
        <source>there is none on this computer.</source>
        <translation>deze computer heeft er geen.</translation>
    </message>
    <message>
        <source>Set a passphrase first; otherwise nothing opens the vault.</source>
        <translation>Stel eerst een wachtwoordzin in. Anders kan niets de kluis nog openen.</translation>
    </message>
    <message>
        <source>A key change is unfinished. Lock CoachDesk, unlock it and retry.</source>
        <translation>Een sleutelwissel is niet afgerond. Vergrendel CoachDesk, ontgrendel het weer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>the new recovery slot did not check out</source>
        <translation>de controle van de nieuwe herstelsleutel is mislukt</translation>
    </message>
    <message>
        <source>Enter the passphrase to rotate the key.</source>
        <translation>Voer de wachtwoordzin in om de sleutel te vervangen.</translation>
    </message>
    <message>
        <source>the check after re-keying failed</source>
        <translation>de controle na het vervangen van de sleutel is mislukt</translation>
    </message>
    <message>
        <source>this vault keeps no key in the system keychain.</source>
        <translation>deze kluis bewaart geen sleutel in de sleutelhanger van je computer.</translation>
    </message>
    <message>
        <source>the system keychain has no key for this vault.</source>
        <translation>de sleutelhanger van je computer heeft geen sleutel voor deze kluis.</translation>
    </message>
    <message>
        <source>the key in the system keychain does not fit this vault.</source>
        <translation>de sleutel in de sleutelhanger van je computer past niet bij deze kluis.</translation>
    </message>
    <message>
        <source>vault.meta.json does not match its key</source>
        <translation>vault.meta.json past niet bij de sleutel</translation>
    </message>
    <message>
        <source>A retention period must lie between {minimum} and {maximum} months.</source>
        <translation>Een bewaartermijn moet tussen {minimum} en {maximum} maanden liggen.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB and was not added.</source>
        <translation>{name} is groter dan {limit} MB en is niet toegevoegd.</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}.</source>
        <translation>{name} kon niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>The logo is too large; choose an image under 2 MB.</source>
        <translation>Het logo is te groot. Kies een afbeelding kleiner dan 2 MB.</translation>
    </message>
    <message>
        <source>This vault already holds clients; it was kept.</source>
        <translation>Deze kluis bevat al cliënten en is daarom bewaard.</translation>
    </message>
    <message>
        <source>This file is not an image CoachDesk can use. Choose a PNG or JPEG.</source>
        <translation>CoachDesk kan dit bestand niet als afbeelding gebruiken. Kies een PNG- of JPEG-bestand.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). The details were logged.</source>
        <translation>Er ging onverwacht iets mis ({kind}). De details zijn vastgelegd in een logbestand.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>De bewerking is geannuleerd.</translation>
    </message>
    <message>
        <source>The repeat rule is not supported: {reason}.</source>
        <translation>Deze herhaling wordt niet ondersteund: {reason}.</translation>
    </message>
    <message>
        <source>The calendar file is too large ({size} MB; CoachDesk reads up to 50 MB). Export a shorter period from your calendar program. Nothing was imported.</source>
        <translation>Het agendabestand is te groot ({size} MB; CoachDesk leest maximaal 50 MB). Exporteer een kortere periode uit je agendaprogramma. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This is not a calendar file (iCalendar, .ics): it holds binary data. Choose the .ics file your calendar program exported. Nothing was imported.</source>
        <translation>Dit is geen agendabestand (iCalendar, .ics): het bevat binaire gegevens. Kies het .ics-bestand dat je agendaprogramma heeft geëxporteerd. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This is not a calendar file (iCalendar, .ics): it does not start with BEGIN:VCALENDAR. Choose the .ics file your calendar program exported. Nothing was imported.</source>
        <translation>Dit is geen agendabestand (iCalendar, .ics): het begint niet met BEGIN:VCALENDAR. Kies het .ics-bestand dat je agendaprogramma heeft geëxporteerd. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The calendar file is damaged: line {line} is not a calendar line. Export it again from your calendar program. Nothing was imported.</source>
        <translation>Het agendabestand is beschadigd: regel {line} is geen agendaregel. Exporteer het opnieuw uit je agendaprogramma. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The calendar file is damaged: its parts are nested too deeply (line {line}). Export it again from your calendar program. Nothing was imported.</source>
        <translation>Het agendabestand is beschadigd: de onderdelen zijn te diep genest (regel {line}). Exporteer het opnieuw uit je agendaprogramma. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The calendar file has more than 100,000 events. Export a shorter period from your calendar program. Nothing was imported.</source>
        <translation>Het agendabestand bevat meer dan 100.000 afspraken. Exporteer een kortere periode uit je agendaprogramma. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The calendar file is damaged: END:{kind} on line {line} closes nothing. Export it again from your calendar program. Nothing was imported.</source>
        <translation>Het agendabestand is beschadigd: END:{kind} op regel {line} sluit niets af. Exporteer het opnieuw uit je agendaprogramma. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The calendar file is damaged: BEGIN:{open} on line {start} is closed by END:{kind} on line {line}. Export it again from your calendar program. Nothing was imported.</source>
        <translation>Het agendabestand is beschadigd: BEGIN:{open} op regel {start} wordt afgesloten door END:{kind} op regel {line}. Exporteer het opnieuw uit je agendaprogramma. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The calendar file is damaged: line {line} stands outside the calendar. Export it again from your calendar program. Nothing was imported.</source>
        <translation>Het agendabestand is beschadigd: regel {line} staat buiten de agenda. Exporteer het opnieuw uit je agendaprogramma. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The calendar file is incomplete: BEGIN:{kind} on line {line} is never closed, so the file was probably cut off. Export or download it again. Nothing was imported.</source>
        <translation>Het agendabestand is onvolledig: BEGIN:{kind} op regel {line} wordt nergens afgesloten, dus het bestand is waarschijnlijk afgebroken. Exporteer of download het opnieuw. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The calendar file cannot be read ({reason}). Export it again from your calendar program. Nothing was imported.</source>
        <translation>Het agendabestand kan niet worden gelezen ({reason}). Exporteer het opnieuw uit je agendaprogramma. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Choose how clients are named in the exported titles: code, initials or name.</source>
        <translation>Kies hoe cliënten in de geëxporteerde titels worden genoemd: met code, initialen of naam.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give a file name, such as agenda.ics. Nothing was exported.</source>
        <translation>{path} is een map. Geef een bestandsnaam op, zoals agenda.ics. Er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder. Nothing was exported.</source>
        <translation>De map {folder} bestaat niet. Kies een andere map. Er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>choose one of: {themes}</source>
        <translation>kies een van: {themes}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read. Nothing was imported.</source>
        <translation>Het bestand {path} kan niet worden gelezen. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The erasure ledger does not verify: {detail}. Restore it from a backup.</source>
        <translation>Het wisregister klopt niet: {detail}. Zet het terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>the sidecar file cannot be read</source>
        <translation>het registerbestand kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the sidecar file was changed without the key</source>
        <translation>het registerbestand is zonder de sleutel gewijzigd</translation>
    </message>
    <message>
        <source>the chain in the sidecar file is broken</source>
        <translation>de keten in het registerbestand is verbroken</translation>
    </message>
    <message>
        <source>the two copies of the ledger disagree</source>
        <translation>de twee exemplaren van het wisregister verschillen</translation>
    </message>
    <message>
        <source>the sidecar file erasure-ledger.json is missing</source>
        <translation>het registerbestand erasure-ledger.json ontbreekt</translation>
    </message>
    <message>
        <source>the sidecar file lists erasures the vault lacks (replay them)</source>
        <translation>het registerbestand noemt wissingen die in de kluis ontbreken (voer ze opnieuw uit)</translation>
    </message>
    <message>
        <source>the sidecar file and the vault&apos;s ledger differ</source>
        <translation>het registerbestand en het wisregister in de kluis verschillen</translation>
    </message>
    <message>
        <source>The export could not be written: {reason}. Nothing was left behind.</source>
        <translation>De export kon niet worden weggeschreven: {reason}. Er is niets achtergebleven.</translation>
    </message>
    <message>
        <source>Client {number} is under a legal hold (review on {review_on}). Lift the hold before erasing or anonymising.</source>
        <translation>Cliënt {number} valt onder een juridische bewaarplicht (herbeoordeling op {review_on}). Hef die eerst op voordat je wist of anonimiseert.</translation>
    </message>
    <message>
        <source>give the reason</source>
        <translation>geef de reden op</translation>
    </message>
    <message>
        <source>Only a complete erasure is supported.</source>
        <translation>Alleen volledig wissen wordt ondersteund.</translation>
    </message>
    <message>
        <source>give the legal basis</source>
        <translation>geef de rechtsgrond op</translation>
    </message>
    <message>
        <source>{name} is not a CoachDesk backup ({reason}). Choose a .cdbackup file.</source>
        <translation>{name} is geen back-up van CoachDesk ({reason}). Kies een .cdbackup-bestand.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged or was changed ({detail}). Nothing was restored; use an older backup or another copy of this one.</source>
        <translation>De back-up {name} is beschadigd of gewijzigd ({detail}). Er is niets teruggezet; gebruik een oudere back-up of een andere kopie van deze.</translation>
    </message>
    <message>
        <source>The backup {name} was made by a newer CoachDesk (format {found}). Install the newer version to open it.</source>
        <translation>De back-up {name} is gemaakt met een nieuwere versie van CoachDesk (formaat {found}). Installeer de nieuwere versie om hem te openen.</translation>
    </message>
    <message>
        <source>The backup {name} belongs to another vault ({found}), not to this one ({expected}). Choose a backup of this vault.</source>
        <translation>De back-up {name} hoort bij een andere kluis ({found}), niet bij deze ({expected}). Kies een back-up van deze kluis.</translation>
    </message>
    <message>
        <source>That recovery key does not open the backup {name}. Use the recovery key that was valid when the backup was made.</source>
        <translation>Deze herstelsleutel opent de back-up {name} niet. Gebruik de herstelsleutel die gold toen de back-up werd gemaakt.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup {name}. Use the passphrase that was set when the backup was made, or the recovery key.</source>
        <translation>Dit wachtwoord opent de back-up {name} niet. Gebruik het wachtwoord dat gold toen de back-up werd gemaakt, of de herstelsleutel.</translation>
    </message>
    <message>
        <source>The backup {name} was made without a passphrase; open it with the recovery key.</source>
        <translation>De back-up {name} is gemaakt zonder wachtwoord; open hem met de herstelsleutel.</translation>
    </message>
    <message>
        <source>This vault cannot check the backup {name} by itself (it was made elsewhere or before the vault&apos;s check key existed). Give the recovery key or the passphrase.</source>
        <translation>Deze kluis kan de back-up {name} niet zelf controleren (hij is elders gemaakt, of voordat de kluis een controlesleutel had). Geef de herstelsleutel of het wachtwoord op.</translation>
    </message>
    <message>
        <source>The backup could not be written to {target}: {reason}. Earlier backups there are untouched.</source>
        <translation>De back-up kon niet worden opgeslagen in {target}: {reason}. Eerdere back-ups daar zijn niet aangeraakt.</translation>
    </message>
    <message>
        <source>The new backup in {target} did not pass its check ({detail}) and was removed. Earlier backups are untouched; try again or choose another folder.</source>
        <translation>De nieuwe back-up in {target} kwam niet door de controle ({detail}) en is verwijderd. Eerdere back-ups zijn niet aangeraakt; probeer het opnieuw of kies een andere map.</translation>
    </message>
    <message>
        <source>The copy of the vault for the backup could not be made: {reason}. Nothing was changed; free some space in the data folder and try again.</source>
        <translation>De kopie van de kluis voor de back-up kon niet worden gemaakt: {reason}. Er is niets gewijzigd; maak ruimte vrij in de gegevensmap en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The backup folder {target} cannot be used: {reason}</source>
        <translation>De back-upmap {target} is niet bruikbaar: {reason}</translation>
    </message>
    <message>
        <source>No backup folder is set. Choose one in Settings → Backups or give --to FOLDER.</source>
        <translation>Er is geen back-upmap ingesteld. Kies er een bij Instellingen → Back-ups of geef --to MAP op.</translation>
    </message>
    <message>
        <source>its header is foreign</source>
        <translation>de kop is van een ander programma</translation>
    </message>
    <message>
        <source>its header is unreadable</source>
        <translation>de kop is onleesbaar</translation>
    </message>
    <message>
        <source>its encryption header was changed</source>
        <translation>de versleutelingskop is gewijzigd</translation>
    </message>
    <message>
        <source>the encrypted content does not check out</source>
        <translation>de versleutelde inhoud komt niet door de controle</translation>
    </message>
    <message>
        <source>the content ends early</source>
        <translation>de inhoud houdt te vroeg op</translation>
    </message>
    <message>
        <source>its header does not match its content</source>
        <translation>de kop past niet bij de inhoud</translation>
    </message>
    <message>
        <source>a plain part was changed</source>
        <translation>een onversleuteld deel is gewijzigd</translation>
    </message>
    <message>
        <source>the vault copy inside does not match</source>
        <translation>de kopie van de kluis erin klopt niet</translation>
    </message>
    <message>
        <source>its manifest is unreadable</source>
        <translation>de inhoudsbeschrijving is onleesbaar</translation>
    </message>
    <message>
        <source>the folder does not exist (is the disk connected?)</source>
        <translation>de map bestaat niet (is de schijf aangesloten?)</translation>
    </message>
    <message>
        <source>CoachDesk may not write there</source>
        <translation>CoachDesk mag daar niet schrijven</translation>
    </message>
    <message>
        <source>it is inside the vault&apos;s own folder, so it is no offsite copy</source>
        <translation>hij staat in de map van de kluis zelf, dus het is geen kopie op een andere plek</translation>
    </message>
    <message>
        <source>No backup of this vault was found in the backup folders. Make a backup first, and check that the backup disk is connected.</source>
        <translation>In de back-upmappen is geen back-up van deze kluis gevonden. Maak eerst een back-up en controleer of de back-upschijf is aangesloten.</translation>
    </message>
    <message>
        <source>The restore was stopped because data of an erased client would have come back ({detail}). Nothing was changed.</source>
        <translation>Het terugzetten is gestopt, omdat gegevens van een gewiste cliënt terug zouden komen ({detail}). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>a part is missing</source>
        <translation>er ontbreekt een onderdeel</translation>
    </message>
    <message>
        <source>its passphrase key does not fit</source>
        <translation>de wachtwoordsleutel past er niet bij</translation>
    </message>
    <message>
        <source>No erasure ledger newer than this backup was found on this computer, so clients erased after {created} could come back. Restore only if you are sure no client was erased since then (or erase them again afterwards); confirm to go on.</source>
        <translation>Op deze computer is geen wisregister gevonden dat nieuwer is dan deze back-up. Cliënten die na {created} zijn gewist, kunnen dus terugkomen. Zet de back-up alleen terug als je zeker weet dat sindsdien geen cliënt is gewist (of wis ze daarna opnieuw); bevestig om door te gaan.</translation>
    </message>
    <message>
        <source>its table of contents is wrong</source>
        <translation>de inhoudsopgave klopt niet</translation>
    </message>
    <message>
        <source>its end was cut off or extended</source>
        <translation>het einde is afgekapt of verlengd</translation>
    </message>
    <message>
        <source>a member header is wrong</source>
        <translation>de kop van een onderdeel klopt niet</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>het bestaat niet</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>het is geen bestand</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>it is truncated or its end was changed</source>
        <translation>het is afgekapt of het einde is gewijzigd</translation>
    </message>
    <message>
        <source>it is another kind of file</source>
        <translation>het is een ander soort bestand</translation>
    </message>
    <message>
        <source>a part is far too large</source>
        <translation>een onderdeel is veel te groot</translation>
    </message>
    <message>
        <source>a part does not check out</source>
        <translation>een onderdeel komt niet door de controle</translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation>het is afgekapt</translation>
    </message>
    <message>
        <source>{recipient} did not receive data about this client (recipients: {recipients}).</source>
        <translation>{recipient} heeft geen gegevens over deze cliënt ontvangen (ontvangers: {recipients}).</translation>
    </message>
    <message>
        <source>Breach {key} is not in the register.</source>
        <translation>Datalek {key} staat niet in het register.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1). CoachDesk keeps running; you can continue working.</source>
        <translation>Er ging onverwacht iets mis (%1). CoachDesk blijft gewoon draaien; je kunt verder werken.</translation>
    </message>
    <message>
        <source>The details were logged without any client data, in %1. If this keeps happening, please send that file to support.</source>
        <translation>De details zijn zonder cliëntgegevens vastgelegd in %1. Blijft dit gebeuren? Stuur dat bestand dan naar de helpdesk.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export agenda</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>The period on screen</source>
        <translation>De periode op het scherm</translation>
    </message>
    <message>
        <source>From today on</source>
        <translation>Vanaf vandaag</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Initials, e.g. “Session — A.d.V.” (recommended)</source>
        <translation>Initialen, bijv. „Sessie — A.d.V.” (aanbevolen)</translation>
    </message>
    <message>
        <source>Client number, e.g. “Session — 2026-014”</source>
        <translation>Cliëntnummer, bijv. „Sessie — 2026-014”</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>A calendar on a phone or in the cloud is less safe than CoachDesk. Notes are never exported; choose how much of the client&apos;s name the titles show.</source>
        <translation>Een agenda op je telefoon of in de cloud is minder veilig dan CoachDesk. Notities worden nooit geëxporteerd; kies hoeveel van de naam van de cliënt de titels tonen.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Titles:</source>
        <translation>Titels:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation>Termijn verlengen</translation>
    </message>
    <message>
        <source>The deadline moves from %1 to %2. Tell the client why within the first month.</source>
        <translation>De termijn schuift op van %1 naar %2. Laat de cliënt binnen de eerste maand weten waarom.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>There is no file at this place.</source>
        <translation>Op deze plek staat geen bestand.</translation>
    </message>
    <message>
        <source>Which backup?</source>
        <translation>Welke back-up?</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Kies het back-upbestand dat je wilt terugzetten.</translation>
    </message>
    <message>
        <source>A CoachDesk backup is one file ending in .cdbackup, in the folder you chose for backups: a USB disk, a network share or a synced cloud folder.</source>
        <translation>Een back-up van CoachDesk is één bestand dat eindigt op .cdbackup, in de map die je voor back-ups hebt gekozen: een USB-schijf, een netwerkmap of een gesynchroniseerde cloudmap.</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Back-upbestand:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <source>Choose a file with the button on the right</source>
        <translation>Kies een bestand met de knop rechts</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Backups in your backup &amp;folders:</source>
        <translation>Back-ups in je back-up&amp;mappen:</translation>
    </message>
    <message>
        <source>Backups in your backup folders</source>
        <translation>Back-ups in je back-upmappen</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search clients and notes…</source>
        <translation>Zoek in cliënten en notities…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Zoektekst</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Type a name, number or words from a note.</source>
        <translation>Typ een naam, een nummer of woorden uit een notitie.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open</source>
        <translation>↑↓ om te kiezen, Enter om te openen</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Intake</source>
        <extracomment>What an event title calls each kind: English sources the window translates (context &quot;IcsExport&quot;) and passes as ``kind_labels``; ``KIND_LABELS`` (Dutch) is the default.</extracomment>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Geblokkeerd</translation>
    </message>
</context>
<context>
    <name>IcsImport</name>
    <message>
        <source>start</source>
        <translation>begin</translation>
    </message>
    <message>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <source>a date or time cannot be read</source>
        <translation>een datum of tijd is onleesbaar</translation>
    </message>
    <message>
        <source>its {what} is in the year {year}</source>
        <translation>het {what} ligt in het jaar {year}</translation>
    </message>
    <message>
        <source>its {name} cannot be read</source>
        <translation>{name} is onleesbaar</translation>
    </message>
    <message>
        <source>it has no start (DTSTART)</source>
        <translation>het heeft geen begin (DTSTART)</translation>
    </message>
    <message>
        <source>its times are out of range</source>
        <translation>de tijden liggen buiten het bereik</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>het eindigt voordat het begint</translation>
    </message>
    <message>
        <source>it has more than one repeat rule (RRULE)</source>
        <translation>het heeft meer dan één herhaalregel (RRULE)</translation>
    </message>
    <message>
        <source>its repeat rule is not supported ({reason})</source>
        <translation>de herhaalregel wordt niet ondersteund ({reason})</translation>
    </message>
    <message>
        <source>its RECURRENCE-ID is out of range</source>
        <translation>de RECURRENCE-ID ligt buiten het bereik</translation>
    </message>
    <message>
        <source>the file holds a newer copy of this event</source>
        <translation>het bestand bevat een nieuwere versie van deze afspraak</translation>
    </message>
    <message>
        <source>its series was skipped</source>
        <translation>de reeks is overgeslagen</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your key to the backup</source>
        <translation>Je sleutel voor de back-up</translation>
    </message>
    <message>
        <source>Nothing changes yet: the key is only used to read the backup.</source>
        <translation>Er verandert nog niets: de sleutel wordt alleen gebruikt om de back-up te lezen.</translation>
    </message>
    <message>
        <source>Every backup opens with the recovery key on your Recovery Sheet. If you had set a passphrase when the backup was made, that opens it too.</source>
        <translation>Elke back-up gaat open met de herstelsleutel op je herstelblad. Had je een wachtwoordzin ingesteld toen de back-up werd gemaakt, dan opent die hem ook.</translation>
    </message>
    <message>
        <source>&amp;Recovery key (as printed, spaces do not matter):</source>
        <translation>&amp;Herstelsleutel (zoals afgedrukt, spaties maken niet uit):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Reading the backup</source>
        <translation>Back-up lezen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Prospect</source>
        <translation>Belangstellende</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Ondertekend formulier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Special-category data (health) in notes</source>
        <translation>Bijzondere persoonsgegevens (gezondheid) in notities</translation>
    </message>
    <message>
        <source>Reporting to the sponsor or employer</source>
        <translation>Rapportage aan de opdrachtgever of werkgever</translation>
    </message>
    <message>
        <source>Contact after the trajectory ends</source>
        <translation>Contact na afloop van het traject</translation>
    </message>
    <message>
        <source>Client created</source>
        <translation>Cliënt aangemaakt</translation>
    </message>
    <message>
        <source>Personal details changed</source>
        <translation>Persoonsgegevens gewijzigd</translation>
    </message>
    <message>
        <source>Data exported (access request)</source>
        <translation>Gegevens geëxporteerd (inzageverzoek)</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Verwerking beperkt</translation>
    </message>
    <message>
        <source>Note created</source>
        <translation>Notitie aangemaakt</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation>Notitie bewerkt</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Notitie verwijderd</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Document toegevoegd</translation>
    </message>
    <message>
        <source>Document opened</source>
        <translation>Document geopend</translation>
    </message>
    <message>
        <source>Document saved elsewhere</source>
        <translation>Document elders opgeslagen</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Document verwijderd</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Toestemming vastgelegd</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <source>Trajectory added</source>
        <translation>Traject toegevoegd</translation>
    </message>
    <message>
        <source>Trajectory changed</source>
        <translation>Traject gewijzigd</translation>
    </message>
    <message>
        <source>Appointment planned</source>
        <translation>Afspraak gepland</translation>
    </message>
    <message>
        <source>Appointment changed</source>
        <translation>Afspraak gewijzigd</translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation>Verstrekking vastgelegd</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>Afspraak geannuleerd</translation>
    </message>
    <message>
        <source>Appointment deleted</source>
        <translation>Afspraak verwijderd</translation>
    </message>
    <message>
        <source>Task added</source>
        <translation>Taak toegevoegd</translation>
    </message>
    <message>
        <source>Task changed</source>
        <translation>Taak gewijzigd</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Taak afgerond</translation>
    </message>
    <message>
        <source>Task reopened</source>
        <translation>Taak heropend</translation>
    </message>
    <message>
        <source>Task dismissed</source>
        <translation>Taak weggeklikt</translation>
    </message>
    <message>
        <source>Task deleted</source>
        <translation>Taak verwijderd</translation>
    </message>
    <message>
        <source>Task cleared by CoachDesk</source>
        <translation>Taak opgeruimd door CoachDesk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Search is not available yet.</source>
        <translation>Zoeken is nog niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 meer</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Titel van de notitie</translation>
    </message>
    <message>
        <source>Note date</source>
        <translation>Datum van de notitie</translation>
    </message>
    <message>
        <source>The date of the session or event the note is about</source>
        <translation>De datum van de sessie of gebeurtenis waar de notitie over gaat</translation>
    </message>
    <message>
        <source>Contains special-category data (e.g. health)</source>
        <translation>Bevat bijzondere persoonsgegevens (bijv. over gezondheid)</translation>
    </message>
    <message>
        <source>Health and other special-category data need the client&apos;s explicit consent.</source>
        <translation>Voor gegevens over gezondheid en andere bijzondere persoonsgegevens heb je uitdrukkelijke toestemming van de cliënt nodig.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Tekst van de notitie</translation>
    </message>
    <message>
        <source>Write the note here. It is saved as you type.</source>
        <translation>Schrijf hier je notitie. Alles wordt opgeslagen terwijl je typt.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Aangemaakt op %1</translation>
    </message>
    <message>
        <source>Created %1 · modified %2</source>
        <translation>Aangemaakt op %1 · gewijzigd op %2</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wordt bewerkt…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <source>Free note</source>
        <translation>Vrije notitie</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Reason for coaching:

Current situation:

What the client wants to achieve:

Sponsor or employer involved:

Agreements (sessions, frequency, confidentiality):

Next steps:
</source>
        <translation>Aanleiding voor coaching:

Huidige situatie:

Wat de cliënt wil bereiken:

Betrokken opdrachtgever of werkgever:

Afspraken (sessies, frequentie, vertrouwelijkheid):

Volgende stappen:
</translation>
    </message>
    <message>
        <source>Session (GROW)</source>
        <translation>Sessie (GROW)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Goal – what does the client want from this session?

Reality – where do things stand now?

Options – what could the client do?

Way forward – what will the client do, and by when?
</source>
        <translation>Doel (Goal) – wat wil de cliënt uit deze sessie halen?

Realiteit (Reality) – hoe staan de zaken er nu voor?

Opties (Options) – wat zou de cliënt kunnen doen?

Vervolg (Way forward) – wat gaat de cliënt doen, en wanneer?
</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Goals at the start:

What has been achieved:

What helped, what did not:

Adjustments for the rest of the trajectory:
</source>
        <translation>Doelen bij de start:

Wat er bereikt is:

Wat hielp en wat niet:

Bijsturing voor de rest van het traject:
</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Closing session</source>
        <translation>Afsluitende sessie</translation>
    </message>
    <message>
        <source>Outcome compared with the goals:

What the client takes along:

Feedback from the client:

Follow-up agreed (if any):
</source>
        <translation>Resultaat vergeleken met de doelen:

Wat de cliënt meeneemt:

Feedback van de cliënt:

Afgesproken vervolg (indien van toepassing):
</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Bijzonder</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Contains special-category data</source>
        <translation>Bevat bijzondere persoonsgegevens</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>New note from a template</source>
        <translation>Nieuwe notitie vanuit een sjabloon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>This note contains special-category data, but there is no explicit consent from the client on record. Record the consent, or remove such data.</source>
        <translation>Deze notitie bevat bijzondere persoonsgegevens, maar er is geen uitdrukkelijke toestemming van de cliënt vastgelegd. Leg de toestemming vast of haal deze gegevens weg.</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notities: %1</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Organisation / sponsor</source>
        <translation>Organisatie / opdrachtgever</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Verwezen door</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Cliënt sinds</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Add trajectory…</source>
        <translation>Traject toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Edit trajectory</source>
        <translation>Traject bewerken</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 jaar)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Wachtwoordzin instellen</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. A few unusual words are easier to remember than a short jumble.</source>
        <translation>Kies een wachtwoordzin van minstens %1 tekens. Een paar ongewone woorden onthoud je makkelijker dan een korte wirwar van tekens.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>New passphrase again:</source>
        <translation>Herhaal de nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>Save passphrase</source>
        <translation>Wachtwoordzin opslaan</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>De twee nieuwe wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Saving the new passphrase…</source>
        <translation>Nieuwe wachtwoordzin opslaan…</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Plan sessions and see your week at a glance, with every appointment linked to its client file. The agenda arrives in a coming version of CoachDesk.</source>
        <translation>Plan sessies en zie je week in één oogopslag, met elke afspraak gekoppeld aan het dossier van de cliënt. De agenda komt in een volgende versie van CoachDesk.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Keep track of what you promised clients and what the privacy rules ask of you, such as retention reviews. Tasks arrive in a coming version of CoachDesk.</source>
        <translation>Houd bij wat je cliënten hebt beloofd en wat de privacyregels van je vragen, zoals het nalopen van bewaartermijnen. Taken komen in een volgende versie van CoachDesk.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Export everything about one client, anonymise or erase a client, and keep to your retention periods, as the GDPR (AVG) asks. These tools arrive in a coming version of CoachDesk. Your data is already stored encrypted on this computer.</source>
        <translation>Exporteer alles over één cliënt, anonimiseer of wis een cliënt en houd je aan je bewaartermijnen, zoals de AVG vraagt. Deze functies komen in een volgende versie van CoachDesk. Je gegevens staan nu al versleuteld op deze computer.</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation>Je praktijk</translation>
    </message>
    <message>
        <source>These details appear on every letter and report CoachDesk makes. You can change them later in Settings.</source>
        <translation>Deze gegevens komen op elke brief en elk rapport dat CoachDesk maakt. Je kunt ze later wijzigen bij Instellingen.</translation>
    </message>
    <message>
        <source>Practice name *</source>
        <translation>Naam van de praktijk *</translation>
    </message>
    <message>
        <source>Your name *</source>
        <translation>Je naam *</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Postcode and city</source>
        <translation>Postcode en plaats</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Naam van de praktijk</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 cijfers</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Logo verwijderen</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Voorbeeld van het logo</translation>
    </message>
    <message>
        <source>* required. The rest is optional.</source>
        <translation>* verplicht. De rest is optioneel.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Audit log entries with the client&apos;s random id (no name or content), as proof of what was done.</source>
        <translation>Regels in het logboek met het willekeurige id van de cliënt (zonder naam of inhoud), als bewijs van wat er is gedaan.</translation>
    </message>
    <message>
        <source>One erasure ledger entry (random id, action, scope, time, legal basis), so that a restored backup is erased again.</source>
        <translation>Eén regel in het wisregister (willekeurig id, handeling, omvang, tijdstip, rechtsgrond), zodat ook een teruggezette back-up opnieuw wordt gewist.</translation>
    </message>
    <message>
        <source>One count in the aggregate practice statistics (year, theme, age band, sessions).</source>
        <translation>Eén telling in de geanonimiseerde praktijkstatistiek (jaar, thema, leeftijdsgroep, sessies).</translation>
    </message>
    <message>
        <source>Another window kept the vault busy, so the final clean-up will run again on the next start.</source>
        <translation>Een ander venster hield de kluis bezet. De laatste opruimstap wordt daarom bij de volgende start opnieuw uitgevoerd.</translation>
    </message>
    <message>
        <source>Inform {recipient} of an erasure (reference {reference})</source>
        <translation>{recipient} inlichten over een wissing (kenmerk {reference})</translation>
    </message>
    <message>
        <source>Art. 19 GDPR: tell this recipient that the data they received from you about a client has been erased, so that they can erase it too. Quote reference {reference}; the client&apos;s name is on the confirmation letter only.</source>
        <translation>Art. 19 AVG: laat deze ontvanger weten dat de gegevens over een cliënt die je hebt verstrekt, zijn gewist, zodat de ontvanger ze ook kan wissen. Vermeld kenmerk {reference}; de naam van de cliënt staat alleen in de bevestigingsbrief.</translation>
    </message>
</context>
<context>
    <name>PrivacyDue</name>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Te wissen sinds</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Bewaarplicht</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Opgeschort</translation>
    </message>
    <message>
        <source>Delete %n old appointment(s)</source>
        <translation>Oude afspraken verwijderen (%n)</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Bewaarplicht</translation>
    </message>
    <message>
        <source>On hold until %1</source>
        <translation>Bewaarplicht tot %1</translation>
    </message>
</context>
<context>
    <name>PrivacyLabels</name>
    <message>
        <source>Request received</source>
        <translation>Verzoek ontvangen</translation>
    </message>
    <message>
        <source>Request deadline extended</source>
        <translation>Termijn van verzoek verlengd</translation>
    </message>
    <message>
        <source>Request completed</source>
        <translation>Verzoek afgehandeld</translation>
    </message>
    <message>
        <source>Data breach recorded</source>
        <translation>Datalek vastgelegd</translation>
    </message>
    <message>
        <source>Data breach updated</source>
        <translation>Datalek bijgewerkt</translation>
    </message>
    <message>
        <source>Old appointments removed (retention)</source>
        <translation>Oude afspraken verwijderd (bewaartermijn)</translation>
    </message>
    <message>
        <source>Retention periods confirmed</source>
        <translation>Bewaartermijnen bevestigd</translation>
    </message>
    <message>
        <source>Retention periods changed</source>
        <translation>Bewaartermijnen gewijzigd</translation>
    </message>
    <message>
        <source>Client erased</source>
        <translation>Cliënt gewist</translation>
    </message>
    <message>
        <source>Client anonymised</source>
        <translation>Cliënt geanonimiseerd</translation>
    </message>
    <message>
        <source>Client imported from an export</source>
        <translation>Cliënt geïmporteerd uit een export</translation>
    </message>
    <message>
        <source>Legal hold placed</source>
        <translation>Juridische bewaarplicht ingesteld</translation>
    </message>
    <message>
        <source>Legal hold lifted</source>
        <translation>Juridische bewaarplicht opgeheven</translation>
    </message>
    <message>
        <source>Automatic retention switched on</source>
        <translation>Automatisch opschonen aangezet</translation>
    </message>
    <message>
        <source>Automatic retention switched off</source>
        <translation>Automatisch opschonen uitgezet</translation>
    </message>
    <message>
        <source>Automatic retention run</source>
        <translation>Automatisch opgeschoond</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>Backup settings changed</source>
        <translation>Back-upinstellingen gewijzigd</translation>
    </message>
    <message>
        <source>Restore drill passed</source>
        <translation>Hersteltest geslaagd</translation>
    </message>
    <message>
        <source>Practice restored from a backup</source>
        <translation>Praktijk teruggezet uit een back-up</translation>
    </message>
    <message>
        <source>Erasure repeated after a restore</source>
        <translation>Wissing herhaald na terugzetten</translation>
    </message>
    <message>
        <source>Restore without a newer erasure ledger accepted</source>
        <translation>Terugzetten zonder nieuwer wisregister geaccepteerd</translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>Agenda geïmporteerd</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Agenda geëxporteerd</translation>
    </message>
    <message>
        <source>Demo practice generated</source>
        <translation>Demopraktijk aangemaakt</translation>
    </message>
    <message>
        <source>Practice details changed</source>
        <translation>Praktijkgegevens gewijzigd</translation>
    </message>
    <message>
        <source>Practice logo saved</source>
        <translation>Praktijklogo opgeslagen</translation>
    </message>
    <message>
        <source>Practice logo removed</source>
        <translation>Praktijklogo verwijderd</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Instellingen gewijzigd</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Kluis aangemaakt</translation>
    </message>
    <message>
        <source>Vault key replaced</source>
        <translation>Sleutel van de kluis vervangen</translation>
    </message>
    <message>
        <source>Key copy in the keychain switched on</source>
        <translation>Sleutelkopie in de sleutelbos aangezet</translation>
    </message>
    <message>
        <source>Key copy in the keychain switched off</source>
        <translation>Sleutelkopie in de sleutelbos uitgezet</translation>
    </message>
    <message>
        <source>Passphrase set or changed</source>
        <translation>Wachtwoordzin ingesteld of gewijzigd</translation>
    </message>
    <message>
        <source>Passphrase removed</source>
        <translation>Wachtwoordzin verwijderd</translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation>Herstelsleutel vervangen</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Due for erasure</source>
        <translation>Te wissen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiek</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Datalekken</translation>
    </message>
</context>
<context>
    <name>ProgressGate</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>QuickAddBar</name>
    <message>
        <source>Add a task: type it and press Enter (Ctrl+T from anywhere)</source>
        <translation>Nieuwe taak: typ hem en druk op Enter (overal Ctrl+T)</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Task not added</source>
        <translation>Taak niet toegevoegd</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>Added “%1” (due %2).</source>
        <translation>“%1” toegevoegd (vervaldatum %2).</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Save Recovery Sheet</source>
        <translation>Herstelblad opslaan</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nieuwe herstelsleutel</translation>
    </message>
    <message>
        <source>CoachDesk never keeps your recovery key, so it cannot show it to you again. If your Recovery Sheet is lost, or you fear someone else saw it, create a new recovery key here. From then on the old key no longer opens this vault. Backups made before today still open with the old key, so keep the old sheet as long as you keep those backups.</source>
        <translation>CoachDesk bewaart je herstelsleutel nooit en kan hem je dus niet opnieuw laten zien. Ben je je herstelblad kwijt, of ben je bang dat iemand anders het heeft gezien? Maak dan hier een nieuwe herstelsleutel. Daarna opent de oude sleutel deze kluis niet meer. Back-ups van vóór vandaag gaan nog wel open met de oude sleutel. Bewaar het oude blad dus zolang je die back-ups bewaart.</translation>
    </message>
    <message>
        <source>To confirm it is you, enter your passphrase:</source>
        <translation>Voer ter bevestiging je wachtwoordzin in:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>This is your new recovery key. Save the Recovery Sheet and print it, or write the key down, and keep it somewhere safe away from this computer.</source>
        <translation>Dit is je nieuwe herstelsleutel. Sla het herstelblad op en print het, of schrijf de sleutel op. Bewaar hem op een veilige plek, niet bij deze computer.</translation>
    </message>
    <message>
        <source>Save Recovery Sheet (PDF)…</source>
        <translation>Herstelblad opslaan (pdf)…</translation>
    </message>
    <message>
        <source>To confirm you have it, type group %1 of the new key:</source>
        <translation>Typ ter controle groep %1 van de nieuwe sleutel:</translation>
    </message>
    <message>
        <source>The new recovery key is active. The old key no longer opens this vault; backups made before today still open with the old key.</source>
        <translation>De nieuwe herstelsleutel is actief. De oude sleutel opent deze kluis niet meer; back-ups van vóór vandaag gaan nog wel open met de oude sleutel.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Use the new key</source>
        <translation>Nieuwe sleutel gebruiken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Activating the new recovery key…</source>
        <translation>Nieuwe herstelsleutel activeren…</translation>
    </message>
    <message>
        <source>CoachDesk Recovery Sheet.pdf</source>
        <translation>CoachDesk-herstelblad.pdf</translation>
    </message>
    <message>
        <source>Saving a Recovery Sheet is not available in this version.</source>
        <translation>Een herstelblad opslaan kan nog niet in deze versie.</translation>
    </message>
    <message>
        <source>Saved. &lt;a href=&quot;%1&quot;&gt;Open the sheet&lt;/a&gt; to print it.</source>
        <translation>Opgeslagen. &lt;a href=&quot;%1&quot;&gt;Open het herstelblad&lt;/a&gt; om het te printen.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Correct. You have your recovery key.</source>
        <translation>Klopt. Je hebt je herstelsleutel.</translation>
    </message>
    <message>
        <source>That is not group {number}. Look again.</source>
        <translation>Dat is niet groep {number}. Kijk nog eens goed.</translation>
    </message>
    <message>
        <source>Saved as {path}. Print it, keep the paper safe, then delete the file.</source>
        <translation>Opgeslagen als {path}. Print het, bewaar het papier op een veilige plek en verwijder daarna het bestand.</translation>
    </message>
    <message>
        <source>CoachDesk recovery sheet.pdf</source>
        <translation>CoachDesk-herstelblad.pdf</translation>
    </message>
    <message>
        <source>Save the Recovery Sheet</source>
        <translation>Herstelblad opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the Recovery Sheet…</source>
        <translation>Herstelblad maken…</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <source>It opens your files when everything else fails. It is shown only now.</source>
        <translation>Hiermee open je je bestanden als al het andere niet lukt. Je ziet hem alleen nu.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Print the Recovery Sheet or write the key down, and keep it away from this computer. CoachDesk keeps no copy: once you continue, it is not shown again.</source>
        <translation>Print het herstelblad of schrijf de sleutel op, en bewaar hem niet bij deze computer. CoachDesk bewaart geen kopie: zodra je doorgaat, zie je hem niet meer.</translation>
    </message>
    <message>
        <source>&amp;Print Recovery Sheet…</source>
        <translation>Herstelblad &amp;printen…</translation>
    </message>
    <message>
        <source>Print Recovery Sheet</source>
        <translation>Herstelblad printen</translation>
    </message>
    <message>
        <source>To check, type group %1:</source>
        <translation>Typ ter controle groep %1:</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key</source>
        <translation>Groep %1 van de herstelsleutel</translation>
    </message>
    <message>
        <source>Skip the check. I accept that I can lose all my data if I lose this computer or my login.</source>
        <translation>Controle overslaan. Ik accepteer dat ik al mijn gegevens kwijt kan raken als ik deze computer of mijn computeraccount kwijtraak.</translation>
    </message>
    <message>
        <source>Skip the check. I accept that I can lose all my data if I lose my passphrase and this computer.</source>
        <translation>Controle overslaan. Ik accepteer dat ik al mijn gegevens kwijt kan raken als ik mijn wachtwoordzin vergeet en deze computer kwijtraak.</translation>
    </message>
    <message>
        <source>Skip the check and accept the risk</source>
        <translation>Controle overslaan en het risico accepteren</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>&apos;{part}&apos; is not NAME=VALUE</source>
        <translation>&apos;{part}&apos; is geen NAAM=WAARDE</translation>
    </message>
    <message>
        <source>{part} is not supported</source>
        <translation>{part} wordt niet ondersteund</translation>
    </message>
    <message>
        <source>{part} appears twice</source>
        <translation>{part} komt twee keer voor</translation>
    </message>
    <message>
        <source>{part} must be a positive number</source>
        <translation>{part} moet een positief getal zijn</translation>
    </message>
    <message>
        <source>COUNT and UNTIL together</source>
        <translation>COUNT en UNTIL samen</translation>
    </message>
    <message>
        <source>{part} is not a date</source>
        <translation>{part} is geen datum</translation>
    </message>
    <message>
        <source>a part cannot be read ({part})</source>
        <translation>een onderdeel is onleesbaar ({part})</translation>
    </message>
</context>
<context>
    <name>RegisterButton</name>
    <message>
        <source>Processing register</source>
        <translation>Verwerkingsregister</translation>
    </message>
    <message>
        <source>The register of processing activities (Art. 30 GDPR) as a PDF, drawn up from your current settings: purposes, data, recipients, retention periods and security measures.</source>
        <translation>Het register van verwerkingsactiviteiten (art. 30 AVG) als pdf, opgesteld uit je huidige instellingen: doeleinden, gegevens, ontvangers, bewaartermijnen en beveiligingsmaatregelen.</translation>
    </message>
    <message>
        <source>Processing register in Dutch…</source>
        <translation>Verwerkingsregister in het Nederlands…</translation>
    </message>
    <message>
        <source>Processing register in English…</source>
        <translation>Verwerkingsregister in het Engels…</translation>
    </message>
    <message>
        <source>Save the processing register</source>
        <translation>Verwerkingsregister opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing up the processing register…</source>
        <translation>Verwerkingsregister opstellen…</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <source>first</source>
        <translation>eerste</translation>
    </message>
    <message>
        <source>second</source>
        <translation>tweede</translation>
    </message>
    <message>
        <source>third</source>
        <translation>derde</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierde</translation>
    </message>
    <message>
        <source>last</source>
        <translation>laatste</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Niet herhalen</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <source>Every … weeks</source>
        <translation>Om de … weken</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Elke maand op de %1e</translation>
    </message>
    <message>
        <source>Monthly on the %1 %2</source>
        <translation>Elke maand op de %1 %2</translation>
    </message>
    <message>
        <source>Custom (kept as imported)</source>
        <translation>Aangepast (bewaard zoals geïmporteerd)</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>zonder einde</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>times:</source>
        <translation>aantal keer:</translation>
    </message>
    <message>
        <source>every </source>
        <translation>om de </translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <source>Repeat ends</source>
        <translation>Einde van de herhaling</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Aantal keer</translation>
    </message>
    <message>
        <source>Repeat until</source>
        <translation>Herhalen tot en met</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Your practice is restored</source>
        <translation>Je praktijk is teruggezet</translation>
    </message>
    <message>
        <source>CoachDesk opens it when you click the button below.</source>
        <translation>CoachDesk opent hem als je op de knop hieronder klikt.</translation>
    </message>
    <message>
        <source>Restored from the backup of %1.</source>
        <translation>Teruggezet vanuit de back-up van %1.</translation>
    </message>
    <message>
        <source>Erasure ledger: %1 entries replayed.</source>
        <translation>Wisregister: %1 regels opnieuw toegepast.</translation>
    </message>
    <message>
        <source>Clients erased after the backup and removed again: %1.</source>
        <translation>Cliënten die na de back-up zijn gewist en opnieuw verwijderd: %1.</translation>
    </message>
    <message>
        <source>Past their retention period and removed: %1.</source>
        <translation>Bewaartermijn verstreken en verwijderd: %1.</translation>
    </message>
    <message>
        <source>Past their retention period (see Privacy): %1.</source>
        <translation>Bewaartermijn verstreken (zie Privacy): %1.</translation>
    </message>
    <message>
        <source>You chose to restore without a newer erasure ledger; this is recorded in the audit log.</source>
        <translation>Je hebt gekozen om terug te zetten zonder nieuwer wisregister; dat is vastgelegd in het logboek.</translation>
    </message>
    <message>
        <source>It took %1 seconds.</source>
        <translation>Dit duurde %1 seconden.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Register a request</source>
        <translation>Verzoek registreren</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Soort verzoek</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>Access request</source>
        <translation>Inzageverzoek</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectificatie</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Gegevenswissing</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Beperking van de verwerking</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Overdraagbaarheid van gegevens</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlengd tot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requests from clients about their data (access, erasure, …). Answer within one month of receipt; a complex request may be extended by two months, with a reason.</source>
        <translation>Verzoeken van cliënten over hun gegevens (inzage, wissen, …). Reageer binnen een maand na ontvangst; een ingewikkeld verzoek mag je met opgave van reden met twee maanden verlengen.</translation>
    </message>
    <message>
        <source>Show completed requests</source>
        <translation>Afgehandelde verzoeken tonen</translation>
    </message>
    <message>
        <source>Register a request…</source>
        <translation>Verzoek registreren…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Verlengen…</translation>
    </message>
    <message>
        <source>Mark completed…</source>
        <translation>Afhandelen…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Afgehandeld op %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message numerus="yes">
        <source>Open, %n day(s) left</source>
        <translation>
            <numerusform>Open, nog %n dag</numerusform>
            <numerusform>Open, nog %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Request register</source>
        <translation>Register van verzoeken</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restoring</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>CoachDesk decrypts the backup, checks it and puts it in place.</source>
        <translation>CoachDesk ontsleutelt de back-up, controleert hem en zet hem op zijn plaats.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Voortgang van het terugzetten</translation>
    </message>
    <message>
        <source>This computer has no record of clients erased after %1, the moment of this backup. If you erased or anonymised a client after that, their data would come back with this backup. Restore only if you are sure, or erase those clients again afterwards. Your choice is recorded in the audit log.</source>
        <translation>Op deze computer is niet bekend welke cliënten na %1 zijn gewist, het moment van deze back-up. Heb je daarna een cliënt gewist of geanonimiseerd, dan komen diens gegevens met deze back-up terug. Zet de back-up alleen terug als je het zeker weet, of wis die cliënten daarna opnieuw. Je keuze wordt vastgelegd in het logboek.</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Toch terugzetten</translation>
    </message>
    <message>
        <source>Do not restore</source>
        <translation>Niet terugzetten</translation>
    </message>
    <message>
        <source>Decrypting the backup…</source>
        <translation>Back-up ontsleutelen…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>Removing erased clients again and applying retention…</source>
        <translation>Gewiste cliënten opnieuw verwijderen en bewaartermijnen toepassen…</translation>
    </message>
    <message>
        <source>Securing the restored practice with a new key…</source>
        <translation>De teruggezette praktijk met een nieuwe sleutel beveiligen…</translation>
    </message>
    <message>
        <source>Writing the keys…</source>
        <translation>Sleutels opslaan…</translation>
    </message>
    <message>
        <source>Putting the restored practice in place…</source>
        <translation>De teruggezette praktijk op zijn plaats zetten…</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Teruggezet.</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <source>CoachDesk backups (*.cdbackup)</source>
        <translation>Back-ups van CoachDesk (*.cdbackup)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Open CoachDesk</source>
        <translation>CoachDesk &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Session notes, intake, goals, tasks and documents</source>
        <translation>Sessieverslagen, intake, doelen, taken en documenten</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agenda-afspraken</translation>
    </message>
    <message>
        <source>Prospects without a trajectory</source>
        <translation>Belangstellenden zonder traject</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Vastgelegde toestemmingen</translation>
    </message>
    <message>
        <source>Invoices (if invoicing is used)</source>
        <translation>Facturen (als je factureert)</translation>
    </message>
    <message>
        <source>after the end of the last trajectory</source>
        <translation>na het einde van het laatste traject</translation>
    </message>
    <message>
        <source>after the appointment</source>
        <translation>na de afspraak</translation>
    </message>
    <message>
        <source>after the last contact</source>
        <translation>na het laatste contact</translation>
    </message>
    <message>
        <source>after the end of the trajectory</source>
        <translation>na het einde van het traject</translation>
    </message>
    <message>
        <source>after the end of that financial year</source>
        <translation>na het einde van dat boekjaar</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <source>Continuity if the client returns, and the window in which a complaint can still be made. The professional code for psychologists (NIP) uses one year.</source>
        <translation>Continuïteit als de cliënt terugkomt, en de periode waarin nog een klacht kan worden ingediend. De beroepscode voor psychologen (NIP) gaat uit van één jaar.</translation>
    </message>
    <message>
        <source>To settle questions about appointments that were made.</source>
        <translation>Om vragen over gemaakte afspraken te kunnen beantwoorden.</translation>
    </message>
    <message>
        <source>To follow up an enquiry that did not (yet) lead to coaching.</source>
        <translation>Om een aanvraag op te volgen die (nog) niet tot coaching heeft geleid.</translation>
    </message>
    <message>
        <source>Proof that the client gave consent (GDPR Art. 7(1)). Kept until the data it covers is erased, and never longer than this maximum.</source>
        <translation>Bewijs dat de cliënt toestemming heeft gegeven (AVG art. 7 lid 1). Bewaard totdat de gegevens waar de toestemming over gaat zijn gewist, en nooit langer dan dit maximum.</translation>
    </message>
    <message>
        <source>Dutch tax law requires you to keep your records for seven years (art. 52 AWR).</source>
        <translation>De belastingwet verplicht je om je administratie zeven jaar te bewaren (art. 52 AWR).</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>How long client data is kept</source>
        <translation>Hoe lang cliëntgegevens bewaard blijven</translation>
    </message>
    <message>
        <source>The GDPR asks you to keep personal data no longer than needed. These are sensible defaults; change a period if your practice needs it.</source>
        <translation>De AVG vraagt je persoonsgegevens niet langer te bewaren dan nodig. Dit zijn verstandige standaardtermijnen; pas een termijn aan als je praktijk daarom vraagt.</translation>
    </message>
    <message>
        <source>Confirm and &amp;start</source>
        <translation>Bevestigen en &amp;starten</translation>
    </message>
    <message>
        <source>Then it is erased.</source>
        <translation>Daarna wordt het gewist.</translation>
    </message>
    <message>
        <source>Then it is anonymised: only counts remain.</source>
        <translation>Daarna wordt het geanonimiseerd: alleen aantallen blijven over.</translation>
    </message>
    <message>
        <source>Set by law.</source>
        <translation>Wettelijk vastgelegd.</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>maximaal </translation>
    </message>
    <message>
        <source>Retention period in months for: %1</source>
        <translation>Bewaartermijn in maanden voor: %1</translation>
    </message>
    <message>
        <source>You can change these later in Settings. CoachDesk records your choice and the date, for your processing register.</source>
        <translation>Je kunt dit later wijzigen bij Instellingen. CoachDesk legt je keuze en de datum vast, voor je verwerkingsregister.</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Save retention periods</source>
        <translation>Bewaartermijnen opslaan</translation>
    </message>
    <message>
        <source>Erase and anonymise automatically</source>
        <translation>Automatisch wissen en anonimiseren</translation>
    </message>
    <message>
        <source>Items past their retention date are erased or anonymised automatically, as each rule says; clients under a legal hold are skipped; each run is in the audit log. This happens when you unlock CoachDesk and once a day while it is open. When this is off, items past their date appear as tasks and on the Privacy page, and nothing is erased without you.</source>
        <translation>Gegevens waarvan de bewaartermijn is verstreken, worden automatisch gewist of geanonimiseerd, zoals elke regel aangeeft; cliënten met een juridische bewaarplicht worden overgeslagen; elke ronde komt in het logboek. Dit gebeurt als je CoachDesk ontgrendelt en daarna eens per dag zolang het openstaat. Staat dit uit, dan verschijnen verlopen gegevens als taak en op de pagina Privacy, en wordt er niets gewist zonder jou.</translation>
    </message>
    <message>
        <source>Automatic mode has not run yet.</source>
        <translation>Automatisch opschonen heeft nog niet gedraaid.</translation>
    </message>
    <message>
        <source>Last automatic run: %1 — %2.</source>
        <translation>Laatste automatische ronde: %1 — %2.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>From now on, when you unlock CoachDesk and once a day, items past their retention date are erased or anonymised automatically, as each rule says, without asking again. Clients under a legal hold are skipped; each run is in the audit log. Erasing cannot be undone.</source>
        <translation>Vanaf nu worden gegevens waarvan de bewaartermijn is verstreken automatisch gewist of geanonimiseerd, zoals elke regel aangeeft, als je CoachDesk ontgrendelt en eens per dag, zonder dat CoachDesk het nog vraagt. Cliënten met een juridische bewaarplicht worden overgeslagen; elke ronde komt in het logboek. Wissen kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>This handles %n item(s) past their date right away.</source>
        <translation>
            <numerusform>Dit handelt meteen %n onderdeel af waarvan de termijn is verstreken.</numerusform>
            <numerusform>Dit handelt meteen %n onderdelen af waarvan de termijn is verstreken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch on automatic retention?</source>
        <translation>Automatisch opschonen inschakelen?</translation>
    </message>
</context>
<context>
    <name>RunWords</name>
    <message numerus="yes">
        <source>%n client(s) erased</source>
        <translation>
            <numerusform>%n cliënt gewist</numerusform>
            <numerusform>%n cliënten gewist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) anonymised</source>
        <translation>
            <numerusform>%n cliënt geanonimiseerd</numerusform>
            <numerusform>%n cliënten geanonimiseerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old appointment(s) removed</source>
        <translation>
            <numerusform>%n oude afspraak verwijderd</numerusform>
            <numerusform>%n oude afspraken verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (legal hold)</source>
        <translation>
            <numerusform>%n overgeslagen (juridische bewaarplicht)</numerusform>
            <numerusform>%n overgeslagen (juridische bewaarplicht)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was past its retention date</source>
        <translation>van niets was de bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>Automatic retention: %1.</source>
        <translation>Automatisch opschonen: %1.</translation>
    </message>
    <message>
        <source>Automatic retention stopped: %1</source>
        <translation>Automatisch opschonen is gestopt: %1</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>This appointment is part of a series. What do you want to change?</source>
        <translation>Deze afspraak hoort bij een reeks. Wat wil je wijzigen?</translation>
    </message>
    <message>
        <source>This appointment is part of a series. What do you want to move?</source>
        <translation>Deze afspraak hoort bij een reeks. Wat wil je verplaatsen?</translation>
    </message>
    <message>
        <source>This appointment is part of a series. What do you want to cancel?</source>
        <translation>Deze afspraak hoort bij een reeks. Wat wil je annuleren?</translation>
    </message>
    <message>
        <source>This appointment is part of a series. What do you want to delete?</source>
        <translation>Deze afspraak hoort bij een reeks. Wat wil je verwijderen?</translation>
    </message>
    <message>
        <source>Recurring appointment</source>
        <translation>Terugkerende afspraak</translation>
    </message>
    <message>
        <source>This appointment</source>
        <translation>Deze afspraak</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>Deze en de volgende</translation>
    </message>
    <message>
        <source>All appointments</source>
        <translation>Alle afspraken</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>(untitled note)</source>
        <translation>(notitie zonder titel)</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who can log in to this computer as you can open your client files.</source>
        <translation>Zonder wachtwoordzin kan iedereen die als jou op deze computer kan inloggen je cliëntdossiers openen.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Te kort: gebruik minstens %n teken.</numerusform>
            <numerusform>Te kort: gebruik minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a few unusual words.</source>
        <translation>Zwak: makkelijk te raden. Voeg een paar ongewone woorden toe.</translation>
    </message>
    <message>
        <source>Fair. A few more words make it much stronger.</source>
        <translation>Redelijk. Met een paar woorden extra wordt hij veel sterker.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Goed.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <source>Checking whether this computer has a keychain…</source>
        <translation>Controleren of deze computer een sleutelhanger heeft…</translation>
    </message>
    <message>
        <source>This computer has no keychain that CoachDesk can use, so a passphrase is required.</source>
        <translation>Deze computer heeft geen sleutelhanger die CoachDesk kan gebruiken. Een wachtwoordzin is dus verplicht.</translation>
    </message>
    <message>
        <source>Opening CoachDesk safely</source>
        <translation>CoachDesk veilig openen</translation>
    </message>
    <message>
        <source>Your client files are always encrypted. Choose what unlocks them.</source>
        <translation>Je cliëntdossiers zijn altijd versleuteld. Kies waarmee je ze ontgrendelt.</translation>
    </message>
    <message>
        <source>Create &amp;vault</source>
        <translation>&amp;Kluis aanmaken</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <source>A few words only you would think of</source>
        <translation>Een paar woorden waar alleen jij op komt</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>Wachtwoordzin t&amp;onen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>Open with my &amp;computer login (keychain)</source>
        <translation>Openen met mijn &amp;computeraccount (sleutelhanger)</translation>
    </message>
    <message>
        <source>Open with my computer login</source>
        <translation>Openen met mijn computeraccount</translation>
    </message>
    <message>
        <source>Protects your files when someone has your laptop and can log in as you. You type it each time you open CoachDesk.</source>
        <translation>Beschermt je bestanden als iemand je laptop heeft en als jou kan inloggen. Je typt hem elke keer dat je CoachDesk opent.</translation>
    </message>
    <message>
        <source>Computer login</source>
        <translation>Computeraccount</translation>
    </message>
    <message>
        <source>Convenient: CoachDesk opens without typing when you are logged in. Anyone who is logged in to this computer as you can open it too.</source>
        <translation>Makkelijk: CoachDesk gaat zonder typen open als je bent ingelogd. Maar iedereen die als jou op deze computer is ingelogd, kan het dan ook openen.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Comes on the next page. It opens your files when you forget the passphrase or this computer breaks. There is no other way in: the makers of CoachDesk cannot open your files either.</source>
        <translation>Krijg je op de volgende pagina. Hiermee open je je bestanden als je de wachtwoordzin vergeet of als deze computer kapotgaat. Er is geen andere weg naar binnen: ook de makers van CoachDesk kunnen je bestanden niet openen.</translation>
    </message>
    <message>
        <source>Creating your encrypted vault…</source>
        <translation>Je versleutelde kluis wordt aangemaakt…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>Praktijkgegevens</translation>
    </message>
    <message>
        <source>Practice name:</source>
        <translation>Naam van de praktijk:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Je naam:</translation>
    </message>
    <message>
        <source>Street and number:</source>
        <translation>Straat en huisnummer:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <source>KvK number:</source>
        <translation>KvK-nummer:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Save practice details</source>
        <translation>Praktijkgegevens opslaan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Language of CoachDesk:</source>
        <translation>Taal van CoachDesk:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Lock when not used for:</source>
        <translation>Vergrendelen na inactiviteit van:</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Minuten tot automatisch vergrendelen</translation>
    </message>
    <message>
        <source>Open with my computer login</source>
        <translation>Openen met mijn computeraccount</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>Nieuwe herstelsleutel…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over CoachDesk</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <source>Vault schema:</source>
        <translation>Kluisschema:</translation>
    </message>
    <message>
        <source>SQLCipher version:</source>
        <translation>SQLCipher-versie:</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Niet opgeslagen: verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Practice details saved.</source>
        <translation>Praktijkgegevens opgeslagen.</translation>
    </message>
    <message>
        <source>Checking for a keychain on this computer…</source>
        <translation>Zoeken naar een sleutelhanger op deze computer…</translation>
    </message>
    <message>
        <source>This computer has no keychain CoachDesk can use, so your passphrase opens CoachDesk.</source>
        <translation>Deze computer heeft geen sleutelhanger die CoachDesk kan gebruiken. Je opent CoachDesk dus met je wachtwoordzin.</translation>
    </message>
    <message>
        <source>To turn this off, set a passphrase first: otherwise only the recovery key could open CoachDesk.</source>
        <translation>Stel eerst een wachtwoordzin in om dit uit te zetten. Anders kan alleen de herstelsleutel CoachDesk nog openen.</translation>
    </message>
    <message>
        <source>When on, CoachDesk opens without a passphrase while you are logged in to this computer. Anyone using your login can then open it too.</source>
        <translation>Als dit aan staat, gaat CoachDesk zonder wachtwoordzin open zolang je op deze computer bent ingelogd. Iedereen die jouw computeraccount gebruikt, kan het dan ook openen.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation>Wachtwoordzin instellen…</translation>
    </message>
    <message>
        <source>CoachDesk now opens with your computer login.</source>
        <translation>CoachDesk gaat nu open met je computeraccount.</translation>
    </message>
    <message>
        <source>CoachDesk no longer opens with your computer login.</source>
        <translation>CoachDesk gaat niet meer open met je computeraccount.</translation>
    </message>
    <message>
        <source>Your new passphrase is saved.</source>
        <translation>Je nieuwe wachtwoordzin is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Stop setting up?</source>
        <translation>Stoppen met instellen?</translation>
    </message>
    <message>
        <source>Your encrypted vault has already been created.</source>
        <translation>Je versleutelde kluis is al aangemaakt.</translation>
    </message>
    <message>
        <source>Keep it and finish setting up the next time you start CoachDesk, or delete it and start again from the beginning. It holds no client data yet.</source>
        <translation>Bewaar hem en maak het instellen af als je CoachDesk de volgende keer start, of verwijder hem en begin opnieuw. Er staan nog geen cliëntgegevens in.</translation>
    </message>
    <message>
        <source>Your recovery key has not been confirmed. If you keep the vault, write the key down first: it will not be shown again.</source>
        <translation>Je herstelsleutel is nog niet bevestigd. Bewaar je de kluis, schrijf de sleutel dan eerst op: je krijgt hem niet nog een keer te zien.</translation>
    </message>
    <message>
        <source>Keep the vault</source>
        <translation>Kluis bewaren</translation>
    </message>
    <message>
        <source>Delete the vault</source>
        <translation>Kluis verwijderen</translation>
    </message>
    <message>
        <source>Continue setting up</source>
        <translation>Verder met instellen</translation>
    </message>
    <message>
        <source>Set up CoachDesk</source>
        <translation>CoachDesk instellen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Vo&amp;ltooien</translation>
    </message>
</context>
<context>
    <name>SpinBoxUnits</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Career</source>
        <translation>Loopbaan</translation>
    </message>
    <message>
        <source>Return to work</source>
        <translation>Re-integratie</translation>
    </message>
    <message>
        <source>Work stress / burn-out</source>
        <translation>Werkstress / burn-out</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Leiderschap</translation>
    </message>
    <message>
        <source>Personal development</source>
        <translation>Persoonlijke ontwikkeling</translation>
    </message>
    <message>
        <source>Team / relationships</source>
        <translation>Team / relaties</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>When you anonymise a client, only these counts remain: the year, a broad theme, an age band and the number of sessions. Nothing links back to a person; counts under five are shown as &lt;5.</source>
        <translation>Als je een cliënt anonimiseert, blijven alleen deze tellingen over: het jaar, een globaal thema, een leeftijdsgroep en het aantal sessies. Niets is terug te voeren op een persoon; aantallen onder de vijf worden getoond als &lt;5.</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Indelen naar</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Every cell</source>
        <translation>Alle combinaties</translation>
    </message>
    <message>
        <source>No client has been anonymised yet.</source>
        <translation>Er is nog geen cliënt geanonimiseerd.</translation>
    </message>
    <message>
        <source>Practice statistics</source>
        <translation>Praktijkstatistiek</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>CoachDesk writes an encrypted backup to each folder below: a USB disk, a network share or a synced cloud folder. Only your recovery key or passphrase opens it, on any computer.</source>
        <translation>CoachDesk schrijft een versleutelde back-up naar elke map hieronder: een USB-schijf, een netwerkmap of een gesynchroniseerde cloudmap. Alleen je herstelsleutel of wachtwoordzin opent hem, op elke computer.</translation>
    </message>
    <message>
        <source>Backup &amp;folders:</source>
        <translation>Back-up&amp;mappen:</translation>
    </message>
    <message>
        <source>Backup folders</source>
        <translation>Back-upmappen</translation>
    </message>
    <message>
        <source>No backup folder yet: add one so a lost laptop does not take your files.</source>
        <translation>Nog geen back-upmap: voeg er een toe, zodat een verloren laptop je dossiers niet meeneemt.</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Map toevoegen…</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Map verwijderen</translation>
    </message>
    <message>
        <source>Back up &amp;automatically:</source>
        <translation>&amp;Automatisch back-up maken:</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>Automatisch back-up maken</translation>
    </message>
    <message>
        <source>Daily backups to keep:</source>
        <translation>Dagelijkse back-ups bewaren:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Weekly backups to keep:</source>
        <translation>Wekelijkse back-ups bewaren:</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>Monthly backups to keep:</source>
        <translation>Maandelijkse back-ups bewaren:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>This folder is already in the list.</source>
        <translation>Deze map staat al in de lijst.</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Back-upinstellingen opgeslagen.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>(archived client)</source>
        <translation>(gearchiveerde cliënt)</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Taak bewerken</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Taak</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Vervaldatum</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioriteit</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliënt</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>What needs doing?</source>
        <translation>Wat moet er gebeuren?</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>No client (type to search)</source>
        <translation>Geen cliënt (typ om te zoeken)</translation>
    </message>
    <message>
        <source>Choose a client from the list.</source>
        <translation>Kies een cliënt uit de lijst.</translation>
    </message>
</context>
<context>
    <name>TaskLabels</name>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <source>Per client</source>
        <translation>Per cliënt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Vandaag hoeft er niets af.</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done.</source>
        <translation>Niets te laat. Goed bezig!</translation>
    </message>
    <message>
        <source>No upcoming tasks.</source>
        <translation>Geen taken in aantocht.</translation>
    </message>
    <message>
        <source>No open tasks for this client.</source>
        <translation>Geen openstaande taken voor deze cliënt.</translation>
    </message>
    <message>
        <source>No finished tasks yet.</source>
        <translation>Nog geen afgeronde taken.</translation>
    </message>
    <message>
        <source>Write session note (%1)</source>
        <translation>Sessieverslag schrijven (%1)</translation>
    </message>
    <message>
        <source>Retention period ended for %1</source>
        <translation>Bewaartermijn verlopen voor %1</translation>
    </message>
    <message>
        <source>Back up the practice (the last backup is overdue)</source>
        <translation>Maak een back-up van de praktijk (de laatste is te lang geleden)</translation>
    </message>
    <message>
        <source>Connect the backup folder %1</source>
        <translation>Sluit de back-upmap %1 aan</translation>
    </message>
    <message>
        <source>A system task: CoachDesk made it and removes it when its reason is gone. Tick it or press Delete to dismiss it.</source>
        <translation>Een systeemtaak: CoachDesk heeft hem zelf gemaakt en haalt hem weg zodra de reden vervalt. Vink hem aan of druk op Delete om hem weg te klikken.</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Markeren als afgerond</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Wegklikken</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Cliënt openen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Done on %1. Untick to reopen.</source>
        <translation>Afgerond op %1. Vink uit om weer te openen.</translation>
    </message>
    <message>
        <source>Tick to mark as done</source>
        <translation>Aanvinken als afgerond</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Task views</source>
        <translation>Takenoverzichten</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Task not changed</source>
        <translation>Taak niet gewijzigd</translation>
    </message>
    <message>
        <source>Done: “%1”.</source>
        <translation>Afgerond: “%1”.</translation>
    </message>
    <message>
        <source>Dismissed: “%1”.</source>
        <translation>Weggeklikt: “%1”.</translation>
    </message>
    <message>
        <source>Reopened: “%1”.</source>
        <translation>Heropend: “%1”.</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Taak verwijderen</translation>
    </message>
    <message>
        <source>Delete the task “%1”? This cannot be undone.</source>
        <translation>De taak “%1” verwijderen? Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Task not deleted</source>
        <translation>Taak niet verwijderd</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Afspraken vandaag</translation>
    </message>
    <message>
        <source>Requests from clients due this week</source>
        <translation>Verzoeken van cliënten met een termijn deze week</translation>
    </message>
    <message>
        <source>Recently changed clients</source>
        <translation>Onlangs gewijzigde cliënten</translation>
    </message>
    <message>
        <source>Active clients without a next session</source>
        <translation>Actieve cliënten zonder volgende sessie</translation>
    </message>
    <message>
        <source>Every active client has a next session booked.</source>
        <translation>Elke actieve cliënt heeft al een volgende sessie gepland.</translation>
    </message>
    <message>
        <source>Open the task list (Ctrl+4)</source>
        <translation>Open de takenlijst (Ctrl+4)</translation>
    </message>
    <message>
        <source>Nothing planned for today.</source>
        <translation>Vandaag staat er niets gepland.</translation>
    </message>
    <message>
        <source>No clients yet. Add your first client on the Clients page (Ctrl+N).</source>
        <translation>Nog geen cliënten. Voeg je eerste cliënt toe op de pagina Cliënten (Ctrl+N).</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Goedemorgen, %1</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Goedemorgen</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Goedemiddag, %1</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Goedemiddag</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Goedenavond, %1</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Goedenavond</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Actieve cliënten</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Openstaande taken</translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>Afspraken vandaag</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <source>%1  ·  changed %2</source>
        <translation>%1  ·  gewijzigd %2</translation>
    </message>
    <message>
        <source>Open this client&apos;s file</source>
        <translation>Dossier van deze cliënt openen</translation>
    </message>
    <message>
        <source>%1  ·  no sessions yet</source>
        <translation>%1  ·  nog geen sessies</translation>
    </message>
    <message>
        <source>%1  ·  last session %2</source>
        <translation>%1  ·  laatste sessie %2</translation>
    </message>
    <message>
        <source>Open this client&apos;s file to plan the next session</source>
        <translation>Open het dossier van deze cliënt om de volgende sessie te plannen</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  overdue since %3</source>
        <translation>%1  ·  %2  ·  te laat sinds %3</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  due %3</source>
        <translation>%1  ·  %2  ·  uiterlijk %3</translation>
    </message>
    <message>
        <source>The register is on the Privacy page</source>
        <translation>Het register staat op de pagina Privacy</translation>
    </message>
    <message numerus="yes">
        <source>Data breach: reporting to the AP is %n hour(s) overdue</source>
        <translation>
            <numerusform>Datalek: de melding bij de AP is %n uur te laat</numerusform>
            <numerusform>Datalek: de melding bij de AP is %n uur te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data breach: report to the AP within %n hour(s)</source>
        <translation>
            <numerusform>Datalek: meld het binnen %n uur bij de AP</numerusform>
            <numerusform>Datalek: meld het binnen %n uur bij de AP</numerusform>
        </translation>
    </message>
    <message>
        <source>The breach register is on the Privacy page</source>
        <translation>Het datalekregister staat op de pagina Privacy</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
</context>
<context>
    <name>TrajectoryDialog</name>
    <message>
        <source>New trajectory</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <source>Edit trajectory</source>
        <translation>Traject bewerken</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Einde</translation>
    </message>
    <message>
        <source>Agreed &amp;sessions</source>
        <translation>Afgesproken sess&amp;ies</translation>
    </message>
    <message>
        <source>S&amp;ponsor</source>
        <translation>&amp;Opdrachtgever</translation>
    </message>
    <message>
        <source>Pa&amp;yer</source>
        <translation>&amp;Betaler</translation>
    </message>
    <message>
        <source>e.g. Career coaching 2026</source>
        <translation>bijv. Loopbaancoaching 2026</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Niet afgesproken</translation>
    </message>
    <message>
        <source>Employer or organisation that commissioned it</source>
        <translation>Werkgever of organisatie die de opdracht gaf</translation>
    </message>
    <message>
        <source>Who pays, if not the sponsor</source>
        <translation>Wie betaalt, als dat niet de opdrachtgever is</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>CoachDesk — locked</source>
        <translation>CoachDesk — vergrendeld</translation>
    </message>
    <message>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <source>Your client files are locked.</source>
        <translation>Je cliëntdossiers zijn vergrendeld.</translation>
    </message>
    <message>
        <source>Opening with your computer login…</source>
        <translation>Openen met je computeraccount…</translation>
    </message>
    <message>
        <source>Opening with your computer login</source>
        <translation>Openen met je computeraccount</translation>
    </message>
    <message>
        <source>Recovery key (as printed on your Recovery Sheet):</source>
        <translation>Herstelsleutel (zoals op je herstelblad staat):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Mijn wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <source>Try my computer login again</source>
        <translation>Opnieuw proberen met mijn computeraccount</translation>
    </message>
    <message>
        <source>Unlock with my computer login</source>
        <translation>Ontgrendelen met mijn computeraccount</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Probleem bij ontgrendelen</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>Typ eerst je herstelsleutel.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Typ eerst je wachtwoordzin.</translation>
    </message>
    <message>
        <source>Your computer login could not open CoachDesk this time. Use your passphrase or recovery key instead.</source>
        <translation>Met je computeraccount ging CoachDesk deze keer niet open. Gebruik je wachtwoordzin of je herstelsleutel.</translation>
    </message>
    <message>
        <source>Your computer login could not open CoachDesk this time. Use your recovery key instead.</source>
        <translation>Met je computeraccount ging CoachDesk deze keer niet open. Gebruik je herstelsleutel.</translation>
    </message>
    <message numerus="yes">
        <source>For your safety, wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Wacht voor je veiligheid %n seconde tot je het opnieuw probeert.</numerusform>
            <numerusform>Wacht voor je veiligheid %n seconden tot je het opnieuw probeert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a first or last name.</source>
        <translation>Vul een voornaam of achternaam in.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (expected name@example.nl).</source>
        <translation>Dit is geen e-mailadres (verwacht: naam@voorbeeld.nl).</translation>
    </message>
    <message>
        <source>A Dutch postcode looks like 1234 AB.</source>
        <translation>Een Nederlandse postcode ziet eruit als 1234 AB.</translation>
    </message>
    <message>
        <source>A phone number has 8 to 15 digits, e.g. 06 1234 5678.</source>
        <translation>Een telefoonnummer heeft 8 tot 15 cijfers, bijv. 06 1234 5678.</translation>
    </message>
    <message>
        <source>A date of birth lies between 1900 and today.</source>
        <translation>Een geboortedatum ligt tussen 1900 en vandaag.</translation>
    </message>
    <message>
        <source>A name has at most 100 characters.</source>
        <translation>Een naam heeft maximaal 100 tekens.</translation>
    </message>
    <message>
        <source>This field has at most 200 characters.</source>
        <translation>Dit veld heeft maximaal 200 tekens.</translation>
    </message>
    <message>
        <source>Tags are short words (letters, digits, spaces, dashes).</source>
        <translation>Tags zijn korte woorden (letters, cijfers, spaties, streepjes).</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <extracomment>Explicit consent (AVG art. 9) for health and other special-category data in notes. Purposes the Consents tab offers; the coach may type another one. Autosave writes a note every few seconds while the coach types; one audit entry per editing stretch says as much as fifty and keeps the log readable.</extracomment>
        <translation>De einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <source>Give the trajectory a title or a goal.</source>
        <translation>Geef het traject een titel of een doel.</translation>
    </message>
    <message>
        <source>Choose or type a purpose.</source>
        <translation>Kies of typ een doel.</translation>
    </message>
    <message>
        <source>There is no consent in force for this purpose.</source>
        <translation>Voor dit doel geldt nu geen toestemming.</translation>
    </message>
    <message>
        <source>Auto-lock must lie between 1 and 240 minutes.</source>
        <translation>Automatisch vergrendelen moet tussen 1 en 240 minuten liggen.</translation>
    </message>
    <message>
        <source>A KvK number has 8 digits.</source>
        <translation>Een KvK-nummer heeft 8 cijfers.</translation>
    </message>
    <message>
        <source>Enter the name of your practice.</source>
        <translation>Vul de naam van je praktijk in.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Dit is te lang.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Vul je naam in.</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>Geef de taak een titel.</translation>
    </message>
    <message>
        <source>The title is too long (300 characters at most).</source>
        <translation>De titel is te lang (maximaal 300 tekens).</translation>
    </message>
    <message>
        <source>Choose high, normal or low priority.</source>
        <translation>Kies een hoge, normale of lage prioriteit.</translation>
    </message>
    <message>
        <source>That client no longer exists.</source>
        <translation>Die cliënt bestaat niet meer.</translation>
    </message>
    <message>
        <source>Choose the kind of request.</source>
        <translation>Kies het soort verzoek.</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>Geef de reden voor de verlenging.</translation>
    </message>
    <message>
        <source>This request has already been extended.</source>
        <translation>Dit verzoek is al verlengd.</translation>
    </message>
    <message>
        <source>This request has already been completed.</source>
        <translation>Dit verzoek is al afgehandeld.</translation>
    </message>
    <message>
        <source>A request cannot be completed before it was received.</source>
        <translation>Een verzoek kan niet zijn afgehandeld voordat het is ontvangen.</translation>
    </message>
    <message>
        <source>CoachDesk made this task itself; dismiss it instead of deleting it.</source>
        <translation>CoachDesk heeft deze taak zelf gemaakt. Je kunt hem niet verwijderen, wel wegklikken.</translation>
    </message>
    <message>
        <source>The end lies after the start.</source>
        <translation>Het einde moet na het begin liggen.</translation>
    </message>
    <message>
        <source>Enter a title or choose a client.</source>
        <translation>Vul een titel in of kies een cliënt.</translation>
    </message>
    <message>
        <source>This time zone is unknown.</source>
        <translation>Deze tijdzone is onbekend.</translation>
    </message>
    <message>
        <source>Repeat every 1 to 99 weeks or months.</source>
        <translation>Herhaal elke 1 tot 99 weken of maanden.</translation>
    </message>
    <message>
        <source>Repeat 1 to 999 times.</source>
        <translation>Herhaal 1 tot 999 keer.</translation>
    </message>
    <message>
        <source>The last date lies on or after the first.</source>
        <translation>De laatste datum moet op of na de eerste liggen.</translation>
    </message>
    <message>
        <source>Choose an end date or a number of times, not both.</source>
        <translation>Kies een einddatum of een aantal keer, niet allebei.</translation>
    </message>
    <message>
        <source>Choose a client to write a note for.</source>
        <translation>Kies een cliënt om een verslag voor te schrijven.</translation>
    </message>
    <message>
        <source>Choose when to back up.</source>
        <translation>Kies wanneer er een back-up wordt gemaakt.</translation>
    </message>
    <message>
        <source>Keep between 0 and 1000 backups (daily at least 1).</source>
        <translation>Bewaar tussen 0 en 1000 back-ups (per dag minstens 1).</translation>
    </message>
    <message>
        <source>Each backup folder must be a full path, once.</source>
        <translation>Geef elke back-upmap één keer op, als volledig pad.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Beschrijf wat er is gebeurd.</translation>
    </message>
    <message>
        <source>Give the time of discovery with its time zone.</source>
        <translation>Geef het tijdstip van ontdekking met de tijdzone.</translation>
    </message>
    <message>
        <source>The breach cannot be discovered in the future.</source>
        <translation>Het datalek kan niet in de toekomst zijn ontdekt.</translation>
    </message>
    <message>
        <source>Choose the risk: none, a risk or a high risk.</source>
        <translation>Kies het risico: geen, een risico of een hoog risico.</translation>
    </message>
    <message>
        <source>The number of people affected cannot be negative.</source>
        <translation>Het aantal betrokkenen kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>A breach cannot be reported before it was discovered.</source>
        <translation>Een datalek kan niet gemeld zijn voordat het werd ontdekt.</translation>
    </message>
    <message>
        <source>The people affected cannot be informed before the breach was discovered.</source>
        <translation>De betrokkenen kunnen niet geïnformeerd zijn voordat het datalek werd ontdekt.</translation>
    </message>
    <message>
        <source>That date lies in the future.</source>
        <translation>Die datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Say why this breach poses no risk (for example: the data was encrypted).</source>
        <translation>Geef aan waarom dit datalek geen risico oplevert (bijvoorbeeld: de gegevens waren versleuteld).</translation>
    </message>
</context>
<context>
    <name>WarningBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CoachDesk</source>
        <translation>Welkom bij CoachDesk</translation>
    </message>
    <message>
        <source>Set up your practice in a few minutes.</source>
        <translation>Richt je praktijk in een paar minuten in.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>CoachDesk keeps your client files on this computer, encrypted. Without your key nobody can read them, not even someone who takes your laptop.</source>
        <translation>CoachDesk bewaart je cliëntdossiers versleuteld op deze computer. Zonder jouw sleutel kan niemand ze lezen, ook niet iemand die je laptop meeneemt.</translation>
    </message>
    <message>
        <source>Setting up takes four steps:</source>
        <translation>Het instellen gaat in vier stappen:</translation>
    </message>
    <message>
        <source>Your practice details, which appear on every document CoachDesk makes.</source>
        <translation>Je praktijkgegevens, die op elk document komen dat CoachDesk maakt.</translation>
    </message>
    <message>
        <source>How CoachDesk is opened: with a passphrase, your computer login, or both.</source>
        <translation>Hoe je CoachDesk opent: met een wachtwoordzin, met je computeraccount of met allebei.</translation>
    </message>
    <message>
        <source>Your recovery key, to print and keep in a safe place.</source>
        <translation>Je herstelsleutel, om te printen en op een veilige plek te bewaren.</translation>
    </message>
    <message>
        <source>How long client data is kept before it is erased.</source>
        <translation>Hoe lang cliëntgegevens bewaard blijven voordat ze worden gewist.</translation>
    </message>
    <message>
        <source>Keep a printer or a pen and paper at hand for the recovery key.</source>
        <translation>Houd voor de herstelsleutel een printer of pen en papier bij de hand.</translation>
    </message>
    <message>
        <source>I already have a backup…</source>
        <translation>Ik heb al een back-up…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>Moving to a new computer, or replacing a lost one? Restore your practice from a backup with your recovery key or passphrase.</source>
        <translation>Verhuis je naar een nieuwe computer of vervang je een verloren exemplaar? Zet je praktijk terug vanuit een back-up met je herstelsleutel of wachtwoordzin.</translation>
    </message>
</context>
</TS>
