"""The Privacy page's "Processing register" button: the Art. 30 register as a PDF.

A menu chooses Dutch or English (independent of the interface language, like the access
export); a save dialog chooses the file; the register is collected and rendered in a worker.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.processing_register import FILE_NAMES, write_register
from coachdesk.ui.background import run_in_background
from coachdesk.ui.clients.widgets import show_error
from coachdesk.ui.session import AppSession


class RegisterButton(QToolButton):
    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.dutch = menu.addAction("", lambda: self.write("nl"))
        self.english = menu.addAction("", lambda: self.write("en"))
        self.setMenu(menu)
        self.written: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Processing register"))
        self.setToolTip(
            self.tr(
                "The register of processing activities (Art. 30 GDPR) as a PDF, drawn up from "
                "your current settings: purposes, data, recipients, retention periods and "
                "security measures."
            )
        )
        self.dutch.setText(self.tr("Processing register in Dutch…"))
        self.english.setText(self.tr("Processing register in English…"))

    def write(self, language: str, target: Path | None = None) -> None:
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the processing register"),
                str(Path.home() / FILE_NAMES[language]),
                self.tr("PDF documents (*.pdf)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        vault = self._session.vault
        run_in_background(
            lambda: write_register(vault, target, language=language, today=date.today()),
            self._written,
            self._failed,
            parent=self,
            progress=self.tr("Drawing up the processing register…"),
        )

    def _written(self, path: Path) -> None:
        self.written = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, error: CoachDeskError) -> None:
        show_error(self, self.tr("Processing register"), error)
