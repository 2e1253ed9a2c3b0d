"""The first-run wizard: language, practice, security, recovery key, retention.

Its first page also offers "I already have a backup…": the wizard then emits
``restore_requested`` and the app replaces it with the restore wizard.

The wizard owns the little state the pages share: the vault once it exists, the recovery key
until its page is left, and whether a keychain exists (asked in a worker at start, because the
first keyring call can wait on the OS). ``vault`` is set only when the wizard finishes; a coach
who cancels after the vault was made is asked whether to keep it, never silently losing it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget, QWizard

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.models import Practice
from coachdesk.paths import DataPaths
from coachdesk.services.access import Vault, keyring_available
from coachdesk.services.setup import discard_new_vault
from coachdesk.ui import i18n
from coachdesk.ui.background import run_in_background
from coachdesk.ui.prefs import Prefs
from coachdesk.ui.wizard.common import PageId
from coachdesk.ui.wizard.practice_page import PracticePage
from coachdesk.ui.wizard.recovery_page import RecoveryKeyPage
from coachdesk.ui.wizard.retention_page import RetentionPage
from coachdesk.ui.wizard.security_page import SecurityPage
from coachdesk.ui.wizard.welcome_page import WelcomePage

KEEP, DISCARD, CONTINUE = "keep", "discard", "continue"


class SetupWizard(QWizard):
    """Sets up a new vault. After ``exec()`` returns Accepted, ``vault`` is open and ready."""

    keyring_checked = Signal(object)  # bool: whether a usable keychain exists
    restore_requested = Signal()  # "I already have a backup": the app opens the restore wizard

    def __init__(self, paths: DataPaths, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.prefs = prefs
        self.vault: Vault | None = None
        self.recovery_key_confirmed = False
        self.created_vault: Vault | None = None
        self.recovery_identity: str | None = None
        self.practice_saved = False
        self.keyring_available: bool | None = None  # None: still asking
        self._busy = False
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(720, 560)
        language = prefs.language or i18n.system_language()
        if language != i18n.current_language():
            i18n.set_language(language)
        self.welcome_page = WelcomePage(self)
        self.practice_page = PracticePage(self)
        self.security_page = SecurityPage(self)
        self.recovery_page = RecoveryKeyPage(self)
        self.retention_page = RetentionPage(self)
        self.setPage(PageId.WELCOME, self.welcome_page)
        self.setPage(PageId.PRACTICE, self.practice_page)
        self.setPage(PageId.SECURITY, self.security_page)
        self.setPage(PageId.RECOVERY, self.recovery_page)
        self.setPage(PageId.RETENTION, self.retention_page)
        self.setStartId(PageId.WELCOME)
        self.retranslate()
        run_in_background(
            keyring_available,
            self._keyring_result,
            lambda _error: self._keyring_result(False),
            parent=self,
        )

    # --- state the pages share --------------------------------------------------------------

    def _keyring_result(self, available: object) -> None:
        self.keyring_available = bool(available)
        self.keyring_checked.emit(self.keyring_available)

    def practice_details(self) -> tuple[Practice, bytes | None]:
        return self.practice_page.practice(), self.practice_page.logo

    def vault_created(self, vault: Vault, identity: str) -> None:
        self.created_vault = vault
        self.recovery_identity = identity

    def forget_recovery_key(self) -> None:
        self.recovery_identity = None

    def set_busy(self, busy: bool) -> None:
        """While a worker writes the vault, the wizard can neither be left nor cancelled."""
        self._busy = busy
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
        if busy:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    # --- finishing and cancelling -----------------------------------------------------------

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            if not self.validateCurrentPage():
                return
            self.vault = self.created_vault
        super().done(result)

    def reject(self) -> None:
        if self._busy:
            return
        vault = self.created_vault
        if vault is None:
            super().reject()
            return
        choice = self.ask_keep_vault()
        if choice == CONTINUE:
            return
        self.recovery_page.wipe()
        if choice == KEEP:
            vault.lock()
            super().reject()
            return
        self.set_busy(True)
        run_in_background(
            lambda: discard_new_vault(vault),
            lambda _none: self._discarded(None),
            self._discarded,
            parent=self,
        )

    def _discarded(self, error: CoachDeskError | None) -> None:
        self.set_busy(False)
        self.created_vault = None
        if error is not None:
            QMessageBox.warning(self, self.windowTitle(), i18n.tr_error(error))
        super().reject()

    def ask_keep_vault(self) -> str:
        """Ask what to do with the vault made moments ago: keep, delete, or go on."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Stop setting up?"))
        box.setText(self.tr("Your encrypted vault has already been created."))
        info = self.tr(
            "Keep it and finish setting up the next time you start CoachDesk, or delete it "
            "and start again from the beginning. It holds no client data yet."
        )
        if self.recovery_identity is not None:
            info += "\n\n" + self.tr(
                "Your recovery key has not been confirmed. If you keep the vault, write the key "
                "down first: it will not be shown again."
            )
        box.setInformativeText(info)
        keep = box.addButton(self.tr("Keep the vault"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Delete the vault"), QMessageBox.ButtonRole.DestructiveRole)
        go_on = box.addButton(self.tr("Continue setting up"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go_on)
        box.setEscapeButton(go_on)
        box.exec()
        clicked = box.clickedButton()
        return KEEP if clicked is keep else DISCARD if clicked is discard else CONTINUE

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up CoachDesk"))
        self.setAccessibleName(self.tr("Set up CoachDesk"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
