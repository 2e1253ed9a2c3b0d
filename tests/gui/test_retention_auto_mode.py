"""The automatic retention mode in the app: runs in a worker after unlock and then daily (an
injected clock moves the day on), reports in the status bar, and is switched in Settings with a
confirmation."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from test_clients_support import fast_vault, session

from coachdesk.domain.models import ClientDraft, ClientStatus
from coachdesk.services import retention_auto as auto
from coachdesk.services.clients import create_client
from coachdesk.services.dossier import save_trajectory
from coachdesk.ui import background
from coachdesk.ui.i18n_phrases import months_suffix
from coachdesk.ui.pages.retention_settings import RetentionSettings
from coachdesk.ui.privacy import common
from coachdesk.ui.retention_auto import AutoRetention, run_summary
from coachdesk.ui.session import AppSession, Changes
from coachdesk.ui.tasks.sync import SystemTaskSync

__all__ = ["fast_vault", "session"]  # fixtures used by name
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

NOW = datetime(2030, 6, 1, 8, 45)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def closed_client(session: AppSession, first: str, end: date) -> int:
    made = create_client(
        session.db, ClientDraft(first_name=first, last_name="Smit", status=ClientStatus.CLOSED)
    )
    save_trajectory(session.db, made.id, None, title="Loopbaan", goal="",
                    start_date=date(2019, 1, 1), end_date=end, agreed_sessions=5,
                    sponsor="")  # fmt: skip
    return made.id


def hold(session: AppSession, client_id: int) -> None:
    session.db.execute(
        "INSERT INTO legal_holds (client_id, reason, review_on, placed_at)"
        " VALUES (:id, 'Klacht', '2031-01-01', '2030-01-01T00:00:00Z')",
        {"id": client_id},
    )


def clients(session: AppSession) -> set[int]:
    return {r[0] for r in session.db.all("SELECT id FROM clients")}


def window_with_auto(qtbot: QtBot, session: AppSession, clock: Clock) -> AutoRetention:
    window = QMainWindow()
    qtbot.addWidget(window)
    return AutoRetention(session, window, clock=clock, start_delay_ms=None)


def test_auto_on_runs_at_unlock_then_only_after_a_day(qtbot: QtBot, session: AppSession) -> None:
    anna = closed_client(session, "Anna", date(2028, 1, 1))  # due: anonymised
    bert = closed_client(session, "Bert", date(2028, 1, 1))  # due, but on hold
    hold(session, bert)
    cees = closed_client(session, "Cees", date(2030, 1, 1))  # ended recently: kept
    auto.set_auto(session.db, True)
    clock = Clock()
    changes: list[Changes] = []
    session.changed.connect(lambda c, _i: changes.append(c))
    runner = AutoRetention(session, _window(qtbot), clock=clock, start_delay_ms=0)
    with qtbot.waitSignal(runner.ran, timeout=20_000) as signal:
        pass  # the start check fires from the event loop, the run happens in a worker
    qtbot.waitUntil(lambda: not runner.running)
    run = signal.args[0]
    assert (run.anonymised, run.erased) == (1, 0)
    assert clients(session) == {bert, cees} and anna not in clients(session)
    window = runner.parent()
    assert "1 client anonymised" in window.statusBar().currentMessage()
    assert any(c.clients and c.appointments and c.tasks for c in changes)
    clock.now = NOW + timedelta(hours=10)  # the same day: the timer's check does nothing
    assert runner.check() is False
    dirk = closed_client(session, "Dirk", date(2029, 5, 1))  # due from 2030-05-01
    clock.now = NOW + timedelta(days=1)
    with qtbot.waitSignal(runner.ran, timeout=20_000):
        assert runner.check() is True
        assert runner.check() is False  # one run at a time
    qtbot.waitUntil(lambda: not runner.running)
    assert clients(session) == {bert, cees} and dirk not in clients(session)
    background.wait_for_background()


def _window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def test_auto_off_erases_nothing_and_the_due_client_gets_a_task(
    qtbot: QtBot, session: AppSession
) -> None:
    anna = closed_client(session, "Anna", date(2028, 1, 1))
    clock = Clock()
    runner = window_with_auto(qtbot, session, clock)
    assert runner.check() is False
    assert not runner.running and background.pending_tasks() == 0
    assert clients(session) == {anna}
    holder = _window(qtbot)
    sync = SystemTaskSync(session, holder, clock=clock)
    sync.run_now()
    qtbot.waitUntil(lambda: sync.last_result is not None and not sync.running, timeout=20_000)
    assert (
        session.db.scalar(
            "SELECT client_id FROM tasks WHERE system_key LIKE 'retention:%' AND done_at IS NULL"
        )
        == anna
    )


def test_settings_toggle_asks_first_and_persists(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed_client(session, "Anna", date(2020, 1, 1))
    asked: list[str] = []
    answer = [False]

    def confirm(_parent: object, title: str, text: str) -> bool:
        asked.append(f"{title} {text}")
        return answer[0]

    monkeypatch.setattr(common, "confirm", confirm)
    box = RetentionSettings(session, None)  # type: ignore[arg-type]
    qtbot.addWidget(box)
    assert not box.auto_box.isChecked()
    assert "legal hold are skipped" in box.auto_help.text()
    assert box.auto_status.text() == "Automatic mode has not run yet."
    box.auto_box.click()  # declined: stays off
    assert len(asked) == 1 and "This handles 1 item past their date right away." in asked[0]
    assert not box.auto_box.isChecked() and not auto.auto_enabled(session.db)
    answer[0] = True
    box.auto_box.click()
    assert box.auto_box.isChecked() and auto.auto_enabled(session.db)
    again = RetentionSettings(session, None)  # type: ignore[arg-type]
    qtbot.addWidget(again)
    assert again.auto_box.isChecked()
    actions = [r[0] for r in session.db.all("SELECT action FROM audit_log")]
    assert "retention.auto_on" in actions
    box.auto_box.click()  # switching off does not ask
    assert len(asked) == 2 and not auto.auto_enabled(session.db)
    assert again.auto_box.isChecked() is False  # the other view followed the change


def test_switching_on_in_settings_starts_a_run(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = closed_client(session, "Anna", date(2020, 1, 1))
    monkeypatch.setattr(common, "confirm", lambda *_args: True)
    runner = window_with_auto(qtbot, session, Clock())
    box = RetentionSettings(session, None)  # type: ignore[arg-type]
    qtbot.addWidget(box)
    with qtbot.waitSignal(runner.ran, timeout=20_000):
        box.auto_box.click()
    qtbot.waitUntil(lambda: not runner.running)
    assert anna not in clients(session)
    assert "Last automatic run:" in box.auto_status.text()
    assert "1 client anonymised" in box.auto_status.text()


def test_a_run_with_nothing_due_still_shows_in_settings(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(common, "confirm", lambda *_args: True)
    runner = window_with_auto(qtbot, session, Clock())
    box = RetentionSettings(session, None)  # type: ignore[arg-type]
    qtbot.addWidget(box)
    with qtbot.waitSignal(runner.ran, timeout=20_000):
        box.auto_box.click()
    qtbot.waitUntil(lambda: not runner.running)
    assert "nothing was past its retention date" in box.auto_status.text()
    message = runner.parent().statusBar().currentMessage()
    assert message == "Automatic retention: nothing was past its retention date."


def test_words_for_a_run_and_the_month_suffix() -> None:
    run = auto.AutoRun(at="2030-06-01T07:00:00Z", erased=2, appointments_removed=1, skipped=1)
    text = run_summary(run)
    assert "2 clients erased" in text and "1 old appointment removed" in text
    assert "anonymised" not in text and "1 skipped" in text
    assert run_summary(auto.AutoRun(at=run.at)) == "nothing was past its retention date"
    assert (months_suffix(1), months_suffix(12)) == (" month", " months")
