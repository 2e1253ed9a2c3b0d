"""The Dutch and English texts of the erasure confirmation letter (GDPR Art. 17 and 19).

Like the access PDF, the letter is written to the client in the language chosen per letter,
independent of the UI language, so its texts live here and not in Qt's translation files. Dutch
uses the informal but professional "je" of the access PDF; the coach writes in the first person.
"""

from __future__ import annotations

LANGUAGES = ("nl", "en")

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "doc_title": "Bevestiging van het wissen van je gegevens",
        "footer": "Bevestiging wissen · kenmerk {reference}",
        "page": "pagina {page} van {total}",
        "kvk": "KvK {kvk}",
        "reference": "Kenmerk: {reference}",
        "subject_erase": "Betreft: je persoonsgegevens zijn gewist (artikel 17 AVG)",
        "subject_anonymise": "Betreft: je persoonsgegevens zijn gewist en geanonimiseerd "
        "(artikel 17 AVG)",
        "greeting": "Beste {name},",
        "intro_request": "Je hebt me gevraagd je persoonsgegevens te wissen. Dat heb ik op "
        "{date} gedaan: alles wat ik in mijn praktijkadministratie over je bewaarde, is "
        "definitief verwijderd.",
        "intro_retention": "De bewaartermijn van je dossier is verstreken. Daarom heb ik op "
        "{date} alles wat ik in mijn praktijkadministratie over je bewaarde definitief "
        "verwijderd.",
        "intro_consent": "Je hebt je toestemming ingetrokken. Daarom heb ik op {date} alles wat "
        "ik in mijn praktijkadministratie over je bewaarde definitief verwijderd.",
        "intro_after": "In deze brief lees je wat ik heb gewist, wat ik heb bewaard en waarom, "
        "wie ik heb ingelicht en tot wanneer er nog een versleutelde kopie in mijn back-ups kan "
        "staan.",
        "deleted_h": "Wat ik heb gewist",
        "deleted": "De gegevens zijn niet naar een prullenbak verplaatst, maar zo verwijderd dat "
        "ze ook met technische middelen niet meer terug te halen zijn:",
        "deleted_after": "Ook de zoekindex en tijdelijke bestanden met je gegevens zijn "
        "opgeschoond.",
        "kept_h": "Wat ik heb bewaard, en waarom",
        "kept": "Een paar dingen bewaar ik bewust. Geen ervan bevat je naam, je contactgegevens "
        "of de inhoud van je dossier:",
        "kept_ledger": "Eén regel in mijn register van gewiste dossiers, met alleen een "
        "willekeurig nummer, de datum, wat er is gedaan en op welke grond. Die regel zorgt "
        "ervoor dat je gegevens vanzelf opnieuw worden gewist als ik ooit een oudere back-up "
        "moet terugzetten: zo blijft gewist ook echt gewist.",
        "kept_audit_1": "Eén regel in het logboek van mijn praktijksoftware, die vastlegt wat er "
        "wanneer met het dossier is gedaan, onder hetzelfde willekeurige nummer en zonder "
        "persoonsgegevens. Zo kan ik aantonen dat ik zorgvuldig met je gegevens ben omgegaan.",
        "kept_audit_n": "{n} regels in het logboek van mijn praktijksoftware, die vastleggen wat "
        "er wanneer met het dossier is gedaan, onder hetzelfde willekeurige nummer en zonder "
        "persoonsgegevens. Zo kan ik aantonen dat ik zorgvuldig met je gegevens ben omgegaan.",
        "kept_statistics": "Je traject telt één keer mee in mijn anonieme praktijkstatistiek, "
        "alleen als: {year}, thema ‘{theme}’, {age}, {sessions}. Die cijfers toon ik alleen "
        "per groep van vijf of meer, zodat niemand erin te herkennen is.",
        "age_band": "leeftijd {band} jaar",
        "age_unknown": "leeftijd onbekend",
        "sessions_band": "{band} gesprekken",
        "sessions_more": "meer dan {n} gesprekken",
        "recipients_h": "Wie ik heb ingelicht (artikel 19 AVG)",
        "recipients": "Ik had gegevens over je verstrekt aan de ontvangers hieronder. Ik laat "
        "hen weten dat je gegevens zijn gewist, zodat ook zij ze kunnen wissen:",
        "recipients_none": "Ik heb je gegevens aan niemand verstrekt, dus er is niemand die ik "
        "hoef in te lichten.",
        "informed": "ingelicht",
        "will_inform": "wordt door mij ingelicht",
        "backups_h": "Kopieën in back-ups",
        "backups": "Van mijn praktijkadministratie maak ik regelmatig een versleutelde back-up, "
        "zodat ik niets kwijtraak bij een storing of diefstal. Back-ups van vóór het wissen "
        "kunnen je gegevens nog bevatten, uiterlijk tot {date}; daarna zijn ze allemaal "
        "vervangen. Ze zijn alleen met mijn sleutel te openen en ik gebruik ze uitsluitend om "
        "mijn administratie na een storing te herstellen.",
        "backups_restore": "Moet ik ooit zo’n back-up terugzetten, dan wist CoachDesk je "
        "gegevens automatisch opnieuw, nog voordat iemand het teruggezette bestand kan openen.",
        "basis_h": "Grondslag",
        "basis_request": "Je verzoek om je gegevens te wissen (artikel 17 AVG, het recht op "
        "vergetelheid).",
        "basis_retention": "Het verstrijken van de bewaartermijn: ik bewaar gegevens niet "
        "langer dan nodig (artikel 5 lid 1 onder e en artikel 17 lid 1 onder a AVG).",
        "basis_consent": "Het intrekken van je toestemming (artikel 17 lid 1 onder b AVG).",
        "questions": "Heb je nog vragen over deze brief, neem dan gerust contact met me "
        "op{contact}. Noem daarbij het kenmerk {reference}: je naam bewaar ik niet meer, dus "
        "alleen daaraan kan ik het wissen nog herkennen.",
        "questions_contact": " via {email}",
        "complaint": "Ben je het niet eens met hoe ik met je gegevens ben omgegaan, dan kun je "
        "een klacht indienen bij de Autoriteit Persoonsgegevens "
        "(autoriteitpersoonsgegevens.nl).",
        "closing": "Met vriendelijke groet,",
    },
    "en": {
        "doc_title": "Confirmation that your data has been erased",
        "footer": "Erasure confirmation · reference {reference}",
        "page": "page {page} of {total}",
        "kvk": "Chamber of Commerce (KvK) {kvk}",
        "reference": "Reference: {reference}",
        "subject_erase": "Re: your personal data has been erased (Article 17 GDPR)",
        "subject_anonymise": "Re: your personal data has been erased and anonymised "
        "(Article 17 GDPR)",
        "greeting": "Dear {name},",
        "intro_request": "You asked me to erase your personal data. I did so on {date}: "
        "everything I held about you in my practice records has been deleted for good.",
        "intro_retention": "The retention period of your file has ended. On {date} I therefore "
        "deleted everything I held about you in my practice records for good.",
        "intro_consent": "You withdrew your consent. On {date} I therefore deleted everything I "
        "held about you in my practice records for good.",
        "intro_after": "This letter tells you what I deleted, what I kept and why, whom I "
        "informed, and until when an encrypted copy may still exist in my backups.",
        "deleted_h": "What I deleted",
        "deleted": "The data was not moved to a recycle bin; it was removed so that it cannot be "
        "recovered, not even with technical means:",
        "deleted_after": "The search index and temporary files holding your data have been "
        "cleaned up as well.",
        "kept_h": "What I kept, and why",
        "kept": "I keep a few things on purpose. None of them contains your name, your contact "
        "details or the content of your file:",
        "kept_ledger": "One line in my register of erased files, holding only a random number, "
        "the date, what was done and on what basis. It makes sure your data is erased again "
        "automatically should I ever have to restore an older backup: erased stays erased.",
        "kept_audit_1": "One line in the activity log of my practice software, recording what "
        "was done to the file and when, under the same random number and without personal "
        "data. It lets me show that I handled your data with care.",
        "kept_audit_n": "{n} lines in the activity log of my practice software, recording what "
        "was done to the file and when, under the same random number and without personal "
        "data. They let me show that I handled your data with care.",
        "kept_statistics": "Your coaching is counted once in my anonymous practice statistics, "
        "only as: {year}, theme ‘{theme}’, {age}, {sessions}. I only show these figures for "
        "groups of five or more, so that no one can be identified from them.",
        "age_band": "aged {band}",
        "age_unknown": "age unknown",
        "sessions_band": "{band} sessions",
        "sessions_more": "more than {n} sessions",
        "recipients_h": "Whom I informed (Article 19 GDPR)",
        "recipients": "I had disclosed data about you to the recipients below. I let them know "
        "that your data has been erased, so that they can erase it too:",
        "recipients_none": "I did not disclose your data to anyone, so there is no one I need "
        "to inform.",
        "informed": "informed",
        "will_inform": "I will inform them",
        "backups_h": "Copies in backups",
        "backups": "I regularly make an encrypted backup of my practice records, so that nothing "
        "is lost through a breakdown or theft. Backups made before the erasure may still "
        "contain your data, until {date} at the latest; by then they will all have been "
        "replaced. Only my key opens them, and I use them solely to restore my records after a "
        "breakdown.",
        "backups_restore": "Should I ever restore such a backup, CoachDesk erases your data "
        "again automatically, before anyone can open the restored records.",
        "basis_h": "Legal basis",
        "basis_request": "Your request to erase your data (Article 17 GDPR, the right to be "
        "forgotten).",
        "basis_retention": "The end of the retention period: I keep data no longer than "
        "necessary (Article 5(1)(e) and Article 17(1)(a) GDPR).",
        "basis_consent": "The withdrawal of your consent (Article 17(1)(b) GDPR).",
        "questions": "If you have any questions about this letter, please get in touch{contact}. "
        "Please quote the reference {reference}: I no longer keep your name, so that is the only "
        "way I can recognise the erasure.",
        "questions_contact": " at {email}",
        "complaint": "If you disagree with how I handled your data, you can lodge a complaint "
        "with the Dutch supervisory authority, the Autoriteit Persoonsgegevens "
        "(autoriteitpersoonsgegevens.nl).",
        "closing": "Kind regards,",
    },
}

