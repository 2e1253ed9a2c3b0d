"""The erasure ledger: hash chain, tamper detection, the sidecar file and merging on restore."""

from __future__ import annotations

import dataclasses
import itertools
import json
import os

import pytest

from coachdesk.domain.statistics import THEMES
from coachdesk.paths import DataPaths
from coachdesk.services import privacy
from coachdesk.vault.audit import GENESIS, first_broken_audit_link
from coachdesk.vault.ledger import (
    LedgerTampered,
    append_ledger,
    first_broken_ledger_link,
    import_entries,
    ledger_entries,
    merge_entries,
    read_sidecar,
    sidecar_problem,
    write_sidecar,
)
from coachdesk.vault.vault import Vault

UUIDS = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(4)]


def fill(vault: Vault) -> None:
    with vault.session() as db:
        for i, u in enumerate(UUIDS):
            append_ledger(db, u, "erase" if i % 2 else "anonymise", "all", "art17")


def test_chain_links_each_entry_to_the_previous(vault: Vault) -> None:
    fill(vault)
    with vault.session() as db:
        entries = ledger_entries(db)
        assert [e.seq for e in entries] == [1, 2, 3, 4]
        assert entries[0].prev_hash == GENESIS
        assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))
        assert first_broken_ledger_link(db) is None
        with pytest.raises(ValueError):
            append_ledger(db, UUIDS[0], "archive", "all", "art17")


def test_append_only_triggers(vault: Vault) -> None:
    fill(vault)
    with vault.session() as db, pytest.raises(Exception, match="append-only"):
        db.execute("UPDATE erasure_ledger SET action = 'erase' WHERE seq = 1")
    with vault.session() as db, pytest.raises(Exception, match="append-only"):
        db.execute("DELETE FROM erasure_ledger WHERE seq = 2")


@pytest.mark.parametrize(
    ("sql", "broken"),
    [
        ("UPDATE erasure_ledger SET action = 'anonymise' WHERE seq = 2", 2),
        ("UPDATE erasure_ledger SET at = '2020-01-01T00:00:00Z' WHERE seq = 3", 3),
        ("DELETE FROM erasure_ledger WHERE seq = 2", 3),
        ("UPDATE erasure_ledger SET client_uuid = 'x' WHERE seq = 4", 4),
    ],
)
def test_tampering_with_one_entry_is_detected(vault: Vault, sql: str, broken: int) -> None:
    fill(vault)
    with vault.session() as db:
        db.execute("DROP TRIGGER ledger_append_only")
        db.execute("DROP TRIGGER ledger_no_delete")
        db.execute(sql)
        assert first_broken_ledger_link(db) == broken
        report = privacy.verify_chains(vault)
        assert report.ledger_broken_at == broken and not report.intact


def test_audit_tampering_is_reported_by_verify(vault: Vault) -> None:
    with vault.session() as db:
        db.execute("DROP TRIGGER audit_append_only")
        db.execute("UPDATE audit_log SET action = 'x' WHERE seq = 1")
        assert first_broken_audit_link(db) == 1
    assert privacy.verify_chains(vault).audit_broken_at == 1


def test_sidecar_roundtrip_hmac_and_chain(vault: Vault, paths: DataPaths) -> None:
    fill(vault)
    key = vault.key_for_backup()
    with vault.session() as db:
        entries = ledger_entries(db)
    write_sidecar(paths.ledger_sidecar, entries, key)
    assert read_sidecar(paths.ledger_sidecar, key) == entries
    document = json.loads(paths.ledger_sidecar.read_text())
    assert set(document) == {"format", "version", "entries", "hmac"}
    assert set(document["entries"][0]) == {
        "seq", "at", "client_uuid", "action", "scope", "legal_basis", "prev_hash", "hash",
    }  # fmt: skip
    # an edit with a recomputed-looking but wrong HMAC, a truncated file, a dropped entry
    document["entries"].pop(1)
    paths.ledger_sidecar.write_text(json.dumps(document))
    with pytest.raises(LedgerTampered):
        read_sidecar(paths.ledger_sidecar, key)
    paths.ledger_sidecar.write_text("{not json")
    with pytest.raises(LedgerTampered):
        read_sidecar(paths.ledger_sidecar, key)
    # a correctly keyed file whose chain is broken is refused as well
    write_sidecar(paths.ledger_sidecar, [entries[0], entries[2]], key)
    with pytest.raises(LedgerTampered):
        read_sidecar(paths.ledger_sidecar, key)
    with pytest.raises(LedgerTampered):
        read_sidecar(paths.ledger_sidecar, os.urandom(32))


def test_sidecar_problem_cases(vault: Vault, paths: DataPaths) -> None:
    fill(vault)
    key = vault.key_for_backup()
    with vault.session() as db:
        entries = ledger_entries(db)
    assert sidecar_problem(paths.ledger_sidecar, key, []) is None
    assert "missing" in (sidecar_problem(paths.ledger_sidecar, key, entries) or "")
    write_sidecar(paths.ledger_sidecar, entries, key)
    assert sidecar_problem(paths.ledger_sidecar, key, entries) is None
    assert "lacks" in (sidecar_problem(paths.ledger_sidecar, key, entries[:2]) or "")
    write_sidecar(paths.ledger_sidecar, entries[:2], key)
    assert "differ" in (sidecar_problem(paths.ledger_sidecar, key, entries) or "")


def test_merge_refuses_forks_and_gaps(vault: Vault) -> None:
    fill(vault)
    with vault.session() as db:
        entries = ledger_entries(db)
    assert merge_entries(entries[:2], entries) == entries
    assert merge_entries(entries, entries[:3]) == entries
    forked = [*entries[:3], dataclasses.replace(entries[3], scope="x")]
    with pytest.raises(LedgerTampered):
        merge_entries(entries, forked)
    with pytest.raises(LedgerTampered):
        merge_entries(entries[:1], entries[2:])  # a gap: seq 2 missing


def test_import_entries_adds_only_missing(paths: DataPaths) -> None:
    from tests.conftest import PASSPHRASE

    a, _ = Vault.create(paths, passphrase=PASSPHRASE)
    fill(a)
    with a.session() as db:
        entries = ledger_entries(db)
    other_paths = DataPaths(paths.root.parent / "restored")
    b, _ = Vault.create(other_paths, passphrase=PASSPHRASE)
    with b.session() as db:
        assert import_entries(db, entries[:2]) == entries[:2]
        assert import_entries(db, entries) == entries[2:]
        assert import_entries(db, entries) == []
        assert ledger_entries(db) == entries
        assert first_broken_ledger_link(db) is None


def test_cli_theme_choices_match_the_domain() -> None:
    from coachdesk.cli_privacy import THEME_CHOICES

    assert tuple(THEMES) == THEME_CHOICES
