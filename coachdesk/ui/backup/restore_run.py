"""The restore wizard's last two pages: the restore itself, and what it did.

The restore runs in a worker with a progress bar (bytes decrypted, then the named steps) and a
Cancel button, honoured until the restored vault is swapped in. When no erasure ledger newer
than the backup can be found (a new laptop), the page stops and explains in plain words that
clients erased after the backup could come back; only "Restore anyway" goes on, and the service
records that choice in the audit log.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.paths import DataPaths
from coachdesk.services.access import Credential, Vault
from coachdesk.services.backup import NoNewerLedger, restore_backup
from coachdesk.ui.background import BackgroundTask, WorkerProgress, run_in_background
from coachdesk.ui.backup.labels import bytes_progress, fmt_moment
from coachdesk.ui.backup.restore_pages import WizardPageBase
from coachdesk.ui.wizard.common import ERROR_COLOUR, FieldHint, wrapped

if TYPE_CHECKING:
    from coachdesk.ui.backup.restore_wizard import RestoreWizard

BAR_STEPS = 1000


class _Steps(QObject):
    """Carries the service's step names from the worker to the GUI thread."""

    reached = Signal(str)


def _restore(
    paths: DataPaths,
    file: Path,
    credential: Credential,
    current: Vault | None,
    accept_older: bool,
    progress: WorkerProgress,
    steps: _Steps,
    cancel: threading.Event,
) -> Any:
    """In a worker."""
    return restore_backup(
        paths,
        file,
        credential,  # type: ignore[arg-type]
        accept_older_ledger=accept_older,
        use_keyring=True if current is None else current.meta.keyring,
        progress=progress.report,
        cancel=cancel,
        current_vault=current,
        replace_other_vault=current is not None,
        on_step=steps.reached.emit,
    )


class RestorePage(WizardPageBase):
    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__(wizard)
        self._task: BackgroundTask | None = None
        self.accepted_older = False
        self.step_label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, BAR_STEPS)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.hint = FieldHint(self)
        self.question = QFrame(self)
        self.question.setFrameShape(QFrame.Shape.StyledPanel)
        self.question_text = wrapped(QLabel(self.question))
        self.question_text.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.anyway_button = QPushButton(self.question)
        self.anyway_button.clicked.connect(self.restore_anyway)
        self.stop_button = QPushButton(self.question)
        self.stop_button.clicked.connect(wizard.reject)
        box = QVBoxLayout(self.question)
        box.addWidget(self.question_text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.anyway_button)
        box.addLayout(buttons)
        self.question.hide()
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.question)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Restoring"))
        self.setSubTitle(self.tr("CoachDesk decrypts the backup, checks it and puts it in place."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.bar.setAccessibleName(self.tr("Restore progress"))
        self.question_text.setText(
            self.tr(
                "This computer has no record of clients erased after %1, the moment of this "
                "backup. If you erased or anonymised a client after that, their data would come "
                "back with this backup. Restore only if you are sure, or erase those clients "
                "again afterwards. Your choice is recorded in the audit log."
            ).replace("%1", fmt_moment(self.owner.info.created) if self.owner.info else "")
        )
        self.anyway_button.setText(self.tr("Restore anyway"))
        self.stop_button.setText(self.tr("Do not restore"))

    @property
    def busy(self) -> bool:
        return self._task is not None

    def initializePage(self) -> None:
        self.start()

    def isComplete(self) -> bool:
        return self.owner.report is not None

    def start(self) -> None:
        wizard = self.owner
        if self.busy or wizard.file is None or wizard.credential is None:
            return
        self.hint.clear()
        self.question.hide()
        self.bar.show()
        self.bar.setValue(0)
        self.bar.setFormat("")
        self.step_label.setText(self.tr("Decrypting the backup…"))
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        wizard.set_busy(True)
        current = wizard.release_current()
        relay, steps = WorkerProgress(self), _Steps(self)
        relay.changed.connect(self._progress)
        steps.reached.connect(self._step)
        paths, file, credential = wizard.paths, wizard.file, wizard.credential
        accept = self.accepted_older
        self._task = run_in_background(
            lambda cancel: _restore(paths, file, credential, current, accept, relay, steps, cancel),
            self._restored,
            self._failed,
            parent=self,
            cancellable=True,
            on_finished=self._finished,
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.step_label.setText(self.tr("Stopping…"))

    def restore_anyway(self) -> None:
        self.accepted_older = True
        self.start()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setValue(min(BAR_STEPS, done * BAR_STEPS // total))
            self.bar.setFormat(bytes_progress(done, total))

    def _step(self, name: str) -> None:
        texts = {
            "extracted": self.tr("Removing erased clients again and applying retention…"),
            "prepared": self.tr("Securing the restored practice with a new key…"),
            "rekeyed": self.tr("Writing the keys…"),
            "staged": self.tr("Putting the restored practice in place…"),
        }
        if name in texts:
            self.bar.setValue(BAR_STEPS)
            self.step_label.setText(texts[name])
        if name == "staged":
            self.cancel_button.setEnabled(False)  # past this point the restore finishes

    def _finished(self) -> None:
        self._task = None
        self.owner.set_busy(False)
        self.cancel_button.hide()
        self.completeChanged.emit()

    def _restored(self, report: Any) -> None:
        self.owner.report = report
        self.step_label.setText(self.tr("Restored."))
        self._task = None
        self.owner.set_busy(False)
        self.owner.next()

    def _failed(self, error: CoachDeskError) -> None:
        self.step_label.setText("")
        self.bar.hide()
        if isinstance(error, NoNewerLedger):
            self.retranslate()
            self.question.show()
            self.anyway_button.setFocus()
            return
        self.hint.show_error(error)


class ReportPage(WizardPageBase):
    """The erasure-ledger replay in numbers; Finish opens the restored practice."""

    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__(wizard)
        self.setFinalPage(True)
        self.summary = wrapped(QLabel(self))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your practice is restored"))
        self.setSubTitle(self.tr("CoachDesk opens it when you click the button below."))
        self.initializePage()

    def initializePage(self) -> None:
        report = self.owner.report
        if report is None:
            return
        lines = [
            self.tr("Restored from the backup of %1.").replace(
                "%1", fmt_moment(report.info.created)
            ),
            self.tr("Erasure ledger: %1 entries replayed.").replace(
                "%1", str(report.ledger_entries_replayed)
            ),
            self.tr("Clients erased after the backup and removed again: %1.").replace(
                "%1", str(report.clients_removed_by_replay)
            ),
        ]
        retention = (
            self.tr("Past their retention period and removed: %1.")
            if getattr(report, "retention_applied", True)
            else self.tr("Past their retention period (see Privacy): %1.")
        )
        lines.append(retention.replace("%1", str(report.retention_actions)))
        if report.accepted_older_ledger:
            lines.append(
                self.tr(
                    "You chose to restore without a newer erasure ledger; this is recorded in "
                    "the audit log."
                )
            )
        lines.extend(str(w) for w in getattr(report, "warnings", ()) or ())
        seconds = QLocale().toString(float(report.seconds), "f", 1)
        lines.append(self.tr("It took %1 seconds.").replace("%1", seconds))
        self.summary.setText("<p>" + "</p><p>".join(_escape(line) for line in lines) + "</p>")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
