"""The Tasks page: views and counts, one-click completion, quick add, Ctrl+T, system tasks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from test_clients_support import activate, fast_vault, session

from coachdesk.domain.models import ClientDraft, TaskSource
from coachdesk.paths import DataPaths
from coachdesk.services import system_tasks
from coachdesk.services.clients import create_client
from coachdesk.services.tasks import TaskView, add_task, list_tasks, view_counts
from coachdesk.ui import background
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages import Page
from coachdesk.ui.prefs import Prefs
from coachdesk.ui.session import AppSession, Changes
from coachdesk.ui.tasks import page as page_module
from coachdesk.ui.tasks.model import Column, RowRole, TaskTableModel
from coachdesk.ui.tasks.page import TasksPage
from coachdesk.vault.repos import appointments, notes

__all__ = ["fast_vault", "session"]  # fixtures used by name
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

TODAY = date.today()


@pytest.fixture(autouse=True)
def fallback_query(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin the single-appointment query; the agenda's own function is tested with the agenda."""
    monkeypatch.setattr(system_tasks, "_agenda_source", lambda: None)


def settle_background(qtbot: QtBot, page: TasksPage) -> None:
    qtbot.waitUntil(lambda: not page.sync.running and background.pending_tasks() == 0)


def make_page(qtbot: QtBot, session: AppSession) -> TasksPage:
    page = TasksPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.sync.run_now()
    settle_background(qtbot, page)
    return page


def sample(session: AppSession) -> int:
    db = session.db
    anna = create_client(db, ClientDraft(first_name="Anna", last_name="Jansen"))
    add_task(db, "Factuur sturen", due_date=TODAY)
    add_task(db, "Anna bellen", due_date=TODAY, priority=1, client_id=anna.id)
    add_task(db, "Verslag afmaken", due_date=TODAY - timedelta(days=2))
    add_task(db, "Boek lezen")
    return anna.id


def titles(page: TasksPage) -> list[str]:
    model = page.model
    return [model.index(r, Column.TITLE).data() for r in range(model.rowCount())]


def counts(page: TasksPage) -> dict[str, int]:
    views = page.views
    return {views.item(r).text(): views.item(r).data(views.CountRole) for r in range(views.count())}


