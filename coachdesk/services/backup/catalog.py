"""Looking at backup files: list a folder, inspect one, verify one fully."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coachdesk.domain.backup_errors import BackupOfOtherVault
from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.backup.container import (
    SUFFIX,
    BackupCredential,
    Header,
    Manifest,
    check_backup,
    read_header,
    read_manifest,
)
from coachdesk.services.backup.tarstream import Progress


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What a backup file says about itself (after decrypting its manifest)."""

    path: Path
    format_version: int
    vault_id: str
    created: datetime
    app_version: str
    practice_name: str
    counts: dict[str, int]
    size: int
    has_passphrase: bool
    ledger_entries: int


@dataclass(frozen=True, slots=True)
class BackupListing:
    """A backup as its plain header shows it, no key needed (``list_backups``)."""

    path: Path
    created: datetime
    size: int
    vault_id: str
    has_passphrase: bool
    app_version: str


def info_from(header: Header, manifest: Manifest) -> BackupInfo:
    return BackupInfo(
        path=header.path,
        format_version=manifest.format_version,
        vault_id=manifest.vault_id,
        created=manifest.created,
        app_version=manifest.app_version,
        practice_name=manifest.practice_name,
        counts=dict(manifest.counts),
        size=header.size,
        has_passphrase=header.has_passphrase,
        ledger_entries=len(manifest.ledger),
    )


def list_backups(folders: Iterable[Path], vault_id: str | None = None) -> list[BackupListing]:
    """Every readable backup in *folders* (of *vault_id* only, if given), newest first."""
    found: dict[Path, BackupListing] = {}
    for folder in folders:
        try:
            candidates = sorted(Path(folder).expanduser().glob(f"*{SUFFIX}"))
        except OSError:
            continue
        for path in candidates:
            try:
                h = read_header(path)
            except CoachDeskError:
                continue
            if vault_id is None or h.vault_id == vault_id:
                found[path.absolute()] = BackupListing(
                    path.absolute(), h.created, h.size, h.vault_id, h.has_passphrase, h.app_version
                )
    return sorted(found.values(), key=lambda b: (b.created, b.path.name), reverse=True)


def _expect_vault(header: Header, vault_id: str | None) -> None:
    if vault_id is not None and header.vault_id != vault_id:
        raise BackupOfOtherVault(
            name=header.path.name, found=header.vault_id[:8], expected=vault_id[:8]
        )


def inspect_backup(
    file: Path, credential: BackupCredential, *, vault_id: str | None = None
) -> BackupInfo:
    """Decrypt only as far as the manifest: what is in it, before anything changes."""
    _expect_vault(read_header(Path(file)), vault_id)
    header, manifest = read_manifest(Path(file), credential)
    return info_from(header, manifest)


def verify_backup(
    file: Path,
    credential: BackupCredential,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    vault_id: str | None = None,
) -> BackupInfo:
    """Decrypt all of it and check every hash (nothing is written to disk).

    With *vault_id*, a backup of another vault is refused first (``BackupOfOtherVault``).
    """
    _expect_vault(read_header(Path(file)), vault_id)
    header, manifest = check_backup(Path(file), credential, progress=progress, cancel=cancel)
    return info_from(header, manifest)
