"""Words for backups: schedules, target problems, sizes and dates as the locale writes them.

The service hands out plain values (``TargetProblem``, schedule codes, UTC datetimes); the
sentences the coach reads are made here, in context ``BackupLabels``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.ui.i18n import tr_error

SCHEDULES = ("on_close", "daily", "weekly", "manual")
_SCHEDULE = {
    "on_close": QT_TRANSLATE_NOOP("BackupLabels", "Every time I close CoachDesk"),
    "daily": QT_TRANSLATE_NOOP("BackupLabels", "Daily"),
    "weekly": QT_TRANSLATE_NOOP("BackupLabels", "Weekly"),
    "manual": QT_TRANSLATE_NOOP("BackupLabels", "Only when I click “Back up now”"),
}
_PROBLEM = {
    "missing": QT_TRANSLATE_NOOP(
        "BackupLabels", "This folder cannot be found. Is the disk or network share connected?"
    ),
    "not_writable": QT_TRANSLATE_NOOP(
        "BackupLabels", "CoachDesk may not write in this folder. Choose another folder."
    ),
    "inside_vault": QT_TRANSLATE_NOOP(
        "BackupLabels",
        "This folder is inside CoachDesk's own data folder: a lost or broken laptop would take "
        "the backups with it. Choose a USB disk, a network share or a synced cloud folder.",
    ),
}
_PROBLEM_SHORT = {
    "missing": QT_TRANSLATE_NOOP("BackupLabels", "not found"),
    "not_writable": QT_TRANSLATE_NOOP("BackupLabels", "not writable"),
    "inside_vault": QT_TRANSLATE_NOOP("BackupLabels", "inside the data folder"),
}
_UNKNOWN = QT_TRANSLATE_NOOP("BackupLabels", "This folder cannot be used for backups.")


def _t(text: str) -> str:
    return QCoreApplication.translate("BackupLabels", text)


def schedule_label(code: str) -> str:
    return _t(_SCHEDULE.get(code, _SCHEDULE["daily"]))


def _problem_code(problem: object) -> str:
    return str(getattr(problem, "value", problem))


def problem_text(problem: object) -> str:
    """The full sentence for a ``TargetProblem`` (what is wrong and what to do)."""
    return _t(_PROBLEM.get(_problem_code(problem), _UNKNOWN))


def problem_short(problem: object) -> str:
    return _t(_PROBLEM_SHORT.get(_problem_code(problem), _PROBLEM_SHORT["not_writable"]))


def fmt_size(size: int) -> str:
    """1.2 MB / 1,2 MB: the locale's way, decimal units as file managers show them."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def fmt_moment(moment: datetime) -> str:
    """A UTC stamp in this computer's time zone, date and time as the locale writes them."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    qdt = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def fmt_day(moment: datetime) -> str:
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return QLocale().toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat
    )


def bytes_progress(done: int, total: int) -> str:
    """ "12.3 MB of 300.0 MB" for a progress dialog."""
    text = QCoreApplication.translate("BackupLabels", "%1 of %2")
    return text.replace("%1", fmt_size(done)).replace("%2", fmt_size(total))


def outcome_text(outcome: Any) -> str:
    """One sentence about a finished ``BackupOutcome`` (Settings, scheduler, closing)."""
    if outcome.cancelled:
        return QCoreApplication.translate(
            "BackupLabels", "Backup cancelled. No new backup was written."
        )
    problems = " ".join(tr_error(e) for e in outcome.errors)
    if outcome.errors and outcome.records:
        return (
            QCoreApplication.translate(
                "BackupLabels", "Backup written to %1 of the folders, but not everywhere: %2"
            )
            .replace("%1", str(len(outcome.records)))
            .replace("%2", problems)
        )
    if outcome.errors:
        return QCoreApplication.translate("BackupLabels", "Backup failed: %1").replace(
            "%1", problems
        )
    if not outcome.records:
        return QCoreApplication.translate(
            "BackupLabels", "No backup folder is set up yet. Add one in Settings → Backups."
        )
    places = ", ".join(str(getattr(r, "path", "")) for r in outcome.records)
    return QCoreApplication.translate("BackupLabels", "Backup written and checked: %1").replace(
        "%1", places
    )
