"""Creating, unlocking and re-keying a vault.

A ``Vault`` is an unlocked vault: it knows its files and its key and opens a fresh connection
for whichever thread asks. Key changes follow one protocol so that a crash at any moment leaves
a vault that opens with a key the program can find:

1. the new key's slots are written to ``vault.meta.json`` as *pending* (and to the keychain);
2. the database is re-keyed (one SQLCipher transaction);
3. the database is reopened with the new key and checked;
4. the pending slots are promoted and the old ones dropped.

On unlock, every key a credential yields (current and pending) is tried, and an interrupted
rotation is finished or rolled back depending on which key the database accepts.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from coachdesk.domain.dates import stamp
from coachdesk.domain.errors import (
    DataDirUnusable,
    KeyringUnavailable,
    NoKeyAvailable,
    NoPassphraseSet,
    UnlockError,
    UserError,
    VaultDamaged,
    VaultExists,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.paths import DataPaths
from coachdesk.vault import backup_keys, keyring_slot, keys
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db, NotADatabase, open_db
from coachdesk.vault.fsutil import fsync_dir, os_error_reason, remove_quietly, storage_errors
from coachdesk.vault.meta import KeySlots, VaultMeta, load_meta, save_meta
from coachdesk.vault.migrations import MIGRATIONS, Migration, migrate

MIN_PASSPHRASE_LENGTH = 10
StepHook = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Passphrase:
    text: str


@dataclass(frozen=True, slots=True)
class RecoveryKey:
    text: str


@dataclass(frozen=True, slots=True)
class Keychain:
    pass


Credential = Passphrase | RecoveryKey | Keychain


def passphrase_problem(passphrase: str) -> str | None:
    """The one rule we enforce; the UI adds a strength meter on top."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        return QT_TRANSLATE_NOOP("Errors", "A passphrase needs at least 10 characters.")
    return None


def ensure_data_dir(paths: DataPaths) -> None:
    """Create the data folder (0700) and prove we can write in it, or say why not."""
    root = paths.root
    if root.exists() and not root.is_dir():
        raise DataDirUnusable(
            path=str(root), reason=QT_TRANSLATE_NOOP("Errors", "it is a file, not a folder.")
        )
    probe = root / f".write-test-{os.getpid()}"
    try:
        root.mkdir(parents=True, exist_ok=True, mode=0o700)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataDirUnusable(path=str(root), reason=os_error_reason(exc) + ".") from exc


CREATING = ".vault.db.creating"  # the new database until its final rename in ``create``


def _creation_interrupted(paths: DataPaths) -> bool:
    """``Vault.create`` died after writing the meta file but before moving the database in.

    The staging file exists only while ``create`` runs and only its final rename makes
    ``vault.db``, so staging without ``vault.db`` is a creation that never finished (and whose
    recovery key the coach never saw). It counts as no vault; ``create`` clears it.
    """
    return not paths.vault_db.exists() and (paths.root / CREATING).exists()


def vault_exists(paths: DataPaths) -> bool:
    if _creation_interrupted(paths):
        return False
    return paths.meta.exists() or paths.vault_db.exists()


