"""The erasure confirmation letter (GDPR Art. 17 and 19) and the erase that goes with it.

The vault keeps no name after an erase, so everything the letter needs is captured *before*
the erase (``capture_letter_details``: the client's name and address, the practice, the
recipients from the disclosure log, the backup rotation) and held in memory; after the erase,
``letter_for`` adds the ``ErasureReport`` and the coach's Art. 19 choices to make an
``ErasureLetter``, which renders in Dutch or English at any later moment (``pdf``) without
touching the vault. The reference on the letter is the ledger entry's sequence number and the
start of its hash, never the client number.

Recipients the coach has not informed yet become plain tasks "Inform <recipient> of an erasure
(reference …)" without the client's name. ``erase_with_letter`` does it all in order, for the
CLI and the dossier.
"""

from __future__ import annotations

import importlib
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from coachdesk.domain.dates import parse_stamp
from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import Client, Practice, Task
from coachdesk.domain.requests import add_months
from coachdesk.domain.statistics import StatisticsKey
from coachdesk.services import privacy
from coachdesk.services.erasure_letter_texts import LANGUAGES
from coachdesk.services.privacy import ErasureReport
from coachdesk.services.setup import practice_logo
from coachdesk.services.tasks import PRIORITY_HIGH, TITLE_MAX, add_task
from coachdesk.vault.connection import Db
from coachdesk.vault.fsutil import atomic_write_bytes
from coachdesk.vault.repos import clients as _clients
from coachdesk.vault.repos import practice as _practice
from coachdesk.vault.vault import Vault

INFORM_TASK = QT_TRANSLATE_NOOP(
    "Privacy", "Inform {recipient} of an erasure (reference {reference})"
)
INFORM_NOTES = QT_TRANSLATE_NOOP(
    "Privacy",
    "Art. 19 GDPR: tell this recipient that the data they received from you about a client has"
    " been erased, so that they can erase it too. Quote reference {reference}; the client's name"
    " is on the confirmation letter only.",
)
INFORM_DUE_DAYS = 7
FILE_NAMES = {
    "nl": "bevestiging-wissen-{reference}.pdf",
    "en": "erasure-confirmation-{reference}.pdf",
}


class UnknownRecipient(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{recipient} did not receive data about this client (recipients: {recipients})."
    )


@dataclass(frozen=True, slots=True)
class Addressee:
    """The client as the letter addresses them; held in memory only."""

    name: str
    salutation: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    email: str = ""

    @classmethod
    def of(cls, client: Client) -> Addressee:
        return cls(
            name=client.full_name,
            salutation=(client.preferred_name or client.first_name or client.full_name).strip(),
            street=client.street.strip(),
            postcode=client.postcode.strip(),
            city=client.city.strip(),
            country=client.country.strip(),
            email=client.email.strip(),
        )

    def lines(self) -> list[str]:
        """The address block: name, street, postcode and city, country outside NL; the e-mail
        address when there is no postal address."""
        city = f"{self.postcode}  {self.city}".strip()
        lines = [self.name, self.street, city]
        if self.country and self.country.upper() not in ("NL", "NEDERLAND", "THE NETHERLANDS"):
            lines.append(self.country)
        if not (self.street or city) and self.email:
            lines.append(self.email)
        return [x for x in lines if x]


@dataclass(frozen=True, slots=True)
class BackupRotation:
    """How many generations of each kind the backup rotation keeps."""

    monthly: int = 12
    weekly: int = 4
    daily: int = 7

    def oldest_copy_until(self, since: date) -> date:
        """The last day a backup made on *since* can still exist."""
        return max(
            add_months(since, max(self.monthly, 0)),
            since + timedelta(weeks=max(self.weekly, 0)),
            since + timedelta(days=max(self.daily, 0)),
        )


@dataclass(frozen=True, slots=True)
class RecipientNotice:
    recipient: str
    informed: bool  # False: the coach will inform them (a task says so)


@dataclass(frozen=True, slots=True)
class LetterDetails:
    """What the letter needs that the erase removes or that lives outside the report."""

    client_id: int
    addressee: Addressee
    practice: Practice
    recipients: tuple[str, ...]
    rotation: BackupRotation
    logo: bytes | None = None


@dataclass(frozen=True, slots=True)
class ErasureLetter:
    """Everything on the letter, in memory; renders after the erase without the vault."""

    addressee: Addressee
    practice: Practice
    action: str  # 'erase' or 'anonymise'
    legal_basis: str
    reference: str
    erased_on: date
    deleted: dict[str, int]
    audit_entries_kept: int
    statistics: StatisticsKey | None
    recipients: tuple[RecipientNotice, ...]
    backups_until: date
    logo: bytes | None = field(default=None, repr=False)

    @property
    def to_inform(self) -> tuple[str, ...]:
        return tuple(r.recipient for r in self.recipients if not r.informed)

    def file_name(self, language: str) -> str:
        return FILE_NAMES.get(language, FILE_NAMES["en"]).format(reference=self.reference)

    def pdf(self, language: str) -> bytes:
        from coachdesk.services.erasure_letter_pdf import render_erasure_letter

        return render_erasure_letter(self, language)

    def write(self, path: Path, language: str) -> Path:
        """Write the PDF to *path* through a temporary name beside it, renamed when complete;
        nothing is written anywhere else. ``StorageError`` when the disk refuses."""
        path = Path(path)
        atomic_write_bytes(path, self.pdf(language), mode=0o600)
        return path


