"""The Privacy page: the due list and erasing from it, the request register, statistics and
the audit log (lazy, filterable)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_clients_support import fast_vault, session

from coachdesk.domain.models import ClientDraft, ClientStatus
from coachdesk.domain.requests import RequestKind
from coachdesk.domain.retention import Category
from coachdesk.services import requests
from coachdesk.services.clients import create_client
from coachdesk.services.dossier import save_trajectory
from coachdesk.ui import background
from coachdesk.ui.privacy import audit_tab, common
from coachdesk.ui.privacy.audit_tab import AuditModel
from coachdesk.ui.privacy.page import PrivacyPage
from coachdesk.ui.session import AppSession
from coachdesk.vault.audit import append_audit

__all__ = ["fast_vault", "session"]  # fixtures used by name
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

DAY = date(2030, 6, 1)


def closed_client(session: AppSession, first: str, end: date) -> int:
    made = create_client(
        session.db, ClientDraft(first_name=first, last_name="Smit", status=ClientStatus.CLOSED)
    )
    save_trajectory(session.db, made.id, None, title="Loopbaan", goal="",
                    start_date=date(2019, 1, 1),
                    end_date=end, agreed_sessions=5, sponsor="")  # fmt: skip
    return made.id


def hold(session: AppSession, client_id: int) -> None:
    session.db.execute(
        "INSERT INTO legal_holds (client_id, reason, review_on, placed_at)"
        " VALUES (:id, 'Klacht', '2031-01-01', '2030-01-01T00:00:00Z')",
        {"id": client_id},
    )


def make_page(qtbot: QtBot, session: AppSession) -> PrivacyPage:
    page = PrivacyPage(session, day=DAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_due_model_and_audit_model_pass_qtmodeltester(
    qtmodeltester, qtbot: QtBot, session: AppSession
) -> None:  # type: ignore[no-untyped-def]
    closed_client(session, "Anna", date(2020, 1, 1))
    held = closed_client(session, "Bert", date(2020, 1, 1))
    hold(session, held)
    page = make_page(qtbot, session)
    assert page.due.model.rowCount() == 2
    qtmodeltester.check(page.due.model)
    model = AuditModel(session.db)
    model.set_filter(audit_tab.AuditFilter())
    qtmodeltester.check(model)


def test_due_list_shows_items_and_holds(qtbot: QtBot, session: AppSession) -> None:
    anna = closed_client(session, "Anna", date(2020, 1, 1))
    bert = closed_client(session, "Bert", date(2020, 1, 1))
    closed_client(session, "Cees", date(2030, 1, 1))  # ended recently: kept
    hold(session, bert)
    page = make_page(qtbot, session)
    model = page.due.model
    assert [model.item(r).client_id for r in range(model.rowCount())] == [anna, bert]
    assert model.item(0).category is Category.DOSSIER
    assert model.index(0, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.index(1, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert model.index(1, 5).data().startswith("On hold until")
    assert model.index(0, 5).data() == ""
    assert not page.due.erase_button.isEnabled()
    page.due.select_all.click()
    assert [i.client_id for i in model.checked_items()] == [anna]


def test_erasing_from_the_page_removes_the_client(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("coachdesk.services.privacy")
    anna = closed_client(session, "Anna", date(2020, 1, 1))
    keep = closed_client(session, "Dirk", date(2030, 1, 1))
    page = make_page(qtbot, session)
    asked: list[str] = []
    monkeypatch.setattr(common, "confirm", lambda _p, _t, text: asked.append(text) or True)
    notified: list[object] = []
    session.changed.connect(lambda changes, _i: notified.append(changes))
    page.due.model.set_checked(0, True)
    assert page.due.erase_button.isEnabled()
    page.due.erase_button.click()
    assert asked and page.due.model.item(0).number in asked[0]
    qtbot.waitUntil(
        lambda: page.due.task is None and background.pending_tasks() == 0, timeout=20_000
    )
    assert page.due.last_report is not None and len(page.due.last_report.erased) == 1
    ids = {r[0] for r in session.db.all("SELECT id FROM clients")}
    assert ids == {keep} and anna not in ids
    assert page.due.model.rowCount() == 0
    assert any(c.clients and c.tasks and c.appointments for c in notified)


def test_cancelled_confirmation_changes_nothing(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed_client(session, "Anna", date(2020, 1, 1))
    page = make_page(qtbot, session)
    monkeypatch.setattr(common, "confirm", lambda *_a: False)
    page.due.table.selectRow(0)
    page.due.erase_current()
    assert page.due.task is None
    assert session.db.scalar("SELECT count(*) FROM clients") == 1


def test_request_register_add_extend_complete(qtbot: QtBot, session: AppSession) -> None:
    anna = closed_client(session, "Anna", date(2029, 1, 1))
    page = make_page(qtbot, session)
    page.tabs.setCurrentWidget(page.requests)
    tab = page.requests
    made = tab.add_request(anna, RequestKind.ACCESS, date(2030, 1, 31))
    assert made is not None and made.due_on == date(2030, 2, 28)
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 5).data() == "Overdue"
    assert tab.extend_button.isEnabled()
    tab.extend_request(made.id, "Veel stukken")
    assert tab.model.row_value(0).extended_to == date(2030, 4, 28)
    tab.complete_request(made.id, date(2030, 4, 1))
    assert tab.model.rowCount() == 0
    tab.show_completed.setChecked(True)
    assert tab.model.rowCount() == 1
    assert requests.list_open(session.db) == []


def test_audit_tab_filters_by_action_and_date(qtbot: QtBot, session: AppSession) -> None:
    for day in ("2029-01-05", "2029-02-10", "2029-03-15"):
        append_audit(session.db, "request.received", at=f"{day}T10:00:00Z")
    append_audit(session.db, "note.created", at="2029-02-11T10:00:00Z")
    page = make_page(qtbot, session)
    page.tabs.setCurrentWidget(page.audit)
    tab = page.audit
    total = tab.model.rowCount()
    assert total >= 4
    first = tab.model.index(0, 1).data(Qt.ItemDataRole.UserRole)
    assert first.seq == max(e.seq for e in [tab.model.entry(r) for r in range(total)])
    tab.filter_edit.setText("Request received")  # the label, not the stored name
    tab.apply_filter()
    assert tab.model.rowCount() == 3
    tab.filter_edit.setText("request.")
    tab.apply_filter()
    assert tab.model.rowCount() == 3
    tab.since.setDate(tab.since.date().fromString("2029-02-01", "yyyy-MM-dd"))
    tab.until.setDate(tab.until.date().fromString("2029-02-28", "yyyy-MM-dd"))
    tab.apply_filter()
    assert tab.model.rowCount() == 1
    tab.filter_edit.clear()
    tab.apply_filter()
    assert tab.model.rowCount() == 2


def test_audit_model_is_lazy(session: AppSession, qapp) -> None:  # type: ignore[no-untyped-def]
    with session.db.transaction():
        for _ in range(1000):
            append_audit(session.db, "task.updated")
    model = AuditModel(session.db)
    model.set_filter(audit_tab.AuditFilter())
    assert model.rowCount() >= 1000 and model.queries == 0
    model.index(0, 0).data()
    model.index(999, 0).data()
    assert model.queries == 2


def test_statistics_tab_shows_small_cells_masked(qtbot: QtBot, session: AppSession) -> None:
    session.db.execute(
        "INSERT INTO practice_statistics VALUES (2029, 'loopbaan', '30-39', '4-6', 3),"
        " (2029, 'leiderschap', '40-49', '7-10', 6)"
    )
    page = make_page(qtbot, session)
    page.tabs.setCurrentWidget(page.statistics)
    table = page.statistics.table
    cells = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert cells == {"Career": "<5", "Leadership": "6", "Total": "9"}
    page.statistics.group.setCurrentIndex(3)  # every cell
    assert table.rowCount() == 2 and {table.item(r, 4).text() for r in range(2)} == {"<5", "6"}


def test_today_shows_requests_due_this_week(qtbot: QtBot, session: AppSession) -> None:
    from coachdesk.ui.pages.today import TodayPage

    anna = closed_client(session, "Anna", date(2029, 1, 1))
    requests.add(session.db, anna, RequestKind.ACCESS, date(2030, 5, 5))  # due 5 June
    requests.add(session.db, anna, RequestKind.ERASURE, date(2030, 5, 20))  # due 20 June
    page = TodayPage(session, None, day=DAY)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.summary is not None and not page.loading)
    assert page.requests_list.count() == 1
    assert "Anna Smit" in page.requests_list.item(0).text()
    assert page.requests_list.isVisible()


def test_processing_register_button_writes_the_pdf(
    qtbot: QtBot, session: AppSession, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    closed_client(session, "Anna", date(2020, 1, 1))
    page = make_page(qtbot, session)
    assert page.register.isVisible() and page.register.text() == "Processing register"
    target = tmp_path / "register.pdf"
    page.register.write("nl", target)
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert opened == [str(target)] and page.register.written == target
    text = " ".join((p.extract_text() or "") for p in PdfReader(target).pages)
    assert "Verwerkingsregister" in text and "Anna" not in text
