"""Agenda values shared by the recurrence maths, the services, ICS exchange and the views.

Times are naive local wall times in the appointment's ``tzid`` (Europe/Amsterdam by default):
a weekly 10:00 session stays at 10:00 across daylight-saving changes. Conversion to UTC happens
only at the edges (ICS export, overlap checks across zones).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from coachdesk.domain.models import Appointment, AppointmentKind, AppointmentStatus

DEFAULT_TZID = "Europe/Amsterdam"


class Frequency(enum.StrEnum):
    WEEKLY = "weekly"
    MONTHLY_BY_DATE = "monthly_by_date"  # e.g. every 14th
    MONTHLY_BY_WEEKDAY = "monthly_by_weekday"  # e.g. every second Tuesday


@dataclass(frozen=True, slots=True)
class RecurrenceRule:
    """What a coach can choose: weekly or monthly, every N, until a date or N times."""

    frequency: Frequency
    interval: int = 1
    until: date | None = None
    count: int | None = None


class EditScope(enum.StrEnum):
    """Which occurrences of a series a change applies to."""

    ONE = "one"
    FOLLOWING = "following"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class AppointmentDraft:
    """What the appointment dialog (or an ICS import) produces before it is stored."""

    title: str
    start: datetime
    end: datetime
    kind: AppointmentKind = AppointmentKind.SESSION
    status: AppointmentStatus = AppointmentStatus.PLANNED
    all_day: bool = False
    tzid: str = DEFAULT_TZID
    client_id: int | None = None
    trajectory_id: int | None = None
    location: str = ""
    notes: str = ""
    recurrence: RecurrenceRule | None = None


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One appointment as it appears on a given day.

    ``source`` is the stored row it comes from: a single appointment, a series master, or an
    exception row (a moved or changed occurrence, ``source.series_id`` set). ``recurrence_id`` is
    the occurrence's original start within its series (None for single appointments).
    """

    source: Appointment
    start: datetime
    end: datetime
    series_id: int | None = None
    recurrence_id: datetime | None = None
    overlaps: tuple[int, ...] = field(default=(), compare=False)
    # Filled by ``services.agenda.occurrences``: ``overlaps`` holds the stored row ids of the
    # other occurrences this one overlaps, ``overlap_keys`` their ``key``s (cancelled and
    # all-day occurrences never overlap anything).
    overlap_keys: tuple[tuple[int, str], ...] = field(default=(), compare=False)
    # The zone ``start``/``end`` are wall times in when a view converted them from the source's
    # own ``tzid`` (an appointment imported in another zone); "" = the source's zone.
    tzid: str = ""

    @property
    def is_recurring(self) -> bool:
        return self.series_id is not None

    @property
    def key(self) -> tuple[int, str]:
        """Stable identity for views: (series or appointment id, original start)."""
        ident = self.series_id if self.series_id is not None else self.source.id
        return ident, (self.recurrence_id or self.start).isoformat()
