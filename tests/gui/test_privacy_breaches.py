"""The "Data breaches" tab on the Privacy page and the 72-hour line on the Today page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from test_clients_support import fast_vault, session

from coachdesk.services import breaches
from coachdesk.services.breaches import BreachDraft, Risk
from coachdesk.ui.pages.today import TodayPage
from coachdesk.ui.privacy import breaches_tab
from coachdesk.ui.privacy.breaches_tab import BreachDialog, to_qdatetime
from coachdesk.ui.privacy.common import audit_action_label
from coachdesk.ui.privacy.page import PrivacyPage
from coachdesk.ui.session import AppSession

__all__ = ["fast_vault", "session"]  # fixtures used by name
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

NOW = datetime(2030, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(breaches_tab, "now", lambda: NOW)


def open_tab(qtbot: QtBot, session: AppSession) -> PrivacyPage:
    page = PrivacyPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.breaches)
    assert page.tabs.tabText(4) == "Data breaches"
    assert page.tabs.tabText(3) == "Audit log"  # the existing order is kept
    return page


def click_ok(dialog: BreachDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def status_cell(page: PrivacyPage, row: int = 0) -> tuple[str, object]:
    model = page.breaches.model
    index = model.index(row, 4)
    return model.data(index, Qt.ItemDataRole.DisplayRole), model.data(
        index, Qt.ItemDataRole.ForegroundRole
    )


def test_record_a_breach_through_the_dialog(qtbot: QtBot, session: AppSession) -> None:
    page = open_tab(qtbot, session)
    tab = page.breaches
    assert tab.model.rowCount() == 0 and not tab.edit_button.isEnabled()
    tab.add_button.click()
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert "datalekken.autoriteitpersoonsgegevens.nl" in dialog.explanation.text()
    click_ok(dialog)  # no description yet: refused, the dialog stays open and says why
    assert dialog.isVisible() and dialog.error.text() == "Describe what happened."
    assert tab.model.rowCount() == 0
    dialog.discovered.setDateTime(to_qdatetime(NOW - timedelta(hours=20, minutes=30)))
    dialog.description.setPlainText("USB stick with invoices lost")
    dialog.people.setValue(14)
    dialog.risk.setCurrentIndex(dialog.risk.findData(Risk.HIGH.value))
    click_ok(dialog)
    assert not dialog.isVisible()
    [breach] = breaches.list_all(session.db)
    assert breach.description == "USB stick with invoices lost"
    assert breach.people_affected == 14 and breach.risk is Risk.HIGH and not breach.encrypted
    assert breach.discovered_at == NOW - timedelta(hours=20, minutes=30)
    assert tab.model.rowCount() == 1 and tab.current() == breach
    text, colour = status_cell(page)
    assert "(51 hour" in text and colour is None  # hour(s) until the English .qm has it
    assert audit_action_label("breach.recorded") == "Data breach recorded"


def test_edit_marks_it_reported(qtbot: QtBot, session: AppSession) -> None:
    breach = breaches.record(
        session.db, BreachDraft(NOW - timedelta(hours=5), "Laptop stolen"), now=NOW
    )
    page = open_tab(qtbot, session)
    tab = page.breaches
    tab.table.selectRow(0)
    dialog = tab.edit_dialog()
    assert dialog is not None and dialog.description.toPlainText() == "Laptop stolen"
    assert not dialog.reported_at.isEnabled()
    dialog.reported.setChecked(True)
    assert dialog.reported_at.isEnabled()
    dialog.reported_at.setDateTime(to_qdatetime(NOW - timedelta(hours=6)))
    click_ok(dialog)  # before discovery: refused
    assert dialog.isVisible() and "before it was discovered" in dialog.error.text()
    dialog.reported_at.setDateTime(to_qdatetime(NOW - timedelta(hours=1)))
    dialog.reference.setText("AP-2030-77")
    click_ok(dialog)
    assert not dialog.isVisible()
    updated = breaches.get(session.db, breach.id)
    assert updated.reported_to_ap_at == NOW - timedelta(hours=1)
    assert updated.ap_reference == "AP-2030-77" and updated.description == "Laptop stolen"
    assert not updated.clock_running
    assert status_cell(page)[1] is None


def test_overdue_breach_is_shown_in_red(qtbot: QtBot, session: AppSession) -> None:
    breaches.record(session.db, BreachDraft(NOW - timedelta(hours=80), "Mail to wrong client"),
                    now=NOW)  # fmt: skip
    breaches.record(
        session.db,
        BreachDraft(NOW - timedelta(hours=1), "Encrypted laptop lost", encrypted=True,
                    risk="none", reason_not_reported="Vault encrypted, key not on the laptop"),
        now=NOW,
    )  # fmt: skip
    page = open_tab(qtbot, session)
    assert page.breaches.model.rowCount() == 2
    text, colour = status_cell(page, 1)  # newest first: the overdue one is second
    assert text.startswith("Overdue since") and colour is not None
    assert colour.color().name() == "#b00020"  # type: ignore[attr-defined]
    text, colour = status_cell(page, 0)
    assert text == "Not reported" and colour is None
    assert page.breaches.model.data(page.breaches.model.index(0, 3)) == "Yes"


def test_today_shows_the_running_clock(qtbot: QtBot, session: AppSession) -> None:
    real_now = datetime.now(UTC)
    page = TodayPage(session, None)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.summary is not None and not page.loading)
    assert page.breach_line.isHidden()
    breaches.record(session.db, BreachDraft(real_now - timedelta(hours=3), "Phone lost"))
    breaches.record(session.db, BreachDraft(real_now - timedelta(hours=100), "Old one"))
    breaches.record(
        session.db,
        BreachDraft(
            real_now - timedelta(hours=2),
            "Reported",
            reported_to_ap_at=real_now - timedelta(minutes=1),
        ),
    )
    page.refresh()
    qtbot.waitUntil(lambda: len(page.due_breaches) == 2 and not page.loading)
    assert page.breach_line.isVisible()
    lines = page.breach_line.text().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("Data breach: reporting to the AP is ")
    assert "hour" in lines[0] and lines[0].endswith("overdue")
    assert lines[1].startswith("Data breach: report to the AP within ")
    assert " hour" in lines[1]
