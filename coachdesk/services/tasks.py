"""Task use cases: the list views, quick add, complete, edit and delete, and system tasks.

Every write records an audit entry (the task's UUID, the client's UUID, an action name) in the
same transaction as the change. System tasks are kept by CoachDesk under a stable key
(``kind:reference[:date]``); the coach dismisses one by marking it done, and a later sync never
reopens a key that is done, so a dismissed reminder stays dismissed. Their stored title is a
plain English fallback; the UI words the title from the key's kind in the coach's language.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import Task, TaskSource
from coachdesk.domain.validation import clean_text
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import clients as _clients
from coachdesk.vault.repos import tasks as _tasks
from coachdesk.vault.repos.tasks import TaskRow

__all__ = ["Task", "TaskRow", "TaskSource"]

PRIORITY_HIGH, PRIORITY_NORMAL, PRIORITY_LOW = 1, 2, 3
PRIORITIES = (PRIORITY_HIGH, PRIORITY_NORMAL, PRIORITY_LOW)
TITLE_MAX = 300

MSG_TITLE_EMPTY = QT_TRANSLATE_NOOP("Validation", "Give the task a title.")
MSG_TITLE_LONG = QT_TRANSLATE_NOOP("Validation", "The title is too long (300 characters at most).")
MSG_PRIORITY = QT_TRANSLATE_NOOP("Validation", "Choose high, normal or low priority.")
MSG_NO_CLIENT = QT_TRANSLATE_NOOP("Validation", "That client no longer exists.")
MSG_SYSTEM_DELETE = QT_TRANSLATE_NOOP(
    "Validation", "CoachDesk made this task itself; dismiss it instead of deleting it."
)


class TaskView(enum.StrEnum):
    TODAY = "today"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"
    CLIENT = "client"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class ClientChoice:
    """A client to pick in a task's client field or the per-client view."""

    id: int
    name: str
    number: str
    open_tasks: int = 0


# --- reading ----------------------------------------------------------------------------------


def get_task(db: Db, task_id: int) -> Task:
    return _tasks.get(db, task_id)


def task_ids(
    db: Db,
    view: TaskView,
    today: date,
    *,
    client_id: int | None = None,
    sort: str = "due",
    descending: bool = False,
) -> list[int]:
    """Ids of *view* in display order; sorting is SQL (keys in ``SORT_KEYS``)."""
    if view is TaskView.DONE and sort == "due":  # the list shows when it was done instead
        sort, descending = "done", not descending  # most recently finished first
    return _tasks.list_ids(
        db, view.value, today, client_id=client_id, sort=sort, descending=descending
    )


SORT_KEYS = tuple(_tasks.SORT_TERMS)


def task_rows(db: Db, ids: list[int]) -> dict[int, TaskRow]:
    """One page of rows for the list's cache, with client names."""
    return _tasks.get_rows(db, ids)


def view_counts(db: Db, today: date) -> dict[TaskView, int]:
    """Counts for the views list; the per-client view counts every open task with a client."""
    counts = {TaskView(k): v for k, v in _tasks.view_counts(db, today).items()}
    counts[TaskView.CLIENT] = int(
        db.scalar("SELECT count(*) FROM tasks WHERE done_at IS NULL AND client_id IS NOT NULL")
    )
    return counts


def list_tasks(db: Db, *, include_done: bool = False) -> list[Task]:
    """Every open task (and done ones if asked), soonest due first (the command line)."""
    return _tasks.list_tasks(db, include_done=include_done)


def clients_with_open_tasks(db: Db) -> list[ClientChoice]:
    return [ClientChoice(*row) for row in _tasks.clients_with_open_tasks(db)]


def client_choices(db: Db) -> list[ClientChoice]:
    """All clients but archived ones, in Dutch name order."""
    return [ClientChoice(*row) for row in _tasks.client_choices(db)]


# --- writing ----------------------------------------------------------------------------------


def _validated(db: Db, title: str, priority: int, client_id: int | None) -> str:
    title = " ".join(clean_text(title).split())
    problems: dict[str, str] = {}
    if not title:
        problems["title"] = MSG_TITLE_EMPTY
    elif len(title) > TITLE_MAX:
        problems["title"] = MSG_TITLE_LONG
    if priority not in PRIORITIES:
        problems["priority"] = MSG_PRIORITY
    if (
        client_id is not None
        and db.scalar("SELECT 1 FROM clients WHERE id = :id", {"id": client_id}) is None
    ):
        problems["client"] = MSG_NO_CLIENT
    if problems:
        raise ValidationError(problems)
    return title


