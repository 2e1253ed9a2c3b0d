"""The restore swap and ``clean_up_leftovers``: a crash at any step leaves the old or the new
vault working, and the next start settles it (roll forward, or back when the new files are gone).

The crash is simulated in-process by raising from the step hook and dropping the staging lock,
exactly what the kernel does when a process dies; the SIGKILL loop lives in
``test_backup_restore_crash.py``.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from coachdesk.domain.models import ClientDraft
from coachdesk.paths import DataPaths, data_paths
from coachdesk.services.backup.cleanup import (
    STAGING_DIR,
    clean_up_leftovers,
    open_staging,
    staging_area,
    staging_root,
)
from coachdesk.services.backup.restore_swap import JOURNAL, journal_path, swap_in
from coachdesk.vault import keyring_slot
from coachdesk.vault.ledger import write_sidecar
from coachdesk.vault.repos import clients
from coachdesk.vault.vault import Keychain, Passphrase, Vault
from tests.conftest import PASSPHRASE

STEPS = (
    "journal",
    "moved-aside",
    "moved-in:vault.db",
    "moved-in:vault.meta.json",
    "moved-in:erasure-ledger.json",
    "keyring",
)


class Crash(Exception):
    pass


def names(vault: Vault) -> set[str]:
    with vault.session() as db:
        return {r[0] for r in db.all("SELECT last_name FROM clients")}


def add(vault: Vault, last_name: str) -> None:
    with vault.session() as db:
        clients.insert(db, ClientDraft(first_name="A", last_name=last_name), today=date(2026, 1, 1))


@pytest.fixture
def old_vault(vault: Vault) -> Vault:
    add(vault, "Oud")
    vault.connect().close()
    return vault


def stage_new(paths: DataPaths, tmp_path: Path) -> tuple[Path, object, str]:
    """A complete new vault in a locked staging area, its key pending in the keychain."""
    other, _ = Vault.create(data_paths(tmp_path / "other"), passphrase=PASSPHRASE)
    add(other, "Nieuw")
    with other.session() as db:
        db.checkpoint()
        db.execute("PRAGMA journal_mode = DELETE").fetchall()
    area = open_staging(paths, "restore")
    new = area.path / "new"
    new.mkdir()
    shutil.copyfile(other.paths.vault_db, new / "vault.db")
    meta = other.meta.with_changes(keyring=True)
    from coachdesk.vault.meta import save_meta

    save_meta(new / "vault.meta.json", meta)
    write_sidecar(new / "erasure-ledger.json", [], other.key_for_backup())
    keyring_slot.store_key(meta.vault_id, other.key_for_backup(), pending=True)
    return area.path, area, meta.slots.key_check, meta.vault_id  # type: ignore[return-value]


def leftovers_gone(paths: DataPaths) -> None:
    assert not journal_path(paths).exists()
    assert not staging_root(paths).exists()
    assert {p.name for p in paths.root.iterdir()} <= {
        "vault.db", "vault.db-wal", "vault.db-shm", "vault.meta.json", "erasure-ledger.json",
    }  # fmt: skip


def test_swap_replaces_the_vault_and_moves_the_key(
    old_vault: Vault, paths: DataPaths, tmp_path: Path
) -> None:
    path, area, key_check, vault_id = stage_new(paths, tmp_path)  # type: ignore[misc]
    swap_in(paths, path, vault_id=vault_id, key_check=key_check, keyring=True)
    area.release()
    leftovers_gone(paths)
    assert names(Vault.unlock(paths, Passphrase(PASSPHRASE))) == {"Nieuw"}
    assert names(Vault.unlock(paths, Keychain())) == {"Nieuw"}
    assert keyring_slot.load_key(vault_id, pending=True) is None


@pytest.mark.parametrize("crash_at", STEPS)
def test_a_crash_at_any_step_is_rolled_forward(
    old_vault: Vault, paths: DataPaths, tmp_path: Path, crash_at: str
) -> None:
    path, area, key_check, vault_id = stage_new(paths, tmp_path)  # type: ignore[misc]

    def hook(step: str) -> None:
        if step == crash_at:
            raise Crash(step)

    with pytest.raises(Crash):
        swap_in(paths, path, vault_id=vault_id, key_check=key_check, keyring=True, on_step=hook)
    assert journal_path(paths).exists()
    assert clean_up_leftovers(paths) == []  # the (live) restoring process holds the lock
    area.release()  # the process dies
    done = clean_up_leftovers(paths)
    assert done[0] == "interrupted restore completed"
    leftovers_gone(paths)
    assert names(Vault.unlock(paths, Keychain())) == {"Nieuw"}
    assert clean_up_leftovers(paths) == []


@pytest.mark.parametrize("crash_at", STEPS[:3])
def test_new_files_gone_rolls_back_to_the_old_vault(
    old_vault: Vault, paths: DataPaths, tmp_path: Path, crash_at: str
) -> None:
    path, area, key_check, vault_id = stage_new(paths, tmp_path)  # type: ignore[misc]

    def hook(step: str) -> None:
        if step == crash_at:
            raise Crash(step)

    with pytest.raises(Crash):
        swap_in(paths, path, vault_id=vault_id, key_check=key_check, keyring=True, on_step=hook)
    area.release()
    staged = path / "new" / "vault.db"
    (staged if staged.exists() else paths.vault_db).unlink()  # something outside removed it
    assert clean_up_leftovers(paths)[0] == "interrupted restore rolled back"
    leftovers_gone(paths)
    assert names(Vault.unlock(paths, Passphrase(PASSPHRASE))) == {"Oud"}
    assert keyring_slot.load_key(vault_id, pending=True) is None


def test_clean_up_removes_abandoned_staging_but_not_a_live_one(paths: DataPaths) -> None:
    paths.root.mkdir(parents=True)
    assert clean_up_leftovers(paths) == []
    dead = open_staging(paths, "restore")
    (dead.path / "vault.db").write_bytes(b"x" * 100)
    dead.release()
    (paths.root / "coachdesk-backup-x.cdbackup.partial").write_bytes(b"y")
    with staging_area(paths, "restore") as live:
        (live / "vault.db").write_bytes(b"z")
        done = clean_up_leftovers(paths)
        assert any(dead.path.name in d for d in done)
        assert "removed coachdesk-backup-x.cdbackup.partial" in done
        assert live.exists() and not dead.path.exists()
        assert oct(live.stat().st_mode & 0o777) == "0o700"
    assert not (paths.root / STAGING_DIR).exists()


def test_clean_up_on_a_missing_folder_and_an_unreadable_journal(tmp_path: Path) -> None:
    missing = data_paths(tmp_path / "nope")
    assert clean_up_leftovers(missing) == []
    assert not missing.root.exists()
    paths = data_paths(tmp_path / "d")
    paths.root.mkdir()
    (paths.root / JOURNAL).write_text("{not json")
    assert clean_up_leftovers(paths) == ["restore journal unreadable; left as it was"]
    assert (paths.root / JOURNAL).exists()
