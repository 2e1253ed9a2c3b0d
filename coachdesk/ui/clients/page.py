"""The Clients page: a filterable, sortable list, and the dossier of one client in its place.

List and dossier share one ``QStackedWidget`` with a Back button rather than a splitter: at
1200x780 beside the sidebar, a splitter would squeeze both the six list columns and the note
editor, while a coach works on one client at a time. The status filter starts at "All but
archived": archived clients are done with but must stay findable, one click away.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.models import ClientStatus
from coachdesk.services.dossier import get_client
from coachdesk.services.search import CURRENT_STATUSES, ClientQuery, count_clients
from coachdesk.ui.clients.dossier import DossierView
from coachdesk.ui.clients.form import ClientFormDialog
from coachdesk.ui.clients.labels import status_label
from coachdesk.ui.clients.table_model import SQL_SORT, ClientTableModel, Column
from coachdesk.ui.session import AppSession, Changes

FILTER_DELAY_MS = 80
_STATUS_CHOICES: tuple[tuple[str, tuple[ClientStatus, ...]], ...] = (
    ("current", CURRENT_STATUSES),
    ("all", ()),
    *((s.value, (s,)) for s in ClientStatus),
)


class ClientsPage(QWidget):
    """The client list with its filter, and the dossier opened from it."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = ClientTableModel(
            session.db, self, query=ClientQuery(statuses=CURRENT_STATUSES)
        )
        self._form: ClientFormDialog | None = None
        self._total = 0
        self._build()
        self.retranslate()
        self._update_count()
        session.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.list_page = QWidget(self)
        self.filter_edit = QLineEdit(self.list_page)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.installEventFilter(self)
        self.status_combo = QComboBox(self.list_page)
        for key, _statuses in _STATUS_CHOICES:
            self.status_combo.addItem("", key)
        self.count_label = QLabel(self.list_page)
        self.new_button = QPushButton(self.list_page)
        self.new_button.clicked.connect(self.new_client)
        self.table = QTableView(self.list_page)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, width in (
            (Column.NUMBER, 80),
            (Column.NAME, 220),
            (Column.STATUS, self._status_width()),
            (Column.EMAIL, 220),
            (Column.PHONE, 120),
        ):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sortIndicatorChanged.connect(self._on_sort)
        self._sort_indicator = (int(Column.NAME), Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._open_index)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 3)
        top.addWidget(self.status_combo, 1)
        top.addWidget(self.count_label)
        top.addStretch(0)
        top.addWidget(self.new_button)
        list_layout = QVBoxLayout(self.list_page)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table, 1)

        self.dossier = DossierView(self._session, self)
        self.dossier.back_requested.connect(self.show_list)
        self.dossier.edit_requested.connect(self.edit_client)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.dossier)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Back), self.dossier, activated=self.show_list
        )
        QWidget.setTabOrder(self.filter_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.new_button)
        QWidget.setTabOrder(self.new_button, self.table)

    def _status_width(self) -> int:
        """Wide enough for the longest status in the current language ("Belangstellende")."""
        metrics = self.table.fontMetrics()
        return max(metrics.horizontalAdvance(status_label(s)) for s in ClientStatus) + 24

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(
            self.tr("Search name, number, e-mail or organisation (Ctrl+F)")
        )
        self.filter_edit.setAccessibleName(self.tr("Filter clients"))
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.table.setAccessibleName(self.tr("Clients"))
        self.new_button.setText(self.tr("New client"))
        self.new_button.setToolTip(self.tr("Add a client (Ctrl+N)"))
        for i in range(self.status_combo.count()):
            key = self.status_combo.itemData(i)
            if key == "current":
                text = self.tr("All but archived")
            elif key == "all":
                text = self.tr("All clients")
            else:
                text = status_label(ClientStatus(key))
            self.status_combo.setItemText(i, text)
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """A pending filter keystroke is applied now rather than by a timer nobody sees."""
        if self._filter_timer.isActive():
            self.apply_filter()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the filter moves to the list, as in a mail program."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._filter_timer.isActive():
                    self._filter_timer.stop()
                    self.apply_filter()
                if self.model.rowCount() and key != Qt.Key.Key_Down:
                    self._select_row(0)
                    self._open_index(self.table.currentIndex())
                    return True
                if self.model.rowCount():
                    if not self.table.currentIndex().isValid():
                        self._select_row(0)
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
        return super().eventFilter(watched, event)

    # --- public API for the main window ---------------------------------------------------

    def open_client(self, client_id: int, note_id: int | None = None) -> None:
        """Show the dossier of *client_id*; with *note_id*, on the Notes tab at that note."""
        self.dossier.set_client(client_id)
        if note_id is not None:
            self.dossier.show_note(note_id)
        self.stack.setCurrentWidget(self.dossier)
        self.dossier.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_client(self) -> None:
        """Open the form for a new client; after saving, its dossier opens."""
        self._open_form(None)

    def edit_client(self, client_id: int) -> None:
        self._open_form(get_client(self._session.db, client_id))

    def focus_filter(self) -> None:
        self.show_list()
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def save_pending(self) -> None:
        """Write an unsaved note now (the main window calls this before locking)."""
        self.dossier.save_pending()

    def show_list(self) -> None:
        shown = self.dossier.client_id if self.stack.currentWidget() is self.dossier else None
        self.dossier.save_pending()
        self.stack.setCurrentWidget(self.list_page)
        if shown is not None and (row := self.model.row_of(shown)) is not None:
            self._select_row(row)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- internals ------------------------------------------------------------------------

    def _open_form(self, client: object) -> None:
        if self._form is not None:
            self._form.close()
        self._form = ClientFormDialog(self._session, client, self)  # type: ignore[arg-type]
        self._form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._form.saved.connect(self.open_client)
        self._form.destroyed.connect(self._forget_form)
        self._form.open()

    def _forget_form(self) -> None:
        self._form = None

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        statuses = _STATUS_CHOICES[max(self.status_combo.currentIndex(), 0)][1]
        current = self._current_client_id()
        self.model.set_filter(self.filter_edit.text(), statuses)
        if current is not None and (row := self.model.row_of(current)) is not None:
            self._select_row(row)
        self._update_count()

    def _on_sort(self, column: int, order: Qt.SortOrder) -> None:
        if Column(column) not in SQL_SORT:  # e.g. Phone: no meaningful order, keep the old one
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort_indicator)
            header.blockSignals(False)
            return
        self._sort_indicator = (column, order)
        self.model.sort(column, order)

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.clients:
            self.model.refresh(changes.client_id)
            self._update_count()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_client(self.model.client_id_at(index.row()))

    def _current_client_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.client_id_at(index.row()) if index.isValid() else None

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _update_count(self) -> None:
        """Re-count after the data changed (one indexed count, well under a millisecond)."""
        self._total = count_clients(self._session.db)
        self._show_count()

    def _show_count(self) -> None:
        """Word the counts; no query, so a language switch never touches the vault."""
        shown, total = self.model.rowCount(), self._total
        if total == 0:
            text = self.tr("No clients yet")
        elif shown == total:
            text = self.tr("Clients: %1").replace("%1", QLocale().toString(total))
        else:
            locale = QLocale()
            text = (
                self.tr("%1 of %2 clients")
                .replace("%1", locale.toString(shown))
                .replace("%2", locale.toString(total))
            )
        self.count_label.setText(text)