def _audit(db: Db, action: str, task: Task) -> None:
    client_uuid = _clients.get(db, task.client_id).uuid if task.client_id is not None else ""
    append_audit(db, action, subject_kind="task", subject_uuid=task.uuid, client_uuid=client_uuid)


def add_task(
    db: Db,
    title: str,
    *,
    due_date: date | None = None,
    priority: int = PRIORITY_NORMAL,
    client_id: int | None = None,
    notes: str = "",
) -> Task:
    """Quick add: a manual task with an optional due date, priority and client."""
    title = _validated(db, title, priority, client_id)
    with db.transaction():
        task = _tasks.insert(
            db,
            title,
            due_date=due_date,
            priority=priority,
            client_id=client_id,
            notes=clean_text(notes),
        )
        _audit(db, "task.created", task)
    return task


def update_task(
    db: Db,
    task_id: int,
    *,
    title: str,
    due_date: date | None,
    priority: int,
    client_id: int | None,
    notes: str = "",
) -> Task:
    """Edit a task; a system task keeps its own title and client (its key decides them)."""
    current = _tasks.get(db, task_id)
    if current.source is TaskSource.SYSTEM:
        title, client_id = current.title, current.client_id
    title = _validated(db, title, priority, client_id)
    with db.transaction():
        task = _tasks.update(
            db,
            task_id,
            title=title,
            due_date=due_date,
            priority=priority,
            client_id=client_id,
            notes=clean_text(notes),
        )
        _audit(db, "task.updated", task)
    return task


def set_task_done(db: Db, task_id: int, done: bool) -> Task:
    """Complete or reopen; completing a system task is how the coach dismisses it."""
    current = _tasks.get(db, task_id)
    if (current.done_at is not None) == done:
        return current
    with db.transaction():
        task = _tasks.set_done(db, task_id, done)
        if not done:
            action = "task.reopened"
        elif task.source is TaskSource.SYSTEM:
            action = "task.dismissed"
        else:
            action = "task.completed"
        _audit(db, action, task)
    return task


def dismiss_task(db: Db, task_id: int) -> Task:
    return set_task_done(db, task_id, True)


def delete_task(db: Db, task_id: int) -> None:
    """Delete a manual task; system tasks are dismissed, so their key stays remembered."""
    task = _tasks.get(db, task_id)
    if task.source is TaskSource.SYSTEM:
        raise ValidationError({"task": MSG_SYSTEM_DELETE})
    with db.transaction():
        _audit(db, "task.deleted", task)
        _tasks.delete(db, task_id)


# --- system tasks -----------------------------------------------------------------------------


def sync_system_task(
    db: Db, key: str, title: str, *, client_id: int | None, due: date | None
) -> Task | None:
    """Make sure an open system task exists for *key*; None if the coach already closed it.

    An open task keeps the due date and priority the coach may have changed; its title and
    client follow the caller. A done task (completed or dismissed) is left alone.
    """
    return ensure_system_task(db, key, title, client_id=client_id, due=due)[0]


def ensure_system_task(
    db: Db, key: str, title: str, *, client_id: int | None, due: date | None
) -> tuple[Task | None, bool]:
    """(the open task or None, whether it was created now)."""
    with db.transaction():
        task = _tasks.by_system_key(db, key)
        if task is None:
            task = _tasks.insert(
                db,
                title,
                due_date=due,
                client_id=client_id,
                source=TaskSource.SYSTEM,
                system_key=key,
            )
            _audit(db, "task.created", task)
            return task, True
        if task.done_at is not None:
            return None, False
        if (task.title, task.client_id) != (title, client_id):
            task = _tasks.update(
                db,
                task.id,
                title=title,
                due_date=task.due_date,
                priority=task.priority,
                client_id=client_id,
                notes=task.notes,
            )
        return task, False


def clear_system_task(db: Db, key: str) -> bool:
    """Remove the open task for *key* (its reason is gone); a done one stays as a record.

    Returns True if a task was removed.
    """
    with db.transaction():
        task = _tasks.by_system_key(db, key)
        if task is None or task.done_at is not None:
            return False
        _audit(db, "task.cleared", task)
        _tasks.delete(db, task.id)
    return True
