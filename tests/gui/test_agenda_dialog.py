"""The appointment dialog: series, live overlap warning, client search, scope questions,
cancel and delete, and "Write session note" through the main window."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, QTime
from pytestqt.qtbot import QtBot
from test_agenda_support import MONDAY, WEDNESDAY, add, at, make_page, stored
from test_clients_support import OFFSCREEN_NOISE, add_people, fast_vault, session

from coachdesk.domain.agenda import EditScope, Frequency, RecurrenceRule
from coachdesk.domain.models import AppointmentKind, AppointmentStatus
from coachdesk.paths import DataPaths
from coachdesk.services import agenda
from coachdesk.ui.agenda import scope_dialog
from coachdesk.ui.agenda.appointment_dialog import AppointmentDialog
from coachdesk.ui.clients import widgets
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages import Page
from coachdesk.ui.prefs import Prefs
from coachdesk.ui.session import AppSession

__all__ = ["fast_vault", "session"]  # fixtures used by name
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def new_dialog(qtbot: QtBot, session: AppSession, hour: int = 10) -> AppointmentDialog:
    page = make_page(qtbot, session)
    return page.open_new(at(MONDAY, hour), at(MONDAY, hour + 1))


def test_a_weekly_series_every_two_weeks_with_a_count(qtbot: QtBot, session: AppSession) -> None:
    dialog = new_dialog(qtbot, session)
    dialog.title.setText("Coaching")
    dialog.kind.setCurrentIndex(dialog.kind.findData(AppointmentKind.INTAKE.value))
    dialog.repeat.frequency.setCurrentIndex(2)  # every … weeks
    dialog.repeat.interval.setValue(2)
    dialog.repeat.ending.setCurrentIndex(2)  # after N times
    dialog.repeat.count.setValue(3)
    assert dialog.repeat.rule() == RecurrenceRule(Frequency.WEEKLY, 2, None, 3)
    dialog.save()
    found = agenda.occurrences(session.db, at(MONDAY, 0), at(MONDAY, 0) + timedelta(weeks=8))
    assert [o.start for o in found] == [at(MONDAY + timedelta(weeks=w), 10) for w in (0, 2, 4)]
    assert all(o.source.kind is AppointmentKind.INTAKE for o in found)


def test_monthly_by_weekday_reads_as_words(qtbot: QtBot, session: AppSession) -> None:
    dialog = new_dialog(qtbot, session)  # Monday 23 November: the fourth Monday
    assert dialog.repeat.frequency.itemText(4) == "Monthly on the fourth Monday"
    assert dialog.repeat.frequency.itemText(3) == "Monthly on day 23"


def test_overlap_is_warned_about_live(qtbot: QtBot, session: AppSession) -> None:
    add(session, "Bestaand", at(MONDAY, 10), at(MONDAY, 11))
    dialog = new_dialog(qtbot, session, hour=9)
    dialog.show()
    assert dialog.overlap.isHidden()
    dialog.start_time.setTime(QTime(10, 30))
    dialog.end_time.setTime(QTime(11, 30))
    qtbot.waitUntil(lambda: dialog.overlap.isVisible(), timeout=2000)
    assert "Bestaand" in dialog.overlap.text() and "10:00–11:00" in dialog.overlap.text()
    dialog.start_time.setTime(QTime(11, 0))
    qtbot.waitUntil(lambda: dialog.overlap.isHidden(), timeout=2000)
    dialog.title.setText("Mag toch")  # overlapping is allowed
    dialog.start_time.setTime(QTime(10, 30))
    dialog.save()
    assert stored(session, "Mag toch")


def test_end_before_start_is_refused_in_words(qtbot: QtBot, session: AppSession) -> None:
    dialog = new_dialog(qtbot, session)
    dialog.show()
    dialog.title.setText("Verkeerd")
    dialog.end_time.setTime(QTime(9, 0))
    dialog.save()
    assert dialog.isVisible()
    assert dialog.banner.text()
    assert not stored(session, "Verkeerd")


def test_client_is_found_by_typing(qtbot: QtBot, session: AppSession) -> None:
    people = add_people(session)
    dialog = new_dialog(qtbot, session)
    dialog.show()
    dialog.client.lineEdit().setText("sukru")  # typed; no popup offscreen (it warns)
    dialog.client.search()
    picker = dialog.client
    assert picker.results.rowCount() == 1
    picker.lineEdit().completer().activated[QModelIndex].emit(picker.results.index(0, 0))
    assert dialog.client.client_id() == people["Berg-Øberg"].id
    dialog.save()  # no title: the service names it after the client
    (occ,) = agenda.occurrences(session.db, at(MONDAY, 0), at(MONDAY, 23))
    assert occ.source.client_id == people["Berg-Øberg"].id
    assert occ.source.title == "Şükrü van den Berg-Øberg"


def test_changing_all_of_a_series(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scope_dialog, "ask_scope", lambda *_a: EditScope.ALL)
    add(session, "Oud", at(MONDAY, 9), at(MONDAY, 10), rule=RecurrenceRule(Frequency.WEEKLY))
    page = make_page(qtbot, session)
    dialog = page.open_occurrence(page.occurrences[0])
    assert dialog.repeat.rule() == RecurrenceRule(Frequency.WEEKLY)
    dialog.title.setText("Nieuw")
    dialog.save()
    assert len(stored(session, "Nieuw")) == 2 and not stored(session, "Oud")


def test_cancel_one_occurrence_of_a_series(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scope_dialog, "ask_scope", lambda *_a: EditScope.ONE)
    add(session, "Reeks", at(MONDAY, 9), at(MONDAY, 10), rule=RecurrenceRule(Frequency.WEEKLY))
    page = make_page(qtbot, session)
    page.open_occurrence(page.occurrences[0]).cancel_appointment()
    statuses = [o.source.status for o in stored(session, "Reeks")]
    assert statuses == [AppointmentStatus.CANCELLED, AppointmentStatus.PLANNED]
    assert page.occurrences[0].source.status is AppointmentStatus.CANCELLED
    page.grab()  # greyed and struck through


def test_delete_a_single_appointment_after_confirming(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([False, True])
    monkeypatch.setattr(widgets, "confirm", lambda *_a: next(answers))
    add(session, "Weg", at(WEDNESDAY, 9), at(WEDNESDAY, 10))
    page = make_page(qtbot, session)
    dialog = page.open_occurrence(page.occurrences[0])
    dialog.delete_appointment()
    assert stored(session, "Weg")
    dialog.delete_appointment()
    assert not stored(session, "Weg") and page.occurrences == []


def test_write_session_note_opens_the_dossier(
    qtbot: QtBot,
    session: AppSession,
    paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people = add_people(session)
    client = people["Jansen"]
    add(session, "Sessie Anna", at(MONDAY, 9), at(MONDAY, 10), client_id=client.id,
        rule=RecurrenceRule(Frequency.WEEKLY, count=4))  # fmt: skip
    window = MainWindow(session, paths, Prefs(paths))
    qtbot.addWidget(window)
    window.show()
    window.show_page(Page.AGENDA)
    page = window.agenda
    assert window.pages[Page.AGENDA] is page
    page.set_focus_day(MONDAY + timedelta(weeks=1))
    (occ,) = page.occurrences
    dialog = page.open_occurrence(occ)
    with qtbot.waitSignal(page.write_note_requested) as signal:
        dialog.note_button.click()
    client_id, appointment_id = signal.args
    assert client_id == client.id
    (row,) = [o for o in stored(session, "Sessie Anna") if o.source.id == appointment_id]
    assert row.series_id is not None and row.start == at(MONDAY + timedelta(weeks=1), 9)
    assert window.current_page == Page.CLIENTS
    dossier = window.clients.dossier  # type: ignore[attr-defined]
    assert dossier.client_id == client.id
    assert dossier.tabs.currentWidget() is dossier.notes
    editor = dossier.notes.editor
    assert editor.title.text()  # a session note from the template, ready to type
    editor.body.setPlainText("Verslag van de tweede sessie.")
    assert editor.save_now()
    note_row = session.db.one(
        "SELECT appointment_id, note_date FROM notes WHERE client_id = :c", {"c": client.id}
    )
    assert note_row["appointment_id"] == appointment_id
    assert note_row["note_date"] == (MONDAY + timedelta(weeks=1)).isoformat()
    window.close()
