"""Tasks: the coach's own, and system tasks CoachDesk keeps up to date by a stable key."""

from __future__ import annotations

import uuid as uuidlib
from datetime import date

from coachdesk.domain.dates import iso_date, parse_date, parse_stamp, stamp
from coachdesk.domain.errors import NotFound
from coachdesk.domain.models import Task, TaskSource
from coachdesk.vault.connection import Db, Row

_COLUMNS = (
    "id, uuid, title, due_date, priority, client_id, done_at, source, system_key, notes, created_at"
)


def _from_row(r: Row) -> Task:
    return Task(
        id=r["id"],
        uuid=r["uuid"],
        title=r["title"],
        due_date=parse_date(r["due_date"]),
        priority=r["priority"],
        client_id=r["client_id"],
        done_at=parse_stamp(r["done_at"]) if r["done_at"] else None,
        source=TaskSource(r["source"]),
        system_key=r["system_key"],
        notes=r["notes"],
        created_at=parse_stamp(r["created_at"]),
    )


def insert(
    db: Db,
    title: str,
    *,
    due_date: date | None = None,
    priority: int = 2,
    client_id: int | None = None,
    source: TaskSource = TaskSource.MANUAL,
    system_key: str = "",
    notes: str = "",
    at: str | None = None,
) -> Task:
    at = at or stamp()
    with db.transaction():
        cur = db.execute(
            "INSERT INTO tasks (uuid, title, due_date, priority, client_id, source, system_key,"
            " notes, created_at, updated_at) VALUES (:uuid, :title, :due, :priority, :client,"
            " :source, :key, :notes, :at, :at)",
            {
                "uuid": str(uuidlib.uuid4()),
                "title": title,
                "due": iso_date(due_date),
                "priority": priority,
                "client": client_id,
                "source": source.value,
                "key": system_key,
                "notes": notes,
                "at": at,
            },
        )
    return get(db, int(cur.lastrowid))


def get(db: Db, task_id: int) -> Task:
    row = db.one(f"SELECT {_COLUMNS} FROM tasks WHERE id = :id", {"id": task_id})
    if row is None:
        raise NotFound(what="task", key=str(task_id))
    return _from_row(row)


def set_done(db: Db, task_id: int, done: bool, *, at: str | None = None) -> Task:
    at = at or stamp()
    with db.transaction():
        db.execute(
            "UPDATE tasks SET done_at = :done, updated_at = :at WHERE id = :id",
            {"id": task_id, "done": at if done else None, "at": at},
        )
    return get(db, task_id)


def list_tasks(db: Db, *, include_done: bool = False, client_id: int | None = None) -> list[Task]:
    clauses = [] if include_done else ["done_at IS NULL"]
    params: dict[str, object] = {}
    if client_id is not None:
        clauses.append("client_id = :c")
        params["c"] = client_id
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = db.all(
        f"SELECT {_COLUMNS} FROM tasks{where}"
        " ORDER BY done_at IS NOT NULL, due_date IS NULL, due_date, priority, id",
        params,
    )
    return [_from_row(r) for r in rows]


def count(db: Db, *, open_only: bool = False) -> int:
    sql = "SELECT count(*) FROM tasks" + (" WHERE done_at IS NULL" if open_only else "")
    return int(db.scalar(sql))
