"""One VEVENT in CoachDesk's terms: naive local wall time plus an IANA tzid, or the reason
it cannot be used.

Time zones: a TZID that names an IANA zone is kept (Windows names such as "W. Europe Standard
Time" and old Thunderbird prefixes are mapped first); a zone with the same rules as the coach's
(Europe/Berlin for a Dutch coach) becomes the coach's zone. UTC and floating times are read in
the calendar's zone: X-WR-TIMEZONE (Google, Apple) when it names a real zone, else the default.
A zone known only from the file's VTIMEZONE keeps the moment, read in the calendar's zone.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.phrases import Phrase
from coachdesk.domain.recurrence import RecurrenceError, normalise_rrule

FIRST_YEAR, LAST_YEAR = 1900, 2200
TITLE_MAX, LOCATION_MAX = 300, 500
NO_TITLE = "(geen titel)"  # the agenda needs a title; an event without SUMMARY gets this
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class Unusable(Exception):
    """One event cannot be imported; ``reason`` says why: English text for the report that the
    window translates (a ``Phrase`` from *template*, marked in the "IcsImport" context)."""

    def __init__(self, template: str, **fields: object) -> None:
        self.reason = Phrase("IcsImport", template, **fields)
        super().__init__(self.reason)


_WHEN = {
    "start": QT_TRANSLATE_NOOP("IcsImport", "start"),
    "end": QT_TRANSLATE_NOOP("IcsImport", "end"),
}


@dataclass(frozen=True, slots=True)
class IcsEvent:
    uid: str
    title: str
    start: datetime  # naive local wall time in tzid
    end: datetime
    all_day: bool
    tzid: str
    location: str = ""
    rrule: str = ""
    exdates: tuple[datetime, ...] = ()
    recurrence_id: datetime | None = None  # as written: local in ``recurrence_tzid``
    recurrence_tzid: str = ""
    cancelled: bool = False
    sequence: int = 0
    label: str = field(default="", compare=False)  # UID or title, for the report


# --- time zones ------------------------------------------------------------------------------


@lru_cache(maxsize=512)
def resolve_tzid(text: str) -> str | None:
    """An IANA zone name for a TZID parameter, or None if we do not know it."""
    cleaned = text.strip().strip('"').strip()
    if cleaned in WINDOWS_TO_OLSON:
        return WINDOWS_TO_OLSON[cleaned]
    parts = [p for p in cleaned.split("/") if p]
    for i in range(len(parts)):  # "/mozilla.org/20070129_1/Europe/Amsterdam"
        candidate = "/".join(parts[i:])
        try:
            ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
        return candidate
    return None


@lru_cache(maxsize=1024)  # more than there are IANA zones: a hostile file cannot make it thrash
def same_rules(a: str, b: str) -> bool:
    """Whether two zones agree on the UTC offset of every day from 1996 to 2040 (so their wall
    times coincide; EU zones also switch at the same instant)."""
    if a == b:
        return True
    za, zb = ZoneInfo(a), ZoneInfo(b)
    moment = datetime(1996, 1, 1, 12, tzinfo=UTC)
    step = timedelta(days=1)
    while moment.year < 2041:
        if moment.astimezone(za).utcoffset() != moment.astimezone(zb).utcoffset():
            return False
        moment += step
    return True


def calendar_zone(calendar: Calendar, default_tzid: str) -> str:
    value = calendar.get("X-WR-TIMEZONE")
    zone = resolve_tzid(str(value)) if value else None
    return zone or default_tzid


@dataclass(frozen=True, slots=True)
class Zones:
    calendar: str  # where UTC and floating times are read
    coach: str  # the default; equivalent zones become this one


def localise(prop: object, zones: Zones) -> tuple[datetime, str, bool]:
    """(naive local wall time, tzid, all-day) of a DTSTART-like property."""
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        written = getattr(prop, "params", {}).get("TZID")
        zone = resolve_tzid(str(written)) if written else None
        if zone is not None:
            if zone != zones.coach and same_rules(zone, zones.coach):
                zone = zones.coach
            return value.replace(tzinfo=None), zone, False
        if value.tzinfo is None:  # floating, or a TZID nobody knows and no VTIMEZONE
            return value, zones.calendar, False
        if written and _behaves_like(value, zones.coach):  # e.g. Outlook's "(UTC+01:00) …"
            return value.replace(tzinfo=None), zones.coach, False
        # UTC, or a zone defined only by the file's VTIMEZONE: keep the moment
        local = value.astimezone(ZoneInfo(zones.calendar)).replace(tzinfo=None)
        return local, zones.calendar, False
    if isinstance(value, date):
        return datetime.combine(value, time()), zones.calendar, True
    raise Unusable(QT_TRANSLATE_NOOP("IcsImport", "a date or time cannot be read"))


def _behaves_like(value: datetime, zone: str) -> bool:
    """Whether the file-defined zone of *value* has *zone*'s offsets around that year."""
    target = ZoneInfo(zone)
    for month in range(1, 13):
        probe = datetime(value.year, month, 15, 12)
        if probe.replace(tzinfo=value.tzinfo).utcoffset() != (
            probe.replace(tzinfo=target).utcoffset()
        ):
            return False
    return value.utcoffset() == value.replace(tzinfo=target).utcoffset()


def convert(local: datetime, from_tzid: str, to_tzid: str) -> datetime:
    if from_tzid == to_tzid:
        return local
    moment = local.replace(tzinfo=ZoneInfo(from_tzid))
    return moment.astimezone(ZoneInfo(to_tzid)).replace(tzinfo=None)


# --- one event ---------------------------------------------------------------------------------