def test_model_passes_qtmodeltester(qtmodeltester, qapp, session: AppSession) -> None:  # type: ignore[no-untyped-def]
    anna = sample(session)
    model = TaskTableModel(session.db, TODAY)
    qtmodeltester.check(model)
    model.set_view(TaskView.UPCOMING)
    qtmodeltester.check(model)
    model.set_view(TaskView.CLIENT, anna)
    model.sort(Column.TITLE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    assert model.index(0, Column.DONE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    assert model.headerData(Column.DUE, Qt.Orientation.Horizontal) == "Due"


def test_views_show_counts_and_overdue_in_red(qtbot: QtBot, session: AppSession) -> None:
    anna = sample(session)
    page = make_page(qtbot, session)
    assert counts(page) == {"Today": 2, "Overdue": 1, "Upcoming": 1, "Per client": 1, "Done": 0}
    assert titles(page) == ["Anna bellen", "Factuur sturen"]  # high priority first
    assert page.model.index(0, Column.CLIENT).data() == "Anna Jansen"
    page.show_view(TaskView.OVERDUE)
    assert titles(page) == ["Verslag afmaken"]
    assert page.model.index(0, Column.DUE).data(Qt.ItemDataRole.ForegroundRole) is not None
    page.show_view(TaskView.CLIENT, anna)
    assert page.client_combo.isVisible() and page.client_combo.currentText() == "Anna Jansen (1)"
    assert titles(page) == ["Anna bellen"]
    page.show_view(TaskView.DONE)
    assert page.list_stack.currentWidget() is page.empty
    assert page.empty.text() == "No finished tasks yet."


def test_ticking_the_box_completes_and_updates_the_lists(qtbot: QtBot, session: AppSession) -> None:
    sample(session)
    page = make_page(qtbot, session)
    rect = page.table.visualRect(page.model.index(1, Column.DONE))
    click_at = QPoint(rect.left() + 10, rect.center().y())
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    qtbot.waitUntil(lambda: titles(page) == ["Anna bellen"])
    assert counts(page)["Today"] == 1 and counts(page)["Done"] == 1
    assert "Done: “Factuur sturen”" in page.quick.feedback.text()
    page.show_view(TaskView.DONE)
    assert titles(page) == ["Factuur sturen"]
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # reopen from the keyboard
    assert titles(page) == []
    assert counts(page)["Today"] == 2


def test_quick_add_line(qtbot: QtBot, session: AppSession) -> None:
    page = make_page(qtbot, session)
    qtbot.keyClicks(page.quick.title, "Offerte maken")
    page.quick.priority.setCurrentIndex(page.quick.priority.findData(1))
    qtbot.keyClick(page.quick.title, Qt.Key.Key_Return)
    assert titles(page) == ["Offerte maken"]
    assert page.model.index(0, Column.PRIORITY).data() == "High"
    assert page.table.currentIndex().row() == 0
    assert page.quick.title.text() == ""
    assert page.quick.priority.currentData() == 2  # back to normal for the next task
    page.quick.due.setDate(page.quick.due.minimumDate())  # "No date"
    page.quick.title.setText("Ooit eens")
    page.quick.add()
    assert counts(page)["Upcoming"] == 1
    assert "no date" in page.quick.feedback.text()
    page.quick.add()  # empty title: an error box, nothing stored
    assert len(list_tasks(session.db)) == 2


def test_double_click_edits_and_delete_asks_first(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample(session)
    page = make_page(qtbot, session)
    rect = page.table.visualRect(page.model.index(1, Column.TITLE))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert dialog is not None and dialog.title.text() == "Factuur sturen"
    dialog.title.setText("Factuur maart sturen")
    dialog.priority.setCurrentIndex(dialog.priority.findData(3))
    dialog.notes.setPlainText("Via Moneybird")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert titles(page) == ["Anna bellen", "Factuur maart sturen"]
    tooltip = page.model.index(1, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Via Moneybird" in tooltip

    answers = [False, True]
    monkeypatch.setattr(page_module, "confirm", lambda *_args: answers.pop(0))
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(titles(page)) == 2  # declined
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert titles(page) == ["Anna bellen"]
    assert counts(page)["Done"] == 0


def past_session(session: AppSession, client_id: int | None) -> int:
    start = datetime.combine(TODAY - timedelta(days=1), time(10))
    return appointments.insert(
        session.db,
        title="Sessie",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
        client_id=client_id,
    )


def test_system_task_for_a_missing_note_comes_and_goes(qtbot: QtBot, session: AppSession) -> None:
    client = create_client(session.db, ClientDraft(first_name="Bob", last_name="Smit"))
    appointment = past_session(session, client.id)
    page = make_page(qtbot, session)
    assert counts(page)["Today"] == 1  # due the day after the session
    row = page.model.index(0, 0).data(RowRole)
    assert row.task.source is TaskSource.SYSTEM
    assert page.model.index(0, Column.TITLE).data().startswith("Write session note (")
    assert page.model.index(0, Column.SOURCE).data() == "System"
    assert "system task" in page.model.index(0, Column.SOURCE).data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.index(0, Column.SOURCE).data(Qt.ItemDataRole.DecorationRole) is not None

    notes.insert(session.db, client.id, note_date=TODAY, appointment_id=appointment)
    session.notify(Changes(notes=True, client_id=client.id))
    qtbot.waitUntil(lambda: page.sync.last_result is not None and page.sync.last_result.cleared)
    settle_background(qtbot, page)
    assert page.model.rowCount() == 0
    assert counts(page)["Done"] == 0


def test_dismissed_system_task_is_not_recreated(qtbot: QtBot, session: AppSession) -> None:
    past_session(session, None)
    page = make_page(qtbot, session)
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # system task: dismissed, no question
    assert page.model.rowCount() == 0
    assert "Dismissed" in page.quick.feedback.text()
    session.notify(Changes(notes=True))
    qtbot.waitUntil(lambda: not page.sync.running)
    settle_background(qtbot, page)
    assert view_counts(session.db, TODAY)[TaskView.TODAY] == 0
    assert counts(page)["Done"] == 1


@pytest.fixture
def window(qtbot: QtBot, session: AppSession, paths: DataPaths) -> Iterator[MainWindow]:
    window = MainWindow(session, paths, Prefs(paths))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    qtbot.waitUntil(lambda: background.pending_tasks() == 0)


def test_ctrl_t_adds_a_task_from_anywhere(
    qtbot: QtBot, session: AppSession, window: MainWindow
) -> None:
    anna = sample(session)
    activate(qtbot, window)
    window.show_page(Page.SETTINGS)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = window.task_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.due.date().toPython() == TODAY
    qtbot.keyClicks(dialog.title, "Contract nasturen")
    dialog.client.lineEdit().setText("anna jans")  # typed, not picked: one match is enough
    dialog.save()
    assert not dialog.isVisible()
    [task] = [t for t in list_tasks(session.db) if t.title == "Contract nasturen"]
    assert (task.client_id, task.due_date, task.priority) == (anna, TODAY, 2)
    window.show_page(Page.TODAY)  # Today reloads when shown
    qtbot.waitUntil(lambda: window.today.summary is not None)
    qtbot.waitUntil(lambda: window.today.summary.open_tasks == 5)  # type: ignore[union-attr]
    qtbot.mouseClick(window.today.tasks_card, Qt.MouseButton.LeftButton)
    assert window.current_page == Page.TASKS
    assert counts(window.tasks)["Today"] == 3


def test_ctrl_t_in_a_dossier_suggests_that_client(
    qtbot: QtBot, session: AppSession, window: MainWindow
) -> None:
    anna = sample(session)
    window.open_client(anna)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = window.task_dialog
    assert dialog is not None and dialog.client.currentData() == anna
    dialog.client.lineEdit().setText("Nobody")
    dialog.title.setText("x")
    dialog.save()
    assert dialog.errors["client"].text() == "Choose a client from the list."
    dialog.reject()
