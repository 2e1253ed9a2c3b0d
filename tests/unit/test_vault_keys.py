"""Promises 2, 4 and 5 for key slots: every slot opens the vault, failures change nothing, and a
wrong key is told apart from a damaged file."""

from __future__ import annotations

import os
import threading
import time
from datetime import date

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from pyrage import x25519

from coachdesk.domain.errors import (
    KeyringUnavailable,
    MalformedRecoveryKey,
    NoKeyAvailable,
    NoPassphraseSet,
    UnlockError,
    UserError,
    VaultDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)
from coachdesk.domain.models import ClientDraft
from coachdesk.paths import DataPaths
from coachdesk.vault import keyring_slot
from coachdesk.vault.connection import NotADatabase, open_db
from coachdesk.vault.keys import format_recovery_key
from coachdesk.vault.repos import clients, notes
from coachdesk.vault.vault import Keychain, Passphrase, RecoveryKey, Vault
from tests.conftest import PASSPHRASE, MemoryKeyring, all_files_bytes

TODAY = date(2026, 11, 25)
NEW_PASSPHRASE = "een heel ander wachtwoord"


def unlock_and_read(paths: DataPaths, credential: object) -> Vault:
    """Unlock and read every row of the tables that hold bulk (where damage is found)."""
    vault = Vault.unlock(paths, credential)  # type: ignore[arg-type]
    with vault.session() as db:
        for table in ("clients", "notes", "documents", "audit_log"):
            db.all(f"SELECT * FROM {table}")
        db.check_integrity()
    return vault


def add_bulk(vault: Vault, count: int = 200) -> int:
    """~800 KB of notes so the file has many pages; returns the client's id."""
    with vault.session() as db:
        client = clients.insert(db, ClientDraft(first_name="Anna", last_name="Jansen"), today=TODAY)
        for _ in range(count):
            notes.insert(db, client.id, note_date=TODAY, body=os.urandom(1000).hex())
        db.checkpoint()
    return client.id


# --- wrong credentials --------------------------------------------------------------------


def test_wrong_passphrase(vault: Vault, paths: DataPaths) -> None:
    before = all_files_bytes(paths.root)
    with pytest.raises(WrongPassphrase) as info:
        Vault.unlock(paths, Passphrase("not the right passphrase"))
    assert "passphrase" in str(info.value).lower()
    assert all_files_bytes(paths.root) == before


def test_wrong_recovery_key_is_another_valid_identity(vault: Vault, paths: DataPaths) -> None:
    before = all_files_bytes(paths.root)
    other = str(x25519.Identity.generate())
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock(paths, RecoveryKey(other))
    assert all_files_bytes(paths.root) == before


@pytest.mark.parametrize(
    "garbage",
    ["", "hello", "AGE-SECRET-KEY-1", "AGE-SECRET-KEY-1QQQQ", "x" * 74, "AGE-PUBLIC-KEY"],
)
def test_garbage_recovery_key(vault: Vault, paths: DataPaths, garbage: str) -> None:
    before = all_files_bytes(paths.root)
    with pytest.raises(MalformedRecoveryKey):
        Vault.unlock(paths, RecoveryKey(garbage))
    assert all_files_bytes(paths.root) == before


def test_recovery_key_with_one_typo_is_refused(
    vault: Vault, paths: DataPaths, recovery_key: str
) -> None:
    body = list(recovery_key)
    body[-5] = "Q" if body[-5] != "Q" else "P"
    with pytest.raises((MalformedRecoveryKey, WrongRecoveryKey)):
        Vault.unlock(paths, RecoveryKey("".join(body)))


# --- damage versus wrong key ---------------------------------------------------------------


