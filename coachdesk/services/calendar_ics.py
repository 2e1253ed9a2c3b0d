"""The agenda as an iCalendar (ICS) file for a phone or another calendar program.

A phone calendar is less safe than the vault, so the coach chooses how a client is named in
event titles: by client number (``code``), initials (``initials``, the default) or full name
(``name``). Nothing else about a client leaves the vault: no notes, no description, and the
location only for appointments without a client or when the coach chose full names (a location
can be a client's home address).

Shape of the file (RFC 5545): one VEVENT per single appointment; a series master with its RRULE
and EXDATEs; each changed occurrence as a VEVENT with the master's UID and a RECURRENCE-ID. A
cancelled occurrence becomes an EXDATE of its master (every calendar program honours that; few
show a cancelled RECURRENCE-ID well); cancelled single appointments are left out. A series is
exported whole, with its RRULE, when any of it falls in the chosen range. Times carry their
TZID, with a VTIMEZONE generated from the zoneinfo database.

The file is written to a temporary file next to the target, flushed, and renamed over it, so a
failure leaves any earlier file untouched and no half-written file behind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vRecur

from coachdesk.domain.agenda import DEFAULT_TZID
from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import Appointment, AppointmentKind, AppointmentStatus, Client
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db
from coachdesk.vault.fsutil import atomic_write_bytes
from coachdesk.vault.repos import appointments as _appointments
from coachdesk.vault.repos import clients as _clients
from coachdesk.vault.repos import practice as _practice

TitleStyle = Literal["code", "initials", "name"]
TITLE_STYLES: tuple[TitleStyle, ...] = ("code", "initials", "name")
PRODID = "-//CoachDesk//NL"
UID_DOMAIN = "coachdesk"

#: What an event title calls each kind: English sources the window translates (context
#: "IcsExport") and passes as ``kind_labels``; ``KIND_LABELS`` (Dutch) is the default.
KIND_SOURCES = {
    AppointmentKind.INTAKE: QT_TRANSLATE_NOOP("IcsExport", "Intake"),
    AppointmentKind.SESSION: QT_TRANSLATE_NOOP("IcsExport", "Session"),
    AppointmentKind.EVALUATION: QT_TRANSLATE_NOOP("IcsExport", "Evaluation"),
    AppointmentKind.OTHER: QT_TRANSLATE_NOOP("IcsExport", "Appointment"),
    AppointmentKind.BLOCKED: QT_TRANSLATE_NOOP("IcsExport", "Blocked"),
}
KindLabels = Mapping[AppointmentKind, str]
KIND_LABELS: KindLabels = {
    AppointmentKind.INTAKE: "Intake",
    AppointmentKind.SESSION: "Sessie",
    AppointmentKind.EVALUATION: "Evaluatie",
    AppointmentKind.OTHER: "Afspraak",
    AppointmentKind.BLOCKED: "Geblokkeerd",
}

MSG_TITLES = QT_TRANSLATE_NOOP(
    "Errors", "Choose how clients are named in the exported titles: code, initials or name."
)
MSG_IS_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "{path} is a folder. Give a file name, such as agenda.ics. Nothing was exported."
)
MSG_NO_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "The folder {folder} does not exist. Choose another folder. Nothing was exported."
)

_EARLIEST = datetime(1, 1, 1)
_LATEST = datetime(9999, 12, 31)


def initials(client: Client) -> str:
    """Dutch-style initials: "Şükrü van den Berg-Øberg" -> "Ş.v.d.B.Ø."."""
    first = [w[0].upper() for w in client.first_name.split() if w][:1]
    middle = [w[0].lower() for w in client.tussenvoegsel.split() if w]
    last = [w[0].upper() for w in client.last_name.replace("-", " ").split() if w]
    return "".join(f"{letter}." for letter in first + middle + last) or client.number


def client_label(client: Client, style: TitleStyle) -> str:
    if style == "code":
        return client.number
    if style == "name":
        return client.full_name or client.number
    return initials(client)


def event_title(
    appt: Appointment, client: Client | None, style: TitleStyle, labels: KindLabels = KIND_LABELS
) -> str:
    """The SUMMARY: kind and client in the chosen form; the coach's own title without client.

    With a client, the stored title is never used: it may well contain the client's name.
    """
    label = labels.get(appt.kind) or KIND_LABELS[AppointmentKind.OTHER]
    if client is None:
        return appt.title.strip() or label
    return f"{label} — {client_label(client, style)}"


def event_uid(appt: Appointment) -> str:
    """The stored UID of an imported appointment, else one made from its random UUID."""
    return appt.ical_uid or f"{appt.uuid}@{UID_DOMAIN}"


def clients_for(db: Db, ids: Iterable[int | None]) -> dict[int, Client]:
    """The clients with these ids (for titles and listings)."""
    wanted = sorted({i for i in ids if i is not None})
    return _clients.get_many(db, wanted) if wanted else {}


def _as_datetime(value: date | datetime | None, fallback: datetime) -> datetime:
    if value is None:
        return fallback
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime.combine(value, time())


def select_rows(
    db: Db, start: date | datetime | None = None, end: date | datetime | None = None
) -> tuple[list[Appointment], list[Appointment], list[Appointment]]:
    """(singles, series masters, exception rows) to export for [start, end).

    A series is taken whole when any original or moved occurrence falls in the range.
    """
    lo, hi = _as_datetime(start, _EARLIEST), _as_datetime(end, _LATEST)
    rows = _appointments.singles_in_range(db, lo, hi)
    singles = [r for r in rows if r.series_id is None]
    master_ids = {r.id for r in _appointments.masters_in_range(db, lo, hi)}
    master_ids |= {r.series_id for r in rows if r.series_id is not None}
    masters = sorted(
        (_appointments.get(db, i) for i in master_ids), key=lambda a: (a.starts_at, a.id)
    )
    overrides = _appointments.overrides_for(db, master_ids) if master_ids else []
    return singles, masters, overrides


def _zone(tzid: str) -> ZoneInfo:
    try:
        return ZoneInfo(tzid)
    except (ValueError, KeyError, OSError):
        return ZoneInfo(DEFAULT_TZID)


def _moment(value: datetime, appt_tzid: str, all_day: bool) -> date | datetime:
    return value.date() if all_day else value.replace(tzinfo=_zone(appt_tzid))


def _times(event: Event, appt: Appointment) -> None:
    if appt.all_day:
        first = appt.starts_at.date()
        end = appt.ends_at.date()
        if appt.ends_at.time() != time():  # stored end inside the last day: exclusive end
            end += timedelta(days=1)
        event.add("DTSTART", first)
        event.add("DTEND", max(end, first + timedelta(days=1)))
        return
    event.add("DTSTART", _moment(appt.starts_at, appt.tzid, False))
    event.add("DTEND", _moment(appt.ends_at, appt.tzid, False))


def _event(
    appt: Appointment,
    clients: dict[int, Client],
    style: TitleStyle,
    stamp_at: datetime,
    labels: KindLabels = KIND_LABELS,
) -> Event:
    client = clients.get(appt.client_id) if appt.client_id is not None else None
    event = Event()
    event.add("UID", event_uid(appt))
    event.add("DTSTAMP", stamp_at)
    event.add("SUMMARY", event_title(appt, client, style, labels))
    _times(event, appt)
    if appt.location and (client is None or style == "name"):
        event.add("LOCATION", appt.location)
    if appt.kind is AppointmentKind.BLOCKED:
        event.add("TRANSP", "OPAQUE")
    event.add("STATUS", "CONFIRMED")
    return event


def build_calendar(
    db: Db,
    *,
    start: date | datetime | None = None,
    end: date | datetime | None = None,
    titles: TitleStyle = "initials",
    practice_name: str = "",
    kind_labels: KindLabels = KIND_LABELS,
) -> tuple[Calendar, int]:
    """The VCALENDAR for the range and the number of VEVENTs in it."""
    if titles not in TITLE_STYLES:
        raise UserError(MSG_TITLES)
    singles, masters, overrides = select_rows(db, start, end)
    clients = clients_for(db, (a.client_id for a in (*singles, *masters, *overrides)))
    stamp_at = datetime.now(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    name = f"{practice_name.strip()} (CoachDesk)" if practice_name.strip() else "CoachDesk"
    calendar.add("X-WR-CALNAME", name)
    events: list[Event] = []
    for appt in singles:
        if appt.status is not AppointmentStatus.CANCELLED:
            events.append(_event(appt, clients, titles, stamp_at, kind_labels))
    by_master: dict[int, list[Appointment]] = {}
    for row in overrides:
        by_master.setdefault(row.series_id or 0, []).append(row)
    for master in masters:
        overrides_of = by_master.get(master.id, [])
        events.extend(_series(master, overrides_of, clients, titles, stamp_at, kind_labels))
    for event in events:
        calendar.add_component(event)
    first, last = _year_span((*singles, *masters, *overrides))
    calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar, len(events)


def _series(
    master: Appointment,
    overrides: list[Appointment],
    clients: dict[int, Client],
    style: TitleStyle,
    stamp_at: datetime,
    labels: KindLabels = KIND_LABELS,
) -> list[Event]:
    event = _event(master, clients, style, stamp_at, labels)
    event.add("RRULE", vRecur.from_ical(master.rrule))
    cancelled = [
        o.recurrence_id
        for o in overrides
        if o.status is AppointmentStatus.CANCELLED and o.recurrence_id
    ]
    exdates = sorted({*master.exdates, *cancelled})
    if exdates:
        event.add("EXDATE", [_moment(x, master.tzid, master.all_day) for x in exdates])
    events = [event]
    for row in overrides:
        if row.status is AppointmentStatus.CANCELLED or row.recurrence_id is None:
            continue
        changed = _event(row, clients, style, stamp_at, labels)
        changed["UID"] = event["UID"]
        changed.add("RECURRENCE-ID", _moment(row.recurrence_id, master.tzid, master.all_day))
        events.append(changed)
    return events


def _year_span(rows: Iterable[Appointment]) -> tuple[date, date]:
    """Years the VTIMEZONE definitions must cover (at least 1970 to 2038, icalendar's default)."""
    years = [a.starts_at.year for a in rows] or [1970]
    first = max(1900, min(min(years), 1970))
    last = min(9000, max(max(years) + 10, 2038))
    return date(first, 1, 1), date(last, 1, 1)


def export_ics(
    db: Db,
    path: str | Path,
    *,
    start: date | datetime | None = None,
    end: date | datetime | None = None,
    titles: TitleStyle = "initials",
    practice_name: str | None = None,
    kind_labels: KindLabels = KIND_LABELS,
) -> int:
    """Write the agenda (or [start, end)) as an ICS file at *path*; returns the event count.

    Written atomically: the target is replaced only by a complete, flushed file. Disk problems
    become ``StorageError`` with a plain reason. *practice_name* (default: the practice profile's)
    names the calendar; *kind_labels* word the titles (default Dutch). The audit log records
    that an export happened (no file name, no data).
    """
    target = Path(path)
    if target.is_dir():
        raise UserError(MSG_IS_FOLDER, path=path)
    if not target.parent.is_dir():
        raise UserError(MSG_NO_FOLDER, folder=target.parent)
    if practice_name is None:
        practice_name = _practice.get(db).name
    calendar, count = build_calendar(
        db, start=start, end=end, titles=titles, practice_name=practice_name,
        kind_labels=kind_labels,
    )  # fmt: skip
    atomic_write_bytes(target, calendar.to_ical(), mode=0o600)
    append_audit(db, "agenda.exported", subject_kind="calendar")
    return count
