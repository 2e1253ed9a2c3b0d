"""The "Requests" tab: the register of data-subject requests (Art. 12(3)).

Received date, deadline (one calendar month, clamped at month end), an optional extension by
two months with a reason, and the completion date. Overdue open requests are marked.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.requests import DataRequest, RequestKind, extended_due_date
from coachdesk.services import requests
from coachdesk.services.tasks import client_choices
from coachdesk.ui.clients.labels import date_format, fmt_date, from_qdate, to_qdate
from coachdesk.ui.clients.rows_model import ColumnSpec, RowsModel, configure_table
from coachdesk.ui.privacy import common
from coachdesk.ui.privacy.common import LazyTab
from coachdesk.ui.session import AppSession, Changes


def _date_edit(parent: QWidget, value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    return edit


class RequestDialog(QDialog):
    """Register a request: client, kind, date received."""

    def __init__(self, parent: QWidget, choices: list[tuple[int, str]], today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a request"))
        self.client = QComboBox(self)
        for client_id, label in choices:
            self.client.addItem(label, client_id)
        self.kind = QComboBox(self)
        for kind in RequestKind:
            self.kind.addItem(common.kind_label(kind), kind.value)
        self.received = _date_edit(self, today)
        form = QFormLayout(self)
        form.addRow(self.tr("Client"), self.client)
        form.addRow(self.tr("Kind of request"), self.kind)
        form.addRow(self.tr("Received on"), self.received)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[int, RequestKind, date]:
        return (
            int(self.client.currentData()),
            RequestKind(self.kind.currentData()),
            from_qdate(self.received.date()),
        )


class ExtendDialog(QDialog):
    def __init__(self, parent: QWidget, request: DataRequest, new_due: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Extend the deadline"))
        text = self.tr(
            "The deadline moves from %1 to %2. Tell the client why within the first month."
        )
        label = QLabel(
            text.replace("%1", fmt_date(request.due_on)).replace("%2", fmt_date(new_due))
        )
        label.setWordWrap(True)
        self.reason = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(label)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class CompleteDialog(QDialog):
    def __init__(self, parent: QWidget, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Request completed"))
        self.on = _date_edit(self, today)
        form = QFormLayout(self)
        form.addRow(self.tr("Completed on"), self.on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class RequestsTab(LazyTab):
    def __init__(self, session: AppSession, parent: QWidget, *, day: date | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._fixed_day = day
        self.model = RowsModel(
            (
                ColumnSpec(lambda: self.tr("Client"), self._client),
                ColumnSpec(lambda: self.tr("Request"), lambda r: common.kind_label(r.kind)),
                ColumnSpec(lambda: self.tr("Received"), lambda r: fmt_date(r.received_on),
                           sort=lambda r: r.received_on),
                ColumnSpec(lambda: self.tr("Due by"), lambda r: fmt_date(r.deadline),
                           sort=lambda r: r.deadline),
                ColumnSpec(lambda: self.tr("Extended"), self._extended,
                           tooltip=lambda r: r.extension_reason),
                ColumnSpec(lambda: self.tr("Status"), self._status),
            ),
            self,
        )  # fmt: skip
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.show_completed = QCheckBox(self)
        self.show_completed.toggled.connect(self.reload)
        self.table = QTableView(self)
        configure_table(self.table)
        self.table.setModel(self.model)
        for column, width in enumerate((220, 160, 100, 100, 120)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.add_button = QPushButton(self)
        self.extend_button = QPushButton(self)
        self.complete_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_dialog)
        self.extend_button.clicked.connect(self.extend_dialog)
        self.complete_button.clicked.connect(self.complete_dialog)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.extend_button)
        buttons.addWidget(self.complete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.show_completed)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        session.changed.connect(self._on_changed)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Requests from clients about their data (access, erasure, …). Answer within one"
                " month of receipt; a complex request may be extended by two months, with a"
                " reason."
            )
        )
        self.show_completed.setText(self.tr("Show completed requests"))
        self.add_button.setText(self.tr("Register a request…"))
        self.extend_button.setText(self.tr("Extend…"))
        self.complete_button.setText(self.tr("Mark completed…"))
        self.table.setAccessibleName(self.tr("Requests"))
        self.model.retranslate()

    def _today(self) -> date:
        return self._fixed_day or common.today()

    def _client(self, r: DataRequest) -> str:
        return f"{r.client_number}  {r.client_name}".strip()

    def _extended(self, r: DataRequest) -> str:
        return fmt_date(r.extended_to) if r.extended_to else ""

    def _status(self, r: DataRequest) -> str:
        if r.completed_on is not None:
            return self.tr("Completed %1").replace("%1", fmt_date(r.completed_on))
        if r.is_overdue(self._today()):
            return self.tr("Overdue")
        return self.tr("Open, %n day(s) left", "", r.days_left(self._today()))

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.clients:
            self.mark_stale()

    def reload(self) -> None:
        self._stale = False
        db = self._session.db
        found = requests.list_all(db) if self.show_completed.isChecked() else requests.list_open(db)
        self.model.set_rows(found)

    def current(self) -> DataRequest | None:
        index = self.table.currentIndex()
        return self.model.row_value(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args: object) -> None:
        current = self.current()
        is_open = current is not None and current.is_open
        self.extend_button.setEnabled(is_open and current.extended_to is None)  # type: ignore[union-attr]
        self.complete_button.setEnabled(is_open)

    # --- actions (the dialogs call these; the tests too) -----------------------------------

    def _run(self, fn: object) -> DataRequest | None:
        try:
            result = fn()  # type: ignore[operator]
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Request register"), "\n".join(error.fields.values()))
            return None
        self.reload()
        row = self.model.find(lambda r: r.id == result.id)
        if row is not None:
            self.table.selectRow(row)
        self._session.notify(Changes(tasks=True), self)
        return result  # type: ignore[no-any-return]

    def add_request(self, client_id: int, kind: RequestKind, received: date) -> DataRequest | None:
        return self._run(lambda: requests.add(self._session.db, client_id, kind, received))

    def extend_request(self, request_id: int, reason: str) -> DataRequest | None:
        return self._run(lambda: requests.extend(self._session.db, request_id, reason))

    def complete_request(self, request_id: int, on: date) -> DataRequest | None:
        return self._run(lambda: requests.complete(self._session.db, request_id, on))

    def add_dialog(self) -> None:
        choices = [(c.id, f"{c.number}  {c.name}") for c in client_choices(self._session.db)]
        dialog = RequestDialog(self, choices, self._today())
        if choices and dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_request(*dialog.values())
        dialog.deleteLater()

    def extend_dialog(self) -> None:
        current = self.current()
        if current is None:
            return
        dialog = ExtendDialog(self, current, extended_due_date(current.due_on))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.extend_request(current.id, dialog.reason.text())
        dialog.deleteLater()

    def complete_dialog(self) -> None:
        current = self.current()
        if current is None:
            return
        dialog = CompleteDialog(self, self._today())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.complete_request(current.id, from_qdate(dialog.on.date()))
        dialog.deleteLater()
