"""The demo practice: deterministic, plausible, searchable, and a clean vault afterwards."""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from coachdesk.domain.models import ClientDraft, Practice
from coachdesk.domain.note_templates import TEMPLATES
from coachdesk.domain.validation import validate_client
from coachdesk.paths import data_paths
from coachdesk.services import agenda
from coachdesk.services.demo import DemoSummary, generate_demo
from coachdesk.vault.audit import first_broken_audit_link
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import practice
from coachdesk.vault.repos.clients import ClientQuery, list_clients, sort_key_name
from coachdesk.vault.repos.search import search
from coachdesk.vault.vault import Vault

TODAY = date(2026, 3, 16)
CLIENTS = 30
# Every table the demo writes. practice.updated_at and the audit entry carry the real clock on
# purpose (they record when the demo was generated), so they are left out of the comparison.
TABLES = (
    "clients", "client_tags", "trajectories", "appointments", "notes", "documents", "consents",
    "disclosures", "tasks",
)  # fmt: skip
SUMMARY_TABLES = {
    "clients": "clients", "trajectories": "trajectories", "notes": "notes",
    "appointments": "appointments", "tasks": "tasks", "consents": "consents",
    "documents": "documents", "disclosures": "disclosures",
}  # fmt: skip


def _fresh_vault(tmp_path: Path, name: str) -> Vault:
    """A second, independent vault (keychain only: no Argon2id, so it is cheap)."""
    return Vault.create(data_paths(tmp_path / name), use_keyring=True)[0]


def _dump(db: Db) -> dict[str, list[tuple[object, ...]]]:
    return {t: [tuple(r) for r in db.all(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in TABLES}


def _count(db: Db, table: str) -> int:
    return int(db.scalar(f"SELECT count(*) FROM {table}"))


@pytest.fixture
def db(vault: Vault) -> Iterator[Db]:
    with vault.session() as session:
        yield session


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Db, DemoSummary]]:
    """One demo vault for the read-only checks, generated once to keep the module fast."""
    paths = data_paths(tmp_path_factory.mktemp("demo") / "data")
    vault = Vault.create(paths, passphrase="correct horse battery staple")[0]
    with vault.session() as session:
        yield session, generate_demo(session, clients=CLIENTS, seed=7, today=TODAY)


@pytest.fixture
def demo(shared: tuple[Db, DemoSummary]) -> DemoSummary:
    return shared[1]


@pytest.fixture
def demo_db(shared: tuple[Db, DemoSummary]) -> Db:
    return shared[0]


def test_same_seed_and_day_give_identical_rows(db: Db, tmp_path: Path) -> None:
    first = generate_demo(db, clients=CLIENTS, seed=3, today=TODAY)
    other = _fresh_vault(tmp_path, "other")
    with other.session() as db2:
        second = generate_demo(db2, clients=CLIENTS, seed=3, today=TODAY)
        assert second == first
        assert _dump(db2) == _dump(db)  # every column, uuids, stamps and PDF bytes included
        assert practice.get(db2) == practice.get(db)


def test_another_seed_or_day_gives_another_practice(db: Db, tmp_path: Path) -> None:
    generate_demo(db, clients=10, seed=1, today=TODAY, attachments=False)
    for name, seed, today in (("seed", 2, TODAY), ("day", 1, TODAY + timedelta(days=1))):
        with _fresh_vault(tmp_path, name).session() as other:
            generate_demo(other, clients=10, seed=seed, today=today, attachments=False)
            assert _dump(other)["notes"] != _dump(db)["notes"]


def test_without_attachments_only_the_documents_are_missing(db: Db, tmp_path: Path) -> None:
    generate_demo(db, clients=CLIENTS, seed=5, today=TODAY)
    with _fresh_vault(tmp_path, "bare").session() as bare:
        summary = generate_demo(bare, clients=CLIENTS, seed=5, today=TODAY, attachments=False)
        assert summary.documents == 0 and _count(bare, "documents") == 0
        with_docs, without = _dump(db), _dump(bare)
        assert {t: with_docs[t] for t in TABLES if t != "documents"} == {
            t: without[t] for t in TABLES if t != "documents"
        }


