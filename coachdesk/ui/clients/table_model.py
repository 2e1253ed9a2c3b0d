"""The client list model: ordered ids from SQL, rows fetched lazily a page at a time.

With thousands of clients a reset costs one ``SELECT id`` (a few milliseconds); rows are read
only when the view asks for them, ``PAGE`` at a time. Sorting and filtering re-run the SQL
query, never Python over all rows (DESIGN.md "UI", STYLE.md 6 and 7).
"""

from __future__ import annotations

import enum
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from coachdesk.domain.models import Client, ClientStatus
from coachdesk.services.access import Db
from coachdesk.services.search import ClientQuery, get_clients, list_client_ids
from coachdesk.ui.clients.labels import status_label

AnyIndex = QModelIndex | QPersistentModelIndex

SortRole = Qt.ItemDataRole.UserRole + 1
ClientRole = Qt.ItemDataRole.UserRole
ClientIdRole = Qt.ItemDataRole.UserRole + 2


class Column(enum.IntEnum):
    NUMBER = 0
    NAME = 1
    STATUS = 2
    EMAIL = 3
    PHONE = 4
    ORGANISATION = 5


#: Column -> ``ClientQuery.sort`` key; columns missing here cannot be sorted (no SQL order).
SQL_SORT: dict[Column, str] = {
    Column.NUMBER: "number",
    Column.NAME: "name",
    Column.STATUS: "status",
    Column.EMAIL: "email",
    Column.ORGANISATION: "organisation",
}


def _sort_value(client: Client, column: Column) -> Any:
    """Native values for ``SortRole``; the name sorts by last name as Dutch lists do."""
    return {
        Column.NUMBER: client.number,
        Column.NAME: client.sort_name.casefold(),
        Column.STATUS: client.status.value,
        Column.EMAIL: client.email.casefold(),
        Column.PHONE: client.phone,
        Column.ORGANISATION: client.organisation.casefold(),
    }[column]


def _display(client: Client, column: Column) -> str:
    # Only the asked column: the view calls this for every visible cell on every repaint.
    if column is Column.NAME:
        return client.full_name
    if column is Column.STATUS:
        return status_label(client.status)
    return getattr(client, _PLAIN[column])


_PLAIN = {Column.NUMBER: "number", Column.EMAIL: "email", Column.PHONE: "phone",
          Column.ORGANISATION: "organisation"}  # fmt: skip


class ClientTableModel(QAbstractTableModel):
    """Clients in SQL order; ``set_query``/``sort`` re-query, ``refresh`` keeps the query."""

    PAGE = 200

    def __init__(
        self, db: Db, parent: QObject | None = None, *, query: ClientQuery | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._query = query or ClientQuery()
        self._ids: list[int] = []
        self._cache: dict[int, Client] = {}
        self._load_ids()

    # --- queries --------------------------------------------------------------------------

    @property
    def query(self) -> ClientQuery:
        return self._query

    def set_filter(self, search: str, statuses: tuple[ClientStatus, ...]) -> None:
        """Search text and status filter; a no-op when neither changed."""
        query = replace(self._query, search=search.strip(), statuses=statuses)
        if query != self._query:
            self._query = query
            self._reset()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SQL_SORT.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self._query, sort=key, descending=descending)
        if query == self._query:
            return
        self._query = query
        # Same rows, new order: a layout change keeps the selection on the same clients.
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        self._load_ids()
        self._remap_persistent(old_ids)
        self.layoutChanged.emit()

    def refresh(self, client_id: int | None = None) -> None:
        """Re-read after a change; an edit that keeps the order only repaints one row."""
        new_ids = list_client_ids(self._db, self._query)
        if new_ids == self._ids:
            if client_id is None:
                self._cache.clear()
                if self._ids:
                    last = self.index(len(self._ids) - 1, len(Column) - 1)
                    self.dataChanged.emit(self.index(0, 0), last)
            elif client_id in self._cache:
                del self._cache[client_id]
                row = self._ids.index(client_id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
            return
        if set(new_ids) == set(self._ids):
            self.layoutAboutToBeChanged.emit()
            old_ids, self._ids = self._ids, new_ids
            if client_id is None:
                self._cache.clear()
            else:
                self._cache.pop(client_id, None)
            self._remap_persistent(old_ids)
            self.layoutChanged.emit()
            return
        self.beginResetModel()
        self._ids = new_ids
        self._cache.clear()
        self.endResetModel()

    def _reset(self) -> None:
        self.beginResetModel()
        self._load_ids()
        self.endResetModel()

    def _load_ids(self) -> None:
        self._ids = list_client_ids(self._db, self._query)
        self._cache.clear()

    def _remap_persistent(self, old_ids: list[int]) -> None:
        where = {cid: row for row, cid in enumerate(self._ids)}
        old_list = self.persistentIndexList()
        new_list = []
        for index in old_list:
            row = where.get(old_ids[index.row()]) if index.row() < len(old_ids) else None
            new_list.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(old_list, new_list)

    # --- lookups --------------------------------------------------------------------------

    def client_id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, client_id: int) -> int | None:
        try:
            return self._ids.index(client_id)
        except ValueError:
            return None

    def client_at(self, row: int) -> Client:
        """The row's client, fetching its page of ``PAGE`` rows on a cache miss."""
        client_id = self._ids[row]
        client = self._cache.get(client_id)
        if client is None:
            start = row - row % self.PAGE
            page = self._ids[start : start + self.PAGE]
            self._cache.update(get_clients(self._db, page))
            client = self._cache[client_id]
        return client

    # --- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ClientIdRole:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            SortRole,
            ClientRole,
        ):
            return None
        client = self.client_at(index.row())
        column = Column(index.column())
        if role == ClientRole:
            return client
        if role == SortRole:
            return _sort_value(client, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.NAME:
                return client.sort_name
            if column in (Column.EMAIL, Column.ORGANISATION):
                return _display(client, column) or None  # these may be cut off
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(client, column)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.NUMBER: self.tr("Number"),
            Column.NAME: self.tr("Name"),
            Column.STATUS: self.tr("Status"),
            Column.EMAIL: self.tr("E-mail"),
            Column.PHONE: self.tr("Phone"),
            Column.ORGANISATION: self.tr("Organisation"),
        }[Column(section)]

    def retranslate(self) -> None:
        """Headers and status names follow a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, Column.STATUS), self.index(len(self._ids) - 1, Column.STATUS)
            )
