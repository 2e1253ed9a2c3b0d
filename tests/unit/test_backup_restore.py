"""Restoring a backup (promises 3, 4 and 6): anywhere with the recovery key or the passphrase,
all-or-nothing, and erased clients stay erased.

Real parts only: the backup is written by ``create_backup`` (real age, real SQLCipher), restored
into real data folders; the keychain is the in-memory one or none at all (``no_keyring``).
"""

from __future__ import annotations

import shutil
import threading
from datetime import date
from pathlib import Path

import pytest
from test_backup_restore_support import (
    Practice,
    counts,
    file_hashes,
    found_in_pages,
    make_practice,
    no_plain_sqlite,
)

from coachdesk.domain.backup_errors import (
    BackupOfOtherVault,
    BackupWrongPassphrase,
    BackupWrongRecoveryKey,
)
from coachdesk.domain.errors import Cancelled, CoachDeskError, StorageError
from coachdesk.paths import DataPaths, data_paths
from coachdesk.services import privacy
from coachdesk.services.backup.cleanup import STAGING_DIR
from coachdesk.services.backup.create import create_backup
from coachdesk.services.backup.ledger_merge import leftovers as ledger_merge_leftovers
from coachdesk.services.backup.restore import NoNewerLedger, restore_backup
from coachdesk.services.privacy import maintenance_pending
from coachdesk.services.retention_auto import set_auto
from coachdesk.vault.audit import audit_entries, first_broken_audit_link
from coachdesk.vault.ledger import first_broken_ledger_link, ledger_entries, read_sidecar
from coachdesk.vault.vault import Keychain, Passphrase, RecoveryKey, Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def practice(vault: Vault, recovery_key: str, tmp_path: Path) -> Practice:
    return make_practice(vault, recovery_key, tmp_path / "backups")


def fresh(tmp_path: Path, name: str = "new-laptop") -> DataPaths:
    return data_paths(tmp_path / name / "data")


def check_everything_there(vault: Vault, practice: Practice) -> None:
    assert counts(vault) == practice.counts
    with vault.session() as db:
        bodies = {r[0] for r in db.all("SELECT body FROM notes")}
        docs = {bytes(r[0]) for r in db.all("SELECT content FROM documents")}
        assert first_broken_audit_link(db) is None
        assert first_broken_ledger_link(db) is None
    assert practice.note_body in bodies
    assert practice.document in docs


def test_restore_on_a_new_machine_with_only_the_recovery_key(
    practice: Practice, tmp_path: Path, no_keyring: None
) -> None:
    paths = fresh(tmp_path)
    report = restore_backup(
        paths, practice.backup, RecoveryKey(practice.recovery_key), accept_older_ledger=True
    )
    assert report.accepted_older_ledger and not report.newer_ledger_found
    assert report.vault.vault_id == practice.vault.vault_id
    check_everything_there(report.vault, practice)
    # the restored vault has a new key, opens with the recovery key, keeps no keychain copy
    assert report.vault.key_for_backup() != practice.vault.key_for_backup()
    assert not report.vault.meta.keyring and not report.vault.meta.has_passphrase
    report.vault.lock()
    reopened = Vault.unlock(paths, RecoveryKey(practice.recovery_key))
    check_everything_there(reopened, practice)
    with reopened.session() as db:
        actions = [e.action for e in audit_entries(db, limit=50)]
    assert "backup.restore_older_ledger_accepted" in actions and "backup.restored" in actions
    assert read_sidecar(paths.ledger_sidecar, reopened.key_for_backup()) == []
    assert not (paths.root / STAGING_DIR).exists()
    assert no_plain_sqlite(paths.root) == []
    assert oct(paths.vault_db.stat().st_mode & 0o777) == "0o600"


def test_restore_with_the_passphrase(practice: Practice, tmp_path: Path, no_keyring: None) -> None:
    paths = fresh(tmp_path)
    report = restore_backup(
        paths, practice.backup, Passphrase(PASSPHRASE), accept_older_ledger=True
    )
    assert report.vault.meta.has_passphrase
    report.vault.lock()
    check_everything_there(Vault.unlock(paths, Passphrase(PASSPHRASE)), practice)
    check_everything_there(Vault.unlock(paths, RecoveryKey(practice.recovery_key)), practice)


