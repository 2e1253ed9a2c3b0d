"""The backup file format: round trips, the tamper matrix, and the standard-tools recipe.

Every case uses a real vault, real age (pyrage) and real SQLCipher. The tamper matrix follows
issue 6: each damage gives its own message, nothing is left in staging, no ``.partial`` file
remains, and the live vault's files stay byte for byte what they were.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import tarfile
import zipfile
from datetime import date
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519
from sqlcipher3 import dbapi2 as sqlite

from coachdesk.domain.backup_errors import (
    BackupDamaged,
    BackupNoPassphrase,
    BackupNoVerifyKey,
    BackupOfOtherVault,
    BackupWrongPassphrase,
    BackupWrongRecoveryKey,
    NotABackup,
)
from coachdesk.domain.errors import CoachDeskError, MalformedRecoveryKey
from coachdesk.domain.models import ClientDraft
from coachdesk.paths import data_paths
from coachdesk.services.backup import (
    VerifyIdentity,
    create_backup,
    extract_backup,
    inspect_backup,
    read_header,
    verify_backup,
)
from coachdesk.services.backup.container import PAYLOAD_NAME
from coachdesk.services.clients import create_client
from coachdesk.services.documents import add_document
from coachdesk.vault import backup_keys, keys
from coachdesk.vault.vault import Passphrase, RecoveryKey, Vault
from tests.conftest import PASSPHRASE

AGE_CHUNK = 64 * 1024 + 16  # one STREAM chunk of ciphertext
DOC_BYTES = 300_000  # several age chunks


def fill(vault: Vault) -> None:
    with vault.session() as db:
        client = create_client(db, ClientDraft(first_name="Anna", last_name="Jansen"),
                               today=date(2024, 5, 1))  # fmt: skip
        add_document(db, client.id, "intake.bin", bytes(range(256)) * (DOC_BYTES // 256))


def read_manifest_sha(backup: Path, recovery_key: str) -> str:
    from coachdesk.services.backup.container import read_manifest

    return read_manifest(backup, RecoveryKey(recovery_key))[1].snapshot_sha256


def verify_key(vault: Vault) -> VerifyIdentity:
    with vault.session() as db:
        identity = backup_keys.verify_identity(db)
    assert identity is not None
    return VerifyIdentity(identity)


def tree_hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def backup(vault: Vault, tmp_path: Path) -> Path:
    fill(vault)
    target = tmp_path / "backups"
    target.mkdir()
    return Path(create_backup(vault, target).path)


def test_round_trip_with_every_key(vault: Vault, recovery_key: str, backup: Path,
                                   tmp_path: Path) -> None:  # fmt: skip
    assert backup.read_bytes()[:4] == b"PK\x03\x04"
    header = read_header(backup)
    assert header.vault_id == vault.vault_id and header.has_passphrase
    assert set(header.recipients) == {"recovery", "verify"}
    with zipfile.ZipFile(backup) as zf:
        assert zf.namelist() == ["README.txt", "backup.json", "passphrase-slot.json",
                                 "passphrase-identity.bin", PAYLOAD_NAME]  # fmt: skip
        slot = json.loads(zf.read("passphrase-slot.json"))
    assert slot == vault.meta.slots.passphrase.to_json()  # type: ignore[union-attr]
    for credential in (RecoveryKey(recovery_key), Passphrase(PASSPHRASE), verify_key(vault)):
        info = verify_backup(backup, credential)
        assert info.counts["clients"] == 1 and info.counts["documents"] == 1
    by_passphrase, _file = extract_backup(backup, Passphrase(PASSPHRASE), tmp_path / "stage-pp")
    assert by_passphrase.snapshot_sha256 == read_manifest_sha(backup, recovery_key)
    manifest, db_file = extract_backup(backup, RecoveryKey(recovery_key), tmp_path / "stage")
    assert db_file.read_bytes()[:16] != b"SQLite format 3\0"
    assert (db_file.stat().st_mode & 0o777) == 0o600
    assert manifest.vault_id == vault.vault_id and manifest.snapshot_key == vault.key_for_backup()
    conn = sqlite.connect(str(db_file))
    conn.execute(f"PRAGMA key = \"x'{manifest.snapshot_key.hex()}'\"")
    assert conn.execute("SELECT first_name FROM clients").fetchall() == [("Anna",)]
    conn.close()


def test_inspect_reads_only_the_manifest(vault: Vault, recovery_key: str, backup: Path) -> None:
    info = inspect_backup(backup, RecoveryKey(recovery_key), vault_id=vault.vault_id)
    assert info.path == backup and info.vault_id == vault.vault_id
    assert info.ledger_entries == 0 and info.has_passphrase


def test_no_file_backup_writes_is_plain_sqlite(vault: Vault, backup: Path, tmp_path: Path) -> None:
    for path in [*tmp_path.rglob("*"), *vault.paths.root.rglob("*")]:
        if path.is_file() and path.name != "vault.db":
            assert not path.read_bytes().startswith(b"SQLite format 3")
    assert not (vault.paths.root / "backup-staging").exists()


# --- the tamper matrix ------------------------------------------------------------------------


def _payload_offset(file: Path) -> int:
    with zipfile.ZipFile(file) as zf:
        info = zf.getinfo(PAYLOAD_NAME)
    raw = file.read_bytes()
    name_len = int.from_bytes(raw[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_len = int.from_bytes(raw[info.header_offset + 28 : info.header_offset + 30], "little")
    return info.header_offset + 30 + name_len + extra_len


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def _rezip_truncated_payload(file: Path, chunks: int) -> bytes:
    """A well-formed zip whose payload.age ends exactly at a STREAM chunk boundary."""
    out = io.BytesIO()
    with zipfile.ZipFile(file) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == PAYLOAD_NAME:
                header_end = data.index(b"\n---") + 1
                header_end = data.index(b"\n", header_end) + 1 + 16  # age header + nonce
                data = data[: header_end + chunks * AGE_CHUNK]
            dst.writestr(info, data)
    return out.getvalue()


def _other_vault_backup(tmp_path: Path) -> Path:
    other_paths = data_paths(tmp_path / "other")
    other, _key = Vault.create(other_paths, passphrase=PASSPHRASE, use_keyring=False)
    (tmp_path / "other-backups").mkdir()
    return Path(create_backup(other, tmp_path / "other-backups").path)


CASES = {
    "flip at start": (lambda f, b, _t: _flip(b, 0), "verify", BackupDamaged),
    "flip in the middle": (lambda f, b, _t: _flip(b, len(b) // 2), "verify", BackupDamaged),
    "flip at end": (lambda f, b, _t: _flip(b, len(b) - 1), "verify", BackupDamaged),
    "flip in age header": (
        lambda f, b, _t: _flip(b, _payload_offset(f) + 40),
        "recovery",
        BackupDamaged,
    ),
    "flip in last chunk": (
        lambda f, b, _t: _flip(b, _payload_offset(f) + 3 * AGE_CHUNK + 200),
        "passphrase",
        BackupDamaged,
    ),
    "truncated by 1 byte": (lambda f, b, _t: b[:-1], "verify", BackupDamaged),
    "truncated at a chunk boundary": (
        lambda f, b, _t: b[: _payload_offset(f) + 200 + 2 * AGE_CHUNK],
        "verify",
        BackupDamaged,
    ),
    "payload cut at a chunk boundary, zip rebuilt": (
        lambda f, b, _t: _rezip_truncated_payload(f, 2),
        "recovery",
        BackupDamaged,
    ),
    "1 byte appended": (lambda f, b, _t: b + b"\0", "verify", BackupDamaged),
    "empty file": (lambda f, b, _t: b"", "verify", NotABackup),
    "a PDF": (lambda f, b, _t: b"%PDF-1.7\n" + b"x" * 5000, "recovery", NotABackup),
    "another zip": (lambda f, b, _t: _other_zip(), "recovery", NotABackup),
    "backup of another vault": (
        lambda f, b, t: _other_vault_backup(t).read_bytes(),
        "verify",
        BackupOfOtherVault,
    ),
    "wrong recovery key": (lambda f, b, _t: b, "other recovery", BackupWrongRecoveryKey),
    "wrong passphrase": (lambda f, b, _t: b, "other passphrase", BackupWrongPassphrase),
}


def _other_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("photo.jpg", b"\xff\xd8" + b"x" * 1000)
    return out.getvalue()


def _credential(kind: str, vault: Vault, recovery_key: str):  # type: ignore[no-untyped-def]
    return {
        "verify": lambda: verify_key(vault),
        "recovery": lambda: RecoveryKey(recovery_key),
        "passphrase": lambda: Passphrase(PASSPHRASE),
        "other recovery": lambda: RecoveryKey(keys.new_recovery_identity()[0]),
        "other passphrase": lambda: Passphrase("not the passphrase at all"),
    }[kind]()


def test_tamper_matrix(vault: Vault, recovery_key: str, backup: Path, tmp_path: Path) -> None:
    before = tree_hashes(vault.paths.root)
    original = backup.read_bytes()
    messages: dict[str, str] = {}
    for name, (damage, kind, expected) in CASES.items():
        bad = tmp_path / "bad" / name / backup.name
        bad.parent.mkdir(parents=True)
        bad.write_bytes(damage(backup, original, tmp_path / "x" / name))
        credential = _credential(kind, vault, recovery_key)
        for attempt in ("verify", "extract"):
            with pytest.raises(expected) as caught:
                if attempt == "verify":
                    verify_backup(bad, credential, vault_id=vault.vault_id)
                else:
                    staging = vault.paths.root / "backup-staging" / "t"
                    if expected is BackupOfOtherVault:
                        verify_backup(bad, credential, vault_id=vault.vault_id)
                    extract_backup(bad, credential, staging)
            assert caught.value.message, name
            if attempt == "extract":
                assert not (vault.paths.root / "backup-staging" / "t" / "vault.db").exists(), name
        messages[name] = caught.value.message
        assert tree_hashes(vault.paths.root) == before, name
    shutil.rmtree(vault.paths.root / "backup-staging", ignore_errors=True)
    assert tree_hashes(vault.paths.root) == before
    assert not list(tmp_path.rglob("*.partial"))
    # Different kinds of trouble read differently.
    kinds = {type_.__name__: messages[n] for n, (_d, _k, type_) in CASES.items()}
    assert len(set(kinds.values())) == len(kinds)
    assert "another kind of file" in messages["a PDF"]
    assert "empty" in messages["empty file"]
    assert "cut off or extended" in messages["1 byte appended"]


def test_key_problems_read_differently(vault: Vault, recovery_key: str, backup: Path) -> None:
    with pytest.raises(MalformedRecoveryKey):
        verify_backup(backup, RecoveryKey("hello"))
    vault.set_passphrase(None)
    fresh = Path(create_backup(vault, backup.parent, now=None).path)
    with pytest.raises(BackupNoPassphrase):
        verify_backup(fresh, Passphrase(PASSPHRASE))
    assert verify_backup(fresh, RecoveryKey(recovery_key)).has_passphrase is False
    with pytest.raises(BackupNoVerifyKey):
        verify_backup(fresh, VerifyIdentity(str(x25519.Identity.generate())))


def test_old_backup_keeps_its_passphrase(vault: Vault, backup: Path) -> None:
    vault.set_passphrase("a brand new passphrase")
    assert verify_backup(backup, Passphrase(PASSPHRASE)).counts["clients"] == 1
    with pytest.raises(BackupWrongPassphrase):
        verify_backup(backup, Passphrase("a brand new passphrase"))
    newer = Path(create_backup(vault, backup.parent).path)
    assert verify_backup(newer, Passphrase("a brand new passphrase")).counts["clients"] == 1


# --- restoring with standard tools (docs/backup-format.md) -------------------------------------


def _recipe(backup: Path, work: Path, identity_file: Path) -> sqlite.Connection:
    """unzip; age -d -i KEY payload.age; tar x; sqlcipher with the manifest's key."""
    with zipfile.ZipFile(backup) as zf:  # unzip
        zf.extractall(work)
    identity = x25519.Identity.from_str(identity_file.read_text().strip())
    with open(work / "payload.age", "rb") as src, open(work / "payload.tar", "wb") as dst:
        pyrage.decrypt_io(src, dst, [identity])  # age -d -i key.txt payload.age > payload.tar
    with tarfile.open(work / "payload.tar") as tar:  # tar xf payload.tar
        tar.extractall(work, filter="data")
    return _open_sqlcipher(work)


