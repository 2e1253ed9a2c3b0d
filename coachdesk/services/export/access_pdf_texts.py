"""The Dutch and English texts of the access PDF (GDPR Art. 15, "inzage").

The PDF is a document for the client, in the language chosen per export and independent of the
UI language, so its texts live here and not in Qt's translation files. Dutch uses the informal
but professional "je"; the coach writes in the first person.
"""

from __future__ import annotations

from coachdesk.domain.retention import Action, Category, StartEvent

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "doc_title": "Inzage in je persoonsgegevens",
        "footer_subject": "Inzage {client}",
        "page": "pagina {page} van {total}",
        "kvk": "KvK {kvk}",
        "subject": "Betreft: kopie van je persoonsgegevens (artikel 15 AVG)",
        "greeting": "Beste {name},",
        "letter": (
            "Je hebt gevraagd welke persoonsgegevens ik over je bewaar. In dit document vind je "
            "een volledige kopie van die gegevens, zoals de Algemene verordening "
            "gegevensbescherming (AVG) in artikel 15 voorschrijft.",
            "Eerst lees je hoe ik met je gegevens omga: waarvoor ik ze gebruik, welke gegevens "
            "het zijn, met wie ik ze heb gedeeld, hoe lang ik ze bewaar en welke rechten je "
            "hebt. Daarna volgen al je gegevens, gegroepeerd per onderwerp. De verslagen van "
            "onze gesprekken staan er woordelijk in, precies zoals ik ze heb vastgelegd.",
            "Bij dit document horen de originele bestanden uit je dossier (in de map "
            "attachments) en het bestand data.json met dezelfde gegevens in een "
            "machineleesbaar formaat, zodat je ze eenvoudig aan een ander kunt geven.",
            "Klopt er iets niet, mis je iets, of wil je dat ik gegevens aanpas of verwijder? "
            "Laat het me weten, dan reageer ik binnen een maand.",
        ),
        "closing": "Met vriendelijke groet,",
        "contents": "In dit document",
        "info_title": "Informatie over de verwerking",
        "info_intro": "Deze informatie geldt voor jou, op de datum van dit document.",
        "purposes_h": "Doelen en grondslag (art. 15 lid 1 onder a)",
        "purposes": "Ik gebruik je gegevens om de coaching uit te voeren die we samen hebben "
        "afgesproken: afspraken plannen, je traject begeleiden en je dossier bijhouden. De "
        "grondslag is de overeenkomst tussen ons (art. 6 lid 1 onder b AVG).",
        "purposes_consent": "Met jouw toestemming gebruik ik je gegevens ook voor:",
        "purposes_withdrawn": "(toestemming ingetrokken op {date})",
        "categories_h": "Welke gegevens (art. 15 lid 1 onder b)",
        "categories": "Over jou bewaar ik de volgende soorten gegevens:",
        "recipients_h": "Ontvangers (art. 15 lid 1 onder c)",
        "recipients": "Ik heb gegevens over jou verstrekt aan:",
        "recipients_none": "Geen. Ik heb je gegevens met niemand gedeeld.",
        "retention_h": "Bewaartermijnen (art. 15 lid 1 onder d)",
        "retention": "Ik bewaar je gegevens niet langer dan nodig. Per soort gegevens geldt:",
        "retention_follows": "; eerder gewist zodra de gegevens waar ze bij horen zijn gewist",
        "legal_hold": "Let op: op dit moment bewaar ik je dossier langer dan deze termijnen, "
        "omdat dat nodig is om de volgende reden: {reason}. Ik beoordeel dit opnieuw op {date}.",
        "rights_h": "Je rechten (art. 15 lid 1 onder e)",
        "rights": "Je hebt het recht om gegevens te laten verbeteren of aanvullen (art. 16 AVG), "
        "te laten wissen (art. 17), het gebruik ervan te laten beperken (art. 18) en bezwaar "
        "te maken tegen het gebruik (art. 21). Je kunt je gegevens ook in een machineleesbaar "
        "formaat krijgen om aan een ander te geven (art. 20). Een gegeven toestemming kun je "
        "altijd intrekken; dat geldt vanaf dat moment. Stuur me daarvoor een bericht{contact}.",
        "rights_contact": " via {email}",
        "complaint_h": "Een klacht indienen (art. 15 lid 1 onder f)",
        "complaint": "Ben je het niet eens met hoe ik met je gegevens omga, dan kun je een "
        "klacht indienen bij de Autoriteit Persoonsgegevens, de Nederlandse toezichthouder:",
        "complaint_after": "Ik hoor het natuurlijk het liefst eerst van jou, zodat we het samen "
        "kunnen oplossen.",
        "source_h": "Herkomst van de gegevens (art. 15 lid 1 onder g)",
        "source": "De meeste gegevens heb je zelf aan mij gegeven. De gespreksverslagen en "
        "aantekeningen zijn mijn eigen waarnemingen en indrukken tijdens de coaching.",
        "source_referral": "Je bent bij mij gekomen via: {value}.",
        "source_sponsor": "Gegevens over je traject kreeg ik ook van je opdrachtgever: {value}.",
        "automated_h": "Geautomatiseerde besluiten (art. 15 lid 1 onder h)",
        "automated": "Er vindt geen geautomatiseerde besluitvorming of profilering plaats. "
        "Alle beslissingen over je coaching neem ik zelf, samen met jou.",
        "transfers_h": "Doorgifte buiten de EER (art. 15 lid 2)",
        "transfers": "Geen. Je gegevens worden niet doorgegeven naar landen buiten de Europese "
        "Economische Ruimte of naar internationale organisaties.",
        "data_title": "Je gegevens",
        "data_intro": "Hieronder staan alle gegevens die ik op {date} over je had.",
        "identity_h": "Persoons- en contactgegevens",
        "trajectories_h": "Trajecten",
        "consents_h": "Toestemmingen",
        "appointments_h": "Afspraken",
        "notes_h": "Gespreksverslagen",
        "notes_intro": "De verslagen staan hier woordelijk, in de volgorde waarin de gesprekken "
        "plaatsvonden.",
        "tasks_h": "Taken",
        "documents_h": "Documenten",
        "documents_intro": "De originele bestanden zitten bij dit document in de map attachments.",
        "disclosures_h": "Verstrekkingen aan anderen",
        "requests_h": "Je verzoeken over je gegevens",
        "audit_h": "Logboek",
        "audit_intro": "Wat er met je dossier is gebeurd, zoals CoachDesk het heeft vastgelegd.",
        "none_recorded": "Niets vastgelegd.",
        "special": "Bijzonder persoonsgegeven (art. 9 AVG)",
        "created": "Aangemaakt {at}",
        "modified": "gewijzigd {at}",
        "template": "sjabloon: {name}",
        "all_day": "hele dag",
        "yes": "ja",
        "no": "nee",
        "months_1": "1 maand",
        "months_n": "{n} maanden",
        "years": "{n} jaar",
        "until": "tot {date}",
        "extended": "verlengd tot {date}: {reason}",
    },
    "en": {
        "doc_title": "Access to your personal data",
        "footer_subject": "Access {client}",
        "page": "page {page} of {total}",
        "kvk": "Chamber of Commerce (KvK) {kvk}",
        "subject": "Re: a copy of your personal data (Article 15 GDPR)",
        "greeting": "Dear {name},",
        "letter": (
            "You asked which personal data I hold about you. This document contains a complete "
            "copy of that data, as Article 15 of the General Data Protection Regulation (GDPR) "
            "provides.",
            "First you can read how I handle your data: what I use it for, which data it is, "
            "with whom I have shared it, how long I keep it and what your rights are. After "
            "that comes all of your data, grouped by subject. The notes of our sessions are "
            "included word for word, exactly as I recorded them.",
            "Together with this document you receive the original files from your client file "
            "(in the attachments folder) and the file data.json, which holds the same data in a "
            "machine-readable format so you can easily pass it on to someone else.",
            "If anything is wrong or missing, or if you would like me to correct or delete "
            "something, please let me know and I will respond within one month.",
        ),
        "closing": "Kind regards,",
        "contents": "In this document",
        "info_title": "Information about the processing",
        "info_intro": "This information applies to you, on the date of this document.",
        "purposes_h": "Purposes and legal basis (Art. 15(1)(a))",
        "purposes": "I use your data to provide the coaching we agreed on: to plan "
        "appointments, to guide your trajectory and to keep your file. The legal basis is the "
        "contract between us (Art. 6(1)(b) GDPR).",
        "purposes_consent": "With your consent, I also use your data for:",
        "purposes_withdrawn": "(consent withdrawn on {date})",
        "categories_h": "Which data (Art. 15(1)(b))",
        "categories": "I hold the following kinds of data about you:",
        "recipients_h": "Recipients (Art. 15(1)(c))",
        "recipients": "I have disclosed data about you to:",
        "recipients_none": "None. I have not shared your data with anyone.",
        "retention_h": "Retention periods (Art. 15(1)(d))",
        "retention": "I keep your data no longer than necessary. For each kind of data:",
        "retention_follows": "; erased earlier once the data they belong to has been erased",
        "legal_hold": "Please note: at the moment I keep your file longer than these periods, "
        "because this is necessary for the following reason: {reason}. I will review this on "
        "{date}.",
        "rights_h": "Your rights (Art. 15(1)(e))",
        "rights": "You have the right to have your data corrected or completed (Art. 16 GDPR), "
        "erased (Art. 17), to have its use restricted (Art. 18) and to object to its use "
        "(Art. 21). You can also receive your data in a machine-readable format to pass on to "
        "someone else (Art. 20). You can withdraw any consent you gave at any time; this takes "
        "effect from that moment. Just send me a message{contact}.",
        "rights_contact": " at {email}",
        "complaint_h": "Making a complaint (Art. 15(1)(f))",
        "complaint": "If you disagree with how I handle your data, you can lodge a complaint "
        "with the Dutch supervisory authority, the Autoriteit Persoonsgegevens:",
        "complaint_after": "Of course I would rather hear from you first, so that we can solve "
        "it together.",
        "source_h": "Source of the data (Art. 15(1)(g))",
        "source": "Most of the data you gave me yourself. The session notes and remarks are my "
        "own observations and impressions during the coaching.",
        "source_referral": "You were referred to me by: {value}.",
        "source_sponsor": "I also received data about your trajectory from your sponsor: {value}.",
        "automated_h": "Automated decisions (Art. 15(1)(h))",
        "automated": "There is no automated decision-making or profiling. I make all decisions "
        "about your coaching myself, together with you.",
        "transfers_h": "Transfers outside the EEA (Art. 15(2))",
        "transfers": "None. Your data is not transferred to countries outside the European "
        "Economic Area or to international organisations.",
        "data_title": "Your data",
        "data_intro": "Below is all the data I held about you on {date}.",
        "identity_h": "Identity and contact details",
        "trajectories_h": "Trajectories",
        "consents_h": "Consents",
        "appointments_h": "Appointments",
        "notes_h": "Session notes",
        "notes_intro": "The notes are included word for word, in the order in which the "
        "sessions took place.",
        "tasks_h": "Tasks",
        "documents_h": "Documents",
        "documents_intro": "The original files are included with this document in the "
        "attachments folder.",
        "disclosures_h": "Disclosures to others",
        "requests_h": "Your requests about your data",
        "audit_h": "Activity log",
        "audit_intro": "What happened to your file, as recorded by CoachDesk.",
        "none_recorded": "Nothing recorded.",
        "special": "Special category data (Art. 9 GDPR)",
        "created": "Created {at}",
        "modified": "modified {at}",
        "template": "template: {name}",
        "all_day": "all day",
        "yes": "yes",
        "no": "no",
        "months_1": "1 month",
        "months_n": "{n} months",
        "years": "{n} years",
        "until": "until {date}",
        "extended": "extended to {date}: {reason}",
    },
}

