"""The automatic retention mode with an injected clock: at most one run a day, legal holds
respected, the same ledger and audit entries as a manual apply; and its command line."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta

import pytest

from coachdesk.cli import main
from coachdesk.domain.models import ClientDraft, ClientStatus
from coachdesk.domain.retention import DEFAULT_RULES
from coachdesk.paths import DataPaths
from coachdesk.services import retention_auto as auto
from coachdesk.services.access import Db, Vault
from coachdesk.services.clients import create_client
from coachdesk.services.dossier import save_trajectory
from coachdesk.services.retention_sweep import refresh_retention_tasks
from coachdesk.services.settings import load_settings
from coachdesk.vault.ledger import ledger_entries

NOW = datetime(2030, 6, 1, 9, 30)  # local time, as the app's clock gives it


@pytest.fixture
def vault(paths: DataPaths) -> Vault:
    vault, _ = Vault.create(paths, passphrase=None, use_keyring=True)
    return vault


@pytest.fixture
def db(vault: Vault) -> Db:
    return vault.connect()


def prospect(db: Db, first: str, contact: date) -> int:
    made = create_client(
        db, ClientDraft(first_name=first, last_name="Test", status=ClientStatus.PROSPECT)
    )
    db.execute(
        "UPDATE clients SET updated_at = :at WHERE id = :id",
        {"at": f"{contact.isoformat()}T12:00:00Z", "id": made.id},
    )
    return made.id


def closed(db: Db, first: str, end: date) -> int:
    made = create_client(
        db, ClientDraft(first_name=first, last_name="Test", status=ClientStatus.CLOSED)
    )
    save_trajectory(db, made.id, None, title="Loopbaan", goal="", start_date=date(2020, 1, 1),
                    end_date=end, agreed_sessions=6, sponsor="")  # fmt: skip
    return made.id


def hold(db: Db, client_id: int) -> None:
    db.execute(
        "INSERT INTO legal_holds (client_id, reason, review_on, placed_at)"
        " VALUES (:id, 'Klacht loopt', '2031-01-01', '2030-01-01T00:00:00Z')",
        {"id": client_id},
    )


def client_ids(vault: Vault) -> set[int]:
    with vault.session() as fresh:
        return {r[0] for r in fresh.all("SELECT id FROM clients")}


def audit_actions(vault: Vault) -> list[str]:
    with vault.session() as fresh:
        return [r[0] for r in fresh.all("SELECT action FROM audit_log ORDER BY seq")]


def test_off_by_default_erases_nothing_and_due_items_become_tasks(vault: Vault, db: Db) -> None:
    carla = prospect(db, "Carla", date(2029, 1, 1))  # six months after contact: due
    assert load_settings(db).retention_auto is False
    assert auto.run_due(db, NOW) is False
    assert auto.run_if_due(vault, NOW) is None
    assert client_ids(vault) == {carla}
    assert auto.last_run(db) is None
    assert refresh_retention_tasks(db, DEFAULT_RULES, NOW.date()).created == 1
    assert db.scalar("SELECT client_id FROM tasks WHERE system_key LIKE 'retention:%'") == carla


def test_run_at_unlock_erases_what_is_due_but_not_held_or_not_yet_due(vault: Vault, db: Db) -> None:
    carla = prospect(db, "Carla", date(2029, 1, 1))  # prospect, due: erase
    anna = closed(db, "Anna", date(2028, 1, 1))  # dossier, due: anonymise
    dirk = closed(db, "Dirk", date(2028, 1, 1))  # due, but under a legal hold
    hold(db, dirk)
    eva = prospect(db, "Eva", date(2030, 3, 1))  # last contact three months ago: kept
    assert auto.set_auto(db, True) is True
    assert auto.set_auto(db, True) is False  # unchanged: nothing written
    run = auto.run_if_due(vault, NOW)
    assert run is not None
    assert (run.erased, run.anonymised, run.skipped) == (1, 1, 0)
    assert client_ids(vault) == {dirk, eva}
    assert carla not in client_ids(vault) and anna not in client_ids(vault)
    with vault.session() as fresh:
        entries = ledger_entries(fresh)
    assert sorted(e.action for e in entries) == ["anonymise", "erase"]
    assert {e.legal_basis for e in entries} == {"retention"}
    actions = audit_actions(vault)
    assert actions.count("retention.auto_on") == 1
    assert {"client.erased", "client.anonymised"} <= set(actions)
    assert actions[-1] == "retention.auto_run"
    stored = auto.last_run(db)
    assert stored == run and stored.local_time.date() == NOW.date()


def test_runs_again_only_on_a_later_day(vault: Vault, db: Db) -> None:
    auto.set_auto(db, True)
    assert auto.run_if_due(vault, NOW) is not None  # nothing due yet: still a run
    later_today = NOW.replace(hour=23, minute=59)
    assert auto.run_due(db, later_today) is False
    assert auto.run_if_due(vault, later_today) is None
    fenna = prospect(db, "Fenna", (NOW - timedelta(days=200)).date())
    tomorrow = NOW + timedelta(days=1)
    assert auto.run_due(db, tomorrow) is True
    run = auto.run_if_due(vault, tomorrow)
    assert run is not None and run.erased == 1 and fenna not in client_ids(vault)
    assert audit_actions(vault).count("retention.auto_run") == 2
    assert auto.run_if_due(vault, tomorrow + timedelta(hours=3)) is None


def test_switching_off_stops_the_runs_and_is_audited(vault: Vault, db: Db) -> None:
    auto.set_auto(db, True)
    carla = prospect(db, "Carla", date(2029, 1, 1))
    assert auto.set_auto(db, False) is True
    assert auto.run_if_due(vault, NOW) is None
    assert client_ids(vault) == {carla}
    actions = audit_actions(vault)
    assert actions.index("retention.auto_on") < actions.index("retention.auto_off")


@pytest.mark.parametrize("stored", ["not json", '{"erased": 1}', '{"at": "yesterday"}', "[]"])
def test_an_unreadable_last_run_counts_as_none(db: Db, stored: str) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (:k, :v)", {"k": auto.LAST_RUN_KEY, "v": stored}
    )
    assert auto.last_run(db) is None


def test_command_line_auto_and_status(vault: Vault, paths: DataPaths) -> None:
    data_dir = str(paths.root)

    def cli(*argv: str) -> tuple[int, str]:
        out = io.StringIO()
        code = main([*argv, "--data-dir", data_dir], stdin=io.StringIO(""), stdout=out)
        return code, out.getvalue()

    code, text = cli("retention", "status")
    assert code == 0 and "Automatic mode: off" in text and "never" in text
    code, text = cli("retention", "auto", "on")
    assert code == 0 and "Automatic retention is on." in text
    assert cli("retention", "auto", "on")[1].startswith("Automatic retention is on (unchanged)")
    assert auto.run_if_due(vault, NOW) is not None
    code, text = cli("retention", "status", "--json")
    status = json.loads(text)
    assert status["auto"] is True and status["last_run"]["erased"] == 0
    assert status["last_run"]["at"].startswith("2030-06-01")
    code, text = cli("retention", "status")
    assert "Automatic mode: on" in text and "Last automatic run: 2030-06-01 09:30" in text
    code, text = cli("retention", "auto", "off")
    assert code == 0 and "Automatic retention is off." in text
    with vault.session() as db:
        assert load_settings(db).retention_auto is False
    assert main(["retention", "auto", "maybe", "--data-dir", data_dir]) != 0
