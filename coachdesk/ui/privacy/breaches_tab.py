"""The "Data breaches" tab: the breach register (Art. 33(5) GDPR) with its 72-hour clock.

A table of every breach (discovered, what happened, risk, encrypted, reported or the deadline
with the hours left, in red when overdue) and one dialog to record or edit a breach. The dialog
stays open when the service refuses the input and says why inside it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.dates import utc_now
from coachdesk.domain.errors import ValidationError
from coachdesk.services import breaches
from coachdesk.services.breaches import Breach, BreachDraft, Risk
from coachdesk.ui.clients.labels import fmt_datetime
from coachdesk.ui.clients.rows_model import ColumnSpec, RowsModel, configure_table
from coachdesk.ui.i18n import tr_field_error
from coachdesk.ui.privacy.common import LazyTab
from coachdesk.ui.session import AppSession, Changes

AP_URL = "https://datalekken.autoriteitpersoonsgegevens.nl"
_STATUS_COLUMN = 4


def now() -> datetime:
    """The clock the tab uses; tests replace it."""
    return utc_now()


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def _moment_edit(parent: QWidget, value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(value), parent)
    edit.setCalendarPopup(True)
    return edit


class BreachDialog(QDialog):
    """Record or edit one breach. *submit* gets the draft and returns True when it was saved."""

    def __init__(self, parent: QWidget, breach: Breach | None, moment: datetime) -> None:
        super().__init__(parent)
        self.submit: Any = lambda _draft: True
        self.setWindowTitle(self.tr("Record a data breach") if breach is None
                            else self.tr("Edit a data breach"))  # fmt: skip
        d = breach.draft() if breach is not None else BreachDraft(moment, "")
        self.discovered = _moment_edit(self, d.discovered_at)
        self.description = QPlainTextEdit(d.description, self)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(80)
        self.categories = QLineEdit(d.data_categories, self)
        self.categories.setPlaceholderText(self.tr("For example: names, session notes"))
        self.people = QSpinBox(self)
        self.people.setRange(-1, 1_000_000)
        self.people.setSpecialValueText(self.tr("Unknown"))
        self.people.setValue(-1 if d.people_affected is None else d.people_affected)
        self.encrypted = QCheckBox(
            self.tr("The data was encrypted, and the key was not on the lost device"), self
        )
        self.encrypted.setChecked(d.encrypted)
        self.risk = QComboBox(self)
        for risk, label in (
            (Risk.NONE, self.tr("No risk for the people involved")),
            (Risk.RISK, self.tr("A risk: report to the AP")),
            (Risk.HIGH, self.tr("A high risk: report to the AP and inform the people involved")),
        ):
            self.risk.addItem(label, risk.value)
        self.risk.setCurrentIndex(self.risk.findData(Risk(d.risk).value))
        explanation = self.tr(
            "Report a breach to the Autoriteit Persoonsgegevens within 72 hours of discovering"
            " it, unless it poses no risk to the people involved. A lost laptop whose vault is"
            " encrypted, with the key not on the laptop, usually poses none. Report at %1."
        )
        link = f'<a href="{AP_URL}">{AP_URL.removeprefix("https://")}</a>'
        self.explanation = QLabel(explanation.replace("%1", link), self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setOpenExternalLinks(True)
        self.consequences = QLineEdit(d.consequences, self)
        self.measures = QLineEdit(d.measures, self)
        self.reported = QCheckBox(self.tr("Reported to the AP on"), self)
        self.reported_at = _moment_edit(self, d.reported_to_ap_at or moment)
        self.reported.setChecked(d.reported_to_ap_at is not None)
        self.reference = QLineEdit(d.ap_reference, self)
        self.informed = QCheckBox(self.tr("People involved informed on"), self)
        self.informed_at = _moment_edit(self, d.subjects_informed_at or moment)
        self.informed.setChecked(d.subjects_informed_at is not None)
        self.reason = QLineEdit(d.reason_not_reported, self)
        self.reason.setPlaceholderText(self.tr("Only when you do not report it"))
        for box, edit in ((self.reported, self.reported_at), (self.informed, self.informed_at)):
            edit.setEnabled(box.isChecked())
            box.toggled.connect(edit.setEnabled)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Discovered on"), self.discovered)
        form.addRow(self.tr("What happened"), self.description)
        form.addRow(self.tr("Which data"), self.categories)
        form.addRow(self.tr("People affected (about)"), self.people)
        form.addRow(self.encrypted)
        form.addRow(self.tr("Risk"), self.risk)
        form.addRow(self.explanation)
        form.addRow(self.tr("Consequences"), self.consequences)
        form.addRow(self.tr("Measures taken"), self.measures)
        form.addRow(self.reported, self.reported_at)
        form.addRow(self.tr("AP reference"), self.reference)
        form.addRow(self.informed, self.informed_at)
        form.addRow(self.tr("Why not reported"), self.reason)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> BreachDraft:
        people = self.people.value()
        return BreachDraft(
            discovered_at=from_qdatetime(self.discovered.dateTime()),
            description=self.description.toPlainText(),
            data_categories=self.categories.text(),
            people_affected=None if people < 0 else people,
            encrypted=self.encrypted.isChecked(),
            risk=Risk(self.risk.currentData()),
            consequences=self.consequences.text(),
            measures=self.measures.text(),
            reported_to_ap_at=(
                from_qdatetime(self.reported_at.dateTime()) if self.reported.isChecked() else None
            ),
            ap_reference=self.reference.text(),
            subjects_informed_at=(
                from_qdatetime(self.informed_at.dateTime()) if self.informed.isChecked() else None
            ),
            reason_not_reported=self.reason.text(),
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        if self.submit(self.values()):
            super().accept()


class BreachModel(RowsModel):
    """The rows, with the deadline in red once it has passed."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == _STATUS_COLUMN
        ):
            breach = self.row_value(index.row())
            if breach.clock_running and breaches.hours_left(breach, now()) < 0:
                return QBrush(QColor("#b00020"))
            return None
        return super().data(index, role)


