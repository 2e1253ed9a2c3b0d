"""Scheduled backups while CoachDesk is open: after unlocking, then every half hour.

Each check runs in a worker on its own connection: it refreshes the system tasks ("backup
overdue", "backup folder missing") and asks whether a backup is due. When one is and the
schedule is daily or weekly, the session's ``BackupRunner`` writes it in the background; the
window only shows a quiet line in its status bar, and a problem as a status line too, never a
dialog that interrupts a session with a client. The clock is injected, so tests never sleep.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from coachdesk.paths import DataPaths
from coachdesk.services.access import Vault
from coachdesk.services.backup import (
    backup_overdue,
    load_backup_settings,
    refresh_backup_tasks,
)
from coachdesk.ui.background import BackgroundTask, run_in_background
from coachdesk.ui.backup.labels import outcome_text
from coachdesk.ui.backup.runner import BackupOutcome, backup_runner
from coachdesk.ui.session import AppSession, Changes

CHECK_INTERVAL_MS = 30 * 60 * 1000
AUTOMATIC = ("daily", "weekly")


@dataclass(frozen=True)
class Check:
    schedule: str
    has_targets: bool
    overdue: bool

    @property
    def due(self) -> bool:
        return self.overdue and self.has_targets and self.schedule in AUTOMATIC


def utc_now() -> datetime:
    return datetime.now(UTC)


class BackupScheduler(QObject):
    """``message(text, is_problem)`` carries what the status bar should say."""

    message = Signal(str, bool)
    checked = Signal(object)  # Check

    def __init__(
        self,
        session: AppSession,
        paths: DataPaths,
        parent: QObject,
        *,
        clock: Callable[[], datetime] = utc_now,
        interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._paths = paths
        self._clock = clock
        self.runner = backup_runner(session)
        self.runner.finished.connect(self._backup_finished)
        self.last_check: Check | None = None
        self.started_backup = False
        self._task: BackgroundTask | None = None
        self._ours = False
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        session.locked.connect(self.stop)

    def start(self) -> None:
        self.timer.start()
        self.check_now()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def check_now(self, *, may_back_up: bool = True) -> None:
        """Refresh the backup tasks and, when a backup is due, start one (all off the GUI)."""
        vault = self._session.vault
        if vault.is_locked:
            return
        if self._task is not None:
            self._again = True  # once more when this check is done, without starting a backup
            return
        now, paths = self._clock(), self._paths
        self._task = run_in_background(
            lambda: _check(vault, paths, now),
            lambda check: self._checked(check, may_back_up),
            lambda _error: None,  # locked meanwhile, or the folder vanished: next round
            parent=self,  # type: ignore[arg-type]
            on_finished=self._check_finished,
        )

    def _check_finished(self) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.check_now(may_back_up=False)

    def _checked(self, check: Check, may_back_up: bool) -> None:
        self.last_check = check
        self._session.notify(Changes(tasks=True), self)
        self.checked.emit(check)
        if (
            may_back_up
            and check.due
            and not self.runner.running
            and not self._session.vault.is_locked
        ):
            self._ours = self.runner.start("schedule", clock=self._clock)
            self.started_backup = self.started_backup or self._ours
            if self._ours:
                self.message.emit(self.tr("Backing up in the background…"), False)

    def _backup_finished(self, outcome: BackupOutcome) -> None:
        """After any backup (ours or the coach's), the tasks may be resolved; a failed one is
        not retried before the next round, so a missing disk never makes a loop."""
        if self._ours:
            self._ours = False
            self.message.emit(outcome_text(outcome), not outcome.ok)
        if not self._session.vault.is_locked:
            self.check_now(may_back_up=False)


def _check(vault: Vault, paths: DataPaths, now: datetime) -> Check:
    """In a worker, on its own connection."""
    with vault.session() as db:
        refresh_backup_tasks(db, paths, now)
        settings = load_backup_settings(db)
        return Check(settings.schedule, bool(settings.targets), backup_overdue(db, now))
