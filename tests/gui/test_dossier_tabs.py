"""Overview (details, trajectories), Consents (record, withdraw, history) and Activity."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from test_clients_support import OFFSCREEN_NOISE, add_people, fast_vault, make_page, session

from coachdesk.domain.models import ConsentAction, ConsentMethod
from coachdesk.services.dossier import (
    SPECIAL_CATEGORY_PURPOSE,
    consent_history,
    create_note,
    list_trajectories,
)
from coachdesk.ui.clients.page import ClientsPage
from coachdesk.ui.session import AppSession

__all__ = ["fast_vault", "session"]
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def open_anna(qtbot: QtBot, session: AppSession) -> tuple[ClientsPage, int]:
    anna = add_people(session)["Jansen"]
    page = make_page(qtbot, session)
    page.open_client(anna.id)
    return page, anna.id


def test_consent_record_and_withdrawal(
    qtbot: QtBot,
    session: AppSession,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    page, anna = open_anna(qtbot, session)
    tab = page.dossier.consents
    page.dossier.tabs.setCurrentWidget(tab)
    assert "No consent is in force" in tab.in_force.text()
    tab.preset_purpose(SPECIAL_CATEGORY_PURPOSE)
    assert not tab.withdraw_button.isEnabled()
    tab.method.setCurrentIndex(tab.method.findData(ConsentMethod.SIGNED))
    tab.given_on.setDate(QDate(2026, 1, 12))
    tab.text_version.setText("Toestemmingsformulier 2026-1")
    tab.scope.setText("slaap en stress")
    tab.record_button.click()
    assert tab.model.rowCount() == 1
    assert "Special-category data (health) in notes" in tab.in_force.text()
    assert tab.withdraw_button.isEnabled()

    tab.method.setCurrentIndex(tab.method.findData(ConsentMethod.EMAIL))
    tab.given_on.setDate(QDate(2026, 3, 1))
    tab.note.setText("per mail ingetrokken")
    tab.withdraw_button.click()
    qtmodeltester.check(tab.model)
    history = [tab.model.index(r, 1).data() for r in range(tab.model.rowCount())]
    assert history == ["Given", "Withdrawn"]  # append-only: the first record is still there
    assert tab.model.index(0, 2).data() == "Special-category data (health) in notes"
    assert tab.model.index(1, 3).data() == "E-mail"
    assert "No consent is in force" in tab.in_force.text()
    assert not tab.withdraw_button.isEnabled()
    records = consent_history(session.db, anna)
    assert [(r.action, r.method, r.given_on) for r in records] == [
        (ConsentAction.GIVEN, ConsentMethod.SIGNED, date(2026, 1, 12)),
        (ConsentAction.WITHDRAWN, ConsentMethod.EMAIL, date(2026, 3, 1)),
    ]
    assert records[0].text_version == "Toestemmingsformulier 2026-1"


def test_consent_for_a_typed_purpose_and_an_empty_one(qtbot: QtBot, session: AppSession) -> None:
    page, anna = open_anna(qtbot, session)
    tab = page.dossier.consents
    tab.purpose.setEditText("")
    tab.record_button.click()
    assert tab.purpose_error.text() == "Choose or type a purpose."
    tab.purpose.setEditText("Opnemen van sessies")
    tab.record_button.click()
    assert consent_history(session.db, anna)[0].purpose == "Opnemen van sessies"
    assert tab.model.index(0, 2).data() == "Opnemen van sessies"
    assert not tab.purpose_error.isVisibleTo(tab)


def test_overview_and_trajectories(qtbot: QtBot, session: AppSession, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page, anna = open_anna(qtbot, session)
    overview = page.dossier.overview
    assert overview.values["name"].text() == "Anna Jansen"
    assert overview.values["status"].text() == "Active"
    assert overview.values["phone"].text() == "—"
    overview.add_button.click()
    dialog = overview._dialog
    assert dialog is not None
    dialog.title.setText("Loopbaancoaching")
    dialog.start.setDate(QDate(2026, 3, 1))
    dialog.end.setDate(QDate(2026, 2, 1))
    dialog.save()
    assert dialog.errors["end_date"].text() == "The end date lies before the start date."
    dialog.end.setDate(QDate(2026, 6, 30))
    dialog.sessions.setValue(8)
    dialog.sponsor.setText("Gemeente Utrecht")
    dialog.save()
    qtbot.waitUntil(lambda: overview.model.rowCount() == 1)
    qtmodeltester.check(overview.model)
    assert overview.model.index(0, 0).data() == "Loopbaancoaching"
    assert overview.model.index(0, 3).data() == "8"
    assert overview.model.index(0, 4).data() == "Gemeente Utrecht"

    overview.trajectories.selectRow(0)
    overview.edit_trajectory()
    dialog = overview._dialog
    assert dialog is not None and dialog.sessions.value() == 8
    dialog.end.setDate(dialog.end.minimumDate())  # "Open"
    dialog.save()
    (saved,) = list_trajectories(session.db, anna)
    assert saved.end_date is None and saved.agreed_sessions == 8


def test_activity_lists_this_clients_actions(qtbot: QtBot, session: AppSession) -> None:
    people = add_people(session)
    anna = people["Jansen"]
    create_note(session.db, anna.id, note_date=date(2026, 1, 2), title="Intake Anna")
    create_note(session.db, people["Bakker"].id, note_date=date(2026, 1, 2), title="Lotte")
    page = make_page(qtbot, session)
    page.open_client(anna.id)
    activity = page.dossier.activity
    assert activity.model.rowCount() == 0  # loads when shown
    page.dossier.tabs.setCurrentWidget(activity)
    rows = [
        (activity.model.index(r, 1).data(), activity.model.index(r, 2).data())
        for r in range(activity.model.rowCount())
    ]
    assert rows == [("Note created", "Intake Anna"), ("Client created", "")]