def test_counts_are_plausible_and_match_the_summary(demo_db: Db, demo: DemoSummary) -> None:
    for field, table in SUMMARY_TABLES.items():
        assert getattr(demo, field) == _count(demo_db, table), table
    assert demo.clients == CLIENTS
    assert CLIENTS <= demo.trajectories <= 2 * CLIENTS
    assert 10 * CLIENTS <= demo.notes <= 30 * CLIENTS
    assert 8 * CLIENTS <= demo.appointments <= 22 * CLIENTS
    assert 2 * CLIENTS <= demo.tasks <= 6 * CLIENTS
    assert demo.consents >= CLIENTS // 2
    assert 1 <= demo.documents <= CLIENTS // 2
    statuses = {r[0] for r in demo_db.all("SELECT DISTINCT status FROM clients")}
    assert {"active", "closed"} <= statuses
    origins = {r[0] for r in demo_db.all("SELECT DISTINCT origin FROM notes")}
    assert {"coach", "provided", "observed"} <= origins
    assert demo_db.scalar("SELECT count(*) FROM notes WHERE special_category = 1") > 0
    assert _count(demo_db, "client_tags") >= CLIENTS
    templates = {r[0] for r in demo_db.all("SELECT DISTINCT template FROM notes")}
    assert templates == {"free", "grow", "intake", "evaluation"}
    assert templates <= {t.key for t in TEMPLATES}
    session_size = demo_db.scalar("SELECT avg(length(body)) FROM notes WHERE title LIKE 'Sessie %'")
    assert 800 <= session_size <= 1400  # about 1 KB each


def test_practice_profile_is_filled_once(db: Db) -> None:
    generate_demo(db, clients=1, seed=1, today=TODAY, attachments=False)
    assert practice.get(db).name == "Praktijk De Kompasroos"
    assert practice.get(db).city == "Utrecht"
    practice.save(db, Practice(name="Coaching Bij Mij"))
    generate_demo(db, clients=1, seed=1, today=TODAY, attachments=False)
    assert practice.get(db).name == "Coaching Bij Mij"


def test_showcase_client_is_found_by_search(demo_db: Db) -> None:
    row = demo_db.one(
        "SELECT id, number, sort_name, email FROM clients WHERE first_name = 'Şükrü'"
        " AND tussenvoegsel = 'van den' AND last_name = 'Berg-Øberg'"
    )
    assert row is not None
    draft = ClientDraft(first_name="Şükrü", tussenvoegsel="van den", last_name="Berg-Øberg")
    assert row["sort_name"] == sort_key_name(draft) == "Berg-Øberg, Şükrü van den"
    assert row["email"].isascii()
    hits = [h for h in search(demo_db, "sukru") if h.kind == "client"]
    assert row["id"] in {h.client_id for h in hits}
    assert any(h.kind == "note" and h.client_id == row["id"] for h in search(demo_db, "Şükrü"))
    found = list_clients(demo_db, ClientQuery(search="berg"))
    assert row["id"] in {c.id for c in found}
    assert row["id"] in {c.id for c in list_clients(demo_db, ClientQuery(search="van den berg"))}


def test_names_are_varied(demo_db: Db) -> None:
    names = " ".join(
        f"{r[0]} {r[1]}" for r in demo_db.all("SELECT first_name, last_name FROM clients")
    )
    for letter in "łőğéëïŞØ":
        assert letter in names, letter
    tussenvoegsels = {r[0] for r in demo_db.all("SELECT DISTINCT tussenvoegsel FROM clients")}
    assert {"van den", "in 't"} <= tussenvoegsels
    assert demo_db.scalar("SELECT count(*) FROM clients WHERE last_name LIKE '%-%'") >= 2


