<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <source>&amp;Recent backups:</source>
        <translation>&amp;Recent backups:</translation>
    </message>
    <message>
        <source>Recent backups</source>
        <translation>Recent backups</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Run a restore drill</source>
        <translation>Run a restore drill</translation>
    </message>
    <message>
        <source>Decrypts the newest backup into a private scratch folder, checks every part of it and deletes the scratch folder again. Nothing in CoachDesk changes.</source>
        <translation>Decrypts the newest backup into a private scratch folder, checks every part of it and deletes the scratch folder again. Nothing in CoachDesk changes.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Last verified restore: never. Run a restore drill to be sure.</source>
        <translation>Last verified restore: never. Run a restore drill to be sure.</translation>
    </message>
    <message>
        <source>Last verified restore: %1</source>
        <translation>Last verified restore: %1</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Checking the newest backup…</source>
        <translation>Checking the newest backup…</translation>
    </message>
    <message>
        <source>Restore drill passed: the backup of %1 was decrypted and checked completely. It can be restored.</source>
        <translation>Restore drill passed: the backup of %1 was decrypted and checked completely. It can be restored.</translation>
    </message>
    <message>
        <source>Restore drill failed for the backup of %1: %2</source>
        <translation>Restore drill failed for the backup of %1: %2</translation>
    </message>
    <message>
        <source>Restore drill cancelled.</source>
        <translation>Restore drill cancelled.</translation>
    </message>
    <message>
        <source>Restore drill failed: %1</source>
        <translation>Restore drill failed: %1</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Everything done in this dossier, newest first. The audit log is tamper-evident and holds no names or content.</source>
        <translation>Everything done in this dossier, newest first. The audit log is tamper-evident and holds no names or content.</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this client yet.</source>
        <translation>Nothing has been recorded for this client yet.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>(no longer in the dossier)</source>
        <translation>(no longer in the dossier)</translation>
    </message>
</context>
<context>
    <name>AgendaActions</name>
    <message>
        <source>The appointment was not changed</source>
        <translation>The appointment was not changed</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Delete appointment</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Delete “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
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
        <translation>Session</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Blocked time</source>
        <translation>Blocked time</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Work week</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
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
        <translation>Today</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Go to today (T)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Previous (Page Up)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Next (Page Down)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>Import/export</source>
        <translation>Import/export</translation>
    </message>
    <message>
        <source>Import from a calendar file (ICS)…</source>
        <translation>Import from a calendar file (ICS)…</translation>
    </message>
    <message>
        <source>Export to a calendar file (ICS)…</source>
        <translation>Export to a calendar file (ICS)…</translation>
    </message>
    <message>
        <source>Appointments by hour</source>
        <translation>Appointments by hour</translation>
    </message>
    <message>
        <source>Appointments by day</source>
        <translation>Appointments by day</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Edit appointment</source>
        <translation>Edit appointment</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>L&amp;ocation</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>e.g. Session with Anna</source>
        <translation>e.g. Session with Anna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>Address or video link</source>
        <translation>Address or video link</translation>
    </message>
    <message>
        <source>Location or video link</source>
        <translation>Location or video link</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Write session note</source>
        <translation>Write session note</translation>
    </message>
    <message>
        <source>Open the client's dossier at a note for this appointment</source>
        <translation>Open the client's dossier at a note for this appointment</translation>
    </message>
    <message>
        <source>Cancel appointment…</source>
        <translation>Cancel appointment…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Overlaps with %1</source>
        <translation>Overlaps with %1</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title and location</source>
        <translation>Title and location</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Part of a recurring series</source>
        <translation>Part of a recurring series</translation>
    </message>
    <message>
        <source>Double-click an appointment to open it in the Agenda on that day.</source>
        <translation>Double-click an appointment to open it in the Agenda on that day.</translation>
    </message>
    <message>
        <source>Nothing planned for this client.</source>
        <translation>Nothing planned for this client.</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>No appointments yet.</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Upcoming appointments</translation>
    </message>
    <message>
        <source>Past appointments</source>
        <translation>Past appointments</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Upcoming (%1)</translation>
    </message>
    <message>
        <source>Past (%1)</source>
        <translation>Past (%1)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Everything CoachDesk recorded, newest first. The log is tamper-evident and holds random ids and actions only, never names or content.</source>
        <translation>Everything CoachDesk recorded, newest first. The log is tamper-evident and holds random ids and actions only, never names or content.</translation>
    </message>
    <message>
        <source>Filter by action, e.g. erased or note</source>
        <translation>Filter by action, e.g. erased or note</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entries</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The erasure ledger of the vault in this folder could not be read: no key for it was at hand.</source>
        <translation>The erasure ledger of the vault in this folder could not be read: no key for it was at hand.</translation>
    </message>
    <message>
        <source>The vault in this folder could not be read; its sidecar was used.</source>
        <translation>The vault in this folder could not be read; its sidecar was used.</translation>
    </message>
    <message>
        <source>The sidecar file erasure-ledger.json does not verify with the vault's key; it was ignored.</source>
        <translation>The sidecar file erasure-ledger.json does not verify with the vault's key; it was ignored.</translation>
    </message>
</context>
<context>
    <name>BackupCard</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Set up backups…</source>
        <translation>Set up backups…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>Last backup: never</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>Last verified restore: %1</source>
        <translation>Last verified restore: %1</translation>
    </message>
    <message>
        <source>Last verified restore: never</source>
        <translation>Last verified restore: never</translation>
    </message>
    <message>
        <source>No backup folder is set up. Choose one in Settings → Backups.</source>
        <translation>No backup folder is set up. Choose one in Settings → Backups.</translation>
    </message>
    <message>
        <source>There is no backup of your practice yet.</source>
        <translation>There is no backup of your practice yet.</translation>
    </message>
    <message>
        <source>A backup is overdue.</source>
        <translation>A backup is overdue.</translation>
    </message>
</context>
<context>
    <name>BackupHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Decrypted and checked right after it was written.</source>
        <translation>Decrypted and checked right after it was written.</translation>
    </message>
    <message>
        <source>Not checked after writing.</source>
        <translation>Not checked after writing.</translation>
    </message>
</context>
<context>
    <name>BackupLabels</name>
    <message>
        <source>Every time I close CoachDesk</source>
        <translation>Every time I close CoachDesk</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Only when I click “Back up now”</source>
        <translation>Only when I click “Back up now”</translation>
    </message>
    <message>
        <source>This folder cannot be found. Is the disk or network share connected?</source>
        <translation>This folder cannot be found. Is the disk or network share connected?</translation>
    </message>
    <message>
        <source>CoachDesk may not write in this folder. Choose another folder.</source>
        <translation>CoachDesk may not write in this folder. Choose another folder.</translation>
    </message>
    <message>
        <source>This folder is inside CoachDesk's own data folder: a lost or broken laptop would take the backups with it. Choose a USB disk, a network share or a synced cloud folder.</source>
        <translation>This folder is inside CoachDesk's own data folder: a lost or broken laptop would take the backups with it. Choose a USB disk, a network share or a synced cloud folder.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>not writable</source>
        <translation>not writable</translation>
    </message>
    <message>
        <source>inside the data folder</source>
        <translation>inside the data folder</translation>
    </message>
    <message>
        <source>This folder cannot be used for backups.</source>
        <translation>This folder cannot be used for backups.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Backup cancelled. No new backup was written.</source>
        <translation>Backup cancelled. No new backup was written.</translation>
    </message>
    <message>
        <source>Backup written to %1 of the folders, but not everywhere: %2</source>
        <translation>Backup written to %1 of the folders, but not everywhere: %2</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <source>No backup folder is set up yet. Add one in Settings → Backups.</source>
        <translation>No backup folder is set up yet. Add one in Settings → Backups.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Backup written and checked: %1</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backing up in the background…</source>
        <translation>Backing up in the background…</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>BackupTargets</name>
    <message>
        <source>Choose a folder for backups</source>
        <translation>Choose a folder for backups</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>Record a data breach</source>
        <translation>Record a data breach</translation>
    </message>
    <message>
        <source>Edit a data breach</source>
        <translation>Edit a data breach</translation>
    </message>
    <message>
        <source>For example: names, session notes</source>
        <translation>For example: names, session notes</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>The data was encrypted, and the key was not on the lost device</source>
        <translation>The data was encrypted, and the key was not on the lost device</translation>
    </message>
    <message>
        <source>No risk for the people involved</source>
        <translation>No risk for the people involved</translation>
    </message>
    <message>
        <source>A risk: report to the AP</source>
        <translation>A risk: report to the AP</translation>
    </message>
    <message>
        <source>A high risk: report to the AP and inform the people involved</source>
        <translation>A high risk: report to the AP and inform the people involved</translation>
    </message>
    <message>
        <source>Report a breach to the Autoriteit Persoonsgegevens within 72 hours of discovering it, unless it poses no risk to the people involved. A lost laptop whose vault is encrypted, with the key not on the laptop, usually poses none. Report at %1.</source>
        <translation>Report a breach to the Autoriteit Persoonsgegevens within 72 hours of discovering it, unless it poses no risk to the people involved. A lost laptop whose vault is encrypted, with the key not on the laptop, usually poses none. Report at %1.</translation>
    </message>
    <message>
        <source>Reported to the AP on</source>
        <translation>Reported to the AP on</translation>
    </message>
    <message>
        <source>People involved informed on</source>
        <translation>People involved informed on</translation>
    </message>
    <message>
        <source>Only when you do not report it</source>
        <translation>Only when you do not report it</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>Discovered on</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Which data</source>
        <translation>Which data</translation>
    </message>
    <message>
        <source>People affected (about)</source>
        <translation>People affected (about)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>AP reference</source>
        <translation>AP reference</translation>
    </message>
    <message>
        <source>Why not reported</source>
        <translation>Why not reported</translation>
    </message>
