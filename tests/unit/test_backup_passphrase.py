"""Opening a backup with the passphrase: the vault's slot and the sealed verify identity.

The passphrase path needs no key derivation when a backup is made: the backup carries the
vault's own Argon2id passphrase slot and the verify identity sealed under the vault key
(docs/backup-format.md). Real vaults, real Argon2id, real age, real SQLCipher.
"""

from __future__ import annotations

import getpass
import json
import re
import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pyrage
import pytest
from cryptography.exceptions import InvalidTag
from pyrage import x25519
from sqlcipher3 import dbapi2 as sqlite

from coachdesk.domain.backup_errors import BackupDamaged, BackupWrongPassphrase
from coachdesk.services.backup import (
    VerifyIdentity,
    create_backup,
    extract_backup,
    read_header,
    verify_backup,
)
from coachdesk.services.backup.container import read_manifest
from coachdesk.services.backup.writer import _info
from coachdesk.services.backup.zipcheck import PASSPHRASE_NAME, PAYLOAD_NAME, SLOT_NAME
from coachdesk.vault import backup_keys
from coachdesk.vault.vault import Passphrase, RecoveryKey, Vault
from tests.conftest import PASSPHRASE

DOC = Path(__file__).resolve().parents[2] / "docs" / "backup-format.md"
NEW_PASSPHRASE = "a brand new passphrase"


def documented_snippet() -> str:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
    found = [b for b in blocks if "passphrase-identity.bin" in b]
    assert len(found) == 1
    return found[0]