class Vault:
    """An unlocked vault. Holds the key in memory until ``lock()``."""

    def __init__(self, paths: DataPaths, meta: VaultMeta, key: bytes) -> None:
        self.paths = paths
        self.meta = meta
        self._key: bytes | None = key

    # --- lifecycle ----------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        paths: DataPaths,
        *,
        passphrase: str | None = None,
        use_keyring: bool = False,
        migrations: tuple[Migration, ...] = MIGRATIONS,
    ) -> tuple[Vault, str]:
        """Create a new vault; return it and the recovery key to show the coach once."""
        if passphrase is not None and (problem := passphrase_problem(passphrase)):
            raise UserError(problem)
        if passphrase is None and not use_keyring:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Choose a passphrase or let the system keychain open the vault; the recovery"
                    " key alone is for emergencies.",
                )
            )
        if use_keyring and not keyring_slot.keyring_available():  # before touching the disk
            raise KeyringUnavailable(
                reason=QT_TRANSLATE_NOOP(
                    "Errors", "there is none on this computer; choose a passphrase."
                )
            )
        ensure_data_dir(paths)
        if _creation_interrupted(paths):
            remove_quietly(paths.meta)  # staging files go at the start of the try below
        if vault_exists(paths):
            raise VaultExists(path=str(paths.root))
        key = keys.new_vault_key()
        identity, recipient = keys.new_recovery_identity()
        vault_id = str(uuid.uuid4())
        slots = KeySlots(
            key_check=keys.key_check_value(key),
            recovery_wrapped=keys.wrap_for_recipient(key, recipient),
            passphrase=(
                keys.seal_with_passphrase(key, passphrase, vault_id.encode())
                if passphrase is not None
                else None
            ),
        )
        staging = paths.root / CREATING
        meta = VaultMeta(
            vault_id=vault_id,
            created_at=stamp(),
            recovery_recipient=recipient,
            slots=slots,
            keyring=use_keyring,
        )
        try:
            remove_quietly(staging, Path(f"{staging}-wal"), Path(f"{staging}-shm"))
            db = open_db(staging, key, create=True)
            try:
                version = migrate(db, paths.migration_copy, migrations)
                with db.transaction():
                    db.execute(
                        "INSERT INTO practice (id, updated_at) VALUES (1, :now)", {"now": stamp()}
                    )
                    append_audit(db, "vault.created")
                db.checkpoint()
                db.execute("PRAGMA journal_mode = DELETE").fetchall()
            finally:
                db.close()
            meta = meta.with_changes(schema_version=version)
            if use_keyring:
                keyring_slot.store_key(vault_id, key)
            save_meta(paths.meta, meta)
            with storage_errors():
                os.chmod(staging, 0o600)  # before the rename: a kill must not leave it 0644
                os.replace(staging, paths.vault_db)
                fsync_dir(paths.root)
        except BaseException:
            remove_quietly(staging, Path(f"{staging}-wal"), Path(f"{staging}-shm"))
            if not paths.vault_db.exists():
                remove_quietly(paths.meta)
            raise
        vault = cls(paths, meta, key)
        vault.connect().close()  # re-enables WAL and proves the final file opens
        return vault, identity

    @classmethod
    def unlock(
        cls,
        paths: DataPaths,
        credential: Credential,
        *,
        migrations: tuple[Migration, ...] = MIGRATIONS,
    ) -> Vault:
        """Open the vault with *credential*; finish any interrupted key rotation; migrate."""
        if paths.root.exists() and not paths.root.is_dir():
            raise DataDirUnusable(
                path=str(paths.root),
                reason=QT_TRANSLATE_NOOP("Errors", "it is a file, not a folder."),
            )
        if _creation_interrupted(paths):
            raise VaultMissing(path=str(paths.root))
        try:
            meta = load_meta(paths.meta)
        except FileNotFoundError:
            raise VaultMissing(path=str(paths.root)) from None
        if not paths.vault_db.exists():
            raise VaultDamaged(detail=QT_TRANSLATE_NOOP("Errors", "vault.db is missing"))
        candidates = _candidate_keys(meta, credential)
        for key in candidates:
            try:
                db = open_db(paths.vault_db, key)
            except NotADatabase:
                continue
            try:
                vault = cls(paths, meta, key)
                vault._settle_rotation(db)
                version = migrate(db, paths.migration_copy, migrations)
                if version != vault.meta.schema_version:
                    vault._save_meta(vault.meta.with_changes(schema_version=version))
            finally:
                db.close()
            return vault
        raise VaultDamaged(
            detail=QT_TRANSLATE_NOOP("Errors", "it cannot be decrypted although the key is right")
        )

    @property
    def vault_id(self) -> str:
        return self.meta.vault_id

    @property
    def is_locked(self) -> bool:
        return self._key is None

    def key_for_backup(self) -> bytes:
        """The raw key, for services that must hand it to a worker or a snapshot."""
        if self._key is None:
            raise UnlockError()
        return self._key

    def connect(self) -> Db:
        """A new connection for the calling thread."""
        if self._key is None:
            raise UnlockError()
        try:
            return open_db(self.paths.vault_db, self._key)
        except NotADatabase as exc:
            raise VaultDamaged(detail=QT_TRANSLATE_NOOP("Errors", "page 1 cannot be read")) from exc

    @contextlib.contextmanager
    def session(self) -> Iterator[Db]:
        db = self.connect()
        try:
            yield db
        finally:
            db.close()

    def lock(self) -> None:
        """Forget the key. Connections must be closed by their owners first."""
        self._key = None

    # --- key slots ----------------------------------------------------------------------

    def set_passphrase(self, new_passphrase: str | None) -> None:
        """Set, change or (with None) remove the passphrase. Atomic: one meta replace."""
        key = self.key_for_backup()
        if new_passphrase is None:
            if not self.meta.keyring:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Without a keychain the vault needs a passphrase; it stays."
                    )
                )
            slot = None
        else:
            if problem := passphrase_problem(new_passphrase):
                raise UserError(problem)
            slot = keys.seal_with_passphrase(key, new_passphrase, self.vault_id.encode())
        self._save_meta(self.meta.with_changes(slots=_replace_slots(self.meta.slots, slot)))
        with self.session() as db:
            append_audit(db, "vault.passphrase_changed" if slot else "vault.passphrase_removed")

    def set_keyring(self, enabled: bool) -> None:
        """Keep (or stop keeping) a copy of the key in the OS keychain."""
        key = self.key_for_backup()
        if enabled:
            if not keyring_slot.keyring_available():
                raise KeyringUnavailable(
                    reason=QT_TRANSLATE_NOOP("Errors", "there is none on this computer.")
                )
            keyring_slot.store_key(self.vault_id, key)
            self._save_meta(self.meta.with_changes(keyring=True))
        else:
            if not self.meta.has_passphrase:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Set a passphrase first; otherwise nothing opens the vault."
                    )
                )
            self._save_meta(self.meta.with_changes(keyring=False))
            with contextlib.suppress(KeyringUnavailable):
                keyring_slot.delete_key(self.vault_id)
        with self.session() as db:
            append_audit(db, "vault.keyring_enabled" if enabled else "vault.keyring_disabled")

    def replace_recovery_key(self, identity: str | None = None) -> str:
        """Make a new recovery key the one that opens the vault; returns it (shown once).

        The vault key stays the same; only its recovery slot is re-wrapped to the new
        recipient, in one atomic write of ``vault.meta.json``, so a crash leaves either the old
        or the new key in force. Older backups keep their own wrapping and still open with the
        old key. Pass *identity* to commit a key the coach has already seen and written down.
        """
        key = self.key_for_backup()
        if self.meta.pending is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A key change is unfinished. Lock CoachDesk, unlock it and retry."
                )
            )
        identity = keys.normalise_recovery_key(identity) if identity else None
        if identity is None:
            identity, recipient = keys.new_recovery_identity()
        else:
            recipient = keys.recipient_of(identity)
        slots = KeySlots(
            key_check=self.meta.slots.key_check,
            recovery_wrapped=keys.wrap_for_recipient(key, recipient),
            passphrase=self.meta.slots.passphrase,
        )
        unwrapped = keys.unwrap_with_identity(slots.recovery_wrapped, identity)
        if not keys.key_matches(unwrapped, slots.key_check):
            raise VaultDamaged(
                detail=QT_TRANSLATE_NOOP("Errors", "the new recovery slot did not check out")
            )
        # The audit entry commits only if the meta write succeeded (the write lock is held
        # from BEGIN IMMEDIATE, so the commit cannot be refused as busy afterwards).
        with self.session() as db, db.transaction():
            append_audit(db, "vault.recovery_key_replaced")
            self._save_meta(self.meta.with_changes(recovery_recipient=recipient, slots=slots))
        return identity

    def rotate_key(self, passphrase: str | None = None, on_step: StepHook | None = None) -> None:
        """Re-encrypt the vault under a new random key (crash-safe, see module docstring).

        The passphrase is needed when a passphrase slot exists, to seal the new key under it.
        All other connections to this vault must be closed.
        """
        step = on_step or (lambda _name: None)
        old_key = self.key_for_backup()
        if self.meta.has_passphrase:
            if passphrase is None:
                raise NoPassphraseSet(
                    QT_TRANSLATE_NOOP("Errors", "Enter the passphrase to rotate the key.")
                )
            assert self.meta.slots.passphrase is not None
            keys.open_with_passphrase(
                self.meta.slots.passphrase, passphrase, self.vault_id.encode()
            )
        new_key = keys.new_vault_key()
        pending = KeySlots(
            key_check=keys.key_check_value(new_key),
            recovery_wrapped=keys.wrap_for_recipient(new_key, self.meta.recovery_recipient),
            passphrase=(
                keys.seal_with_passphrase(new_key, passphrase, self.vault_id.encode())
                if passphrase is not None and self.meta.has_passphrase
                else None
            ),
        )
        if self.meta.keyring:
            keyring_slot.store_key(self.vault_id, new_key, pending=True)
        self._save_meta(self.meta.with_changes(pending=pending))
        step("pending-saved")
        db = open_db(self.paths.vault_db, old_key)
        try:
            db.execute(f'PRAGMA rekey = "{keys.sqlcipher_key_literal(new_key)}"').fetchall()
            step("rekeyed")
            db.checkpoint()
        finally:
            db.close()
        step("checkpointed")
        check = open_db(self.paths.vault_db, new_key)
        try:
            if check.scalar("PRAGMA quick_check") != "ok":
                raise VaultDamaged(
                    detail=QT_TRANSLATE_NOOP("Errors", "the check after re-keying failed")
                )
        finally:
            check.close()
        step("verified")
        self._key = new_key
        self._promote_pending()
        step("promoted")
        with self.session() as db, db.transaction():
            backup_keys.retire_verify_identity(db)  # the next backup gets a new verify key
            append_audit(db, "vault.key_rotated")

    # --- internals ----------------------------------------------------------------------

    def _save_meta(self, meta: VaultMeta) -> None:
        save_meta(self.paths.meta, meta)
        self.meta = meta

    def _promote_pending(self) -> None:
        pending = self.meta.pending
        assert pending is not None
        self._save_meta(self.meta.with_changes(slots=pending, pending=None))
        if self.meta.keyring:
            with contextlib.suppress(KeyringUnavailable):
                keyring_slot.store_key(self.vault_id, self.key_for_backup())
                keyring_slot.delete_key(self.vault_id, pending=True)

    def _settle_rotation(self, db: Db) -> None:
        """After an interrupted rotation: promote the new key if the file took it, else drop it."""
        pending = self.meta.pending
        if pending is None:
            return
        key = self.key_for_backup()
        if keys.key_matches(key, pending.key_check):
            db.checkpoint()
            self._promote_pending()
        else:
            self._save_meta(self.meta.with_changes(pending=None))
            if self.meta.keyring:
                with contextlib.suppress(KeyringUnavailable):
                    keyring_slot.delete_key(self.vault_id, pending=True)


