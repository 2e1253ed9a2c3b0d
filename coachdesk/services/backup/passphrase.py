"""Opening a backup with the passphrase (docs/backup-format.md, "The passphrase").

``passphrase-slot.json`` is the vault's passphrase slot of the backup's day: Argon2id of the
passphrase opens the vault key it seals (associated data: the vault id). HKDF of that key
opens ``passphrase-identity.bin``, the vault's verify identity, which opens the payload.
"""

from __future__ import annotations

import json
from pathlib import Path

from argon2.exceptions import HashingError

from coachdesk.domain.backup_errors import BackupWrongPassphrase
from coachdesk.domain.errors import WrongPassphrase
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.services.backup.zipcheck import (
    PASSPHRASE_NAME,
    SLOT_NAME,
    damaged,
    open_zip,
    read_member,
)
from coachdesk.vault import backup_keys, keys


def _sane(slot: keys.PassphraseSlot) -> bool:
    """Parameters CoachDesk could have written (up to 16 times today's cost): the slot is not
    authenticated before Argon2id runs, so it may not ask for any memory or time it likes."""
    return (
        1 <= slot.parallelism <= 4 * keys.ARGON2_PARALLELISM
        and 8 * slot.parallelism <= slot.memory_kib <= 16 * keys.ARGON2_MEMORY_KIB
        and 1 <= slot.time_cost <= 16 * keys.ARGON2_TIME_COST
        and len(keys.unb64(slot.salt)) >= 16
    )


def unlock_with_passphrase(
    file: Path, vault_id: str, recipients: dict[str, str], text: str
) -> tuple[list[str], bytes]:
    """([the verify identity], the vault key of the backup's day), or the matching error."""
    zf, _size = open_zip(file)
    with zf:
        if SLOT_NAME not in zf.namelist() or PASSPHRASE_NAME not in zf.namelist():
            raise damaged(file, QT_TRANSLATE_NOOP("Errors", "a part is missing"))
        raw_slot = read_member(file, zf, SLOT_NAME)
        sealed = read_member(file, zf, PASSPHRASE_NAME)
    try:
        slot = keys.PassphraseSlot.from_json(json.loads(raw_slot.decode("utf-8")))
        if not _sane(slot):
            raise ValueError("Argon2id parameters out of range")
        vault_key = keys.open_with_passphrase(slot, text, vault_id.encode())
    except WrongPassphrase as exc:
        raise BackupWrongPassphrase(name=file.name) from exc
    except (ValueError, KeyError, TypeError, AttributeError, HashingError) as exc:
        raise damaged(file, QT_TRANSLATE_NOOP("Errors", "its passphrase key does not fit")) from exc
    try:
        identity = backup_keys.open_identity(sealed, vault_key, vault_id)
        if keys.recipient_of(identity) != recipients.get("verify"):
            raise ValueError("recipient differs")
    except Exception as exc:  # pyrage.IdentityError is no ValueError
        raise damaged(file, QT_TRANSLATE_NOOP("Errors", "its passphrase key does not fit")) from exc
    return [identity], vault_key
