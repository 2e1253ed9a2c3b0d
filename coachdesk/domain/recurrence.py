"""Series maths: RecurrenceRule <-> RFC 5545 RRULE text, and expansion into occurrences.

Stored form (``appointments.rrule``): RFC 5545 RRULE text without the ``RRULE:`` prefix, with
UNTIL in UTC (``20261231T225959Z``) for timed series and as a DATE for all-day series, exactly as
an ICS file may carry it. Expansion happens in naive local wall time of the master's ``tzid``
(python-dateutil), so a weekly 10:00 session stays at 10:00 across daylight-saving changes while
its UTC offset changes.

Supported: FREQ=DAILY/WEEKLY/MONTHLY/YEARLY with INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY,
BYMONTH, BYSETPOS, BYYEARDAY, BYWEEKNO, WKST. Refused (``RecurrenceError``): sub-daily
frequencies and BYHOUR/BYMINUTE/BYSECOND, so a series has at most one occurrence per day, which
the "this and following" split (UNTIL = end of the previous day) relies on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil.rrule import rruleset, rrulestr

from coachdesk.domain.agenda import Frequency, Occurrence, RecurrenceRule
from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import Appointment
from coachdesk.domain.phrases import Phrase

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_PARTS = ("FREQ", "INTERVAL", "BYMONTH", "BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY",
          "BYSETPOS", "WKST", "COUNT", "UNTIL")  # fmt: skip
_END_OF_DAY = time(23, 59, 59)


class RecurrenceError(UserError):
    """A repeat rule CoachDesk cannot store; ``reason`` is a short translatable ``Phrase``."""

    template = QT_TRANSLATE_NOOP("Errors", "The repeat rule is not supported: {reason}.")

    def __init__(self, reason: str, **fields: object) -> None:
        self.reason = Phrase("Recurrence", reason, **fields)
        super().__init__(reason=self.reason)


_NOT_NAME_VALUE = QT_TRANSLATE_NOOP("Recurrence", "'{part}' is not NAME=VALUE")
_NOT_SUPPORTED = QT_TRANSLATE_NOOP("Recurrence", "{part} is not supported")
_TWICE = QT_TRANSLATE_NOOP("Recurrence", "{part} appears twice")
_NOT_POSITIVE = QT_TRANSLATE_NOOP("Recurrence", "{part} must be a positive number")
_COUNT_AND_UNTIL = QT_TRANSLATE_NOOP("Recurrence", "COUNT and UNTIL together")
_NOT_A_DATE = QT_TRANSLATE_NOOP("Recurrence", "{part} is not a date")
_UNREADABLE = QT_TRANSLATE_NOOP("Recurrence", "a part cannot be read ({part})")


def parse_rrule(text: str) -> dict[str, str]:
    """Split RRULE text into upper-case parts, checking what CoachDesk supports."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts: dict[str, str] = {}
    for item in filter(None, body.split(";")):
        key, sep, value = item.partition("=")
        key, value = key.strip().upper(), value.strip().upper()
        if not sep or not value:
            raise RecurrenceError(_NOT_NAME_VALUE, part=item[:40])
        if key not in _PARTS:
            raise RecurrenceError(_NOT_SUPPORTED, part=key[:20])
        if key in parts:
            raise RecurrenceError(_TWICE, part=key)
        parts[key] = value
    if parts.get("FREQ") not in _FREQS:
        raise RecurrenceError(_NOT_SUPPORTED, part=f"FREQ={parts.get('FREQ', '')[:20]}")
    for key in ("INTERVAL", "COUNT"):
        if key in parts and (not parts[key].isdigit() or int(parts[key]) < 1):
            raise RecurrenceError(_NOT_POSITIVE, part=key)
    if "COUNT" in parts and "UNTIL" in parts:
        raise RecurrenceError(_COUNT_AND_UNTIL)
    return parts


def join_rrule(parts: dict[str, str]) -> str:
    return ";".join(f"{k}={parts[k]}" for k in _PARTS if k in parts)