def _replace_slots(slots: KeySlots, passphrase: keys.PassphraseSlot | None) -> KeySlots:
    return KeySlots(slots.key_check, slots.recovery_wrapped, passphrase)


def _candidate_keys(meta: VaultMeta, credential: Credential) -> list[bytes]:
    """Every key *credential* yields for this vault, current first, each matching a check."""
    slot_sets = [meta.slots] + ([meta.pending] if meta.pending else [])
    checks = [s.key_check for s in slot_sets]
    found: list[bytes] = []
    match credential:
        case Passphrase(text):
            sealed = [s.passphrase for s in slot_sets if s.passphrase is not None]
            if not sealed:
                raise NoPassphraseSet()
            for slot in sealed:
                with contextlib.suppress(WrongPassphrase):
                    found.append(keys.open_with_passphrase(slot, text, meta.vault_id.encode()))
            if not found:
                raise WrongPassphrase()
        case RecoveryKey(text):
            identity = keys.normalise_recovery_key(text)
            if keys.recipient_of(identity) != meta.recovery_recipient:
                raise WrongRecoveryKey()
            for s in slot_sets:
                with contextlib.suppress(WrongRecoveryKey):
                    found.append(keys.unwrap_with_identity(s.recovery_wrapped, identity))
            if not found:
                raise WrongRecoveryKey()
        case Keychain():
            if not meta.keyring:
                raise NoKeyAvailable(
                    reason=QT_TRANSLATE_NOOP(
                        "Errors", "this vault keeps no key in the system keychain."
                    )
                )
            for pending in (False, True):
                key = keyring_slot.load_key(meta.vault_id, pending=pending)
                if key is not None:
                    found.append(key)
            if not found:
                raise NoKeyAvailable(
                    reason=QT_TRANSLATE_NOOP(
                        "Errors", "the system keychain has no key for this vault."
                    )
                )
    valid = [k for k in found if any(keys.key_matches(k, c) for c in checks)]
    if not valid:
        if isinstance(credential, Keychain):
            raise NoKeyAvailable(
                reason=QT_TRANSLATE_NOOP(
                    "Errors", "the key in the system keychain does not fit this vault."
                )
            )
        raise VaultDamaged(
            detail=QT_TRANSLATE_NOOP("Errors", "vault.meta.json does not match its key")
        )
    return valid


def candidate_keys(meta: VaultMeta, credential: Credential) -> list[bytes]:
    """The keys *credential* yields for the vault *meta* describes, without opening it (a
    restore reads the live vault's ledger with them before replacing it)."""
    return _candidate_keys(meta, credential)
