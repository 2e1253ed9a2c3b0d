"""System tasks CoachDesk keeps up to date itself: "write the note" after a session.

``refresh_note_missing_tasks`` runs when the main window opens (in a worker) and after notes
or appointments change. It asks the agenda service for past sessions without a note; until
that service exists it falls back to single appointments. Only sessions of the last
``NOTE_WINDOW`` make tasks, so a vault with years of history does not greet the coach with
hundreds of reminders; a task whose session has dropped out of the window stays until its note
is written or the coach dismisses it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from coachdesk.domain.agenda import DEFAULT_TZID
from coachdesk.services.tasks import clear_system_task, ensure_system_task
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import tasks as _tasks

NOTE_MISSING = "note_missing"
NOTE_WINDOW = timedelta(days=30)
NOTE_KINDS = ("intake", "session", "evaluation")


@dataclass(frozen=True, slots=True)
class SystemKey:
    """A system task's key taken apart: its kind, what it is about, and a date if any."""

    kind: str
    reference: str
    day: date | None


def parse_system_key(key: str) -> SystemKey:
    kind, _, rest = key.partition(":")
    reference, _, day_text = rest.partition(":")
    try:
        day = date.fromisoformat(day_text) if day_text else None
    except ValueError:
        day = None
    return SystemKey(kind, reference, day)


@dataclass(frozen=True, slots=True)
class MissingNote:
    """A past session that has no note yet."""

    appointment_uuid: str
    client_id: int | None
    day: date


@dataclass(frozen=True, slots=True)
class RefreshResult:
    created: int
    cleared: int


def note_missing_key(appointment_uuid: str, day: date) -> str:
    return f"{NOTE_MISSING}:{appointment_uuid}:{day.isoformat()}"


def note_missing_title(day: date) -> str:
    """The stored fallback title; the UI words it in the coach's language from the key."""
    return f"Write session note ({day.isoformat()})"


def _local(now: datetime) -> datetime:
    """Appointments are naive wall times in Europe/Amsterdam."""
    if now.tzinfo is not None:
        now = now.astimezone(ZoneInfo(DEFAULT_TZID))
    return now.replace(tzinfo=None, microsecond=0)


def _agenda_source() -> Callable[[Db, datetime], list] | None:  # type: ignore[type-arg]
    try:
        from coachdesk.services import agenda
    except ImportError:
        return None
    return getattr(agenda, "sessions_without_note", None)


def sessions_without_note(db: Db, now: datetime) -> list[MissingNote]:
    """Past sessions of the last ``NOTE_WINDOW`` without a note, from the agenda if it can."""
    now = _local(now)
    since = now - NOTE_WINDOW
    source = _agenda_source()
    if source is not None:
        return [
            MissingNote(o.source.uuid, o.source.client_id, o.start.date())
            for o in source(db, now)
            if since <= o.end <= now
        ]
    rows = db.all(
        "SELECT a.uuid, a.client_id, a.starts_at FROM appointments a"
        " WHERE a.rrule = '' AND a.series_id IS NULL AND a.kind IN ('intake', 'session',"
        " 'evaluation') AND a.status NOT IN ('cancelled', 'no_show')"
        " AND a.ends_at < :now AND a.ends_at >= :since"
        " AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.appointment_id = a.id)"
        " ORDER BY a.starts_at",
        {"now": now.isoformat(), "since": since.isoformat()},
    )
    return [MissingNote(r[0], r[1], datetime.fromisoformat(r[2]).date()) for r in rows]


def _resolved(db: Db, appointment_uuid: str, day: date) -> bool:
    """For a session outside the window: is its note written, or the session gone?"""
    row = db.one(
        "SELECT id, status, rrule != '' FROM appointments WHERE uuid = :uuid",
        {"uuid": appointment_uuid},
    )
    if row is None or row[1] in ("cancelled", "no_show"):
        return True
    sql = "SELECT 1 FROM notes WHERE appointment_id = :id"
    if row[2]:  # a series: the note of this occurrence has its date
        sql += " AND note_date = :day"
    return db.one(sql, {"id": row[0], "day": day.isoformat()}) is not None


def refresh_note_missing_tasks(db: Db, now: datetime) -> RefreshResult:
    """Create a task per past session without a note; clear tasks whose note now exists."""
    since = (_local(now) - NOTE_WINDOW).date()
    missing_notes = sessions_without_note(db, now)
    wanted = {note_missing_key(m.appointment_uuid, m.day): m for m in missing_notes}
    created = cleared = 0
    with db.transaction():
        for key, missing in wanted.items():
            _task, made = ensure_system_task(
                db,
                key,
                note_missing_title(missing.day),
                client_id=missing.client_id,
                due=missing.day + timedelta(days=1),
            )
            created += made
        for key in _tasks.open_system_keys(db, f"{NOTE_MISSING}:"):
            if key in wanted:
                continue
            parts = parse_system_key(key)
            in_window = parts.day is not None and parts.day > since
            if (in_window or _resolved(db, parts.reference, parts.day or date.min)) and (
                clear_system_task(db, key)
            ):
                cleared += 1
    return RefreshResult(created, cleared)
