"""The numbers at the top of the Today page: a plain card and one that opens its page."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from coachdesk.ui.pages import muted, scaled_font


class StatCard(QFrame):
    """One number with its caption."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.number = QLabel("0", self)
        self.number.setFont(scaled_font(self.number, 2.2, bold=True))
        self.caption = muted(QLabel(self))
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set(self, value: int, caption: str) -> None:
        self.number.setText(QLocale().toString(value))
        self.caption.setText(caption)
        self.setAccessibleName(f"{caption}: {value}")


class LinkCard(StatCard):
    """A card that opens the page behind its number (click, Enter or Space)."""

    clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
