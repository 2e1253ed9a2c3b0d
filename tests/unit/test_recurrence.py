"""Series maths: RRULE text <-> the coach's choices, expansion, DST, EXDATE and exceptions.

Expansion is checked against hand-computed dates and, when it is installed, against an
independent implementation (recurring-ical-events over an ICS file written with icalendar).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain import recurrence as rec
from coachdesk.domain.agenda import Frequency, RecurrenceRule
from coachdesk.domain.models import Appointment, AppointmentKind, AppointmentStatus

AMS = "Europe/Amsterdam"


def appt(
    start: datetime,
    rrule: str = "",
    *,
    minutes: int = 60,
    exdates: tuple[datetime, ...] = (),
    ident: int = 1,
    series_id: int | None = None,
    recurrence_id: datetime | None = None,
    tzid: str = AMS,
    status: AppointmentStatus = AppointmentStatus.PLANNED,
) -> Appointment:
    return Appointment(
        id=ident,
        uuid=f"u{ident}",
        title="Sessie",
        kind=AppointmentKind.SESSION,
        status=status,
        starts_at=start,
        ends_at=start + timedelta(minutes=minutes),
        all_day=False,
        tzid=tzid,
        client_id=None,
        trajectory_id=None,
        location="",
        notes="",
        rrule=rrule,
        exdates=exdates,
        series_id=series_id,
        recurrence_id=recurrence_id,
    )


def starts(master: Appointment, overrides: tuple[Appointment, ...] = ()) -> list[datetime]:
    lo = master.starts_at - timedelta(days=1)
    hi = lo + timedelta(days=3 * 366)
    return [o.start for o in rec.expand(master, overrides, lo, hi)]


def test_rule_text_for_each_choice() -> None:
    tue = datetime(2026, 3, 10, 10, 0)  # second Tuesday of March
    assert rec.to_rrule(RecurrenceRule(Frequency.WEEKLY), tue, tzid=AMS) == "FREQ=WEEKLY"
    assert (
        rec.to_rrule(RecurrenceRule(Frequency.WEEKLY, 2, count=5), tue, tzid=AMS)
        == "FREQ=WEEKLY;INTERVAL=2;COUNT=5"
    )
    assert (
        rec.to_rrule(
            RecurrenceRule(Frequency.MONTHLY_BY_DATE, until=date(2026, 12, 31)), tue, tzid=AMS
        )
        == "FREQ=MONTHLY;BYMONTHDAY=10;UNTIL=20261231T225959Z"  # 23:59:59 CET in UTC
    )
    assert (
        rec.to_rrule(RecurrenceRule(Frequency.MONTHLY_BY_WEEKDAY), tue, tzid=AMS)
        == "FREQ=MONTHLY;BYDAY=2TU"
    )
    fifth = datetime(2026, 3, 31, 10, 0)  # fifth Tuesday: stored as "last Tuesday"
    assert rec.nth_weekday(fifth.date()) == "-1TU"
    all_day = RecurrenceRule(Frequency.WEEKLY, until=date(2026, 7, 1))
    assert rec.to_rrule(all_day, tue, tzid=AMS, all_day=True) == "FREQ=WEEKLY;UNTIL=20260701"


@pytest.mark.parametrize(
    "rule",
    [
        RecurrenceRule(Frequency.WEEKLY),
        RecurrenceRule(Frequency.WEEKLY, 3, count=4),
        RecurrenceRule(Frequency.MONTHLY_BY_DATE, until=date(2027, 6, 30)),
        RecurrenceRule(Frequency.MONTHLY_BY_WEEKDAY, 2, until=date(2026, 7, 14)),
    ],
)
def test_rule_round_trips_through_text(rule: RecurrenceRule) -> None:
    start = datetime(2026, 7, 14, 9, 30)
    assert rec.from_rrule(rec.to_rrule(rule, start, tzid=AMS), start, tzid=AMS) == rule


def test_imported_rules_that_are_no_coach_choice_read_as_none() -> None:
    mon = datetime(2026, 3, 9, 10)
    assert rec.from_rrule("FREQ=WEEKLY;BYDAY=MO,TH", mon, tzid=AMS) is None
    assert rec.from_rrule("FREQ=DAILY;COUNT=3", mon, tzid=AMS) is None
    assert rec.from_rrule("FREQ=WEEKLY;BYDAY=MO", mon, tzid=AMS) == RecurrenceRule(Frequency.WEEKLY)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("FREQ=HOURLY", "FREQ"),
        ("FREQ=DAILY;BYHOUR=9,17", "BYHOUR"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20260101", "COUNT and UNTIL"),
        ("FREQ=WEEKLY;COUNT=0", "COUNT"),
        ("FREQ=WEEKLY;UNTIL=tomorrow", "UNTIL"),
        ("FREQ=WEEKLY;BYDAY=XX", "supported"),
        ("garbage", "NAME=VALUE"),
    ],
)
def test_unsupported_or_broken_rules_are_refused(text: str, problem: str) -> None:
    with pytest.raises(rec.RecurrenceError, match=problem):
        rec.normalise_rrule(text, datetime(2026, 1, 5, 10), tzid=AMS)


def test_normalise_stores_until_in_utc_or_as_date() -> None:
    start = datetime(2026, 1, 5, 10)
    assert rec.normalise_rrule("RRULE:freq=weekly;until=20260202T100000", start, tzid=AMS) == (
        "FREQ=WEEKLY;UNTIL=20260202T090000Z"
    )
    assert rec.normalise_rrule("FREQ=WEEKLY;UNTIL=20260202", start, tzid=AMS, all_day=True) == (
        "FREQ=WEEKLY;UNTIL=20260202"
    )


def test_until_as_a_date_includes_that_day() -> None:
    # Some exporters write UNTIL as a DATE even for timed events: that day still counts.
    master = appt(datetime(2026, 1, 5, 10), "FREQ=WEEKLY;UNTIL=20260119")
    assert starts(master) == [datetime(2026, 1, d, 10) for d in (5, 12, 19)]


def test_weekly_every_two_weeks_count_and_until_agree() -> None:
    first = datetime(2026, 1, 6, 14)
    by_count = appt(first, "FREQ=WEEKLY;INTERVAL=2;COUNT=4")
    until = rec.to_rrule(
        RecurrenceRule(Frequency.WEEKLY, 2, until=date(2026, 2, 17)), first, tzid=AMS
    )
    expected = [first + timedelta(weeks=2 * i) for i in range(4)]
    assert starts(by_count) == starts(appt(first, until)) == expected
    assert rec.series_last_start(by_count) == expected[-1]
    assert rec.series_last_start(appt(first, "FREQ=WEEKLY")) is None


def test_monthly_on_the_31st_skips_shorter_months() -> None:
    master = appt(datetime(2026, 1, 31, 9), "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=5")
    assert [s.date() for s in starts(master)] == [
        date(2026, 1, 31),
        date(2026, 3, 31),
        date(2026, 5, 31),
        date(2026, 7, 31),
        date(2026, 8, 31),
    ]


def test_monthly_on_the_second_tuesday() -> None:
    first = datetime(2026, 1, 13, 16)
    text = rec.to_rrule(RecurrenceRule(Frequency.MONTHLY_BY_WEEKDAY, count=4), first, tzid=AMS)
    assert [s.date() for s in starts(appt(first, text))] == [
        date(2026, 1, 13),
        date(2026, 2, 10),
        date(2026, 3, 10),
        date(2026, 4, 14),
    ]


@pytest.mark.parametrize(
    ("first", "offsets"),
    [
        (datetime(2026, 3, 22, 10), ("+01:00", "+02:00", "+02:00")),  # DST starts 29 March
        (datetime(2026, 10, 18, 10), ("+02:00", "+01:00", "+01:00")),  # DST ends 25 October
        (datetime(2026, 3, 26, 10), ("+01:00", "+02:00", "+02:00")),  # a Thursday series
    ],
)
def test_a_weekly_ten_oclock_stays_ten_across_dst(first: datetime, offsets: tuple) -> None:
    master = appt(first, "FREQ=WEEKLY;COUNT=3")
    occs = rec.expand(master, [], first - timedelta(days=1), first + timedelta(days=30))
    assert [o.start.time().hour for o in occs] == [10, 10, 10]
    assert [o.end - o.start for o in occs] == [timedelta(hours=1)] * 3
    aware = [rec.to_utc(o.start, AMS).astimezone(ZoneInfo(AMS)).isoformat()[-6:] for o in occs]
    assert tuple(aware) == offsets
    utc_hours = [rec.to_utc(o.start, AMS).hour for o in occs]
    assert utc_hours[0] != utc_hours[1]


def test_exdates_and_exceptions_replace_their_occurrence() -> None:
    first = datetime(2026, 2, 2, 10)
    master = appt(first, "FREQ=WEEKLY;COUNT=6", exdates=(first + timedelta(weeks=1),))
    moved_in = appt(
        first + timedelta(weeks=2, days=1),
        ident=2,
        series_id=1,
        recurrence_id=first + timedelta(weeks=2),
    )
    moved_out = appt(
        datetime(2027, 1, 1, 9), ident=3, series_id=1, recurrence_id=first + timedelta(weeks=3)
    )
    cancelled = appt(
        first + timedelta(weeks=4),
        ident=4,
        series_id=1,
        recurrence_id=first + timedelta(weeks=4),
        status=AppointmentStatus.CANCELLED,
    )
    window = (first - timedelta(days=1), first + timedelta(weeks=8))
    occs = rec.expand(master, [moved_in, moved_out, cancelled], *window)
    assert [(o.start, o.source.id) for o in occs] == [
        (first, 1),
        (first + timedelta(weeks=2, days=1), 2),
        (first + timedelta(weeks=4), 4),
        (first + timedelta(weeks=5), 1),
    ]
    assert occs[1].recurrence_id == first + timedelta(weeks=2)
    assert occs[1].key == (1, (first + timedelta(weeks=2)).isoformat())
    assert len({o.key for o in occs}) == len(occs)


def test_window_edges_and_view_zone() -> None:
    first = datetime(2026, 5, 4, 23, 30)  # runs past midnight
    master = appt(first, "FREQ=WEEKLY;COUNT=2")
    day_after = datetime(2026, 5, 5)
    assert [o.start for o in rec.expand(master, [], day_after, day_after + timedelta(1))] == [first]
    london = rec.expand(master, [], first - timedelta(1), first + timedelta(8), view_tzid="UTC")
    assert [o.start for o in london] == [first - timedelta(hours=2), datetime(2026, 5, 11, 21, 30)]


# --- an independent expansion ------------------------------------------------------------


def ics_expand(master: Appointment, overrides: list[Appointment], lo: datetime, hi: datetime):
    """Expand the same series with recurring-ical-events (skipped where it is not installed)."""
    rie = pytest.importorskip("recurring_ical_events", exc_type=ImportError)
    from icalendar import Calendar, Event, vRecur

    tz = ZoneInfo(master.tzid)
    cal = Calendar()
    cal.add("prodid", "-//CoachDesk test//")
    cal.add("version", "2.0")
    rows = [(master, None), *((o, o.recurrence_id) for o in overrides)]
    for row, rid in rows:
        ev = Event()
        ev.add("uid", "series@test")
        ev.add("summary", str(row.id))
        ev.add("dtstart", row.starts_at.replace(tzinfo=tz))
        ev.add("dtend", row.ends_at.replace(tzinfo=tz))
        if rid is None:
            ev.add("rrule", vRecur.from_ical(row.rrule))
            for x in row.exdates:
                ev.add("exdate", x.replace(tzinfo=tz))
        else:
            ev.add("recurrence-id", rid.replace(tzinfo=tz))
        cal.add_component(ev)
    found = rie.of(cal).between(lo.replace(tzinfo=tz), hi.replace(tzinfo=tz))
    return sorted(
        (
            e["DTSTART"].dt.astimezone(tz).replace(tzinfo=None),
            e["DTEND"].dt.astimezone(tz).replace(tzinfo=None),
            int(str(e["SUMMARY"])),
        )
        for e in found
    )


IMPORTED_RULES = [
    "FREQ=WEEKLY;COUNT=10",
    "FREQ=WEEKLY;INTERVAL=2;UNTIL=20261231T225959Z",
    "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=15",
    "FREQ=WEEKLY;WKST=SU;BYDAY=TU,SU;INTERVAL=2;COUNT=12",
    "FREQ=DAILY;INTERVAL=3;COUNT=40",
    "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=7",
    "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270101T000000Z",
    "FREQ=MONTHLY;BYDAY=2TU;COUNT=9",
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=6",
    "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;COUNT=3",  # the DST day itself
    "FREQ=YEARLY;COUNT=3",
]


@pytest.mark.parametrize("text", IMPORTED_RULES)
def test_expansion_matches_recurring_ical_events(text: str) -> None:
    first = datetime(2026, 1, 27, 9, 45)
    stored = rec.normalise_rrule(text, first, tzid=AMS)
    master = appt(first, stored, minutes=50, exdates=(datetime(2026, 3, 31, 9, 45),))
    lo, hi = datetime(2026, 1, 1), datetime(2029, 1, 1)
    ours = [(o.start, o.end, o.source.id) for o in rec.expand(master, [], lo, hi)]
    assert ours == ics_expand(master, [], lo, hi)
    assert ours


@settings(max_examples=60, deadline=None)
@given(
    day=st.dates(date(2026, 1, 1), date(2027, 12, 31)),
    hour=st.integers(7, 20),
    freq=st.sampled_from(list(Frequency)),
    interval=st.integers(1, 3),
    count=st.one_of(st.none(), st.integers(1, 20)),
    until_days=st.integers(0, 400),
    drop=st.sets(st.integers(0, 15), max_size=3),
    moves=st.dictionaries(st.integers(0, 15), st.integers(-3, 3), max_size=3),
)
def test_random_series_match_recurring_ical_events(
    day: date,
    hour: int,
    freq: Frequency,
    interval: int,
    count: int | None,
    until_days: int,
    drop: set[int],
    moves: dict[int, int],
) -> None:
    first = datetime(day.year, day.month, day.day, hour)
    until = None if count else day + timedelta(days=until_days)
    rule = RecurrenceRule(freq, interval, until, count)
    plain = appt(first, rec.to_rrule(rule, first, tzid=AMS))
    originals = starts(plain)
    assert originals and originals[0] == first
    exdates = tuple(originals[i] for i in drop if i < len(originals))
    master = appt(first, plain.rrule, exdates=exdates)
    overrides = [
        appt(
            originals[i] + timedelta(days=shift, hours=1),
            ident=10 + i,
            series_id=1,
            recurrence_id=originals[i],
        )
        for i, shift in moves.items()
        if i < len(originals) and originals[i] not in exdates
    ]
    lo, hi = first - timedelta(days=10), first + timedelta(days=800)
    ours = [(o.start, o.end, o.source.id) for o in rec.expand(master, overrides, lo, hi)]
    assert sorted(ours) == ics_expand(master, overrides, lo, hi)


def test_utc_helpers_round_trip() -> None:
    local = datetime(2026, 10, 25, 10)
    assert rec.to_utc(local, AMS) == datetime(2026, 10, 25, 9, tzinfo=UTC)
    assert rec.to_local(rec.to_utc(local, AMS), AMS) == local


@settings(max_examples=80, deadline=None)
@given(
    freq=st.sampled_from(["DAILY", "WEEKLY"]),
    interval=st.integers(1, 4),
    byday=st.sets(st.sampled_from(rec.WEEKDAYS), max_size=3),
    wkst=st.sampled_from(["", "SU", "MO"]),
    first=st.datetimes(datetime(2015, 1, 1), datetime(2026, 1, 1)),
    later=st.integers(0, 4000),
)
def test_fast_forward_for_long_series_changes_nothing(
    freq: str, interval: int, byday: set[str], wkst: str, first: datetime, later: int
) -> None:
    text = f"FREQ={freq};INTERVAL={interval}"
    text += f";BYDAY={','.join(sorted(byday))}" if byday else ""
    text += f";WKST={wkst}" if wkst else ""
    master = appt(first.replace(second=0, microsecond=0), text)
    lo = master.starts_at + timedelta(days=later)
    hi = lo + timedelta(days=10)
    assert list(rec.starts(master, lo, hi)) == rec.rule_of(master).between(lo, hi, inc=True)
