"""Choosing the client of an appointment: an editable combo box that searches as you type.

A practice has thousands of clients, so the box never holds them all: it starts with the
current clients (50, by name) and each pause in typing runs one indexed prefix search
(``find_clients``, the same search as the client list, diacritics-insensitive) for 20 more.
The results live in the completer's own model, shown unfiltered since SQL has filtered them;
choosing one adds it to the box. Keeping them apart from the box's items means refilling the
list never rewrites what the coach is typing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from coachdesk.domain.errors import NotFound
from coachdesk.domain.models import Client, ClientStatus
from coachdesk.services.clients import find_clients
from coachdesk.services.dossier import get_client
from coachdesk.ui.session import AppSession

SEARCH_DELAY_MS = 150


def client_text(client: Client) -> str:
    return f"{client.full_name} · {client.number}"


class ClientPicker(QComboBox):
    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.results = QStandardItemModel(self)
        completer = QCompleter(self.results, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.lineEdit().setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.lineEdit().textEdited.connect(lambda _text: self._timer.start())
        self._fill(find_clients(session.db, "", (ClientStatus.ACTIVE,), limit=50))
        self.setCurrentIndex(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.setItemText(0, self.tr("No client"))
        self.lineEdit().setPlaceholderText(self.tr("Type a name or number"))
        self.setAccessibleName(self.tr("Client"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill(self, clients: list[Client]) -> None:
        self.addItem(self.tr("No client"), None)
        for client in clients:
            self.addItem(client_text(client), client.id)

    def search(self) -> None:
        """One prefix search for what is typed, offered as completions."""
        self._timer.stop()
        text = self.lineEdit().text()
        if not text.strip() or self.findText(text) >= 0:
            return
        self.results.clear()
        for client in find_clients(self._session.db, text, (), limit=20):
            item = QStandardItem(client_text(client))
            item.setData(client.id, Qt.ItemDataRole.UserRole)
            self.results.appendRow(item)
        completer = self.lineEdit().completer()
        if self.results.rowCount() and self.lineEdit().hasFocus():
            completer.complete()

    def _chosen(self, index: QModelIndex) -> None:
        self.set_client_id(self.results.data(index, Qt.ItemDataRole.UserRole))

    def set_client_id(self, client_id: int | None) -> None:
        if client_id is None:
            self.setCurrentIndex(0)
            return
        index = self.findData(client_id)
        if index < 0:
            try:
                self.addItem(client_text(get_client(self._session.db, client_id)), client_id)
            except NotFound:
                return
            index = self.findData(client_id)
        self.setCurrentIndex(max(0, index))

    def client_id(self) -> int | None:
        """The chosen client; text that names no listed client means "no client"."""
        self._timer.stop()
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index > 0 else None
