"""Creating and unlocking vaults, for the CLI and the UI (which may not import ``vault``)."""

from __future__ import annotations

from coachdesk.paths import DataPaths
from coachdesk.vault.connection import Db
from coachdesk.vault.keyring_slot import keyring_available
from coachdesk.vault.keys import format_recovery_key, recovery_groups
from coachdesk.vault.vault import (
    MIN_PASSPHRASE_LENGTH,
    Credential,
    Keychain,
    Passphrase,
    RecoveryKey,
    Vault,
    passphrase_problem,
    vault_exists,
)

__all__ = [
    "MIN_PASSPHRASE_LENGTH",
    "Credential",
    "Db",
    "Keychain",
    "Passphrase",
    "RecoveryKey",
    "Vault",
    "create_vault",
    "format_recovery_key",
    "keyring_available",
    "passphrase_problem",
    "recovery_groups",
    "unlock_vault",
    "vault_exists",
]


def create_vault(
    paths: DataPaths, *, passphrase: str | None, use_keyring: bool
) -> tuple[Vault, str]:
    """Create a vault; returns it and the recovery key, to be shown to the coach once."""
    return Vault.create(paths, passphrase=passphrase, use_keyring=use_keyring)


def unlock_vault(paths: DataPaths, credential: Credential) -> Vault:
    return Vault.unlock(paths, credential)