def test_damaged_middle_page_is_reported_as_damage_not_wrong_key(
    vault: Vault, paths: DataPaths, recovery_key: str
) -> None:
    add_bulk(vault)
    page_size = 4096
    data = bytearray(paths.vault_db.read_bytes())
    pages = len(data) // page_size
    assert pages > 50
    # Ten pages spread over the middle of the file, well past the schema: some of them hold
    # notes or index entries whatever the layout (a free page alone would go unnoticed).
    for i in range(5, 15):
        target = (pages * i // 20) * page_size + 1000
        data[target : target + 64] = os.urandom(64)
    paths.vault_db.write_bytes(bytes(data))
    before = all_files_bytes(paths.root)

    with pytest.raises(VaultDamaged) as damaged:
        unlock_and_read(paths, RecoveryKey(recovery_key))
    assert not isinstance(damaged.value, UnlockError)
    assert "key is correct" in str(damaged.value).lower()
    assert all_files_bytes(paths.root) == before

    # The same file with a wrong passphrase: a different type and a different message.
    with pytest.raises(WrongPassphrase) as wrong:
        Vault.unlock(paths, Passphrase("not the right passphrase"))
    assert isinstance(wrong.value, UnlockError)
    assert str(wrong.value) != str(damaged.value)
    assert all_files_bytes(paths.root) == before

    with pytest.raises(VaultDamaged):  # and with the keychain copy of the right key
        unlock_and_read(paths, Keychain())
    assert all_files_bytes(paths.root) == before


@pytest.mark.parametrize("offset", [0, 8, 200, 2000, 4000])
def test_damaged_page_one_with_the_right_key_is_damage(
    vault: Vault, paths: DataPaths, recovery_key: str, offset: int
) -> None:
    """Page 1 holds the salt (first 16 bytes) and the schema root; both are 'damaged', not
    'wrong key', because the key check value proves the key right."""
    data = bytearray(paths.vault_db.read_bytes())
    data[offset : offset + 16] = bytes(b ^ 0xFF for b in data[offset : offset + 16])
    paths.vault_db.write_bytes(bytes(data))
    before = all_files_bytes(paths.root)
    for credential in (Passphrase(PASSPHRASE), RecoveryKey(recovery_key), Keychain()):
        with pytest.raises(VaultDamaged) as info:
            unlock_and_read(paths, credential)
        assert not isinstance(info.value, UnlockError)
        assert all_files_bytes(paths.root) == before
    with pytest.raises(WrongPassphrase):
        Vault.unlock(paths, Passphrase("not the right passphrase"))
    assert all_files_bytes(paths.root) == before


def test_truncated_vault_is_damage(vault: Vault, paths: DataPaths, recovery_key: str) -> None:
    add_bulk(vault, 50)
    data = paths.vault_db.read_bytes()
    paths.vault_db.write_bytes(data[: len(data) // 2])
    before = all_files_bytes(paths.root)
    with pytest.raises(VaultDamaged):
        unlock_and_read(paths, RecoveryKey(recovery_key))
    assert all_files_bytes(paths.root) == before


# --- no keyring backend --------------------------------------------------------------------


@pytest.mark.usefixtures("no_keyring")
def test_no_keyring_backend(paths: DataPaths) -> None:
    with pytest.raises(KeyringUnavailable) as info:
        Vault.create(paths, use_keyring=True)
    assert "passphrase" in str(info.value).lower()
    with pytest.raises(KeyringUnavailable):
        Vault.create(paths, passphrase=PASSPHRASE, use_keyring=True)
    assert not paths.root.exists()  # refused before anything touched the disk

    vault, recovery_key = Vault.create(paths, passphrase=PASSPHRASE)
    assert vault.meta.keyring is False
    assert Vault.unlock(paths, Passphrase(PASSPHRASE)).key_for_backup() == vault.key_for_backup()
    assert Vault.unlock(paths, RecoveryKey(recovery_key)).key_for_backup() == (
        vault.key_for_backup()
    )
    with pytest.raises(NoKeyAvailable):
        Vault.unlock(paths, Keychain())
    with pytest.raises(KeyringUnavailable):
        vault.set_keyring(True)
    with pytest.raises(UserError):  # the passphrase is the only everyday key; it stays
        vault.set_passphrase(None)


def test_creating_without_passphrase_or_keyring_is_refused(paths: DataPaths) -> None:
    with pytest.raises(UserError):
        Vault.create(paths)
    with pytest.raises(UserError):
        Vault.create(paths, passphrase="short")
    assert not paths.root.exists()  # refused before anything touched the disk


def test_losing_the_keychain_loses_nothing(paths: DataPaths, memory_keyring: MemoryKeyring) -> None:
    vault, recovery_key = Vault.create(paths, use_keyring=True)
    client_id = add_bulk(vault, 3)
    assert Vault.unlock(paths, Keychain()).key_for_backup() == vault.key_for_backup()
    memory_keyring.secrets.clear()  # new laptop, wiped keychain, ...
    with pytest.raises(NoKeyAvailable):
        Vault.unlock(paths, Keychain())
    with pytest.raises(NoPassphraseSet):
        Vault.unlock(paths, Passphrase(PASSPHRASE))
    reopened = Vault.unlock(paths, RecoveryKey(recovery_key))
    with reopened.session() as db:
        assert notes.count(db, client_id) == 3


def test_keychain_with_a_foreign_key_is_refused(
    vault: Vault, paths: DataPaths, memory_keyring: MemoryKeyring
) -> None:
    (account,) = list(memory_keyring.secrets)
    memory_keyring.secrets[account] = os.urandom(32).hex()
    before = all_files_bytes(paths.root)
    with pytest.raises(NoKeyAvailable):
        Vault.unlock(paths, Keychain())
    assert all_files_bytes(paths.root) == before


# --- recovery key as printed ---------------------------------------------------------------


def test_recovery_key_as_printed_lower_case_with_newlines(
    vault: Vault, paths: DataPaths, recovery_key: str
) -> None:
    printed = format_recovery_key(recovery_key)
    assert printed != recovery_key and " " in printed
    groups = printed.split(" ")
    typed = "  " + "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))
    typed = typed.lower() + "\r\n"
    reopened = Vault.unlock(paths, RecoveryKey(typed))
    assert reopened.key_for_backup() == vault.key_for_backup()
    dashed = "-".join(groups[1:])
    assert Vault.unlock(paths, RecoveryKey(f"{groups[0]}{dashed}")).key_for_backup() == (
        vault.key_for_backup()
    )


# --- passphrase and keychain slot changes --------------------------------------------------


def test_passphrase_change(vault: Vault, paths: DataPaths, recovery_key: str) -> None:
    vault.set_passphrase(NEW_PASSPHRASE)
    key = vault.key_for_backup()
    assert Vault.unlock(paths, Passphrase(NEW_PASSPHRASE)).key_for_backup() == key
    with pytest.raises(WrongPassphrase):
        Vault.unlock(paths, Passphrase(PASSPHRASE))
    assert Vault.unlock(paths, RecoveryKey(recovery_key)).key_for_backup() == key
    assert Vault.unlock(paths, Keychain()).key_for_backup() == key


def test_passphrase_too_short_changes_nothing(vault: Vault, paths: DataPaths) -> None:
    before = all_files_bytes(paths.root)
    with pytest.raises(UserError):
        vault.set_passphrase("kort")
    assert all_files_bytes(paths.root) == before
    assert Vault.unlock(paths, Passphrase(PASSPHRASE))


def test_removing_passphrase_needs_keychain(paths: DataPaths, recovery_key: str) -> None:
    del recovery_key  # the fixture made a vault with keychain; make one without
    other = DataPaths(paths.root.parent / "other")
    vault, _ = Vault.create(other, passphrase=PASSPHRASE, use_keyring=False)
    before = all_files_bytes(other.root)
    with pytest.raises(UserError):
        vault.set_passphrase(None)
    assert all_files_bytes(other.root) == before
    assert Vault.unlock(other, Passphrase(PASSPHRASE))


def test_removing_passphrase_with_keychain(vault: Vault, paths: DataPaths) -> None:
    vault.set_passphrase(None)
    with pytest.raises(NoPassphraseSet):
        Vault.unlock(paths, Passphrase(PASSPHRASE))
    assert Vault.unlock(paths, Keychain()).key_for_backup() == vault.key_for_backup()


def test_keychain_off_needs_passphrase(paths: DataPaths, memory_keyring: MemoryKeyring) -> None:
    vault, _ = Vault.create(paths, use_keyring=True)
    before = all_files_bytes(paths.root)
    secrets = dict(memory_keyring.secrets)
    with pytest.raises(UserError):
        vault.set_keyring(False)
    assert all_files_bytes(paths.root) == before
    assert memory_keyring.secrets == secrets

    vault.set_passphrase(PASSPHRASE)
    vault.set_keyring(False)
    assert memory_keyring.secrets == {}
    with pytest.raises(NoKeyAvailable):
        Vault.unlock(paths, Keychain())
    assert Vault.unlock(paths, Passphrase(PASSPHRASE))


# --- key rotation --------------------------------------------------------------------------


def test_key_rotation(
    vault: Vault, paths: DataPaths, recovery_key: str, memory_keyring: MemoryKeyring
) -> None:
    client_id = add_bulk(vault, 20)
    old_key = vault.key_for_backup()
    steps: list[str] = []
    vault.rotate_key(PASSPHRASE, on_step=steps.append)
    new_key = vault.key_for_backup()
    assert new_key != old_key
    assert steps == ["pending-saved", "rekeyed", "checkpointed", "verified", "promoted"]
    assert vault.meta.pending is None
    assert not any(account.endswith("-pending") for _service, account in memory_keyring.secrets)

    for credential in (Passphrase(PASSPHRASE), RecoveryKey(recovery_key), Keychain()):
        reopened = unlock_and_read(paths, credential)
        assert reopened.key_for_backup() == new_key
        with reopened.session() as db:
            assert notes.count(db, client_id) == 20
            assert clients.get(db, client_id).first_name == "Anna"

    with pytest.raises(NotADatabase):
        open_db(paths.vault_db, old_key)


def test_key_rotation_needs_the_right_passphrase(vault: Vault, paths: DataPaths) -> None:
    before = all_files_bytes(paths.root)
    with pytest.raises(NoPassphraseSet):
        vault.rotate_key(None)
    with pytest.raises(WrongPassphrase):
        vault.rotate_key("not the right passphrase")
    assert all_files_bytes(paths.root) == before
    assert Vault.unlock(paths, Passphrase(PASSPHRASE)).key_for_backup() == vault.key_for_backup()


# --- keychains that misbehave -------------------------------------------------------------


class LockedKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the login keychain is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("the login keychain is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("the login keychain is locked")


class HangingKeyring(KeyringBackend):
    """Waits (as for a password prompt nobody answers) until the test releases it."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(30)

    def delete_password(self, service: str, username: str) -> None:
        self.release.wait(30)


def test_locked_keychain(vault: Vault, paths: DataPaths, recovery_key: str) -> None:
    keyring.set_keyring(LockedKeyring())  # the autouse fixture restores the previous one
    before = all_files_bytes(paths.root)
    with pytest.raises(KeyringUnavailable) as info:
        Vault.unlock(paths, Keychain())
    assert "locked" in str(info.value).lower()
    assert all_files_bytes(paths.root) == before
    assert Vault.unlock(paths, RecoveryKey(recovery_key))

    other = DataPaths(paths.root.parent / "other")
    with pytest.raises(KeyringUnavailable):
        Vault.create(other, passphrase=PASSPHRASE, use_keyring=True)
    assert all_files_bytes(other.root) == {}


def test_hanging_keychain_times_out(
    vault: Vault, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keyring_slot, "TIMEOUT_S", 0.2)
    backend = HangingKeyring()
    keyring.set_keyring(backend)
    before = all_files_bytes(paths.root)
    try:
        started = time.monotonic()
        with pytest.raises(KeyringUnavailable) as info:
            Vault.unlock(paths, Keychain())
        assert time.monotonic() - started < 2
        assert "answer" in str(info.value).lower()
        assert all_files_bytes(paths.root) == before

        other = DataPaths(paths.root.parent / "other")
        started = time.monotonic()
        with pytest.raises(KeyringUnavailable):
            Vault.create(other, passphrase=PASSPHRASE, use_keyring=True)
        assert time.monotonic() - started < 3
        assert all_files_bytes(other.root) == {}
    finally:
        backend.release.set()


def test_unlock_with_missing_meta_key_slots_is_not_a_traceback(
    vault: Vault, paths: DataPaths
) -> None:
    """A meta file that is not JSON is damage, with the usual message."""
    paths.meta.write_bytes(b"{not json")
    with pytest.raises(VaultDamaged):
        Vault.unlock(paths, Passphrase(PASSPHRASE))