def test_every_client_passes_the_forms_validation(demo_db: Db) -> None:
    """Demo clients must be editable in the UI without the form complaining."""
    for r in demo_db.all("SELECT * FROM clients"):
        tags = tuple(t[0] for t in demo_db.all("SELECT tag FROM client_tags WHERE client_id = ?",
                                          (r["id"],)))  # fmt: skip
        draft = ClientDraft(
            first_name=r["first_name"], last_name=r["last_name"],
            tussenvoegsel=r["tussenvoegsel"], preferred_name=r["preferred_name"],
            date_of_birth=date.fromisoformat(r["date_of_birth"]), email=r["email"],
            phone=r["phone"], street=r["street"], postcode=r["postcode"], city=r["city"],
            organisation=r["organisation"], referral_source=r["referral_source"], tags=tags,
        )  # fmt: skip
        assert validate_client(draft, TODAY) == draft
        assert r["email"].isascii()
        assert re.fullmatch(r"\d{4}-\d{3}", r["number"])
        assert r["number"][:4] == r["created_at"][:4]


def test_agenda_is_consistent_with_today(demo_db: Db) -> None:
    today = TODAY.isoformat()
    assert demo_db.scalar("SELECT count(*) FROM appointments WHERE status != 'planned'"
                     " AND starts_at >= ? AND rrule = ''", (today,)) == 0  # fmt: skip
    assert demo_db.scalar("SELECT count(*) FROM appointments WHERE status = 'planned'"
                     " AND starts_at < ? AND rrule = ''", (today,)) == 0  # fmt: skip
    assert demo_db.scalar("SELECT count(*) FROM notes WHERE note_date >= ?", (today,)) == 0
    for table, column in (("clients", "created_at"), ("notes", "created_at"),
                          ("appointments", "created_at"), ("tasks", "done_at")):  # fmt: skip
        latest = demo_db.scalar(f"SELECT max({column}) FROM {table}")
        assert latest[:10] <= today, table
    kinds = {r[0] for r in demo_db.all("SELECT DISTINCT kind FROM appointments")}
    assert kinds == {"intake", "session", "evaluation"}


def test_weekly_series_end_on_their_last_occurrence(demo_db: Db) -> None:
    series = demo_db.all(
        "SELECT id, starts_at, rrule, series_until FROM appointments WHERE rrule != ''"
    )
    assert series
    for r in series:
        count = int(re.fullmatch(r"FREQ=WEEKLY;COUNT=(\d+)", r["rrule"]).group(1))
        last = datetime.fromisoformat(r["starts_at"]) + timedelta(weeks=count - 1)
        assert r["series_until"] == last.isoformat()
    exceptions = "SELECT series_id, recurrence_id FROM appointments WHERE series_id IS NOT NULL"
    for r in demo_db.all(exceptions):  # a moved occurrence names the one it replaces
        master = demo_db.one("SELECT starts_at, rrule FROM appointments WHERE id = ?", (r[0],))
        shift = datetime.fromisoformat(r[1]) - datetime.fromisoformat(master["starts_at"])
        assert master["rrule"] and shift.days % 7 == 0 and shift.seconds == 0


def test_pdfs_are_valid_and_name_their_client(demo_db: Db) -> None:
    rows = demo_db.all(
        "SELECT d.name, d.mime_type, d.size, d.sha256, d.content, c.first_name, c.tussenvoegsel,"
        " c.last_name FROM documents d JOIN clients c ON c.id = d.client_id"
    )
    assert rows
    assert any(r["first_name"] == "Şükrü" for r in rows)
    for r in rows:
        content = bytes(r["content"])
        assert r["name"] in ("Intakeformulier.pdf", "Evaluatie.pdf")
        assert r["mime_type"] == "application/pdf"
        assert r["size"] == len(content) < 40_000
        assert r["sha256"] == hashlib.sha256(content).hexdigest()
        text = " ".join(PdfReader(io.BytesIO(content)).pages[0].extract_text().split())
        name = " ".join(p for p in (r["first_name"], r["tussenvoegsel"], r["last_name"]) if p)
        assert name in text
        assert r["name"].removesuffix(".pdf") in text


