"""Restoring a backup: staged, all-or-nothing (DESIGN.md "Backups", promises 3, 4 and 6).

Nothing in the data folder changes until the restored vault is complete and checked:

1. the header is read and the credential tried; a backup of *another* vault is refused over an
   existing one unless the caller says so; the live vault's ledger (table and sidecar) is read
   if a key for it is at hand — if none is found the coach must confirm (``NoNewerLedger``);
2. the payload is decrypted into a private staging folder and checked (``extract_backup``);
3. on the staged copy: migrations, the erasure-ledger replay, the retention sweep (applied in
   automatic mode, else only the due list), maintenance (FTS optimize, VACUUM) and the proof
   that nothing of an erased client remains — any failure stops here;
4. the copy is re-keyed to a new random key, its meta (same vault id; recovery slot for the
   backup's recovery recipient; passphrase slot if restored with the passphrase; keychain if
   asked and available) and its sidecar are written beside it;
5. ``restore_swap.swap_in`` swaps it in with a journal (crash-safe).

Any failure before the swap's journal is written deletes the staging folder and leaves the
live vault byte-identical. From the journal on, the new vault wins: a failure (or a crash) past
that point is finished by ``restore_swap.settle_swap``, at once or at the next start.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coachdesk.domain.backup_errors import BackupOfOtherVault
from coachdesk.domain.dates import utc_now
from coachdesk.domain.errors import Cancelled, KeyringUnavailable, UserError, VaultDamaged
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.paths import DataPaths
from coachdesk.services.backup import ledger_merge
from coachdesk.services.backup.catalog import BackupInfo, info_from
from coachdesk.services.backup.cleanup import discard_staging, open_staging
from coachdesk.services.backup.container import (
    Manifest,
    extract_backup,
    identities_for,
    read_header,
)
from coachdesk.services.backup.restore_swap import (
    drop_pending_keyring,
    journal_path,
    settle_swap,
    swap_in,
)
from coachdesk.services.backup.restore_work import fresh_meta, rekey, run_retention
from coachdesk.services.documents import wipe_private_tmp
from coachdesk.services.privacy import finish_pending_maintenance
from coachdesk.vault import keyring_slot, keys
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import open_db
from coachdesk.vault.ledger import LedgerEntry, ledger_entries, write_sidecar
from coachdesk.vault.meta import VaultMeta, load_meta, save_meta
from coachdesk.vault.migrations import migrate
from coachdesk.vault.vault import Passphrase, RecoveryKey, Vault, ensure_data_dir, vault_exists

Progress = Callable[[int, int], None]
StepHook = Callable[[str], None]


class NoNewerLedger(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "No erasure ledger newer than this backup was found on this computer, so clients erased"
        " after {created} could come back. Restore only if you are sure no client was erased"
        " since then (or erase them again afterwards); confirm to go on.",
    )


@dataclass(frozen=True, slots=True)
class RestoreReport:
    info: BackupInfo
    vault: Vault  # the restored vault, unlocked
    ledger_entries_replayed: int
    clients_removed_by_replay: int
    retention_actions: int  # clients and appointments the automatic mode removed, else due items
    newer_ledger_found: bool
    accepted_older_ledger: bool
    seconds: float
    retention_applied: bool = False
    replaced_other_vault: bool = False
    warnings: tuple[str, ...] = ()


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def _live_meta(paths: DataPaths) -> VaultMeta | None:
    """The meta of the vault in the data folder, or None (none there, or unreadable: a damaged
    vault is what a restore repairs, so it is not in the way)."""
    if not vault_exists(paths):
        return None
    try:
        return load_meta(paths.meta)
    except (FileNotFoundError, VaultDamaged):
        return None


def _keyring_usable(use_keyring: bool) -> bool:
    return use_keyring and keyring_slot.keyring_available()


def restore_backup(
    paths: DataPaths,
    file: Path,
    credential: Passphrase | RecoveryKey,
    *,
    accept_older_ledger: bool = False,
    use_keyring: bool = True,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    current_vault: Vault | None = None,
    replace_other_vault: bool = False,
    now: datetime | None = None,
    on_step: StepHook | None = None,
) -> RestoreReport:
    """Replace the vault in *paths* by the backup *file* (see the module docstring)."""
    started = time.perf_counter()
    step = on_step or (lambda _name: None)
    now = now or utc_now()
    file = Path(file)
    header = read_header(file)
    identities_for(file, header, credential)  # a wrong key is told before anything else
    live = _live_meta(paths)
    replaced_other = live is not None and live.vault_id != header.vault_id
    if live is not None and replaced_other and not replace_other_vault:
        raise BackupOfOtherVault(
            name=file.name, found=header.vault_id[:8], expected=live.vault_id[:8]
        )
    current = ledger_merge.read_current_ledger(paths, header.vault_id, credential, current_vault)
    if not current.found and not accept_older_ledger:
        raise NoNewerLedger(created=header.created.date().isoformat())
    _check(cancel)
    ensure_data_dir(paths)
    area = open_staging(paths, "restore")
    keyring = _keyring_usable(use_keyring)
    stored_pending = False
    swapped = False
    new_key = keys.new_vault_key()
    passphrase_slot = (
        keys.seal_with_passphrase(new_key, credential.text, header.vault_id.encode())
        if isinstance(credential, Passphrase)
        else None
    )
    try:
        new_dir = area.path / "new"
        new_dir.mkdir(mode=0o700)
        manifest, staged = extract_backup(
            file, credential, new_dir, progress=progress, cancel=cancel
        )
        step("extracted")
        _check(cancel)
        work = _prepare(
            DataPaths(new_dir), staged, manifest, current, now=now,
            accepted=accept_older_ledger and not current.found, cancel=cancel,
        )  # fmt: skip
        step("prepared")
        _check(cancel)
        rekey(staged, manifest.snapshot_key, new_key)
        step("rekeyed")
        backup_meta = VaultMeta.from_json(manifest.meta)
        meta = fresh_meta(backup_meta, new_key, passphrase_slot, keyring).with_changes(
            schema_version=work.schema_version
        )
        if keyring:
            try:
                keyring_slot.store_key(meta.vault_id, new_key, pending=True)
                stored_pending = True
            except KeyringUnavailable:
                meta = meta.with_changes(keyring=False)
        save_meta(new_dir / "vault.meta.json", meta)
        write_sidecar(new_dir / "erasure-ledger.json", work.ledger, new_key)
        _check(cancel)
        step("staged")
        if current_vault is not None:
            current_vault.lock()
        swap_in(
            paths, area.path, vault_id=meta.vault_id, key_check=meta.slots.key_check,
            keyring=stored_pending, on_step=step,
        )  # fmt: skip
        swapped = True
    finally:
        if not swapped and journal_path(paths).exists():
            # Past the commit point: the new vault wins; finish the swap, never discard it.
            area.release()
            with contextlib.suppress(Exception):
                settle_swap(paths)
        else:
            if not swapped and stored_pending:
                drop_pending_keyring(header.vault_id, keys.key_check_value(new_key))
            discard_staging(paths, area)
    wipe_private_tmp(paths)
    if replaced_other and live is not None and live.keyring:  # the replaced vault's key is moot
        with contextlib.suppress(KeyringUnavailable):
            keyring_slot.delete_key(live.vault_id)
    vault = Vault(paths, meta, new_key)
    vault.connect().close()  # re-enables WAL and proves the swapped-in file opens
    if progress is not None:
        progress(header.size, header.size)
    return RestoreReport(
        info=info_from(header, manifest),
        vault=vault,
        ledger_entries_replayed=work.replay.entries_replayed,
        clients_removed_by_replay=work.replay.clients_removed,
        retention_actions=work.retention_count,
        newer_ledger_found=current.found,
        accepted_older_ledger=accept_older_ledger and not current.found,
        seconds=time.perf_counter() - started,
        retention_applied=work.retention_applied,
        replaced_other_vault=replaced_other,
        warnings=current.warnings,
    )


@dataclass(frozen=True, slots=True)
class _Work:
    schema_version: int
    replay: ledger_merge.ReplayResult
    retention_count: int
    retention_applied: bool
    ledger: tuple[LedgerEntry, ...]


def _prepare(
    staged_paths: DataPaths,
    staged: Path,
    manifest: Manifest,
    current: ledger_merge.CurrentLedger,
    *,
    now: datetime,
    accepted: bool,
    cancel: threading.Event | None,
) -> _Work:
    """Everything that changes the staged copy before it is re-keyed (still the snapshot key)."""
    key = manifest.snapshot_key
    db = open_db(staged, key)
    try:
        version = migrate(db, staged_paths.migration_copy)
        with db.transaction():
            wanted = ledger_merge.entries_to_replay(
                ledger_entries(db), current.entries, manifest.ledger
            )
            replay = ledger_merge.replay(db, wanted)
            append_audit(db, "backup.restored")
            if accepted:
                append_audit(db, "backup.restore_older_ledger_accepted")
    finally:
        db.close()
    _check(cancel)
    staged_vault = Vault(staged_paths, VaultMeta.from_json(manifest.meta), key)
    retention_count, applied = run_retention(staged_vault, now)
    # FTS optimize, statistics, VACUUM after the replay's deletes (the snapshot itself is
    # already compact): run once, unless the automatic retention run just did it.
    finish_pending_maintenance(staged_vault)
    with staged_vault.session() as db:
        ledger_merge.verify_nothing_left(db)
        ledger = tuple(ledger_entries(db))
    return _Work(version, replay, retention_count, applied, ledger)
