"""The client's rights from the dossier: export everything, erase, anonymise.

Each runs in a worker with its own connection. Erasing cannot be undone, so the coach confirms
by typing the client number, as PRIVACY.md asks; anonymising also asks for the broad theme that
is all the practice statistics keep. The confirmation lists the recipients in the disclosure log
to tick as already informed (Art. 19); afterwards ``ErasureDone`` offers the confirmation letter.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
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
from coachdesk.services.erasure_letter import (
    INFORM_NOTES,
    INFORM_TASK,
    ErasureOutcome,
    disclosure_recipients,
    erase_with_letter,
)
from coachdesk.services.export.service import export_by_number
from coachdesk.ui.background import run_in_background
from coachdesk.ui.clients.erasure_done import ErasureDone
from coachdesk.ui.i18n import tr_error
from coachdesk.ui.session import AppSession, Changes


class ConfirmErasure(QDialog):
    """Type the client number to erase (or anonymise) them; nothing else enables the button."""

    def __init__(
        self,
        client: Client,
        *,
        anonymise: bool,
        parent: QWidget,
        recipients: Sequence[str] = (),
    ) -> None:
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
        self.informed: dict[str, QCheckBox] = {}
        if recipients:
            layout.addWidget(self._recipients_box(recipients))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _recipients_box(self, recipients: Sequence[str]) -> QGroupBox:
        """Art. 19: one 'already informed' box per recipient in the disclosure log."""
        box = QGroupBox(self.tr("Recipients of this client's data (Art. 19)"), self)
        explain = QLabel(
            self.tr(
                "Tick those you have already told about the erasure. For the others CoachDesk "
                "adds a task to inform them; the confirmation letter says which is which."
            ),
            box,
        )
        explain.setWordWrap(True)
        rows = QFormLayout()
        for recipient in recipients:
            check = QCheckBox(self.tr("Already informed"), box)
            check.setAccessibleName(self.tr("%1 already informed").replace("%1", recipient))
            label = QLabel(recipient, box)
            label.setBuddy(check)
            rows.addRow(label, check)
            self.informed[recipient] = check
        layout = QVBoxLayout(box)
        layout.addWidget(explain)
        layout.addLayout(rows)
        return box

    def informed_recipients(self) -> list[str]:
        return [name for name, check in self.informed.items() if check.isChecked()]


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
        self.zip_action = menu.addAction("")
        self.zip_action.setCheckable(True)
        menu.addSeparator()
        self.anonymise_action = menu.addAction("", lambda: self.ask(anonymise=True))
        self.erase_action = menu.addAction("", lambda: self.ask(anonymise=False))
        self.button.setMenu(menu)
        self.dialog: ConfirmErasure | None = None
        self.done_dialog: ErasureDone | None = None

    def retranslate(self) -> None:
        self.button.setText(self.tr("Client rights"))
        self.export_nl.setText(self.tr("Export all data (Dutch)…"))
        self.export_en.setText(self.tr("Export all data (English)…"))
        self.zip_action.setText(self.tr("Export as one ZIP file"))
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
        as_zip = self.zip_action.isChecked()

        def work() -> Path:
            with vault.session() as db:
                return export_by_number(
                    db, number, target, language=language, now=datetime.now(), as_zip=as_zip
                )

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
        shown = folder if folder.is_dir() else folder.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(shown)))

    def ask(self, *, anonymise: bool) -> None:
        if self.client is None:
            return
        recipients = disclosure_recipients(self._session.db, self.client.id)
        self.dialog = ConfirmErasure(
            self.client, anonymise=anonymise, parent=self._widget, recipients=recipients
        )
        self.dialog.accepted.connect(self._confirmed)
        self.dialog.open()

    def _confirmed(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        vault, client_id, theme = self._session.vault, dialog.client.id, dialog.theme.currentData()
        anonymise, informed = dialog.anonymise, dialog.informed_recipients()
        title = QCoreApplication.translate("Privacy", INFORM_TASK)
        notes = QCoreApplication.translate("Privacy", INFORM_NOTES)

        def work() -> ErasureOutcome:
            return erase_with_letter(
                vault, client_id, anonymise=anonymise, theme=theme, informed=informed,
                task_title=title, task_notes=notes,
            )  # fmt: skip

        run_in_background(
            work, self._erased, self._fail, parent=self._widget, progress=self.tr("Erasing…")
        )

    def _erased(self, outcome: ErasureOutcome) -> None:
        self._session.notify(Changes(clients=True, notes=True, appointments=True, tasks=True), self)
        dialog = ErasureDone(outcome, parent=self._widget)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.done_dialog = dialog
        dialog.open()

    def _forget(self, dialog: ErasureDone) -> None:
        """Drop the letter (it holds the name) once the coach closes the dialog."""
        if self.done_dialog is dialog:
            self.done_dialog = None
        dialog.deleteLater()

    def _client_id(self) -> int | None:
        return self.client.id if self.client else None

    def _fail(self, error: CoachDeskError) -> None:
        QMessageBox.warning(self._widget, self.tr("Client rights"), tr_error(error))
