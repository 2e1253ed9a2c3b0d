"""Making a backup: snapshot -> encrypt -> ``*.partial`` -> fsync -> verify -> rename.

The write protocol (DESIGN.md "Backups"): the file is written as ``<name>.partial`` (flock'd
while it is written, so another run can tell a live file from a leftover), fsynced, decrypted
again with the vault's local verify key and checked hash for hash, and only then renamed to its
final name and the folder fsynced. Every file with a final name is therefore a complete,
checked backup. Then the rotation runs and the history records it. Any failure (disk full,
cancel, a check that fails) removes the partial file and the snapshot and leaves earlier
backups as they were.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coachdesk import __version__
from coachdesk.domain.backup_errors import (
    BackupSnapshotFailed,
    BackupTargetUnusable,
    BackupVerifyFailed,
    BackupWriteFailed,
    NoBackupTargets,
)
from coachdesk.domain.dates import stamp
from coachdesk.domain.errors import Cancelled, CoachDeskError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.services.backup.cleanup import staging_area
from coachdesk.services.backup.container import (
    FORMAT,
    FORMAT_VERSION,
    PARTIAL_SUFFIX,
    SUFFIX,
    VerifyIdentity,
    check_backup,
)
from coachdesk.services.backup.history import BackupRecord, record_backup
from coachdesk.services.backup.rotation import rotate
from coachdesk.services.backup.settings import TargetProblem, check_target, load_backup_settings
from coachdesk.services.backup.snapshot import SnapshotCheck, make_snapshot, remove_snapshot
from coachdesk.services.backup.tarstream import Meter, Progress
from coachdesk.services.backup.writer import write_container
from coachdesk.services.backup.zipcheck import PASSPHRASE_NAME, SLOT_NAME
from coachdesk.vault import backup_keys, keys
from coachdesk.vault.connection import Db
from coachdesk.vault.fsutil import fsync_dir, os_error_reason
from coachdesk.vault.ledger import ledger_entries
from coachdesk.vault.vault import Vault

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

COUNTED = ("clients", "notes", "appointments", "tasks", "documents")
TARGET_REASONS = {
    TargetProblem.MISSING: QT_TRANSLATE_NOOP(
        "Errors", "the folder does not exist (is the disk connected?)"
    ),
    TargetProblem.NOT_WRITABLE: QT_TRANSLATE_NOOP("Errors", "CoachDesk may not write there"),
    TargetProblem.INSIDE_VAULT: QT_TRANSLATE_NOOP(
        "Errors", "it is inside the vault's own folder, so it is no offsite copy"
    ),
}


def backup_file_name(vault_id: str, created: datetime) -> str:
    return f"coachdesk-backup-{created.astimezone(UTC):%Y%m%d-%H%M%S}-{vault_id[:8]}{SUFFIX}"


def _final_path(target: Path, vault_id: str, created: datetime) -> Path:
    name = backup_file_name(vault_id, created)
    path = target / name
    n = 1
    while path.exists() or Path(f"{path}{PARTIAL_SUFFIX}").exists():
        n += 1
        path = target / name.replace(SUFFIX, f"-{n}{SUFFIX}")
    return path


def remove_stale_partials(target: Path, vault_id: str) -> list[Path]:
    """``*.partial`` files of this vault that no live process is writing (a killed backup)."""
    removed = []
    with contextlib.suppress(OSError):
        for partial in target.glob(f"coachdesk-backup-*-{vault_id[:8]}*{SUFFIX}{PARTIAL_SUFFIX}"):
            try:
                fd = os.open(partial, os.O_RDONLY)
            except OSError:
                continue
            try:
                if fcntl is not None:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    except OSError:
                        continue  # being written right now
                partial.unlink()
                removed.append(partial)
            except OSError:
                continue
            finally:
                os.close(fd)
    return removed


@contextlib.contextmanager
def _claimed(partial: Path, target: Path) -> Iterator[None]:
    """Create *partial* (0600) and hold an flock on it until the backup ends (renamed or not).

    ``remove_stale_partials`` of another run leaves a locked file alone.
    """
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise BackupWriteFailed(target=str(target), reason=os_error_reason(exc)) from exc
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    finally:
        os.close(fd)


def _counts(db: Db) -> dict[str, int]:
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in COUNTED}


def _passphrase_members(vault: Vault, verify_identity: str) -> list[tuple[str, bytes]]:
    """The vault's passphrase slot and the verify identity sealed under the vault key it wraps
    (docs/backup-format.md), or nothing without a passphrase."""
    slot = vault.meta.slots.passphrase
    key = vault.key_for_backup()
    if slot is None or not keys.key_matches(key, vault.meta.slots.key_check):
        return []
    return [
        (SLOT_NAME, (json.dumps(slot.to_json(), indent=2, sort_keys=True) + "\n").encode()),
        (PASSPHRASE_NAME, backup_keys.seal_identity(verify_identity, key, vault.vault_id)),
    ]


def _describe(
    vault: Vault, created: datetime
) -> tuple[dict[str, Any], dict[str, Any], list[str], list[tuple[str, bytes]], str]:
    """(header, manifest without snapshot facts, recipients, passphrase members, verify
    identity)."""
    with vault.session() as db:
        verify_identity, verify_recipient = backup_keys.ensure_verify_identity(db)
        practice = db.scalar("SELECT name FROM practice WHERE id = 1") or ""
        counts = _counts(db)
        ledger = [asdict(e) for e in ledger_entries(db)]
        schema = int(db.pragma("user_version"))
    recipients = {"recovery": vault.meta.recovery_recipient, "verify": verify_recipient}
    passphrase = _passphrase_members(vault, verify_identity)
    header = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "vault_id": vault.vault_id,
        "created": stamp(created),
        "app_version": __version__,
        "has_passphrase": bool(passphrase),
        "recipients": [{"role": r, "recipient": k} for r, k in recipients.items()],
    }
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "vault_id": vault.vault_id,
        "created": stamp(created),
        "app_version": __version__,
        "schema_version": schema,
        "practice_name": practice,
        "counts": counts,
        "ledger": ledger,
        "meta": vault.meta.to_json(),
    }
    return (
        header,
        manifest,
        list(recipients.values()),
        passphrase,
        verify_identity,
    )


def _sha256_file(path: Path, meter: Meter) -> str:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb", buffering=0) as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            meter.add(len(chunk))
    return digest.hexdigest()


def create_backup(
    vault: Vault,
    target: Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    now: datetime | None = None,
) -> BackupRecord:
    """Write one verified backup of *vault* into the folder *target*; see the module doc."""
    started = time.monotonic()
    target = Path(target).expanduser().absolute()
    problem = check_target(vault.paths, target)
    if problem is not None:
        raise BackupTargetUnusable(target=str(target), reason=TARGET_REASONS[problem])
    created = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    remove_stale_partials(target, vault.vault_id)
    header, manifest, recipients, extra_members, verify_identity = _describe(vault, created)
    final = _final_path(target, vault.vault_id, created)
    partial = Path(f"{final}{PARTIAL_SUFFIX}")
    with _claimed(partial, target), staging_area(vault.paths, "backup") as folder:
        snapshot = make_snapshot(vault, folder, check=False, cancel=cancel)
        checker = SnapshotCheck(snapshot, vault.key_for_backup())
        checker.start()  # on the other core, while this one hashes, encrypts and verifies
        try:
            size = snapshot.stat().st_size
            meter = Meter(3 * size, progress, cancel)
            manifest["snapshot"] = {
                "name": "vault.db",
                "size": size,
                "sha256": _sha256_file(snapshot, meter),
                "key": vault.key_for_backup().hex(),
            }
            _write(partial, target, header, manifest, snapshot, recipients, extra_members,
                   meter, created)  # fmt: skip
            _verify(partial, target, verify_identity, meter, cancel)
            problem = checker.result()
            if problem is not None:
                raise BackupSnapshotFailed(reason=problem)
            os.replace(partial, final)
            fsync_dir(target)
        except BaseException:
            checker.interrupt()
            checker.join()
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
        finally:
            remove_snapshot(snapshot)
    meter.finish()
    record = BackupRecord(
        created=created,
        path=str(final),
        target=str(target),
        size=final.stat().st_size,
        verified=True,
        seconds=round(time.monotonic() - started, 3),
    )
    settings = None
    with vault.session() as db:
        settings = load_backup_settings(db)
        record_backup(db, record)
    rotate(
        target,
        vault.vault_id,
        settings.keep_daily,
        settings.keep_weekly,
        settings.keep_monthly,
        newest=final,
    )
    return record


def _write(
    partial: Path,
    target: Path,
    header: dict[str, Any],
    manifest: dict[str, Any],
    snapshot: Path,
    recipients: list[str],
    extra_members: list[tuple[str, bytes]],
    meter: Meter,
    created: datetime,
) -> None:
    try:
        write_container(
            partial,
            header=header,
            manifest=manifest,
            snapshot=snapshot,
            recipients=recipients,
            extra_members=extra_members,
            meter=meter,
            created=created,
        )
    except BaseException as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(exc, OSError):
            raise BackupWriteFailed(target=str(target), reason=os_error_reason(exc)) from exc
        raise


def _verify(
    partial: Path, target: Path, identity: str, meter: Meter, cancel: threading.Event | None
) -> None:
    """Decrypt the fresh file with the verify key and check every hash (nothing written)."""
    base = meter.done
    try:
        check_backup(
            partial,
            VerifyIdentity(identity),
            progress=lambda done, _total: meter.add(base + done - meter.done),
            cancel=cancel,
        )
    except Cancelled:
        raise
    except CoachDeskError as exc:
        raise BackupVerifyFailed(target=str(target), detail=exc.message) from exc
    meter.add(meter.total - meter.done)


def back_up_to_all_targets(
    vault: Vault,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    now: datetime | None = None,
) -> list[BackupRecord | CoachDeskError]:
    """One result per configured folder; one bad folder never stops the others."""
    with vault.session() as db:
        targets = load_backup_settings(db).targets
    if not targets:
        raise NoBackupTargets()
    results: list[BackupRecord | CoachDeskError] = []
    for target in targets:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        try:
            results.append(
                create_backup(vault, Path(target), progress=progress, cancel=cancel, now=now)
            )
        except CoachDeskError as exc:
            if isinstance(exc, Cancelled):
                raise
            results.append(exc)
    return results
