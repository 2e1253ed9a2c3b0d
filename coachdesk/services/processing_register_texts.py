"""Dutch and English texts of the processing register (Art. 30(1) GDPR, items a–g)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Verwerkingsregister",
        "subtitle": "Register van verwerkingsactiviteiten (artikel 30 AVG)",
        "generated": "Opgesteld op {date} door CoachDesk, uit de instellingen zoals die nu zijn.",
        "page": "pagina {page} van {total}",
        "kvk": "KvK {kvk}",
        "controller_h": "Verwerkingsverantwoordelijke",
        "controller": "{name}, {coach}. Een functionaris gegevensbescherming is niet aangesteld: "
        "voor een zelfstandige praktijk zonder grootschalige verwerking is dat niet verplicht.",
        "contact": "Contact: {contact}",
        "activity_h": "Verwerking: coaching van cliënten",
        "purposes": "Doeleinden",
        "purposes_v": "Het uitvoeren van de coachingsovereenkomst: intake, sessies, "
        "verslaglegging, afspraken en taken; continuïteit als een cliënt terugkomt; het "
        "afhandelen van verzoeken en klachten.",
        "basis": "Grondslag",
        "basis_v": "Overeenkomst (art. 6 lid 1 sub b AVG). Voor gezondheidsgegevens en andere "
        "bijzondere gegevens in verslagen: uitdrukkelijke toestemming (art. 9 lid 2 sub a AVG), "
        "vastgelegd per cliënt.",
        "subjects": "Betrokkenen",
        "subjects_v": "Cliënten en geïnteresseerden (nu {clients}).",
        "categories": "Persoonsgegevens",
        "categories_v": "Naam, contactgegevens, geboortedatum; trajecten en doelen; "
        "sessieverslagen; afspraken; taken; documenten; toestemmingen; verstrekkingen aan "
        "derden; verzoeken van betrokkenen.",
        "special": "Bijzondere gegevens",
        "special_yes": "Ja: verslagen kunnen gezondheidsgegevens bevatten en zijn dan als "
        "zodanig gemarkeerd (nu aanwezig).",
        "special_no": "Mogelijk: verslagen kunnen gezondheidsgegevens bevatten; er is er nu "
        "geen als zodanig gemarkeerd.",
        "recipients": "Ontvangers",
        "recipients_none": "Geen. Er is niets aan derden verstrekt.",
        "recipient_n": "{name} ({n}×)",
        "transfers": "Doorgifte buiten de EER",
        "transfers_v": "Geen. De gegevens staan versleuteld op de computer van de coach. "
        "Back-ups zijn vooraf versleuteld; de sleutel verlaat de computer niet.",
        "transfers_targets": " Back-ups gaan naar {n} door de coach gekozen map(pen); staat "
        "zo'n map in een clouddienst, dan bewaart die dienst alleen versleutelde bestanden.",
        "retention_h": "Bewaartermijnen",
        "retention_intro": "Per categorie, zoals ingesteld{confirmed}. Na afloop wordt gewist "
        "of geanonimiseerd; een wettelijke bewaarplicht (legal hold) schort dat op.",
        "retention_confirmed": " en bevestigd op {date}",
        "retention_auto_on": "Automatische modus staat aan: wat over tijd is, wordt bij het "
        "openen en dagelijks verwerkt.",
        "retention_auto_off": "Automatische modus staat uit: wat over tijd is, verschijnt als "
        "taak en op de pagina Privacy.",
        "security_h": "Beveiligingsmaatregelen (art. 32 AVG)",
        "sec_vault": "Alle gegevens staan in één versleuteld bestand (SQLCipher {version}, "
        "AES-256 met een controle per pagina); niets staat onversleuteld op schijf.",
        "sec_keyring_on": "De sleutel staat ook in de sleutelbos van het besturingssysteem, "
        "zodat de app opent met de aanmelding van de coach.",
        "sec_keyring_off": "De sleutel staat niet in de sleutelbos van het besturingssysteem.",
        "sec_passphrase_on": "Een wachtwoordzin opent de kluis (Argon2id, {mib} MiB geheugen).",
        "sec_passphrase_off": "Er is geen wachtwoordzin ingesteld.",
        "sec_recovery": "Een herstelsleutel op papier opent de kluis en elke back-up, ook op "
        "een andere computer.",
        "sec_autolock": "De app vergrendelt na {n} minuten zonder gebruik en bij "
        "schermvergrendeling.",
        "sec_backup": "Versleutelde back-ups (age): {n} doelmap(pen), {schedule}, bewaard "
        "{daily} dagelijks, {weekly} wekelijks, {monthly} maandelijks. Laatste back-up: "
        "{last}. Laatste geteste terugzetting: {drill}.",
        "sec_backup_none": "Er zijn nog geen back-updoelen ingesteld.",
        "sec_audit": "Een logboek van alle handelingen zonder namen of inhoud, met een "
        "hash-keten: {audit}. Een wisregister met {n} regel(s) zorgt dat gewiste cliënten "
        "gewist blijven na het terugzetten van een back-up: {ledger}.",
        "intact": "bij het opstellen gecontroleerd en intact",
        "broken": "LET OP: de keten is verbroken, controleer met ‘coachdesk audit verify’",
        "never": "nog nooit",
        "schedule_on_close": "bij het afsluiten",
        "schedule_daily": "dagelijks",
        "schedule_weekly": "wekelijks",
        "schedule_manual": "alleen met de hand",
        "breaches_h": "Datalekken",
        "breaches": "Een datalek wordt binnen 72 uur gemeld bij de Autoriteit "
        "Persoonsgegevens, tenzij het geen risico oplevert; gaat een versleutelde laptop "
        "verloren en staat de sleutel er niet onversleuteld op, dan is dat meestal het geval. "
        "Elk incident wordt vastgelegd, ook als het niet gemeld hoeft te worden.",
        "breaches_count": "In {year} zijn in het datalekregister {count} datalekken vastgelegd.",
        "breaches_one": "In {year} is in het datalekregister één datalek vastgelegd.",
        "breaches_none": "In {year} is in het datalekregister nog geen datalek vastgelegd.",
    },
    "en": {
        "title": "Processing register",
        "subtitle": "Record of processing activities (Article 30 GDPR)",
        "generated": "Drawn up on {date} by CoachDesk, from the settings as they are now.",
        "page": "page {page} of {total}",
        "kvk": "Chamber of Commerce {kvk}",
        "controller_h": "Controller",
        "controller": "{name}, {coach}. No data protection officer has been appointed: an "
        "independent practice without large-scale processing is not required to have one.",
        "contact": "Contact: {contact}",
        "activity_h": "Processing: coaching of clients",
        "purposes": "Purposes",
        "purposes_v": "Carrying out the coaching agreement: intake, sessions, notes, "
        "appointments and tasks; continuity when a client returns; handling requests and "
        "complaints.",
        "basis": "Legal basis",
        "basis_v": "Contract (Art. 6(1)(b) GDPR). For health and other special-category data "
        "in notes: explicit consent (Art. 9(2)(a) GDPR), recorded per client.",
        "subjects": "Data subjects",
        "subjects_v": "Clients and prospects (currently {clients}).",
        "categories": "Personal data",
        "categories_v": "Name, contact details, date of birth; trajectories and goals; session "
        "notes; appointments; tasks; documents; consents; disclosures to third parties; "
        "data-subject requests.",
        "special": "Special categories",
        "special_yes": "Yes: notes may contain health data and are then flagged as such "
        "(some are now).",
        "special_no": "Possibly: notes may contain health data; none is flagged as such now.",
        "recipients": "Recipients",
        "recipients_none": "None. Nothing has been disclosed to third parties.",
        "recipient_n": "{name} ({n}×)",
        "transfers": "Transfers outside the EEA",
        "transfers_v": "None. The data is stored encrypted on the coach's computer. Backups "
        "are encrypted before they leave it; the key does not leave the computer.",
        "transfers_targets": " Backups go to {n} folder(s) the coach chose; where such a folder "
        "is synced to a cloud service, that service only holds encrypted files.",
        "retention_h": "Retention periods",
        "retention_intro": "Per category, as configured{confirmed}. When a period ends the data "
        "is erased or anonymised; a legal hold suspends that.",
        "retention_confirmed": " and confirmed on {date}",
        "retention_auto_on": "Automatic mode is on: whatever is past its date is handled at "
        "start and daily.",
        "retention_auto_off": "Automatic mode is off: whatever is past its date appears as a "
        "task and on the Privacy page.",
        "security_h": "Security measures (Art. 32 GDPR)",
        "sec_vault": "All data is kept in one encrypted file (SQLCipher {version}, AES-256 with a "
        "check per page); nothing is stored unencrypted on disk.",
        "sec_keyring_on": "The key is also kept in the operating system's keychain, so the app "
        "opens with the coach's login.",
        "sec_keyring_off": "The key is not kept in the operating system's keychain.",
        "sec_passphrase_on": "A passphrase opens the vault (Argon2id, {mib} MiB of memory).",
        "sec_passphrase_off": "No passphrase has been set.",
        "sec_recovery": "A recovery key on paper opens the vault and every backup, also on "
        "another computer.",
        "sec_autolock": "The app locks after {n} minutes without use and when the screen locks.",
        "sec_backup": "Encrypted backups (age): {n} target folder(s), {schedule}, keeping "
        "{daily} daily, {weekly} weekly, {monthly} monthly. Last backup: {last}. Last "
        "verified restore: {drill}.",
        "sec_backup_none": "No backup targets have been set up yet.",
        "sec_audit": "A hash-chained log of every action, without names or content: {audit}. "
        "An erasure ledger with {n} entr(y/ies) keeps erased clients erased after a backup is "
        "restored: {ledger}.",
        "intact": "checked when this register was drawn up, intact",
        "broken": "WARNING: the chain is broken, check with ‘coachdesk audit verify’",
        "never": "never",
        "schedule_on_close": "when closing the app",
        "schedule_daily": "daily",
        "schedule_weekly": "weekly",
        "schedule_manual": "by hand only",
        "breaches_h": "Data breaches",
        "breaches": "A breach is reported to the Autoriteit Persoonsgegevens within 72 hours "
        "unless it poses no risk; a lost encrypted laptop whose key is not stored on it "
        "unencrypted usually poses none. Every incident is recorded, also when it need not "
        "be reported.",
        "breaches_count": "In {year}, {count} breaches were recorded in the breach register.",
        "breaches_one": "In {year}, one breach was recorded in the breach register.",
        "breaches_none": "In {year}, no breach has been recorded in the breach register.",
    },
}

STATUS_WORDS = {
    "nl": {"prospect": "geïnteresseerd", "active": "actief", "closed": "afgesloten",
           "archived": "gearchiveerd"},
    "en": {"prospect": "prospect", "active": "active", "closed": "closed",
           "archived": "archived"},
}  # fmt: skip
