"""The "Statistics" tab: the anonymous practice statistics kept after anonymising clients.

By year, grouped by theme, age band or number of sessions, or every cell; counts under five
are shown as "<5" (the services mask them before they reach the screen).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.statistics import THEMES, UNKNOWN_AGE
from coachdesk.services.privacy_stats import statistics_table
from coachdesk.services.statistics_pivot import statistics_pivot
from coachdesk.ui.privacy.common import LazyTab
from coachdesk.ui.session import AppSession, Changes

ALL_CELLS = "cells"


def value_label(dimension: str, value: str) -> str:
    if dimension == "theme" and value in THEMES:
        return QCoreApplication.translate("Statistics", THEMES[value])
    if value == UNKNOWN_AGE:
        return QCoreApplication.translate("StatisticsTab", "unknown")
    return value


class StatisticsTab(LazyTab):
    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.group_label = QLabel(self)
        self.group = QComboBox(self)
        for key in ("theme", "age_band", "sessions_band", ALL_CELLS):
            self.group.addItem("", key)
        self.group.currentIndexChanged.connect(self.reload)
        self.empty_label = QLabel(self)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setMinimumSectionSize(80)
        bar = QHBoxLayout()
        bar.addWidget(self.group_label)
        bar.addWidget(self.group)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.retranslate()
        session.changed.connect(self._on_changed)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "When you anonymise a client, only these counts remain: the year, a broad theme,"
                " an age band and the number of sessions. Nothing links back to a person; counts"
                " under five are shown as <5."
            )
        )
        self.group_label.setText(self.tr("Show by"))
        for i, text in enumerate(
            (self.tr("Theme"), self.tr("Age band"), self.tr("Sessions"), self.tr("Every cell"))
        ):
            self.group.setItemText(i, text)
        self.empty_label.setText(self.tr("No client has been anonymised yet."))
        self.table.setAccessibleName(self.tr("Practice statistics"))
        if not self._stale:
            self.reload()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.clients:
            self.mark_stale()

    def _fill(self, headers: list[str], rows: list[list[str]], numeric_from: int = 1) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c >= numeric_from:
                    item.setTextAlignment(right)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(not rows)

    def reload(self) -> None:
        self._stale = False
        db = self._session.db
        dimension = self.group.currentData() or "theme"
        if dimension == ALL_CELLS:
            cells = statistics_table(db)
            headers = [self.tr("Year"), self.tr("Theme"), self.tr("Age band"),
                       self.tr("Sessions"), self.tr("Clients")]  # fmt: skip
            rows = [
                [str(c.year), value_label("theme", c.theme), value_label("age_band", c.age_band),
                 c.sessions_band, c.clients]
                for c in cells
            ]  # fmt: skip
            self._fill(headers, rows, numeric_from=4)
            return
        pivot = statistics_pivot(db, dimension)
        headers = [self.group.currentText(), *(str(y) for y in pivot.years)]
        rows = [[value_label(dimension, value), *counts] for value, counts in pivot.rows]
        if pivot.rows:
            rows.append([self.tr("Total"), *pivot.totals])
        self._fill(headers, rows)
