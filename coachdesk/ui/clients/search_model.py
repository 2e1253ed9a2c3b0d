"""Global search results as a two-level tree: a "Clients" and a "Notes" group with hits.

Group rows are not enabled, so arrow keys move from hit to hit and skip the headings.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from coachdesk.domain.models import SearchHit

AnyIndex = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole
SnippetRole = Qt.ItemDataRole.UserRole + 1

_GROUP = 0  # internalId of a group row; a hit's internalId is its group row + 1


class SearchResultsModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[SearchHit]]] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        clients = [h for h in hits if h.kind == "client"]
        notes = [h for h in hits if h.kind == "note"]
        self.beginResetModel()
        self._groups = [
            (kind, rows) for kind, rows in (("client", clients), ("note", notes)) if rows
        ]
        self.endResetModel()

    def hit(self, index: AnyIndex) -> SearchHit | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def first_hit(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    def hit_count(self) -> int:
        return sum(len(rows) for _kind, rows in self._groups)

    # --- Qt model API ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _GROUP or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or index.internalId() == _GROUP:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            kind = self._groups[index.row()][0]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Clients") if kind == "client" else self.tr("Notes")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        hit = self._groups[index.internalId() - 1][1][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if hit.kind == "client":
                return f"{hit.client_name} · {hit.client_number}"
            title = hit.title or self.tr("(untitled note)")
            return f"{title} — {hit.client_name} · {hit.client_number}"
        if role == SnippetRole:
            return hit.snippet
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet.replace("[", "").replace("]", "") or None
        if role == HitRole:
            return hit
        return None

    def retranslate(self) -> None:
        if self._groups:
            last = self.index(len(self._groups) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last)
