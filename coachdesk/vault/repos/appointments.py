"""Appointments as stored: single events, series masters (with an RRULE) and their exceptions.

Times are local wall times with a tzid, so a weekly 10:00 session stays at 10:00 across
daylight-saving changes. Expanding series into occurrences is domain logic (agenda issue).
"""

from __future__ import annotations

import json
import uuid as uuidlib
from datetime import datetime

from coachdesk.domain.dates import stamp
from coachdesk.domain.models import Appointment, AppointmentKind, AppointmentStatus
from coachdesk.vault.connection import Db, Row

_COLUMNS = (
    "id, uuid, title, kind, status, starts_at, ends_at, all_day, tzid, client_id,"
    " trajectory_id, location, notes, rrule, exdates, series_id, recurrence_id, ical_uid"
)


def _local(value: datetime) -> str:
    return value.replace(tzinfo=None).isoformat(timespec="seconds")


def _from_row(r: Row) -> Appointment:
    return Appointment(
        id=r["id"],
        uuid=r["uuid"],
        title=r["title"],
        kind=AppointmentKind(r["kind"]),
        status=AppointmentStatus(r["status"]),
        starts_at=datetime.fromisoformat(r["starts_at"]),
        ends_at=datetime.fromisoformat(r["ends_at"]),
        all_day=bool(r["all_day"]),
        tzid=r["tzid"],
        client_id=r["client_id"],
        trajectory_id=r["trajectory_id"],
        location=r["location"],
        notes=r["notes"],
        rrule=r["rrule"],
        exdates=tuple(datetime.fromisoformat(x) for x in json.loads(r["exdates"])),
        series_id=r["series_id"],
        recurrence_id=datetime.fromisoformat(r["recurrence_id"]) if r["recurrence_id"] else None,
        ical_uid=r["ical_uid"],
    )


def insert(
    db: Db,
    *,
    title: str,
    starts_at: datetime,
    ends_at: datetime,
    kind: AppointmentKind = AppointmentKind.SESSION,
    status: AppointmentStatus = AppointmentStatus.PLANNED,
    all_day: bool = False,
    tzid: str = "Europe/Amsterdam",
    client_id: int | None = None,
    trajectory_id: int | None = None,
    location: str = "",
    notes: str = "",
    rrule: str = "",
    series_until: datetime | None = None,
    ical_uid: str = "",
    at: str | None = None,
) -> int:
    at = at or stamp()
    with db.transaction():
        cur = db.execute(
            "INSERT INTO appointments (uuid, client_id, trajectory_id, title, kind, status,"
            " starts_at, ends_at, all_day, tzid, location, notes, rrule, series_until, ical_uid,"
            " created_at, updated_at) VALUES (:uuid, :client, :traj, :title, :kind, :status,"
            " :start, :end, :all_day, :tzid, :location, :notes, :rrule, :until, :uid, :at, :at)",
            {
                "uuid": str(uuidlib.uuid4()),
                "client": client_id,
                "traj": trajectory_id,
                "title": title,
                "kind": kind.value,
                "status": status.value,
                "start": _local(starts_at),
                "end": _local(ends_at),
                "all_day": int(all_day),
                "tzid": tzid,
                "location": location,
                "notes": notes,
                "rrule": rrule,
                "until": _local(series_until) if series_until else None,
                "uid": ical_uid,
                "at": at,
            },
        )
    return int(cur.lastrowid)


def for_client(db: Db, client_id: int) -> list[Appointment]:
    rows = db.all(
        f"SELECT {_COLUMNS} FROM appointments WHERE client_id = :c ORDER BY starts_at",
        {"c": client_id},
    )
    return [_from_row(r) for r in rows]


def stored_in_range(db: Db, start: datetime, end: datetime) -> list[Appointment]:
    """Single events starting in [start, end) plus every series that may recur in it."""
    rows = db.all(
        f"SELECT {_COLUMNS} FROM appointments WHERE (rrule = '' AND starts_at >= :start"
        " AND starts_at < :end) OR (rrule != '' AND starts_at < :end"
        " AND (series_until IS NULL OR series_until >= :start)) ORDER BY starts_at",
        {"start": _local(start), "end": _local(end)},
    )
    return [_from_row(r) for r in rows]


def count(db: Db) -> int:
    return int(db.scalar("SELECT count(*) FROM appointments"))
