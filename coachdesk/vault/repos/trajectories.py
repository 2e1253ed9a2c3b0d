"""Trajectories (coaching engagements): goal, period, agreed sessions, who pays."""

from __future__ import annotations

import uuid as uuidlib
from datetime import date

from coachdesk.domain.dates import iso_date, parse_date, parse_stamp, stamp
from coachdesk.domain.errors import NotFound
from coachdesk.domain.models import Trajectory
from coachdesk.vault.connection import Db, Row

_COLUMNS = (
    "id, uuid, client_id, title, goal, start_date, end_date, agreed_sessions, sponsor, payer,"
    " created_at, updated_at"
)


def _from_row(r: Row) -> Trajectory:
    g = r.__getitem__
    return Trajectory(
        id=g("id"),
        uuid=g("uuid"),
        client_id=g("client_id"),
        title=g("title"),
        goal=g("goal"),
        start_date=parse_date(g("start_date")),
        end_date=parse_date(g("end_date")),
        agreed_sessions=g("agreed_sessions"),
        sponsor=g("sponsor"),
        payer=g("payer"),
        created_at=parse_stamp(g("created_at")),
        updated_at=parse_stamp(g("updated_at")),
    )


def insert(
    db: Db,
    client_id: int,
    *,
    title: str = "",
    goal: str = "",
    start_date: date | None = None,
    end_date: date | None = None,
    agreed_sessions: int | None = None,
    sponsor: str = "",
    payer: str = "",
    at: str | None = None,
) -> Trajectory:
    at = at or stamp()
    with db.transaction():
        cur = db.execute(
            "INSERT INTO trajectories (uuid, client_id, title, goal, start_date, end_date,"
            " agreed_sessions, sponsor, payer, created_at, updated_at) VALUES (:uuid, :client,"
            " :title, :goal, :start, :end, :agreed, :sponsor, :payer, :at, :at)",
            {
                "uuid": str(uuidlib.uuid4()),
                "client": client_id,
                "title": title,
                "goal": goal,
                "start": iso_date(start_date),
                "end": iso_date(end_date),
                "agreed": agreed_sessions,
                "sponsor": sponsor,
                "payer": payer,
                "at": at,
            },
        )
    return get(db, int(cur.lastrowid))


def update(db: Db, trajectory: Trajectory, *, at: str | None = None) -> Trajectory:
    with db.transaction():
        cur = db.execute(
            "UPDATE trajectories SET title = :title, goal = :goal, start_date = :start,"
            " end_date = :end, agreed_sessions = :agreed, sponsor = :sponsor, payer = :payer,"
            " updated_at = :at WHERE id = :id",
            {
                "id": trajectory.id,
                "title": trajectory.title,
                "goal": trajectory.goal,
                "start": iso_date(trajectory.start_date),
                "end": iso_date(trajectory.end_date),
                "agreed": trajectory.agreed_sessions,
                "sponsor": trajectory.sponsor,
                "payer": trajectory.payer,
                "at": at or stamp(),
            },
        )
        if cur.rowcount != 1:
            raise NotFound(what="trajectory", key=str(trajectory.id))
    return get(db, trajectory.id)


def get(db: Db, trajectory_id: int) -> Trajectory:
    row = db.one(f"SELECT {_COLUMNS} FROM trajectories WHERE id = :id", {"id": trajectory_id})
    if row is None:
        raise NotFound(what="trajectory", key=str(trajectory_id))
    return _from_row(row)


def for_client(db: Db, client_id: int) -> list[Trajectory]:
    rows = db.all(
        f"SELECT {_COLUMNS} FROM trajectories WHERE client_id = :c"
        " ORDER BY start_date DESC NULLS LAST, id DESC",
        {"c": client_id},
    )
    return [_from_row(r) for r in rows]
