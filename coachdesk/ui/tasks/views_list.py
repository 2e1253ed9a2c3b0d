"""The list of task views with a count on the right of each (red for overdue tasks)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from coachdesk.ui.tasks.model import OVERDUE_COLOR

WIDTH = 170


class _CountDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(ViewsList.CountRole)
        if count is None:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        if selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText))  # type: ignore[attr-defined]
        elif index.data(ViewsList.AlertRole):
            painter.setPen(OVERDUE_COLOR)
        else:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))  # type: ignore[attr-defined]
        rect: QRect = option.rect.adjusted(0, 0, -12, 0)  # type: ignore[attr-defined]
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            QLocale().toString(int(count)),
        )  # fmt: skip
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 14)


class ViewsList(QListWidget):
    """Plain list items; ``CountRole`` holds the number, ``AlertRole`` makes it red."""

    CountRole = Qt.ItemDataRole.UserRole + 1
    AlertRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFixedWidth(WIDTH)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_CountDelegate(self))
        self.setStyleSheet(
            "QListWidget { background: transparent; }"
            "QListWidget::item { padding: 0 10px; border-radius: 6px; }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
