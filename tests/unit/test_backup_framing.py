"""Every byte of a backup outside the age ciphertext is checked (docs/backup-format.md).

The ZIP framing must be exactly what the writer writes, and the plain members are covered by
their CRC and by hashes inside the authenticated manifest. Here every such byte of a small
backup is flipped in turn: each copy is refused, and the live vault never changes.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from coachdesk.domain.backup_errors import BackupDamaged
from coachdesk.services.backup import (
    VerifyIdentity,
    create_backup,
    extract_backup,
    read_header,
    verify_backup,
)
from coachdesk.services.backup.container import PAYLOAD_NAME
from coachdesk.vault import backup_keys
from coachdesk.vault.vault import Passphrase, RecoveryKey, Vault
from tests.conftest import PASSPHRASE


def tree_hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def payload_span(file: Path) -> range:
    """Where payload.age's own bytes (the age file, authenticated by age) lie."""
    raw = file.read_bytes()
    with zipfile.ZipFile(file) as zf:
        info = zf.getinfo(PAYLOAD_NAME)
    at = info.header_offset
    start = at + 30 + int.from_bytes(raw[at + 26 : at + 28], "little")
    start += int.from_bytes(raw[at + 28 : at + 30], "little")
    return range(start, start + info.compress_size)


def verify_key(vault: Vault) -> VerifyIdentity:
    with vault.session() as db:
        identity = backup_keys.verify_identity(db)
    assert identity is not None
    return VerifyIdentity(identity)


@pytest.fixture
def backup(vault: Vault, tmp_path: Path) -> Path:
    (tmp_path / "backups").mkdir()
    return Path(create_backup(vault, tmp_path / "backups").path)


def test_the_date_at_offset_10_is_checked(vault: Vault, backup: Path, tmp_path: Path) -> None:
    raw = backup.read_bytes()
    bad = tmp_path / backup.name
    bad.write_bytes(raw[:10] + bytes([raw[10] ^ 0x01]) + raw[11:])
    with pytest.raises(BackupDamaged):
        read_header(bad)
    with pytest.raises(BackupDamaged):
        verify_backup(bad, verify_key(vault))


def test_every_byte_outside_the_ciphertext_is_checked(
    vault: Vault, recovery_key: str, backup: Path, tmp_path: Path
) -> None:
    raw = backup.read_bytes()
    payload = payload_span(backup)
    assert len(raw) - len(payload) > 1000  # headers, README, backup.json, passphrase members
    before = tree_hashes(vault.paths.root)
    credential = verify_key(vault)
    staging = vault.paths.root / "backup-staging" / "t"
    bad = tmp_path / "bad" / backup.name
    bad.parent.mkdir()
    accepted = []
    for at in range(len(raw)):
        if at in payload:
            continue
        for mask in (0x01, 0x80):
            bad.write_bytes(raw[:at] + bytes([raw[at] ^ mask]) + raw[at + 1 :])
            try:
                if mask == 0x01:
                    verify_backup(bad, credential, vault_id=vault.vault_id)
                else:
                    extract_backup(bad, credential, staging)
            except BackupDamaged:
                continue
            accepted.append((at, mask))
    assert accepted == []
    assert not (staging / "vault.db").exists()
    assert {k: v for k, v in tree_hashes(vault.paths.root).items() if "staging" not in k} == before
    # The untouched file still opens with every key.
    for good in (credential, RecoveryKey(recovery_key), Passphrase(PASSPHRASE)):
        assert verify_backup(backup, good).vault_id == vault.vault_id


def test_zip64_framing_round_trips(
    vault: Vault, recovery_key: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Vaults over 2 GiB get ZIP64 directory fields and end records; same strict check."""
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 1000)
    (tmp_path / "b").mkdir()
    backup = Path(create_backup(vault, tmp_path / "b").path)
    raw = backup.read_bytes()
    assert b"PK\x06\x06" in raw[-200:] and b"PK\x06\x07" in raw[-200:]
    assert verify_backup(backup, RecoveryKey(recovery_key)).vault_id == vault.vault_id
    bad = tmp_path / backup.name
    for at in range(len(raw) - 250, len(raw)):
        bad.write_bytes(raw[:at] + bytes([raw[at] ^ 0x01]) + raw[at + 1 :])
        with pytest.raises(BackupDamaged):
            verify_backup(bad, RecoveryKey(recovery_key))
