"""Backing up when the window closes, when the schedule says "every time I close CoachDesk".

The window stays open with a progress dialog (bytes written, Cancel) until the backup is done,
then closes by itself. A backup that is already running (scheduled, or "Back up now") is waited
for the same way, so quitting never cuts one off halfway. A failure is told in a message box;
the window closes when the coach has read it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.backup import load_backup_settings
from coachdesk.ui.background import PROGRESS_STEPS
from coachdesk.ui.backup.labels import bytes_progress, outcome_text
from coachdesk.ui.backup.runner import BackupOutcome, backup_runner
from coachdesk.ui.session import AppSession


class CloseBackup(QObject):
    """``intercept(event)`` from the window's ``closeEvent``: True means "not yet"."""

    def __init__(self, session: AppSession, window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self._window = window
        self.runner = backup_runner(session)
        self.dialog: QProgressDialog | None = None
        self.message: QMessageBox | None = None
        self.done = False
        self._waiting = False

    def wanted(self) -> bool:
        """A backup should be written now: the schedule says so and there is a folder."""
        try:
            settings = load_backup_settings(self._session.db)
        except CoachDeskError:
            return False
        return settings.schedule == "on_close" and bool(settings.targets)

    def intercept(self, event: QCloseEvent) -> bool:
        if self._waiting:
            event.ignore()
            return True
        if self.done or self._session.vault.is_locked:
            return False
        if not self.runner.running and not (self.wanted() and self.runner.start("close")):
            return False
        event.ignore()
        self._waiting = True
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self._show_dialog()
        return True

    def _show_dialog(self) -> None:
        label = self.tr("Backing up before CoachDesk closes…")
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._window)
        dialog.setWindowTitle(QCoreApplication.applicationName() or "CoachDesk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(label)
        dialog.canceled.connect(self.runner.cancel)
        self.dialog = dialog
        dialog.show()

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is None or total <= 0:
            return
        self.dialog.setRange(0, PROGRESS_STEPS)
        self.dialog.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))
        label = self.tr("Backing up before CoachDesk closes…")
        self.dialog.setLabelText(f"{label}\n{bytes_progress(done, total)}")

    def _finished(self, outcome: BackupOutcome) -> None:
        self.runner.progress.disconnect(self._progress)
        self.runner.finished.disconnect(self._finished)
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.done = True
        self._waiting = False
        if outcome.errors:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.applicationName() or "CoachDesk",
                outcome_text(outcome),
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            box.setInformativeText(
                self.tr("CoachDesk closes now. Your practice itself is safe on this computer.")
            )
            box.finished.connect(lambda _r: self._close_window())
            self.message = box
            box.open()
            return
        self._close_window()

    def _close_window(self) -> None:
        QTimer.singleShot(0, self._window, self._window.close)