# Labels of table columns and fields, by data.json key.
FIELDS: dict[str, dict[str, str]] = {
    "nl": {
        "number": "Cliëntnummer", "name": "Naam", "first_name": "Voornaam",
        "tussenvoegsel": "Tussenvoegsel", "last_name": "Achternaam",
        "preferred_name": "Roepnaam", "date_of_birth": "Geboortedatum", "email": "E-mail",
        "phone": "Telefoon", "address": "Adres", "country": "Land",
        "organisation": "Organisatie", "referral_source": "Verwezen door", "status": "Status",
        "tags": "Labels", "created_at": "Aangemaakt", "updated_at": "Gewijzigd",
        "goal": "Doel", "start_date": "Begindatum", "end_date": "Einddatum",
        "agreed_sessions": "Afgesproken gesprekken", "sponsor": "Opdrachtgever",
        "payer": "Betaler", "date": "Datum", "time": "Tijd", "title": "Omschrijving",
        "kind": "Soort", "location": "Locatie", "action": "Handeling", "purpose": "Doel",
        "scope": "Reikwijdte", "method": "Vastgelegd", "text_version": "Versie tekst",
        "note": "Toelichting", "due_date": "Uiterlijk", "priority": "Prioriteit",
        "done_at": "Afgerond", "mime_type": "Soort", "size": "Grootte",
        "added_at": "Toegevoegd", "file": "Bestand in attachments", "recipient": "Ontvanger",
        "what": "Welke gegevens", "legal_basis": "Grondslag", "at": "Tijdstip",
        "received_on": "Ontvangen", "due_on": "Uiterlijk", "completed_on": "Afgehandeld",
    },
    "en": {
        "number": "Client number", "name": "Name", "first_name": "First name",
        "tussenvoegsel": "Name prefix", "last_name": "Last name",
        "preferred_name": "Preferred name", "date_of_birth": "Date of birth",
        "email": "E-mail", "phone": "Phone", "address": "Address", "country": "Country",
        "organisation": "Organisation", "referral_source": "Referred by", "status": "Status",
        "tags": "Tags", "created_at": "Created", "updated_at": "Modified", "goal": "Goal",
        "start_date": "Start date", "end_date": "End date",
        "agreed_sessions": "Agreed sessions", "sponsor": "Sponsor", "payer": "Payer",
        "date": "Date", "time": "Time", "title": "Description", "kind": "Kind",
        "location": "Location", "action": "Action", "purpose": "Purpose", "scope": "Scope",
        "method": "Recorded", "text_version": "Text version", "note": "Note",
        "due_date": "Due", "priority": "Priority", "done_at": "Done", "mime_type": "Type",
        "size": "Size", "added_at": "Added", "file": "File in attachments",
        "recipient": "Recipient", "what": "Which data", "legal_basis": "Legal basis",
        "at": "Time", "received_on": "Received", "due_on": "Due", "completed_on": "Completed",
    },
}  # fmt: skip

