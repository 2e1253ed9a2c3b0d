"""The processing register (verwerkingsregister, Art. 30 GDPR), generated from the vault.

PRIVACY.md, "Registers": purposes, categories, recipients, retention rules and security
measures *read from the actual configuration*, as a PDF the coach can hand to the Autoriteit
Persoonsgegevens on request. Nothing here is typed twice: the retention rules are the ones the
sweep applies, the recipients come from the disclosure log, the security measures from the
vault's key slots, settings and backup history. The register holds no client's name; the
recipients are organisations and people the coach disclosed data to, with a count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from coachdesk.domain.errors import UserError
from coachdesk.domain.models import Practice
from coachdesk.domain.retention import RetentionRule
from coachdesk.services import breaches
from coachdesk.services.backup import (
    BackupSettings,
    last_backup,
    last_verified_restore,
    load_backup_settings,
)
from coachdesk.services.retention import load_rules, rules_confirmed_at
from coachdesk.services.settings import get_practice, load_settings
from coachdesk.services.setup import practice_logo
from coachdesk.vault.audit import first_broken_audit_link
from coachdesk.vault.connection import Db
from coachdesk.vault.fsutil import atomic_write_bytes
from coachdesk.vault.ledger import first_broken_ledger_link
from coachdesk.vault.vault import Vault

LANGUAGES = ("nl", "en")
FILE_NAMES = {"nl": "verwerkingsregister.pdf", "en": "processing-register.pdf"}


@dataclass(frozen=True, slots=True)
class Security:
    """Art. 32 measures as they are configured right now."""

    cipher_version: str
    keyring: bool
    passphrase: bool
    argon2_memory_mib: int
    auto_lock_minutes: int
    backup: BackupSettings
    last_backup: datetime | None
    last_verified_restore: datetime | None
    retention_auto: bool
    audit_chain_intact: bool
    ledger_chain_intact: bool
    ledger_entries: int


@dataclass(frozen=True, slots=True)
class Register:
    practice: Practice
    logo: bytes | None
    generated_on: date
    rules: tuple[RetentionRule, ...]
    rules_confirmed_on: date | None
    recipients: tuple[tuple[str, int], ...]  # recipient, number of disclosures
    clients_by_status: dict[str, int]
    special_category_notes: bool
    security: Security
    breaches_this_year: int = 0  # recorded in the breach register, discovered this year


def collect_register(vault: Vault, db: Db, today: date) -> Register:
    """Everything the register states, read from *db* and the vault's key slots."""
    slot = vault.meta.slots.passphrase
    settings = load_settings(db)
    confirmed = rules_confirmed_at(db)
    security = Security(
        cipher_version=str(db.scalar("PRAGMA cipher_version") or ""),
        keyring=vault.meta.keyring,
        passphrase=slot is not None,
        argon2_memory_mib=slot.memory_kib // 1024 if slot is not None else 0,
        auto_lock_minutes=settings.auto_lock_minutes,
        backup=load_backup_settings(db),
        last_backup=record.created if (record := last_backup(db)) else None,
        last_verified_restore=last_verified_restore(db),
        retention_auto=settings.retention_auto,
        audit_chain_intact=first_broken_audit_link(db) is None,
        ledger_chain_intact=first_broken_ledger_link(db) is None,
        ledger_entries=int(db.scalar("SELECT count(*) FROM erasure_ledger")),
    )
    recipients = tuple(
        (str(row[0]), int(row[1]))
        for row in db.all(
            "SELECT recipient, count(*) FROM disclosures GROUP BY lower(trim(recipient))"
            " ORDER BY lower(recipient)"
        )
    )
    by_status = {
        str(row[0]): int(row[1])
        for row in db.all("SELECT status, count(*) FROM clients GROUP BY status")
    }
    special = bool(db.scalar("SELECT 1 FROM notes WHERE special_category LIMIT 1"))
    return Register(
        practice=get_practice(db),
        logo=practice_logo(db),
        generated_on=today,
        rules=load_rules(db),
        rules_confirmed_on=date.fromisoformat(confirmed[:10]) if confirmed else None,
        recipients=recipients,
        clients_by_status=by_status,
        special_category_notes=special,
        security=security,
        breaches_this_year=breaches.count_in_year(db, today.year),
    )


def write_register(vault: Vault, target: Path, *, language: str, today: date) -> Path:
    """Render the register and write it to *target* (a file, or a folder to put it in).

    Written through a temporary name beside the target and renamed, so the coach finds the
    finished PDF or nothing.
    """
    from coachdesk.services.processing_register_pdf import render_register

    if language not in LANGUAGES:
        raise UserError("Unknown export language {language}.", language=language)
    target = Path(target)
    if target.is_dir():
        target = target / FILE_NAMES[language]
    if not target.parent.is_dir():
        raise UserError("The folder {path} does not exist.", path=str(target.parent))
    with vault.session() as db:
        register = collect_register(vault, db, today)
    pdf = render_register(register, language)
    atomic_write_bytes(target, pdf)  # a full disk or a read-only folder: StorageError
    return target
