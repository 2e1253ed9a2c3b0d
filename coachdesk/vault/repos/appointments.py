"""Appointments as stored: single events, series masters (with an RRULE) and their exceptions.

Times are local wall times with a tzid, so a weekly 10:00 session stays at 10:00 across
daylight-saving changes. Expanding series into occurrences is domain logic
(``coachdesk.domain.recurrence``); the use cases are in ``coachdesk.services.agenda``.

Row kinds: a single event (rrule '' and series_id NULL), a series master (rrule set,
``series_until`` = its last original start or NULL when endless) and an exception row (rrule '',
series_id = the master, recurrence_id = the original start it replaces). Range queries stay
index-friendly: singles and exceptions by ``starts_at``, masters by ``series_until``.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Iterable
from datetime import date, datetime

from coachdesk.domain.dates import stamp
from coachdesk.domain.errors import NotFound
from coachdesk.domain.models import Appointment, AppointmentKind, AppointmentStatus
from coachdesk.vault.connection import Db, Row

_COLUMNS = (
    "id, uuid, title, kind, status, starts_at, ends_at, all_day, tzid, client_id,"
    " trajectory_id, location, notes, rrule, exdates, series_id, recurrence_id, ical_uid"
)


# The week view's two queries. "(rrule != '') = 1" names the partial index's expression so
# SQLite seeks appointments_series instead of walking appointments_start from the beginning.
SINGLES_SQL = (
    f"SELECT {_COLUMNS} FROM appointments"
    " WHERE starts_at >= :start AND starts_at < :end AND rrule = '' ORDER BY starts_at"
)
MASTERS_SQL = (
    f"SELECT {_COLUMNS} FROM appointments WHERE rrule != '' AND (rrule != '') = 1"
    " AND series_until >= :start AND starts_at < :end"
    f" UNION ALL SELECT {_COLUMNS} FROM appointments WHERE rrule != '' AND (rrule != '') = 1"
    " AND series_until IS NULL AND starts_at < :end ORDER BY starts_at"
)


def _local(value: datetime) -> str:
    return value.replace(tzinfo=None).isoformat(timespec="seconds")


def _exdates_json(values: Iterable[datetime]) -> str:
    return json.dumps(sorted({_local(v) for v in values}))


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
    exdates: Iterable[datetime] = (),
    series_id: int | None = None,
    recurrence_id: datetime | None = None,
    at: str | None = None,
) -> int:
    at = at or stamp()
    with db.transaction():
        cur = db.execute(
            "INSERT INTO appointments (uuid, client_id, trajectory_id, title, kind, status,"
            " starts_at, ends_at, all_day, tzid, location, notes, rrule, exdates, series_until,"
            " series_id, recurrence_id, ical_uid, created_at, updated_at) VALUES (:uuid,"
            " :client, :traj, :title, :kind, :status, :start, :end, :all_day, :tzid, :location,"
            " :notes, :rrule, :exdates, :until, :series, :rid, :uid, :at, :at)",
            {
                "uuid": str(uuidlib.uuid4()),
                "exdates": _exdates_json(exdates),
                "series": series_id,
                "rid": _local(recurrence_id) if recurrence_id else None,
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
    """Single events and exceptions starting in [start, end) plus every series that may recur
    in it (masters whose first start is before *end* and last start not before *start*)."""
    return singles_in_range(db, start, end) + masters_in_range(db, start, end)


def singles_in_range(
    db: Db, start: datetime, end: datetime, *, ends_after: datetime | None = None
) -> list[Appointment]:
    """Rows without an RRULE (single events and exception rows) starting in [start, end);
    with *ends_after*, only those ending after it (SQL drops the rest before Python builds
    them: a week view looks six weeks back for long appointments, most of which ended)."""
    params = {"start": _local(start), "end": _local(end)}
    sql = SINGLES_SQL
    if ends_after is not None:
        sql = sql.replace(" ORDER BY", " AND ends_at > :after ORDER BY")
        params["after"] = _local(ends_after)
    return [_from_row(r) for r in db.all(sql, params)]


def masters_in_range(db: Db, start: datetime, end: datetime) -> list[Appointment]:
    """Series masters that may have an original start in [start, end)."""
    rows = db.all(MASTERS_SQL, {"start": _local(start), "end": _local(end)})
    return [_from_row(r) for r in rows]


def overrides_for(
    db: Db,
    series_ids: Iterable[int],
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[Appointment]:
    """Exception rows of these series; with a range, those whose original start or actual
    start lies in [start, end)."""
    sql = (
        f"SELECT {_COLUMNS} FROM appointments WHERE series_id IN"
        " (SELECT value FROM json_each(:ids))"
    )
    params: dict[str, object] = {"ids": json.dumps(sorted(set(series_ids)))}
    if start is not None and end is not None:
        sql += (
            " AND ((recurrence_id >= :start AND recurrence_id < :end)"
            " OR (starts_at >= :start AND starts_at < :end))"
        )
        params |= {"start": _local(start), "end": _local(end)}
    rows = db.all(sql + " ORDER BY recurrence_id", params)
    return [_from_row(r) for r in rows]


def get(db: Db, appointment_id: int) -> Appointment:
    row = db.one(f"SELECT {_COLUMNS} FROM appointments WHERE id = :id", {"id": appointment_id})
    if row is None:
        raise NotFound(what="appointment", key=str(appointment_id))
    return _from_row(row)


def override_at(db: Db, series_id: int, recurrence_id: datetime) -> Appointment | None:
    """The exception row replacing the occurrence that originally started at *recurrence_id*."""
    row = db.one(
        f"SELECT {_COLUMNS} FROM appointments WHERE series_id = :s AND recurrence_id = :rid",
        {"s": series_id, "rid": _local(recurrence_id)},
    )
    return None if row is None else _from_row(row)


def find_by_uid(db: Db, ical_uid: str) -> Appointment | None:
    """The single event or series master imported with this iCalendar UID."""
    row = db.one(
        f"SELECT {_COLUMNS} FROM appointments WHERE ical_uid = :uid AND ical_uid != ''"
        " AND series_id IS NULL ORDER BY id LIMIT 1",
        {"uid": ical_uid},
    )
    return None if row is None else _from_row(row)


_UPDATABLE = {
    "title", "kind", "status", "starts_at", "ends_at", "all_day", "tzid", "client_id",
    "trajectory_id", "location", "notes", "rrule", "exdates", "series_until", "series_id",
    "recurrence_id", "ical_uid",
}  # fmt: skip


def _column_value(name: str, value: object) -> object:
    if isinstance(value, datetime):
        return _local(value)
    if name == "exdates":
        return _exdates_json(value)  # type: ignore[arg-type]
    if name == "all_day":
        return int(bool(value))
    if isinstance(value, AppointmentKind | AppointmentStatus):
        return value.value
    return value


def update(db: Db, appointment_id: int, *, at: str | None = None, **fields: object) -> None:
    """Set the given columns (names as in the table; datetimes as local wall time)."""
    unknown = set(fields) - _UPDATABLE
    if unknown:
        raise ValueError(f"not an appointment column: {sorted(unknown)}")
    if not fields:
        return
    assignments = ", ".join(f"{name} = :{name}" for name in sorted(fields))
    params = {name: _column_value(name, value) for name, value in fields.items()}
    db.execute(
        f"UPDATE appointments SET {assignments}, updated_at = :at WHERE id = :id",
        params | {"id": appointment_id, "at": at or stamp()},
    )


def set_exdates(db: Db, appointment_id: int, exdates: Iterable[datetime]) -> None:
    update(db, appointment_id, exdates=tuple(exdates))


def delete(db: Db, appointment_id: int) -> None:
    """Delete a row (a master takes its exception rows with it; notes keep, unlinked)."""
    db.execute("DELETE FROM appointments WHERE id = :id", {"id": appointment_id})


def client_uuid(db: Db, client_id: int | None) -> str:
    if client_id is None:
        return ""
    return str(db.scalar("SELECT uuid FROM clients WHERE id = :id", {"id": client_id}) or "")


def note_links(db: Db, appointment_ids: Iterable[int]) -> set[tuple[int, date]]:
    """(appointment id, note date) of every note linked to one of these rows."""
    rows = db.all(
        "SELECT appointment_id, note_date FROM notes WHERE appointment_id IN"
        " (SELECT value FROM json_each(:ids))",
        {"ids": json.dumps(sorted(set(appointment_ids)))},
    )
    return {(int(r[0]), date.fromisoformat(r[1])) for r in rows}


def relink_notes(db: Db, from_id: int, to_id: int, since: date) -> None:
    """Point notes dated *since* or later from one series master to another (series split)."""
    db.execute(
        "UPDATE notes SET appointment_id = :to WHERE appointment_id = :from"
        " AND note_date >= :since",
        {"to": to_id, "from": from_id, "since": since.isoformat()},
    )


def count(db: Db) -> int:
    return int(db.scalar("SELECT count(*) FROM appointments"))
