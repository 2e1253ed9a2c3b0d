"""Use cases of the first-run wizard that no other service offers.

The practice profile itself is checked and stored by ``coachdesk.services.settings``. Here: the
logo is stored inside the vault, the recovery-key check is recorded in the audit log, and a
vault made moments ago by a wizard the coach cancelled can be removed again on request.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from coachdesk.domain.errors import KeyringUnavailable, UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import Practice
from coachdesk.services.settings import save_practice
from coachdesk.vault import keyring_slot
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db
from coachdesk.vault.fsutil import remove_quietly
from coachdesk.vault.vault import Vault

LOGO_MAX_BYTES = 2 * 1024 * 1024


def save_practice_logo(db: Db, data: bytes | None) -> None:
    """Store the logo inside the vault (None removes it); the caller checked it is an image."""
    if data is not None and len(data) > LOGO_MAX_BYTES:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The logo is too large; choose an image under 2 MB.")
        )
    with db.transaction():
        db.execute("UPDATE practice SET logo = :logo WHERE id = 1", {"logo": data})
        append_audit(db, "practice.logo_saved" if data else "practice.logo_removed")


def store_practice_profile(vault: Vault, practice: Practice, logo: bytes | None) -> Practice:
    """Save the profile and logo in one transaction on a connection of the calling thread
    (the wizard runs this in a worker right after creating the vault)."""
    with vault.session() as db, db.transaction():
        stored = save_practice(db, practice)
        if logo is not None:
            save_practice_logo(db, logo)
    return stored


def practice_logo(db: Db) -> bytes | None:
    value = db.scalar("SELECT logo FROM practice WHERE id = 1")
    return bytes(value) if value is not None else None


def record_recovery_key_check(db: Db, *, confirmed: bool) -> None:
    """Record whether the coach proved to hold the recovery key, or accepted the risk."""
    action = "recovery_key.confirmed" if confirmed else "recovery_key.confirmation_skipped"
    append_audit(db, action)


def discard_new_vault(vault: Vault) -> None:
    """Remove a vault the coach has just created and chose not to keep.

    Only for the wizard's "cancel": it refuses once the vault holds any client, so it can never
    erase a practice's data. The key is forgotten and the keychain copy removed.
    """
    with vault.session() as db:
        if db.scalar("SELECT count(*) FROM clients"):
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "This vault already holds clients; it was kept.")
            )
    paths = vault.paths
    keyring_copy = vault.meta.keyring
    vault.lock()
    if keyring_copy:
        with contextlib.suppress(KeyringUnavailable):
            keyring_slot.delete_key(vault.vault_id)
    db_file = paths.vault_db
    remove_quietly(db_file, Path(f"{db_file}-wal"), Path(f"{db_file}-shm"), paths.meta)