def to_local(moment: datetime, tzid: str) -> datetime:
    """An aware moment as naive wall time in *tzid*."""
    return moment.astimezone(ZoneInfo(tzid)).replace(tzinfo=None)


def to_utc(local: datetime, tzid: str) -> datetime:
    """Naive wall time in *tzid* as an aware UTC moment."""
    return local.replace(tzinfo=ZoneInfo(tzid)).astimezone(UTC)


def convert(local: datetime, from_tzid: str, to_tzid: str) -> datetime:
    return local if from_tzid == to_tzid else to_local(to_utc(local, from_tzid), to_tzid)


def until_local(value: str, tzid: str) -> datetime:
    """UNTIL as naive local wall time: a DATE means the end of that day."""
    try:
        if len(value) == 8:
            return datetime.combine(datetime.strptime(value, "%Y%m%d").date(), _END_OF_DAY)
        if value.endswith("Z"):
            moment = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            return to_local(moment, tzid)
        return datetime.strptime(value, "%Y%m%dT%H%M%S")
    except ValueError:
        raise RecurrenceError(_NOT_A_DATE, part=f"UNTIL={value[:20]}") from None


def until_text(last_day: date, tzid: str, all_day: bool) -> str:
    """The UNTIL value for "up to and including *last_day*" (RFC 5545: UTC for timed series)."""
    if all_day:
        return last_day.strftime("%Y%m%d")
    return to_utc(datetime.combine(last_day, _END_OF_DAY), tzid).strftime("%Y%m%dT%H%M%SZ")


def nth_weekday(start: date) -> str:
    """BYDAY for "the same weekday of the month as *start*": 2TU; a fifth one is "last" (-1)."""
    nth = (start.day - 1) // 7 + 1
    return f"{-1 if nth == 5 else nth}{WEEKDAYS[start.weekday()]}"


def to_rrule(rule: RecurrenceRule, start: datetime, *, tzid: str, all_day: bool = False) -> str:
    """The stored RRULE text for what the coach chose, anchored at the first *start*."""
    parts = {"FREQ": "WEEKLY" if rule.frequency is Frequency.WEEKLY else "MONTHLY"}
    if rule.interval > 1:
        parts["INTERVAL"] = str(rule.interval)
    if rule.frequency is Frequency.MONTHLY_BY_DATE:
        parts["BYMONTHDAY"] = str(start.day)
    elif rule.frequency is Frequency.MONTHLY_BY_WEEKDAY:
        parts["BYDAY"] = nth_weekday(start.date())
    if rule.count is not None:
        parts["COUNT"] = str(rule.count)
    elif rule.until is not None:
        parts["UNTIL"] = until_text(rule.until, tzid, all_day)
    return join_rrule(parts)


def from_rrule(text: str, start: datetime, *, tzid: str) -> RecurrenceRule | None:
    """The coach's choice behind stored RRULE text, or None if it is something else (imported
    rules such as "every Monday and Thursday" are kept and expanded, but not editable as such)."""
    if not text:
        return None
    parts = parse_rrule(text)
    if set(parts) - {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "COUNT", "UNTIL", "WKST"}:
        return None
    byday, bymonthday, weekday = parts.get("BYDAY"), parts.get("BYMONTHDAY"), start.weekday()
    if parts["FREQ"] == "WEEKLY" and not bymonthday and byday in (None, WEEKDAYS[weekday]):
        freq = Frequency.WEEKLY
    elif parts["FREQ"] == "MONTHLY" and not byday and bymonthday in (None, str(start.day)):
        freq = Frequency.MONTHLY_BY_DATE
    elif parts["FREQ"] == "MONTHLY" and not bymonthday and byday == nth_weekday(start.date()):
        freq = Frequency.MONTHLY_BY_WEEKDAY
    else:
        return None
    until = until_local(parts["UNTIL"], tzid).date() if "UNTIL" in parts else None
    count = int(parts["COUNT"]) if "COUNT" in parts else None
    return RecurrenceRule(freq, int(parts.get("INTERVAL", "1")), until, count)


