"""The task table: columns sized for their content, keys and a context menu as signals.

The page decides what an action does; the table only says what the coach asked for, so
keyboard, mouse and menu reach the same code.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from coachdesk.domain.models import TaskSource
from coachdesk.ui.tasks.model import SQL_SORT, Column, TaskTableModel


class TaskTable(QTableView):
    """Signals carry the task id: Delete/Backspace -> ``remove_requested``, Space -> ``toggle``."""

    edit_requested = Signal(int)
    remove_requested = Signal(int)
    done_requested = Signal(int, bool)
    open_client_requested = Signal(int)

    def __init__(self, model: TaskTableModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.doubleClicked.connect(self._edit_index)
        self.installEventFilter(self)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.DUE, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._on_sort)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.DONE, 36), (Column.DUE, 100), (Column.PRIORITY, 84),
                              (Column.CLIENT, 170), (Column.SOURCE, 90)):  # fmt: skip
            header.resizeSection(column, width)

    def current_task_id(self) -> int | None:
        index = self.currentIndex()
        return self._model.task_id_at(index.row()) if index.isValid() else None

    def select_task(self, task_id: int | None) -> None:
        if task_id is not None and (row := self._model.row_of(task_id)) is not None:
            self.selectRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            task_id = self.current_task_id()
            if task_id is not None and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_requested.emit(task_id)
                return True
            if task_id is not None and key == Qt.Key.Key_Space:
                task = self._model.row_at(self.currentIndex().row()).task
                self.done_requested.emit(task_id, task.done_at is None)
                return True
        return super().eventFilter(watched, event)

    def _on_sort(self, column: int, order: Qt.SortOrder) -> None:
        if Column(column) in SQL_SORT:
            self._model.sort(column, order)

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != Column.DONE:
            self.edit_requested.emit(self._model.task_id_at(index.row()))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        self.selectRow(index.row())
        task = self._model.row_at(index.row()).task
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_requested.emit(task.id))
        if task.done_at is None:
            done_text = self.tr("Mark as done") if task.source is TaskSource.MANUAL else None
            menu.addAction(done_text or self.tr("Dismiss"),
                           lambda: self.done_requested.emit(task.id, True))  # fmt: skip
        else:
            menu.addAction(self.tr("Reopen"), lambda: self.done_requested.emit(task.id, False))
        if (client_id := task.client_id) is not None:
            menu.addAction(
                self.tr("Open client"), lambda: self.open_client_requested.emit(client_id)
            )
        if task.source is TaskSource.MANUAL:
            menu.addSeparator()
            menu.addAction(self.tr("Delete…"), lambda: self.remove_requested.emit(task.id))
        menu.popup(self.viewport().mapToGlobal(pos))
