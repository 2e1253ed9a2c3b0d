"""The result of an erase or anonymise, with the confirmation letter to save (Art. 17, 19).

CoachDesk keeps no name after an erase, so the letter exists only in memory while this dialog
is open: the coach saves it in Dutch or English to a file of their choice (written in a worker,
through a temporary name beside it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.erasure_letter import ErasureOutcome
from coachdesk.ui.background import run_in_background
from coachdesk.ui.i18n import tr_error


class ErasureDone(QDialog):
    """'Client … erased', the Art. 19 tasks added, and "Save confirmation letter…"."""

    def __init__(self, outcome: ErasureOutcome, *, parent: QWidget) -> None:
        super().__init__(parent)
        self.outcome = outcome
        report, letter = outcome.report, outcome.letter
        anonymised = report.action == "anonymise"
        self.setWindowTitle(
            self.tr("Client anonymised") if anonymised else self.tr("Client erased")
        )
        lines = [
            (
                self.tr(
                    "Client %1 has been anonymised: erased, and counted once in the statistics."
                )
                if anonymised
                else self.tr("Client %1 has been erased.")
            ).replace("%1", report.client_number),
            self.tr("Reference of this erasure: %1").replace("%1", letter.reference),
        ]
        if outcome.tasks:
            lines.append(
                self.tr("A task was added to inform: %1.").replace(
                    "%1", ", ".join(letter.to_inform)
                )
            )
        lines += [QCoreApplication.translate("Privacy", w) for w in report.warnings]
        lines.append(
            self.tr(
                "CoachDesk keeps no name, so the confirmation letter for the client can only be "
                "saved now."
            )
        )
        self.text = QLabel("\n\n".join(lines), self)
        self.text.setWordWrap(True)
        self.saved = QLabel(self)
        self.saved.setWordWrap(True)
        self.saved.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self.tr("Save confirmation letter…"), self)
        menu = QMenu(self.save_button)
        self.save_nl = menu.addAction(self.tr("In Dutch…"), lambda: self.save_letter("nl"))
        self.save_en = menu.addAction(self.tr("In English…"), lambda: self.save_letter("en"))
        self.save_button.setMenu(menu)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.saved)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.written: list[Path] = []

    def reject(self) -> None:
        """Closing without a saved letter asks first: the letter cannot be made later."""
        if not self.written:
            answer = QMessageBox.question(
                self,
                self.tr("Confirmation letter"),
                self.tr(
                    "Close without saving the confirmation letter? CoachDesk keeps no name, so "
                    "it cannot be made later."
                ),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                return
        super().reject()

    def save_letter(self, language: str, target: Path | None = None) -> None:
        letter = self.outcome.letter
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save confirmation letter"),
                str(Path.home() / letter.file_name(language)),
                self.tr("PDF documents (*.pdf)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        path = target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf")
        self.save_button.setEnabled(False)
        run_in_background(
            lambda: letter.write(path, language),
            self._saved,
            self._failed,
            parent=self,
            on_finished=lambda: self.save_button.setEnabled(True),
            progress=self.tr("Saving the letter…"),
        )

    def _saved(self, path: Path) -> None:
        self.written.append(path)
        self.saved.setText(self.tr("The letter is saved as %1.").replace("%1", str(path)))
        self.saved.show()

    def _failed(self, error: CoachDeskError) -> None:
        QMessageBox.warning(self, self.tr("Confirmation letter"), tr_error(error))
