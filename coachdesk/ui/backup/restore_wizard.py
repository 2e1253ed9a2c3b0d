"""The restore wizard: a backup file and its key in, the restored practice open at the end.

Pages: choose the file → give the recovery key or passphrase (checked in a worker by reading
the backup's manifest) → see what is in it → confirm "replace everything" → the restore itself,
in a worker with progress → the report of the erasure-ledger replay.

It is used from Settings (a vault is open) and from the first page of the setup wizard (a fresh
install). With a vault open, the app passes ``release``: called only when the restore really
starts, it closes the main window and the session's connection and hands over the still
unlocked vault, whose erasure ledger the restore merges. Nothing changes before that moment.
After a successful restore ``vault`` is the restored, unlocked vault; otherwise
``released_vault`` is the old one, unchanged, for the app to open again.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir, QEvent, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget, QWizard

from coachdesk.paths import DataPaths
from coachdesk.services.access import Credential, Vault
from coachdesk.ui import i18n

FileChooser = Callable[[QWidget], str | None]
Release = Callable[[], "Vault | None"]


class RestorePageId(enum.IntEnum):
    FILE = 0
    KEY = 1
    CONTENTS = 2
    CONFIRM = 3
    RESTORE = 4
    REPORT = 5


def choose_backup_file(parent: QWidget) -> str | None:
    """The platform's Open dialog, showing CoachDesk backups (tests inject their own)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RestoreWizard", "Choose a backup"),
        QDir.homePath(),
        QCoreApplication.translate("RestoreWizard", "CoachDesk backups (*.cdbackup)"),
    )
    return path or None


class RestoreWizard(QWizard):
    """After ``finished`` with Accepted, ``vault`` is the restored vault, open and unlocked."""

    restored = Signal(object)  # Vault

    def __init__(
        self,
        paths: DataPaths,
        parent: QWidget | None = None,
        *,
        release: Release | None = None,
        has_current: bool = False,
        folders: Sequence[str] = (),
        chooser: FileChooser = choose_backup_file,
    ) -> None:
        super().__init__(parent)
        from coachdesk.ui.backup.restore_key_page import KeyPage
        from coachdesk.ui.backup.restore_pages import ConfirmPage, ContentsPage, FilePage
        from coachdesk.ui.backup.restore_run import ReportPage, RestorePage

        self.paths = paths
        self.release = release
        self.has_current = has_current or release is not None
        self.folders = tuple(folders)
        self.chooser = chooser
        self.file: Path | None = None
        self.credential: Credential | None = None
        self.info: Any = None  # BackupInfo, once the key page has read it
        self.report: Any = None  # RestoreReport, once restored
        self.vault: Vault | None = None
        self.released_vault: Vault | None = None
        self._busy = False
        self.setObjectName("restoreWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(720, 560)
        self.file_page = FilePage(self)
        self.key_page = KeyPage(self)
        self.contents_page = ContentsPage(self)
        self.confirm_page = ConfirmPage(self)
        self.restore_page = RestorePage(self)
        self.report_page = ReportPage(self)
        for page_id, page in (
            (RestorePageId.FILE, self.file_page),
            (RestorePageId.KEY, self.key_page),
            (RestorePageId.CONTENTS, self.contents_page),
            (RestorePageId.CONFIRM, self.confirm_page),
            (RestorePageId.RESTORE, self.restore_page),
            (RestorePageId.REPORT, self.report_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(RestorePageId.FILE)
        self.retranslate()

    # --- state the pages share --------------------------------------------------------------

    def set_file(self, path: Path | None) -> None:
        if path != self.file:
            self.info = None  # another file: its key must be checked again
        self.file = path

    def release_current(self) -> Vault | None:
        """Close what the app has open, once; returns the live vault (None on a fresh install)."""
        release, self.release = self.release, None
        if release is not None:
            self.released_vault = release()
        return self.released_vault

    def set_busy(self, busy: bool) -> None:
        """While a worker runs, the wizard can be neither left nor closed."""
        self._busy = busy
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
        self.button(QWizard.WizardButton.BackButton).setEnabled(not busy)

    @property
    def busy(self) -> bool:
        return self._busy

    # --- finishing --------------------------------------------------------------------------

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            if self.report is None:
                return
            self.vault = self.report.vault
            self.restored.emit(self.vault)
        elif self._busy:
            return
        self.key_page.wipe()
        super().done(result)

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setAccessibleName(self.tr("Restore from a backup"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open CoachDesk"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Restore"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def language_ready() -> None:
    """The wizard can open before anything set the language (a fresh install)."""
    if not QCoreApplication.instance().property("coachdesk_language"):  # type: ignore[union-attr]
        i18n.set_language(i18n.system_language())
