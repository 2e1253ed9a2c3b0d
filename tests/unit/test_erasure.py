"""Promise 6: erase and anonymise leave nothing of the client in any page of the vault.

Forensic: every page of vault.db and every frame of vault.db-wal is decrypted with the key
(``coachdesk.vault.forensics``) and searched for canary strings placed in the name, the e-mail,
a note (and thereby the FTS index), a document's bytes and the other tables. The controls show
the search finds live data and that a plain DELETE leaves the canaries behind.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import date, datetime

import pytest

from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.models import (
    AppointmentKind,
    AppointmentStatus,
    ClientDraft,
    ConsentAction,
    ConsentMethod,
    LegalBasis,
)
from coachdesk.domain.statistics import age_band, sessions_band
from coachdesk.domain.validation import validate_client
from coachdesk.paths import DataPaths
from coachdesk.services import privacy
from coachdesk.services.privacy_stats import statistics_table
from coachdesk.vault import forensics
from coachdesk.vault.audit import first_broken_audit_link
from coachdesk.vault.connection import Db
from coachdesk.vault.ledger import (
    LedgerTampered,
    first_broken_ledger_link,
    ledger_entries,
    merge_entries,
    read_sidecar,
    sidecar_problem,
)
from coachdesk.vault.repos import (
    appointments,
    clients,
    consents,
    documents,
    notes,
    tasks,
    trajectories,
)
from coachdesk.vault.vault import Vault

TODAY = date(2026, 11, 25)


@dataclass(frozen=True)
class Canaries:
    name: str
    email: str
    note: str
    document: str
    other: str  # trajectory goal, appointment, task, consent, disclosure, hold reason, request

    @classmethod
    def new(cls) -> Canaries:
        return cls(*(uuid.uuid4().hex for _ in range(5)))

    def tokens(self) -> dict[str, str]:
        return {
            "name": self.name, "email": self.email, "note": self.note,
            "document": self.document, "other": self.other,
        }  # fmt: skip


def needles(token: str) -> list[bytes]:
    """The tail of the token (FTS5 leaf pages store a term as a suffix after the prefix it
    shares with the previous term), in UTF-8 either case and UTF-16."""
    tail = token[-20:]
    return [
        tail.encode(),
        tail.upper().encode(),
        tail.encode("utf-16-le"),
        tail.encode("utf-16-be"),
    ]


def found(vault: Vault, canaries: Canaries) -> set[str]:
    """Which canaries appear in any decrypted page or WAL frame."""
    key = vault.key_for_backup()
    pages = [p.plaintext for p in forensics.all_pages(vault.paths.vault_db, key)]
    return {
        label
        for label, token in canaries.tokens().items()
        if any(n in page for page in pages for n in needles(token))
    }


def wal_size(paths: DataPaths) -> int:
    wal = paths.vault_db.with_name("vault.db-wal")
    return wal.stat().st_size if wal.exists() else 0


def add_client(db: Db, c: Canaries, *, born: date | None = date(1984, 3, 1)) -> int:
    draft = validate_client(
        ClientDraft(
            first_name=f"Anna{c.name}", last_name="de Vries", email=f"mail{c.email}@example.nl",
            city=f"Utrecht{c.name}", date_of_birth=born,
        ),
        TODAY,
    )  # fmt: skip
    client = clients.insert(db, draft, today=TODAY)
    cid = client.id
    traj = trajectories.insert(db, cid, title="Traject", goal=f"Doel {c.other}",
                               start_date=date(2025, 1, 6), end_date=date(2025, 6, 30))  # fmt: skip
    for i in range(5):
        appointments.insert(
            db, title=f"Sessie {c.other}", starts_at=datetime(2025, 2, 3 + i, 10),
            ends_at=datetime(2025, 2, 3 + i, 11), kind=AppointmentKind.SESSION,
            status=AppointmentStatus.DONE, client_id=cid, trajectory_id=traj.id,
        )  # fmt: skip
    for i in range(3):
        notes.insert(db, cid, note_date=date(2025, 2, 3 + i), title=f"Sessie {i}",
                     body=f"Vertrouwelijk {c.note} slaapt slecht. " * 40)  # fmt: skip
    blob = os.urandom(60_000) + c.document.encode() + os.urandom(60_000)
    documents.insert(db, cid, "verslag.pdf", blob)
    tasks.insert(db, f"Bellen {c.other}", client_id=cid, due_date=TODAY)
    consents.record(db, cid, action=ConsentAction.GIVEN, purpose="coaching",
                    method=ConsentMethod.SIGNED, given_on=TODAY, note=c.other)  # fmt: skip
    consents.disclose(db, cid, recipient=f"Huisarts {c.other}", what="verslag",
                      disclosed_on=TODAY, legal_basis=LegalBasis.CONSENT)  # fmt: skip
    db.execute(
        "INSERT INTO data_requests (uuid, client_id, kind, received_on, due_on, note,"
        " created_at) VALUES (:u, :c, 'erasure', '2026-11-01', '2026-12-01', :n, 'x')",
        {"u": str(uuid.uuid4()), "c": cid, "n": c.other},
    )
    db.execute("INSERT INTO client_tags (client_id, tag) VALUES (:c, :t)", {"c": cid, "t": c.other})
    privacy.set_legal_hold(db, cid, f"Reden {c.other}", TODAY)
    privacy.lift_legal_hold(db, cid)
    return cid


@pytest.fixture
def filled(vault: Vault) -> tuple[Vault, Canaries, Canaries, int]:
    """A client full of canaries and a bystander client; ANALYZE run so sqlite_stat4 exists."""
    target, bystander = Canaries.new(), Canaries.new()
    with vault.session() as db:
        cid = add_client(db, target)
        add_client(db, bystander)
        db.execute("ANALYZE")
        assert db.scalar("SELECT count(*) FROM sqlite_stat4") > 0
        hits = db.all("SELECT rowid FROM notes_fts WHERE notes_fts MATCH :q", {"q": target.note})
        assert len(hits) == 3
    return vault, target, bystander, cid


def test_decryptor_finds_live_canaries(filled: tuple[Vault, Canaries, Canaries, int]) -> None:
    """Control 1: before erasure, every canary is found (WAL live), and after a checkpoint too."""
    vault, target, bystander, _ = filled
    assert found(vault, target) == set(target.tokens())
    with vault.session() as db:
        db.checkpoint()
    assert wal_size(vault.paths) == 0
    assert found(vault, target) == set(target.tokens())
    assert found(vault, bystander) == set(bystander.tokens())


def test_plain_delete_leaves_canaries(filled: tuple[Vault, Canaries, Canaries, int]) -> None:
    """Control 2: a DELETE without the clean-up (even checkpointed) leaves the client findable,
    so the forensic check below cannot pass vacuously."""
    vault, target, _, cid = filled
    with vault.session() as db:
        db.execute("DELETE FROM clients WHERE id = :id", {"id": cid})
        assert found(vault, target) == set(target.tokens())  # old frames in the WAL
        db.checkpoint()
    left = found(vault, target)
    # sqlite_stat4 samples still hold them (FTS5 deletes securely since schema 4, so the note
    # text itself is already gone from the index)
    assert {"name", "other"} <= left


@pytest.mark.parametrize("action", ["erase", "anonymise"])
def test_nothing_left_in_any_page(
    filled: tuple[Vault, Canaries, Canaries, int], paths: DataPaths, action: str
) -> None:
    vault, target, bystander, cid = filled
    paths.private_tmp.mkdir(mode=0o700)
    (paths.private_tmp / "verslag.pdf").write_bytes(target.document.encode())
    if action == "erase":
        report = privacy.erase_client(vault, cid, today=TODAY)
    else:
        report = privacy.anonymise_client(vault, cid, theme="loopbaan", today=TODAY)

    assert found(vault, target) == set()
    assert found(vault, bystander) == set(bystander.tokens())  # the search still sees live data
    assert report.maintenance_complete and report.leftover_files == ()
    assert report.deleted == {
        "clients": 1, "client_tags": 1, "trajectories": 1, "appointments": 5, "notes": 3,
        "documents": 1, "consents": 1, "disclosures": 1, "tasks": 1, "data_requests": 1,
    }  # fmt: skip
    assert report.disclosure_recipients == (f"Huisarts {target.other}",)
    assert report.ledger_entry.action == action
    # no temp files, no WAL left, no plaintext anywhere on disk
    assert not paths.private_tmp.exists()
    assert wal_size(paths) == 0
    names = {p.name for p in paths.root.iterdir()}
    assert names <= {"vault.db", "vault.db-wal", "vault.db-shm", "vault.meta.json",
                     "erasure-ledger.json", "vault.lock"}  # fmt: skip
    for p in paths.root.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            assert not any(n in data for t in target.tokens().values() for n in needles(t)), p

    with vault.session() as db:
        for table, column, on_delete in privacy.client_tables(db):
            assert on_delete == "CASCADE", table
            n = db.scalar(f'SELECT count(*) FROM "{table}" WHERE "{column}" = :id', {"id": cid})
            assert n == 0, table
        assert (
            db.all("SELECT rowid FROM notes_fts WHERE notes_fts MATCH :q", {"q": target.note}) == []
        )
        assert db.all("SELECT rowid FROM clients_fts WHERE clients_fts MATCH :q",
                      {"q": f"anna{target.name}"}) == []  # fmt: skip
        assert not privacy.maintenance_pending(db)
        entries = ledger_entries(db)
        assert [(e.client_uuid, e.action) for e in entries] == [(report.client_uuid, action)]
        assert first_broken_ledger_link(db) is None
        assert first_broken_audit_link(db) is None
        kept = db.all("SELECT action FROM audit_log WHERE client_uuid = :u ORDER BY seq",
                      {"u": report.client_uuid})  # fmt: skip
        assert kept[-1][0] == ("client.erased" if action == "erase" else "client.anonymised")
        assert report.audit_entries_kept == len(kept)
        assert sidecar_problem(paths.ledger_sidecar, vault.key_for_backup(), entries) is None
        with pytest.raises(NotFound):
            clients.get(db, cid)
    assert oct(paths.ledger_sidecar.stat().st_mode & 0o777) == "0o600"


def test_anonymise_counts_in_statistics(vault: Vault) -> None:
    with vault.session() as db:
        ids = [add_client(db, Canaries.new()) for _ in range(6)]
    for cid in ids[:5]:
        report = privacy.anonymise_client(vault, cid, theme="Loopbaan", today=TODAY)
    assert report.statistics is not None
    assert (report.statistics.year, report.statistics.age_band) == (2025, "40-49")
    assert report.statistics.sessions_band == "4-6"  # five done sessions, three note days
    with vault.session() as db:
        [row] = statistics_table(db)
        assert (row.year, row.theme, row.clients) == (2025, "loopbaan", "5")
        cid = ids[5]
        db.execute("UPDATE clients SET date_of_birth = NULL WHERE id = :id", {"id": cid})
    privacy.anonymise_client(vault, cid, theme="leiderschap", today=TODAY)
    with vault.session() as db:
        shown = {(r.theme, r.age_band, r.clients) for r in statistics_table(db)}
        assert shown == {("loopbaan", "40-49", "5"), ("leiderschap", "unknown", "<5")}
        # nothing in the statistics links back: only the four coarse columns and a count
        columns = [r[1] for r in db.all("PRAGMA table_info(practice_statistics)")]
        assert columns == ["year", "theme", "age_band", "sessions_band", "clients"]
        assert len(ledger_entries(db)) == 6


def test_unknown_theme_is_refused_and_nothing_changes(vault: Vault) -> None:
    with vault.session() as db:
        cid = add_client(db, Canaries.new())
    with pytest.raises(ValidationError):
        privacy.anonymise_client(vault, cid, theme="gezondheid", today=TODAY)
    with vault.session() as db:
        assert clients.get(db, cid).id == cid
        assert ledger_entries(db) == []


def test_bands() -> None:
    assert age_band(date(1990, 11, 26), TODAY) == "30-39"
    assert age_band(date(1990, 11, 25), TODAY) == "30-39"
    assert age_band(date(1986, 11, 25), TODAY) == "40-49"
    assert age_band(None, TODAY) == "unknown"
    assert [sessions_band(n) for n in (0, 1, 3, 4, 6, 7, 10, 11)] == [
        "0", "1-3", "1-3", "4-6", "4-6", "7-10", "7-10", ">10",
    ]  # fmt: skip


def test_legal_hold_blocks_erase_and_anonymise(vault: Vault) -> None:
    with vault.session() as db:
        cid = add_client(db, Canaries.new())
        hold = privacy.set_legal_hold(db, cid, "Lopende klachtprocedure", date(2027, 6, 1))
        assert privacy.legal_hold(db, cid) == hold
        assert [h.client_id for h in privacy.legal_holds(db)] == [cid]
    with pytest.raises(privacy.LegalHoldActive, match="2027-06-01"):
        privacy.erase_client(vault, cid)
    with pytest.raises(privacy.LegalHoldActive):
        privacy.anonymise_client(vault, cid, theme="overig")
    with vault.session() as db:
        assert clients.get(db, cid).id == cid
        assert ledger_entries(db) == [] and statistics_table(db) == []
        with pytest.raises(ValidationError):
            privacy.set_legal_hold(db, cid, "  ", date(2027, 6, 1))
        assert privacy.lift_legal_hold(db, cid) is True
        assert privacy.lift_legal_hold(db, cid) is False
        assert privacy.legal_hold(db, cid) is None
    privacy.erase_client(vault, cid)


def test_unknown_client(vault: Vault) -> None:
    with pytest.raises(NotFound):
        privacy.erase_client(vault, 999)


def test_busy_reader_leaves_maintenance_pending_then_finishes(vault: Vault) -> None:
    """Another connection in a read transaction blocks the WAL truncation; the flag stays set
    and the clean-up runs again later."""
    target = Canaries.new()
    with vault.session() as db:
        cid = add_client(db, target)
    reader = vault.connect()
    try:
        reader.execute("BEGIN")
        reader.scalar("SELECT count(*) FROM notes")
        report = privacy.erase_client(vault, cid)
        assert not report.maintenance_complete and report.warnings
    finally:
        reader.close()
    with vault.session() as db:
        assert privacy.maintenance_pending(db)
    assert privacy.finish_pending_maintenance(vault) is True
    assert privacy.finish_pending_maintenance(vault) is False
    assert found(vault, target) == set()


def test_sidecar_tampering_detected(vault: Vault, paths: DataPaths) -> None:
    with vault.session() as db:
        ids = [add_client(db, Canaries.new()) for _ in range(2)]
    for cid in ids:
        privacy.erase_client(vault, cid)
    key = vault.key_for_backup()
    with vault.session() as db:
        entries = ledger_entries(db)
    assert read_sidecar(paths.ledger_sidecar, key) == entries
    original = paths.ledger_sidecar.read_bytes()
    paths.ledger_sidecar.write_bytes(original.replace(b'"erase"', b'"anonymise"', 1))
    with pytest.raises(LedgerTampered):
        read_sidecar(paths.ledger_sidecar, key)
    assert sidecar_problem(paths.ledger_sidecar, key, entries) is not None
    paths.ledger_sidecar.write_bytes(original)
    with pytest.raises(LedgerTampered):
        read_sidecar(paths.ledger_sidecar, os.urandom(32))  # another vault's key
    paths.ledger_sidecar.unlink()
    assert sidecar_problem(paths.ledger_sidecar, key, entries) is not None
    assert sidecar_problem(paths.ledger_sidecar, key, []) is None
    # a vault restored from before the second erasure: the sidecar knows more
    assert merge_entries(entries[:1], entries) == entries


def test_batch_defers_maintenance_to_one_run(vault: Vault) -> None:
    batch = [Canaries.new() for _ in range(3)]
    with vault.session() as db:
        ids = [add_client(db, c) for c in batch]
    for cid in ids:
        report = privacy.erase_client(vault, cid, defer_maintenance=True)
        assert not report.maintenance_complete and report.warnings == ()
    with vault.session() as db:
        assert privacy.maintenance_pending(db)
    assert privacy.finish_pending_maintenance(vault) is True
    for c in batch:
        assert found(vault, c) == set()
