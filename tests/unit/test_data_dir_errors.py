"""Where the vault lives can go wrong: a file instead of a folder, no permission, no vault, an
existing vault, a full disk. Each gets its own error, and nothing is changed."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from coachdesk.domain.errors import (
    DataDirUnusable,
    StorageError,
    VaultDamaged,
    VaultExists,
    VaultMissing,
)
from coachdesk.domain.models import ClientDraft
from coachdesk.paths import DataPaths, data_paths
from coachdesk.vault.fsutil import storage_errors
from coachdesk.vault.repos import clients, documents
from coachdesk.vault.vault import Passphrase, RecoveryKey, Vault
from tests.conftest import PASSPHRASE, MemoryKeyring, all_files_bytes

REPO_ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 25)


def test_data_dir_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "not-a-folder"
    target.write_bytes(b"something the coach keeps here")
    paths = data_paths(target)
    with pytest.raises(DataDirUnusable) as info:
        Vault.create(paths, passphrase=PASSPHRASE)
    assert str(target) in str(info.value)
    assert "file" in str(info.value).lower()
    with pytest.raises(DataDirUnusable):
        Vault.unlock(paths, Passphrase(PASSPHRASE))
    assert target.read_bytes() == b"something the coach keeps here"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_data_dir_below_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_bytes(b"x")
    with pytest.raises(DataDirUnusable):
        Vault.create(data_paths(tmp_path / "file" / "data"), passphrase=PASSPHRASE)


@pytest.mark.parametrize("where", ["/proc/coachdesk-test/data", "/sys/coachdesk-test/data"])
def test_data_dir_that_cannot_be_written(where: str) -> None:
    """Root ignores file permissions, so use pseudo file systems nobody may create folders in."""
    if not Path("/", Path(where).parts[1]).is_dir():
        pytest.skip(f"{where} is not a pseudo file system here")
    paths = data_paths(where)
    with pytest.raises(DataDirUnusable) as info:
        Vault.create(paths, passphrase=PASSPHRASE)
    assert where in str(info.value)
    assert not Path(where).exists()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores modes")
def test_data_dir_without_write_permission(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        with pytest.raises(DataDirUnusable):
            Vault.create(data_paths(locked / "data"), passphrase=PASSPHRASE)
        with pytest.raises(DataDirUnusable):
            Vault.create(data_paths(locked), passphrase=PASSPHRASE)
    finally:
        locked.chmod(0o700)


def test_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.unlock(data_paths(tmp_path / "nowhere"), Passphrase(PASSPHRASE))
    assert not (tmp_path / "nowhere").exists()
    (tmp_path / "empty").mkdir()
    with pytest.raises(VaultMissing) as info:
        Vault.unlock(data_paths(tmp_path / "empty"), Passphrase(PASSPHRASE))
    assert "init" in str(info.value)
    assert list((tmp_path / "empty").iterdir()) == []


def test_meta_without_database_is_damage(vault: Vault, paths: DataPaths) -> None:
    paths.vault_db.unlink()
    before = all_files_bytes(paths.root)
    with pytest.raises(VaultDamaged):
        Vault.unlock(paths, Passphrase(PASSPHRASE))
    assert all_files_bytes(paths.root) == before


def test_existing_vault_is_not_overwritten(
    vault: Vault, paths: DataPaths, memory_keyring: MemoryKeyring
) -> None:
    before = all_files_bytes(paths.root)
    secrets = dict(memory_keyring.secrets)
    for kwargs in ({"passphrase": PASSPHRASE}, {"use_keyring": True}):
        with pytest.raises(VaultExists) as info:
            Vault.create(paths, **kwargs)  # type: ignore[arg-type]
        assert "nothing was changed" in str(info.value).lower()
        assert all_files_bytes(paths.root) == before
        assert memory_keyring.secrets == secrets
    # Only the database left (meta lost): still counts as a vault, still not overwritten.
    paths.meta.unlink()
    with pytest.raises(VaultExists):
        Vault.create(paths, passphrase=PASSPHRASE)
    assert paths.vault_db.read_bytes() == before["vault.db"]


CHILD = textwrap.dedent(
    """
    import os, resource, signal, sys
    from coachdesk.paths import data_paths
    from coachdesk.vault.repos import documents
    from coachdesk.vault.vault import RecoveryKey, Vault

    paths = data_paths(sys.argv[1])
    vault = Vault.unlock(paths, RecoveryKey(sys.stdin.read()))
    db = vault.connect()
    limit = 1 << 20
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() fails with EFBIG instead of a kill
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        documents.insert(db, int(sys.argv[2]), "scan.pdf", os.urandom(8 << 20))
    except Exception as exc:
        print("RAISED", type(exc).__module__ + "." + type(exc).__qualname__)
        print("MESSAGE", exc)
    else:
        print("RAISED nothing")
    finally:
        db.close()
    """
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_disk_full_is_a_storage_error_and_leaves_the_vault_intact(
    vault: Vault, paths: DataPaths, recovery_key: str
) -> None:
    with vault.session() as db:
        client = clients.insert(db, ClientDraft(first_name="Anna"), today=TODAY)
        doc = documents.insert(db, client.id, "intake.txt", b"eerste gesprek")
        db.checkpoint()
    before = all_files_bytes(paths.root)
    assert max(len(b) for b in before.values()) < 1 << 20  # the limit only bites on growth

    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO_ROOT), *sys.path]))
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(paths.root), str(client.id)],
        input=recovery_key,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=REPO_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines.get("RAISED") == "coachdesk.domain.errors.StorageError", result.stdout
    assert "nothing was changed" in lines["MESSAGE"].lower()
    assert "Traceback" not in result.stderr

    # Rolled back and checkpointed away on close: the files are as they were.
    assert all_files_bytes(paths.root) == before
    reopened = Vault.unlock(paths, RecoveryKey(recovery_key))
    with reopened.session() as db:
        assert db.scalar("PRAGMA integrity_check") == "ok"
        assert db.all("PRAGMA cipher_integrity_check") == []
        assert documents.content(db, doc.id) == b"eerste gesprek"
        assert [d.name for d in documents.for_client(db, client.id)] == ["intake.txt"]
        assert clients.get(db, client.id).first_name == "Anna"


def test_storage_error_from_os_errors_has_a_plain_reason() -> None:
    """fsutil maps OS errors to sentences (ENOSPC is hard to provoke for real as root)."""
    with pytest.raises(StorageError) as info, storage_errors():
        raise OSError(errno.ENOSPC, "No space left on device")
    assert "disk is full" in str(info.value)
