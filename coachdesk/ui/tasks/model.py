"""The task list model: one view's ids in SQL order, rows fetched a page at a time.

The first column is a check box: ticking it asks (through ``done_toggled``) for the task to be
completed or reopened; the page does the write and the refresh, after the view's click has been
handled, so the model is never reset in the middle of its own ``setData``.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon

from coachdesk.domain.models import TaskSource
from coachdesk.services.access import Db
from coachdesk.services.tasks import TaskRow, TaskView, task_ids, task_rows
from coachdesk.ui.clients.labels import fmt_date, fmt_datetime
from coachdesk.ui.pages import app_icon
from coachdesk.ui.tasks.labels import priority_label, system_tooltip, task_title

AnyIndex = QModelIndex | QPersistentModelIndex

RowRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1
TaskIdRole = Qt.ItemDataRole.UserRole + 2
OVERDUE_COLOR = QColor("#b3261e")


class Column(enum.IntEnum):
    DONE = 0
    TITLE = 1
    DUE = 2
    PRIORITY = 3
    CLIENT = 4
    SOURCE = 5


SQL_SORT = {
    Column.TITLE: "title",
    Column.DUE: "due",
    Column.PRIORITY: "priority",
    Column.CLIENT: "client",
}


class TaskTableModel(QAbstractTableModel):
    """Tasks of one view; ``set_view``/``sort`` re-query, ``refresh`` keeps both."""

    PAGE = 200
    done_toggled = Signal(int, bool)  # (task id, done)

    def __init__(self, db: Db, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.today = today
        self.view = TaskView.TODAY
        self.client_id: int | None = None
        self._sort, self._descending = "due", False
        self._ids: list[int] = []
        self._cache: dict[int, TaskRow] = {}
        self._system_icon: QIcon | None = None
        self._ids = self._query()

    def _query(self) -> list[int]:
        if self.view is TaskView.CLIENT and self.client_id is None:
            return []
        return task_ids(
            self._db,
            self.view,
            self.today,
            client_id=self.client_id,
            sort=self._sort,
            descending=self._descending,
        )

    def set_view(self, view: TaskView, client_id: int | None = None) -> None:
        self.view, self.client_id = view, client_id
        self.beginResetModel()
        self._ids = self._query()
        self._cache.clear()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.DUE, Column.DUE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SQL_SORT.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        self._sort, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def refresh(self) -> None:
        """Re-read after a change: a repaint if the rows stayed, a reset if they changed."""
        new_ids = self._query()
        self._cache.clear()
        if new_ids == self._ids:
            if self._ids:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1)
                )
            return
        self.beginResetModel()
        self._ids = new_ids
        self.endResetModel()

    # --- lookups --------------------------------------------------------------------------

    def task_id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, task_id: int) -> int | None:
        try:
            return self._ids.index(task_id)
        except ValueError:
            return None

    def row_at(self, row: int) -> TaskRow:
        task_id = self._ids[row]
        found = self._cache.get(task_id)
        if found is None:
            start = row - row % self.PAGE
            self._cache.update(task_rows(self._db, self._ids[start : start + self.PAGE]))
            found = self._cache[task_id]
        return found

    # --- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == TaskIdRole:
            return self._ids[index.row()]
        row, column = self.row_at(index.row()), Column(index.column())
        task = row.task
        overdue = task.done_at is None and task.due_date is not None and task.due_date < self.today
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.CheckStateRole and column is Column.DONE:
            done = task.done_at is not None
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.DUE and overdue:
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.FontRole and column is Column.PRIORITY and task.priority == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column is Column.SOURCE:
            return self.system_icon() if task.source is TaskSource.SYSTEM else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column is Column.DONE:
            return self.tr("Done") if task.done_at is not None else self.tr("Open")
        return None

    def _display(self, row: TaskRow, column: Column) -> str:
        task = row.task
        if column is Column.TITLE:
            return task_title(task)
        if column is Column.DUE and self.view is TaskView.DONE and task.done_at is not None:
            return fmt_date(task.done_at.astimezone().date())
        if column is Column.DUE:
            return fmt_date(task.due_date)
        if column is Column.PRIORITY:
            return priority_label(task.priority)
        if column is Column.CLIENT:
            return row.client_name
        if column is Column.SOURCE:
            return self.tr("System") if task.source is TaskSource.SYSTEM else ""
        return ""

    def _sort_value(self, row: TaskRow, column: Column) -> Any:
        task = row.task
        return {
            Column.DONE: task.done_at is not None,
            Column.TITLE: task_title(task).casefold(),
            Column.DUE: task.due_date.isoformat() if task.due_date else "",
            Column.PRIORITY: task.priority,
            Column.CLIENT: row.client_name.casefold(),
            Column.SOURCE: task.source.value,
        }[column]

    def _tooltip(self, row: TaskRow, column: Column) -> str | None:
        task = row.task
        if column is Column.SOURCE and task.source is TaskSource.SYSTEM:
            return system_tooltip()
        if column is Column.TITLE:
            return "\n\n".join(p for p in (task_title(task), task.notes) if p)
        if column is Column.DONE:
            if task.done_at is not None:
                return self.tr("Done on %1. Untick to reopen.").replace(
                    "%1", fmt_datetime(task.done_at)
                )
            return self.tr("Tick to mark as done")
        if column is Column.CLIENT and row.client_number:
            return row.client_number
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != Column.DONE
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        self.done_toggled.emit(self._ids[index.row()], done)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.DONE: "",
            Column.TITLE: self.tr("Task"),
            Column.DUE: self.tr("Done on") if self.view is TaskView.DONE else self.tr("Due"),
            Column.PRIORITY: self.tr("Priority"),
            Column.CLIENT: self.tr("Client"),
            Column.SOURCE: self.tr("Source"),
        }[Column(section)]

    def system_icon(self) -> QIcon:
        """The app's own mark: "made by CoachDesk" (painted on first use)."""
        if self._system_icon is None:
            self._system_icon = app_icon()
        return self._system_icon

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))
