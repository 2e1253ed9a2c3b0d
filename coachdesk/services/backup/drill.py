"""The restore drill (Art. 32(1)(c), "tested restores"): prove the newest backup restores.

The newest backup of this vault in the configured folders is decrypted with the vault's local
verify identity into a private, locked scratch folder inside the data folder, checked the way a
restore checks it (size and SHA-256 against the manifest, ``integrity_check`` and
``cipher_integrity_check``), opened with its key and its row counts compared with the manifest;
then the scratch goes. Only a drill that passed records "last verified restore". The live vault
is only read (the verify identity) and written once (that record).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coachdesk.domain.backup_errors import BackupNoVerifyKey
from coachdesk.domain.dates import utc_now
from coachdesk.domain.errors import Cancelled, CoachDeskError, UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.services.backup.catalog import BackupInfo, info_from, list_backups
from coachdesk.services.backup.cleanup import staging_area
from coachdesk.services.backup.container import (
    Header,
    VerifyIdentity,
    extract_backup,
    read_header,
)
from coachdesk.services.backup.history import record_verified_restore
from coachdesk.services.backup.settings import load_backup_settings
from coachdesk.services.backup.tarstream import Progress
from coachdesk.vault.backup_keys import verify_identities
from coachdesk.vault.connection import open_db
from coachdesk.vault.vault import Vault


class NoBackupToDrill(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "No backup of this vault was found in the backup folders. Make a backup first, and"
        " check that the backup disk is connected.",
    )


@dataclass(frozen=True, slots=True)
class DrillReport:
    backup: BackupInfo
    ok: bool
    seconds: float
    detail: str  # what failed (empty when ok)


def _bare_info(header: Header) -> BackupInfo:
    """What the plain header says, for a backup whose content could not be read."""
    return BackupInfo(
        path=header.path, format_version=header.format_version, vault_id=header.vault_id,
        created=header.created, app_version=header.app_version, practice_name="", counts={},
        size=header.size, has_passphrase=header.has_passphrase, ledger_entries=0,
    )  # fmt: skip


def count_mismatch(staged: Path, key: bytes, expected: dict[str, int]) -> str | None:
    """None when the restored copy holds as many rows as its manifest says, else which table."""
    db = open_db(staged, key)
    try:
        for table, n in sorted(expected.items()):
            found = db.scalar(f'SELECT count(*) FROM "{table}"')
            if found != n:
                return f"{table}: {found} rows, the manifest says {n}"
    finally:
        db.close()
    return None


def restore_drill(
    vault: Vault,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    now: datetime | None = None,
) -> DrillReport:
    """Decrypt and check the newest backup of *vault*; a failed check is a report, not an error.

    Raises only when there is nothing to drill (no backup, no verify key) or when cancelled.
    """
    started = time.perf_counter()
    with vault.session() as db:
        folders = [Path(t) for t in load_backup_settings(db).targets]
        identities = verify_identities(db)
    listing = list_backups(folders, vault.vault_id)
    if not listing:
        raise NoBackupToDrill()
    newest = listing[0].path
    if not identities:
        raise BackupNoVerifyKey(name=newest.name)
    header = read_header(newest)
    try:
        with staging_area(vault.paths, "drill") as scratch:
            manifest, staged = extract_backup(
                newest,
                VerifyIdentity(identities[0], identities[1:]),
                scratch,
                progress=progress,
                cancel=cancel,
            )
            info = info_from(header, manifest)
            problem = count_mismatch(staged, manifest.snapshot_key, manifest.counts)
    except Cancelled:
        raise
    except CoachDeskError as exc:
        return DrillReport(_bare_info(header), False, time.perf_counter() - started, exc.message)
    if problem is not None:
        return DrillReport(info, False, time.perf_counter() - started, problem)
    with vault.session() as db:
        record_verified_restore(db, now or utc_now(), str(newest))
    if progress is not None:
        size = newest.stat().st_size
        progress(size, size)
    return DrillReport(info, True, time.perf_counter() - started, "")
