"""The retention sweep with an injected clock: what is due, legal holds, tasks, applying it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from coachdesk.domain.models import ClientDraft, ClientStatus
from coachdesk.domain.retention import DEFAULT_RULES, Action, Category
from coachdesk.paths import DataPaths
from coachdesk.services import retention_sweep as sweep
from coachdesk.services.access import Db, Vault
from coachdesk.services.clients import create_client
from coachdesk.services.dossier import save_trajectory
from coachdesk.vault.audit import audit_entries
from coachdesk.vault.repos import appointments

RULES = DEFAULT_RULES  # dossier 12 months, prospects 6, agenda 12


@pytest.fixture
def vault(paths: DataPaths) -> Vault:
    vault, _ = Vault.create(paths, passphrase=None, use_keyring=True)
    return vault


@pytest.fixture
def db(vault: Vault) -> Db:
    return vault.connect()


def client(db: Db, first: str, *, status: str = "closed", contact: date | None = None) -> int:
    made = create_client(
        db, ClientDraft(first_name=first, last_name="Test", status=ClientStatus(status))
    )
    if contact is not None:
        db.execute(
            "UPDATE clients SET updated_at = :at WHERE id = :id",
            {"at": f"{contact.isoformat()}T12:00:00Z", "id": made.id},
        )
    return made.id


def trajectory(db: Db, client_id: int, start: date, end: date | None) -> None:
    save_trajectory(db, client_id, None, title="Loopbaan", goal="", start_date=start,
                    end_date=end, agreed_sessions=6, sponsor="")  # fmt: skip


def hold(db: Db, client_id: int, review_on: date) -> None:
    db.execute(
        "INSERT INTO legal_holds (client_id, reason, review_on, placed_at)"
        " VALUES (:id, 'Klacht loopt', :review, '2026-01-01T00:00:00Z')",
        {"id": client_id, "review": review_on.isoformat()},
    )


def session_at(db: Db, client_id: int, start: datetime) -> int:
    return appointments.insert(
        db, title="Sessie", starts_at=start, ends_at=start + timedelta(hours=1),
        client_id=client_id,
    )  # fmt: skip


def test_dossier_due_twelve_months_after_the_last_trajectory_ends(db: Db) -> None:
    anna = client(db, "Anna")
    trajectory(db, anna, date(2024, 1, 10), date(2024, 6, 30))
    trajectory(db, anna, date(2024, 9, 1), date(2025, 1, 31))
    assert sweep.due_items(db, RULES, date(2026, 1, 30)) == []
    items = sweep.due_items(db, RULES, date(2026, 1, 31))
    assert [(i.client_id, i.category, i.due_since, i.action) for i in items] == [
        (anna, Category.DOSSIER, date(2026, 1, 31), Action.ANONYMISE)
    ]
    shorter = tuple(r.with_period(6) if r.category is Category.DOSSIER else r for r in RULES)
    assert sweep.due_items(db, shorter, date(2025, 7, 31))[0].due_since == date(2025, 7, 31)


def test_open_trajectory_is_never_due(db: Db) -> None:
    bert = client(db, "Bert", status="active")
    trajectory(db, bert, date(2015, 1, 1), date(2016, 1, 1))
    trajectory(db, bert, date(2016, 2, 1), None)
    assert sweep.due_items(db, RULES, date(2040, 1, 1)) == []


def test_prospect_due_six_months_after_last_contact(db: Db) -> None:
    carla = client(db, "Carla", status="prospect", contact=date(2025, 3, 1))
    assert sweep.due_items(db, RULES, date(2025, 8, 31)) == []
    items = sweep.due_items(db, RULES, date(2025, 9, 1))
    assert [(i.client_id, i.category, i.action) for i in items] == [
        (carla, Category.PROSPECTS, Action.ERASE)
    ]
    session_at(db, carla, datetime(2025, 5, 20, 10, 0))  # a later contact moves the date
    assert sweep.due_items(db, RULES, date(2025, 9, 1)) == []
    assert sweep.due_items(db, RULES, date(2025, 11, 20))[0].due_since == date(2025, 11, 20)


def test_legal_hold_excludes_and_lists_separately(db: Db) -> None:
    dirk = client(db, "Dirk")
    trajectory(db, dirk, date(2020, 1, 1), date(2021, 1, 1))
    hold(db, dirk, date(2027, 1, 1))
    result = sweep.sweep(db, RULES, date(2026, 1, 1))
    assert result.due == ()
    assert [(h.client_id, h.review_on, h.hold_reason) for h in result.on_hold] == [
        (dirk, date(2027, 1, 1), "Klacht loopt")
    ]


def test_old_appointments_of_kept_clients_are_their_own_item(vault: Vault, db: Db) -> None:
    eva = client(db, "Eva", status="active")
    trajectory(db, eva, date(2023, 1, 1), None)
    old = session_at(db, eva, datetime(2024, 2, 1, 9, 0))
    recent = session_at(db, eva, datetime(2025, 12, 1, 9, 0))
    today = date(2026, 3, 1)
    items = sweep.due_items(db, RULES, today)
    assert [(i.category, i.appointments, i.due_since) for i in items] == [
        (Category.AGENDA, 1, date(2025, 2, 1))
    ]
    report = sweep.apply(vault, items, today=today, rules=RULES)
    assert report.appointments_removed == 1
    ids = {r[0] for r in db.all("SELECT id FROM appointments")}
    assert ids == {recent} and old not in ids
    assert audit_entries(db, limit=1)[0].action == "retention.appointments_removed"
    assert sweep.due_items(db, RULES, today) == []


def test_retention_tasks_created_and_cleared(db: Db) -> None:
    fenna = client(db, "Fenna")
    trajectory(db, fenna, date(2020, 1, 1), date(2021, 1, 1))
    uuid = db.scalar("SELECT uuid FROM clients WHERE id = :id", {"id": fenna})
    number = db.scalar("SELECT number FROM clients WHERE id = :id", {"id": fenna})
    result = sweep.refresh_retention_tasks(db, RULES, date(2026, 1, 1))
    assert (result.created, result.cleared) == (1, 0)
    row = db.one(
        "SELECT title, client_id FROM tasks WHERE system_key = :k", {"k": f"retention:{uuid}"}
    )
    assert tuple(row) == (f"Retention period ended for {number}", fenna)
    assert sweep.refresh_retention_tasks(db, RULES, date(2026, 1, 2)).created == 0
    hold(db, fenna, date(2027, 1, 1))
    result = sweep.refresh_retention_tasks(db, RULES, date(2026, 1, 2))
    assert (result.created, result.cleared) == (0, 1)
    assert db.scalar("SELECT count(*) FROM tasks WHERE system_key != ''") == 0


def test_apply_erases_and_respects_a_later_legal_hold(vault: Vault, db: Db) -> None:
    privacy = pytest.importorskip("coachdesk.services.privacy")
    if not hasattr(privacy, "erase_client"):
        pytest.skip("privacy.erase_client is not there yet")
    gert = client(db, "Gert", status="prospect", contact=date(2024, 1, 1))
    hans = client(db, "Hans", status="prospect", contact=date(2024, 1, 1))
    today = date(2026, 1, 1)
    items = sweep.due_items(db, RULES, today)
    assert {i.client_id for i in items} == {gert, hans}
    hold(db, hans, date(2027, 1, 1))  # placed after the list was made
    report = sweep.apply(vault, items, today=today, rules=RULES)
    numbers = {i.client_id: i.number for i in items}
    assert report.erased == [numbers[gert]]
    assert report.skipped == [(numbers[hans], "legal hold")]
    db.close()
    with vault.session() as fresh:
        remaining = {r[0] for r in fresh.all("SELECT id FROM clients")}
    assert remaining == {hans}