# Values of coded fields (status, kind, ...), by data.json value; unknown codes print as-is.
VALUES: dict[str, dict[str, str]] = {
    "nl": {
        "prospect": "aanmelding", "active": "actief", "closed": "afgesloten",
        "archived": "gearchiveerd", "intake": "intake", "session": "gesprek",
        "evaluation": "evaluatie", "other": "overig", "blocked": "geblokkeerd",
        "planned": "gepland", "done": "gehouden", "cancelled": "geannuleerd",
        "no_show": "niet verschenen", "given": "gegeven", "withdrawn": "ingetrokken",
        "signed": "ondertekend", "oral": "mondeling", "email": "per e-mail",
        "contract": "overeenkomst", "explicit_consent": "uitdrukkelijke toestemming",
        "consent": "toestemming", "legal_obligation": "wettelijke plicht",
        "legitimate_interest": "gerechtvaardigd belang", "priority_1": "hoog",
        "priority_2": "normaal", "priority_3": "laag", "access": "inzage",
        "rectification": "correctie", "erasure": "wissen", "restriction": "beperking",
        "objection": "bezwaar", "portability": "overdraagbaarheid",
    },
    "en": {
        "prospect": "prospect", "active": "active", "closed": "closed",
        "archived": "archived", "intake": "intake", "session": "session",
        "evaluation": "evaluation", "other": "other", "blocked": "blocked",
        "planned": "planned", "done": "held", "cancelled": "cancelled",
        "no_show": "did not attend", "given": "given", "withdrawn": "withdrawn",
        "signed": "signed", "oral": "orally", "email": "by e-mail", "contract": "contract",
        "explicit_consent": "explicit consent", "consent": "consent",
        "legal_obligation": "legal obligation", "legitimate_interest": "legitimate interest",
        "priority_1": "high", "priority_2": "normal", "priority_3": "low", "access": "access",
        "rectification": "rectification", "erasure": "erasure", "restriction": "restriction",
        "objection": "objection", "portability": "portability",
    },
}  # fmt: skip