def clean(value: object, limit: int) -> str:
    text = _CONTROL.sub(" ", str(value or "")).replace("\r", " ").replace("\n", " ")
    return " ".join(text.split())[:limit]


def _checked_year(value: datetime, what: str) -> None:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise Unusable(
            QT_TRANSLATE_NOOP("IcsImport", "its {what} is in the year {year}"),
            what=Phrase("IcsImport", _WHEN[what]), year=value.year,
        )  # fmt: skip


def _end(event: object, start: datetime, tzid: str, all_day: bool, zones: Zones) -> datetime:
    get = event.get  # type: ignore[attr-defined]
    if get("DTEND") is not None:
        end, end_tz, end_all_day = localise(get("DTEND"), zones)
        if all_day or end_all_day:
            return datetime.combine(end.date(), time()) if all_day else end
        return convert(end, end_tz, tzid)
    duration = getattr(get("DURATION"), "dt", None)
    if isinstance(duration, timedelta):
        return start + duration
    return start + timedelta(days=1) if all_day else start


def _exdates(
    event: object, tzid: str, start: datetime, all_day: bool, zones: Zones
) -> tuple[datetime, ...]:
    """EXDATEs as wall times in the series' zone; unreadable or absurd ones are dropped."""
    raw = event.get("EXDATE")  # type: ignore[attr-defined]
    found: list[datetime] = []
    for prop in raw if isinstance(raw, list) else [raw] if raw is not None else []:
        for item in getattr(prop, "dts", []):
            try:
                local, zone, is_date = localise(item, zones)
                if not FIRST_YEAR <= local.year <= LAST_YEAR:
                    continue
            except (Unusable, OverflowError, ValueError):
                continue
            if all_day:
                found.append(datetime.combine(local.date(), time()))
            elif is_date:
                found.append(datetime.combine(local.date(), start.time()))
            else:
                found.append(convert(local, zone, tzid))
    return tuple(found)


def read_event(event: object, zones: Zones) -> IcsEvent:
    """One VEVENT in CoachDesk's terms, or ``Unusable`` with the reason."""
    get = event.get  # type: ignore[attr-defined]
    errors = {name.upper() for name, _ in getattr(event, "errors", [])}
    for name in ("DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID"):
        if name in errors:
            raise Unusable(QT_TRANSLATE_NOOP("IcsImport", "its {name} cannot be read"), name=name)
    if get("DTSTART") is None:
        raise Unusable(QT_TRANSLATE_NOOP("IcsImport", "it has no start (DTSTART)"))
    try:
        start, tzid, all_day = localise(get("DTSTART"), zones)
        _checked_year(start, "start")
        end = _end(event, start, tzid, all_day, zones)
    except (OverflowError, ValueError):
        raise Unusable(QT_TRANSLATE_NOOP("IcsImport", "its times are out of range")) from None
    _checked_year(end, "end")
    if end < start:
        raise Unusable(QT_TRANSLATE_NOOP("IcsImport", "it ends before it starts"))
    if all_day and end == start:
        end = start + timedelta(days=1)
    rrule = ""
    raw_rule = get("RRULE")
    if isinstance(raw_rule, list):
        raise Unusable(QT_TRANSLATE_NOOP("IcsImport", "it has more than one repeat rule (RRULE)"))
    if raw_rule is not None and get("RECURRENCE-ID") is None:
        try:
            text = raw_rule.to_ical().decode("utf-8", "replace")
            rrule = normalise_rrule(text, start, tzid=tzid, all_day=all_day)
        except RecurrenceError as exc:
            raise Unusable(
                QT_TRANSLATE_NOOP("IcsImport", "its repeat rule is not supported ({reason})"),
                reason=exc.reason,
            ) from None
    recurrence_id, recurrence_tzid = None, ""
    if get("RECURRENCE-ID") is not None:
        try:
            recurrence_id, recurrence_tzid, _ = localise(get("RECURRENCE-ID"), zones)
        except (OverflowError, ValueError):
            raise Unusable(
                QT_TRANSLATE_NOOP("IcsImport", "its RECURRENCE-ID is out of range")
            ) from None
    title = clean(get("SUMMARY"), TITLE_MAX) or NO_TITLE
    uid = clean(get("UID"), 500) or _made_up_uid(event)
    try:
        sequence = int(str(get("SEQUENCE", 0)))
    except ValueError:
        sequence = 0
    return IcsEvent(
        uid=uid,
        title=title,
        start=start,
        end=end,
        all_day=all_day,
        tzid=tzid,
        location=clean(get("LOCATION"), LOCATION_MAX),
        rrule=rrule,
        exdates=_exdates(event, tzid, start, all_day, zones) if rrule else (),
        recurrence_id=recurrence_id,
        recurrence_tzid=recurrence_tzid,
        cancelled=str(get("STATUS", "")).upper() == "CANCELLED",
        sequence=sequence,
        label=uid if get("UID") else title,
    )


def _made_up_uid(event: object) -> str:
    """A stable stand-in for a missing UID, so re-importing the file does not duplicate."""
    get = event.get  # type: ignore[attr-defined]
    key = "|".join(
        str(getattr(get(n), "to_ical", lambda: b"")())
        for n in ("DTSTART", "DTEND", "SUMMARY", "RRULE")
    )
    return f"{hashlib.sha256(key.encode()).hexdigest()[:32]}@import.coachdesk"


def label_of(event: object) -> str:
    """What to call an event in the skipped list: its UID, else its title."""
    get = event.get  # type: ignore[attr-defined]
    return clean(get("UID"), 200) or clean(get("SUMMARY"), 100) or "(an event without a name)"
