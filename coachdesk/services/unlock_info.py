"""What the lock screen and the Security settings need, without the UI importing ``vault``.

``unlock_info`` reads only ``vault.meta.json`` (no key, no database), so the lock screen can
decide which ways in to offer before anything is unlocked. ``verify_passphrase`` checks a
passphrase against the slot before a sensitive change (it runs Argon2: call it from a worker).
"""

from __future__ import annotations

from dataclasses import dataclass

from coachdesk.domain.errors import CoachDeskError, NoPassphraseSet, VaultDamaged, WrongPassphrase
from coachdesk.paths import DataPaths
from coachdesk.vault import keys
from coachdesk.vault.meta import load_meta
from coachdesk.vault.vault import Vault


@dataclass(frozen=True, slots=True)
class UnlockInfo:
    """Which key slots the vault has; ``problem`` is set when the metadata is unreadable."""

    has_keyring: bool
    has_passphrase: bool
    problem: CoachDeskError | None = None


def unlock_info(paths: DataPaths) -> UnlockInfo:
    """Read the slots from the metadata; a damaged or missing file offers every way in."""
    try:
        meta = load_meta(paths.meta)
    except FileNotFoundError:
        return UnlockInfo(has_keyring=False, has_passphrase=True)
    except VaultDamaged as exc:
        return UnlockInfo(has_keyring=False, has_passphrase=True, problem=exc)
    return UnlockInfo(has_keyring=meta.keyring, has_passphrase=meta.has_passphrase)


def verify_passphrase(vault: Vault, passphrase: str) -> None:
    """Raise ``WrongPassphrase`` unless *passphrase* opens this vault's passphrase slot.

    Runs Argon2 (0.1-0.3 s): call it from a worker. Touches no database.
    """
    slot = vault.meta.slots.passphrase
    if slot is None:
        raise NoPassphraseSet()
    key = keys.open_with_passphrase(slot, passphrase, vault.vault_id.encode())
    if not keys.key_matches(key, vault.meta.slots.key_check):
        raise WrongPassphrase()


def new_recovery_identity() -> str:
    """A fresh recovery key for ``Vault.replace_recovery_key``; shown before it takes effect."""
    return keys.new_recovery_identity()[0]
