"""The client's rights from the dossier: export everything, erase, anonymise.

Each runs in a worker with its own connection. Erasing cannot be undone, so the coach confirms
by typing the client number, as PRIVACY.md asks; anonymising also asks for the broad theme that
is all the practice statistics keep.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.models import Client
from coachdesk.domain.statistics import DEFAULT_THEME, THEMES
from coachdesk.services.export.service import export_by_number
from coachdesk.services.privacy import anonymise_client, erase_client
from coachdesk.ui.background import run_in_background
from coachdesk.ui.i18n import tr_error
from coachdesk.ui.session import AppSession, Changes


class ConfirmErasure(QDialog):
    """Type the client number to erase (or anonymise) them; nothing else enables the button."""

    def __init__(self, client: Client, *, anonymise: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.client = client
        self.anonymise = anonymise
        self.setWindowTitle(self.tr("Anonymise client") if anonymise else self.tr("Erase client"))
        what = (
            self.tr(
                "Everything about %1 is erased for good: details, notes, documents, "
                "appointments, tasks and consents. Only an anonymous count remains in the "
                "practice statistics."
            )
            if anonymise
            else self.tr(
                "Everything about %1 is erased for good: details, notes, documents, "
                "appointments, tasks and consents. This cannot be undone."
            )
        ).replace("%1", client.full_name)
        text = QLabel(what, self)
        text.setWordWrap(True)
        self.number = QLineEdit(self)
        self.number.setAccessibleName(self.tr("Client number"))
        self.number.setPlaceholderText(client.number)
        self.theme = QComboBox(self)
        for key, label in THEMES.items():
            self.theme.addItem(QCoreApplication.translate("Statistics", label), key)
        self.theme.setCurrentIndex(self.theme.findData(DEFAULT_THEME))
        form = QFormLayout()
        form.addRow(self.tr("Type %1 to confirm:").replace("%1", client.number), self.number)
        if anonymise:
            form.addRow(self.tr("Theme for the statistics:"), self.theme)
        else:
            self.theme.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go = self.buttons.addButton(
            self.tr("Anonymise") if anonymise else self.tr("Erase"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.go.setEnabled(False)
        self.go.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.number.textChanged.connect(
            lambda text: self.go.setEnabled(text.strip() == client.number)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)


class ClientRights(QObject):
    """The dossier's 'Client rights' menu and the work behind it."""

    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._widget = parent
        self.client: Client | None = None
        self.button = QToolButton(parent)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.export_nl = menu.addAction("", lambda: self.export("nl"))
        self.export_en = menu.addAction("", lambda: self.export("en"))
        menu.addSeparator()
        self.anonymise_action = menu.addAction("", lambda: self.ask(anonymise=True))
        self.erase_action = menu.addAction("", lambda: self.ask(anonymise=False))
        self.button.setMenu(menu)
        self.dialog: ConfirmErasure | None = None

    def retranslate(self) -> None:
        self.button.setText(self.tr("Client rights"))
        self.export_nl.setText(self.tr("Export all data (Dutch)…"))
        self.export_en.setText(self.tr("Export all data (English)…"))
        self.anonymise_action.setText(self.tr("Anonymise…"))
        self.erase_action.setText(self.tr("Erase…"))

    def export(self, language: str, target: Path | None = None) -> None:
        if self.client is None:
            return
        if target is None:
            chosen = QFileDialog.getExistingDirectory(self._widget, self.tr("Export to folder"))
            if not chosen:
                return
            target = Path(chosen)
        vault, number = self._session.vault, self.client.number

        def work() -> Path:
            with vault.session() as db:
                return export_by_number(db, number, target, language=language, now=datetime.now())

        run_in_background(
            work,
            self._exported,
            self._fail,
            parent=self._widget,
            progress=self.tr("Exporting the client's data…"),
        )

    def _exported(self, folder: Path) -> None:
        self._session.notify(Changes(clients=True, client_id=self._client_id()), self)
        QMessageBox.information(
            self._widget,
            self.tr("Export ready"),
            self.tr("The package is in %1. Hand it over securely.").replace("%1", str(folder)),
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def ask(self, *, anonymise: bool) -> None:
        if self.client is None:
            return
        self.dialog = ConfirmErasure(self.client, anonymise=anonymise, parent=self._widget)
        self.dialog.accepted.connect(self._confirmed)
        self.dialog.open()

    def _confirmed(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        vault, client_id, theme = self._session.vault, dialog.client.id, dialog.theme.currentData()
        anonymise = dialog.anonymise

        def work() -> object:
            if anonymise:
                return anonymise_client(vault, client_id, theme=theme)
            return erase_client(vault, client_id)

        run_in_background(
            work,
            lambda _report: self._session.notify(
                Changes(clients=True, notes=True, appointments=True, tasks=True), self
            ),
            self._fail,
            parent=self._widget,
            progress=self.tr("Erasing…"),
        )

    def _client_id(self) -> int | None:
        return self.client.id if self.client else None

    def _fail(self, error: CoachDeskError) -> None:
        QMessageBox.warning(self._widget, self.tr("Client rights"), tr_error(error))
