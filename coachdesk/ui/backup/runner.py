"""One backup at a time per unlocked session, whoever asks for it.

Settings' "Back up now", the Today card, the scheduler and closing the window all go through
the session's ``BackupRunner``, so two backups never race for the same target folder. The work
runs in a worker on its own connection; progress arrives as (bytes done, bytes total) through a
``WorkerProgress`` relay. Locking cancels a running backup: the service then removes its
``*.partial`` file and the history stays as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.access import Vault
from coachdesk.services.backup import back_up_to_all_targets
from coachdesk.ui.background import BackgroundTask, WorkerProgress, run_in_background
from coachdesk.ui.session import AppSession


@dataclass(frozen=True)
class BackupOutcome:
    """What one run did: a record per target that worked, an error per target that did not."""

    records: list[object] = field(default_factory=list)
    errors: list[CoachDeskError] = field(default_factory=list)
    cancelled: bool = False
    reason: str = "manual"  # "manual" | "schedule" | "close"

    @property
    def ok(self) -> bool:
        return bool(self.records) and not self.errors and not self.cancelled


class BackupRunner(QObject):
    """``start()`` a backup to every configured target; ``finished(BackupOutcome)`` follows."""

    started = Signal(str)  # reason
    progress = Signal(object, object)  # (bytes done, bytes total)
    finished = Signal(object)  # BackupOutcome

    def __init__(self, session: AppSession) -> None:
        super().__init__(session)
        self._session = session
        self._task: BackgroundTask | None = None
        self._cancel: threading.Event | None = None
        self._reason = "manual"
        self.last_outcome: BackupOutcome | None = None
        self.last_progress: tuple[int, int] = (0, 0)
        session.locked.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self, reason: str = "manual", *, clock: Callable[[], datetime] | None = None) -> bool:
        """Begin a backup; False (and nothing happens) while one is already running."""
        if self._task is not None or self._session.vault.is_locked:
            return False
        vault = self._session.vault
        relay = WorkerProgress(self)
        relay.changed.connect(self._on_progress)
        now = clock() if clock is not None else None
        self._reason = reason
        self.last_progress = (0, 0)

        def work(cancel: threading.Event) -> list[object]:
            return _back_up(vault, relay.report, cancel, now)

        holder: list[BackgroundTask] = []  # filled before any callback can run (they are queued)
        task = run_in_background(
            work,
            self._done,
            self._failed,
            parent=self,  # type: ignore[arg-type]  # gone with the session: nobody to tell
            cancellable=True,
            on_finished=lambda: self._finished(holder[0]),
        )
        holder.append(task)
        self._task = task
        self._cancel = self._task.cancel_event
        self.started.emit(reason)
        return True

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _on_progress(self, done: int, total: int) -> None:
        self.last_progress = (int(done), int(total))
        self.progress.emit(done, total)

    def _cancelled(self) -> bool:
        return self._cancel is not None and self._cancel.is_set()

    def _done(self, results: list[object]) -> None:
        records = [r for r in results if not isinstance(r, CoachDeskError)]
        errors = [r for r in results if isinstance(r, CoachDeskError)]
        self._outcome(BackupOutcome(records, errors, self._cancelled(), self._reason))

    def _failed(self, error: CoachDeskError) -> None:
        cancelled = self._cancelled()
        self._outcome(BackupOutcome([], [] if cancelled else [error], cancelled, self._reason))

    def _outcome(self, outcome: BackupOutcome) -> None:
        self.last_outcome = outcome
        self._task = None
        self._cancel = None
        self.finished.emit(outcome)

    def _finished(self, task: BackgroundTask) -> None:
        """Only a run that delivered nothing (cancelled quietly) is still marked running here."""
        if self._task is task:
            self._outcome(BackupOutcome([], [], True, self._reason))


def _back_up(
    vault: Vault, report: Callable[[int, int], None], cancel: threading.Event, now: datetime | None
) -> list[object]:
    """In a worker: the service opens its own connection."""
    kwargs: dict[str, object] = {"progress": report, "cancel": cancel}
    if now is not None:
        kwargs["now"] = now
    return list(back_up_to_all_targets(vault, **kwargs))  # type: ignore[arg-type]


def backup_runner(session: AppSession) -> BackupRunner:
    """The session's runner, made on first use (it dies with the session at lock)."""
    runner = session.findChild(BackupRunner)
    if runner is None:
        runner = BackupRunner(session)
    return runner