def test_generating_twice_continues_the_numbering(db: Db) -> None:
    generate_demo(db, clients=CLIENTS, seed=1, today=TODAY, attachments=False)
    before = {r[0]: r[1] for r in db.all(
        "SELECT substr(number, 1, 4), max(number) FROM clients GROUP BY 1")}  # fmt: skip
    summary = generate_demo(db, clients=20, seed=1, today=TODAY, attachments=False)
    assert summary.clients == 20
    assert _count(db, "clients") == CLIENTS + 20
    assert db.scalar("SELECT count(DISTINCT number) FROM clients") == CLIENTS + 20
    assert db.scalar("SELECT count(DISTINCT uuid) FROM clients") == CLIENTS + 20
    after = {r[0]: r[1] for r in db.all(
        "SELECT substr(number, 1, 4), max(number) FROM clients GROUP BY 1")}  # fmt: skip
    assert any(after[y] > before[y] for y in before)
    assert db.scalar("SELECT count(*) FROM clients WHERE first_name = 'Şükrü'"
                     " AND last_name = 'Berg-Øberg'") == 1  # fmt: skip


def test_vault_is_clean_afterwards(demo_db: Db) -> None:
    assert demo_db.all("PRAGMA foreign_key_check") == []
    assert demo_db.scalar("PRAGMA integrity_check") == "ok"
    for fts in ("clients_fts", "notes_fts"):  # the index matches its content table
        demo_db.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
    actions = [r[0] for r in demo_db.all("SELECT action FROM audit_log ORDER BY seq")]
    assert actions[-1] == "demo.generated" and actions.count("demo.generated") == 1
    assert first_broken_audit_link(demo_db) is None


def test_progress_is_reported_and_cancel_stops_after_a_batch(db: Db) -> None:
    seen: list[tuple[int, int]] = []
    summary = generate_demo(
        db, clients=250, seed=1, today=TODAY, attachments=False,
        progress=lambda done, total: seen.append((done, total)), cancelled=lambda: bool(seen[1:]),
    )  # fmt: skip
    assert seen == [(0, 250), (100, 250)]
    assert summary.clients == _count(db, "clients") == 100
    assert db.scalar("SELECT count(*) FROM audit_log WHERE action = 'demo.generated'") == 1


def test_zero_clients_adds_nothing_and_negative_is_refused(db: Db) -> None:
    assert generate_demo(db, clients=0, today=TODAY) == DemoSummary(0, 0, 0, 0, 0, 0, 0, 0)
    assert db.scalar("SELECT count(*) FROM audit_log WHERE action = 'demo.generated'") == 0
    with pytest.raises(ValueError):
        generate_demo(db, clients=-1)


def test_sessions_go_to_free_time_in_the_working_week(demo_db: Db) -> None:
    """One coach: appointments fall on weekdays 09:00–17:00 and do not overlap (a small
    practice has room enough; only an overfull agenda would make them clash)."""
    first = datetime.fromisoformat(demo_db.scalar("SELECT min(starts_at) FROM appointments"))
    found = []
    for weeks in range(0, 200, 5):  # the agenda expands in ranges of five weeks
        start = first + timedelta(weeks=weeks)
        found += [o for o in agenda.occurrences(demo_db, start, start + timedelta(weeks=5))
                  if start <= o.start < start + timedelta(weeks=5)]  # fmt: skip
    assert len(found) >= 8 * CLIENTS
    for o in found:
        assert o.start.weekday() < 5 and o.start.hour >= 9, o
        assert o.end <= o.start.replace(hour=17, minute=0), o
    clashing = [o for o in found if o.overlaps and o.source.status != "cancelled"]
    assert clashing == []
