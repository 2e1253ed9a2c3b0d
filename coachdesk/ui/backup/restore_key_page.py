"""The restore wizard's key page: the recovery key as printed, or the passphrase.

The key is checked on Next by reading the backup's manifest in a worker (the passphrase costs
an Argon2 run), so a wrong key is told on this page, before anything changes, and the next page
can show what the backup holds.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.access import Credential, Passphrase, RecoveryKey
from coachdesk.services.backup import inspect_backup, read_header
from coachdesk.ui.background import BackgroundTask, run_in_background
from coachdesk.ui.backup.restore_pages import WizardPageBase
from coachdesk.ui.wizard.common import FieldHint, key_font, wrapped

if TYPE_CHECKING:
    from coachdesk.ui.backup.restore_wizard import RestoreWizard


class KeyPage(WizardPageBase):
    """The recovery key as printed (groups, any case) or the passphrase; checked on Next."""

    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__(wizard)
        self._task: BackgroundTask | None = None
        self.intro = wrapped(QLabel(self))
        self.use_recovery = QRadioButton(self)
        self.use_passphrase = QRadioButton(self)
        self.use_recovery.setChecked(True)
        self.recovery = QPlainTextEdit(self)
        self.recovery.setTabChangesFocus(True)
        self.recovery.setFont(key_font(11))
        self.recovery.setFixedHeight(self.recovery.fontMetrics().lineSpacing() * 3 + 16)
        self.recovery.setPlaceholderText("AGE-SECRET-KEY-1 …")
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = FieldHint(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        for widget in (self.recovery, self.passphrase):
            widget.textChanged.connect(self._edited)  # type: ignore[attr-defined]
        self.use_recovery.toggled.connect(self._mode_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.recovery)
        layout.addSpacing(6)
        layout.addWidget(self.use_passphrase)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.hint)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        self._mode_changed()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your key to the backup"))
        self.setSubTitle(self.tr("Nothing changes yet: the key is only used to read the backup."))
        self.intro.setText(
            self.tr(
                "Every backup opens with the recovery key on your Recovery Sheet. If you had set "
                "a passphrase when the backup was made, that opens it too."
            )
        )
        self.use_recovery.setText(self.tr("&Recovery key (as printed, spaces do not matter):"))
        self.use_passphrase.setText(self.tr("&Passphrase:"))
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.busy_bar.setAccessibleName(self.tr("Reading the backup"))

    def initializePage(self) -> None:
        """Offer the passphrase only for a backup made with one (its plain header says so)."""
        has_passphrase = True
        # A file that is no backup: the check on Next says what is wrong with it.
        if self.owner.file is not None:
            with contextlib.suppress(CoachDeskError):
                has_passphrase = read_header(self.owner.file).has_passphrase
        self.use_passphrase.setVisible(has_passphrase)
        self.passphrase.setVisible(has_passphrase)
        if not has_passphrase:
            self.use_recovery.setChecked(True)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _mode_changed(self) -> None:
        recovery = self.use_recovery.isChecked()
        self.recovery.setEnabled(recovery)
        self.passphrase.setEnabled(not recovery)
        (self.recovery if recovery else self.passphrase).setFocus()
        self._edited()

    def _edited(self) -> None:
        self.owner.info = None
        self.hint.clear()
        self.completeChanged.emit()

    def credential(self) -> Credential | None:
        if self.use_recovery.isChecked():
            text = self.recovery.toPlainText().strip()
            return RecoveryKey(text) if text else None
        return Passphrase(self.passphrase.text()) if self.passphrase.text() else None

    def isComplete(self) -> bool:
        return self.credential() is not None and not self.busy

    def validatePage(self) -> bool:
        if self.owner.info is not None:
            return True
        credential, file = self.credential(), self.owner.file
        if credential is None or file is None or self.busy:
            return False
        self.hint.clear()
        self.busy_bar.show()
        self.owner.set_busy(True)
        self._task = run_in_background(
            lambda: inspect_backup(file, credential),  # type: ignore[arg-type]
            lambda info: self._read(info, credential),
            self._refused,
            parent=self,
            on_finished=self._finished,
        )
        self.completeChanged.emit()
        return False

    def _finished(self) -> None:
        self._task = None
        self.busy_bar.hide()
        self.owner.set_busy(False)
        self.completeChanged.emit()

    def _read(self, info: Any, credential: Credential) -> None:
        self.owner.info = info
        self.owner.credential = credential
        self._task = None
        self.owner.set_busy(False)
        self.owner.next()

    def _refused(self, error: CoachDeskError) -> None:
        self.hint.show_error(error)
        (self.recovery if self.use_recovery.isChecked() else self.passphrase).setFocus()

    def wipe(self) -> None:
        """Forget the typed secrets when the wizard closes."""
        self.recovery.clear()
        self.passphrase.clear()
        self.owner.credential = None
