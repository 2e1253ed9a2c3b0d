"""Tasks: the coach's own, and system tasks CoachDesk keeps up to date by a stable key."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
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


# --- list views (the Tasks page): ids in SQL order, rows fetched a page at a time --------

#: Open views and the condition each adds; ``:today`` is an ISO date.
VIEW_WHERE = {
    "today": "t.done_at IS NULL AND t.due_date = :today",
    "overdue": "t.done_at IS NULL AND t.due_date < :today",
    "upcoming": "t.done_at IS NULL AND (t.due_date > :today OR t.due_date IS NULL)",
    "client": "t.done_at IS NULL AND t.client_id = :client",
    "done": "t.done_at IS NOT NULL",
}
#: Sort key -> ORDER BY terms; the first term takes the direction, the rest break ties.
SORT_TERMS = {
    "due": ("t.due_date IS NULL, t.due_date", "t.priority", "t.id"),
    "title": ("t.title COLLATE NOCASE", "t.id"),
    "priority": ("t.priority", "t.due_date IS NULL, t.due_date", "t.id"),
    "client": ("c.last_name IS NULL, c.last_name COLLATE NOCASE, c.first_name", "t.id"),
    "done": ("t.done_at", "t.id"),
}


@dataclass(frozen=True, slots=True)
class TaskRow:
    """A task with the client's name and number, for one line of the list."""

    task: Task
    client_name: str
    client_number: str


def list_ids(
    db: Db,
    view: str,
    today: date,
    *,
    client_id: int | None = None,
    sort: str = "due",
    descending: bool = False,
) -> list[int]:
    terms = list(SORT_TERMS[sort])
    if descending:
        terms[0] = ", ".join(f"{part} DESC" for part in terms[0].split(", "))
    rows = db.all(
        "SELECT t.id FROM tasks t LEFT JOIN clients c ON c.id = t.client_id"
        f" WHERE {VIEW_WHERE[view]} ORDER BY {', '.join(terms)}",
        {"today": today.isoformat(), "client": client_id},
    )
    return [r[0] for r in rows]


def get_rows(db: Db, ids: list[int]) -> dict[int, TaskRow]:
    if not ids:
        return {}
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    cols = ", ".join(f"t.{c.strip()}" for c in _COLUMNS.split(","))
    rows = db.all(
        f"SELECT {cols}, c.number, c.first_name, c.tussenvoegsel, c.last_name FROM tasks t"
        f" LEFT JOIN clients c ON c.id = t.client_id WHERE t.id IN ({marks})",
        {f"i{n}": task_id for n, task_id in enumerate(ids)},
    )
    return {
        r["id"]: TaskRow(
            task=_from_row(r),
            client_name=" ".join(
                p for p in (r["first_name"], r["tussenvoegsel"], r["last_name"]) if p
            ),
            client_number=r["number"] or "",
        )
        for r in rows
    }


def view_counts(db: Db, today: date) -> dict[str, int]:
    """Open tasks due today, overdue and upcoming, and done tasks, in one pass."""
    row = db.one(
        "SELECT"
        " coalesce(sum(done_at IS NULL AND due_date = :today), 0),"
        " coalesce(sum(done_at IS NULL AND due_date < :today), 0),"
        " coalesce(sum(done_at IS NULL AND (due_date > :today OR due_date IS NULL)), 0),"
        " coalesce(sum(done_at IS NOT NULL), 0) FROM tasks",
        {"today": today.isoformat()},
    )
    assert row is not None
    return {"today": row[0], "overdue": row[1], "upcoming": row[2], "done": row[3]}


def clients_with_open_tasks(db: Db) -> list[tuple[int, str, str, int]]:
    """(client id, name, number, open tasks) in Dutch name order, for the per-client view."""
    rows = db.all(
        "SELECT c.id, c.first_name, c.tussenvoegsel, c.last_name, c.number, count(*)"
        " FROM tasks t JOIN clients c ON c.id = t.client_id WHERE t.done_at IS NULL"
        " GROUP BY c.id ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE"
    )
    return [(r[0], " ".join(p for p in (r[1], r[2], r[3]) if p), r[4], r[5]) for r in rows]


def client_choices(db: Db) -> list[tuple[int, str, str]]:
    """(id, name, number) of every client not archived, for choosing a task's client."""
    rows = db.all(
        "SELECT id, first_name, tussenvoegsel, last_name, number FROM clients"
        " WHERE status != 'archived'"
        " ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"
    )
    return [(r[0], " ".join(p for p in (r[1], r[2], r[3]) if p), r[4]) for r in rows]


# --- writes --------------------------------------------------------------------------------


def update(
    db: Db,
    task_id: int,
    *,
    title: str,
    due_date: date | None,
    priority: int,
    client_id: int | None,
    notes: str,
    at: str | None = None,
) -> Task:
    with db.transaction():
        cur = db.execute(
            "UPDATE tasks SET title = :title, due_date = :due, priority = :priority,"
            " client_id = :client, notes = :notes, updated_at = :at WHERE id = :id",
            {
                "id": task_id,
                "title": title,
                "due": iso_date(due_date),
                "priority": priority,
                "client": client_id,
                "notes": notes,
                "at": at or stamp(),
            },
        )
        if cur.rowcount != 1:
            raise NotFound(what="task", key=str(task_id))
    return get(db, task_id)


def delete(db: Db, task_id: int) -> None:
    with db.transaction():
        db.execute("DELETE FROM tasks WHERE id = :id", {"id": task_id})


def by_system_key(db: Db, key: str) -> Task | None:
    # "!= ''" names the partial index's condition; "= :key" alone scanned every task.
    row = db.one(
        f"SELECT {_COLUMNS} FROM tasks WHERE system_key = :key AND system_key != ''", {"key": key}
    )
    return _from_row(row) if row is not None else None


def open_system_keys(db: Db, prefix: str) -> list[str]:
    """Keys of open system tasks starting with *prefix* (one kind of system task)."""
    rows = db.all(
        "SELECT system_key FROM tasks WHERE source = 'system' AND done_at IS NULL"
        " AND substr(system_key, 1, length(:prefix)) = :prefix",
        {"prefix": prefix},
    )
    return [r[0] for r in rows]