# Audit actions about one client in words; other actions print as their code.
AUDIT_ACTIONS: dict[str, dict[str, str]] = {
    "nl": {
        "client.created": "Dossier aangemaakt", "client.updated": "Gegevens gewijzigd",
        "client.exported": "Kopie van de gegevens gemaakt",
        "client.archived": "Dossier gearchiveerd", "client.restored": "Dossier heropend",
        "note.created": "Gespreksverslag toegevoegd", "note.updated": "Gespreksverslag gewijzigd",
        "note.deleted": "Gespreksverslag verwijderd", "document.added": "Document toegevoegd",
        "document.removed": "Document verwijderd", "consent.recorded": "Toestemming vastgelegd",
        "disclosure.recorded": "Verstrekking vastgelegd",
        "legal_hold.placed": "Bewaarplicht ingesteld",
        "legal_hold.lifted": "Bewaarplicht opgeheven",
    },
    "en": {
        "client.created": "File created", "client.updated": "Details changed",
        "client.exported": "Copy of the data made", "client.archived": "File archived",
        "client.restored": "File reopened", "note.created": "Session note added",
        "note.updated": "Session note changed", "note.deleted": "Session note deleted",
        "document.added": "Document added", "document.removed": "Document removed",
        "consent.recorded": "Consent recorded", "disclosure.recorded": "Disclosure recorded",
        "legal_hold.placed": "Legal hold placed", "legal_hold.lifted": "Legal hold lifted",
    },
}  # fmt: skip

