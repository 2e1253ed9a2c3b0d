"""Settings → Backups, second half: back up now, the history, the restore drill, restore.

"Back up now" shows its progress in the panel itself (bytes written of the total, Cancel beside
it), so the coach can go on working while it runs. The history and "last verified restore" are
read in a worker. The drill decrypts the newest backup into a private scratch area, checks it
completely and deletes the scratch; it shows a progress dialog with Cancel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.access import Vault
from coachdesk.services.backup import backup_history, last_verified_restore, restore_drill
from coachdesk.ui.background import BackgroundTask, WorkerProgress, run_in_background
from coachdesk.ui.backup.history_model import BackupHistoryModel
from coachdesk.ui.backup.labels import bytes_progress, fmt_moment, outcome_text
from coachdesk.ui.backup.runner import BackupOutcome, backup_runner
from coachdesk.ui.i18n import tr_error
from coachdesk.ui.pages import muted
from coachdesk.ui.session import AppSession

BAR_STEPS = 1000


@dataclass(frozen=True)
class HistorySummary:
    records: list[Any]
    last_verified: datetime | None


def load_summary(vault: Vault) -> HistorySummary:
    """In a worker, on its own connection."""
    with vault.session() as db:
        return HistorySummary(list(backup_history(db)), last_verified_restore(db))


class ActionsPanel(QWidget):
    """Emits ``restore_requested`` for "Restore from a backup…" (the app owns that wizard)."""

    restore_requested = Signal()

    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self.runner = backup_runner(session)
        self.summary: HistorySummary | None = None
        self.drill_task: BackgroundTask | None = None
        self.drill_report: Any = None
        self._loading: BackgroundTask | None = None
        self._build()
        self.retranslate()
        self.runner.started.connect(self._backup_started)
        self.runner.progress.connect(self._backup_progress)
        self.runner.finished.connect(self._backup_finished)
        if self.runner.running:
            self._backup_started("")
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, BAR_STEPS)
        self.progress.setMinimumWidth(220)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.runner.cancel)
        row.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.backup_status = muted(QLabel(self))
        self.backup_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.backup_status)

        self.history_label = QLabel(self)
        layout.addWidget(self.history_label)
        self.model = BackupHistoryModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.history_label.setBuddy(self.table)
        layout.addWidget(self.table)
        self.history_empty = muted(QLabel(self))
        layout.addWidget(self.history_empty)

        self.verified_label = QLabel(self)
        self.verified_label.setWordWrap(True)
        layout.addWidget(self.verified_label)
        row = QHBoxLayout()
        self.drill_button = QPushButton(self)
        self.drill_button.clicked.connect(self.run_drill)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_requested)
        row.addWidget(self.drill_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.drill_status = muted(QLabel(self))
        self.drill_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.drill_status)
        self._show_running(False)

    def retranslate(self) -> None:
        self.backup_button.setText(self.tr("Back up now"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress.setAccessibleName(self.tr("Backup progress"))
        self.history_label.setText(self.tr("&Recent backups:"))
        self.table.setAccessibleName(self.tr("Recent backups"))
        self.history_empty.setText(self.tr("No backups yet."))
        self.drill_button.setText(self.tr("Run a restore drill"))
        self.drill_button.setToolTip(
            self.tr(
                "Decrypts the newest backup into a private scratch folder, checks every part of "
                "it and deletes the scratch folder again. Nothing in CoachDesk changes."
            )
        )
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- history ----------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading is not None

    def refresh(self) -> None:
        vault = self._session.vault
        if vault.is_locked:
            return
        self._loading = run_in_background(
            lambda: load_summary(vault),
            self._loaded,
            lambda _error: None,
            parent=self,
            on_finished=self._load_finished,
        )

    def _load_finished(self) -> None:
        self._loading = None

    def _loaded(self, summary: HistorySummary) -> None:
        self.summary = summary
        self.model.set_records(summary.records)
        self._fit_table()
        self._show_summary()

    def _fit_table(self) -> None:
        """Room for the rows there are, up to eight; more scroll."""
        rows = min(max(self.model.rowCount(), 1), 8)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + 2
        self.table.setFixedHeight(height + rows * self.table.verticalHeader().defaultSectionSize())

    def _show_summary(self) -> None:
        summary = self.summary
        has_rows = summary is not None and bool(summary.records)
        self.table.setVisible(has_rows)
        self.history_empty.setVisible(summary is not None and not has_rows)
        if summary is None or summary.last_verified is None:
            text = self.tr("Last verified restore: never. Run a restore drill to be sure.")
        else:
            text = self.tr("Last verified restore: %1").replace(
                "%1", fmt_moment(summary.last_verified)
            )
        self.verified_label.setText(text)

    # --- back up now ------------------------------------------------------------------------

    def back_up_now(self) -> bool:
        self.backup_status.setText("")
        return self.runner.start("manual")

    def _show_running(self, running: bool) -> None:
        self.backup_button.setEnabled(not running)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.restore_button.setEnabled(not running)

    def _backup_started(self, _reason: str) -> None:
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Preparing…"))
        self.backup_status.setText(self.tr("Backing up…"))
        self._show_running(True)

    def _backup_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setValue(min(BAR_STEPS, done * BAR_STEPS // total))
            self.progress.setFormat(bytes_progress(done, total))

    def _backup_finished(self, outcome: BackupOutcome) -> None:
        self._show_running(False)
        self.backup_status.setText(outcome_text(outcome))
        self.refresh()

    # --- drill ------------------------------------------------------------------------------

    def run_drill(self) -> None:
        if self.drill_task is not None:
            return
        vault = self._session.vault
        relay = WorkerProgress(self)
        self.drill_status.setText(self.tr("Checking the newest backup…"))
        self.drill_button.setEnabled(False)
        self.drill_task = run_in_background(
            lambda cancel: restore_drill(vault, progress=relay.report, cancel=cancel),
            self._drilled,
            self._drill_failed,
            parent=self,
            progress=self.tr("Checking the newest backup…"),
            cancellable=True,
            on_finished=self._drill_finished,
        )
        gate = self.drill_task.gate
        if gate is not None:
            relay.changed.connect(lambda d, t: gate.set_progress(d, t, bytes_progress(d, t)))

    def _drilled(self, report: Any) -> None:
        self.drill_report = report
        when = fmt_moment(report.backup.created)
        if report.ok:
            text = self.tr(
                "Restore drill passed: the backup of %1 was decrypted and checked completely. "
                "It can be restored."
            ).replace("%1", when)
        else:
            text = (
                self.tr("Restore drill failed for the backup of %1: %2")
                .replace("%1", when)
                .replace("%2", str(report.detail))
            )
        self.drill_status.setText(text)
        self.refresh()

    def _drill_failed(self, error: CoachDeskError) -> None:
        cancel = self.drill_task.cancel_event if self.drill_task is not None else None
        if cancel is not None and cancel.is_set():
            self.drill_status.setText(self.tr("Restore drill cancelled."))
        else:
            text = self.tr("Restore drill failed: %1").replace("%1", tr_error(error))
            self.drill_status.setText(text)

    def _drill_finished(self) -> None:
        self.drill_task = None
        self.drill_button.setEnabled(True)