def _open_sqlcipher(work: Path) -> sqlite.Connection:
    manifest = json.loads((work / "manifest.json").read_text())
    conn = sqlite.connect(str(work / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{manifest['snapshot']['key']}'\"")  # sqlcipher shell
    conn.execute("PRAGMA cipher_compatibility = 4")
    return conn


def test_standard_tools_recipe(vault: Vault, recovery_key: str, backup: Path,
                               tmp_path: Path) -> None:  # fmt: skip
    key_file = tmp_path / "recovery-key.txt"
    key_file.write_text(keys.normalise_recovery_key(recovery_key) + "\n")
    conn = _recipe(backup, tmp_path / "with-key", key_file)
    assert conn.execute("SELECT last_name FROM clients").fetchall() == [("Jansen",)]
    assert len(conn.execute("SELECT content FROM documents").fetchone()[0]) >= DOC_BYTES - 256
    assert "CREATE TABLE clients" in "\n".join(
        r[0] for r in conn.execute("SELECT sql FROM sqlite_master") if r[0]
    )
    conn.close()


@pytest.mark.skipif(shutil.which("age") is None, reason="the age binary is not installed")
def test_standard_tools_recipe_with_age_binary(recovery_key: str, backup: Path,
                                               tmp_path: Path) -> None:  # fmt: skip
    key_file = tmp_path / "recovery-key.txt"
    key_file.write_text(keys.normalise_recovery_key(recovery_key) + "\n")
    with zipfile.ZipFile(backup) as zf:
        zf.extractall(tmp_path)
    subprocess.run(["age", "-d", "-i", str(key_file), "-o", str(tmp_path / "payload.tar"),
                    str(tmp_path / "payload.age")], check=True)  # fmt: skip
    with tarfile.open(tmp_path / "payload.tar") as tar:
        tar.extractall(tmp_path, filter="data")
    conn = _open_sqlcipher(tmp_path)
    assert conn.execute("SELECT count(*) FROM clients").fetchone() == (1,)
    conn.close()


def test_errors_are_coachdesk_errors() -> None:
    for error in (BackupDamaged, NotABackup, BackupOfOtherVault, BackupWrongPassphrase):
        assert issubclass(error, CoachDeskError)