# Kinds of data for Art. 15(1)(b), by the data.json section that holds them.
DATA_CATEGORIES: dict[str, dict[str, str]] = {
    "nl": {
        "client": "persoons- en contactgegevens (naam, geboortedatum, adres, e-mail, "
        "telefoon, organisatie)",
        "trajectories": "gegevens over je coachtraject (doel, looptijd, opdrachtgever)",
        "notes": "verslagen van onze gesprekken",
        "special": "bijzondere persoonsgegevens in gespreksverslagen, zoals gegevens over je "
        "gezondheid, met je uitdrukkelijke toestemming (art. 9 AVG)",
        "appointments": "afspraken (datum, tijd, locatie, of ze zijn doorgegaan)",
        "tasks": "taken die ik voor je dossier bijhoud",
        "consents": "je toestemmingen en wanneer je ze gaf of introk",
        "disclosures": "verstrekkingen van je gegevens aan anderen",
        "documents": "documenten in je dossier",
        "data_requests": "je verzoeken over je gegevens",
        "audit": "een logboek van wat er met je dossier is gebeurd",
    },
    "en": {
        "client": "identity and contact details (name, date of birth, address, e-mail, "
        "phone, organisation)",
        "trajectories": "details of your coaching trajectory (goal, duration, sponsor)",
        "notes": "notes of our sessions",
        "special": "special category data in session notes, such as data about your "
        "health, with your explicit consent (Art. 9 GDPR)",
        "appointments": "appointments (date, time, location, whether they took place)",
        "tasks": "tasks I keep for your file",
        "consents": "your consents and when you gave or withdrew them",
        "disclosures": "disclosures of your data to others",
        "documents": "documents in your file",
        "data_requests": "your requests about your data",
        "audit": "a log of what happened to your file",
    },
}

RETENTION_CATEGORIES: dict[str, dict[Category, str]] = {
    "nl": {
        Category.DOSSIER: "Gespreksverslagen, intake, doelen, taken en documenten",
        Category.AGENDA: "Afspraken",
        Category.PROSPECTS: "Aanmeldingen zonder traject",
        Category.CONSENTS: "Vastgelegde toestemmingen",
        Category.INVOICES: "Facturen (als ik die maak)",
    },
    "en": {
        Category.DOSSIER: "Session notes, intake, goals, tasks and documents",
        Category.AGENDA: "Appointments",
        Category.PROSPECTS: "Enquiries without a trajectory",
        Category.CONSENTS: "Consent records",
        Category.INVOICES: "Invoices (if I issue them)",
    },
}

START_EVENTS: dict[str, dict[StartEvent, str]] = {
    "nl": {
        StartEvent.END_OF_LAST_TRAJECTORY: "na het einde van je laatste traject",
        StartEvent.APPOINTMENT: "na de afspraak",
        StartEvent.LAST_CONTACT: "na het laatste contact",
        StartEvent.END_OF_TRAJECTORY: "na het einde van het traject",
        StartEvent.END_OF_FINANCIAL_YEAR: "na het einde van het boekjaar (wettelijke "
        "bewaarplicht, art. 52 AWR)",
    },
    "en": {
        StartEvent.END_OF_LAST_TRAJECTORY: "after the end of your last trajectory",
        StartEvent.APPOINTMENT: "after the appointment",
        StartEvent.LAST_CONTACT: "after the last contact",
        StartEvent.END_OF_TRAJECTORY: "after the end of the trajectory",
        StartEvent.END_OF_FINANCIAL_YEAR: "after the end of the financial year (required by "
        "Dutch tax law, art. 52 AWR)",
    },
}

RETENTION_ACTIONS: dict[str, dict[Action, str]] = {
    "nl": {Action.ERASE: "daarna gewist", Action.ANONYMISE: "daarna geanonimiseerd"},
    "en": {Action.ERASE: "then erased", Action.ANONYMISE: "then anonymised"},
}

AUTHORITY_ADDRESS = ("Autoriteit Persoonsgegevens", "autoriteitpersoonsgegevens.nl",
                     "Postbus 93374", "2509 AJ Den Haag")  # fmt: skip

LANGUAGES = ("nl", "en")
