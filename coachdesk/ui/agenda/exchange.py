"""Exchanging the agenda with other calendars: ICS import and export from the Agenda page.

Both run in a worker with their own connection (exporting a whole career takes seconds). The
export asks how titles appear, because a phone calendar is less safe than the vault: client
number, initials (the default) or full name. Note text never leaves the vault this way.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError, UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.services.calendar_ics import KIND_SOURCES, export_ics
from coachdesk.services.calendar_ics_import import ImportReport, import_ics
from coachdesk.ui.background import run_in_background
from coachdesk.ui.i18n import tr_error
from coachdesk.ui.i18n_phrases import tr_phrase
from coachdesk.ui.session import AppSession, Changes

CANNOT_READ = QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read. Nothing was imported.")


class ExportDialog(QDialog):
    """Which period and which title style; the file name is asked next."""

    def __init__(self, visible: tuple[date, date], parent: QWidget) -> None:
        super().__init__(parent)
        self.visible = visible
        self.setWindowTitle(self.tr("Export agenda"))
        self.period = QComboBox(self)
        self.period.addItem(self.tr("The period on screen"), "visible")
        self.period.addItem(self.tr("From today on"), "future")
        self.period.addItem(self.tr("Everything"), "all")
        self.titles = QComboBox(self)
        self.titles.addItem(self.tr("Initials, e.g. “Session — A.d.V.” (recommended)"), "initials")
        self.titles.addItem(self.tr("Client number, e.g. “Session — 2026-014”"), "code")
        self.titles.addItem(self.tr("Full name"), "name")
        hint = QLabel(
            self.tr(
                "A calendar on a phone or in the cloud is less safe than CoachDesk. Notes are "
                "never exported; choose how much of the client's name the titles show."
            ),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Titles:"), self.titles)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def chosen_range(self) -> tuple[date | None, date | None]:
        match self.period.currentData():
            case "visible":
                return self.visible
            case "future":
                return date.today(), None
        return None, None


class CalendarExchange(QObject):
    """Owns the file dialogs and the workers for one Agenda page."""

    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._widget = parent

    def export(self, visible: tuple[date, date]) -> None:
        dialog = ExportDialog(visible, self._widget)
        dialog.accepted.connect(lambda: self._export_to_file(dialog))
        dialog.open()

    def _export_to_file(self, dialog: ExportDialog) -> None:
        start, end = dialog.chosen_range()
        titles = dialog.titles.currentData()
        name, _ = QFileDialog.getSaveFileName(
            self._widget, self.tr("Export agenda"), "agenda.ics", self.tr("Calendar (*.ics)")
        )
        if not name:
            return
        vault = self._session.vault
        labels = {k: QCoreApplication.translate("IcsExport", v) for k, v in KIND_SOURCES.items()}

        def work() -> int:
            with vault.session() as db:
                return export_ics(
                    db, Path(name), start=start, end=end, titles=titles, kind_labels=labels
                )

        run_in_background(
            work,
            lambda count: self._tell(self.tr("%n appointment(s) exported.", "", count)),
            self._fail,
            parent=self._widget,
            progress=self.tr("Exporting the agenda…"),
        )

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._widget, self.tr("Import calendar"), "", self.tr("Calendar (*.ics)")
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> None:
        vault = self._session.vault

        def work() -> ImportReport:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise UserError(CANNOT_READ, path=str(path)) from exc
            with vault.session() as db:
                return import_ics(db, data)

        run_in_background(
            work,
            self._imported,
            self._fail,
            parent=self._widget,
            progress=self.tr("Importing the calendar…"),
        )

    def _imported(self, report: ImportReport) -> None:
        self._session.notify(Changes(appointments=True), self)
        text = (
            self.tr("%1 new, %2 updated, %3 unchanged.")
            .replace("%1", str(report.imported))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged))
        )
        if report.skipped:
            reasons = "\n".join(f"• {what}: {tr_phrase(why)}" for what, why in report.skipped[:10])
            text += "\n\n" + self.tr("Skipped:") + "\n" + reasons
        self._tell(text)

    def _tell(self, text: str) -> None:
        QMessageBox.information(self._widget, self.tr("Agenda"), text)

    def _fail(self, error: CoachDeskError) -> None:
        QMessageBox.warning(self._widget, self.tr("Agenda"), tr_error(error))
