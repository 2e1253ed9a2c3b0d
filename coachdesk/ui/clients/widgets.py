"""Small pieces shared by the client views: a warning bar, field errors, confirm, errors."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.ui.i18n import tr_error

log = logging.getLogger(__name__)


class FieldError(QLabel):
    """A short red message under a field; hidden while empty."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("fieldError")
        self.setStyleSheet("QLabel#fieldError { color: #b3261e; }")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(message)
        self.setVisible(bool(message))


class WarningBar(QFrame):
    """A non-blocking message above the content, with an optional action and a close button."""

    action_clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("warningBar")
        self.setStyleSheet(
            "QFrame#warningBar { background: #fff4ce; border: 1px solid #e0c060;"
            " border-radius: 4px; } QFrame#warningBar QLabel { color: #3d3000; }"
        )
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._action = QPushButton(self)
        self._action.clicked.connect(self.action_clicked)
        self._close = QToolButton(self)
        self._close.setText("×")
        self._close.setAutoRaise(True)
        self._close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._action)
        layout.addWidget(self._close)
        self.retranslate()
        self.hide()

    def show_message(self, text: str, action: str = "") -> None:
        self._label.setText(text)
        self.setAccessibleDescription(text)
        self._action.setText(action)
        self._action.setVisible(bool(action))
        self.show()

    @property
    def text(self) -> str:
        return self._label.text()

    def retranslate(self) -> None:
        self._close.setToolTip(self.tr("Dismiss"))
        self._close.setAccessibleName(self.tr("Dismiss message"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def confirm(parent: QWidget, title: str, text: str, accept_text: str) -> bool:
    """Ask before something that cannot be undone; tests replace this function."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(accept_text, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def error_text(error: BaseException) -> str:
    """A coach-facing sentence; unexpected errors are logged without their text."""
    if isinstance(error, CoachDeskError):
        return tr_error(error)
    log.error("Unexpected %s in the clients page", type(error).__name__)
    return QCoreApplication.translate("ClientErrors", "Something went wrong. Nothing was changed.")


def show_error(parent: QWidget, title: str, error: BaseException) -> None:
    """A non-blocking message box (window-modal) that deletes itself when closed."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, error_text(error), QMessageBox.StandardButton.Ok, parent
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
