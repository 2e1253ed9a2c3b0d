"""The "Audit log" tab: every audit entry, newest first, filterable by action and date.

The log can hold 100,000 entries, so the model asks the service for the count and then for
blocks of rows (``LIMIT``/``OFFSET``) as the view scrolls to them, keeping a few blocks.
The filter text matches the stored action name and the action's label in the coach's language.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.dates import parse_stamp
from coachdesk.services.access import Db
from coachdesk.services.audit_log import (
    AuditEntry,
    AuditFilter,
    audit_count,
    audit_page,
    known_actions,
)
from coachdesk.ui.clients.labels import date_format, fmt_datetime, from_qdate
from coachdesk.ui.clients.rows_model import configure_table
from coachdesk.ui.privacy.common import LazyTab, audit_action_label
from coachdesk.ui.session import AppSession, Changes

AnyIndex = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole
BLOCK = 200
KEEP_BLOCKS = 16
NO_DATE = QDate(2000, 1, 1)


class AuditModel(QAbstractTableModel):
    """A window on the filtered audit log; rows are fetched in blocks when first shown."""

    COLUMNS = 4

    def __init__(self, db: Db, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._filter = AuditFilter()
        self._count = 0
        self._blocks: OrderedDict[int, list[AuditEntry]] = OrderedDict()
        self.queries = 0  # blocks fetched (the tests check the model stays lazy)

    def set_filter(self, flt: AuditFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._blocks.clear()
        self._count = audit_count(self._db, flt)
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self._filter)

    def entry(self, row: int) -> AuditEntry | None:
        if not 0 <= row < self._count:
            return None
        block = row // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            rows = audit_page(self._db, self._filter, offset=block * BLOCK, limit=BLOCK)
            self.queries += 1
            self._blocks[block] = rows
            while len(self._blocks) > KEEP_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        offset = row - block * BLOCK
        return rows[offset] if offset < len(rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, RowRole):
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role == RowRole:
            return entry
        column = index.column()
        if column == 0:
            return fmt_datetime(parse_stamp(entry.at))
        if column == 1:
            return audit_action_label(entry.action)
        if column == 2:
            return entry.subject_kind
        return entry.client_uuid[:8]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("AuditModel", "When"),
            QCoreApplication.translate("AuditModel", "What"),
            QCoreApplication.translate("AuditModel", "About"),
            QCoreApplication.translate("AuditModel", "Client id"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, self.COLUMNS - 1))


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setDate(NO_DATE)
    edit.setDisplayFormat(date_format())
    return edit


def _day(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else from_qdate(edit.date())


class AuditTab(LazyTab):
    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self.model = AuditModel(session.db, self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.since = _date_edit(self)
        self.until = _date_edit(self)
        self.since_label = QLabel(self)
        self.until_label = QLabel(self)
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        configure_table(self.table)
        self.table.setModel(self.model)
        for column, width in enumerate((150, 300, 120)):
            self.table.horizontalHeader().resizeSection(column, width)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._debounce.start)
        self.since.dateChanged.connect(self._debounce.start)
        self.until.dateChanged.connect(self._debounce.start)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.since_label)
        bar.addWidget(self.since)
        bar.addWidget(self.until_label)
        bar.addWidget(self.until)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.retranslate()
        session.changed.connect(self._on_changed)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Everything CoachDesk recorded, newest first. The log is tamper-evident and holds"
                " random ids and actions only, never names or content."
            )
        )
        self.filter_edit.setPlaceholderText(self.tr("Filter by action, e.g. erased or note"))
        self.since_label.setText(self.tr("From"))
        self.until_label.setText(self.tr("to"))
        self.since.setSpecialValueText(self.tr("any date"))
        self.until.setSpecialValueText(self.tr("any date"))
        self.table.setAccessibleName(self.tr("Audit log"))
        self.model.retranslate()
        self._show_count()

    def _on_changed(self, _changes: Changes, _initiator: object) -> None:
        self.mark_stale()

    def current_filter(self) -> AuditFilter:
        text = self.filter_edit.text().strip()
        actions: tuple[str, ...] = ()
        if text:
            needle = text.casefold()
            actions = tuple(
                a
                for a in known_actions(self._session.db)
                if needle in audit_action_label(a).casefold()
            )
        return AuditFilter(text, actions, _day(self.since), _day(self.until))

    def reload(self) -> None:
        self.apply_filter()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self._stale = False
        self.model.set_filter(self.current_filter())
        self._show_count()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n entries", "", count))
