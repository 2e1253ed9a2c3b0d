"""The demo coach's agenda while the generator fills it: which half-hours are taken.

Working hours are 09:00–17:00, Monday to Friday. An appointment goes to the wanted time when it
is free, else to the nearest free time that day, else to the next workdays (up to
``MAX_SHIFT``); a weekly series needs the same time free in every week. Only a full agenda
(a practice with more sessions than one coach's weeks hold) makes an appointment overlap: it
then takes the time with the fewest clashes. Each day is a bit mask of half-hours, so a check
is one AND.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache

FIRST_HOUR, LAST_HOUR = 9, 17
HALVES = (LAST_HOUR - FIRST_HOUR) * 2  # half-hour slots in a working day
MAX_SHIFT = 15  # workdays an appointment may move on before it is allowed to overlap


def workday(day: date) -> date:
    """A Saturday or Sunday becomes the next Monday: coaches keep office days."""
    return day + timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day


def _next_workday(day: date) -> date:
    return workday(day + timedelta(days=1))


@cache
def _order(size: int, wanted: int) -> tuple[int, ...]:
    """Start slots for an appointment *size* half-hours long, nearest to *wanted* first."""
    return tuple(sorted(range(HALVES - size + 1), key=lambda i: (abs(i - wanted), i)))


class DemoAgenda:
    """Free and taken time, filled in the order the generator books."""

    def __init__(self) -> None:
        self._taken: dict[date, int] = {}

    @staticmethod
    def _fit(hour: int, minute: int, minutes: int) -> tuple[int, int]:
        """(size, wanted start slot) within working hours."""
        size = min(HALVES, max(1, -(-minutes // 30)))
        wanted = (hour - FIRST_HOUR) * 2 + minute // 30
        return size, min(max(0, wanted), HALVES - size)

    @staticmethod
    def _at(day: date, slot: int) -> datetime:
        return datetime(day.year, day.month, day.day, FIRST_HOUR + slot // 2, slot % 2 * 30)

    def book(self, day: date, hour: int, minute: int, minutes: int) -> datetime:
        """Book one appointment; returns its start."""
        return self.book_weekly(day, hour, minute, minutes, 1)

    def book_weekly(self, day: date, hour: int, minute: int, minutes: int, count: int) -> datetime:
        """Book *count* weekly occurrences at one time; returns the first start. When no time
        is free in every week, the one with the fewest clashes wins."""
        size, wanted = self._fit(hour, minute, minutes)
        bits = (1 << size) - 1
        first, best = workday(day), (count + 1, workday(day), wanted)
        for _ in range(MAX_SHIFT + 1):
            masks = [self._taken.get(first + timedelta(weeks=w), 0) for w in range(count)]
            for slot in _order(size, wanted):
                mask = bits << slot
                clashes = sum(1 for taken in masks if taken & mask)
                if clashes < best[0]:
                    best = (clashes, first, slot)
                    if not clashes:
                        break
            if not best[0]:
                break
            first = _next_workday(first)
        _, first, slot = best
        for w in range(count):
            d = first + timedelta(weeks=w)
            self._taken[d] = self._taken.get(d, 0) | (bits << slot)
        return self._at(first, slot)

    def release(self, start: datetime, minutes: int) -> None:
        """Free the time of an occurrence that was skipped or moved."""
        size, slot = self._fit(start.hour, start.minute, minutes)
        day = start.date()
        if day in self._taken:
            self._taken[day] &= ~(((1 << size) - 1) << slot)
