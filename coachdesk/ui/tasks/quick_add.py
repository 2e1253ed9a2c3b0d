"""The task dialog: quick add from anywhere (Ctrl+T) and editing a task (double click).

Quick add asks only what a task needs (title, due date, priority, optional client); editing
adds the notes. A system task's title and client come from CoachDesk, so they are read-only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.models import Task, TaskSource
from coachdesk.services.tasks import (
    PRIORITIES,
    PRIORITY_NORMAL,
    TITLE_MAX,
    add_task,
    client_choices,
    update_task,
)
from coachdesk.ui.clients.labels import date_format, from_qdate, to_qdate
from coachdesk.ui.clients.widgets import FieldError, error_text
from coachdesk.ui.dialogs import frame_save_dialog
from coachdesk.ui.i18n import tr_field_error
from coachdesk.ui.session import AppSession, Changes
from coachdesk.ui.tasks.labels import priority_label, task_title

NO_DATE = QDate(1999, 12, 31)  # the date fields' minimum, shown as "No date"


def date_edit(parent: QWidget) -> QDateEdit:
    """A due-date field whose lowest value means "no date"."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setDisplayFormat(date_format())
    return edit


def due_of(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else from_qdate(edit.date())


def priority_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for priority in PRIORITIES:
        combo.addItem(priority_label(priority), priority)
    combo.setCurrentIndex(combo.findData(PRIORITY_NORMAL))
    return combo


def retranslate_priorities(combo: QComboBox) -> None:
    for i in range(combo.count()):
        combo.setItemText(i, priority_label(combo.itemData(i)))


class ClientPicker(QComboBox):
    """An editable list of clients: type part of a name and pick it; empty means none."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def fill(self, choices: list[tuple[int, str]], selected: int | None) -> None:
        self.clear()
        self.addItem("", None)
        for client_id, label in choices:
            self.addItem(label, client_id)
        self.setCurrentIndex(max(0, self.findData(selected)) if selected is not None else 0)

    def client_id(self) -> int | bool | None:
        """The chosen client's id, None for none, False if the text names no single client.

        The coach may type part of a name without picking from the list: one match is enough.
        """
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return self.itemData(index)
        matches = [
            i for i in range(1, self.count()) if text.casefold() in self.itemText(i).casefold()
        ]
        return self.itemData(matches[0]) if len(matches) == 1 else False


class TaskDialog(QDialog):
    """Emits ``saved(task_id)`` after a successful save (and the Changes broadcast)."""

    saved = Signal(int)

    def __init__(
        self,
        session: AppSession,
        parent: QWidget,
        *,
        task: Task | None = None,
        client_id: int | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._task = task
        self._system = task is not None and task.source is TaskSource.SYSTEM
        self.title = QLineEdit(self)
        self.title.setMaxLength(TITLE_MAX)
        self.due = date_edit(self)
        self.priority = priority_combo(self)
        self.client = ClientPicker(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 5)
        self.notes.setVisible(task is not None)
        self.errors = {"title": FieldError(self), "client": FieldError(self)}
        self.banner = FieldError(self)
        self._labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        fields = (self.title, self.due, self.priority, self.client, self.notes)
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
            if field is self.title:
                form.addRow("", self.errors["title"])
            elif field is self.client:
                form.addRow("", self.errors["client"])
        self._labels[4].setVisible(task is not None)
        self.buttons = frame_save_dialog(self, self.banner, form, min_width=460)
        self._load(task, client_id, today or date.today())
        self.retranslate()

    def _load(self, task: Task | None, client_id: int | None, today: date) -> None:
        choices = [
            (c.id, f"{c.name} ({c.number})" if c.number else c.name)
            for c in client_choices(self._session.db)
        ]
        if task is None:
            self.due.setDate(to_qdate(today))
            self.client.fill(choices, client_id)
            return
        if task.client_id is not None and task.client_id not in {c for c, _ in choices}:
            choices.append((task.client_id, self.tr("(archived client)")))
        self.title.setText(task_title(task))
        self.title.setReadOnly(self._system)
        self.due.setDate(to_qdate(task.due_date) if task.due_date else NO_DATE)
        self.priority.setCurrentIndex(max(0, self.priority.findData(task.priority)))
        self.client.fill(choices, task.client_id)
        self.client.setEnabled(not self._system)
        self.notes.setPlainText(task.notes)

    def retranslate(self) -> None:
        if self._task is None:
            self.setWindowTitle(self.tr("New task"))
        else:
            self.setWindowTitle(self.tr("Edit task"))
        texts = (
            self.tr("&Task"),
            self.tr("&Due"),
            self.tr("&Priority"),
            self.tr("&Client"),
            self.tr("&Notes"),
        )
        fields = (self.title, self.due, self.priority, self.client, self.notes)
        for label, text, field in zip(self._labels, texts, fields, strict=True):
            label.setText(text)
            field.setAccessibleName(text.replace("&", ""))
        self.title.setPlaceholderText(self.tr("What needs doing?"))
        self.due.setSpecialValueText(self.tr("No date"))
        self.due.setDisplayFormat(date_format())
        self.client.lineEdit().setPlaceholderText(self.tr("No client (type to search)"))
        retranslate_priorities(self.priority)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> None:
        for label in (*self.errors.values(), self.banner):
            label.show_message("")
        client_id = self.client.client_id()
        if client_id is False:
            self.errors["client"].show_message(self.tr("Choose a client from the list."))
            return
        fields = {
            "due_date": due_of(self.due),
            "priority": int(self.priority.currentData()),
            "client_id": client_id,
        }
        db = self._session.db
        try:
            if self._task is None:
                task = add_task(db, self.title.text(), **fields)  # type: ignore[arg-type]
            else:
                title = self._task.title if self._system else self.title.text()
                notes = self.notes.toPlainText()
                task = update_task(db, self._task.id, title=title, notes=notes, **fields)  # type: ignore[arg-type]
        except ValidationError as exc:
            for name, message in exc.fields.items():
                self.errors.get(name, self.banner).show_message(tr_field_error(message))
            return
        except CoachDeskError as exc:
            self.banner.show_message(error_text(exc))
            return
        self._session.notify(Changes(tasks=True, client_id=task.client_id), initiator=self)
        self.saved.emit(task.id)
        self.accept()
