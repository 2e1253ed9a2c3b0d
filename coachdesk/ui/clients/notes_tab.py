"""The Notes tab: the client's notes (newest first) beside the self-saving editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.models import Note
from coachdesk.domain.note_templates import TEMPLATES
from coachdesk.services.dossier import get_note, has_special_category_consent, list_notes
from coachdesk.ui.clients.labels import fmt_date, template_name
from coachdesk.ui.clients.note_editor import NoteEditor
from coachdesk.ui.clients.rows_model import ColumnSpec, RowsModel, configure_table
from coachdesk.ui.clients.widgets import WarningBar
from coachdesk.ui.session import AppSession, Changes


def note_heading(note: Note) -> str:
    """The title, or the first line of the text for a note without one."""
    if note.title:
        return note.title
    first = next((line.strip() for line in note.body.splitlines() if line.strip()), "")
    return first[:80]


class NotesTab(QWidget):
    """List and editor; asks the dossier to show Consents when consent is missing."""

    consent_requested = Signal()

    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._client_id: int | None = None
        self.model = RowsModel(
            (
                ColumnSpec(
                    lambda: self.tr("Date"),
                    lambda n: fmt_date(n.note_date),
                    sort=lambda n: (n.note_date, n.id),
                ),
                ColumnSpec(lambda: self.tr("Title"), note_heading, tooltip=note_heading),
                ColumnSpec(lambda: self.tr("Template"), lambda n: template_name(n.template)),
                ColumnSpec(
                    lambda: self.tr("Special"),
                    lambda n: self.tr("Yes") if n.special_category else "",
                    sort=lambda n: n.special_category,
                    tooltip=lambda n: (
                        self.tr("Contains special-category data") if n.special_category else ""
                    ),
                ),
            ),
            self,
        )
        self._build()
        self.retranslate()
        session.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.new_button = QPushButton(self)
        self.template_menu = QMenu(self.new_button)
        self._template_actions: list[tuple[QAction, str]] = []
        for item in TEMPLATES:
            action = self.template_menu.addAction("")
            action.triggered.connect(lambda _checked=False, key=item.key: self.new_note(key))
            self._template_actions.append((action, item.key))
        self.new_button.setMenu(self.template_menu)
        self.count_label = QLabel(self)
        self.list = QTableView(self)
        configure_table(self.list)
        self.list.setModel(self.model)
        header = self.list.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 86), (2, 112), (3, 60)):
            header.resizeSection(column, width)
        self.list.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.warning = WarningBar(self)
        self.warning.action_clicked.connect(self.consent_requested)
        self.editor = NoteEditor(self._session, self)
        self.editor.saved.connect(self._on_saved)
        self.editor.save_failed.connect(lambda text: self.warning.show_message(text))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        left_layout.addLayout(top)
        left_layout.addWidget(self.list, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.warning)
        right_layout.addWidget(self.editor, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([500, 520])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        QWidget.setTabOrder(self.new_button, self.list)
        QWidget.setTabOrder(self.list, self.editor.title)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New note"))
        self.new_button.setAccessibleName(self.tr("New note from a template"))
        for action, key in self._template_actions:
            action.setText(template_name(key))
        self.list.setAccessibleName(self.tr("Notes"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading --------------------------------------------------------------------------

    def set_client(self, client_id: int) -> None:
        self.editor.save_now()
        self._client_id = client_id
        self.warning.hide()
        self._reload()
        if self.model.rowCount():
            self._select_row(0)
        else:
            self.editor.clear()

    def select_note(self, note_id: int) -> None:
        row = self.model.find(lambda n: n.id == note_id)
        if row is not None:
            self._select_row(row)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_note(
        self,
        template_key: str = "free",
        *,
        appointment_id: int | None = None,
        on: date | None = None,
    ) -> None:
        if self._client_id is None:
            return
        self.editor.save_now()
        self.list.selectionModel().clear()
        self.warning.hide()
        self.editor.start_new(self._client_id, template_key, appointment_id=appointment_id, on=on)

    def save_pending(self) -> None:
        self.editor.save_now()

    def _reload(self) -> None:
        notes = list_notes(self._session.db, self._client_id) if self._client_id else []
        self.model.set_rows(notes)
        self._update_count()

    def _select_row(self, row: int) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        index = self.model.index(row, 0)
        self.list.selectionModel().setCurrentIndex(index, flags)
        self.list.scrollTo(index)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        note: Note = self.model.row_value(current.row())
        if self.editor.note is not None and self.editor.note.id == note.id:
            return
        self.editor.save_now()
        self.warning.hide()
        self.editor.load_note(get_note(self._session.db, note.id))

    def _on_saved(self, note: Note, _created: bool) -> None:
        row = self.model.find(lambda n: n.id == note.id)
        if row is None or self.model.row_value(row).note_date != note.note_date:
            self._reload()
            row = self.model.find(lambda n: n.id == note.id)
            if row is not None:
                self._select_row(row)  # the editor already shows this note: no reload
        else:
            self.model.replace_row(row, note)
        self._check_consent(note)

    def _check_consent(self, note: Note) -> None:
        """Warn (without blocking) about health data written without explicit consent."""
        if note.special_category and not has_special_category_consent(
            self._session.db, note.client_id
        ):
            self.warning.show_message(
                self.tr(
                    "This note contains special-category data, but there is no explicit consent"
                    " from the client on record. Record the consent, or remove such data."
                ),
                self.tr("Record consent…"),
            )
        else:
            self.warning.hide()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self.editor or self._client_id is None:
            return
        if changes.client_id not in (None, self._client_id):
            return
        if changes.notes:
            current = self.editor.note.id if self.editor.note else None
            self._reload()
            if current is not None:
                row = self.model.find(lambda n: n.id == current)
                if row is not None:
                    self._select_row(row)
        if changes.consents and self.editor.note is not None and self.warning.isVisible():
            self._check_consent(self.editor.note)

    def _update_count(self) -> None:
        count = QLocale().toString(self.model.rowCount())
        self.count_label.setText(self.tr("Notes: %1").replace("%1", count))