# Which introduction and legal basis a ledger's legal basis gets (privacy.LEGAL_BASES).
BASIS_KEYS = {
    "art17": "request",
    "request": "request",
    "retention": "retention",
    "consent-withdrawn": "consent",
}

# Deleted rows per table in plain words: (singular, plural); in the order the letter lists them.
# Tables not named here are summed under "other".
CATEGORIES: dict[str, dict[str, tuple[str, str]]] = {
    "nl": {
        "clients": (
            "dossier met je persoons- en contactgegevens (naam, geboortedatum, adres, e-mail en "
            "telefoon)",
            "dossiers met je persoons- en contactgegevens",
        ),
        "notes": ("gespreksverslag", "gespreksverslagen"),
        "appointments": ("afspraak", "afspraken"),
        "documents": ("document, met het bestand zelf", "documenten, met de bestanden zelf"),
        "trajectories": ("coachtraject", "coachtrajecten"),
        "tasks": ("taak", "taken"),
        "consents": ("vastgelegde toestemming", "vastgelegde toestemmingen"),
        "disclosures": (
            "vastgelegde verstrekking aan een ander",
            "vastgelegde verstrekkingen aan anderen",
        ),
        "data_requests": ("verzoek over je gegevens", "verzoeken over je gegevens"),
        "client_tags": ("label", "labels"),
        "legal_holds": ("bewaarplicht", "bewaarplichten"),
        "other": ("ander gegeven", "andere gegevens"),
    },
    "en": {
        "clients": (
            "client file with your identity and contact details (name, date of birth, "
            "address, e-mail and phone)",
            "client files with your identity and contact details",
        ),
        "notes": ("session note", "session notes"),
        "appointments": ("appointment", "appointments"),
        "documents": ("document, including the file itself", "documents, including the files"),
        "trajectories": ("coaching trajectory", "coaching trajectories"),
        "tasks": ("task", "tasks"),
        "consents": ("consent record", "consent records"),
        "disclosures": ("record of a disclosure to others", "records of disclosures to others"),
        "data_requests": ("request about your data", "requests about your data"),
        "client_tags": ("tag", "tags"),
        "legal_holds": ("legal hold", "legal holds"),
        "other": ("other record", "other records"),
    },
}

# The statistics themes (domain.statistics.THEMES keys) as the letter names them.
THEMES: dict[str, dict[str, str]] = {
    "nl": {
        "loopbaan": "loopbaan",
        "re-integratie": "re-integratie",
        "werkstress/burn-out": "werkstress of burn-out",
        "leiderschap": "leiderschap",
        "persoonlijke ontwikkeling": "persoonlijke ontwikkeling",
        "team/relaties": "team en relaties",
        "overig": "overig",
    },
    "en": {
        "loopbaan": "career",
        "re-integratie": "return to work",
        "werkstress/burn-out": "work stress or burn-out",
        "leiderschap": "leadership",
        "persoonlijke ontwikkeling": "personal development",
        "team/relaties": "team and relationships",
        "overig": "other",
    },
}
