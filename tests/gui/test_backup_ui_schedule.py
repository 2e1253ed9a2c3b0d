"""Scheduled backups, the Today strip and the backup when closing: injected clock, no sleeping."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.domain.models import ClientDraft
from coachdesk.paths import DataPaths
from coachdesk.services.backup import BackupSettings, backup_history, save_backup_settings
from coachdesk.services.clients import create_client
from coachdesk.ui import background, i18n
from coachdesk.ui.backup.card import BackupCard
from coachdesk.ui.backup.scheduler import BackupScheduler
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages import Page
from coachdesk.ui.prefs import Prefs
from coachdesk.ui.session import AppSession
from coachdesk.vault.vault import Vault
from tests.gui.test_backup_ui_support import Pause, pause_backups

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")
SLOW = 30_000
MONDAY = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def paused(monkeypatch: pytest.MonkeyPatch) -> Iterator[Pause]:
    yield from pause_backups(monkeypatch)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def session(vault: Vault) -> Iterator[AppSession]:
    with vault.session() as db:
        create_client(db, ClientDraft(first_name="Anna", last_name="Bakker"))
    s = AppSession(vault)
    yield s
    background.wait_for_background()
    if not vault.is_locked:
        s.db.close()


@pytest.fixture
def window(session: AppSession, paths: DataPaths, qtbot: QtBot) -> Iterator[MainWindow]:
    """Deleted before the session closes, so none of its timers outlives the connection."""
    win = MainWindow(session, paths, Prefs(paths))
    win.show()
    yield win
    win.close_backup.done = True
    win.hide()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix == ".cdbackup")


def system_keys(session: AppSession) -> list[str]:
    rows = session.db.all("SELECT system_key FROM tasks WHERE done_at IS NULL AND system_key != ''")
    return sorted(str(r[0]) for r in rows)


def run_check(qtbot: QtBot, scheduler: BackupScheduler) -> None:
    with qtbot.waitSignal(scheduler.checked, timeout=SLOW):
        scheduler.check_now()


def test_scheduler_backs_up_when_overdue_and_not_otherwise(
    qtbot: QtBot, session: AppSession, paths: DataPaths, usb: Path
) -> None:
    save_backup_settings(session.db, BackupSettings(targets=(str(usb),), schedule="daily"))
    host = QWidget()
    qtbot.addWidget(host)
    clock = Clock(MONDAY)
    scheduler = BackupScheduler(session, paths, host, clock=clock)
    messages: list[tuple[str, bool]] = []
    scheduler.message.connect(lambda text, problem: messages.append((text, problem)))
    started: list[str] = []
    scheduler.runner.started.connect(started.append)
    with qtbot.waitSignal(scheduler.runner.finished, timeout=SLOW) as blocker:
        run_check(qtbot, scheduler)
        assert scheduler.last_check is not None and scheduler.last_check.due
    assert blocker.args[0].ok and started == ["schedule"]
    assert len(files_in(usb)) == 1
    assert messages[0] == ("Backing up in the background…", False)
    assert messages[-1][0].startswith("Backup written and checked") and not messages[-1][1]
    qtbot.waitUntil(lambda: not scheduler.busy)
    assert "backup_overdue" not in system_keys(session)

    clock.now = MONDAY + timedelta(hours=20)  # the next half-hourly check, same day
    run_check(qtbot, scheduler)
    assert not scheduler.last_check.due and started == ["schedule"]

    clock.now = MONDAY + timedelta(days=2)  # two days later: overdue again
    with qtbot.waitSignal(scheduler.runner.finished, timeout=SLOW):
        run_check(qtbot, scheduler)
    assert started == ["schedule", "schedule"] and len(files_in(usb)) == 2
    assert scheduler.timer.interval() == 30 * 60 * 1000


def test_manual_schedule_never_backs_up_but_the_task_appears(
    qtbot: QtBot, session: AppSession, paths: DataPaths, usb: Path
) -> None:
    save_backup_settings(session.db, BackupSettings(targets=(str(usb),), schedule="manual"))
    host = QWidget()
    qtbot.addWidget(host)
    scheduler = BackupScheduler(session, paths, host, clock=Clock(MONDAY))
    run_check(qtbot, scheduler)
    assert scheduler.last_check is not None and scheduler.last_check.overdue
    assert not scheduler.last_check.due and not scheduler.runner.running
    assert files_in(usb) == []
    assert "backup_overdue" in system_keys(session)


def test_a_missing_folder_is_told_quietly_and_becomes_a_task(
    qtbot: QtBot, session: AppSession, window: MainWindow, tmp_path: Path
) -> None:
    gone = tmp_path / "unplugged"
    save_backup_settings(session.db, BackupSettings(targets=(str(gone),), schedule="daily"))
    scheduler = window.start_backup_scheduler(clock=Clock(MONDAY))
    qtbot.waitUntil(lambda: scheduler.last_check is not None, timeout=SLOW)
    qtbot.waitUntil(lambda: not scheduler.runner.running and not scheduler.busy, timeout=SLOW)
    assert scheduler.started_backup
    message = window.statusBar().currentMessage()
    assert message.startswith("Backup failed") and str(gone) in message
    assert any(k.startswith("backup_target_missing:") for k in system_keys(session))


def test_today_strip_shows_last_backup_and_warns_before_the_first(
    qtbot: QtBot, session: AppSession, usb: Path
) -> None:
    save_backup_settings(session.db, BackupSettings(targets=(str(usb),)))
    card = BackupCard(session, None, clock=Clock(datetime.now(UTC)))  # type: ignore[arg-type]
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.state is not None and not card.loading)
    assert card.last_label.text() == "Last backup: never"
    assert card.verified_label.text() == "Last verified restore: never"
    assert card.property("warning") is True and card.note.isVisible()
    with qtbot.waitSignal(card.runner.finished, timeout=SLOW):
        card.button.click()
    qtbot.waitUntil(lambda: card.state is not None and card.state.last_backup is not None)
    qtbot.waitUntil(lambda: not card.loading)
    assert card.last_label.text().startswith("Last backup: ")
    assert "never" not in card.last_label.text()
    assert card.property("warning") is False and not card.note.isVisible()
    assert len(files_in(usb)) == 1


def test_closing_backs_up_first_when_the_schedule_says_so(
    qtbot: QtBot, session: AppSession, window: MainWindow, usb: Path
) -> None:
    save_backup_settings(session.db, BackupSettings(targets=(str(usb),), schedule="on_close"))
    assert not window.close()  # not yet: the backup runs first
    assert window.isVisible() and window.close_backup.dialog is not None
    assert window.close_backup.dialog.isVisible()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=SLOW)
    assert len(files_in(usb)) == 1
    assert backup_history(session.db)[0].verified


def test_cancelling_the_closing_backup_still_closes(
    qtbot: QtBot, session: AppSession, window: MainWindow, usb: Path, paused: Pause
) -> None:
    save_backup_settings(session.db, BackupSettings(targets=(str(usb),), schedule="on_close"))
    window.close()
    dialog = window.close_backup.dialog
    assert dialog is not None
    qtbot.waitUntil(paused.reported.is_set, timeout=SLOW)  # mid-stream
    dialog.findChild(QPushButton).click()  # the dialog's Cancel
    paused.go_on.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=SLOW)
    assert files_in(usb) == [] and not any(usb.glob("*.partial"))


def test_closing_with_a_daily_schedule_does_not_wait(
    qtbot: QtBot, session: AppSession, window: MainWindow, usb: Path
) -> None:
    save_backup_settings(session.db, BackupSettings(targets=(str(usb),), schedule="daily"))
    assert window.close()
    assert files_in(usb) == []


def test_today_strip_without_a_folder_leads_to_settings(
    qtbot: QtBot, session: AppSession, window: MainWindow
) -> None:
    card = window.today.backup_card
    qtbot.waitUntil(lambda: card.state is not None and not card.loading)
    assert card.button.text() == "Set up backups…" and card.button.isEnabled()
    card.button.click()
    assert window.current_page == Page.SETTINGS
    assert window.settings_page.backups.visibleRegion().isEmpty() is False
