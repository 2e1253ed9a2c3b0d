"""The automatic retention mode while the app is open: after unlocking and then once a day.

``AutoRetention`` lives as long as the main window. Shortly after the window opens, and then on
a timer, it asks the vault whether a run is due (mode on, no run yet today: one small read on
the GUI thread); if so, ``services.retention_auto.run_if_due`` runs in a worker. Afterwards it
tells the coach without interrupting: a status-bar message saying what was done, and
``Changes(clients, appointments, tasks, settings)`` so the Privacy page, the client list, the
tasks and the last-run line in Settings refresh. Switching the mode on in Settings (a
``Changes(settings=True)`` from elsewhere) checks right away. The clock is injected so the
tests can move a day on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.retention_auto import AutoRun, run_due, run_if_due
from coachdesk.ui.background import BackgroundTask, run_in_background
from coachdesk.ui.i18n import tr_error
from coachdesk.ui.i18n_phrases import plural_s
from coachdesk.ui.session import AppSession, Changes

CHECK_MS = 15 * 60 * 1000  # a new day is noticed within a quarter of an hour
START_DELAY_MS = 1500  # let the window paint and settle first
QUIET_MS = 10_000  # how long "nothing was due" stays in the status bar


class RunWords(QObject):
    """What a run did, in words. A QObject so that lupdate records the counts as plurals."""

    def summary(self, run: AutoRun) -> str:
        erased, anonymised = run.erased, run.anonymised
        removed, skipped = run.appointments_removed, run.skipped
        parts: list[tuple[str, int]] = []
        if erased:
            parts.append((self.tr("%n client(s) erased", "", erased), erased))
        if anonymised:
            parts.append((self.tr("%n client(s) anonymised", "", anonymised), anonymised))
        if removed:
            parts.append((self.tr("%n old appointment(s) removed", "", removed), removed))
        if skipped:
            parts.append((self.tr("%n skipped (legal hold)", "", skipped), skipped))
        if not parts:
            return self.tr("nothing was past its retention date")
        return ", ".join(plural_s(part, n) for part, n in parts)

    def status(self, run: AutoRun) -> str:
        return self.tr("Automatic retention: %1.").replace("%1", self.summary(run))

    def stopped(self, reason: str) -> str:
        return self.tr("Automatic retention stopped: %1").replace("%1", reason)


_words: RunWords | None = None


def _run_words() -> RunWords:
    global _words
    if _words is None:
        _words = RunWords()
    return _words


def run_summary(run: AutoRun) -> str:
    """What one run did ("2 clients erased, 1 client anonymised")."""
    return _run_words().summary(run)


def run_time(run: AutoRun) -> str:
    """When the run happened, in the coach's locale."""
    moment = QDateTime.fromSecsSinceEpoch(int(run.local_time.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def status_message(run: AutoRun) -> str:
    return _run_words().status(run)


class AutoRetention(QObject):
    """Runs the automatic mode for *window*'s session; ``ran`` carries each finished run."""

    ran = Signal(object)  # AutoRun

    def __init__(
        self,
        session: AppSession,
        window: QMainWindow,
        *,
        clock: Callable[[], datetime] = datetime.now,
        check_ms: int = CHECK_MS,
        start_delay_ms: int | None = START_DELAY_MS,
    ) -> None:
        super().__init__(window)
        self._session = session
        self._window = window
        self._clock = clock
        self.task: BackgroundTask | None = None
        self.last_run: AutoRun | None = None
        self.last_error: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        session.changed.connect(self._on_changed)
        if start_delay_ms is not None:
            QTimer.singleShot(start_delay_ms, self, self.check)

    @property
    def running(self) -> bool:
        return self.task is not None

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.settings and initiator is not self:
            self.check()  # the mode may just have been switched on

    def check(self) -> bool:
        """Start a run in a worker if one is due; True when one was started."""
        session = self._session
        if self.task is not None or session.vault.is_locked or session.db.is_closed:
            return False  # locked, or this window's session is over: the next unlock checks
        now = self._clock()
        try:
            due = run_due(session.db, now)
        except CoachDeskError:  # the connection is closing (locking): the next unlock checks
            return False
        if not due:
            return False
        vault = session.vault
        self.task = run_in_background(
            lambda: run_if_due(vault, now),
            self._done,
            self._failed,
            parent=self._window,
            on_finished=self._finished,
        )
        return True

    def _done(self, run: AutoRun | None) -> None:
        if run is None or self._session.vault.is_locked:
            return
        self.last_run = run
        if run.did_something or run.skipped:  # stays until the next message
            self._window.statusBar().showMessage(status_message(run))
            changes = Changes(clients=True, appointments=True, tasks=True, settings=True)
        else:
            self._window.statusBar().showMessage(status_message(run), QUIET_MS)
            changes = Changes(settings=True)  # the last run's time, shown in Settings
        self._session.notify(changes, initiator=self)
        self.ran.emit(run)

    def _failed(self, error: CoachDeskError) -> None:
        if self._session.vault.is_locked:
            return  # locked during the run: the next unlock runs it again
        self.last_error = tr_error(error)
        self._window.statusBar().showMessage(_run_words().stopped(self.last_error))
        # What was erased before the error stays erased; refresh the views that show it.
        self._session.notify(Changes(clients=True, appointments=True, tasks=True), self)

    def _finished(self) -> None:
        self.task = None