def run_snippet(folder: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(folder)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": passphrase)
    exec(compile(documented_snippet(), str(DOC), "exec"), {"__name__": "snippet"})


def open_payload(folder: Path, identity_file: Path) -> sqlite.Connection:
    identity = x25519.Identity.from_str(identity_file.read_text().strip())
    with open(folder / PAYLOAD_NAME, "rb") as src, open(folder / "payload.tar", "wb") as dst:
        pyrage.decrypt_io(src, dst, [identity])
    with tarfile.open(folder / "payload.tar") as tar:
        tar.extractall(folder, filter="data")
    key = json.loads((folder / "manifest.json").read_text())["snapshot"]["key"]
    conn = sqlite.connect(str(folder / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    return conn


@pytest.fixture
def backup(vault: Vault, tmp_path: Path) -> Path:
    (tmp_path / "backups").mkdir()
    return Path(create_backup(vault, tmp_path / "backups").path)


def _folder(backup: Path, name: str) -> Path:
    """Another backup folder (the rotation keeps one backup per day in each)."""
    folder = backup.parent.parent / name
    folder.mkdir()
    return folder


def test_the_documented_snippet_opens_a_backup(
    backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "restore"
    with zipfile.ZipFile(backup) as zf:
        zf.extractall(work)
    assert documented_snippet() in (work / "README.txt").read_text()  # the same script inside
    run_snippet(work, PASSPHRASE, monkeypatch)
    key_file = work / "passphrase-key.txt"
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert key_file.read_text().startswith("AGE-SECRET-KEY-1")
    conn = open_payload(work, key_file)
    assert conn.execute("SELECT count(*) FROM practice").fetchone() == (1,)
    conn.close()
    if shutil.which("age") is not None:  # age -d -i passphrase-key.txt, as the doc says
        out = tmp_path / "by-age.tar"
        subprocess.run(["age", "-d", "-i", str(key_file), "-o", str(out),
                        str(work / PAYLOAD_NAME)], check=True)  # fmt: skip
        assert out.read_bytes() == (work / "payload.tar").read_bytes()


def test_the_documented_snippet_refuses_a_wrong_passphrase(
    backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with zipfile.ZipFile(backup) as zf:
        zf.extractall(tmp_path / "w")
    with pytest.raises(InvalidTag):
        run_snippet(tmp_path / "w", "not the passphrase at all", monkeypatch)
    assert not (tmp_path / "w" / "passphrase-key.txt").exists()


def test_members_hold_the_slot_and_the_sealed_verify_identity(vault: Vault, backup: Path) -> None:
    with zipfile.ZipFile(backup) as zf:
        slot = json.loads(zf.read(SLOT_NAME))
        sealed = zf.read(PASSPHRASE_NAME)
    assert slot == vault.meta.slots.passphrase.to_json()  # type: ignore[union-attr]
    with vault.session() as db:
        verify = backup_keys.verify_identity(db)
    assert verify is not None and verify.encode() not in sealed
    opened = backup_keys.open_identity(sealed, vault.key_for_backup(), vault.vault_id)
    assert opened == verify
    with pytest.raises(ValueError):
        backup_keys.open_identity(sealed, vault.key_for_backup(), "another vault id")
    assert set(read_header(backup).recipients) == {"recovery", "verify"}


def test_each_backup_opens_with_the_passphrase_of_its_day(
    vault: Vault, recovery_key: str, backup: Path
) -> None:
    first_key = vault.key_for_backup()
    vault.set_passphrase(NEW_PASSPHRASE)
    second = Path(create_backup(vault, _folder(backup, "second")).path)
    vault.rotate_key(NEW_PASSPHRASE)
    third = Path(create_backup(vault, _folder(backup, "third")).path)
    assert vault.key_for_backup() != first_key
    for file, right, wrong in ((backup, PASSPHRASE, NEW_PASSPHRASE),
                               (second, NEW_PASSPHRASE, PASSPHRASE),
                               (third, NEW_PASSPHRASE, PASSPHRASE)):  # fmt: skip
        assert verify_backup(file, Passphrase(right)).has_passphrase
        with pytest.raises(BackupWrongPassphrase):
            verify_backup(file, Passphrase(wrong))
    assert read_manifest(backup, Passphrase(PASSPHRASE))[1].snapshot_key == first_key
    assert read_manifest(third, Passphrase(NEW_PASSPHRASE))[1].snapshot_key == (
        vault.key_for_backup()
    )
    assert verify_backup(backup, RecoveryKey(recovery_key)).counts["clients"] == 0


def _rebuilt(old: Path, out: Path, members: dict[str, bytes]) -> Path:
    """*old* with some members replaced, framed exactly as the writer frames (CRCs right)."""
    created = read_header(old).created
    with zipfile.ZipFile(old) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = members.get(name) or src.read(name)
            if name == PAYLOAD_NAME:
                with dst.open(_info(name, created), "w", force_zip64=True) as member:
                    member.write(data)
            else:
                dst.writestr(_info(name, created), data)
    return out


def _passphrase_members(file: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(file) as zf:
        return {n: zf.read(n) for n in (SLOT_NAME, PASSPHRASE_NAME)}


def test_a_slot_of_another_day_is_refused(vault: Vault, backup: Path, tmp_path: Path) -> None:
    vault.rotate_key(PASSPHRASE)  # same passphrase; new vault key, so a new verify identity
    newer = Path(create_backup(vault, _folder(backup, "newer")).path)
    same = _rebuilt(backup, tmp_path / "same.cdbackup", {})
    assert verify_backup(same, Passphrase(PASSPHRASE)).has_passphrase  # the rebuild is exact
    mixed = _rebuilt(backup, tmp_path / "mixed.cdbackup", _passphrase_members(newer))
    with pytest.raises(BackupDamaged) as caught:
        verify_backup(mixed, Passphrase(PASSPHRASE))
    assert "passphrase key does not fit" in caught.value.message  # another verify key


def test_a_damaged_sealed_identity_is_damage_not_a_wrong_passphrase(
    recovery_key: str, backup: Path, tmp_path: Path
) -> None:
    sealed = _passphrase_members(backup)[PASSPHRASE_NAME]
    at = len(sealed) // 2
    flipped = sealed[:at] + bytes([sealed[at] ^ 0x40]) + sealed[at + 1 :]
    bad = _rebuilt(backup, tmp_path / backup.name, {PASSPHRASE_NAME: flipped})
    with pytest.raises(BackupDamaged) as caught:
        extract_backup(bad, Passphrase(PASSPHRASE), tmp_path / "stage")
    assert "passphrase key does not fit" in caught.value.message
    assert not (tmp_path / "stage" / "vault.db").exists()
    with pytest.raises(BackupWrongPassphrase):  # the slot itself is intact
        extract_backup(bad, Passphrase("not the passphrase at all"), tmp_path / "stage")
    with pytest.raises(BackupDamaged) as caught:  # other keys see a changed plain part
        verify_backup(bad, RecoveryKey(recovery_key))
    assert "plain part was changed" in caught.value.message


BAD_SLOTS = [
    {"memory_kib": 1 << 30},
    {"time_cost": 10_000},
    {"parallelism": 0},
    {"salt": "c2FsdA=="},
    {"sealed": "not base64!"},
    {"kdf": "scrypt"},
]


@pytest.mark.parametrize("change", BAD_SLOTS)
def test_a_slot_asking_for_anything_is_refused_before_argon2(
    backup: Path, tmp_path: Path, change: dict[str, object]
) -> None:
    slot = json.loads(_passphrase_members(backup)[SLOT_NAME])
    bad = _rebuilt(backup, tmp_path / backup.name, {SLOT_NAME: json.dumps(slot | change).encode()})
    with pytest.raises(BackupDamaged) as caught:
        verify_backup(bad, Passphrase(PASSPHRASE))
    assert "passphrase key does not fit" in caught.value.message


def test_after_a_key_rotation_an_old_passphrase_opens_no_newer_backup(
    vault: Vault, backup: Path
) -> None:
    """The old passphrase opens an old backup's slot, hence the old vault key and the verify
    key sealed under it. A rotation retires that verify key, so newer backups are out of its
    reach; the retired key still checks older backups (drill, 'backup verify' without a secret).
    """
    old_verify = read_header(backup).recipients["verify"]
    vault.set_passphrase(NEW_PASSPHRASE)  # the coach suspects the old one is known
    vault.rotate_key(NEW_PASSPHRASE)
    newer = Path(create_backup(vault, _folder(backup, "newer")).path)
    assert read_header(newer).recipients["verify"] != old_verify
    old_identity = backup_keys.open_identity(
        _passphrase_members(backup)[PASSPHRASE_NAME][:],
        _slot_key(backup, PASSPHRASE),
        vault.vault_id,
    )
    with pytest.raises(pyrage.DecryptError), zipfile.ZipFile(newer) as zf:
        pyrage.decrypt(zf.read(PAYLOAD_NAME), [x25519.Identity.from_str(old_identity)])
    with vault.session() as db:
        current, *older = backup_keys.verify_identities(db)
    assert verify_backup(backup, VerifyIdentity(current, tuple(older))).has_passphrase
    assert verify_backup(newer, VerifyIdentity(current, tuple(older))).has_passphrase


def _slot_key(file: Path, passphrase: str) -> bytes:
    """The vault key the backup's passphrase slot opens (as the documented script does)."""
    from coachdesk.vault.keys import PassphraseSlot, open_with_passphrase

    with zipfile.ZipFile(file) as zf:
        slot = PassphraseSlot.from_json(json.loads(zf.read(SLOT_NAME)))
    return open_with_passphrase(slot, passphrase, read_header(file).vault_id.encode())
