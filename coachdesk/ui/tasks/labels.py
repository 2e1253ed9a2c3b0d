"""Words for tasks: priorities, view names and the titles of system tasks.

System tasks store a plain English fallback title; what the coach sees is worded here from the
task's key, in the current language (context ``TaskLabels``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import Task, TaskSource
from coachdesk.services.backup.reminders import BACKUP_OVERDUE, TARGET_MISSING
from coachdesk.services.retention_sweep import RETENTION
from coachdesk.services.system_tasks import NOTE_MISSING, parse_system_key
from coachdesk.services.tasks import (
    PRIORITY_HIGH,
    PRIORITY_LOW,
    PRIORITY_NORMAL,
    TaskView,
)
from coachdesk.ui.clients.labels import fmt_date

_PRIORITY = {
    PRIORITY_HIGH: QT_TRANSLATE_NOOP("TaskLabels", "High"),
    PRIORITY_NORMAL: QT_TRANSLATE_NOOP("TaskLabels", "Normal"),
    PRIORITY_LOW: QT_TRANSLATE_NOOP("TaskLabels", "Low"),
}
_VIEW = {
    TaskView.TODAY: QT_TRANSLATE_NOOP("TaskLabels", "Today"),
    TaskView.OVERDUE: QT_TRANSLATE_NOOP("TaskLabels", "Overdue"),
    TaskView.UPCOMING: QT_TRANSLATE_NOOP("TaskLabels", "Upcoming"),
    TaskView.CLIENT: QT_TRANSLATE_NOOP("TaskLabels", "Per client"),
    TaskView.DONE: QT_TRANSLATE_NOOP("TaskLabels", "Done"),
}
_EMPTY = {
    TaskView.TODAY: QT_TRANSLATE_NOOP("TaskLabels", "Nothing due today."),
    TaskView.OVERDUE: QT_TRANSLATE_NOOP("TaskLabels", "Nothing overdue. Well done."),
    TaskView.UPCOMING: QT_TRANSLATE_NOOP("TaskLabels", "No upcoming tasks."),
    TaskView.CLIENT: QT_TRANSLATE_NOOP("TaskLabels", "No open tasks for this client."),
    TaskView.DONE: QT_TRANSLATE_NOOP("TaskLabels", "No finished tasks yet."),
}
_NOTE_MISSING_TITLE = QT_TRANSLATE_NOOP("TaskLabels", "Write session note (%1)")
_RETENTION_TITLE = QT_TRANSLATE_NOOP("TaskLabels", "Retention period ended for %1")
_BACKUP_OVERDUE_TITLE = QT_TRANSLATE_NOOP(
    "TaskLabels", "Back up the practice (the last backup is overdue)"
)
_TARGET_MISSING_TITLE = QT_TRANSLATE_NOOP("TaskLabels", "Connect the backup folder %1")
_TARGET_MISSING_STORED = "Connect the backup folder "  # services.backup.reminders' fallback


def _t(text: str) -> str:
    return QCoreApplication.translate("TaskLabels", text)


def priority_label(priority: int) -> str:
    return _t(_PRIORITY.get(priority, _PRIORITY[PRIORITY_NORMAL]))


def view_label(view: TaskView) -> str:
    return _t(_VIEW[view])


def empty_label(view: TaskView) -> str:
    return _t(_EMPTY[view])


def task_title(task: Task) -> str:
    """The title as the coach reads it; system tasks are worded from their key."""
    if task.source is TaskSource.SYSTEM:
        key = parse_system_key(task.system_key)
        if key.kind == NOTE_MISSING and key.day is not None:
            return _t(_NOTE_MISSING_TITLE).replace("%1", fmt_date(key.day))
        if key.kind == RETENTION:  # stored as "Retention period ended for <number>"
            return _t(_RETENTION_TITLE).replace("%1", task.title.rpartition(" ")[2])
        if key.kind == BACKUP_OVERDUE:
            return _t(_BACKUP_OVERDUE_TITLE)
        if key.kind == TARGET_MISSING and task.title.startswith(_TARGET_MISSING_STORED):
            folder = task.title.removeprefix(_TARGET_MISSING_STORED)
            return _t(_TARGET_MISSING_TITLE).replace("%1", folder)
    return task.title


def system_tooltip() -> str:
    return _t(
        QT_TRANSLATE_NOOP(
            "TaskLabels",
            "A system task: CoachDesk made it and removes it when its reason is gone. "
            "Tick it or press Delete to dismiss it.",
        )
    )
