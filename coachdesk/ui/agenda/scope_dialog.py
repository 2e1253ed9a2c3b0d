"""Asking which occurrences of a series a change is for: this one, this and following, or all.

``ask_scope`` is a module function so tests can replace it (as they replace ``confirm``). The
default button is "This appointment": changing one meeting is by far the most common case, and
the least destructive if pressed by mistake.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coachdesk.domain.agenda import EditScope


class ScopeAction(enum.Enum):
    CHANGE = "change"
    MOVE = "move"
    CANCEL = "cancel"
    DELETE = "delete"


def _question(action: ScopeAction) -> str:
    return {
        ScopeAction.CHANGE: QCoreApplication.translate(
            "ScopeDialog", "This appointment is part of a series. What do you want to change?"
        ),
        ScopeAction.MOVE: QCoreApplication.translate(
            "ScopeDialog", "This appointment is part of a series. What do you want to move?"
        ),
        ScopeAction.CANCEL: QCoreApplication.translate(
            "ScopeDialog", "This appointment is part of a series. What do you want to cancel?"
        ),
        ScopeAction.DELETE: QCoreApplication.translate(
            "ScopeDialog", "This appointment is part of a series. What do you want to delete?"
        ),
    }[action]


def ask_scope(parent: QWidget, action: ScopeAction) -> EditScope | None:
    """Ask the coach; None when they chose not to go on."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ScopeDialog", "Recurring appointment"),
        _question(action),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    role = QMessageBox.ButtonRole.AcceptRole
    one = box.addButton(QCoreApplication.translate("ScopeDialog", "This appointment"), role)
    following = box.addButton(QCoreApplication.translate("ScopeDialog", "This and following"), role)
    every = box.addButton(QCoreApplication.translate("ScopeDialog", "All appointments"), role)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(one)
    box.exec()
    return {one: EditScope.ONE, following: EditScope.FOLLOWING, every: EditScope.ALL}.get(
        box.clickedButton()  # type: ignore[arg-type]
    )