</context>
<context>
    <name>BreachesTab</name>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Reported to the AP</source>
        <translation>Reported to the AP</translation>
    </message>
    <message>
        <source>Every data breach goes in this register, also the ones you do not report: what happened, its effects and what you did about it. Report a breach that poses a risk to the Autoriteit Persoonsgegevens within 72 hours of discovering it.</source>
        <translation>Every data breach goes in this register, also the ones you do not report: what happened, its effects and what you did about it. Report a breach that poses a risk to the Autoriteit Persoonsgegevens within 72 hours of discovering it.</translation>
    </message>
    <message>
        <source>Record a breach…</source>
        <translation>Record a breach…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Data breaches</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message numerus="yes">
        <source>Due %1 (%n hour(s) left)</source>
        <translation>
            <numerusform>Due %1 (%n hour left)</numerusform>
            <numerusform>Due %1 (%n hours left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExchange</name>
    <message>
        <source>Export agenda</source>
        <translation>Export agenda</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) exported.</source>
        <translation>
            <numerusform>%n appointment exported.</numerusform>
            <numerusform>%n appointments exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the agenda…</source>
        <translation>Exporting the agenda…</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Import calendar</translation>
    </message>
    <message>
        <source>Importing the calendar…</source>
        <translation>Importing the calendar…</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged.</source>
        <translation>%1 new, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Skipped:</translation>
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
        <translation>Something went wrong. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ClientFormDialog</name>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Contact and practice</source>
        <translation>Contact and practice</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>Tussen&amp;voegsel</source>
        <translation>Tussen&amp;voegsel</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>Pre&amp;ferred name</source>
        <translation>Pre&amp;ferred name</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Stree&amp;t and number</source>
        <translation>Stree&amp;t and number</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;ity</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Co&amp;untry</translation>
    </message>
    <message>
        <source>&amp;Organisation / sponsor</source>
        <translation>&amp;Organisation / sponsor</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>&amp;Referred by</translation>
    </message>
    <message>
        <source>e.g. van der</source>
        <translation>e.g. van der</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. burnout, career</source>
        <translation>Comma-separated, e.g. burnout, career</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>name@example.nl</translation>
    </message>
    <message>
        <source>Two-letter country code, e.g. NL or BE</source>
        <translation>Two-letter country code, e.g. NL or BE</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Clear the date of birth</source>
        <translation>Clear the date of birth</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Save (%1)</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>No client</source>
        <translation>No client</translation>
    </message>
    <message>
        <source>Type a name or number</source>
        <translation>Type a name or number</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>ClientRights</name>
    <message>
        <source>Client rights</source>
        <translation>Client rights</translation>
    </message>
    <message>
        <source>Export all data (Dutch)…</source>
        <translation>Export all data (Dutch)…</translation>
    </message>
    <message>
        <source>Export all data (English)…</source>
        <translation>Export all data (English)…</translation>
    </message>
    <message>
        <source>Export as one ZIP file</source>
        <translation>Export as one ZIP file</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <source>Exporting the client's data…</source>
        <translation>Exporting the client's data…</translation>
    </message>
    <message>
        <source>Export ready</source>
        <translation>Export ready</translation>
    </message>
    <message>
        <source>The package is in %1. Hand it over securely.</source>
        <translation>The package is in %1. Hand it over securely.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Erasing…</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Number</source>
        <extracomment>Column -&gt; ``ClientQuery.sort`` key; columns missing here cannot be sorted (no SQL order).</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Phone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search name, number, e-mail or organisation (Ctrl+F)</source>
        <translation>Search name, number, e-mail or organisation (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter clients</source>
        <translation>Filter clients</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Add a client (Ctrl+N)</source>
        <translation>Add a client (Ctrl+N)</translation>
    </message>
    <message>
        <source>All but archived</source>
        <translation>All but archived</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>No clients yet</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Clients: %1</translation>
    </message>
    <message>
        <source>%1 of %2 clients</source>
        <translation>%1 of %2 clients</translation>
    </message>
</context>
<context>
    <name>CloseBackup</name>
    <message>
        <source>Backing up before CoachDesk closes…</source>
        <translation>Backing up before CoachDesk closes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>CoachDesk closes now. Your practice itself is safe on this computer.</source>
        <translation>CoachDesk closes now. Your practice itself is safe on this computer.</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Request completed</source>
        <translation>Request completed</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
</context>
<context>
    <name>ConfirmErasure</name>
    <message>
        <source>Anonymise client</source>
        <translation>Anonymise client</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Erase client</translation>
    </message>
    <message>
        <source>Everything about %1 is erased for good: details, notes, documents, appointments, tasks and consents. Only an anonymous count remains in the practice statistics.</source>
        <translation>Everything about %1 is erased for good: details, notes, documents, appointments, tasks and consents. Only an anonymous count remains in the practice statistics.</translation>
    </message>
    <message>
        <source>Everything about %1 is erased for good: details, notes, documents, appointments, tasks and consents. This cannot be undone.</source>
        <translation>Everything about %1 is erased for good: details, notes, documents, appointments, tasks and consents. This cannot be undone.</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Type %1 to confirm:</translation>
    </message>
    <message>
        <source>Theme for the statistics:</source>
        <translation>Theme for the statistics:</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Recipients of this client's data (Art. 19)</source>
        <translation>Recipients of this client's data (Art. 19)</translation>
    </message>
    <message>
        <source>Tick those you have already told about the erasure. For the others CoachDesk adds a task to inform them; the confirmation letter says which is which.</source>
        <translation>Tick those you have already told about the erasure. For the others CoachDesk adds a task to inform them; the confirmation letter says which is which.</translation>
    </message>
    <message>
        <source>Already informed</source>
        <translation>Already informed</translation>
    </message>
    <message>
        <source>%1 already informed</source>
        <translation>%1 already informed</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>This is the last step before anything changes.</source>
        <translation>This is the last step before anything changes.</translation>
    </message>
    <message>
        <source>Replace everything?</source>
        <translation>Replace everything?</translation>
    </message>
    <message>
        <source>Restore?</source>
        <translation>Restore?</translation>
    </message>
    <message>
        <source>Restoring replaces everything in CoachDesk on this computer — every client, note, appointment, document and setting — with the backup of %1. What you changed after that moment is lost.</source>
        <translation>Restoring replaces everything in CoachDesk on this computer — every client, note, appointment, document and setting — with the backup of %1. What you changed after that moment is lost.</translation>
    </message>
    <message>
        <source>&amp;Yes, replace everything with this backup</source>
        <translation>&amp;Yes, replace everything with this backup</translation>
    </message>
    <message>
        <source>CoachDesk will be set up on this computer from the backup of %1.</source>
        <translation>CoachDesk will be set up on this computer from the backup of %1.</translation>
    </message>
    <message>
        <source>&amp;Yes, restore this backup</source>
        <translation>&amp;Yes, restore this backup</translation>
    </message>
    <message>
        <source>If anything goes wrong on the way, nothing is changed. Afterwards CoachDesk opens with the restored practice.</source>
        <translation>If anything goes wrong on the way, nothing is changed. Afterwards CoachDesk opens with the restored practice.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Text version</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record consent or withdrawal</source>
        <translation>Record consent or withdrawal</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>In force now</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Text version</source>
        <translation>&amp;Text version</translation>
    </message>
    <message>
        <source>S&amp;cope</source>
        <translation>S&amp;cope</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>e.g. consent form 2026-1</source>
        <translation>e.g. consent form 2026-1</translation>
    </message>
    <message>
        <source>e.g. notes about sleep and stress</source>
        <translation>e.g. notes about sleep and stress</translation>
    </message>
    <message>
        <source>e.g. confirmed in the session of 3 March</source>
        <translation>e.g. confirmed in the session of 3 March</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <source>History (records are never changed or removed)</source>
        <translation>History (records are never changed or removed)</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Consent history</translation>
    </message>
    <message>
        <source>No consent is in force for this client.</source>
        <translation>No consent is in force for this client.</translation>
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
        <translation>What is in this backup</translation>
    </message>
    <message>
        <source>Check that this is the backup you want. Nothing has changed yet.</source>
        <translation>Check that this is the backup you want. Nothing has changed yet.</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Made on:</translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation>Practice:</translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation>Clients:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Appointments:</source>
        <translation>Appointments:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Tasks:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>Made by CoachDesk:</source>
        <translation>Made by CoachDesk:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Clients erased after this backup was made stay erased: CoachDesk removes them again while restoring.</source>
        <translation>Clients erased after this backup was made stay erased: CoachDesk removes them again while restoring.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add files to this dossier</source>
        <translation>Add files to this dossier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Drop files on the list to add them. Documents are stored encrypted in the vault; an opened copy is deleted when CoachDesk locks or closes.</source>
        <translation>Drop files on the list to add them. Documents are stored encrypted in the vault; an opened copy is deleted when CoachDesk locks or closes.</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Adding %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file.</source>
        <translation>No program on this computer opens this kind of file.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Save a copy of the document</translation>
    </message>
    <message>
        <source>Saved a copy.</source>
        <translation>Saved a copy.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <source>Remove %1 from this dossier? It cannot be restored.</source>
        <translation>Remove %1 from this dossier? It cannot be restored.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Removing %1…</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>← Clients</source>
        <translation>← Clients</translation>
    </message>
    <message>
        <source>Back to the client list (Alt+Left)</source>
        <translation>Back to the client list (Alt+Left)</translation>
    </message>
    <message>
        <source>Back to the client list</source>
        <translation>Back to the client list</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation>A&amp;ppointments</translation>
    </message>
    <message>
        <source>Co&amp;nsents</source>
        <translation>Co&amp;nsents</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Dossier of %1</source>
        <translation>Dossier of %1</translation>
    </message>
</context>
<context>
    <name>DueTab</name>
    <message>
        <source>Everything past its retention period. Erasing removes the client completely; anonymising also counts them once in the practice statistics. Clients under a legal hold are kept until the hold is lifted.</source>
        <translation>Everything past its retention period. Erasing removes the client completely; anonymising also counts them once in the practice statistics. Clients under a legal hold are kept until the hold is lifted.</translation>
    </message>
    <message>
        <source>Nothing is past its retention period.</source>
        <translation>Nothing is past its retention period.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Erase selected…</source>
        <translation>Erase selected…</translation>
    </message>
    <message>
        <source>Anonymise selected…</source>
        <translation>Anonymise selected…</translation>
    </message>
    <message>
        <source>Erase this client…</source>
        <translation>Erase this client…</translation>
    </message>
    <message>
        <source>Due for erasure</source>
        <translation>Due for erasure</translation>
    </message>
    <message>
        <source>Anonymise clients</source>
        <translation>Anonymise clients</translation>
    </message>
    <message>
        <source>Anonymise %1? Everything about them is erased and they are counted once in the practice statistics. This cannot be undone.</source>
        <translation>Anonymise %1? Everything about them is erased and they are counted once in the practice statistics. This cannot be undone.</translation>
    </message>
    <message>
        <source>Erase clients</source>
        <translation>Erase clients</translation>
    </message>
    <message>
        <source>Erase %1? Everything about them is removed from CoachDesk. This cannot be undone.</source>
        <translation>Erase %1? Everything about them is removed from CoachDesk. This cannot be undone.</translation>
    </message>
    <message>
        <source>For clients that are kept, only their old appointments go.</source>
        <translation>For clients that are kept, only their old appointments go.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Erasing…</translation>
    </message>
    <message>
        <source>Not everything was done</source>
        <translation>Not everything was done</translation>
    </message>
    <message>
        <source>These were skipped:</source>
        <translation>These were skipped:</translation>
    </message>
    <message>
        <source>Erasure stopped</source>
        <translation>Erasure stopped</translation>
    </message>
</context>
<context>
    <name>ErasureDone</name>
    <message>
        <source>Client anonymised</source>
        <translation>Client anonymised</translation>
    </message>
    <message>
        <source>Client erased</source>
        <translation>Client erased</translation>
    </message>
    <message>
        <source>Client %1 has been anonymised: erased, and counted once in the statistics.</source>
        <translation>Client %1 has been anonymised: erased, and counted once in the statistics.</translation>
    </message>
    <message>
        <source>Client %1 has been erased.</source>
        <translation>Client %1 has been erased.</translation>
    </message>
    <message>
        <source>Reference of this erasure: %1</source>
        <translation>Reference of this erasure: %1</translation>
    </message>
    <message>
        <source>A task was added to inform: %1.</source>
        <translation>A task was added to inform: %1.</translation>
    </message>
    <message>
        <source>CoachDesk keeps no name, so the confirmation letter for the client can only be saved now.</source>
        <translation>CoachDesk keeps no name, so the confirmation letter for the client can only be saved now.</translation>
    </message>
    <message>
        <source>Save confirmation letter…</source>
        <translation>Save confirmation letter…</translation>
    </message>
    <message>
        <source>In Dutch…</source>
        <translation>In Dutch…</translation>
    </message>
    <message>
        <source>In English…</source>
        <translation>In English…</translation>
    </message>
    <message>
        <source>Confirmation letter</source>
        <translation>Confirmation letter</translation>
    </message>
    <message>
        <source>Close without saving the confirmation letter? CoachDesk keeps no name, so it cannot be made later.</source>
        <translation>Close without saving the confirmation letter? CoachDesk keeps no name, so it cannot be made later.</translation>
    </message>
    <message>
        <source>Save confirmation letter</source>
        <translation>Save confirmation letter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the letter…</source>
        <translation>Saving the letter…</translation>
    </message>
    <message>
        <source>The letter is saved as %1.</source>
        <translation>The letter is saved as %1.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>Please correct: {summary}</source>
        <translation>Please correct: {summary}</translation>
    </message>
    <message>
        <source>No {what} found for {key}.</source>
        <translation>No {what} found for {key}.</translation>
    </message>
    <message>
        <source>client</source>
        <extracomment>The nouns ``NotFound(what=…)`` is raised with. Marking them in the "Errors" context lets ``ui.i18n.tr_error`` (which translates string fields in that context) say them in Dutch.</extracomment>
        <translation>client</translation>
    </message>
    <message>
        <source>request</source>
        <translation>request</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>appointment</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>trajectory</source>
        <translation>trajectory</translation>
    </message>
    <message>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <source>A vault already exists in {path}. Nothing was changed.</source>
        <translation>A vault already exists in {path}. Nothing was changed.</translation>
    </message>
    <message>
        <source>There is no vault in {path}. Create one with 'coachdesk init' or the app.</source>
        <translation>There is no vault in {path}. Create one with 'coachdesk init' or the app.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {reason}</source>
        <translation>The data folder {path} cannot be used: {reason}</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}. Nothing was changed.</source>
        <translation>The change could not be saved: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <source>The vault is busy in another CoachDesk window or process. Try again shortly.</source>
        <translation>The vault is busy in another CoachDesk window or process. Try again shortly.</translation>
    </message>
    <message>
        <source>This vault was made by a newer CoachDesk (schema {found}, this program knows up to {known}). Install the newer version; nothing was changed.</source>
        <translation>This vault was made by a newer CoachDesk (schema {found}, this program knows up to {known}). Install the newer version; nothing was changed.</translation>
    </message>
    <message>
        <source>The vault could not be upgraded to the format of this CoachDesk version. Nothing was changed; a copy made before the upgrade is kept at {copy}.</source>
        <translation>The vault could not be upgraded to the format of this CoachDesk version. Nothing was changed; a copy made before the upgrade is kept at {copy}.</translation>
    </message>
    <message>
        <source>The vault could not be unlocked.</source>
        <translation>The vault could not be unlocked.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation>That passphrase does not open this vault.</translation>
    </message>
    <message>
        <source>That recovery key does not belong to this vault.</source>
        <translation>That recovery key does not belong to this vault.</translation>
    </message>
    <message>
        <source>That is not a recovery key. It starts with AGE-SECRET-KEY-1 and is 74 characters long.</source>
        <translation>That is not a recovery key. It starts with AGE-SECRET-KEY-1 and is 74 characters long.</translation>
    </message>
    <message>
        <source>This vault has no passphrase. Unlock it with the recovery key instead.</source>
        <translation>This vault has no passphrase. Unlock it with the recovery key instead.</translation>
    </message>
    <message>
        <source>No key to open this vault: {reason} Give the passphrase (--passphrase-stdin) or the recovery key (--recovery-key-file).</source>
        <translation>No key to open this vault: {reason} Give the passphrase (--passphrase-stdin) or the recovery key (--recovery-key-file).</translation>
    </message>
    <message>
        <source>The system keychain is not available: {reason}</source>
        <translation>The system keychain is not available: {reason}</translation>
    </message>
    <message>
        <source>The vault file is damaged ({detail}). Your key is correct. Restore the latest backup; the damaged file was left untouched.</source>
        <translation>The vault file is damaged ({detail}). Your key is correct. Restore the latest backup; the damaged file was left untouched.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>the vault copy cannot be opened</source>
        <translation>the vault copy cannot be opened</translation>
    </message>
    <message>
        <source>the vault copy cannot be read with its key</source>
        <translation>the vault copy cannot be read with its key</translation>
    </message>
    <message>
        <source>the vault copy fails its integrity check</source>
        <translation>the vault copy fails its integrity check</translation>
    </message>
    <message>
        <source>the vault copy fails its encryption check</source>
        <translation>the vault copy fails its encryption check</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk refused the write (full, or the file grew too large)</source>
        <translation>the disk refused the write (full, or the file grew too large)</translation>
    </message>
    <message>
        <source>the database refused the copy</source>
        <translation>the database refused the copy</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>the file would become too large for this disk</source>
        <translation>the file would become too large for this disk</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>permission was denied</translation>
    </message>
    <message>
        <source>a file or folder vanished</source>
        <translation>a file or folder vanished</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>the disk reported an input/output error</translation>
    </message>
    <message>
        <source>the disk refused the write</source>
        <translation>the disk refused the write</translation>
    </message>
    <message>
        <source>A passphrase needs at least 10 characters.</source>
        <translation>A passphrase needs at least 10 characters.</translation>
    </message>
    <message>
        <source>it is a file, not a folder.</source>
        <translation>it is a file, not a folder.</translation>
    </message>
    <message>
        <source>Choose a passphrase or let the system keychain open the vault; the recovery key alone is for emergencies.</source>
        <translation>Choose a passphrase or let the system keychain open the vault; the recovery key alone is for emergencies.</translation>
    </message>
    <message>
        <source>there is none on this computer; choose a passphrase.</source>
        <translation>there is none on this computer; choose a passphrase.</translation>
    </message>
    <message>
        <source>vault.db is missing</source>
        <translation>vault.db is missing</translation>
    </message>
    <message>
        <source>it cannot be decrypted although the key is right</source>
        <translation>it cannot be decrypted although the key is right</translation>
    </message>
    <message>
        <source>page 1 cannot be read</source>
        <translation>page 1 cannot be read</translation>
    </message>
    <message>
        <source>Without a keychain the vault needs a passphrase; it stays.</source>
        <translation>Without a keychain the vault needs a passphrase; it stays.</translation>
    </message>
    <message>
        <source>there is none on this computer.</source>
        <translation>there is none on this computer.</translation>
    </message>
    <message>
        <source>Set a passphrase first; otherwise nothing opens the vault.</source>
        <translation>Set a passphrase first; otherwise nothing opens the vault.</translation>
    </message>
    <message>
        <source>A key change is unfinished. Lock CoachDesk, unlock it and retry.</source>
        <translation>A key change is unfinished. Lock CoachDesk, unlock it and retry.</translation>
    </message>
    <message>
        <source>the new recovery slot did not check out</source>
        <translation>the new recovery slot did not check out</translation>
    </message>
    <message>
        <source>Enter the passphrase to rotate the key.</source>
        <translation>Enter the passphrase to rotate the key.</translation>
    </message>
    <message>
        <source>the check after re-keying failed</source>
        <translation>the check after re-keying failed</translation>
    </message>
    <message>
        <source>this vault keeps no key in the system keychain.</source>
        <translation>this vault keeps no key in the system keychain.</translation>
    </message>
    <message>
        <source>the system keychain has no key for this vault.</source>
        <translation>the system keychain has no key for this vault.</translation>
    </message>
    <message>
        <source>the key in the system keychain does not fit this vault.</source>
        <translation>the key in the system keychain does not fit this vault.</translation>
    </message>
    <message>
        <source>vault.meta.json does not match its key</source>
        <translation>vault.meta.json does not match its key</translation>
    </message>
    <message>
        <source>A retention period must lie between {minimum} and {maximum} months.</source>
        <translation>A retention period must lie between {minimum} and {maximum} months.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB and was not added.</source>
        <translation>{name} is larger than {limit} MB and was not added.</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}.</source>
        <translation>{name} could not be read: {reason}.</translation>
    </message>
    <message>
        <source>The logo is too large; choose an image under 2 MB.</source>
        <translation>The logo is too large; choose an image under 2 MB.</translation>
    </message>
    <message>
        <source>This vault already holds clients; it was kept.</source>
        <translation>This vault already holds clients; it was kept.</translation>
    </message>
    <message>
        <source>This file is not an image CoachDesk can use. Choose a PNG or JPEG.</source>
        <translation>This file is not an image CoachDesk can use. Choose a PNG or JPEG.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). The details were logged.</source>
        <translation>Something unexpected went wrong ({kind}). The details were logged.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>The repeat rule is not supported: {reason}.</source>
        <translation>The repeat rule is not supported: {reason}.</translation>
    </message>
    <message>
        <source>The calendar file is too large ({size} MB; CoachDesk reads up to 50 MB). Export a shorter period from your calendar program. Nothing was imported.</source>
        <translation>The calendar file is too large ({size} MB; CoachDesk reads up to 50 MB). Export a shorter period from your calendar program. Nothing was imported.</translation>
    </message>
    <message>
        <source>This is not a calendar file (iCalendar, .ics): it holds binary data. Choose the .ics file your calendar program exported. Nothing was imported.</source>
        <translation>This is not a calendar file (iCalendar, .ics): it holds binary data. Choose the .ics file your calendar program exported. Nothing was imported.</translation>
    </message>
    <message>
        <source>This is not a calendar file (iCalendar, .ics): it does not start with BEGIN:VCALENDAR. Choose the .ics file your calendar program exported. Nothing was imported.</source>
        <translation>This is not a calendar file (iCalendar, .ics): it does not start with BEGIN:VCALENDAR. Choose the .ics file your calendar program exported. Nothing was imported.</translation>
    </message>
    <message>
        <source>The calendar file is damaged: line {line} is not a calendar line. Export it again from your calendar program. Nothing was imported.</source>
        <translation>The calendar file is damaged: line {line} is not a calendar line. Export it again from your calendar program. Nothing was imported.</translation>
    </message>
    <message>
        <source>The calendar file is damaged: its parts are nested too deeply (line {line}). Export it again from your calendar program. Nothing was imported.</source>
        <translation>The calendar file is damaged: its parts are nested too deeply (line {line}). Export it again from your calendar program. Nothing was imported.</translation>
    </message>
    <message>
        <source>The calendar file has more than 100,000 events. Export a shorter period from your calendar program. Nothing was imported.</source>
        <translation>The calendar file has more than 100,000 events. Export a shorter period from your calendar program. Nothing was imported.</translation>
    </message>
    <message>
        <source>The calendar file is damaged: END:{kind} on line {line} closes nothing. Export it again from your calendar program. Nothing was imported.</source>
        <translation>The calendar file is damaged: END:{kind} on line {line} closes nothing. Export it again from your calendar program. Nothing was imported.</translation>
    </message>
    <message>
        <source>The calendar file is damaged: BEGIN:{open} on line {start} is closed by END:{kind} on line {line}. Export it again from your calendar program. Nothing was imported.</source>
        <translation>The calendar file is damaged: BEGIN:{open} on line {start} is closed by END:{kind} on line {line}. Export it again from your calendar program. Nothing was imported.</translation>
    </message>
    <message>
        <source>The calendar file is damaged: line {line} stands outside the calendar. Export it again from your calendar program. Nothing was imported.</source>
        <translation>The calendar file is damaged: line {line} stands outside the calendar. Export it again from your calendar program. Nothing was imported.</translation>
    </message>
    <message>
        <source>The calendar file is incomplete: BEGIN:{kind} on line {line} is never closed, so the file was probably cut off. Export or download it again. Nothing was imported.</source>
        <translation>The calendar file is incomplete: BEGIN:{kind} on line {line} is never closed, so the file was probably cut off. Export or download it again. Nothing was imported.</translation>
    </message>
    <message>
        <source>The calendar file cannot be read ({reason}). Export it again from your calendar program. Nothing was imported.</source>
        <translation>The calendar file cannot be read ({reason}). Export it again from your calendar program. Nothing was imported.</translation>
    </message>
    <message>
        <source>Choose how clients are named in the exported titles: code, initials or name.</source>
        <translation>Choose how clients are named in the exported titles: code, initials or name.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give a file name, such as agenda.ics. Nothing was exported.</source>
        <translation>{path} is a folder. Give a file name, such as agenda.ics. Nothing was exported.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another folder. Nothing was exported.</source>
        <translation>The folder {folder} does not exist. Choose another folder. Nothing was exported.</translation>
    </message>
    <message>
        <source>choose one of: {themes}</source>
        <translation>choose one of: {themes}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read. Nothing was imported.</source>
        <translation>The file {path} cannot be read. Nothing was imported.</translation>
    </message>
    <message>
        <source>The erasure ledger does not verify: {detail}. Restore it from a backup.</source>
        <translation>The erasure ledger does not verify: {detail}. Restore it from a backup.</translation>
    </message>
    <message>
        <source>the sidecar file cannot be read</source>
        <translation>the sidecar file cannot be read</translation>
    </message>
    <message>
        <source>the sidecar file was changed without the key</source>
        <translation>the sidecar file was changed without the key</translation>
    </message>
    <message>
        <source>the chain in the sidecar file is broken</source>
        <translation>the chain in the sidecar file is broken</translation>
    </message>
    <message>
        <source>the two copies of the ledger disagree</source>
        <translation>the two copies of the ledger disagree</translation>
    </message>
    <message>
        <source>the sidecar file erasure-ledger.json is missing</source>
        <translation>the sidecar file erasure-ledger.json is missing</translation>
    </message>
    <message>
        <source>the sidecar file lists erasures the vault lacks (replay them)</source>
        <translation>the sidecar file lists erasures the vault lacks (replay them)</translation>
    </message>
    <message>
        <source>the sidecar file and the vault's ledger differ</source>
        <translation>the sidecar file and the vault's ledger differ</translation>
    </message>
    <message>
        <source>The export could not be written: {reason}. Nothing was left behind.</source>
        <translation>The export could not be written: {reason}. Nothing was left behind.</translation>
    </message>
    <message>
        <source>Client {number} is under a legal hold (review on {review_on}). Lift the hold before erasing or anonymising.</source>
        <translation>Client {number} is under a legal hold (review on {review_on}). Lift the hold before erasing or anonymising.</translation>
    </message>
    <message>
        <source>give the reason</source>
        <translation>give the reason</translation>
    </message>
    <message>
        <source>Only a complete erasure is supported.</source>
        <translation>Only a complete erasure is supported.</translation>
    </message>
    <message>
        <source>give the legal basis</source>
        <translation>give the legal basis</translation>
    </message>
    <message>
        <source>{name} is not a CoachDesk backup ({reason}). Choose a .cdbackup file.</source>
        <translation>{name} is not a CoachDesk backup ({reason}). Choose a .cdbackup file.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged or was changed ({detail}). Nothing was restored; use an older backup or another copy of this one.</source>
        <translation>The backup {name} is damaged or was changed ({detail}). Nothing was restored; use an older backup or another copy of this one.</translation>
    </message>
    <message>
        <source>The backup {name} was made by a newer CoachDesk (format {found}). Install the newer version to open it.</source>
        <translation>The backup {name} was made by a newer CoachDesk (format {found}). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>The backup {name} belongs to another vault ({found}), not to this one ({expected}). Choose a backup of this vault.</source>
        <translation>The backup {name} belongs to another vault ({found}), not to this one ({expected}). Choose a backup of this vault.</translation>
    </message>
    <message>
        <source>That recovery key does not open the backup {name}. Use the recovery key that was valid when the backup was made.</source>
        <translation>That recovery key does not open the backup {name}. Use the recovery key that was valid when the backup was made.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup {name}. Use the passphrase that was set when the backup was made, or the recovery key.</source>
        <translation>That passphrase does not open the backup {name}. Use the passphrase that was set when the backup was made, or the recovery key.</translation>
    </message>
    <message>
        <source>The backup {name} was made without a passphrase; open it with the recovery key.</source>
        <translation>The backup {name} was made without a passphrase; open it with the recovery key.</translation>
    </message>
    <message>
        <source>This vault cannot check the backup {name} by itself (it was made elsewhere or before the vault's check key existed). Give the recovery key or the passphrase.</source>
        <translation>This vault cannot check the backup {name} by itself (it was made elsewhere or before the vault's check key existed). Give the recovery key or the passphrase.</translation>
    </message>
    <message>
        <source>The backup could not be written to {target}: {reason}. Earlier backups there are untouched.</source>
        <translation>The backup could not be written to {target}: {reason}. Earlier backups there are untouched.</translation>
    </message>
    <message>
        <source>The new backup in {target} did not pass its check ({detail}) and was removed. Earlier backups are untouched; try again or choose another folder.</source>
        <translation>The new backup in {target} did not pass its check ({detail}) and was removed. Earlier backups are untouched; try again or choose another folder.</translation>
    </message>
    <message>
        <source>The copy of the vault for the backup could not be made: {reason}. Nothing was changed; free some space in the data folder and try again.</source>
        <translation>The copy of the vault for the backup could not be made: {reason}. Nothing was changed; free some space in the data folder and try again.</translation>
    </message>
    <message>
        <source>The backup folder {target} cannot be used: {reason}</source>
        <translation>The backup folder {target} cannot be used: {reason}</translation>
    </message>
    <message>
        <source>No backup folder is set. Choose one in Settings → Backups or give --to FOLDER.</source>
        <translation>No backup folder is set. Choose one in Settings → Backups or give --to FOLDER.</translation>
    </message>
    <message>
        <source>its header is foreign</source>
        <translation>its header is foreign</translation>
    </message>
    <message>
        <source>its header is unreadable</source>
        <translation>its header is unreadable</translation>
    </message>
    <message>
        <source>its encryption header was changed</source>
        <translation>its encryption header was changed</translation>
    </message>
    <message>
        <source>the encrypted content does not check out</source>
        <translation>the encrypted content does not check out</translation>
    </message>
    <message>
        <source>the content ends early</source>
        <translation>the content ends early</translation>
    </message>
    <message>
        <source>its header does not match its content</source>
        <translation>its header does not match its content</translation>
    </message>
    <message>
        <source>a plain part was changed</source>
        <translation>a plain part was changed</translation>
    </message>
    <message>
        <source>the vault copy inside does not match</source>
        <translation>the vault copy inside does not match</translation>
    </message>
    <message>
        <source>its manifest is unreadable</source>
        <translation>its manifest is unreadable</translation>
    </message>
    <message>
        <source>the folder does not exist (is the disk connected?)</source>
        <translation>the folder does not exist (is the disk connected?)</translation>
    </message>
    <message>
        <source>CoachDesk may not write there</source>
        <translation>CoachDesk may not write there</translation>
    </message>
    <message>
        <source>it is inside the vault's own folder, so it is no offsite copy</source>
        <translation>it is inside the vault's own folder, so it is no offsite copy</translation>
    </message>
    <message>
        <source>No backup of this vault was found in the backup folders. Make a backup first, and check that the backup disk is connected.</source>
        <translation>No backup of this vault was found in the backup folders. Make a backup first, and check that the backup disk is connected.</translation>
    </message>
    <message>
        <source>The restore was stopped because data of an erased client would have come back ({detail}). Nothing was changed.</source>
        <translation>The restore was stopped because data of an erased client would have come back ({detail}). Nothing was changed.</translation>
    </message>
    <message>
        <source>a part is missing</source>
        <translation>a part is missing</translation>
    </message>
    <message>
        <source>its passphrase key does not fit</source>
        <translation>its passphrase key does not fit</translation>
    </message>
    <message>
        <source>No erasure ledger newer than this backup was found on this computer, so clients erased after {created} could come back. Restore only if you are sure no client was erased since then (or erase them again afterwards); confirm to go on.</source>
        <translation>No erasure ledger newer than this backup was found on this computer, so clients erased after {created} could come back. Restore only if you are sure no client was erased since then (or erase them again afterwards); confirm to go on.</translation>
    </message>
    <message>
        <source>its table of contents is wrong</source>
        <translation>its table of contents is wrong</translation>
    </message>
    <message>
        <source>its end was cut off or extended</source>
        <translation>its end was cut off or extended</translation>
    </message>
    <message>
        <source>a member header is wrong</source>
        <translation>a member header is wrong</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>it does not exist</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>it is not a file</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>it is truncated or its end was changed</source>
        <translation>it is truncated or its end was changed</translation>
    </message>
    <message>
        <source>it is another kind of file</source>
        <translation>it is another kind of file</translation>
    </message>
    <message>
        <source>a part is far too large</source>
        <translation>a part is far too large</translation>
    </message>
    <message>
        <source>a part does not check out</source>
        <translation>a part does not check out</translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation>it is truncated</translation>
    </message>
    <message>
        <source>{recipient} did not receive data about this client (recipients: {recipients}).</source>
        <translation>{recipient} did not receive data about this client (recipients: {recipients}).</translation>
    </message>
    <message>
        <source>Breach {key} is not in the register.</source>
        <translation>Breach {key} is not in the register.</translation>
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
        <translation>Something unexpected went wrong (%1). CoachDesk keeps running; you can continue working.</translation>
    </message>
    <message>
        <source>The details were logged without any client data, in %1. If this keeps happening, please send that file to support.</source>
        <translation>The details were logged without any client data, in %1. If this keeps happening, please send that file to support.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export agenda</source>
        <translation>Export agenda</translation>
    </message>
    <message>
        <source>The period on screen</source>
        <translation>The period on screen</translation>
    </message>
    <message>
        <source>From today on</source>
        <translation>From today on</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Initials, e.g. “Session — A.d.V.” (recommended)</source>
        <translation>Initials, e.g. “Session — A.d.V.” (recommended)</translation>
    </message>
    <message>
        <source>Client number, e.g. “Session — 2026-014”</source>
        <translation>Client number, e.g. “Session — 2026-014”</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>A calendar on a phone or in the cloud is less safe than CoachDesk. Notes are never exported; choose how much of the client's name the titles show.</source>
        <translation>A calendar on a phone or in the cloud is less safe than CoachDesk. Notes are never exported; choose how much of the client's name the titles show.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Titles:</source>
        <translation>Titles:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <source>The deadline moves from %1 to %2. Tell the client why within the first month.</source>
        <translation>The deadline moves from %1 to %2. Tell the client why within the first month.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>There is no file at this place.</source>
        <translation>There is no file at this place.</translation>
    </message>
    <message>
        <source>Which backup?</source>
        <translation>Which backup?</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Choose the backup file to restore.</translation>
    </message>
    <message>
        <source>A CoachDesk backup is one file ending in .cdbackup, in the folder you chose for backups: a USB disk, a network share or a synced cloud folder.</source>
        <translation>A CoachDesk backup is one file ending in .cdbackup, in the folder you chose for backups: a USB disk, a network share or a synced cloud folder.</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Backup file:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Choose a file with the button on the right</source>
        <translation>Choose a file with the button on the right</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Backups in your backup &amp;folders:</source>
        <translation>Backups in your backup &amp;folders:</translation>
    </message>
    <message>
        <source>Backups in your backup folders</source>
        <translation>Backups in your backup folders</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search clients and notes…</source>
        <translation>Search clients and notes…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Type a name, number or words from a note.</source>
        <translation>Type a name, number or words from a note.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open</source>
        <translation>↑↓ to choose, Enter to open</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Intake</source>
        <extracomment>What an event title calls each kind: English sources the window translates (context "IcsExport") and passes as ``kind_labels``; ``KIND_LABELS`` (Dutch) is the default.</extracomment>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
</context>
<context>
    <name>IcsImport</name>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>a date or time cannot be read</source>
        <translation>a date or time cannot be read</translation>
    </message>
    <message>
        <source>its {what} is in the year {year}</source>
        <translation>its {what} is in the year {year}</translation>
    </message>
    <message>
        <source>its {name} cannot be read</source>
        <translation>its {name} cannot be read</translation>
    </message>
    <message>
        <source>it has no start (DTSTART)</source>
        <translation>it has no start (DTSTART)</translation>
    </message>
    <message>
        <source>its times are out of range</source>
        <translation>its times are out of range</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>it ends before it starts</translation>
    </message>
    <message>
        <source>it has more than one repeat rule (RRULE)</source>
        <translation>it has more than one repeat rule (RRULE)</translation>
    </message>
    <message>
        <source>its repeat rule is not supported ({reason})</source>
        <translation>its repeat rule is not supported ({reason})</translation>
    </message>
    <message>
        <source>its RECURRENCE-ID is out of range</source>
        <translation>its RECURRENCE-ID is out of range</translation>
    </message>
    <message>
        <source>the file holds a newer copy of this event</source>
        <translation>the file holds a newer copy of this event</translation>
    </message>
    <message>
        <source>its series was skipped</source>
        <translation>its series was skipped</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your key to the backup</source>
        <translation>Your key to the backup</translation>
    </message>
    <message>
        <source>Nothing changes yet: the key is only used to read the backup.</source>
        <translation>Nothing changes yet: the key is only used to read the backup.</translation>
    </message>
    <message>
        <source>Every backup opens with the recovery key on your Recovery Sheet. If you had set a passphrase when the backup was made, that opens it too.</source>
        <translation>Every backup opens with the recovery key on your Recovery Sheet. If you had set a passphrase when the backup was made, that opens it too.</translation>
    </message>
    <message>
        <source>&amp;Recovery key (as printed, spaces do not matter):</source>
        <translation>&amp;Recovery key (as printed, spaces do not matter):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Reading the backup</source>
        <translation>Reading the backup</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Signed form</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Special-category data (health) in notes</source>
        <translation>Special-category data (health) in notes</translation>
    </message>
    <message>
        <source>Reporting to the sponsor or employer</source>
        <translation>Reporting to the sponsor or employer</translation>
    </message>
    <message>
        <source>Contact after the trajectory ends</source>
        <translation>Contact after the trajectory ends</translation>
    </message>
    <message>
        <source>Client created</source>
        <translation>Client created</translation>
    </message>
    <message>
        <source>Personal details changed</source>
        <translation>Personal details changed</translation>
    </message>
    <message>
        <source>Data exported (access request)</source>
        <translation>Data exported (access request)</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Processing restricted</translation>
    </message>
    <message>
        <source>Note created</source>
        <translation>Note created</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation>Note edited</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Note deleted</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Document added</translation>
    </message>
    <message>
        <source>Document opened</source>
        <translation>Document opened</translation>
    </message>
    <message>
        <source>Document saved elsewhere</source>
        <translation>Document saved elsewhere</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Document removed</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Trajectory added</source>
        <translation>Trajectory added</translation>
    </message>
    <message>
        <source>Trajectory changed</source>
        <translation>Trajectory changed</translation>
    </message>
    <message>
        <source>Appointment planned</source>
        <translation>Appointment planned</translation>
    </message>
    <message>
        <source>Appointment changed</source>
        <translation>Appointment changed</translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation>Disclosure recorded</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>Appointment cancelled</translation>
    </message>
    <message>
        <source>Appointment deleted</source>
        <translation>Appointment deleted</translation>
    </message>
    <message>
        <source>Task added</source>
        <translation>Task added</translation>
    </message>
    <message>
        <source>Task changed</source>
        <translation>Task changed</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Task completed</translation>
    </message>
    <message>
        <source>Task reopened</source>
        <translation>Task reopened</translation>
    </message>
    <message>
        <source>Task dismissed</source>
        <translation>Task dismissed</translation>
    </message>
    <message>
        <source>Task deleted</source>
        <translation>Task deleted</translation>
    </message>
    <message>
        <source>Task cleared by CoachDesk</source>
        <translation>Task cleared by CoachDesk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Search is not available yet.</source>
        <translation>Search is not available yet.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Note title</translation>
    </message>
    <message>
        <source>Note date</source>
        <translation>Note date</translation>
    </message>
    <message>
        <source>The date of the session or event the note is about</source>
        <translation>The date of the session or event the note is about</translation>
    </message>
    <message>
        <source>Contains special-category data (e.g. health)</source>
        <translation>Contains special-category data (e.g. health)</translation>
    </message>
    <message>
        <source>Health and other special-category data need the client's explicit consent.</source>
        <translation>Health and other special-category data need the client's explicit consent.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <source>Write the note here. It is saved as you type.</source>
        <translation>Write the note here. It is saved as you type.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>Created %1 · modified %2</source>
        <translation>Created %1 · modified %2</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <source>Free note</source>
        <translation>Free note</translation>
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
        <translation>Reason for coaching:

Current situation:

What the client wants to achieve:

Sponsor or employer involved:

Agreements (sessions, frequency, confidentiality):

Next steps:
</translation>
    </message>
    <message>
        <source>Session (GROW)</source>
        <translation>Session (GROW)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Goal – what does the client want from this session?

Reality – where do things stand now?

Options – what could the client do?

Way forward – what will the client do, and by when?
</source>
        <translation>Goal – what does the client want from this session?

Reality – where do things stand now?

Options – what could the client do?

Way forward – what will the client do, and by when?
</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Goals at the start:

What has been achieved:

What helped, what did not:

Adjustments for the rest of the trajectory:
</source>
        <translation>Goals at the start:

What has been achieved:

What helped, what did not:

Adjustments for the rest of the trajectory:
</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Closing session</source>
        <translation>Closing session</translation>
    </message>
    <message>
        <source>Outcome compared with the goals:

What the client takes along:

Feedback from the client:

Follow-up agreed (if any):
</source>
        <translation>Outcome compared with the goals:

What the client takes along:

Feedback from the client:

Follow-up agreed (if any):
</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Special</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Contains special-category data</source>
        <translation>Contains special-category data</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>New note from a template</source>
        <translation>New note from a template</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>This note contains special-category data, but there is no explicit consent from the client on record. Record the consent, or remove such data.</source>
        <translation>This note contains special-category data, but there is no explicit consent from the client on record. Record the consent, or remove such data.</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Trajectory</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Preferred name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Organisation / sponsor</source>
        <translation>Organisation / sponsor</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
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
        <translation>Client since</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Trajectories</translation>
    </message>
    <message>
        <source>Add trajectory…</source>
        <translation>Add trajectory…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit trajectory</source>
        <translation>Edit trajectory</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (age %2)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Set a passphrase</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. A few unusual words are easier to remember than a short jumble.</source>
        <translation>Choose a passphrase of at least %1 characters. A few unusual words are easier to remember than a short jumble.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <source>New passphrase again:</source>
        <translation>New passphrase again:</translation>
    </message>
    <message>
        <source>Save passphrase</source>
        <translation>Save passphrase</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <source>Saving the new passphrase…</source>
        <translation>Saving the new passphrase…</translation>
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
        <translation>Plan sessions and see your week at a glance, with every appointment linked to its client file. The agenda arrives in a coming version of CoachDesk.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Keep track of what you promised clients and what the privacy rules ask of you, such as retention reviews. Tasks arrive in a coming version of CoachDesk.</source>
        <translation>Keep track of what you promised clients and what the privacy rules ask of you, such as retention reviews. Tasks arrive in a coming version of CoachDesk.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Export everything about one client, anonymise or erase a client, and keep to your retention periods, as the GDPR (AVG) asks. These tools arrive in a coming version of CoachDesk. Your data is already stored encrypted on this computer.</source>
        <translation>Export everything about one client, anonymise or erase a client, and keep to your retention periods, as the GDPR (AVG) asks. These tools arrive in a coming version of CoachDesk. Your data is already stored encrypted on this computer.</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation>Your practice</translation>
    </message>
    <message>
        <source>These details appear on every letter and report CoachDesk makes. You can change them later in Settings.</source>
        <translation>These details appear on every letter and report CoachDesk makes. You can change them later in Settings.</translation>
    </message>
    <message>
        <source>Practice name *</source>
        <translation>Practice name *</translation>
    </message>
    <message>
        <source>Your name *</source>
        <translation>Your name *</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postcode and city</source>
        <translation>Postcode and city</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Practice name</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>name@example.nl</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo preview</translation>
    </message>
    <message>
        <source>* required. The rest is optional.</source>
        <translation>* required. The rest is optional.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Audit log entries with the client's random id (no name or content), as proof of what was done.</source>
        <translation>Audit log entries with the client's random id (no name or content), as proof of what was done.</translation>
    </message>
    <message>
        <source>One erasure ledger entry (random id, action, scope, time, legal basis), so that a restored backup is erased again.</source>
        <translation>One erasure ledger entry (random id, action, scope, time, legal basis), so that a restored backup is erased again.</translation>
    </message>
    <message>
        <source>One count in the aggregate practice statistics (year, theme, age band, sessions).</source>
        <translation>One count in the aggregate practice statistics (year, theme, age band, sessions).</translation>
    </message>
    <message>
        <source>Another window kept the vault busy, so the final clean-up will run again on the next start.</source>
        <translation>Another window kept the vault busy, so the final clean-up will run again on the next start.</translation>
    </message>
    <message>
        <source>Inform {recipient} of an erasure (reference {reference})</source>
        <translation>Inform {recipient} of an erasure (reference {reference})</translation>
    </message>
    <message>
        <source>Art. 19 GDPR: tell this recipient that the data they received from you about a client has been erased, so that they can erase it too. Quote reference {reference}; the client's name is on the confirmation letter only.</source>
        <translation>Art. 19 GDPR: tell this recipient that the data they received from you about a client has been erased, so that they can erase it too. Quote reference {reference}; the client's name is on the confirmation letter only.</translation>
    </message>
</context>
<context>
    <name>PrivacyDue</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Due since</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Legal hold</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Delete %n old appointment(s)</source>
        <translation>Delete %n old appointment(s)</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>On hold until %1</source>
        <translation>On hold until %1</translation>
    </message>
</context>
<context>
    <name>PrivacyLabels</name>
    <message>
        <source>Request received</source>
        <translation>Request received</translation>
    </message>
    <message>
        <source>Request deadline extended</source>
        <translation>Request deadline extended</translation>
    </message>
    <message>
        <source>Request completed</source>
        <translation>Request completed</translation>
    </message>
    <message>
        <source>Data breach recorded</source>
        <translation>Data breach recorded</translation>
    </message>
    <message>
        <source>Data breach updated</source>
        <translation>Data breach updated</translation>
    </message>
    <message>
        <source>Old appointments removed (retention)</source>
        <translation>Old appointments removed (retention)</translation>
    </message>
    <message>
        <source>Retention periods confirmed</source>
        <translation>Retention periods confirmed</translation>
    </message>
    <message>
        <source>Retention periods changed</source>
        <translation>Retention periods changed</translation>
    </message>
    <message>
        <source>Client erased</source>
        <translation>Client erased</translation>
    </message>
    <message>
        <source>Client anonymised</source>
        <translation>Client anonymised</translation>
    </message>
    <message>
        <source>Client imported from an export</source>
        <translation>Client imported from an export</translation>
    </message>
    <message>
        <source>Legal hold placed</source>
        <translation>Legal hold placed</translation>
    </message>
    <message>
        <source>Legal hold lifted</source>
        <translation>Legal hold lifted</translation>
    </message>
    <message>
        <source>Automatic retention switched on</source>
        <translation>Automatic retention switched on</translation>
    </message>
    <message>
        <source>Automatic retention switched off</source>
        <translation>Automatic retention switched off</translation>
    </message>
    <message>
        <source>Automatic retention run</source>
        <translation>Automatic retention run</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Backup settings changed</source>
        <translation>Backup settings changed</translation>
    </message>
    <message>
        <source>Restore drill passed</source>
        <translation>Restore drill passed</translation>
    </message>
    <message>
        <source>Practice restored from a backup</source>
        <translation>Practice restored from a backup</translation>
    </message>
    <message>
        <source>Erasure repeated after a restore</source>
        <translation>Erasure repeated after a restore</translation>
    </message>
    <message>
        <source>Restore without a newer erasure ledger accepted</source>
        <translation>Restore without a newer erasure ledger accepted</translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>Calendar imported</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Calendar exported</translation>
    </message>
    <message>
        <source>Demo practice generated</source>
        <translation>Demo practice generated</translation>
    </message>
    <message>
        <source>Practice details changed</source>
        <translation>Practice details changed</translation>
    </message>
    <message>
        <source>Practice logo saved</source>
        <translation>Practice logo saved</translation>
    </message>
    <message>
        <source>Practice logo removed</source>
        <translation>Practice logo removed</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Vault created</translation>
    </message>
    <message>
        <source>Vault key replaced</source>
        <translation>Vault key replaced</translation>
    </message>
    <message>
        <source>Key copy in the keychain switched on</source>
        <translation>Key copy in the keychain switched on</translation>
    </message>
    <message>
        <source>Key copy in the keychain switched off</source>
        <translation>Key copy in the keychain switched off</translation>
    </message>
    <message>
        <source>Passphrase set or changed</source>
        <translation>Passphrase set or changed</translation>
    </message>
    <message>
        <source>Passphrase removed</source>
        <translation>Passphrase removed</translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation>Recovery key replaced</translation>
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
        <translation>Due for erasure</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Data breaches</translation>
    </message>
</context>
<context>
    <name>ProgressGate</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuickAddBar</name>
    <message>
        <source>Add a task: type it and press Enter (Ctrl+T from anywhere)</source>
        <translation>Add a task: type it and press Enter (Ctrl+T from anywhere)</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Task not added</source>
        <translation>Task not added</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Added “%1” (due %2).</source>
        <translation>Added “%1” (due %2).</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Save Recovery Sheet</source>
        <translation>Save Recovery Sheet</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>CoachDesk never keeps your recovery key, so it cannot show it to you again. If your Recovery Sheet is lost, or you fear someone else saw it, create a new recovery key here. From then on the old key no longer opens this vault. Backups made before today still open with the old key, so keep the old sheet as long as you keep those backups.</source>
        <translation>CoachDesk never keeps your recovery key, so it cannot show it to you again. If your Recovery Sheet is lost, or you fear someone else saw it, create a new recovery key here. From then on the old key no longer opens this vault. Backups made before today still open with the old key, so keep the old sheet as long as you keep those backups.</translation>
    </message>
    <message>
        <source>To confirm it is you, enter your passphrase:</source>
        <translation>To confirm it is you, enter your passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>This is your new recovery key. Save the Recovery Sheet and print it, or write the key down, and keep it somewhere safe away from this computer.</source>
        <translation>This is your new recovery key. Save the Recovery Sheet and print it, or write the key down, and keep it somewhere safe away from this computer.</translation>
    </message>
    <message>
        <source>Save Recovery Sheet (PDF)…</source>
        <translation>Save Recovery Sheet (PDF)…</translation>
    </message>
    <message>
        <source>To confirm you have it, type group %1 of the new key:</source>
        <translation>To confirm you have it, type group %1 of the new key:</translation>
    </message>
    <message>
        <source>The new recovery key is active. The old key no longer opens this vault; backups made before today still open with the old key.</source>
        <translation>The new recovery key is active. The old key no longer opens this vault; backups made before today still open with the old key.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Use the new key</source>
        <translation>Use the new key</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Activating the new recovery key…</source>
        <translation>Activating the new recovery key…</translation>
    </message>
    <message>
        <source>CoachDesk Recovery Sheet.pdf</source>
        <translation>CoachDesk Recovery Sheet.pdf</translation>
    </message>
    <message>
        <source>Saving a Recovery Sheet is not available in this version.</source>
        <translation>Saving a Recovery Sheet is not available in this version.</translation>
    </message>
    <message>
        <source>Saved. &lt;a href="%1"&gt;Open the sheet&lt;/a&gt; to print it.</source>
        <translation>Saved. &lt;a href="%1"&gt;Open the sheet&lt;/a&gt; to print it.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Correct. You have your recovery key.</source>
        <translation>Correct. You have your recovery key.</translation>
    </message>
    <message>
        <source>That is not group {number}. Look again.</source>
        <translation>That is not group {number}. Look again.</translation>
    </message>
    <message>
        <source>Saved as {path}. Print it, keep the paper safe, then delete the file.</source>
        <translation>Saved as {path}. Print it, keep the paper safe, then delete the file.</translation>
    </message>
    <message>
        <source>CoachDesk recovery sheet.pdf</source>
        <translation>CoachDesk recovery sheet.pdf</translation>
    </message>
    <message>
        <source>Save the Recovery Sheet</source>
        <translation>Save the Recovery Sheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the Recovery Sheet…</source>
        <translation>Writing the Recovery Sheet…</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>It opens your files when everything else fails. It is shown only now.</source>
        <translation>It opens your files when everything else fails. It is shown only now.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Print the Recovery Sheet or write the key down, and keep it away from this computer. CoachDesk keeps no copy: once you continue, it is not shown again.</source>
        <translation>Print the Recovery Sheet or write the key down, and keep it away from this computer. CoachDesk keeps no copy: once you continue, it is not shown again.</translation>
    </message>
    <message>
        <source>&amp;Print Recovery Sheet…</source>
        <translation>&amp;Print Recovery Sheet…</translation>
    </message>
    <message>
        <source>Print Recovery Sheet</source>
        <translation>Print Recovery Sheet</translation>
    </message>
    <message>
        <source>To check, type group %1:</source>
        <translation>To check, type group %1:</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key</source>
        <translation>Group %1 of the recovery key</translation>
    </message>
    <message>
        <source>Skip the check. I accept that I can lose all my data if I lose this computer or my login.</source>
        <translation>Skip the check. I accept that I can lose all my data if I lose this computer or my login.</translation>
    </message>
    <message>
        <source>Skip the check. I accept that I can lose all my data if I lose my passphrase and this computer.</source>
        <translation>Skip the check. I accept that I can lose all my data if I lose my passphrase and this computer.</translation>
    </message>
    <message>
        <source>Skip the check and accept the risk</source>
        <translation>Skip the check and accept the risk</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>'{part}' is not NAME=VALUE</source>
        <translation>'{part}' is not NAME=VALUE</translation>
    </message>
    <message>
        <source>{part} is not supported</source>
        <translation>{part} is not supported</translation>
    </message>
    <message>
        <source>{part} appears twice</source>
        <translation>{part} appears twice</translation>
    </message>
    <message>
        <source>{part} must be a positive number</source>
        <translation>{part} must be a positive number</translation>
    </message>
    <message>
        <source>COUNT and UNTIL together</source>
        <translation>COUNT and UNTIL together</translation>
    </message>
    <message>
        <source>{part} is not a date</source>
        <translation>{part} is not a date</translation>
    </message>
    <message>
        <source>a part cannot be read ({part})</source>
        <translation>a part cannot be read ({part})</translation>
    </message>
</context>
<context>
    <name>RegisterButton</name>
    <message>
        <source>Processing register</source>
        <translation>Processing register</translation>
    </message>
    <message>
        <source>The register of processing activities (Art. 30 GDPR) as a PDF, drawn up from your current settings: purposes, data, recipients, retention periods and security measures.</source>
        <translation>The register of processing activities (Art. 30 GDPR) as a PDF, drawn up from your current settings: purposes, data, recipients, retention periods and security measures.</translation>
    </message>
    <message>
        <source>Processing register in Dutch…</source>
        <translation>Processing register in Dutch…</translation>
    </message>
    <message>
        <source>Processing register in English…</source>
        <translation>Processing register in English…</translation>
    </message>
    <message>
        <source>Save the processing register</source>
        <translation>Save the processing register</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing up the processing register…</source>
        <translation>Drawing up the processing register…</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <source>second</source>
        <translation>second</translation>
    </message>
    <message>
        <source>third</source>
        <translation>third</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>fourth</translation>
    </message>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Every … weeks</source>
        <translation>Every … weeks</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Monthly on day %1</translation>
    </message>
    <message>
        <source>Monthly on the %1 %2</source>
        <translation>Monthly on the %1 %2</translation>
    </message>
    <message>
        <source>Custom (kept as imported)</source>
        <translation>Custom (kept as imported)</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>times:</source>
        <translation>times:</translation>
    </message>
    <message>
        <source>every </source>
        <translation>every </translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Repeat ends</source>
        <translation>Repeat ends</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Number of times</translation>
    </message>
    <message>
        <source>Repeat until</source>
        <translation>Repeat until</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Your practice is restored</source>
        <translation>Your practice is restored</translation>
    </message>
    <message>
        <source>CoachDesk opens it when you click the button below.</source>
        <translation>CoachDesk opens it when you click the button below.</translation>
    </message>
    <message>
        <source>Restored from the backup of %1.</source>
        <translation>Restored from the backup of %1.</translation>
    </message>
    <message>
        <source>Erasure ledger: %1 entries replayed.</source>
        <translation>Erasure ledger: %1 entries replayed.</translation>
    </message>
    <message>
        <source>Clients erased after the backup and removed again: %1.</source>
        <translation>Clients erased after the backup and removed again: %1.</translation>
    </message>
    <message>
        <source>Past their retention period and removed: %1.</source>
        <translation>Past their retention period and removed: %1.</translation>
    </message>
    <message>
        <source>Past their retention period (see Privacy): %1.</source>
        <translation>Past their retention period (see Privacy): %1.</translation>
    </message>
    <message>
        <source>You chose to restore without a newer erasure ledger; this is recorded in the audit log.</source>
        <translation>You chose to restore without a newer erasure ledger; this is recorded in the audit log.</translation>
    </message>
    <message>
        <source>It took %1 seconds.</source>
        <translation>It took %1 seconds.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Register a request</source>
        <translation>Register a request</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Kind of request</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>Access request</source>
        <translation>Access request</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Data portability</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requests from clients about their data (access, erasure, …). Answer within one month of receipt; a complex request may be extended by two months, with a reason.</source>
        <translation>Requests from clients about their data (access, erasure, …). Answer within one month of receipt; a complex request may be extended by two months, with a reason.</translation>
    </message>
    <message>
        <source>Show completed requests</source>
        <translation>Show completed requests</translation>
    </message>
    <message>
        <source>Register a request…</source>
        <translation>Register a request…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>Mark completed…</source>
        <translation>Mark completed…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Completed %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>Open, %n day(s) left</source>
        <translation>
            <numerusform>Open, %n day left</numerusform>
            <numerusform>Open, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Request register</source>
        <translation>Request register</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restoring</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <source>CoachDesk decrypts the backup, checks it and puts it in place.</source>
        <translation>CoachDesk decrypts the backup, checks it and puts it in place.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Restore progress</translation>
    </message>
    <message>
        <source>This computer has no record of clients erased after %1, the moment of this backup. If you erased or anonymised a client after that, their data would come back with this backup. Restore only if you are sure, or erase those clients again afterwards. Your choice is recorded in the audit log.</source>
        <translation>This computer has no record of clients erased after %1, the moment of this backup. If you erased or anonymised a client after that, their data would come back with this backup. Restore only if you are sure, or erase those clients again afterwards. Your choice is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Restore anyway</translation>
    </message>
    <message>
        <source>Do not restore</source>
        <translation>Do not restore</translation>
    </message>
    <message>
        <source>Decrypting the backup…</source>
        <translation>Decrypting the backup…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Removing erased clients again and applying retention…</source>
        <translation>Removing erased clients again and applying retention…</translation>
    </message>
    <message>
        <source>Securing the restored practice with a new key…</source>
        <translation>Securing the restored practice with a new key…</translation>
    </message>
    <message>
        <source>Writing the keys…</source>
        <translation>Writing the keys…</translation>
    </message>
    <message>
        <source>Putting the restored practice in place…</source>
        <translation>Putting the restored practice in place…</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restored.</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>CoachDesk backups (*.cdbackup)</source>
        <translation>CoachDesk backups (*.cdbackup)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Open CoachDesk</source>
        <translation>&amp;Open CoachDesk</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Session notes, intake, goals, tasks and documents</source>
        <translation>Session notes, intake, goals, tasks and documents</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Prospects without a trajectory</source>
        <translation>Prospects without a trajectory</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Consent records</translation>
    </message>
    <message>
        <source>Invoices (if invoicing is used)</source>
        <translation>Invoices (if invoicing is used)</translation>
    </message>
    <message>
        <source>after the end of the last trajectory</source>
        <translation>after the end of the last trajectory</translation>
    </message>
    <message>
        <source>after the appointment</source>
        <translation>after the appointment</translation>
    </message>
    <message>
        <source>after the last contact</source>
        <translation>after the last contact</translation>
    </message>
    <message>
        <source>after the end of the trajectory</source>
        <translation>after the end of the trajectory</translation>
    </message>
    <message>
        <source>after the end of that financial year</source>
        <translation>after the end of that financial year</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Continuity if the client returns, and the window in which a complaint can still be made. The professional code for psychologists (NIP) uses one year.</source>
        <translation>Continuity if the client returns, and the window in which a complaint can still be made. The professional code for psychologists (NIP) uses one year.</translation>
    </message>
    <message>
        <source>To settle questions about appointments that were made.</source>
        <translation>To settle questions about appointments that were made.</translation>
    </message>
    <message>
        <source>To follow up an enquiry that did not (yet) lead to coaching.</source>
        <translation>To follow up an enquiry that did not (yet) lead to coaching.</translation>
    </message>
    <message>
        <source>Proof that the client gave consent (GDPR Art. 7(1)). Kept until the data it covers is erased, and never longer than this maximum.</source>
        <translation>Proof that the client gave consent (GDPR Art. 7(1)). Kept until the data it covers is erased, and never longer than this maximum.</translation>
    </message>
    <message>
        <source>Dutch tax law requires you to keep your records for seven years (art. 52 AWR).</source>
        <translation>Dutch tax law requires you to keep your records for seven years (art. 52 AWR).</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>How long client data is kept</source>
        <translation>How long client data is kept</translation>
    </message>
    <message>
        <source>The GDPR asks you to keep personal data no longer than needed. These are sensible defaults; change a period if your practice needs it.</source>
        <translation>The GDPR asks you to keep personal data no longer than needed. These are sensible defaults; change a period if your practice needs it.</translation>
    </message>
    <message>
        <source>Confirm and &amp;start</source>
        <translation>Confirm and &amp;start</translation>
    </message>
    <message>
        <source>Then it is erased.</source>
        <translation>Then it is erased.</translation>
    </message>
    <message>
        <source>Then it is anonymised: only counts remain.</source>
        <translation>Then it is anonymised: only counts remain.</translation>
    </message>
    <message>
        <source>Set by law.</source>
        <translation>Set by law.</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>at most </translation>
    </message>
    <message>
        <source>Retention period in months for: %1</source>
        <translation>Retention period in months for: %1</translation>
    </message>
    <message>
        <source>You can change these later in Settings. CoachDesk records your choice and the date, for your processing register.</source>
        <translation>You can change these later in Settings. CoachDesk records your choice and the date, for your processing register.</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Retention periods</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Save retention periods</source>
        <translation>Save retention periods</translation>
    </message>
    <message>
        <source>Erase and anonymise automatically</source>
        <translation>Erase and anonymise automatically</translation>
    </message>
    <message>
        <source>Items past their retention date are erased or anonymised automatically, as each rule says; clients under a legal hold are skipped; each run is in the audit log. This happens when you unlock CoachDesk and once a day while it is open. When this is off, items past their date appear as tasks and on the Privacy page, and nothing is erased without you.</source>
        <translation>Items past their retention date are erased or anonymised automatically, as each rule says; clients under a legal hold are skipped; each run is in the audit log. This happens when you unlock CoachDesk and once a day while it is open. When this is off, items past their date appear as tasks and on the Privacy page, and nothing is erased without you.</translation>
    </message>
    <message>
        <source>Automatic mode has not run yet.</source>
        <translation>Automatic mode has not run yet.</translation>
    </message>
    <message>
        <source>Last automatic run: %1 — %2.</source>
        <translation>Last automatic run: %1 — %2.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>From now on, when you unlock CoachDesk and once a day, items past their retention date are erased or anonymised automatically, as each rule says, without asking again. Clients under a legal hold are skipped; each run is in the audit log. Erasing cannot be undone.</source>
        <translation>From now on, when you unlock CoachDesk and once a day, items past their retention date are erased or anonymised automatically, as each rule says, without asking again. Clients under a legal hold are skipped; each run is in the audit log. Erasing cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>This handles %n item(s) past their date right away.</source>
        <translation>
            <numerusform>This handles %n item past their date right away.</numerusform>
            <numerusform>This handles %n items past their date right away.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch on automatic retention?</source>
        <translation>Switch on automatic retention?</translation>
    </message>
</context>
<context>
    <name>RunWords</name>
    <message numerus="yes">
        <source>%n client(s) erased</source>
        <translation>
            <numerusform>%n client erased</numerusform>
            <numerusform>%n clients erased</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) anonymised</source>
        <translation>
            <numerusform>%n client anonymised</numerusform>
            <numerusform>%n clients anonymised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old appointment(s) removed</source>
        <translation>
            <numerusform>%n old appointment removed</numerusform>
            <numerusform>%n old appointments removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (legal hold)</source>
        <translation>
            <numerusform>%n skipped (legal hold)</numerusform>
            <numerusform>%n skipped (legal hold)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was past its retention date</source>
        <translation>nothing was past its retention date</translation>
    </message>
    <message>
        <source>Automatic retention: %1.</source>
        <translation>Automatic retention: %1.</translation>
    </message>
    <message>
        <source>Automatic retention stopped: %1</source>
        <translation>Automatic retention stopped: %1</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>This appointment is part of a series. What do you want to change?</source>
        <translation>This appointment is part of a series. What do you want to change?</translation>
    </message>
    <message>
        <source>This appointment is part of a series. What do you want to move?</source>
        <translation>This appointment is part of a series. What do you want to move?</translation>
    </message>
    <message>
        <source>This appointment is part of a series. What do you want to cancel?</source>
        <translation>This appointment is part of a series. What do you want to cancel?</translation>
    </message>
    <message>
        <source>This appointment is part of a series. What do you want to delete?</source>
        <translation>This appointment is part of a series. What do you want to delete?</translation>
    </message>
    <message>
        <source>Recurring appointment</source>
        <translation>Recurring appointment</translation>
    </message>
    <message>
        <source>This appointment</source>
        <translation>This appointment</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>This and following</translation>
    </message>
    <message>
        <source>All appointments</source>
        <translation>All appointments</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(untitled note)</source>
        <translation>(untitled note)</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who can log in to this computer as you can open your client files.</source>
        <translation>Without a passphrase, anyone who can log in to this computer as you can open your client files.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n characters.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a few unusual words.</source>
        <translation>Weak: easy to guess. Add a few unusual words.</translation>
    </message>
    <message>
        <source>Fair. A few more words make it much stronger.</source>
        <translation>Fair. A few more words make it much stronger.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Checking whether this computer has a keychain…</source>
        <translation>Checking whether this computer has a keychain…</translation>
    </message>
    <message>
        <source>This computer has no keychain that CoachDesk can use, so a passphrase is required.</source>
        <translation>This computer has no keychain that CoachDesk can use, so a passphrase is required.</translation>
    </message>
    <message>
        <source>Opening CoachDesk safely</source>
        <translation>Opening CoachDesk safely</translation>
    </message>
    <message>
        <source>Your client files are always encrypted. Choose what unlocks them.</source>
        <translation>Your client files are always encrypted. Choose what unlocks them.</translation>
    </message>
    <message>
        <source>Create &amp;vault</source>
        <translation>Create &amp;vault</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>A few words only you would think of</source>
        <translation>A few words only you would think of</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Show passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Open with my &amp;computer login (keychain)</source>
        <translation>Open with my &amp;computer login (keychain)</translation>
    </message>
    <message>
        <source>Open with my computer login</source>
        <translation>Open with my computer login</translation>
    </message>
    <message>
        <source>Protects your files when someone has your laptop and can log in as you. You type it each time you open CoachDesk.</source>
        <translation>Protects your files when someone has your laptop and can log in as you. You type it each time you open CoachDesk.</translation>
    </message>
    <message>
        <source>Computer login</source>
        <translation>Computer login</translation>
    </message>
    <message>
        <source>Convenient: CoachDesk opens without typing when you are logged in. Anyone who is logged in to this computer as you can open it too.</source>
        <translation>Convenient: CoachDesk opens without typing when you are logged in. Anyone who is logged in to this computer as you can open it too.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Comes on the next page. It opens your files when you forget the passphrase or this computer breaks. There is no other way in: the makers of CoachDesk cannot open your files either.</source>
        <translation>Comes on the next page. It opens your files when you forget the passphrase or this computer breaks. There is no other way in: the makers of CoachDesk cannot open your files either.</translation>
    </message>
    <message>
        <source>Creating your encrypted vault…</source>
        <translation>Creating your encrypted vault…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>Practice details</translation>
    </message>
    <message>
        <source>Practice name:</source>
        <translation>Practice name:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Street and number:</source>
        <translation>Street and number:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>KvK number:</source>
        <translation>KvK number:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Save practice details</source>
        <translation>Save practice details</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of CoachDesk:</source>
        <translation>Language of CoachDesk:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Lock when not used for:</source>
        <translation>Lock when not used for:</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Auto-lock minutes</translation>
    </message>
    <message>
        <source>Open with my computer login</source>
        <translation>Open with my computer login</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>New recovery key…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Vault schema:</source>
        <translation>Vault schema:</translation>
    </message>
    <message>
        <source>SQLCipher version:</source>
        <translation>SQLCipher version:</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Not saved: please correct the marked fields.</translation>
    </message>
    <message>
        <source>Practice details saved.</source>
        <translation>Practice details saved.</translation>
    </message>
    <message>
        <source>Checking for a keychain on this computer…</source>
        <translation>Checking for a keychain on this computer…</translation>
    </message>
    <message>
        <source>This computer has no keychain CoachDesk can use, so your passphrase opens CoachDesk.</source>
        <translation>This computer has no keychain CoachDesk can use, so your passphrase opens CoachDesk.</translation>
    </message>
    <message>
        <source>To turn this off, set a passphrase first: otherwise only the recovery key could open CoachDesk.</source>
        <translation>To turn this off, set a passphrase first: otherwise only the recovery key could open CoachDesk.</translation>
    </message>
    <message>
        <source>When on, CoachDesk opens without a passphrase while you are logged in to this computer. Anyone using your login can then open it too.</source>
        <translation>When on, CoachDesk opens without a passphrase while you are logged in to this computer. Anyone using your login can then open it too.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation>Set a passphrase…</translation>
    </message>
    <message>
        <source>CoachDesk now opens with your computer login.</source>
        <translation>CoachDesk now opens with your computer login.</translation>
    </message>
    <message>
        <source>CoachDesk no longer opens with your computer login.</source>
        <translation>CoachDesk no longer opens with your computer login.</translation>
    </message>
    <message>
        <source>Your new passphrase is saved.</source>
        <translation>Your new passphrase is saved.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Stop setting up?</source>
        <translation>Stop setting up?</translation>
    </message>
    <message>
        <source>Your encrypted vault has already been created.</source>
        <translation>Your encrypted vault has already been created.</translation>
    </message>
    <message>
        <source>Keep it and finish setting up the next time you start CoachDesk, or delete it and start again from the beginning. It holds no client data yet.</source>
        <translation>Keep it and finish setting up the next time you start CoachDesk, or delete it and start again from the beginning. It holds no client data yet.</translation>
    </message>
    <message>
        <source>Your recovery key has not been confirmed. If you keep the vault, write the key down first: it will not be shown again.</source>
        <translation>Your recovery key has not been confirmed. If you keep the vault, write the key down first: it will not be shown again.</translation>
    </message>
    <message>
        <source>Keep the vault</source>
        <translation>Keep the vault</translation>
    </message>
    <message>
        <source>Delete the vault</source>
        <translation>Delete the vault</translation>
    </message>
    <message>
        <source>Continue setting up</source>
        <translation>Continue setting up</translation>
    </message>
    <message>
        <source>Set up CoachDesk</source>
        <translation>Set up CoachDesk</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>SpinBoxUnits</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Career</source>
        <translation>Career</translation>
    </message>
    <message>
        <source>Return to work</source>
        <translation>Return to work</translation>
    </message>
    <message>
        <source>Work stress / burn-out</source>
        <translation>Work stress / burn-out</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <source>Personal development</source>
        <translation>Personal development</translation>
    </message>
    <message>
        <source>Team / relationships</source>
        <translation>Team / relationships</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>When you anonymise a client, only these counts remain: the year, a broad theme, an age band and the number of sessions. Nothing links back to a person; counts under five are shown as &lt;5.</source>
        <translation>When you anonymise a client, only these counts remain: the year, a broad theme, an age band and the number of sessions. Nothing links back to a person; counts under five are shown as &lt;5.</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Show by</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Every cell</source>
        <translation>Every cell</translation>
    </message>
    <message>
        <source>No client has been anonymised yet.</source>
        <translation>No client has been anonymised yet.</translation>
    </message>
    <message>
        <source>Practice statistics</source>
        <translation>Practice statistics</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>CoachDesk writes an encrypted backup to each folder below: a USB disk, a network share or a synced cloud folder. Only your recovery key or passphrase opens it, on any computer.</source>
        <translation>CoachDesk writes an encrypted backup to each folder below: a USB disk, a network share or a synced cloud folder. Only your recovery key or passphrase opens it, on any computer.</translation>
    </message>
    <message>
        <source>Backup &amp;folders:</source>
        <translation>Backup &amp;folders:</translation>
    </message>
    <message>
        <source>Backup folders</source>
        <translation>Backup folders</translation>
    </message>
    <message>
        <source>No backup folder yet: add one so a lost laptop does not take your files.</source>
        <translation>No backup folder yet: add one so a lost laptop does not take your files.</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Remove folder</translation>
    </message>
    <message>
        <source>Back up &amp;automatically:</source>
        <translation>Back up &amp;automatically:</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>Back up automatically</translation>
    </message>
    <message>
        <source>Daily backups to keep:</source>
        <translation>Daily backups to keep:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Weekly backups to keep:</source>
        <translation>Weekly backups to keep:</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Monthly backups to keep:</source>
        <translation>Monthly backups to keep:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>This folder is already in the list.</source>
        <translation>This folder is already in the list.</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Backup settings saved.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>(archived client)</source>
        <translation>(archived client)</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Task</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>What needs doing?</source>
        <translation>What needs doing?</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>No client (type to search)</source>
        <translation>No client (type to search)</translation>
    </message>
    <message>
        <source>Choose a client from the list.</source>
        <translation>Choose a client from the list.</translation>
    </message>
</context>
<context>
    <name>TaskLabels</name>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Per client</source>
        <translation>Per client</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nothing due today.</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done.</source>
        <translation>Nothing overdue. Well done.</translation>
    </message>
    <message>
        <source>No upcoming tasks.</source>
        <translation>No upcoming tasks.</translation>
    </message>
    <message>
        <source>No open tasks for this client.</source>
        <translation>No open tasks for this client.</translation>
    </message>
    <message>
        <source>No finished tasks yet.</source>
        <translation>No finished tasks yet.</translation>
    </message>
    <message>
        <source>Write session note (%1)</source>
        <translation>Write session note (%1)</translation>
    </message>
    <message>
        <source>Retention period ended for %1</source>
        <translation>Retention period ended for %1</translation>
    </message>
    <message>
        <source>Back up the practice (the last backup is overdue)</source>
        <translation>Back up the practice (the last backup is overdue)</translation>
    </message>
    <message>
        <source>Connect the backup folder %1</source>
        <translation>Connect the backup folder %1</translation>
    </message>
    <message>
        <source>A system task: CoachDesk made it and removes it when its reason is gone. Tick it or press Delete to dismiss it.</source>
        <translation>A system task: CoachDesk made it and removes it when its reason is gone. Tick it or press Delete to dismiss it.</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Open client</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Done on %1. Untick to reopen.</source>
        <translation>Done on %1. Untick to reopen.</translation>
    </message>
    <message>
        <source>Tick to mark as done</source>
        <translation>Tick to mark as done</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Task views</source>
        <translation>Task views</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Task not changed</source>
        <translation>Task not changed</translation>
    </message>
    <message>
        <source>Done: “%1”.</source>
        <translation>Done: “%1”.</translation>
    </message>
    <message>
        <source>Dismissed: “%1”.</source>
        <translation>Dismissed: “%1”.</translation>
    </message>
    <message>
        <source>Reopened: “%1”.</source>
        <translation>Reopened: “%1”.</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>Delete the task “%1”? This cannot be undone.</source>
        <translation>Delete the task “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Task not deleted</source>
        <translation>Task not deleted</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today's appointments</source>
        <translation>Today's appointments</translation>
    </message>
    <message>
        <source>Requests from clients due this week</source>
        <translation>Requests from clients due this week</translation>
    </message>
    <message>
        <source>Recently changed clients</source>
        <translation>Recently changed clients</translation>
    </message>
    <message>
        <source>Active clients without a next session</source>
        <translation>Active clients without a next session</translation>
    </message>
    <message>
        <source>Every active client has a next session booked.</source>
        <translation>Every active client has a next session booked.</translation>
    </message>
    <message>
        <source>Open the task list (Ctrl+4)</source>
        <translation>Open the task list (Ctrl+4)</translation>
    </message>
    <message>
        <source>Nothing planned for today.</source>
        <translation>Nothing planned for today.</translation>
    </message>
    <message>
        <source>No clients yet. Add your first client on the Clients page (Ctrl+N).</source>
        <translation>No clients yet. Add your first client on the Clients page (Ctrl+N).</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Good morning, %1</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Good afternoon, %1</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Good evening, %1</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Good evening</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Active clients</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>Appointments today</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>%1  ·  changed %2</source>
        <translation>%1  ·  changed %2</translation>
    </message>
    <message>
        <source>Open this client's file</source>
        <translation>Open this client's file</translation>
    </message>
    <message>
        <source>%1  ·  no sessions yet</source>
        <translation>%1  ·  no sessions yet</translation>
    </message>
    <message>
        <source>%1  ·  last session %2</source>
        <translation>%1  ·  last session %2</translation>
    </message>
    <message>
        <source>Open this client's file to plan the next session</source>
        <translation>Open this client's file to plan the next session</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  overdue since %3</source>
        <translation>%1  ·  %2  ·  overdue since %3</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  due %3</source>
        <translation>%1  ·  %2  ·  due %3</translation>
    </message>
    <message>
        <source>The register is on the Privacy page</source>
        <translation>The register is on the Privacy page</translation>
    </message>
    <message numerus="yes">
        <source>Data breach: reporting to the AP is %n hour(s) overdue</source>
        <translation>
            <numerusform>Data breach: reporting to the AP is %n hour overdue</numerusform>
            <numerusform>Data breach: reporting to the AP is %n hours overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data breach: report to the AP within %n hour(s)</source>
        <translation>
            <numerusform>Data breach: report to the AP within %n hour</numerusform>
            <numerusform>Data breach: report to the AP within %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>The breach register is on the Privacy page</source>
        <translation>The breach register is on the Privacy page</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
</context>
<context>
    <name>TrajectoryDialog</name>
    <message>
        <source>New trajectory</source>
        <translation>New trajectory</translation>
    </message>
    <message>
        <source>Edit trajectory</source>
        <translation>Edit trajectory</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>Agreed &amp;sessions</source>
        <translation>Agreed &amp;sessions</translation>
    </message>
    <message>
        <source>S&amp;ponsor</source>
        <translation>S&amp;ponsor</translation>
    </message>
    <message>
        <source>Pa&amp;yer</source>
        <translation>Pa&amp;yer</translation>
    </message>
    <message>
        <source>e.g. Career coaching 2026</source>
        <translation>e.g. Career coaching 2026</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Not agreed</translation>
    </message>
    <message>
        <source>Employer or organisation that commissioned it</source>
        <translation>Employer or organisation that commissioned it</translation>
    </message>
    <message>
        <source>Who pays, if not the sponsor</source>
        <translation>Who pays, if not the sponsor</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>CoachDesk — locked</source>
        <translation>CoachDesk — locked</translation>
    </message>
    <message>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <source>Your client files are locked.</source>
        <translation>Your client files are locked.</translation>
    </message>
    <message>
        <source>Opening with your computer login…</source>
        <translation>Opening with your computer login…</translation>
    </message>
    <message>
        <source>Opening with your computer login</source>
        <translation>Opening with your computer login</translation>
    </message>
    <message>
        <source>Recovery key (as printed on your Recovery Sheet):</source>
        <translation>Recovery key (as printed on your Recovery Sheet):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Use my passphrase instead</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>Use recovery key instead</translation>
    </message>
    <message>
        <source>Try my computer login again</source>
        <translation>Try my computer login again</translation>
    </message>
    <message>
        <source>Unlock with my computer login</source>
        <translation>Unlock with my computer login</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Unlock problem</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>Type your recovery key first.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Type your passphrase first.</translation>
    </message>
    <message>
        <source>Your computer login could not open CoachDesk this time. Use your passphrase or recovery key instead.</source>
        <translation>Your computer login could not open CoachDesk this time. Use your passphrase or recovery key instead.</translation>
    </message>
    <message>
        <source>Your computer login could not open CoachDesk this time. Use your recovery key instead.</source>
        <translation>Your computer login could not open CoachDesk this time. Use your recovery key instead.</translation>
    </message>
    <message numerus="yes">
        <source>For your safety, wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>For your safety, wait %n second before the next try.</numerusform>
            <numerusform>For your safety, wait %n seconds before the next try.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a first or last name.</source>
        <translation>Enter a first or last name.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (expected name@example.nl).</source>
        <translation>This is not an e-mail address (expected name@example.nl).</translation>
    </message>
    <message>
        <source>A Dutch postcode looks like 1234 AB.</source>
        <translation>A Dutch postcode looks like 1234 AB.</translation>
    </message>
    <message>
        <source>A phone number has 8 to 15 digits, e.g. 06 1234 5678.</source>
        <translation>A phone number has 8 to 15 digits, e.g. 06 1234 5678.</translation>
    </message>
    <message>
        <source>A date of birth lies between 1900 and today.</source>
        <translation>A date of birth lies between 1900 and today.</translation>
    </message>
    <message>
        <source>A name has at most 100 characters.</source>
        <translation>A name has at most 100 characters.</translation>
    </message>
    <message>
        <source>This field has at most 200 characters.</source>
        <translation>This field has at most 200 characters.</translation>
    </message>
    <message>
        <source>Tags are short words (letters, digits, spaces, dashes).</source>
        <translation>Tags are short words (letters, digits, spaces, dashes).</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <extracomment>Explicit consent (AVG art. 9) for health and other special-category data in notes. Purposes the Consents tab offers; the coach may type another one. Autosave writes a note every few seconds while the coach types; one audit entry per editing stretch says as much as fifty and keeps the log readable.</extracomment>
        <translation>The end date lies before the start date.</translation>
    </message>
    <message>
        <source>Give the trajectory a title or a goal.</source>
        <translation>Give the trajectory a title or a goal.</translation>
    </message>
    <message>
        <source>Choose or type a purpose.</source>
        <translation>Choose or type a purpose.</translation>
    </message>
    <message>
        <source>There is no consent in force for this purpose.</source>
        <translation>There is no consent in force for this purpose.</translation>
    </message>
    <message>
        <source>Auto-lock must lie between 1 and 240 minutes.</source>
        <translation>Auto-lock must lie between 1 and 240 minutes.</translation>
    </message>
    <message>
        <source>A KvK number has 8 digits.</source>
        <translation>A KvK number has 8 digits.</translation>
    </message>
    <message>
        <source>Enter the name of your practice.</source>
        <translation>Enter the name of your practice.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>Give the task a title.</translation>
    </message>
    <message>
        <source>The title is too long (300 characters at most).</source>
        <translation>The title is too long (300 characters at most).</translation>
    </message>
    <message>
        <source>Choose high, normal or low priority.</source>
        <translation>Choose high, normal or low priority.</translation>
    </message>
    <message>
        <source>That client no longer exists.</source>
        <translation>That client no longer exists.</translation>
    </message>
    <message>
        <source>Choose the kind of request.</source>
        <translation>Choose the kind of request.</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>Give the reason for the extension.</translation>
    </message>
    <message>
        <source>This request has already been extended.</source>
        <translation>This request has already been extended.</translation>
    </message>
    <message>
        <source>This request has already been completed.</source>
        <translation>This request has already been completed.</translation>
    </message>
    <message>
        <source>A request cannot be completed before it was received.</source>
        <translation>A request cannot be completed before it was received.</translation>
    </message>
    <message>
        <source>CoachDesk made this task itself; dismiss it instead of deleting it.</source>
        <translation>CoachDesk made this task itself; dismiss it instead of deleting it.</translation>
    </message>
    <message>
        <source>The end lies after the start.</source>
        <translation>The end lies after the start.</translation>
    </message>
    <message>
        <source>Enter a title or choose a client.</source>
        <translation>Enter a title or choose a client.</translation>
    </message>
    <message>
        <source>This time zone is unknown.</source>
        <translation>This time zone is unknown.</translation>
    </message>
    <message>
        <source>Repeat every 1 to 99 weeks or months.</source>
        <translation>Repeat every 1 to 99 weeks or months.</translation>
    </message>
    <message>
        <source>Repeat 1 to 999 times.</source>
        <translation>Repeat 1 to 999 times.</translation>
    </message>
    <message>
        <source>The last date lies on or after the first.</source>
        <translation>The last date lies on or after the first.</translation>
    </message>
    <message>
        <source>Choose an end date or a number of times, not both.</source>
        <translation>Choose an end date or a number of times, not both.</translation>
    </message>
    <message>
        <source>Choose a client to write a note for.</source>
        <translation>Choose a client to write a note for.</translation>
    </message>
    <message>
        <source>Choose when to back up.</source>
        <translation>Choose when to back up.</translation>
    </message>
    <message>
        <source>Keep between 0 and 1000 backups (daily at least 1).</source>
        <translation>Keep between 0 and 1000 backups (daily at least 1).</translation>
    </message>
    <message>
        <source>Each backup folder must be a full path, once.</source>
        <translation>Each backup folder must be a full path, once.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Describe what happened.</translation>
    </message>
    <message>
        <source>Give the time of discovery with its time zone.</source>
        <translation>Give the time of discovery with its time zone.</translation>
    </message>
    <message>
        <source>The breach cannot be discovered in the future.</source>
        <translation>The breach cannot be discovered in the future.</translation>
    </message>
    <message>
        <source>Choose the risk: none, a risk or a high risk.</source>
        <translation>Choose the risk: none, a risk or a high risk.</translation>
    </message>
    <message>
        <source>The number of people affected cannot be negative.</source>
        <translation>The number of people affected cannot be negative.</translation>
    </message>
    <message>
        <source>A breach cannot be reported before it was discovered.</source>
        <translation>A breach cannot be reported before it was discovered.</translation>
    </message>
    <message>
        <source>The people affected cannot be informed before the breach was discovered.</source>
        <translation>The people affected cannot be informed before the breach was discovered.</translation>
    </message>
    <message>
        <source>That date lies in the future.</source>
        <translation>That date lies in the future.</translation>
    </message>
    <message>
        <source>Say why this breach poses no risk (for example: the data was encrypted).</source>
        <translation>Say why this breach poses no risk (for example: the data was encrypted).</translation>
    </message>
</context>
<context>
    <name>WarningBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dismiss message</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CoachDesk</source>
        <translation>Welcome to CoachDesk</translation>
    </message>
    <message>
        <source>Set up your practice in a few minutes.</source>
        <translation>Set up your practice in a few minutes.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>CoachDesk keeps your client files on this computer, encrypted. Without your key nobody can read them, not even someone who takes your laptop.</source>
        <translation>CoachDesk keeps your client files on this computer, encrypted. Without your key nobody can read them, not even someone who takes your laptop.</translation>
    </message>
    <message>
        <source>Setting up takes four steps:</source>
        <translation>Setting up takes four steps:</translation>
    </message>
    <message>
        <source>Your practice details, which appear on every document CoachDesk makes.</source>
        <translation>Your practice details, which appear on every document CoachDesk makes.</translation>
    </message>
    <message>
        <source>How CoachDesk is opened: with a passphrase, your computer login, or both.</source>
        <translation>How CoachDesk is opened: with a passphrase, your computer login, or both.</translation>
    </message>
    <message>
        <source>Your recovery key, to print and keep in a safe place.</source>
        <translation>Your recovery key, to print and keep in a safe place.</translation>
    </message>
    <message>
        <source>How long client data is kept before it is erased.</source>
        <translation>How long client data is kept before it is erased.</translation>
    </message>
    <message>
        <source>Keep a printer or a pen and paper at hand for the recovery key.</source>
        <translation>Keep a printer or a pen and paper at hand for the recovery key.</translation>
    </message>
    <message>
        <source>I already have a backup…</source>
        <translation>I already have a backup…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Moving to a new computer, or replacing a lost one? Restore your practice from a backup with your recovery key or passphrase.</source>
        <translation>Moving to a new computer, or replacing a lost one? Restore your practice from a backup with your recovery key or passphrase.</translation>
    </message>
</context>
</TS>