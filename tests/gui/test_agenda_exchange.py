"""ICS import and export from the Agenda page, through the real workers and services."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coachdesk.services.access import Vault
from coachdesk.services.agenda import occurrences
from coachdesk.ui.agenda.exchange import ExportDialog
from coachdesk.ui.agenda.page import AgendaPage
from coachdesk.ui.background import pending_tasks
from coachdesk.ui.session import AppSession

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append("!" + text))
    return told


@pytest.fixture
def page(qtbot: QtBot, vault: Vault) -> AgendaPage:
    session = AppSession(vault)
    page = AgendaPage(session)
    qtbot.addWidget(page)
    return page


def test_importing_a_google_calendar_file(
    qtbot: QtBot, page: AgendaPage, vault: Vault, messages: list[str]
) -> None:
    page.exchange.import_path(FIXTURES / "google.ics")
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert not messages[0].startswith("!"), messages
    with vault.session() as db:
        found = occurrences(db, datetime(2020, 1, 1), datetime(2030, 1, 1))
    assert found


def test_a_broken_file_is_refused_with_a_message(
    qtbot: QtBot, page: AgendaPage, messages: list[str]
) -> None:
    page.exchange.import_path(FIXTURES / "broken.ics")
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages[0].startswith("!") and "Nothing was imported" in messages[0]


def test_exporting_asks_for_titles_and_writes_the_file(
    qtbot: QtBot,
    page: AgendaPage,
    tmp_path: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.exchange.import_path(FIXTURES / "apple.ics")
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    target = tmp_path / "agenda.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    dialog = ExportDialog((date(2000, 1, 1), date(2100, 1, 1)), page)
    dialog.period.setCurrentIndex(dialog.period.findData("all"))
    page.exchange._export_to_file(dialog)
    qtbot.waitUntil(lambda: len(messages) == 2 and not pending_tasks(), timeout=20_000)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "exported" in messages[1]
