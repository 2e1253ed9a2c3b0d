"""Translated names for stored values, and locale-aware formatting of dates and sizes.

Stored values (status, consent method, audit action) stay English keys in the database; what
the coach sees is translated here, at display time, in context ``Labels``.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import ClientStatus, ConsentAction, ConsentMethod
from coachdesk.domain.note_templates import CONTEXT as TEMPLATE_CONTEXT
from coachdesk.domain.note_templates import template

_STATUS = {
    ClientStatus.PROSPECT: QT_TRANSLATE_NOOP("Labels", "Prospect"),
    ClientStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    ClientStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    ClientStatus.ARCHIVED: QT_TRANSLATE_NOOP("Labels", "Archived"),
}
_METHOD = {
    ConsentMethod.SIGNED: QT_TRANSLATE_NOOP("Labels", "Signed form"),
    ConsentMethod.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    ConsentMethod.ORAL: QT_TRANSLATE_NOOP("Labels", "Oral"),
}
_CONSENT_ACTION = {
    ConsentAction.GIVEN: QT_TRANSLATE_NOOP("Labels", "Given"),
    ConsentAction.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}
_PURPOSE = {
    "special_category_data": QT_TRANSLATE_NOOP("Labels", "Special-category data (health) in notes"),
    "share_with_sponsor": QT_TRANSLATE_NOOP("Labels", "Reporting to the sponsor or employer"),
    "contact_after_closing": QT_TRANSLATE_NOOP("Labels", "Contact after the trajectory ends"),
}
_ACTION = {
    "client.created": QT_TRANSLATE_NOOP("Labels", "Client created"),
    "client.updated": QT_TRANSLATE_NOOP("Labels", "Personal details changed"),
    "client.exported": QT_TRANSLATE_NOOP("Labels", "Data exported (access request)"),
    "client.restricted": QT_TRANSLATE_NOOP("Labels", "Processing restricted"),
    "note.created": QT_TRANSLATE_NOOP("Labels", "Note created"),
    "note.updated": QT_TRANSLATE_NOOP("Labels", "Note edited"),
    "note.deleted": QT_TRANSLATE_NOOP("Labels", "Note deleted"),
    "document.added": QT_TRANSLATE_NOOP("Labels", "Document added"),
    "document.opened": QT_TRANSLATE_NOOP("Labels", "Document opened"),
    "document.exported": QT_TRANSLATE_NOOP("Labels", "Document saved elsewhere"),
    "document.removed": QT_TRANSLATE_NOOP("Labels", "Document removed"),
    "consent.recorded": QT_TRANSLATE_NOOP("Labels", "Consent recorded"),
    "consent.withdrawn": QT_TRANSLATE_NOOP("Labels", "Consent withdrawn"),
    "trajectory.created": QT_TRANSLATE_NOOP("Labels", "Trajectory added"),
    "trajectory.updated": QT_TRANSLATE_NOOP("Labels", "Trajectory changed"),
    "appointment.created": QT_TRANSLATE_NOOP("Labels", "Appointment planned"),
    "appointment.updated": QT_TRANSLATE_NOOP("Labels", "Appointment changed"),
    "disclosure.recorded": QT_TRANSLATE_NOOP("Labels", "Disclosure recorded"),
    "appointment.cancelled": QT_TRANSLATE_NOOP("Labels", "Appointment cancelled"),
    "appointment.deleted": QT_TRANSLATE_NOOP("Labels", "Appointment deleted"),
    "task.created": QT_TRANSLATE_NOOP("Labels", "Task added"),
    "task.updated": QT_TRANSLATE_NOOP("Labels", "Task changed"),
    "task.completed": QT_TRANSLATE_NOOP("Labels", "Task completed"),
    "task.reopened": QT_TRANSLATE_NOOP("Labels", "Task reopened"),
    "task.dismissed": QT_TRANSLATE_NOOP("Labels", "Task dismissed"),
    "task.deleted": QT_TRANSLATE_NOOP("Labels", "Task deleted"),
    "task.cleared": QT_TRANSLATE_NOOP("Labels", "Task cleared by CoachDesk"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: ClientStatus) -> str:
    return _t(_STATUS[status])


def method_label(method: ConsentMethod) -> str:
    return _t(_METHOD[method])


def consent_action_label(action: ConsentAction) -> str:
    return _t(_CONSENT_ACTION[action])


def purpose_label(purpose: str) -> str:
    """Known purposes in words; a purpose the coach typed is shown as typed."""
    return _t(_PURPOSE[purpose]) if purpose in _PURPOSE else purpose


def template_name(key: str) -> str:
    return QCoreApplication.translate(TEMPLATE_CONTEXT, template(key).name)


def action_label(action: str) -> str:
    """An audit action in words; unknown actions (from newer code) are shown as stored."""
    return _t(_ACTION[action]) if action in _ACTION else action


def fmt_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def date_format() -> str:
    """The locale's short date with a four-digit year, for date fields (05-03-2026, 05/03/2026)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt.replace("MMM", "MM")


def fmt_datetime(value: datetime) -> str:
    """A UTC stamp in the computer's time zone, as the locale writes it."""
    local = value.astimezone()
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def fmt_time(value: datetime) -> str:
    local = value.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def fmt_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