def normalise_rrule(text: str, start: datetime, *, tzid: str, all_day: bool = False) -> str:
    """Check imported RRULE text and return the stored form (UNTIL in UTC, or a DATE)."""
    parts = parse_rrule(text)
    if "UNTIL" in parts:
        local = until_local(parts["UNTIL"], tzid)
        parts["UNTIL"] = (
            local.strftime("%Y%m%d") if all_day else to_utc(local, tzid).strftime("%Y%m%dT%H%M%SZ")
        )
    stored = join_rrule(parts)
    try:
        _rule(stored, start, tzid)
    except (ValueError, KeyError, IndexError) as exc:
        raise RecurrenceError(_UNREADABLE, part=type(exc).__name__) from None
    return stored


@lru_cache(maxsize=1024)
def _rule(text: str, start: datetime, tzid: str) -> rruleset:
    parts = parse_rrule(text)
    if "UNTIL" in parts:
        parts["UNTIL"] = until_local(parts["UNTIL"], tzid).strftime("%Y%m%dT%H%M%S")
    rules = rruleset()
    rules.rrule(rrulestr(join_rrule(parts), dtstart=start.replace(tzinfo=None)))
    rules.rdate(start)  # RFC 5545: DTSTART is always the first occurrence, matching or not
    return rules


def rule_of(master: Appointment) -> rruleset:
    """The dateutil rule of a series master, in naive local time (before EXDATEs)."""
    return _rule(master.rrule, master.starts_at, master.tzid)


def starts(master: Appointment, lo: datetime, hi: datetime) -> Iterator[datetime]:
    """Original starts in [lo, hi], EXDATEs included (COUNT counts them, per RFC 5545)."""
    yield from (_fast_forward(master, lo) or rule_of(master)).between(lo, hi, inc=True)


def _fast_forward(master: Appointment, lo: datetime) -> rruleset | None:
    """For a long-running daily or weekly rule without COUNT, the same rule anchored whole
    periods later (just before *lo*), so a week view does not walk years of occurrences."""
    parts = parse_rrule(master.rrule)
    if "COUNT" in parts or parts["FREQ"] not in ("DAILY", "WEEKLY"):
        return None
    step = int(parts.get("INTERVAL", "1")) * (7 if parts["FREQ"] == "WEEKLY" else 1)
    periods = (lo - master.starts_at).days // step - 1
    if periods < 8:
        return None
    return _rule(master.rrule, master.starts_at + timedelta(days=periods * step), master.tzid)


def is_finite(master: Appointment) -> bool:
    parts = parse_rrule(master.rrule)
    return "COUNT" in parts or "UNTIL" in parts


def series_last_start(master: Appointment) -> datetime | None:
    """The last original start of a finite series (for ``series_until``); None if endless."""
    if not master.rrule or not is_finite(master):
        return None
    last = master.starts_at
    for last in rule_of(master):  # noqa: B007 - finite by construction
        pass
    return max(last, master.starts_at)


def count_before(master: Appointment, moment: datetime) -> int:
    """How many original starts (EXDATEs included) come before *moment*."""
    total = 0
    for s in rule_of(master):
        if s >= moment:
            break
        total += 1
    return total


def occurs_at(master: Appointment, moment: datetime) -> bool:
    """Whether the rule (EXDATEs aside) has an original start exactly at *moment*."""
    return bool(rule_of(master).between(moment, moment, inc=True))


