"""The dossier's Appointments tab (upcoming and past, refresh, open in the Agenda) and the
Today page's list of active clients without a next session."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from test_clients_support import OFFSCREEN_NOISE, add_people, fast_vault, make_page, session

from coachdesk.domain.agenda import AppointmentDraft, Frequency, RecurrenceRule
from coachdesk.domain.models import AppointmentKind, AppointmentStatus
from coachdesk.paths import DataPaths
from coachdesk.services import agenda
from coachdesk.ui import background
from coachdesk.ui.agenda.common import ViewMode
from coachdesk.ui.clients.appointments_tab import AppointmentsTab
from coachdesk.ui.clients.labels import fmt_date
from coachdesk.ui.clients.page import ClientsPage
from coachdesk.ui.clients.rows_model import RowsModel
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages import Page
from coachdesk.ui.pages.today import TodayPage
from coachdesk.ui.prefs import Prefs
from coachdesk.ui.session import AppSession, Changes

__all__ = ["fast_vault", "session"]
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"This plugin does not support raise")

NOW = datetime(2026, 3, 16, 12, 0)


def at(day: int, hour: int, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour)


def book(session: AppSession, client_id: int, title: str, start: datetime, **kw: object) -> None:
    end = start.replace(hour=start.hour + 1)
    agenda.create(session.db, AppointmentDraft(title, start, end, client_id=client_id, **kw))


def planned(session: AppSession) -> dict[str, int]:
    people = add_people(session)
    anna, zoe = people["Jansen"].id, people["Aalders"].id
    book(session, anna, "Intake Anna", at(2, 10), kind=AppointmentKind.INTAKE,
         status=AppointmentStatus.DONE, location="Praktijk Utrecht")  # fmt: skip
    book(session, anna, "Coachgesprek Anna", at(9, 14),
         recurrence=RecurrenceRule(Frequency.WEEKLY, count=4))  # fmt: skip
    book(session, anna, "Afgezegd", at(10, 9, month=4), status=AppointmentStatus.CANCELLED)
    book(session, zoe, "Zoë", at(17, 9))
    return {"anna": anna, "zoe": zoe}


def show_tab(
    qtbot: QtBot, session: AppSession, client_id: int
) -> tuple[ClientsPage, AppointmentsTab]:
    page = make_page(qtbot, session)
    page.open_client(client_id)
    tab = page.dossier.appointments
    tab.now = lambda: NOW
    page.dossier.tabs.setCurrentWidget(tab)
    return page, tab


def column(model: RowsModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_upcoming_and_past_with_series_occurrences(
    qtbot: QtBot,
    session: AppSession,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    ids = planned(session)
    page, tab = show_tab(qtbot, session, ids["anna"])
    assert page.dossier.tabs.tabText(page.dossier.tabs.indexOf(tab)) == "A&ppointments"
    assert page.dossier.tabs.indexOf(tab) == page.dossier.tabs.indexOf(page.dossier.documents) + 1
    upcoming = [o.start for o in tab.upcoming_model.rows()]
    past = [o.start for o in tab.past_model.rows()]
    assert upcoming == [at(16, 14), at(23, 14), at(30, 14), at(10, 9, month=4)]  # soonest first
    assert past == [at(9, 14), at(2, 10)]  # latest first
    assert column(tab.upcoming_model, 5) == ["↻", "↻", "↻", ""]
    assert column(tab.past_model, 2) == ["Session", "Intake"]
    assert column(tab.past_model, 3) == ["Planned", "Done"]
    assert column(tab.upcoming_model, 3)[-1] == "Cancelled"
    assert column(tab.past_model, 1)[1] == "10:00–11:00"
    assert column(tab.past_model, 4)[1] == "Intake Anna · Praktijk Utrecht"
    assert column(tab.past_model, 0)[1].endswith(fmt_date(date(2026, 3, 2)))
    assert tab.upcoming_title.text() == "Upcoming (4)" and tab.past_title.text() == "Past (2)"
    assert "Zoë" not in " ".join(column(tab.upcoming_model, 4))
    assert not tab.upcoming_empty.isVisible()
    qtmodeltester.check(tab.upcoming_model)
    qtmodeltester.check(tab.past_model)


def test_refreshes_when_an_appointment_is_added(qtbot: QtBot, session: AppSession) -> None:
    ids = planned(session)
    _page, tab = show_tab(qtbot, session, ids["zoe"])
    assert tab.upcoming_model.rowCount() == 1 and tab.past_model.rowCount() == 0
    assert tab.past_empty.isVisible()
    book(session, ids["zoe"], "Evaluatie Zoë", at(1, 11, month=4))
    session.notify(Changes(appointments=True, client_id=ids["anna"]))  # someone else's
    assert tab.upcoming_model.rowCount() == 1
    session.notify(Changes(appointments=True, client_id=ids["zoe"]))
    assert [o.source.title for o in tab.upcoming_model.rows()] == ["Zoë", "Evaluatie Zoë"]


def test_empty_client_shows_both_hints(qtbot: QtBot, session: AppSession) -> None:
    anna = add_people(session)["Jansen"].id
    _page, tab = show_tab(qtbot, session, anna)
    assert tab.upcoming_empty.isVisible() and tab.past_empty.isVisible()
    assert tab.upcoming_title.text() == "Upcoming (0)"


def test_double_click_opens_the_agenda_on_that_day(
    qtbot: QtBot, session: AppSession, paths: DataPaths
) -> None:
    ids = planned(session)
    window = MainWindow(session, paths, Prefs(paths))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_client(ids["anna"])
    dossier = window.clients.dossier  # type: ignore[attr-defined]
    tab = dossier.appointments
    tab.now = lambda: NOW
    dossier.tabs.setCurrentWidget(tab)
    tab.reload()
    view = tab.upcoming
    rect = view.visualRect(tab.upcoming_model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(tab.open_day_requested) as signal:  # QTest: a click, then the double
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [date(2026, 3, 23)]
    assert window.current_page == Page.AGENDA
    assert window.agenda.mode == ViewMode.DAY and window.agenda.focus_day == date(2026, 3, 23)
    assert [o.source.title for o in window.agenda.occurrences] == ["Coachgesprek Anna"]
    qtbot.waitUntil(lambda: background.pending_tasks() == 0)


def test_today_lists_active_clients_without_a_next_session(
    qtbot: QtBot, session: AppSession
) -> None:
    planned(session)  # Anna and Zoë have a next session; Şükrü (active) has none
    sukru = session.db.scalar("SELECT id FROM clients WHERE last_name = 'Berg-Øberg'")
    holder = QWidget()
    qtbot.addWidget(holder)
    today = TodayPage(session, holder, day=NOW.date())
    holder.show()
    qtbot.waitUntil(lambda: today.summary is not None and not today.loading)
    assert today.unbooked_title.text() == "Active clients without a next session"
    assert today.unbooked.count() == 1
    item = today.unbooked.item(0)
    assert item.text() == "Şükrü van den Berg-Øberg  ·  no sessions yet"
    with qtbot.waitSignal(today.open_client_requested) as signal:
        rect = today.unbooked.visualItemRect(item)
        qtbot.mouseClick(today.unbooked.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [sukru]
    assert [a.title for a in today.summary.appointments] == ["Coachgesprek Anna"]  # a series
