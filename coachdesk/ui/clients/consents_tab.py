"""The Consents tab: record consent or its withdrawal, and the append-only history.

A withdrawal is a new record, never an edit, so the history proves what held on any date
(AVG art. 7(1)). The form serves both: pick the purpose, how and when, then "Record consent"
or "Record withdrawal".
"""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.models import Consent, ConsentAction, ConsentMethod
from coachdesk.services.dossier import (
    CONSENT_PURPOSES,
    consent_history,
    consents_in_force,
    record_consent,
)
from coachdesk.ui.clients.labels import (
    consent_action_label,
    date_format,
    fmt_date,
    fmt_datetime,
    from_qdate,
    method_label,
    purpose_label,
)
from coachdesk.ui.clients.rows_model import ColumnSpec, RowsModel, configure_table
from coachdesk.ui.clients.widgets import FieldError, error_text
from coachdesk.ui.i18n import tr_field_error
from coachdesk.ui.session import AppSession, Changes


class ConsentsTab(QWidget):
    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._client_id: int | None = None
        self._in_force: dict[str, Consent] = {}
        self.model = RowsModel(
            (
                ColumnSpec(
                    lambda: self.tr("Date"),
                    lambda c: fmt_date(c.given_on),
                    sort=lambda c: (c.given_on, c.id),
                ),
                ColumnSpec(lambda: self.tr("Action"), lambda c: consent_action_label(c.action)),
                ColumnSpec(
                    lambda: self.tr("Purpose"),
                    lambda c: purpose_label(c.purpose),
                    tooltip=lambda c: purpose_label(c.purpose),
                ),
                ColumnSpec(lambda: self.tr("How"), lambda c: method_label(c.method)),
                ColumnSpec(lambda: self.tr("Text version"), lambda c: c.text_version),
                ColumnSpec(lambda: self.tr("Scope"), lambda c: c.scope, tooltip=lambda c: c.scope),
                ColumnSpec(
                    lambda: self.tr("Recorded"),
                    lambda c: fmt_datetime(c.recorded_at),
                    sort=lambda c: c.recorded_at,
                ),
                ColumnSpec(lambda: self.tr("Note"), lambda c: c.note, tooltip=lambda c: c.note),
            ),
            self,
        )
        self._build()
        self.retranslate()
        session.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.form_box = QGroupBox(self)
        self.purpose = QComboBox(self.form_box)
        self.purpose.setEditable(True)
        self.purpose.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key in CONSENT_PURPOSES:
            self.purpose.addItem("", key)
        self.purpose.currentTextChanged.connect(lambda _t: self._update_buttons())
        self.method = QComboBox(self.form_box)
        for method in ConsentMethod:
            self.method.addItem("", method)
        self.given_on = QDateEdit(self.form_box)
        self.given_on.setCalendarPopup(True)
        self.given_on.setDate(QDate.currentDate())
        self.given_on.setMaximumDate(QDate.currentDate())
        self.text_version = QLineEdit(self.form_box)
        self.scope = QLineEdit(self.form_box)
        self.note = QLineEdit(self.form_box)
        self.purpose_error = FieldError(self.form_box)
        self.record_button = QPushButton(self.form_box)
        self.withdraw_button = QPushButton(self.form_box)
        self.record_button.clicked.connect(lambda: self._record(ConsentAction.GIVEN))
        self.withdraw_button.clicked.connect(lambda: self._record(ConsentAction.WITHDRAWN))
        self._labels = [QLabel(self.form_box) for _ in range(6)]
        form = QFormLayout(self.form_box)
        purpose_cell = QWidget(self.form_box)
        purpose_layout = QVBoxLayout(purpose_cell)
        purpose_layout.setContentsMargins(0, 0, 0, 0)
        purpose_layout.addWidget(self.purpose)
        purpose_layout.addWidget(self.purpose_error)
        fields = (
            purpose_cell,
            self.method,
            self.given_on,
            self.text_version,
            self.scope,
            self.note,
        )
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(self.purpose if field is purpose_cell else field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.record_button)
        form.addRow(buttons)
        self.in_force_box = QGroupBox(self)
        self.in_force = QLabel(self.in_force_box)
        self.in_force.setWordWrap(True)
        self.in_force.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.in_force.setTextFormat(Qt.TextFormat.RichText)
        in_force_layout = QVBoxLayout(self.in_force_box)
        in_force_layout.addWidget(self.in_force, 1)
        self.history_label = QLabel(self)
        self.history = QTableView(self)
        configure_table(self.history)
        self.history.setModel(self.model)
        header = self.history.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the purpose
        for column, width in enumerate((86, 72, 0, 80, 84, 140, 128, 110)):
            if width:
                header.resizeSection(column, width)
        self.history.setSelectionMode(QTableView.SelectionMode.NoSelection)
        top = QHBoxLayout()
        top.addWidget(self.form_box, 3)
        top.addWidget(self.in_force_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)

    def retranslate(self) -> None:
        self.form_box.setTitle(self.tr("Record consent or withdrawal"))
        self.in_force_box.setTitle(self.tr("In force now"))
        texts = (
            self.tr("&Purpose"),
            self.tr("&How"),
            self.tr("&Date"),
            self.tr("&Text version"),
            self.tr("S&cope"),
            self.tr("&Note"),
        )
        widgets = (
            self.purpose,
            self.method,
            self.given_on,
            self.text_version,
            self.scope,
            self.note,
        )
        for label, text, widget in zip(self._labels, texts, widgets, strict=True):
            label.setText(text)
            widget.setAccessibleName(text.replace("&", ""))
        for i in range(self.purpose.count()):
            self.purpose.setItemText(i, purpose_label(self.purpose.itemData(i)))
        for i in range(self.method.count()):
            self.method.setItemText(i, method_label(ConsentMethod(self.method.itemData(i))))
        self.given_on.setDisplayFormat(date_format())
        self.text_version.setPlaceholderText(self.tr("e.g. consent form 2026-1"))
        self.scope.setPlaceholderText(self.tr("e.g. notes about sleep and stress"))
        self.note.setPlaceholderText(self.tr("e.g. confirmed in the session of 3 March"))
        self.record_button.setText(self.tr("Record consent"))
        self.withdraw_button.setText(self.tr("Record withdrawal"))
        self.history_label.setText(self.tr("History (records are never changed or removed)"))
        self.history.setAccessibleName(self.tr("Consent history"))
        self.model.retranslate()
        self._show_in_force()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data -----------------------------------------------------------------------------

    def set_client(self, client_id: int) -> None:
        self._client_id = client_id
        self.purpose_error.show_message("")
        self._reload()

    def preset_purpose(self, purpose: str) -> None:
        index = self.purpose.findData(purpose)
        if index >= 0:
            self.purpose.setCurrentIndex(index)
        self.record_button.setFocus()

    def purpose_key(self) -> str:
        """The chosen known purpose's key, or the text the coach typed."""
        index = self.purpose.currentIndex()
        text = self.purpose.currentText().strip()
        if index >= 0 and self.purpose.itemText(index) == text:
            return str(self.purpose.itemData(index))
        return text

    def _reload(self) -> None:
        if self._client_id is None:
            return
        self.model.set_rows(consent_history(self._session.db, self._client_id))
        self._in_force = consents_in_force(self._session.db, self._client_id)
        self._show_in_force()
        self._update_buttons()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if (
            initiator is not self
            and changes.consents
            and changes.client_id
            in (
                None,
                self._client_id,
            )
        ):
            self._reload()

    def _show_in_force(self) -> None:
        if not self._in_force:
            self.in_force.setText(self.tr("No consent is in force for this client."))
            return
        lines = []
        for purpose, record in sorted(self._in_force.items()):
            lines.append(
                self.tr("<b>%1</b><br>%2, %3")
                .replace("%1", html.escape(purpose_label(purpose)))
                .replace("%2", method_label(record.method))
                .replace("%3", fmt_date(record.given_on))
            )
        self.in_force.setText("<br><br>".join(lines))

    def _update_buttons(self) -> None:
        self.withdraw_button.setEnabled(self.purpose_key() in self._in_force)

    def _record(self, action: ConsentAction) -> None:
        if self._client_id is None:
            return
        self.purpose_error.show_message("")
        try:
            record_consent(
                self._session.db,
                self._client_id,
                action=action,
                purpose=self.purpose_key(),
                method=ConsentMethod(self.method.currentData()),
                given_on=from_qdate(self.given_on.date()),
                scope=self.scope.text(),
                text_version=self.text_version.text(),
                note=self.note.text(),
            )
        except ValidationError as exc:
            self.purpose_error.show_message(
                " ".join(tr_field_error(m) for m in exc.fields.values())
            )
            return
        except CoachDeskError as exc:
            self.purpose_error.show_message(error_text(exc))
            return
        self.note.clear()
        self._reload()
        self._session.notify(Changes(consents=True, client_id=self._client_id), initiator=self)