def test_restore_stores_the_new_key_in_a_working_keychain(
    practice: Practice, tmp_path: Path
) -> None:
    paths = fresh(tmp_path)
    report = restore_backup(
        paths, practice.backup, RecoveryKey(practice.recovery_key), accept_older_ledger=True
    )
    assert report.vault.meta.keyring
    report.vault.lock()
    check_everything_there(Vault.unlock(paths, Keychain()), practice)


def test_no_newer_ledger_needs_the_coachs_confirmation(
    practice: Practice, tmp_path: Path, no_keyring: None
) -> None:
    paths = fresh(tmp_path)
    with pytest.raises(NoNewerLedger, match="No erasure ledger newer"):
        restore_backup(paths, practice.backup, RecoveryKey(practice.recovery_key))
    assert not paths.root.exists() or file_hashes(paths.root) == {}


def test_a_client_erased_after_the_backup_stays_erased(practice: Practice) -> None:
    """Restored over the live vault: its ledger is merged and replayed, the canaries are in no
    page of the restored file."""
    vault = practice.vault
    privacy.erase_client(vault, practice.target_id)
    report = restore_backup(
        vault.paths, practice.backup, RecoveryKey(practice.recovery_key), current_vault=vault
    )
    assert report.newer_ledger_found and not report.accepted_older_ledger
    assert (report.ledger_entries_replayed, report.clients_removed_by_replay) == (1, 1)
    restored = report.vault
    assert vault.is_locked  # the caller's vault was handed over
    with restored.session() as db:
        assert db.scalar("SELECT count(*) FROM clients WHERE uuid = :u",
                         {"u": practice.target_uuid}) == 0  # fmt: skip
        assert [e.client_uuid for e in ledger_entries(db)] == [practice.target_uuid]
        replayed = audit_entries(db, client_uuid=practice.target_uuid, limit=1)
        assert replayed[0].action == "backup.erasure_replayed"
    key = restored.key_for_backup()
    assert found_in_pages(restored.paths.vault_db, key, practice.target) == set()
    assert found_in_pages(restored.paths.vault_db, key, practice.bystander) == set(
        practice.bystander.tokens()
    )
    assert [e.client_uuid for e in read_sidecar(restored.paths.ledger_sidecar, key)] == [
        practice.target_uuid
    ]
    assert counts(restored)["clients"] == practice.counts["clients"] - 1


def test_erased_client_stays_erased_from_the_sidecar_alone(
    practice: Practice, memory_keyring: object
) -> None:
    """The vault file is lost and so is the keychain: the sidecar beside it, opened with the
    key the backup's recovery key unwraps from the live meta, still carries the erasure."""
    vault = practice.vault
    privacy.erase_client(vault, practice.target_id)
    vault.lock()
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        (vault.paths.root / name).unlink(missing_ok=True)
    memory_keyring.secrets.clear()  # type: ignore[attr-defined]
    report = restore_backup(vault.paths, practice.backup, RecoveryKey(practice.recovery_key))
    assert report.newer_ledger_found and report.clients_removed_by_replay == 1
    key = report.vault.key_for_backup()
    assert found_in_pages(report.vault.paths.vault_db, key, practice.target) == set()


def test_backup_of_another_vault_is_refused_unless_replacing_is_asked(
    practice: Practice, tmp_path: Path, no_keyring: None
) -> None:
    paths = fresh(tmp_path)
    Vault.create(paths, passphrase="another passphrase here")
    before = file_hashes(paths.root)
    with pytest.raises(BackupOfOtherVault):
        restore_backup(paths, practice.backup, RecoveryKey(practice.recovery_key),
                       accept_older_ledger=True)  # fmt: skip
    assert file_hashes(paths.root) == before
    with pytest.raises(NoNewerLedger):  # the other vault's ledger says nothing about this one
        restore_backup(paths, practice.backup, RecoveryKey(practice.recovery_key),
                       replace_other_vault=True)  # fmt: skip
    report = restore_backup(
        paths, practice.backup, RecoveryKey(practice.recovery_key),
        replace_other_vault=True, accept_older_ledger=True,
    )  # fmt: skip
    assert report.replaced_other_vault
    check_everything_there(report.vault, practice)


def _flip(data: bytearray, at: int) -> bytes:
    data[at] ^= 0x40
    return bytes(data)


