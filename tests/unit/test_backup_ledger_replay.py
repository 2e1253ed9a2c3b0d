"""Erased stays erased on restore: reading the live ledger, replaying it, proving nothing is left.

A "snapshot" here is a copy of a real vault file taken before an erasure (the same file a
backup carries); the replay runs on it with real SQLCipher.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_erasure import Canaries, add_client

from coachdesk.paths import DataPaths, data_paths
from coachdesk.services import privacy
from coachdesk.services.backup import ledger_merge
from coachdesk.vault.connection import open_db
from coachdesk.vault.ledger import append_ledger, first_broken_link, ledger_entries
from coachdesk.vault.vault import Passphrase, RecoveryKey, Vault
from tests.conftest import PASSPHRASE


def snapshot_of(vault: Vault, dest: Path) -> Path:
    """A copy of the vault file as it is now (what a backup would carry)."""
    with vault.session() as db:
        db.checkpoint()
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(vault.paths.vault_db, dest / "vault.db")
    return dest / "vault.db"


@pytest.fixture
def two_clients(vault: Vault) -> tuple[Vault, int, int, str]:
    with vault.session() as db:
        gone = add_client(db, Canaries.new())
        kept = add_client(db, Canaries.new())
        gone_uuid = str(db.scalar("SELECT uuid FROM clients WHERE id = :id", {"id": gone}))
    return vault, gone, kept, gone_uuid


def test_replay_removes_a_client_erased_after_the_snapshot(
    two_clients: tuple[Vault, int, int, str], tmp_path: Path
) -> None:
    vault, gone, kept, gone_uuid = two_clients
    snap = snapshot_of(vault, tmp_path / "snap")
    privacy.erase_client(vault, gone)
    with vault.session() as db:
        live = ledger_entries(db)

    db = open_db(snap, vault.key_for_backup())
    try:
        assert ledger_merge.leftovers(db) == []  # the snapshot does not know of the erasure
        wanted = ledger_merge.entries_to_replay(ledger_entries(db), live)
        assert [e.client_uuid for e in wanted] == [gone_uuid]
        result = ledger_merge.replay(db, wanted)
        assert (result.entries_replayed, result.clients_removed) == (1, 1)
        # same history: the replayed entry rebuilds the very same chain link
        assert [e.hash for e in ledger_entries(db)] == [e.hash for e in live]
        assert db.scalar("SELECT count(*) FROM clients WHERE id = :id", {"id": kept}) == 1
        assert ledger_merge.verify_nothing_left(db) == 1
        actions = [r[0] for r in db.all("SELECT action FROM audit_log WHERE client_uuid = :u",
                                        {"u": gone_uuid})]  # fmt: skip
        assert actions[-1] == "backup.erasure_replayed"
        # a second replay has nothing left to do
        assert ledger_merge.entries_to_replay(ledger_entries(db), live) == []
    finally:
        db.close()


def test_a_forked_ledger_still_replays_on_a_new_chain(
    two_clients: tuple[Vault, int, int, str], tmp_path: Path
) -> None:
    """Copies that diverged (an older backup restored without the newer ledger, then more
    erasures) cannot be chained together; every client is still erased, on an intact chain."""
    vault, gone, _, gone_uuid = two_clients
    snap = snapshot_of(vault, tmp_path / "snap")
    db = open_db(snap, vault.key_for_backup())
    try:
        append_ledger(db, "11111111-1111-4111-8111-111111111111", "erase", "all", "art17")
    finally:
        db.close()
    privacy.anonymise_client(vault, gone, theme="loopbaan")
    with vault.session() as db:
        live = ledger_entries(db)
    db = open_db(snap, vault.key_for_backup())
    try:
        wanted = ledger_merge.entries_to_replay(ledger_entries(db), live)
        ledger_merge.replay(db, wanted)
        entries = ledger_entries(db)
        assert [e.client_uuid for e in entries][-1] == gone_uuid
        last = entries[-1]
        original = live[-1]
        assert (last.at, last.action, last.scope, last.legal_basis) == (
            original.at, "anonymise", original.scope, original.legal_basis,
        )  # fmt: skip
        assert first_broken_link(entries) is None
        assert ledger_merge.leftovers(db) == []
    finally:
        db.close()


def test_leftovers_finds_rows_orphans_and_index_entries(
    two_clients: tuple[Vault, int, int, str],
) -> None:
    vault, gone, kept, gone_uuid = two_clients
    with vault.session() as db:
        append_ledger(db, gone_uuid, "erase", "all", "art17")
        assert ledger_merge.leftovers(db) == ["clients: 1"]
        with pytest.raises(ledger_merge.ErasureNotComplete, match="clients: 1"):
            ledger_merge.verify_nothing_left(db)
        # a delete that bypasses the cascade leaves orphans (documents, notes, ...)
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("DELETE FROM clients WHERE id = :id", {"id": gone})
        found = ledger_merge.leftovers(db)
        assert "documents: 1" in found and "notes: 3" in found
    with vault.session() as db:
        # a delete that bypasses the FTS trigger leaves index entries
        db.execute("DROP TRIGGER clients_fts_delete")
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("DELETE FROM clients WHERE id = :id", {"id": kept})
        assert "clients_fts: 1" in ledger_merge.leftovers(db)


# --- reading the live vault's ledger -----------------------------------------------------------


def _erase_one(two_clients: tuple[Vault, int, int, str]) -> tuple[Vault, str]:
    vault, gone, _, gone_uuid = two_clients
    privacy.erase_client(vault, gone)
    return vault, gone_uuid


def test_current_ledger_from_the_keychain_and_the_sidecar(
    two_clients: tuple[Vault, int, int, str],
) -> None:
    vault, gone_uuid = _erase_one(two_clients)
    found = ledger_merge.read_current_ledger(vault.paths, vault.vault_id, None)
    assert found.found and found.warnings == ()
    assert {e.client_uuid for e in found.entries} == {gone_uuid}


def test_current_ledger_from_the_sidecar_alone_with_the_recovery_key(
    two_clients: tuple[Vault, int, int, str], recovery_key: str, memory_keyring: object
) -> None:
    """The vault file is gone and so is the keychain: the backup's recovery key opens the
    live meta's recovery slot, and with that key the sidecar verifies."""
    vault, gone_uuid = _erase_one(two_clients)
    vault.paths.vault_db.unlink()
    memory_keyring.secrets.clear()  # type: ignore[attr-defined]
    assert not ledger_merge.read_current_ledger(vault.paths, vault.vault_id, None).found
    for credential in (RecoveryKey(recovery_key), Passphrase(PASSPHRASE)):
        found = ledger_merge.read_current_ledger(vault.paths, vault.vault_id, credential)
        assert found.found
        assert [e.client_uuid for e in found.entries] == [gone_uuid]


def test_a_sidecar_that_does_not_verify_is_ignored_with_a_warning(
    two_clients: tuple[Vault, int, int, str],
) -> None:
    vault, _ = _erase_one(two_clients)
    vault.paths.vault_db.unlink()
    doc = json.loads(vault.paths.ledger_sidecar.read_text())
    doc["entries"][0]["client_uuid"] = "22222222-2222-4222-8222-222222222222"
    vault.paths.ledger_sidecar.write_text(json.dumps(doc))
    found = ledger_merge.read_current_ledger(vault.paths, vault.vault_id, None)
    assert not found.found and found.entries == ()
    assert any("does not verify" in w for w in found.warnings)


def test_another_vaults_ledger_is_not_used(
    two_clients: tuple[Vault, int, int, str], tmp_path: Path
) -> None:
    vault, _ = _erase_one(two_clients)
    assert not ledger_merge.read_current_ledger(vault.paths, "other-id", None).found
    empty: DataPaths = data_paths(tmp_path / "nothing-here")
    assert ledger_merge.read_current_ledger(empty, vault.vault_id, None) == (
        ledger_merge.CurrentLedger()
    )
