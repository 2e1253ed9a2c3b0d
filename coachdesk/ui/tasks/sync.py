"""Keeps the system tasks up to date, off the GUI thread.

Runs once when the main window opens and again (debounced) after notes or appointments
change. The worker opens its own connection; when it created or cleared tasks it broadcasts
``Changes(tasks=True)`` so the lists and counts refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from coachdesk.services.access import Vault
from coachdesk.services.retention import load_rules
from coachdesk.services.retention_sweep import refresh_retention_tasks
from coachdesk.services.system_tasks import RefreshResult, refresh_note_missing_tasks
from coachdesk.ui.background import BackgroundTask, run_in_background
from coachdesk.ui.session import AppSession, Changes

DEBOUNCE_MS = 400


class SystemTaskSync(QObject):
    """``request()`` schedules a refresh; one runs at a time, a request meanwhile runs after."""

    def __init__(
        self,
        session: AppSession,
        widget: QWidget,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(widget)
        self._session = session
        self._widget = widget
        self._clock = clock
        self._task: BackgroundTask | None = None
        self._again = False
        self.last_result: RefreshResult | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        session.changed.connect(self._on_changed)

    @property
    def running(self) -> bool:
        return self._task is not None or self._timer.isActive()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.notes or changes.appointments:
            self.request()

    def request(self) -> None:
        self._timer.start()

    def run_now(self) -> None:
        self._timer.stop()
        if self._task is not None:
            self._again = True
            return
        vault, now = self._session.vault, self._clock()
        self._task = run_in_background(
            lambda: _refresh(vault, now),
            self._done,
            lambda _error: None,  # locked meanwhile: the next unlock runs it again
            parent=self._widget,
            on_finished=self._finished,
        )

    def _done(self, result: RefreshResult) -> None:
        self.last_result = result
        if result.created or result.cleared:
            self._session.notify(Changes(tasks=True), initiator=self)

    def _finished(self) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.run_now()


def _refresh(vault: Vault, now: datetime) -> RefreshResult:
    """In a worker, on its own connection."""
    with vault.session() as db:
        notes = refresh_note_missing_tasks(db, now)
        kept = refresh_retention_tasks(db, load_rules(db), now.date())  # "retention period ended"
    return RefreshResult(notes.created + kept.created, notes.cleared + kept.cleared)