TAMPER = {
    "flip-start": lambda b: _flip(bytearray(b), 0),
    "flip-middle": lambda b: _flip(bytearray(b), len(b) // 2),
    "flip-end": lambda b: _flip(bytearray(b), len(b) - 30),
    "truncated-1": lambda b: b[:-1],
    "truncated-64k": lambda b: b[: 65536 + 200],
    "appended": lambda b: b + b"\0",
    "empty": lambda b: b"",
    "other-program": lambda b: b"%PDF-1.7\n" + b"x" * 1000,
}


@pytest.mark.parametrize("case", [*TAMPER, "wrong-key", "wrong-passphrase"])
def test_a_bad_backup_leaves_the_live_vault_byte_identical(
    practice: Practice, tmp_path: Path, case: str
) -> None:
    vault = practice.vault
    privacy.erase_client(vault, practice.target_id)
    vault.connect().close()
    bad = tmp_path / "bad.cdbackup"
    credential: RecoveryKey | Passphrase = RecoveryKey(practice.recovery_key)
    if case in TAMPER:
        bad.write_bytes(TAMPER[case](practice.backup.read_bytes()))
    else:
        shutil.copyfile(practice.backup, bad)
        if case == "wrong-key":
            _other, other_key = Vault.create(data_paths(tmp_path / "o"), passphrase=PASSPHRASE)
            credential = RecoveryKey(other_key)
        else:
            credential = Passphrase("not the passphrase at all")
    before = file_hashes(vault.paths.root)
    with pytest.raises(Exception) as caught:
        restore_backup(vault.paths, bad, credential, current_vault=vault)
    if case == "wrong-key":
        assert isinstance(caught.value, BackupWrongRecoveryKey)
    elif case == "wrong-passphrase":
        assert isinstance(caught.value, BackupWrongPassphrase)
    assert isinstance(caught.value, CoachDeskError), caught.value
    assert file_hashes(vault.paths.root) == before
    assert not (vault.paths.root / STAGING_DIR).exists()
    assert not vault.is_locked  # nothing was handed over
    assert counts(vault)["clients"] == practice.counts["clients"] - 1


def test_restored_vault_passes_the_retention_sweep_date(practice: Practice, tmp_path: Path) -> None:
    """The sweep runs on the staged copy: demo clients whose period ended get their task."""
    paths = fresh(tmp_path)
    report = restore_backup(
        paths, practice.backup, RecoveryKey(practice.recovery_key), accept_older_ledger=True
    )
    assert not report.retention_applied
    with report.vault.session() as db:
        tasks = db.scalar("SELECT count(*) FROM tasks WHERE system_key LIKE 'retention:%'")
    assert tasks == report.retention_actions
    assert date.today().year >= 2026


def test_cancel_before_the_swap_changes_nothing(practice: Practice) -> None:
    vault = practice.vault
    vault.connect().close()
    before = file_hashes(vault.paths.root)
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        restore_backup(
            vault.paths, practice.backup, RecoveryKey(practice.recovery_key),
            current_vault=vault, cancel=cancel,
            on_step=lambda step: cancel.set() if step == "extracted" else None,
        )  # fmt: skip
    assert file_hashes(vault.paths.root) == before
    assert not vault.is_locked


def test_a_failure_past_the_commit_point_finishes_the_swap(
    practice: Practice, tmp_path: Path, no_keyring: None
) -> None:
    paths = fresh(tmp_path)

    def hook(step: str) -> None:
        if step == "moved-aside":
            raise OSError("the disk went away for a moment")

    with pytest.raises(StorageError):
        restore_backup(paths, practice.backup, RecoveryKey(practice.recovery_key),
                       accept_older_ledger=True, on_step=hook)  # fmt: skip
    assert not (paths.root / STAGING_DIR).exists()
    check_everything_there(Vault.unlock(paths, RecoveryKey(practice.recovery_key)), practice)


def test_automatic_retention_mode_applies_on_the_restored_copy(
    practice: Practice, tmp_path: Path
) -> None:
    vault = practice.vault
    with vault.session() as db:
        set_auto(db, True)
    (tmp_path / "usb2").mkdir()
    backup = Path(create_backup(vault, tmp_path / "usb2").path)
    report = restore_backup(fresh(tmp_path), backup, RecoveryKey(practice.recovery_key),
                            accept_older_ledger=True)  # fmt: skip
    assert report.retention_applied and report.retention_actions > 0
    with report.vault.session() as db:
        assert db.scalar("SELECT count(*) FROM erasure_ledger") > 0
        assert ledger_merge_leftovers(db) == []
        assert not maintenance_pending(db)