@dataclass(frozen=True, slots=True)
class ErasureOutcome:
    report: ErasureReport
    letter: ErasureLetter
    tasks: tuple[Task, ...]


def erasure_reference(report: ErasureReport) -> str:
    """The ledger entry's number and the start of its hash, e.g. '0007-3f2a9c1b'."""
    entry = report.ledger_entry
    return f"{entry.seq:04d}-{entry.hash[:8]}"


def disclosure_recipients(db: Db, client_id: int) -> list[str]:
    """Everyone the client's data was disclosed to (the disclosure log), by name."""
    rows = db.all(
        "SELECT DISTINCT recipient FROM disclosures WHERE client_id = :id ORDER BY recipient",
        {"id": client_id},
    )
    return [str(r[0]) for r in rows]


def backup_rotation(db: Db) -> BackupRotation:
    """The configured rotation of ``coachdesk.services.backup``, or the defaults (12 monthly
    generations) while that module does not exist."""
    name = "coachdesk.services.backup"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return BackupRotation()
    load = getattr(module, "load_backup_settings", None)
    if load is None:
        return BackupRotation()
    settings = load(db)
    default = BackupRotation()
    return BackupRotation(
        monthly=int(getattr(settings, "keep_monthly", default.monthly)),
        weekly=int(getattr(settings, "keep_weekly", default.weekly)),
        daily=int(getattr(settings, "keep_daily", default.daily)),
    )


def capture_letter_details(db: Db, client_id: int) -> LetterDetails:
    """Read what the letter needs; call before the erase."""
    client = _clients.get(db, client_id)
    return LetterDetails(
        client_id=client_id,
        addressee=Addressee.of(client),
        practice=_practice.get(db),
        recipients=tuple(disclosure_recipients(db, client_id)),
        rotation=backup_rotation(db),
        logo=practice_logo(db),
    )


def matched_recipients(details: LetterDetails, informed: Collection[str]) -> set[str]:
    """The recipients named in *informed* (case and spacing ignored); ``UnknownRecipient``
    for a name that is not in the client's disclosure log."""
    known = {" ".join(r.split()).casefold(): r for r in details.recipients}
    found = set()
    for name in informed:
        match = known.get(" ".join(name.split()).casefold())
        if match is None:
            raise UnknownRecipient(recipient=name, recipients="; ".join(details.recipients) or "–")
        found.add(match)
    return found


def letter_for(
    details: LetterDetails, report: ErasureReport, informed: Collection[str] = ()
) -> ErasureLetter:
    told = matched_recipients(details, informed)
    recipients = tuple(dict.fromkeys((*details.recipients, *report.disclosure_recipients)))
    erased_on = parse_stamp(report.ledger_entry.at).astimezone().date()
    return ErasureLetter(
        addressee=details.addressee,
        practice=details.practice,
        action=report.action,
        legal_basis=report.legal_basis,
        reference=erasure_reference(report),
        erased_on=erased_on,
        deleted=dict(report.deleted),
        audit_entries_kept=report.audit_entries_kept,
        statistics=report.statistics,
        recipients=tuple(RecipientNotice(r, r in told) for r in recipients),
        backups_until=details.rotation.oldest_copy_until(erased_on),
        logo=details.logo,
    )


def create_inform_tasks(
    db: Db, letter: ErasureLetter, *, title: str = INFORM_TASK, notes: str = INFORM_NOTES
) -> list[Task]:
    """One task per recipient still to inform, due in a week; no client, no client name.

    *title* and *notes* are the templates in the coach's language (the UI translates them)."""
    due = letter.erased_on + timedelta(days=INFORM_DUE_DAYS)
    tasks = []
    with db.transaction():
        for recipient in letter.to_inform:
            text = title.format(recipient=recipient, reference=letter.reference)
            if len(text) > TITLE_MAX:
                text = text[: TITLE_MAX - 1] + "…"
            tasks.append(
                add_task(
                    db,
                    text,
                    due_date=due,
                    priority=PRIORITY_HIGH,
                    notes=notes.format(reference=letter.reference),
                )
            )
    return tasks


def erase_with_letter(
    vault: Vault,
    client_id: int,
    *,
    anonymise: bool = False,
    theme: str | None = None,
    informed: Collection[str] = (),
    task_title: str = INFORM_TASK,
    task_notes: str = INFORM_NOTES,
) -> ErasureOutcome:
    """Capture the letter's details, erase (or anonymise) the client, then add the tasks to
    inform the recipients not yet told. An unknown name in *informed* stops before erasing."""
    with vault.session() as db:
        details = capture_letter_details(db, client_id)
    matched_recipients(details, informed)
    if anonymise:
        report = privacy.anonymise_client(vault, client_id, theme=theme or "overig")
    else:
        report = privacy.erase_client(vault, client_id)
    letter = letter_for(details, report, informed)
    with vault.session() as db:
        tasks = create_inform_tasks(db, letter, title=task_title, notes=task_notes)
    return ErasureOutcome(report, letter, tuple(tasks))


__all__ = [
    "LANGUAGES",
    "Addressee",
    "BackupRotation",
    "ErasureLetter",
    "ErasureOutcome",
    "LetterDetails",
    "RecipientNotice",
    "UnknownRecipient",
    "capture_letter_details",
    "create_inform_tasks",
    "disclosure_recipients",
    "erase_with_letter",
    "erasure_reference",
    "letter_for",
]
