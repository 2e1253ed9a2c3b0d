"""Promise 5 for the audit log: the hash chain exposes an altered, removed or reordered entry."""

from __future__ import annotations

import uuid

import pytest

from coachdesk.vault.audit import (
    GENESIS,
    append_audit,
    audit_entries,
    chain_hash,
    first_broken_audit_link,
)
from coachdesk.vault.connection import DatabaseError, Db
from coachdesk.vault.vault import Vault


@pytest.fixture
def db(vault: Vault):  # type: ignore[no-untyped-def]
    """A connection to a vault with ten more audit entries after the creation entries."""
    conn = vault.connect()
    client = str(uuid.uuid4())
    for i in range(10):
        append_audit(
            conn,
            f"client.action{i}",
            subject_kind="client",
            subject_uuid=client,
            client_uuid=client,
        )
    yield conn
    conn.close()


def seqs(db: Db) -> list[int]:
    return [r[0] for r in db.all("SELECT seq FROM audit_log ORDER BY seq")]


def test_intact_chain(db: Db) -> None:
    assert len(seqs(db)) >= 10
    assert seqs(db) == list(range(1, len(seqs(db)) + 1))
    assert first_broken_audit_link(db) is None
    first = db.one("SELECT prev_hash FROM audit_log WHERE seq = 1")
    assert first[0] == GENESIS


def test_entries_hold_no_client_data(db: Db) -> None:
    columns = [r[1] for r in db.all("PRAGMA table_info(audit_log)")]
    assert columns == [
        "seq", "at", "action", "subject_kind", "subject_uuid", "client_uuid", "prev_hash", "hash",
    ]  # fmt: skip
    entries = audit_entries(db, limit=5)
    assert [e.seq for e in entries] == sorted((e.seq for e in entries), reverse=True)


def test_update_is_refused_by_the_trigger(db: Db) -> None:
    with pytest.raises(DatabaseError, match="append-only"):
        db.execute("UPDATE audit_log SET action = 'x' WHERE seq = 3")
    assert first_broken_audit_link(db) is None


@pytest.mark.parametrize("column", ["action", "at", "client_uuid", "subject_kind"])
def test_altered_entry_is_found(db: Db, column: str) -> None:
    target = seqs(db)[5]
    db.execute("DROP TRIGGER audit_append_only")
    db.execute(f"UPDATE audit_log SET {column} = {column} || 'x' WHERE seq = :s", {"s": target})
    assert first_broken_audit_link(db) == target


def test_altered_entry_with_recomputed_own_hash_breaks_the_next_link(db: Db) -> None:
    """A forger who recomputes the altered entry's hash still breaks the next entry's link."""
    target = seqs(db)[4]
    row = db.one(
        "SELECT seq, at, action, subject_kind, subject_uuid, client_uuid, prev_hash"
        " FROM audit_log WHERE seq = :s",
        {"s": target},
    )
    forged = chain_hash(row[6], (row[0], row[1], "client.nothing", row[3], row[4], row[5]))
    db.execute("DROP TRIGGER audit_append_only")
    db.execute(
        "UPDATE audit_log SET action = 'client.nothing', hash = :h WHERE seq = :s",
        {"h": forged, "s": target},
    )
    assert first_broken_audit_link(db) == target + 1


def test_deleting_an_entry_is_refused(db: Db) -> None:
    with pytest.raises(DatabaseError, match="append-only"):
        db.execute("DELETE FROM audit_log WHERE seq = :s", {"s": seqs(db)[0]})


def test_deleted_middle_entry_is_found(db: Db) -> None:
    target = seqs(db)[6]
    db.execute("DROP TRIGGER audit_no_delete")
    db.execute("DELETE FROM audit_log WHERE seq = :s", {"s": target})
    assert first_broken_audit_link(db) == target + 1


def test_renumbered_after_delete_is_found(db: Db) -> None:
    """Closing the gap by renumbering does not help: the next entry's prev_hash is wrong."""
    all_seqs = seqs(db)
    target = all_seqs[3]
    db.execute("DROP TRIGGER audit_append_only")
    db.execute("DROP TRIGGER audit_no_delete")
    db.execute("DELETE FROM audit_log WHERE seq = :s", {"s": target})
    for seq in all_seqs[4:]:
        db.execute("UPDATE audit_log SET seq = seq - 1 WHERE seq = :s", {"s": seq})
    assert first_broken_audit_link(db) == target


def test_swapped_entries_are_found(db: Db) -> None:
    a, b = seqs(db)[2], seqs(db)[3]
    db.execute("DROP TRIGGER audit_append_only")
    db.execute("UPDATE audit_log SET seq = -1 WHERE seq = :a", {"a": a})
    db.execute("UPDATE audit_log SET seq = :a WHERE seq = :b", {"a": a, "b": b})
    db.execute("UPDATE audit_log SET seq = :b WHERE seq = -1", {"b": b})
    assert first_broken_audit_link(db) == a


def test_chain_continues_across_connections(vault: Vault, db: Db) -> None:
    with vault.session() as other:
        append_audit(other, "vault.locked")
    assert first_broken_audit_link(db) is None
    assert audit_entries(db, limit=1)[0].action == "vault.locked"
