"""The frame every edit dialog shares: an error banner on top, Save and Cancel, Ctrl+S."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QVBoxLayout, QWidget


def frame_save_dialog(
    dialog: QDialog, banner: QWidget, body: QLayout, *, min_width: int
) -> QDialogButtonBox:
    """Lay out *banner* and *body* with Save/Cancel wired to ``dialog.save`` and ``reject``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(banner)
    layout.addLayout(body)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(min_width)
    QShortcut(QKeySequence.StandardKey.Save, dialog, activated=dialog.save)  # type: ignore[attr-defined]
    return buttons