class BreachesTab(LazyTab):
    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self.dialog: BreachDialog | None = None
        self.model = BreachModel(
            (
                ColumnSpec(lambda: self.tr("Discovered"), lambda b: fmt_datetime(b.discovered_at),
                           sort=lambda b: b.discovered_at),
                ColumnSpec(lambda: self.tr("What happened"), lambda b: b.description,
                           tooltip=lambda b: b.description),
                ColumnSpec(lambda: self.tr("Risk"), self._risk),
                ColumnSpec(lambda: self.tr("Encrypted"),
                           lambda b: self.tr("Yes") if b.encrypted else self.tr("No")),
                ColumnSpec(lambda: self.tr("Reported to the AP"), self.status,
                           tooltip=lambda b: b.reason_not_reported or b.ap_reference),
            ),
            self,
        )  # fmt: skip
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableView(self)
        configure_table(self.table)
        self.table.setModel(self.model)
        for column, width in enumerate((140, 320, 110, 90)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_dialog)
        self.edit_button.clicked.connect(self.edit_dialog)
        self.table.doubleClicked.connect(self.edit_dialog)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Every data breach goes in this register, also the ones you do not report: what"
                " happened, its effects and what you did about it. Report a breach that poses a"
                " risk to the Autoriteit Persoonsgegevens within 72 hours of discovering it."
            )
        )
        self.add_button.setText(self.tr("Record a breach…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.table.setAccessibleName(self.tr("Data breaches"))
        self.model.retranslate()

    def _risk(self, b: Breach) -> str:
        return {
            Risk.NONE: self.tr("None"),
            Risk.RISK: self.tr("Risk"),
            Risk.HIGH: self.tr("High risk"),
        }[b.risk]

    def status(self, b: Breach) -> str:
        if b.reported_to_ap_at is not None:
            return fmt_datetime(b.reported_to_ap_at)
        if not b.clock_running:
            return self.tr("Not reported")
        left = breaches.hours_left(b, now())
        deadline = fmt_datetime(b.deadline)
        if left < 0:
            return self.tr("Overdue since %1").replace("%1", deadline)
        return self.tr("Due %1 (%n hour(s) left)", "", left).replace("%1", deadline)

    def reload(self) -> None:
        self._stale = False
        self.model.set_rows(breaches.list_all(self._session.db))

    def current(self) -> Breach | None:
        index = self.table.currentIndex()
        return self.model.row_value(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args: object) -> None:
        self.edit_button.setEnabled(self.current() is not None)

    # --- actions ---------------------------------------------------------------------------

    def _save(self, dialog: BreachDialog, breach_id: int | None, draft: BreachDraft) -> bool:
        db = self._session.db
        try:
            if breach_id is None:
                saved = breaches.record(db, draft, now=now())
            else:
                saved = breaches.update(db, breach_id, draft, now=now())
        except ValidationError as error:
            dialog.show_error("\n".join(tr_field_error(m) for m in error.fields.values()))
            return False
        self.reload()
        row = self.model.find(lambda b: b.id == saved.id)
        if row is not None:
            self.table.selectRow(row)
        self._session.notify(Changes(tasks=True), self)  # the Today page shows the clock
        return True

    def _open(self, breach: Breach | None) -> BreachDialog:
        dialog = BreachDialog(self, breach, now())
        breach_id = None if breach is None else breach.id
        dialog.submit = lambda draft: self._save(dialog, breach_id, draft)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_dialog(self) -> BreachDialog:
        return self._open(None)

    def edit_dialog(self, *_args: object) -> BreachDialog | None:
        current = self.current()
        return None if current is None else self._open(current)
