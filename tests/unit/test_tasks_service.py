"""Task use cases without Qt: views and counts, writes with audit, system tasks."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.models import AppointmentKind, AppointmentStatus, ClientDraft, TaskSource
from coachdesk.paths import DataPaths
from coachdesk.services import system_tasks
from coachdesk.services import tasks as svc
from coachdesk.services.access import Db, Vault
from coachdesk.services.clients import create_client
from coachdesk.services.tasks import TaskView
from coachdesk.vault.audit import audit_entries
from coachdesk.vault.repos import appointments, notes

TODAY = date(2026, 3, 11)
NOW = datetime(2026, 3, 11, 17, 0)


@pytest.fixture
def db(paths: DataPaths) -> Db:
    vault, _ = Vault.create(paths, passphrase=None, use_keyring=True)
    return vault.connect()


@pytest.fixture(autouse=True)
def no_agenda_service(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests pin the fallback query; the agenda's own function has its own tests."""
    monkeypatch.setattr(system_tasks, "_agenda_source", lambda: None)


def titles(db: Db, view: TaskView, **kw: object) -> list[str]:
    ids = svc.task_ids(db, view, TODAY, **kw)  # type: ignore[arg-type]
    rows = svc.task_rows(db, ids)
    return [rows[i].task.title for i in ids]


def session_at(db: Db, start: datetime, *, client_id: int | None, **kw: object) -> int:
    return appointments.insert(
        db,
        title="Sessie",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
        client_id=client_id,
        **kw,  # type: ignore[arg-type]
    )


def test_views_counts_and_order(db: Db) -> None:
    anna = create_client(db, ClientDraft(first_name="Anna", last_name="Jansen"))
    svc.add_task(db, "Factuur sturen", due_date=TODAY)
    svc.add_task(db, "Bellen", due_date=TODAY, priority=svc.PRIORITY_HIGH, client_id=anna.id)
    svc.add_task(db, "Verslag", due_date=TODAY - timedelta(days=3))
    svc.add_task(db, "Ooit", due_date=None, priority=svc.PRIORITY_LOW)
    svc.add_task(db, "Volgende week", due_date=TODAY + timedelta(days=7), client_id=anna.id)
    done = svc.add_task(db, "Klaar", due_date=TODAY - timedelta(days=1))
    svc.set_task_done(db, done.id, True)

    assert titles(db, TaskView.TODAY) == ["Bellen", "Factuur sturen"]  # high priority first
    assert titles(db, TaskView.OVERDUE) == ["Verslag"]
    assert titles(db, TaskView.UPCOMING) == ["Volgende week", "Ooit"]  # no date last
    assert titles(db, TaskView.CLIENT, client_id=anna.id) == ["Bellen", "Volgende week"]
    assert titles(db, TaskView.DONE) == ["Klaar"]
    assert titles(db, TaskView.UPCOMING, sort="title", descending=True) == [
        "Volgende week",
        "Ooit",
    ]
    assert svc.view_counts(db, TODAY) == {
        TaskView.TODAY: 2,
        TaskView.OVERDUE: 1,
        TaskView.UPCOMING: 2,
        TaskView.CLIENT: 2,
        TaskView.DONE: 1,
    }
    picked = svc.clients_with_open_tasks(db)
    assert [(c.name, c.open_tasks) for c in picked] == [("Anna Jansen", 2)]
    first = svc.task_ids(db, TaskView.TODAY, TODAY)[0]
    assert svc.task_rows(db, [first])[first].client_name == "Anna Jansen"


def test_writes_are_validated_and_audited(db: Db) -> None:
    anna = create_client(db, ClientDraft(first_name="Anna", last_name="Jansen"))
    with pytest.raises(ValidationError) as caught:
        svc.add_task(db, "   ", priority=7, client_id=9999)
    assert set(caught.value.fields) == {"title", "priority", "client"}
    task = svc.add_task(db, "  Offerte \n maken ", client_id=anna.id)
    assert task.title == "Offerte maken" and task.priority == svc.PRIORITY_NORMAL
    task = svc.update_task(
        db, task.id, title="Offerte", due_date=TODAY, priority=1, client_id=None, notes="x"
    )
    assert (task.client_id, task.due_date, task.notes) == (None, TODAY, "x")
    svc.set_task_done(db, task.id, True)
    svc.set_task_done(db, task.id, True)  # no second entry
    svc.set_task_done(db, task.id, False)
    svc.delete_task(db, task.id)
    entries = list(reversed(audit_entries(db)))
    assert [e.action for e in entries if e.subject_kind == "task"] == [
        "task.created",
        "task.updated",
        "task.completed",
        "task.reopened",
        "task.deleted",
    ]
    assert entries[-5].client_uuid == anna.uuid  # created with a client
    assert {e.subject_uuid for e in entries if e.subject_kind == "task"} == {task.uuid}


