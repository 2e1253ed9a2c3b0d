"""The backup history as a small declarative table: date, size, folder, verified.

Rows are ``BackupRecord`` values loaded in a worker (at most 50, newest first); sorting by the
native values happens through ``SortRole``, so a proxy model can sort dates and sizes correctly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from coachdesk.ui.backup.labels import fmt_moment, fmt_size

DATE, SIZE, TARGET, VERIFIED = range(4)
SortRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class BackupHistoryModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Date"), self.tr("Size"), self.tr("Folder"), self.tr("Verified"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return fmt_moment(record.created)
            if column == SIZE:
                return fmt_size(record.size)
            if column == TARGET:
                return str(record.target)
            return self.tr("Yes") if record.verified else self.tr("No")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TARGET:
                return str(record.path)
            if column == VERIFIED:
                return (
                    self.tr("Decrypted and checked right after it was written.")
                    if record.verified
                    else self.tr("Not checked after writing.")
                )
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SortRole:
            return (record.created, record.size, str(record.target), record.verified)[column]
        if role == RecordRole:
            return record
        return None

    def file_name(self, row: int) -> str:
        return Path(str(self._records[row].path)).name
