"""Requests from data subjects (GDPR Art. 12(3)): kinds and the due-date arithmetic.

A request must be answered within one calendar month of receipt; the deadline may be extended
by two further months when the request is complex, with a reason. "One month" is calendar
arithmetic clamped at the month's end: received 31 January, due 28 February (29 in a leap
year); received 15 March, due 15 April.
"""

from __future__ import annotations

import calendar
import enum
from dataclasses import dataclass
from datetime import date

from coachdesk.domain.i18n import QT_TRANSLATE_NOOP

ANSWER_MONTHS = 1
EXTENSION_MONTHS = 2
DUE_SOON_DAYS = 7


class RequestKind(enum.StrEnum):
    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    PORTABILITY = "portability"


KIND_LABELS: dict[RequestKind, str] = {
    RequestKind.ACCESS: QT_TRANSLATE_NOOP("Requests", "Access request"),
    RequestKind.RECTIFICATION: QT_TRANSLATE_NOOP("Requests", "Rectification"),
    RequestKind.ERASURE: QT_TRANSLATE_NOOP("Requests", "Erasure"),
    RequestKind.RESTRICTION: QT_TRANSLATE_NOOP("Requests", "Restriction"),
    RequestKind.OBJECTION: QT_TRANSLATE_NOOP("Requests", "Objection"),
    RequestKind.PORTABILITY: QT_TRANSLATE_NOOP("Requests", "Data portability"),
}


def add_months(day: date, months: int) -> date:
    """*day* plus *months* calendar months, clamped to the last day of the target month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date(received_on: date) -> date:
    """The deadline for a request received on *received_on*: one calendar month later."""
    return add_months(received_on, ANSWER_MONTHS)


def extended_due_date(due_on: date) -> date:
    """The deadline after the Art. 12(3) extension: two months after the original due date."""
    return add_months(due_on, EXTENSION_MONTHS)


@dataclass(frozen=True, slots=True)
class DataRequest:
    id: int
    uuid: str
    client_id: int
    client_number: str
    client_name: str
    kind: RequestKind
    received_on: date
    due_on: date
    extended_to: date | None
    extension_reason: str
    completed_on: date | None
    note: str = ""

    @property
    def deadline(self) -> date:
        """The deadline in force: the extended one if the request was extended."""
        return self.extended_to or self.due_on

    @property
    def is_open(self) -> bool:
        return self.completed_on is None

    def days_left(self, today: date) -> int:
        return (self.deadline - today).days

    def is_overdue(self, today: date) -> bool:
        return self.is_open and today > self.deadline