def test_system_task_sync_never_reopens_a_dismissed_key(db: Db) -> None:
    task = svc.sync_system_task(db, "demo:1", "Check", client_id=None, due=TODAY)
    assert task is not None and task.source is TaskSource.SYSTEM
    again = svc.sync_system_task(db, "demo:1", "Check again", client_id=None, due=None)
    assert again is not None and again.id == task.id and again.title == "Check again"
    assert again.due_date == TODAY  # the coach's due date is kept
    with pytest.raises(ValidationError):
        svc.delete_task(db, task.id)
    svc.dismiss_task(db, task.id)
    assert svc.sync_system_task(db, "demo:1", "Check", client_id=None, due=TODAY) is None
    assert not svc.clear_system_task(db, "demo:1")  # a done task stays as a record
    assert svc.get_task(db, task.id).done_at is not None
    assert system_tasks.parse_system_key("note_missing:abc:2026-03-10") == system_tasks.SystemKey(
        "note_missing", "abc", date(2026, 3, 10)
    )


def test_note_missing_tasks_are_created_and_cleared(db: Db) -> None:
    anna = create_client(db, ClientDraft(first_name="Anna", last_name="Jansen"))
    past = session_at(db, datetime(2026, 3, 10, 10), client_id=anna.id)
    session_at(db, datetime(2026, 3, 11, 16, 30), client_id=anna.id)  # not over yet at 17:00
    session_at(db, datetime(2026, 3, 9, 10), client_id=anna.id, status=AppointmentStatus.CANCELLED)
    session_at(db, datetime(2026, 3, 9, 12), client_id=None, kind=AppointmentKind.BLOCKED)
    session_at(db, datetime(2026, 1, 5, 10), client_id=anna.id)  # long ago: no reminder
    written = session_at(db, datetime(2026, 3, 6, 9), client_id=anna.id)
    notes.insert(db, anna.id, note_date=date(2026, 3, 6), appointment_id=written)

    result = system_tasks.refresh_note_missing_tasks(db, NOW)
    assert result == system_tasks.RefreshResult(created=1, cleared=0)
    [task] = svc.list_tasks(db)
    assert task.source is TaskSource.SYSTEM and task.client_id == anna.id
    assert task.due_date == date(2026, 3, 11)
    assert system_tasks.parse_system_key(task.system_key).kind == system_tasks.NOTE_MISSING
    assert system_tasks.refresh_note_missing_tasks(db, NOW).created == 0  # idempotent

    notes.insert(db, anna.id, note_date=date(2026, 3, 10), appointment_id=past)
    assert system_tasks.refresh_note_missing_tasks(db, NOW).cleared == 1
    assert svc.list_tasks(db, include_done=True) == []
    later = [e.action for e in audit_entries(db) if e.subject_kind == "task"]
    assert later == ["task.cleared", "task.created"]


def test_dismissed_note_task_is_not_recreated(db: Db) -> None:
    session_at(db, datetime(2026, 3, 10, 10), client_id=None)
    system_tasks.refresh_note_missing_tasks(db, NOW)
    [task] = svc.list_tasks(db)
    svc.set_task_done(db, task.id, True)
    assert system_tasks.refresh_note_missing_tasks(db, NOW).created == 0
    assert svc.list_tasks(db) == []
    assert svc.view_counts(db, NOW.date())[TaskView.DONE] == 1


def test_note_task_outside_the_window_stays_until_resolved(db: Db) -> None:
    appt = session_at(db, datetime(2026, 3, 10, 10), client_id=None)
    system_tasks.refresh_note_missing_tasks(db, NOW)
    month_later = NOW + timedelta(days=40)
    assert system_tasks.refresh_note_missing_tasks(db, month_later).cleared == 0
    assert len(svc.list_tasks(db)) == 1
    client = create_client(db, ClientDraft(first_name="Bob"))
    notes.insert(db, client.id, note_date=date(2026, 3, 10), appointment_id=appt)
    assert system_tasks.refresh_note_missing_tasks(db, month_later).cleared == 1


def test_series_occurrences_come_from_the_agenda_service(
    db: Db, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the agenda's expansion, each occurrence of a series gets its own task."""
    agenda = pytest.importorskip("coachdesk.services.agenda")
    if not hasattr(agenda, "sessions_without_note"):
        pytest.skip("the agenda service has no sessions_without_note yet")
    monkeypatch.undo()  # use the real agenda source
    anna = create_client(db, ClientDraft(first_name="Anna", last_name="Jansen"))
    first = datetime(2026, 2, 24, 10)
    series = session_at(
        db,
        first,
        client_id=anna.id,
        rrule="FREQ=WEEKLY;COUNT=3",
        series_until=first + timedelta(weeks=2),
    )
    notes.insert(db, anna.id, note_date=date(2026, 3, 3), appointment_id=series)
    assert system_tasks.refresh_note_missing_tasks(db, NOW).created == 2
    days = sorted(system_tasks.parse_system_key(t.system_key).day for t in svc.list_tasks(db))
    assert days == [date(2026, 2, 24), date(2026, 3, 10)]
    notes.insert(db, anna.id, note_date=date(2026, 3, 10), appointment_id=series)
    assert system_tasks.refresh_note_missing_tasks(db, NOW).cleared == 1
