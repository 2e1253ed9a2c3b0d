"""Small read-only queries behind the Today page.

Each is one indexed query or a count, so the page can refresh on the GUI thread even on a
practice with thousands of clients. Series appointments are left out until the agenda issue
expands recurrences; single appointments starting today are listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from coachdesk.domain.dates import parse_local, parse_stamp
from coachdesk.vault.connection import Db

RECENT_LIMIT = 8


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


@dataclass(frozen=True, slots=True)
class TodaySummary:
    practice_name: str
    coach_name: str
    active_clients: int
    open_tasks: int
    appointments: tuple[TodayAppointment, ...]
    recent_clients: tuple[RecentClient, ...]


def _name(first: str, tussenvoegsel: str, last: str) -> str:
    return " ".join(p for p in (first, tussenvoegsel, last) if p)


def todays_appointments(db: Db, day: date) -> list[TodayAppointment]:
    """Single (non-series) appointments that start on *day*, in time order."""
    start = datetime.combine(day, time())
    end = start + timedelta(days=1)
    rows = db.all(
        "SELECT a.id, a.starts_at, a.ends_at, a.all_day, a.title, a.client_id, a.status,"
        " c.first_name, c.tussenvoegsel, c.last_name"
        " FROM appointments a LEFT JOIN clients c ON c.id = a.client_id"
        " WHERE a.rrule = '' AND a.series_id IS NULL"
        " AND a.starts_at >= :start AND a.starts_at < :end"
        " ORDER BY a.all_day DESC, a.starts_at, a.id",
        {"start": start.isoformat(timespec="seconds"), "end": end.isoformat(timespec="seconds")},
    )
    return [
        TodayAppointment(
            id=r["id"],
            starts_at=parse_local(r["starts_at"]),
            ends_at=parse_local(r["ends_at"]),
            all_day=bool(r["all_day"]),
            title=r["title"],
            client_id=r["client_id"],
            client_name=_name(
                r["first_name"] or "", r["tussenvoegsel"] or "", r["last_name"] or ""
            ),
            status=r["status"],
        )
        for r in rows
    ]


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


def today_summary(db: Db, day: date | None = None) -> TodaySummary:
    day = day or date.today()
    practice = db.one("SELECT name, coach_name FROM practice WHERE id = 1")
    return TodaySummary(
        practice_name=practice["name"] if practice else "",
        coach_name=practice["coach_name"] if practice else "",
        active_clients=int(db.scalar("SELECT count(*) FROM clients WHERE status = 'active'")),
        open_tasks=int(db.scalar("SELECT count(*) FROM tasks WHERE done_at IS NULL")),
        appointments=tuple(todays_appointments(db, day)),
        recent_clients=tuple(recent_clients(db)),
    )
