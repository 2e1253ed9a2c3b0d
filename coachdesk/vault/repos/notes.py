"""Session notes: the heart of a dossier, kept in step with the full-text index by triggers."""

from __future__ import annotations

import uuid as uuidlib
from datetime import date

from coachdesk.domain.dates import parse_date, parse_stamp, stamp
from coachdesk.domain.errors import NotFound
from coachdesk.domain.models import Note, Origin
from coachdesk.vault.connection import Db, Row

_COLUMNS = (
    "id, uuid, client_id, trajectory_id, appointment_id, note_date, title, body, origin,"
    " special_category, template, created_at, updated_at"
)


def _from_row(r: Row) -> Note:
    return Note(
        id=r["id"],
        uuid=r["uuid"],
        client_id=r["client_id"],
        trajectory_id=r["trajectory_id"],
        appointment_id=r["appointment_id"],
        note_date=parse_date(r["note_date"]) or date.min,
        title=r["title"],
        body=r["body"],
        origin=Origin(r["origin"]),
        special_category=bool(r["special_category"]),
        template=r["template"],
        created_at=parse_stamp(r["created_at"]),
        updated_at=parse_stamp(r["updated_at"]),
    )


def insert(
    db: Db,
    client_id: int,
    *,
    note_date: date,
    title: str = "",
    body: str = "",
    origin: Origin = Origin.COACH,
    special_category: bool = False,
    template: str = "free",
    trajectory_id: int | None = None,
    appointment_id: int | None = None,
    at: str | None = None,
) -> Note:
    at = at or stamp()
    with db.transaction():
        cur = db.execute(
            "INSERT INTO notes (uuid, client_id, trajectory_id, appointment_id, note_date, title,"
            " body, origin, special_category, template, created_at, updated_at) VALUES (:uuid,"
            " :client, :traj, :appt, :date, :title, :body, :origin, :special, :template, :at,"
            " :at)",
            {
                "uuid": str(uuidlib.uuid4()),
                "client": client_id,
                "traj": trajectory_id,
                "appt": appointment_id,
                "date": note_date.isoformat(),
                "title": title,
                "body": body,
                "origin": origin.value,
                "special": int(special_category),
                "template": template,
                "at": at,
            },
        )
    return get(db, int(cur.lastrowid))


def update(
    db: Db,
    note_id: int,
    *,
    title: str,
    body: str,
    note_date: date,
    special_category: bool,
    at: str | None = None,
) -> Note:
    with db.transaction():
        cur = db.execute(
            "UPDATE notes SET title = :title, body = :body, note_date = :date,"
            " special_category = :special, updated_at = :at WHERE id = :id",
            {
                "id": note_id,
                "title": title,
                "body": body,
                "date": note_date.isoformat(),
                "special": int(special_category),
                "at": at or stamp(),
            },
        )
        if cur.rowcount != 1:
            raise NotFound(what="note", key=str(note_id))
    return get(db, note_id)


def delete(db: Db, note_id: int) -> None:
    with db.transaction():
        db.execute("DELETE FROM notes WHERE id = :id", {"id": note_id})


def get(db: Db, note_id: int) -> Note:
    row = db.one(f"SELECT {_COLUMNS} FROM notes WHERE id = :id", {"id": note_id})
    if row is None:
        raise NotFound(what="note", key=str(note_id))
    return _from_row(row)


def for_client(db: Db, client_id: int) -> list[Note]:
    rows = db.all(
        f"SELECT {_COLUMNS} FROM notes WHERE client_id = :c ORDER BY note_date DESC, id DESC",
        {"c": client_id},
    )
    return [_from_row(r) for r in rows]


def count(db: Db, client_id: int | None = None) -> int:
    if client_id is None:
        return int(db.scalar("SELECT count(*) FROM notes"))
    return int(db.scalar("SELECT count(*) FROM notes WHERE client_id = :c", {"c": client_id}))
