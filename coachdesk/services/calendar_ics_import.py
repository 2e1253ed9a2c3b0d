"""Import an ICS file (Google, Outlook, Apple, Thunderbird, Nextcloud) into the agenda.

All or nothing for the file, event by event for its contents: a file that is not a calendar,
is cut off, binary, hostile (over 50 MB, over 100,000 events, absurd nesting) is refused with a
sentence naming the problem before anything is written; inside a sound file, events CoachDesk
cannot use (no start, ending before they start, an unsupported repeat rule, absurd years) are
skipped with a reason and the rest is imported, in one transaction.

Imported appointments are of kind "other" and have no client: the coach links them later.
Re-importing a file does not duplicate: a single event or series is found again by its UID, a
changed occurrence by its series and RECURRENCE-ID, and only changed fields are written. What the
coach added in CoachDesk (kind, client, notes) stays; so does a status other than cancelled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice

from coachdesk.domain.agenda import DEFAULT_TZID
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import Appointment, AppointmentKind, AppointmentStatus
from coachdesk.domain.phrases import Phrase
from coachdesk.domain.recurrence import rule_of, until_local
from coachdesk.services.calendar_ics import UID_DOMAIN
from coachdesk.services.calendar_ics_event import (
    IcsEvent,
    Unusable,
    Zones,
    calendar_zone,
    convert,
    label_of,
    read_event,
    resolve_tzid,
)
from coachdesk.services.calendar_ics_read import check_structure, decode, parse
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import appointments as _appointments

_OWN_UID = re.compile(rf"^([0-9a-f-]{{36}})@{re.escape(UID_DOMAIN)}$")
_COUNT_SCAN_LIMIT = 20_000  # a COUNT series longer than this is stored as endless (a superset)


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: int
    updated: int
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (UID or title, reason)
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.imported + self.updated + self.unchanged


def import_ics(db: Db, data: bytes, *, default_tzid: str = DEFAULT_TZID) -> ImportReport:
    """Import the calendar in *data*; raises ``UserError`` (nothing imported) for a bad file."""
    text = decode(data)
    check_structure(text)
    calendars = parse(text)
    coach = resolve_tzid(default_tzid) or DEFAULT_TZID
    skipped: list[tuple[str, str]] = []
    singles: dict[str, IcsEvent] = {}
    changed: list[IcsEvent] = []
    for calendar in calendars:
        zones = Zones(calendar=calendar_zone(calendar, coach), coach=coach)
        for component in calendar.subcomponents:
            if component.name != "VEVENT":
                continue
            try:
                event = read_event(component, zones)
            except Unusable as exc:
                skipped.append((label_of(component), exc.reason))
                continue
            if event.recurrence_id is not None:
                changed.append(event)
                continue
            earlier = singles.get(event.uid)
            if earlier is not None:
                kept, dropped = (
                    (event, earlier) if event.sequence >= earlier.sequence else (earlier, event)
                )
                singles[event.uid] = kept
                newer = QT_TRANSLATE_NOOP("IcsImport", "the file holds a newer copy of this event")
                skipped.append((dropped.label, Phrase("IcsImport", newer)))
            else:
                singles[event.uid] = event
    counts = {"imported": 0, "updated": 0, "unchanged": 0}
    skipped_uids = {label for label, _ in skipped}
    with db.transaction():
        masters: dict[str, Appointment] = {}
        for event in singles.values():
            if _exported_from_here(db, event.uid):
                counts["unchanged"] += 1
                continue
            row = _store(db, event, counts)
            if row.rrule:
                masters[event.uid] = row
        for event in changed:
            if _exported_from_here(db, event.uid):
                counts["unchanged"] += 1
                continue
            master = masters.get(event.uid) or _stored_master(db, event.uid)
            if master is None and event.uid in skipped_uids:
                series = QT_TRANSLATE_NOOP("IcsImport", "its series was skipped")
                skipped.append((event.label, Phrase("IcsImport", series)))
                continue
            _store_changed(db, event, master, counts)
        append_audit(db, "agenda.imported", subject_kind="calendar")
    return ImportReport(counts["imported"], counts["updated"], skipped, counts["unchanged"])


def _exported_from_here(db: Db, uid: str) -> bool:
    """Whether *uid* is one CoachDesk gave an appointment of this very vault on export.

    Such an event is already here, and the vault's version is the real one (the file only has
    the privacy-reduced title), so importing our own export back changes nothing.
    """
    match = _OWN_UID.match(uid)
    if match is None:
        return False
    query = "SELECT 1 FROM appointments WHERE uuid = :uuid AND ical_uid = ''"
    return db.scalar(query, {"uuid": match.group(1)}) is not None


def _stored_master(db: Db, uid: str) -> Appointment | None:
    row = _appointments.find_by_uid(db, uid)
    return row if row is not None and row.rrule else None


def _series_until(event: IcsEvent) -> datetime | None:
    """The last original start (or an upper bound of it); None for an endless series."""
    parts = dict(p.split("=", 1) for p in event.rrule.split(";"))
    if "UNTIL" in parts:
        return max(event.start, until_local(parts["UNTIL"], event.tzid))
    if "COUNT" not in parts:
        return None
    probe = _probe(event)
    last = event.start
    for n, last in enumerate(islice(rule_of(probe), _COUNT_SCAN_LIMIT + 1)):  # noqa: B007
        if n >= _COUNT_SCAN_LIMIT:
            return None
    return max(last, event.start)


def _probe(event: IcsEvent) -> Appointment:
    """An unsaved Appointment carrying just what the recurrence maths reads."""
    return Appointment(
        id=0,
        uuid="",
        title="",
        kind=AppointmentKind.OTHER,
        status=AppointmentStatus.PLANNED,
        starts_at=event.start,
        ends_at=event.end,
        all_day=event.all_day,
        tzid=event.tzid,
        client_id=None,
        trajectory_id=None,
        location="",
        notes="",
        rrule=event.rrule,
    )


def _fields(event: IcsEvent) -> dict[str, object]:
    return {
        "title": event.title,
        "starts_at": event.start,
        "ends_at": event.end,
        "all_day": event.all_day,
        "tzid": event.tzid,
        "location": event.location,
        "rrule": event.rrule,
        "exdates": tuple(sorted(set(event.exdates))),
        "series_until": _series_until(event) if event.rrule else None,
    }


def _status(event: IcsEvent, current: AppointmentStatus | None) -> AppointmentStatus:
    """Cancelled follows the file; otherwise a status the coach set (done, no-show) stays."""
    if event.cancelled:
        return AppointmentStatus.CANCELLED
    if current is None or current is AppointmentStatus.CANCELLED:
        return AppointmentStatus.PLANNED
    return current


def _current(row: Appointment) -> dict[str, object]:
    return {
        "title": row.title,
        "starts_at": row.starts_at,
        "ends_at": row.ends_at,
        "all_day": row.all_day,
        "tzid": row.tzid,
        "location": row.location,
        "rrule": row.rrule,
        "exdates": tuple(sorted(set(row.exdates))),
        "status": row.status,
        "recurrence_id": row.recurrence_id,
    }


def _upsert(
    db: Db,
    event: IcsEvent,
    existing: Appointment | None,
    wanted: dict[str, object],
    counts: dict[str, int],
) -> Appointment:
    if existing is None:
        wanted["status"] = _status(event, None)
        new_id = _appointments.insert(db, kind=AppointmentKind.OTHER, **wanted)  # type: ignore[arg-type]
        counts["imported"] += 1
        return _appointments.get(db, new_id)
    wanted["status"] = _status(event, existing.status)
    current = _current(existing)
    changes = {k: v for k, v in wanted.items() if k in current and current[k] != v}
    if not changes:
        counts["unchanged"] += 1
        return existing
    if "series_until" in wanted and ({"starts_at", "rrule"} & changes.keys()):
        changes["series_until"] = wanted["series_until"]
    _appointments.update(db, existing.id, **changes)
    counts["updated"] += 1
    return _appointments.get(db, existing.id)


def _store(db: Db, event: IcsEvent, counts: dict[str, int]) -> Appointment:
    wanted = _fields(event) | {"ical_uid": event.uid}
    return _upsert(db, event, _appointments.find_by_uid(db, event.uid), wanted, counts)


def _store_changed(
    db: Db,
    event: IcsEvent,
    master: Appointment | None,
    counts: dict[str, int],
) -> None:
    """A changed occurrence: an exception row of its series; a single event when neither the
    file nor the vault has the series, under a UID that keeps re-imports from duplicating it."""
    assert event.recurrence_id is not None
    if master is None:
        uid = f"{event.uid}#{event.recurrence_id:%Y%m%dT%H%M%S}"
        wanted = _fields(event) | {"ical_uid": uid}
        _upsert(db, event, _appointments.find_by_uid(db, uid), wanted, counts)
        return
    if master.all_day:
        original = datetime.combine(event.recurrence_id.date(), datetime.min.time())
    else:
        original = convert(event.recurrence_id, event.recurrence_tzid, master.tzid)
    existing = _appointments.override_at(db, master.id, original)
    wanted = _fields(event) | {"rrule": "", "exdates": (), "recurrence_id": original}
    del wanted["series_until"]
    if existing is None:
        wanted["series_id"] = master.id
    _upsert(db, event, existing, wanted, counts)
