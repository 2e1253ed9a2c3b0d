"""The backup strip on the Today page: last backup, last verified restore, "Back up now".

It turns amber-red with a plain sentence when no backup was ever made or one is overdue, so the
coach sees it at the start of the day rather than when the laptop is gone. Its numbers are read
in a worker; it refreshes when shown, after each backup and after the settings change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coachdesk.services.access import Vault
from coachdesk.services.backup import (
    backup_overdue,
    last_backup,
    last_verified_restore,
    load_backup_settings,
)
from coachdesk.ui.background import BackgroundTask, run_in_background
from coachdesk.ui.backup.labels import bytes_progress, fmt_moment, outcome_text
from coachdesk.ui.backup.runner import BackupOutcome, backup_runner
from coachdesk.ui.backup.scheduler import utc_now
from coachdesk.ui.pages import scaled_font
from coachdesk.ui.session import AppSession, Changes

WARNING_STYLE = (
    "QFrame#backupCard { border: 1px solid #c4554d; border-radius: 6px;"
    " background: rgba(196, 85, 77, 0.08); }"
)
CALM_STYLE = "QFrame#backupCard { border: 1px solid palette(mid); border-radius: 6px; }"


@dataclass(frozen=True)
class BackupState:
    last_backup: datetime | None
    last_verified: datetime | None
    overdue: bool
    has_targets: bool


def load_state(vault: Vault, now: datetime) -> BackupState:
    """In a worker, on its own connection."""
    with vault.session() as db:
        record = last_backup(db)
        return BackupState(
            record.created if record is not None else None,
            last_verified_restore(db),
            backup_overdue(db, now),
            bool(load_backup_settings(db).targets),
        )


class BackupCard(QFrame):
    """ "Back up now" goes straight to the session's runner; with no backup folder yet the
    button reads "Set up backups…" and emits ``setup_requested``."""

    setup_requested = Signal()

    def __init__(
        self,
        session: AppSession,
        parent: QWidget,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupCard")
        self._session = session
        self._clock = clock
        self._task: BackgroundTask | None = None
        self._again = False
        self.state: BackupState | None = None
        self.outcome: BackupOutcome | None = None
        self.runner = backup_runner(session)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self.title, 1.05, bold=True))
        self.last_label = QLabel(self)
        self.verified_label = QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        for label in (self.title, self.last_label, self.verified_label, self.note):
            column.addWidget(label)
        layout.addLayout(column, 1)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.back_up_now)
        layout.addWidget(self.button)
        self.runner.started.connect(self._on_runner)  # bound methods: disconnected with the card
        self.runner.progress.connect(self._on_runner)
        self.runner.finished.connect(self._backup_finished)
        session.changed.connect(self._on_changed)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Backups"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.settings:
            self.refresh()

    @property
    def loading(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        vault = self._session.vault
        if vault.is_locked:
            return
        if self._task is not None:
            self._again = True
            return
        now = self._clock()
        self._task = run_in_background(
            lambda: load_state(vault, now),
            self._loaded,
            lambda _error: None,
            parent=self,
            on_finished=self._load_finished,
        )

    def _load_finished(self) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.refresh()

    def _loaded(self, state: BackupState) -> None:
        self.state = state
        self._show()

    def _on_runner(self, *_args: object) -> None:
        self._show()

    def back_up_now(self) -> None:
        if self.state is not None and not self.state.has_targets:
            self.setup_requested.emit()
            return
        self.runner.start("manual")

    def _backup_finished(self, outcome: BackupOutcome) -> None:
        self.outcome = outcome
        self._show()
        self.refresh()

    def _show(self) -> None:
        state = self.state
        running = self.runner.running
        self.button.setEnabled(not running and state is not None)
        self.button.setText(
            self.tr("Set up backups…")
            if state is not None and not state.has_targets
            else self.tr("Back up now")
        )
        if state is None:
            self.last_label.setText("…")
            self.verified_label.clear()
            self.note.hide()
            return
        if running:
            done, total = self.runner.last_progress
            text = self.tr("Backing up…")
            if total:
                text += " " + bytes_progress(done, total)
            self.last_label.setText(text)
        elif state.last_backup is None:
            self.last_label.setText(self.tr("Last backup: never"))
        else:
            self.last_label.setText(
                self.tr("Last backup: %1").replace("%1", fmt_moment(state.last_backup))
            )
        self.verified_label.setText(
            self.tr("Last verified restore: %1").replace("%1", fmt_moment(state.last_verified))
            if state.last_verified is not None
            else self.tr("Last verified restore: never")
        )
        warn = state.overdue or state.last_backup is None or not state.has_targets
        if not state.has_targets:
            note = self.tr("No backup folder is set up. Choose one in Settings → Backups.")
        elif state.last_backup is None:
            note = self.tr("There is no backup of your practice yet.")
        elif state.overdue:
            note = self.tr("A backup is overdue.")
        else:
            note = ""
        outcome = self.outcome
        if outcome is not None and not outcome.ok and not running:
            note = outcome_text(outcome)
            warn = True
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setStyleSheet(WARNING_STYLE if warn else CALM_STYLE)
        self.setProperty("warning", warn)
        self.setAccessibleName(
            ". ".join(t for t in (self.last_label.text(), self.verified_label.text(), note) if t)
        )
