"""The "Due for erasure" tab: everything past its retention period, and legal holds.

Rows with something due can be ticked; "Erase selected…" and "Anonymise selected…" ask for
confirmation (listing the client numbers) and run in a worker. A row for old agenda items
removes just those appointments. Clients under a legal hold are listed with the hold's review
date and cannot be ticked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.retention import Action, Category
from coachdesk.services.retention import load_rules
from coachdesk.services.retention_sweep import (
    ApplyReport,
    DueItem,
    HeldItem,
    apply,
    privacy_available,
    sweep,
)
from coachdesk.ui.background import BackgroundTask, run_in_background
from coachdesk.ui.clients.labels import fmt_date
from coachdesk.ui.clients.rows_model import configure_table
from coachdesk.ui.privacy import common
from coachdesk.ui.privacy.common import LazyTab
from coachdesk.ui.session import AppSession, Changes

AnyIndex = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole
Item = DueItem | HeldItem


class DueModel(QAbstractTableModel):
    """Due items (checkable) followed by held ones; column 0 carries the check box."""

    COLUMNS = 6

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._rows: list[Item] = []
        self._checked: set[int] = set()
        self._headers: list[Callable[[], str]] = [
            lambda: QCoreApplication.translate("PrivacyDue", "Client"),
            lambda: QCoreApplication.translate("PrivacyDue", "Name"),
            lambda: QCoreApplication.translate("PrivacyDue", "What"),
            lambda: QCoreApplication.translate("PrivacyDue", "Due since"),
            lambda: QCoreApplication.translate("PrivacyDue", "Action"),
            lambda: QCoreApplication.translate("PrivacyDue", "Legal hold"),
        ]

    def set_rows(self, due: tuple[DueItem, ...], held: tuple[HeldItem, ...]) -> None:
        self.beginResetModel()
        self._rows = [*due, *held]
        self._checked = set()
        self.endResetModel()

    def item(self, row: int) -> Item:
        return self._rows[row]

    def due_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if isinstance(r, DueItem)]

    def checked_items(self) -> list[DueItem]:
        rows = enumerate(self._rows)
        return [r for i, r in rows if i in self._checked and isinstance(r, DueItem)]

    def set_checked(self, row: int, checked: bool) -> None:
        index = self.index(row, 0)
        self.setData(index, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                     Qt.ItemDataRole.CheckStateRole)  # fmt: skip

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 5))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and isinstance(self._rows[index.row()], DueItem):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _action(self, item: Item) -> str:
        if isinstance(item, HeldItem):
            return QCoreApplication.translate("PrivacyDue", "Suspended")
        if item.category is Category.AGENDA:
            count = item.appointments
            return QCoreApplication.translate(
                "PrivacyDue", "Delete %n old appointment(s)", "", count
            )
        return common.action_name(item.action)

    def _hold(self, item: Item) -> str:
        if isinstance(item, DueItem):
            return ""
        if item.review_on is None:
            return QCoreApplication.translate("PrivacyDue", "On hold")
        text = QCoreApplication.translate("PrivacyDue", "On hold until %1")
        return text.replace("%1", fmt_date(item.review_on))

    def _display(self, item: Item, column: int) -> str:
        if column == 0:
            return item.number
        if column == 1:
            return item.name
        if column == 2:
            return common.category_label(item.category)
        if column == 3:
            return fmt_date(item.due_since)
        if column == 4:
            return self._action(item)
        return self._hold(item)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, index.column())
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            if isinstance(item, HeldItem):
                return None
            checked = index.row() in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(item, HeldItem):
            return item.hold_reason or None
        if role == RowRole:
            return item
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or index.column() != 0
            or not isinstance(self._rows[index.row()], DueItem)
        ):
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(index.row())
        else:
            self._checked.discard(index.row())
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMNS
        ):
            return self._headers[section]()
        return None


class DueTab(LazyTab):
    """Loads when shown and after changes; ``task`` is the running erasure, if any."""

    def __init__(self, session: AppSession, parent: QWidget, *, day: date | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._fixed_day = day
        self.task: BackgroundTask | None = None
        self.last_report: ApplyReport | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.empty_label = QLabel(self)
        self.model = DueModel(self)
        self.table = QTableView(self)
        configure_table(self.table)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.model)
        for column, width in enumerate((100, 190, 230, 90, 210)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.select_all = QPushButton(self)
        self.erase_button = QPushButton(self)
        self.anonymise_button = QPushButton(self)
        self.erase_row_button = QPushButton(self)
        self.select_all.clicked.connect(self._toggle_all)
        self.erase_button.clicked.connect(lambda: self.act_on_checked(Action.ERASE))
        self.anonymise_button.clicked.connect(lambda: self.act_on_checked(Action.ANONYMISE))
        self.erase_row_button.clicked.connect(self.erase_current)
        self.model.dataChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.select_all, self.erase_row_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.anonymise_button)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        session.changed.connect(self._on_changed)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Everything past its retention period. Erasing removes the client completely;"
                " anonymising also counts them once in the practice statistics. Clients under"
                " a legal hold are kept until the hold is lifted."
            )
        )
        self.empty_label.setText(self.tr("Nothing is past its retention period."))
        self.select_all.setText(self.tr("Select all"))
        self.erase_button.setText(self.tr("Erase selected…"))
        self.anonymise_button.setText(self.tr("Anonymise selected…"))
        self.erase_row_button.setText(self.tr("Erase this client…"))
        self.table.setAccessibleName(self.tr("Due for erasure"))
        self.model.retranslate()

    def _today(self) -> date:
        return self._fixed_day or common.today()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.clients or changes.appointments or changes.settings:
            self.mark_stale()

    def reload(self) -> None:
        self._stale = False
        db = self._session.db
        found = sweep(db, load_rules(db), self._today())
        self.model.set_rows(found.due, found.on_hold)
        self.empty_label.setVisible(not found.due and not found.on_hold)

    def _update_buttons(self, *_args: object) -> None:
        busy = self.task is not None
        checked = bool(self.model.checked_items())
        can_erase = privacy_available() and not busy
        self.erase_button.setEnabled(checked and can_erase)
        self.anonymise_button.setEnabled(checked and can_erase)
        self.select_all.setEnabled(bool(self.model.due_rows()) and not busy)
        self.erase_row_button.setEnabled(self._current_due() is not None and can_erase)

    def _current_due(self) -> DueItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        item = self.model.item(index.row())
        return item if isinstance(item, DueItem) else None

    def _toggle_all(self) -> None:
        rows = self.model.due_rows()
        everything = len(self.model.checked_items()) == len(rows)
        for row in rows:
            self.model.set_checked(row, not everything)

    def erase_current(self) -> None:
        item = self._current_due()
        if item is not None:
            self.act_on([item], Action.ERASE)

    def act_on_checked(self, action: Action) -> None:
        self.act_on(self.model.checked_items(), action)

    def act_on(self, items: list[DueItem], action: Action) -> None:
        if not items or self.task is not None:
            return
        numbers = ", ".join(sorted({i.number for i in items}))
        if action is Action.ANONYMISE:
            title = self.tr("Anonymise clients")
            text = self.tr(
                "Anonymise %1? Everything about them is erased and they are counted once in"
                " the practice statistics. This cannot be undone."
            )
        else:
            title = self.tr("Erase clients")
            text = self.tr(
                "Erase %1? Everything about them is removed from CoachDesk. This cannot be undone."
            )
        if any(i.category is Category.AGENDA for i in items):
            text += " " + self.tr("For clients that are kept, only their old appointments go.")
        if not common.confirm(self, title, text.replace("%1", numbers)):
            return
        vault, day = self._session.vault, self._today()
        rules = load_rules(self._session.db)
        self.task = run_in_background(
            lambda: apply(vault, items, today=day, rules=rules, action=action),
            self._applied,
            self._failed,
            parent=self,
            on_finished=self._finished,
            progress=self.tr("Erasing…"),
        )
        self._update_buttons()

    def _applied(self, report: ApplyReport) -> None:
        self.last_report = report
        if report.skipped:
            lines = "\n".join(f"{number}: {why}" for number, why in report.skipped)
            QMessageBox.information(
                self, self.tr("Not everything was done"),
                self.tr("These were skipped:") + "\n" + lines,
            )  # fmt: skip

    def _failed(self, error: CoachDeskError) -> None:
        QMessageBox.warning(self, self.tr("Erasure stopped"), error.message)

    def _finished(self) -> None:
        self.task = None
        self._stale = True
        self._session.notify(Changes(clients=True, tasks=True, appointments=True))
        if self._stale:
            self.reload()
        self._update_buttons()