def reanchor(text: str, old_start: datetime, new_start: datetime, *, tzid: str) -> str:
    """The same rule for a series moved from *old_start* to *new_start*: UNTIL moves by the
    same delta (so every occurrence keeps its place in the series) and a weekday or day of
    month named in the rule follows the new start (for rules ``from_rrule`` understands)."""
    parts = parse_rrule(text)
    delta = new_start - old_start
    if "UNTIL" in parts:
        moved = until_local(parts["UNTIL"], tzid) + delta
        parts["UNTIL"] = (
            moved.strftime("%Y%m%d")
            if len(parts["UNTIL"]) == 8
            else to_utc(moved, tzid).strftime("%Y%m%dT%H%M%SZ")
        )
    rule = from_rrule(text, old_start, tzid=tzid)
    if rule is not None and new_start.date() != old_start.date():
        if "BYMONTHDAY" in parts:
            parts["BYMONTHDAY"] = str(new_start.day)
        if rule.frequency is Frequency.MONTHLY_BY_WEEKDAY:
            parts["BYDAY"] = nth_weekday(new_start.date())
        elif "BYDAY" in parts:
            parts["BYDAY"] = WEEKDAYS[new_start.weekday()]
    return join_rrule(parts)


def truncated(text: str, first_dropped: datetime, *, tzid: str, all_day: bool) -> str:
    """The rule ending on the day before *first_dropped* (COUNT becomes that UNTIL)."""
    parts = {k: v for k, v in parse_rrule(text).items() if k not in ("COUNT", "UNTIL")}
    parts["UNTIL"] = until_text(first_dropped.date() - timedelta(days=1), tzid, all_day)
    return join_rrule(parts)


def remainder(master: Appointment, split_at: datetime) -> str:
    """The master's rule for the occurrences from *split_at* on, still anchored at
    *split_at* (COUNT reduced by the occurrences before it; re-anchor it afterwards)."""
    parts = parse_rrule(master.rrule)
    if "COUNT" in parts:
        parts["COUNT"] = str(max(1, int(parts["COUNT"]) - count_before(master, split_at)))
    return join_rrule(parts)


def _overlaps_window(start: datetime, end: datetime, lo: datetime, hi: datetime) -> bool:
    return start < hi and (end > lo or (start == end and start >= lo))


def expand(
    master: Appointment,
    overrides: Iterable[Appointment],
    window_start: datetime,
    window_end: datetime,
    *,
    view_tzid: str | None = None,
) -> list[Occurrence]:
    """Occurrences of one series overlapping [window_start, window_end), sorted by start.

    Generated occurrences keep the master's duration; those in EXDATE or replaced by an override
    row (same ``recurrence_id``) are dropped; override rows overlapping the window are included
    (a cancelled one too: the view shows it greyed). With *view_tzid*, starts and ends are
    converted from the master's zone into that zone's wall time (all-day ones never are).
    """
    tz = master.tzid
    target = view_tzid or tz
    shift = target != tz and not master.all_day
    duration = master.ends_at - master.starts_at
    overrides = list(overrides)
    skip = set(master.exdates) | {o.recurrence_id for o in overrides if o.recurrence_id}
    margin = duration + (timedelta(days=1) if shift else timedelta(0))
    lo, hi = window_start - margin, window_end + (timedelta(days=1) if shift else timedelta(0))
    found: list[Occurrence] = []
    for original in starts(master, lo, hi):
        if original in skip:
            continue
        start, end = original, original + duration
        if shift:
            start, end = convert(start, tz, target), convert(end, tz, target)
        if _overlaps_window(start, end, window_start, window_end):
            shown = target if shift else ""
            found.append(Occurrence(master, start, end, master.id, original, tzid=shown))
    for row in overrides:
        found.extend(place_override(row, window_start, window_end, view_tzid=view_tzid))
    found.sort(key=lambda o: (o.start, o.end, o.key))
    return found


def place_override(
    row: Appointment, window_start: datetime, window_end: datetime, *, view_tzid: str | None
) -> list[Occurrence]:
    """A stored single or exception row as an occurrence, if it overlaps the window."""
    start, end, shown = row.starts_at, row.ends_at, ""
    if view_tzid is not None and view_tzid != row.tzid and not row.all_day:
        start, end = convert(start, row.tzid, view_tzid), convert(end, row.tzid, view_tzid)
        shown = view_tzid
    if not _overlaps_window(start, end, window_start, window_end):
        return []
    return [Occurrence(row, start, end, row.series_id, row.recurrence_id, tzid=shown)]
