"""Writing one backup file: the zip, its plain members and the streamed age payload."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from coachdesk.services.backup.container import HEADER_NAME, PAYLOAD_NAME, README_NAME
from coachdesk.services.backup.tarstream import Meter, TarSource

README = """CoachDesk backup
================

This file is an encrypted backup of one CoachDesk vault. Restore it in CoachDesk (Settings >
Backups > Restore, or "I already have a backup" when setting up), or with
`coachdesk backup restore FILE`.

Without CoachDesk it opens with standard tools (full recipe: docs/backup-format.md):

  unzip FILE                        # README.txt, backup.json, payload.age, ...
  age -d -i recovery-key.txt payload.age > payload.tar
      # recovery-key.txt holds the recovery key as one line: AGE-SECRET-KEY-1...
  tar xf payload.tar                # manifest.json and vault.db
  sqlcipher vault.db                # then: PRAGMA key = "x'<snapshot.key from manifest.json>'";

payload.tar and manifest.json hold your clients' data and the key: keep them on an encrypted
disk and delete them when done. backup.json holds no client data.

With the passphrase instead of the recovery key (if one was set when the backup was made),
this Python 3 script (pip install argon2-cffi cryptography), run where you unzipped, writes
the key file for `age -d -i passphrase-key.txt payload.age > payload.tar`:

"""
# The same script as in docs/backup-format.md (tests/unit/test_backup_passphrase.py runs it).
PASSPHRASE_SCRIPT = r"""import base64, getpass, json, os, unicodedata
from pathlib import Path
from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

vault_id = json.loads(Path("backup.json").read_text())["vault_id"].encode("ascii")
slot = json.loads(Path("passphrase-slot.json").read_text())
secret = unicodedata.normalize("NFC", getpass.getpass("Passphrase: ")).encode("utf-8")
kek = hash_secret_raw(secret, base64.b64decode(slot["salt"]), slot["time_cost"],
                      slot["memory_kib"], slot["parallelism"], 32, Type.ID)
vault_key = ChaCha20Poly1305(kek).decrypt(base64.b64decode(slot["nonce"]),
                                          base64.b64decode(slot["sealed"]), vault_id)
blob = Path("passphrase-identity.bin").read_bytes()
hkdf = HKDF(hashes.SHA256(), 32, None, b"coachdesk backup passphrase identity v1")
identity = ChaCha20Poly1305(hkdf.derive(vault_key)).decrypt(blob[:12], blob[12:], vault_id)
with open(os.open("passphrase-key.txt", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as f:
    f.write(identity + b"\n")
"""
README += PASSPHRASE_SCRIPT


def _info(name: str, when: datetime) -> zipfile.ZipInfo:
    moment = when.astimezone(UTC)
    info = zipfile.ZipInfo(name, date_time=moment.timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o100600 << 16
    info.create_system = 3
    return info


class _Capture(io.RawIOBase):
    """Passes writes on and remembers the first error (pyrage only passes on its text)."""

    def __init__(self, inner: Any) -> None:
        super().__init__()
        self._inner = inner
        self.error: BaseException | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        try:
            return int(self._inner.write(data))
        except BaseException as exc:
            self.error = exc
            raise


def write_container(
    dest: Path,
    *,
    header: dict[str, Any],
    manifest: dict[str, Any],
    snapshot: Path,
    recipients: list[str],
    extra_members: list[tuple[str, bytes]],
    meter: Meter,
    created: datetime,
) -> None:
    """Write the backup to *dest* (0600; the caller created and locked it) and fsync it."""
    if not recipients:
        raise ValueError("no recipients: refusing to write a backup nobody can open")
    age_recipients = [x25519.Recipient.from_str(r) for r in recipients]
    plain: list[tuple[str, bytes]] = [
        (README_NAME, README.encode("utf-8")),
        (HEADER_NAME, (json.dumps(header, indent=2, sort_keys=True) + "\n").encode("utf-8")),
    ]
    plain.extend(extra_members)
    manifest = {
        **manifest,
        "outer_sha256": {name: hashlib.sha256(data).hexdigest() for name, data in plain},
    }
    manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb", buffering=1 << 20) as fh:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
            for name, data in plain:
                zf.writestr(_info(name, created), data)
            size = snapshot.stat().st_size
            with open(snapshot, "rb", buffering=1 << 20) as snap:
                source = TarSource(manifest_bytes, snap, size, int(created.timestamp()), meter)
                with zf.open(_info(PAYLOAD_NAME, created), "w", force_zip64=True) as member:
                    sink = _Capture(member)
                    try:
                        pyrage.encrypt_io(source, sink, age_recipients)
                    except pyrage.EncryptError:
                        raise (source.error or sink.error or _EncryptFailed()) from None
        fh.flush()
        os.fsync(fh.fileno())


class _EncryptFailed(RuntimeError):
    pass
