"""The quick-add line on top of the Tasks page: type a task, press Enter.

Beside it a due date (today unless changed, or "No date") and a priority; both fall back to
their defaults after each task, so one odd choice does not carry over unseen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.tasks import PRIORITY_NORMAL, add_task
from coachdesk.ui.clients.labels import fmt_date, to_qdate
from coachdesk.ui.clients.widgets import show_error
from coachdesk.ui.pages import muted
from coachdesk.ui.session import AppSession, Changes
from coachdesk.ui.tasks.quick_add import date_edit, due_of, priority_combo, retranslate_priorities


class QuickAddBar(QWidget):
    """Emits ``added(task_id)`` after the task is stored and ``Changes`` broadcast."""

    added = Signal(int)

    def __init__(
        self,
        session: AppSession,
        parent: QWidget,
        *,
        today: Callable[[], date],
        client: Callable[[], int | None],
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._today = today
        self._client = client
        self.title = QLineEdit(self)
        self.title.returnPressed.connect(self.add)
        self.due = date_edit(self)
        self.priority = priority_combo(self)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.add)
        self.feedback = muted(QLabel(self))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title, 1)
        row.addWidget(self.due)
        row.addWidget(self.priority)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.feedback)
        self.reset()
        self.retranslate()

    def reset(self) -> None:
        self.title.clear()
        self.due.setDate(to_qdate(self._today()))
        self.priority.setCurrentIndex(self.priority.findData(PRIORITY_NORMAL))

    def retranslate(self) -> None:
        self.title.setPlaceholderText(
            self.tr("Add a task: type it and press Enter (Ctrl+T from anywhere)")
        )
        self.title.setAccessibleName(self.tr("New task"))
        self.due.setSpecialValueText(self.tr("No date"))
        self.due.setAccessibleName(self.tr("Due date"))
        self.priority.setAccessibleName(self.tr("Priority"))
        retranslate_priorities(self.priority)
        self.button.setText(self.tr("Add"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add(self) -> None:
        """Store the task (with the page's client, if it shows one) and say where it went."""
        client_id = self._client()
        try:
            task = add_task(
                self._session.db,
                self.title.text(),
                due_date=due_of(self.due),
                priority=int(self.priority.currentData()),
                client_id=client_id,
            )
        except CoachDeskError as exc:
            show_error(self, self.tr("Task not added"), exc)
            return
        self.reset()
        self._session.notify(Changes(tasks=True, client_id=client_id), initiator=self)
        due = fmt_date(task.due_date) if task.due_date else self.tr("no date")
        self.feedback.setText(
            self.tr("Added “%1” (due %2).").replace("%1", task.title).replace("%2", due)
        )
        self.added.emit(task.id)
