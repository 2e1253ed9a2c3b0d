"""Small read-only queries behind the Today page (it runs them in a worker).

Counts and short lists; today's appointments and the clients without a next session come from
the agenda's expansion (``services.agenda.occurrences``), so series occurrences count too. Each
expands one bounded date range once, never per client.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from coachdesk.domain.dates import parse_local, parse_stamp
from coachdesk.domain.models import AppointmentStatus
from coachdesk.domain.requests import DataRequest
from coachdesk.services import agenda
from coachdesk.services import requests as _requests
from coachdesk.vault.connection import Db

RECENT_LIMIT = 8
NEXT_SESSION_AHEAD = timedelta(days=180)  # a session booked further out does not count
LAST_SESSION_LOOKBACK = timedelta(days=400)  # older last sessions come from the stored rows
_NOT_HELD = (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)


@dataclass(frozen=True, slots=True)
class TodayAppointment:
    id: int
    starts_at: datetime
    ends_at: datetime
    all_day: bool
    title: str
    client_id: int | None
    client_name: str
    status: str


@dataclass(frozen=True, slots=True)
class RecentClient:
    id: int
    name: str
    number: str
    updated_at: datetime


class ClientWithoutNext(NamedTuple):
    """An active client with nothing booked: their last session, None if they never had one."""

    client_id: int
    number: str
    name: str
    last_session: date | None


@dataclass(frozen=True, slots=True)
class TodaySummary:
    practice_name: str
    coach_name: str
    active_clients: int
    open_tasks: int
    appointments: tuple[TodayAppointment, ...]
    recent_clients: tuple[RecentClient, ...]
    without_next: tuple[ClientWithoutNext, ...] = ()
    due_requests: tuple[DataRequest, ...] = ()  # open requests due within a week


def _name(first: str, tussenvoegsel: str, last: str) -> str:
    return " ".join(p for p in (first, tussenvoegsel, last) if p)


def todays_appointments(db: Db, day: date) -> list[TodayAppointment]:
    """Appointments (series occurrences included) that start on *day*: all-day ones first,
    then in time order."""
    start = datetime.combine(day, time())
    found = [o for o in agenda.occurrences(db, start, start + timedelta(days=1))
             if o.start.date() == day]  # fmt: skip
    names = _client_names(db, {o.source.client_id for o in found} - {None})
    found.sort(key=lambda o: (not o.source.all_day, o.start, o.source.id))
    return [
        TodayAppointment(
            id=o.source.id,
            starts_at=o.start,
            ends_at=o.end,
            all_day=o.source.all_day,
            title=o.source.title,
            client_id=o.source.client_id,
            client_name=names.get(o.source.client_id, ""),
            status=str(o.source.status),
        )
        for o in found
    ]


def _client_names(db: Db, ids: set[int | None]) -> dict[int | None, str]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = db.all(
        f"SELECT id, first_name, tussenvoegsel, last_name FROM clients WHERE id IN ({marks})",
        tuple(ids),
    )
    return {r["id"]: _name(r["first_name"], r["tussenvoegsel"], r["last_name"]) for r in rows}


def clients_without_next_session(db: Db, now: datetime) -> list[ClientWithoutNext]:
    """Active clients with no appointment starting between *now* (naive local time) and 180
    days ahead that is not cancelled or missed; those whose last session lies furthest back
    (or who never had one) first, so nobody drifts out of sight."""
    ahead = agenda.occurrences(db, now, now + NEXT_SESSION_AHEAD)
    booked = {o.source.client_id for o in ahead
              if o.start >= now and o.source.status not in _NOT_HELD}  # fmt: skip
    rows = [
        r
        for r in db.all(
            "SELECT id, number, first_name, tussenvoegsel, last_name FROM clients"
            " WHERE status = 'active' ORDER BY sort_name, id"
        )
        if r["id"] not in booked
    ]
    if not rows:
        return []
    wanted = {r["id"] for r in rows}
    last: dict[int, date] = {}
    for o in agenda.occurrences(db, now - LAST_SESSION_LOOKBACK, now):  # sorted by start
        if o.source.client_id in wanted and o.start < now and o.source.status not in _NOT_HELD:
            last[o.source.client_id] = o.start.date()
    if missing := wanted - last.keys():
        last.update(_last_stored_start(db, missing, now))
    found = [
        ClientWithoutNext(r["id"], r["number"],
                          _name(r["first_name"], r["tussenvoegsel"], r["last_name"]),
                          last.get(r["id"]))
        for r in rows
    ]  # fmt: skip
    found.sort(key=lambda c: c.last_session or date.min)  # stable: by name within a day
    return found


def _last_stored_start(db: Db, ids: set[int], now: datetime) -> dict[int, date]:
    """For sessions older than the look-back: the latest stored start before *now* (a finite
    series counts with its last occurrence)."""
    marks, stamp = ", ".join("?" * len(ids)), now.isoformat(timespec="seconds")
    rows = db.all(
        "SELECT client_id, max(CASE WHEN rrule != '' AND series_until IS NOT NULL"
        " AND series_until < ? THEN series_until ELSE starts_at END) AS last"
        f" FROM appointments WHERE client_id IN ({marks}) AND starts_at < ?"
        " AND status NOT IN ('cancelled', 'no_show') GROUP BY client_id",
        (stamp, *sorted(ids), stamp),
    )
    return {r["client_id"]: parse_local(r["last"]).date() for r in rows if r["last"]}


def recent_clients(db: Db, limit: int = RECENT_LIMIT) -> list[RecentClient]:
    """The clients changed most recently: where the coach most likely continues."""
    rows = db.all(
        "SELECT id, number, first_name, tussenvoegsel, last_name, updated_at FROM clients"
        " ORDER BY updated_at DESC, id DESC LIMIT :limit",
        {"limit": limit},
    )
    return [
        RecentClient(
            id=r["id"],
            name=_name(r["first_name"], r["tussenvoegsel"], r["last_name"]),
            number=r["number"],
            updated_at=parse_stamp(r["updated_at"]),
        )
        for r in rows
    ]


def today_summary(db: Db, day: date | None = None, now: datetime | None = None) -> TodaySummary:
    """Everything the Today page shows; *now* defaults to the clock on today, else to the
    start of *day*."""
    day = day or date.today()
    if now is None:
        now = datetime.now() if day == date.today() else datetime.combine(day, time())
    practice = db.one("SELECT name, coach_name FROM practice WHERE id = 1")
    return TodaySummary(
        practice_name=practice["name"] if practice else "",
        coach_name=practice["coach_name"] if practice else "",
        active_clients=int(db.scalar("SELECT count(*) FROM clients WHERE status = 'active'")),
        open_tasks=int(db.scalar("SELECT count(*) FROM tasks WHERE done_at IS NULL")),
        appointments=tuple(todays_appointments(db, day)),
        recent_clients=tuple(recent_clients(db)),
        without_next=tuple(clients_without_next_session(db, now.replace(microsecond=0))),
        due_requests=tuple(_requests.due_soon(db, day)),
    )
