"""The Tasks page: views on the left, the list on the right, a quick-add line on top.

Views (Today, Overdue, Upcoming, Per client, Done) show their counts; each count is part of
one SQL pass over the (small, indexed) tasks table, so the page refreshes on the GUI thread.
Ticking a task's box completes it; double click edits; Delete removes a manual task (after
asking) or dismisses a system task. The page reloads when ``Changes.tasks`` or client names
change, at once when visible, otherwise when next shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.models import TaskSource
from coachdesk.services.tasks import (
    TaskView,
    clients_with_open_tasks,
    delete_task,
    get_task,
    set_task_done,
    view_counts,
)
from coachdesk.ui.clients.widgets import confirm, show_error
from coachdesk.ui.pages import heading, muted
from coachdesk.ui.session import AppSession, Changes
from coachdesk.ui.tasks.labels import empty_label, task_title, view_label
from coachdesk.ui.tasks.model import Column, TaskTableModel
from coachdesk.ui.tasks.quick_add import TaskDialog
from coachdesk.ui.tasks.quick_bar import QuickAddBar
from coachdesk.ui.tasks.sync import SystemTaskSync
from coachdesk.ui.tasks.table import TaskTable
from coachdesk.ui.tasks.views_list import ViewsList

VIEWS = tuple(TaskView)


class TasksPage(QWidget):
    """Emits ``open_client_requested(client_id)`` from the context menu."""

    open_client_requested = Signal(int)

    def __init__(
        self, session: AppSession, parent: QWidget | None = None, *, day: date | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._fixed_day = day
        self._dirty = False
        self.model = TaskTableModel(session.db, self.today(), self)
        self.model.done_toggled.connect(self.set_done, Qt.ConnectionType.QueuedConnection)
        self.dialog: TaskDialog | None = None
        self.sync = SystemTaskSync(session, self)
        self._build()
        self.retranslate()
        self.refresh()
        session.changed.connect(self._on_changed)
        self.sync.run_now()  # the page is built as the window opens: after each unlock

    def today(self) -> date:
        return self._fixed_day or date.today()

    def _build(self) -> None:
        self.quick = QuickAddBar(
            self._session,
            self,
            today=self.today,
            client=lambda: (
                self.client_combo.currentData() if self.current_view is TaskView.CLIENT else None
            ),
        )
        self.quick.added.connect(self._select_task)
        self.views = ViewsList(self)
        for view in VIEWS:
            QListWidgetItem("", self.views).setData(Qt.ItemDataRole.UserRole, view.value)
        self.views.currentRowChanged.connect(self._view_changed)
        self.view_title = heading("", self, 1.25)
        self.client_combo = QComboBox(self)
        self.client_combo.setMinimumWidth(240)
        self.client_combo.currentIndexChanged.connect(self._client_changed)
        self.view_title.setMinimumHeight(self.client_combo.sizeHint().height())
        title_row = QHBoxLayout()
        title_row.addWidget(self.view_title)
        title_row.addWidget(self.client_combo)
        title_row.addStretch(1)

        self.table = TaskTable(self.model, self)
        self.table.edit_requested.connect(self.edit_task)
        self.table.remove_requested.connect(self.remove_task)
        self.table.done_requested.connect(self.set_done)
        self.table.open_client_requested.connect(self.open_client_requested)
        self.empty = muted(QLabel(self))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        right = QVBoxLayout()
        right.addLayout(title_row)
        right.addWidget(self.list_stack, 1)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.views)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.quick)
        layout.addSpacing(6)
        layout.addLayout(body, 1)
        self.views.setCurrentRow(0)

    def retranslate(self) -> None:
        self.views.setAccessibleName(self.tr("Task views"))
        self.table.setAccessibleName(self.tr("Tasks"))
        self.client_combo.setAccessibleName(self.tr("Client"))
        self.model.retranslate()
        self._fill_views()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty or self.model.today != self.today():
            self.refresh()

    # --- data -----------------------------------------------------------------------------

    @property
    def current_view(self) -> TaskView:
        return VIEWS[max(0, self.views.currentRow())]

    def show_view(self, view: TaskView, client_id: int | None = None) -> None:
        self.views.setCurrentRow(VIEWS.index(view))
        if client_id is not None and (i := self.client_combo.findData(client_id)) >= 0:
            self.client_combo.setCurrentIndex(i)

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.tasks or changes.clients:
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        """Counts, client choices and the list, keeping the selected task if it stays."""
        self._dirty = False
        current = self.current_task_id()
        self.model.today = self.today()
        self._fill_clients()
        self.model.refresh()
        self._fill_views()
        self._after_reload(current)

    def _fill_views(self) -> None:
        counts = view_counts(self._session.db, self.today())
        for row, view in enumerate(VIEWS):
            item = self.views.item(row)
            item.setText(view_label(view))
            item.setData(ViewsList.CountRole, counts[view])
            item.setData(ViewsList.AlertRole, view is TaskView.OVERDUE and counts[view] > 0)
        self.view_title.setText(view_label(self.current_view))
        self.empty.setText(empty_label(self.current_view))

    def _fill_clients(self) -> None:
        chosen = self.client_combo.currentData()
        self.client_combo.blockSignals(True)
        self.client_combo.clear()
        for choice in clients_with_open_tasks(self._session.db):
            self.client_combo.addItem(f"{choice.name} ({choice.open_tasks})", choice.id)
        index = self.client_combo.findData(chosen) if chosen is not None else -1
        self.client_combo.setCurrentIndex(max(0, index) if self.client_combo.count() else -1)
        self.client_combo.blockSignals(False)
        if self.model.view is TaskView.CLIENT:
            self.model.client_id = self.client_combo.currentData()

    def _view_changed(self, _row: int) -> None:
        view = self.current_view
        self.client_combo.setVisible(view is TaskView.CLIENT)
        self.table.setColumnHidden(Column.CLIENT, view is TaskView.CLIENT)  # named above it
        client_id = self.client_combo.currentData() if view is TaskView.CLIENT else None
        self.model.set_view(view, client_id)
        self._fill_views()
        self._after_reload(None)

    def _client_changed(self, _index: int) -> None:
        if self.current_view is TaskView.CLIENT:
            self.model.set_view(TaskView.CLIENT, self.client_combo.currentData())
            self._after_reload(None)

    def _after_reload(self, keep: int | None) -> None:
        self.list_stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        self.table.select_task(keep)

    def current_task_id(self) -> int | None:
        return self.table.current_task_id()

    def _select_task(self, task_id: int) -> None:
        self.table.select_task(task_id)

    def set_done(self, task_id: int, done: bool) -> None:
        try:
            task = set_task_done(self._session.db, task_id, done)
        except CoachDeskError as exc:
            show_error(self, self.tr("Task not changed"), exc)
            return
        self._session.notify(Changes(tasks=True, client_id=task.client_id), initiator=self)
        if done:
            text = (
                self.tr("Done: “%1”.")
                if task.source is TaskSource.MANUAL
                else self.tr("Dismissed: “%1”.")
            )
        else:
            text = self.tr("Reopened: “%1”.")
        self.quick.feedback.setText(text.replace("%1", task_title(task)))

    def edit_task(self, task_id: int) -> TaskDialog:
        if self.dialog is not None:
            self.dialog.close()
        task = get_task(self._session.db, task_id)
        self.dialog = TaskDialog(self._session, self, task=task, today=self.today())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        self.dialog.open()
        return self.dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def remove_current(self) -> None:
        if (task_id := self.current_task_id()) is not None:
            self.remove_task(task_id)

    def remove_task(self, task_id: int) -> None:
        """Delete a manual task after asking; a system task is dismissed instead."""
        task = get_task(self._session.db, task_id)
        if task.source is TaskSource.SYSTEM:
            if task.done_at is None:
                self.set_done(task_id, True)
            return
        if not confirm(
            self,
            self.tr("Delete task"),
            self.tr("Delete the task “%1”? This cannot be undone.").replace("%1", task.title),
            self.tr("Delete"),
        ):
            return
        try:
            delete_task(self._session.db, task_id)
        except CoachDeskError as exc:
            show_error(self, self.tr("Task not deleted"), exc)
            return
        self._session.notify(Changes(tasks=True, client_id=task.client_id), initiator=self)
