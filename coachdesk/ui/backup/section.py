"""The "Backups" group on the Settings page: the targets panel above, the actions below."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from coachdesk.paths import DataPaths
from coachdesk.ui.backup.actions import ActionsPanel
from coachdesk.ui.backup.targets import FolderChooser, TargetsPanel, choose_folder
from coachdesk.ui.session import AppSession


class BackupSection(QGroupBox):
    """Emits ``restore_requested`` when the coach asks to restore (the app opens the wizard)."""

    restore_requested = Signal()

    def __init__(
        self,
        session: AppSession,
        paths: DataPaths,
        parent: QWidget,
        *,
        chooser: FolderChooser = choose_folder,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.targets = TargetsPanel(session, paths, self, chooser=chooser)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.actions = ActionsPanel(session, self)
        self.actions.restore_requested.connect(self.restore_requested)
        layout.addWidget(self.targets)
        layout.addWidget(line)
        layout.addWidget(self.actions)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def reveal(section: QWidget) -> None:
    """Scroll the page that holds *section* so that its top is in view."""
    parent = section.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.verticalScrollBar().setValue(max(0, section.y() - 12))
