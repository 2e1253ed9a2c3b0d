"""What the agenda views share: view modes, visible ranges, labels, colours and time formats.

Ranges follow the locale: a Dutch week starts on Monday (``QLocale.firstDayOfWeek``), the work
week is the locale's working days. Labels for stored values (kind, status) are translated at
display time in context ``AgendaLabels``, like the client labels.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QColor

from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import AppointmentKind, AppointmentStatus

SNAP_MINUTES = 15
CONTEXT = "AgendaLabels"


class ViewMode(enum.IntEnum):
    DAY = 0
    WORK_WEEK = 1
    WEEK = 2
    MONTH = 3


_KIND = {
    AppointmentKind.INTAKE: QT_TRANSLATE_NOOP("AgendaLabels", "Intake"),
    AppointmentKind.SESSION: QT_TRANSLATE_NOOP("AgendaLabels", "Session"),
    AppointmentKind.EVALUATION: QT_TRANSLATE_NOOP("AgendaLabels", "Evaluation"),
    AppointmentKind.OTHER: QT_TRANSLATE_NOOP("AgendaLabels", "Other"),
    AppointmentKind.BLOCKED: QT_TRANSLATE_NOOP("AgendaLabels", "Blocked time"),
}
_STATUS = {
    AppointmentStatus.PLANNED: QT_TRANSLATE_NOOP("AgendaLabels", "Planned"),
    AppointmentStatus.DONE: QT_TRANSLATE_NOOP("AgendaLabels", "Done"),
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("AgendaLabels", "Cancelled"),
    AppointmentStatus.NO_SHOW: QT_TRANSLATE_NOOP("AgendaLabels", "No-show"),
}
_VIEW = {
    ViewMode.DAY: QT_TRANSLATE_NOOP("AgendaLabels", "Day"),
    ViewMode.WORK_WEEK: QT_TRANSLATE_NOOP("AgendaLabels", "Work week"),
    ViewMode.WEEK: QT_TRANSLATE_NOOP("AgendaLabels", "Week"),
    ViewMode.MONTH: QT_TRANSLATE_NOOP("AgendaLabels", "Month"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: AppointmentKind) -> str:
    return _t(_KIND[kind])


def status_label(status: AppointmentStatus) -> str:
    return _t(_STATUS[status])


def view_label(mode: ViewMode) -> str:
    return _t(_VIEW[mode])


@dataclass(frozen=True, slots=True)
class KindColours:
    fill: QColor
    border: QColor


# A calm palette: light fills with a darker edge of the same hue; text is always dark on them,
# so the items stay readable in a dark desktop theme too.
_COLOURS = {
    AppointmentKind.INTAKE: ("#dce8f7", "#4a78b0"),
    AppointmentKind.SESSION: ("#d6ecea", "#2f6f73"),
    AppointmentKind.EVALUATION: ("#ece2f4", "#7d5a9e"),
    AppointmentKind.OTHER: ("#f4ecd9", "#a27b2e"),
    AppointmentKind.BLOCKED: ("#e6e6e6", "#7f7f7f"),
}
CANCELLED = KindColours(QColor("#f2f2f2"), QColor("#b5b5b5"))
TEXT = QColor("#1f2a2b")
MUTED_TEXT = QColor("#7a7a7a")
TODAY_FILL = QColor(47, 111, 115, 22)
NOW_LINE = QColor("#c0392b")
WARNING = QColor("#b3561e")


def kind_colours(kind: AppointmentKind, status: AppointmentStatus) -> KindColours:
    if status == AppointmentStatus.CANCELLED:
        return CANCELLED
    fill, border = _COLOURS[kind]
    return KindColours(QColor(fill), QColor(border))


# --- ranges ------------------------------------------------------------------------------


def first_day_of_week(locale: QLocale | None = None) -> int:
    """0 = Monday … 6 = Sunday, as the locale has it (Monday in Dutch)."""
    return int((locale or QLocale()).firstDayOfWeek().value) - 1


def week_start(day: date, locale: QLocale | None = None) -> date:
    return day - timedelta(days=(day.weekday() - first_day_of_week(locale)) % 7)


def visible_days(mode: ViewMode, day: date, locale: QLocale | None = None) -> list[date]:
    """The days a view shows around *day*; the month view is six whole weeks."""
    locale = locale or QLocale()
    if mode == ViewMode.DAY:
        return [day]
    if mode == ViewMode.MONTH:
        start = week_start(day.replace(day=1), locale)
        return [start + timedelta(days=i) for i in range(42)]
    week = [week_start(day, locale) + timedelta(days=i) for i in range(7)]
    if mode == ViewMode.WORK_WEEK:
        workdays = {int(d.value) - 1 for d in locale.weekdays()}
        week = [d for d in week if d.weekday() in workdays] or week
    return week


def step(mode: ViewMode, day: date, direction: int) -> date:
    """The focus day one period earlier (-1) or later (+1)."""
    if mode == ViewMode.DAY:
        return day + timedelta(days=direction)
    if mode == ViewMode.MONTH:
        month = day.month - 1 + direction
        year, month = day.year + month // 12, month % 12 + 1
        return date(year, month, min(day.day, 28))
    return day + timedelta(weeks=direction)


def range_title(mode: ViewMode, days: list[date], focus: date) -> str:
    """ "week 48 · 23–29 november 2026", "november 2026", "maandag 23 november 2026"."""
    locale = QLocale()
    if mode == ViewMode.DAY:
        return locale.toString(to_qdate(focus), QLocale.FormatType.LongFormat)
    if mode == ViewMode.MONTH:
        return locale.toString(to_qdate(focus), "MMMM yyyy")
    first, last = days[0], days[-1]
    thursday = next((d for d in days if d.weekday() == 3), first)
    week = to_qdate(thursday).weekNumber()[0]
    if (first.year, first.month) == (last.year, last.month):
        span = f"{first.day}–{locale.toString(to_qdate(last), 'd MMMM yyyy')}"
    elif first.year == last.year:
        span = (
            f"{locale.toString(to_qdate(first), 'd MMMM')} – "
            f"{locale.toString(to_qdate(last), 'd MMMM yyyy')}"
        )
    else:
        span = (
            f"{locale.toString(to_qdate(first), 'd MMMM yyyy')} – "
            f"{locale.toString(to_qdate(last), 'd MMMM yyyy')}"
        )
    return (
        QCoreApplication.translate("AgendaLabels", "week %1 · %2")
        .replace("%1", str(week))
        .replace("%2", span)
    )


# --- conversions and formats ---------------------------------------------------------------


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def fmt_time(value: datetime | time) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), "HH:mm")


def fmt_span(start: datetime, end: datetime) -> str:
    return f"{fmt_time(start)}–{fmt_time(end)}"


def day_heading(day: date, *, short: bool = True) -> str:
    """ "ma 23" in a week header, "maandag 23 nov." when there is room."""
    locale = QLocale()
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return f"{locale.dayName(day.isoweekday(), fmt)} {day.day}"


def snap(value: datetime, minutes: int = SNAP_MINUTES) -> datetime:
    """Round to the nearest multiple of *minutes* after midnight."""
    midnight = datetime.combine(value.date(), time())
    total = (value - midnight).total_seconds() / 60
    return midnight + timedelta(minutes=round(total / minutes) * minutes)
