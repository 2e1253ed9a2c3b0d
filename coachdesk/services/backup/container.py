"""Reading the backup file format (docs/backup-format.md): header, keys, manifest, payload.

A backup is a ZIP (members STORED) holding ``README.txt``, ``backup.json`` (plain header, no
client data), with a passphrase ``passphrase-slot.json`` and ``passphrase-identity.bin`` (the
verify identity sealed under the vault key that slot wraps), and ``payload.age``: a tar stream
of ``manifest.json`` and ``vault.db`` (the snapshot, still SQLCipher-encrypted), age-encrypted
to the recovery key and the vault's local verify key.

Everything here streams: the payload is decrypted chunk by chunk, hashed and, for
``extract_backup``, written straight to the staging folder. Each failure has its own error
(``coachdesk.domain.backup_errors``) and removes whatever it wrote.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import pyrage
from pyrage import x25519

from coachdesk.domain.backup_errors import (
    BackupNoPassphrase,
    BackupNoVerifyKey,
    BackupTooNew,
    BackupWrongRecoveryKey,
    NotABackup,
)
from coachdesk.domain.dates import parse_stamp
from coachdesk.domain.errors import CoachDeskError, StorageError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.services.backup.passphrase import unlock_with_passphrase
from coachdesk.services.backup.snapshot import check_snapshot
from coachdesk.services.backup.tarstream import (
    Meter,
    Progress,
    StreamEnd,
    TarSink,
)
from coachdesk.services.backup.zipcheck import (
    HEADER_NAME,
    PAYLOAD_NAME,
    README_NAME,
    MemberReader,
    damaged,
    dos_time,
    open_zip,
    read_member,
)
from coachdesk.vault import keys
from coachdesk.vault.fsutil import os_error_reason
from coachdesk.vault.ledger import LedgerEntry
from coachdesk.vault.vault import Passphrase, RecoveryKey

FORMAT = "coachdesk-backup"
FORMAT_VERSION = 1
SUFFIX = ".cdbackup"
PARTIAL_SUFFIX = ".partial"


@dataclass(frozen=True, slots=True)
class VerifyIdentity:
    """The vault's local verify key (an age identity kept inside the vault), and the keys it
    replaced at key rotations, which older backups were encrypted to."""

    identity: str
    older: tuple[str, ...] = ()


BackupCredential = Passphrase | RecoveryKey | VerifyIdentity


@dataclass(frozen=True, slots=True)
class Header:
    """``backup.json``: what anyone may read without a key (no client data)."""

    path: Path
    format_version: int
    vault_id: str
    created: datetime
    app_version: str
    has_passphrase: bool
    recipients: dict[str, str]  # role ("recovery", "verify") -> age recipient
    size: int


@dataclass(frozen=True, slots=True)
class Manifest:
    format_version: int
    vault_id: str
    created: datetime
    app_version: str
    schema_version: int
    practice_name: str
    counts: dict[str, int]
    snapshot_sha256: str
    snapshot_size: int
    snapshot_key: bytes
    ledger: tuple[LedgerEntry, ...]
    meta: dict[str, Any]
    outer_sha256: dict[str, str]


def read_header(file: Path) -> Header:
    """The plain header of *file*; raises NotABackup, BackupDamaged or BackupTooNew."""
    file = Path(file)
    zf, size = open_zip(file)
    with zf:
        raw = read_member(file, zf, HEADER_NAME)
        if README_NAME in zf.namelist():
            read_member(file, zf, README_NAME)
        stamped = dos_time(zf.infolist()[0].date_time)
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise NotABackup(
                name=file.name, reason=QT_TRANSLATE_NOOP("Errors", "its header is foreign")
            )
        version = int(data["version"])
        if version > FORMAT_VERSION:
            raise BackupTooNew(name=file.name, found=version)
        recipients = {str(r["role"]): str(r["recipient"]) for r in data["recipients"]}
        created = parse_stamp(str(data["created"]))
        if dos_time(created.astimezone(UTC).timetuple()) != stamped:
            raise ValueError("the zip's file times are not the backup's time")
        return Header(
            path=file,
            format_version=version,
            vault_id=str(data["vault_id"]),
            created=created,
            app_version=str(data["app_version"]),
            has_passphrase=bool(data["has_passphrase"]),
            recipients=recipients,
            size=size,
        )
    except CoachDeskError:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise damaged(file, QT_TRANSLATE_NOOP("Errors", "its header is unreadable")) from exc


def identities_for(file: Path, header: Header, credential: BackupCredential) -> list[str]:
    """The age identities *credential* gives for this backup, or the matching error."""
    return _unlock(file, header, credential)[0]


def _unlock(
    file: Path, header: Header, credential: BackupCredential
) -> tuple[list[str], bytes | None]:
    """(identities, the vault key the passphrase slot gave, to compare with the manifest)."""
    name = file.name
    match credential:
        case RecoveryKey(text):
            identity = keys.normalise_recovery_key(text)  # MalformedRecoveryKey
            if keys.recipient_of(identity) != header.recipients.get("recovery"):
                raise BackupWrongRecoveryKey(name=name)
            return [identity], None
        case VerifyIdentity(identity, older):
            for candidate in (identity, *older):
                if keys.recipient_of(candidate) == header.recipients.get("verify"):
                    return [candidate], None
            raise BackupNoVerifyKey(name=name)
        case Passphrase(text):
            if not header.has_passphrase:
                raise BackupNoPassphrase(name=name)
            return unlock_with_passphrase(file, header.vault_id, header.recipients, text)
    raise TypeError(f"not a backup credential: {credential!r}")


# --- the payload -------------------------------------------------------------------------------


def _decrypt(
    file: Path,
    credential: BackupCredential,
    out: BinaryIO | None,
    *,
    manifest_only: bool,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> tuple[Header, Manifest, TarSink]:
    header = read_header(file)
    found, expected_key = _unlock(file, header, credential)
    identities = [x25519.Identity.from_str(i) for i in found]
    zf, _size = open_zip(file)
    with zf:
        outer = {
            n: hashlib.sha256(read_member(file, zf, n)).hexdigest() for n in _small_members(zf)
        }
        total = zf.getinfo(PAYLOAD_NAME).file_size  # ~ the tar's size
        meter = Meter(total, progress, cancel)
        sink = TarSink(out, meter, manifest_only=manifest_only)
        try:
            with MemberReader(file, zf, PAYLOAD_NAME) as payload:
                pyrage.decrypt_io(payload, sink, identities)
                if not manifest_only:
                    payload.check_crc()
        except Exception as exc:  # pyrage passes the sink's own errors through, or wraps them
            if isinstance(exc, CoachDeskError):
                raise
            if isinstance(sink.error, StreamEnd) or isinstance(exc, StreamEnd):
                pass
            elif isinstance(sink.error, CoachDeskError):
                raise sink.error from None
            elif isinstance(sink.error, OSError):
                raise StorageError(reason=os_error_reason(sink.error)) from sink.error
            elif "no matching keys" in str(exc).lower():
                raise damaged(
                    file, QT_TRANSLATE_NOOP("Errors", "its encryption header was changed")
                ) from exc
            else:
                raise damaged(
                    file, QT_TRANSLATE_NOOP("Errors", "the encrypted content does not check out")
                ) from exc
    if not manifest_only and not sink.finished:
        raise damaged(file, QT_TRANSLATE_NOOP("Errors", "the content ends early"))
    manifest = _parse_manifest(file, bytes(sink.manifest))
    if (
        manifest.vault_id != header.vault_id
        or manifest.created != header.created
        or (expected_key is not None and expected_key != manifest.snapshot_key)
    ):
        raise damaged(file, QT_TRANSLATE_NOOP("Errors", "its header does not match its content"))
    if any(manifest.outer_sha256.get(n) != h for n, h in outer.items()) or set(
        manifest.outer_sha256
    ) != set(outer):
        raise damaged(file, QT_TRANSLATE_NOOP("Errors", "a plain part was changed"))
    if not manifest_only and (
        sink.snapshot_size != manifest.snapshot_size
        or sink.sha256.hexdigest() != manifest.snapshot_sha256
    ):
        raise damaged(file, QT_TRANSLATE_NOOP("Errors", "the vault copy inside does not match"))
    meter.finish()
    return header, manifest, sink


def _small_members(zf: zipfile.ZipFile) -> list[str]:
    return [n for n in zf.namelist() if n != PAYLOAD_NAME]


def _parse_manifest(file: Path, raw: bytes) -> Manifest:
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("foreign manifest")
        snap = data["snapshot"]
        return Manifest(
            format_version=int(data["version"]),
            vault_id=str(data["vault_id"]),
            created=parse_stamp(str(data["created"])),
            app_version=str(data["app_version"]),
            schema_version=int(data["schema_version"]),
            practice_name=str(data["practice_name"]),
            counts={str(k): int(v) for k, v in data["counts"].items()},
            snapshot_sha256=str(snap["sha256"]),
            snapshot_size=int(snap["size"]),
            snapshot_key=bytes.fromhex(str(snap["key"])),
            ledger=tuple(LedgerEntry(**e) for e in data["ledger"]),
            meta=dict(data["meta"]),
            outer_sha256={str(k): str(v) for k, v in data["outer_sha256"].items()},
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise damaged(file, QT_TRANSLATE_NOOP("Errors", "its manifest is unreadable")) from exc


def read_manifest(file: Path, credential: BackupCredential) -> tuple[Header, Manifest]:
    """Decrypt only as far as the manifest: what is in the backup, before anything changes."""
    header, manifest, _sink = _decrypt(
        Path(file), credential, None, manifest_only=True, progress=None, cancel=None
    )
    return header, manifest


def check_backup(
    file: Path,
    credential: BackupCredential,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[Header, Manifest]:
    """Decrypt everything and check every hash, writing nothing to disk."""
    header, manifest, _sink = _decrypt(
        Path(file), credential, None, manifest_only=False, progress=progress, cancel=cancel
    )
    return header, manifest


def extract_backup(
    file: Path,
    credential: BackupCredential,
    staging: Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[Manifest, Path]:
    """Decrypt into ``staging/vault.db`` (0600, still SQLCipher-encrypted) and check it fully.

    Checks the size and SHA-256 against the manifest, then ``integrity_check`` and
    ``cipher_integrity_check`` with the snapshot key. On any failure the file is removed and a
    distinct error raised. The caller compares vault ids (``BackupOfOtherVault``).
    """
    file = Path(file)
    staging.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = staging / "vault.db"
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            _header, manifest, _sink = _decrypt(
                file, credential, out, manifest_only=False, progress=progress, cancel=cancel
            )
            out.flush()
            os.fsync(out.fileno())
        problem = check_snapshot(target, manifest.snapshot_key)
        if problem is not None:
            raise damaged(file, problem)
    except BaseException:
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise
    return manifest, target
