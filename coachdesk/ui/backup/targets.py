"""Settings → Backups, first half: where backups go, when, and how many are kept.

Each change saves at once (the rotation after a short pause, as the auto-lock does), through
the service, which validates and writes an audit entry. Whether a folder can be used is checked
in a worker: a USB disk that sleeps or a network share that hangs must not freeze the window.
A folder with a problem stays in the list, with the problem in words under it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.paths import DataPaths
from coachdesk.services.backup import (
    BackupSettings,
    check_target,
    load_backup_settings,
    save_backup_settings,
)
from coachdesk.ui.background import run_in_background
from coachdesk.ui.backup.labels import SCHEDULES, problem_short, problem_text, schedule_label
from coachdesk.ui.i18n import tr_error
from coachdesk.ui.pages import muted
from coachdesk.ui.session import AppSession, Changes

FolderChooser = Callable[[QWidget], str | None]
WARNING = QColor("#b3261e")
KEEP_MAX = 1000
_PathRole = Qt.ItemDataRole.UserRole


def choose_folder(parent: QWidget) -> str | None:
    """The platform's folder dialog (tests inject their own)."""
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("BackupTargets", "Choose a folder for backups"),
        QDir.homePath(),
    )
    return folder or None


class TargetsPanel(QWidget):
    """Emits ``saved`` after each successful save (the actions panel re-reads the targets)."""

    saved = Signal()

    def __init__(
        self,
        session: AppSession,
        paths: DataPaths,
        parent: QWidget,
        *,
        chooser: FolderChooser = choose_folder,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._paths = paths
        self._chooser = chooser
        self.settings: BackupSettings = load_backup_settings(session.db)
        self.problems: dict[str, object] = {}
        self._check_round = 0
        self.checked_round = 0
        self._rotation_timer = QTimer(self)
        self._rotation_timer.setSingleShot(True)
        self._rotation_timer.setInterval(600)
        self._rotation_timer.timeout.connect(self.save_rotation)
        self._build()
        self.retranslate()
        self._fill()
        self.check_targets()
        session.changed.connect(self._on_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = muted(QLabel(self))
        layout.addWidget(self.intro)
        self.targets_label = QLabel(self)
        layout.addWidget(self.targets_label)
        self.targets = QListWidget(self)
        self.targets.setWordWrap(True)
        self.targets.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.targets.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.targets_label.setBuddy(self.targets)
        layout.addWidget(self.targets)
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet(f"color: {WARNING.name()};")
        layout.addWidget(self.empty_hint)
        row = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_target)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_target)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setColumnStretch(0, 1)
        self.schedule_label = QLabel(self)
        self.schedule_label.setWordWrap(True)
        self.schedule = QComboBox(self)
        for code in SCHEDULES:
            self.schedule.addItem("", code)
        self.schedule.currentIndexChanged.connect(self._schedule_chosen)
        self.schedule_label.setBuddy(self.schedule)
        grid.addWidget(self.schedule_label, 0, 0)
        grid.addWidget(self.schedule, 0, 1)
        self.rotation_labels: dict[str, QLabel] = {}
        self.rotation: dict[str, QSpinBox] = {}
        for row_no, name in enumerate(("keep_daily", "keep_weekly", "keep_monthly"), start=1):
            label, spin = QLabel(self), QSpinBox(self)
            label.setWordWrap(True)
            spin.setRange(1 if name == "keep_daily" else 0, KEEP_MAX)
            spin.setMinimumWidth(150)
            spin.valueChanged.connect(lambda _v: self._rotation_timer.start())
            label.setBuddy(spin)
            grid.addWidget(label, row_no, 0)
            grid.addWidget(spin, row_no, 1)
            self.rotation_labels[name], self.rotation[name] = label, spin
        layout.addLayout(grid)
        self.status = muted(QLabel(self))
        layout.addWidget(self.status)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "CoachDesk writes an encrypted backup to each folder below: a USB disk, a network "
                "share or a synced cloud folder. Only your recovery key or passphrase opens it, "
                "on any computer."
            )
        )
        self.targets_label.setText(self.tr("Backup &folders:"))
        self.targets.setAccessibleName(self.tr("Backup folders"))
        self.empty_hint.setText(
            self.tr("No backup folder yet: add one so a lost laptop does not take your files.")
        )
        self.add_button.setText(self.tr("Add folder…"))
        self.remove_button.setText(self.tr("Remove folder"))
        self.schedule_label.setText(self.tr("Back up &automatically:"))
        for index, code in enumerate(SCHEDULES):
            self.schedule.setItemText(index, schedule_label(code))
        self.schedule.setAccessibleName(self.tr("Back up automatically"))
        texts = {
            "keep_daily": (self.tr("Daily backups to keep:"), self.tr(" days")),
            "keep_weekly": (self.tr("Weekly backups to keep:"), self.tr(" weeks")),
            "keep_monthly": (self.tr("Monthly backups to keep:"), self.tr(" months")),
        }
        for name, (label, suffix) in texts.items():
            self.rotation_labels[name].setText(label)
            self.rotation[name].setSuffix(suffix)
            self.rotation[name].setAccessibleName(label.rstrip(":"))
        self._fill_targets()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self._rotation_timer.isActive():
            self.save_rotation()
        super().hideEvent(event)

    # --- showing ----------------------------------------------------------------------------

    def _fill(self) -> None:
        self.schedule.blockSignals(True)
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(self.settings.schedule)))
        self.schedule.blockSignals(False)
        for name, spin in self.rotation.items():
            spin.blockSignals(True)
            spin.setValue(int(getattr(self.settings, name)))
            spin.blockSignals(False)
        self._fill_targets()

    def _fill_targets(self) -> None:
        current = self.targets.currentRow()
        self.targets.clear()
        for target in self.settings.targets:
            problem = self.problems.get(target)
            item = QListWidgetItem(target, self.targets)
            item.setData(_PathRole, target)
            if problem is not None:
                item.setText(f"{target}\n⚠ {problem_text(problem)}")
                item.setForeground(QBrush(WARNING))
                item.setToolTip(problem_text(problem))
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole, f"{target}: {problem_short(problem)}"
                )
            else:
                item.setToolTip(target)
        self.targets.setCurrentRow(min(current, self.targets.count() - 1))
        self._fit_height()
        self.empty_hint.setVisible(not self.settings.targets)
        self._update_buttons()

    def _fit_height(self) -> None:
        """As tall as its folders (two lines at least, about six at most): no empty box."""
        rows = sum(self.targets.sizeHintForRow(i) for i in range(self.targets.count()))
        line = self.targets.fontMetrics().lineSpacing() + 6
        frame = 2 * self.targets.frameWidth() + 6
        self.targets.setFixedHeight(max(2 * line, min(rows, 6 * line)) + frame)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.targets.currentRow() >= 0)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.settings and initiator is not self:
            self.reload()

    def reload(self) -> None:
        """Show the stored settings again (changed elsewhere, e.g. by another window)."""
        settings = load_backup_settings(self._session.db)
        if settings != self.settings:
            targets_changed = settings.targets != self.settings.targets
            self.settings = settings
            self._fill()
            if targets_changed:
                self.check_targets()

    def problem_for(self, target: str) -> object | None:
        return self.problems.get(target)

    def check_targets(self) -> None:
        """Ask, in a worker, whether each folder exists, is writable and lies outside the vault."""
        self._check_round += 1
        round_no, paths, targets = self._check_round, self._paths, self.settings.targets
        run_in_background(
            lambda: {t: check_target(paths, Path(t)) for t in targets},
            lambda found: self._checked(round_no, found),
            lambda _error: None,
            parent=self,
        )

    def _checked(self, round_no: int, found: dict[str, object]) -> None:
        if round_no != self._check_round:
            return  # the list changed meanwhile; a newer check is on its way
        self.problems = {t: p for t, p in found.items() if p is not None}
        self.checked_round = round_no
        self._fill_targets()

    @property
    def checking(self) -> bool:
        return self.checked_round != self._check_round

    # --- changing ---------------------------------------------------------------------------

    def add_target(self) -> None:
        folder = self._chooser(self)
        if not folder:
            return
        folder = str(Path(folder).absolute())
        if folder in self.settings.targets:
            self.status.setText(self.tr("This folder is already in the list."))
            return
        self._save(replace(self.settings, targets=(*self.settings.targets, folder)))

    def remove_target(self) -> None:
        item = self.targets.currentItem()
        if item is None:
            return
        target = str(item.data(_PathRole))
        kept = tuple(t for t in self.settings.targets if t != target)
        self._save(replace(self.settings, targets=kept))

    def _schedule_chosen(self, index: int) -> None:
        code = str(self.schedule.itemData(index))
        if code != self.settings.schedule:
            self._save(replace(self.settings, schedule=code))

    def save_rotation(self) -> None:
        self._rotation_timer.stop()
        values = {name: spin.value() for name, spin in self.rotation.items()}
        if all(getattr(self.settings, n) == v for n, v in values.items()):
            return
        self._save(replace(self.settings, **values))

    def _save(self, settings: BackupSettings) -> bool:
        try:
            save_backup_settings(self._session.db, settings)
        except CoachDeskError as error:
            self.status.setText(tr_error(error))
            self._fill()
            return False
        targets_changed = settings.targets != self.settings.targets
        self.settings = load_backup_settings(self._session.db)
        self._fill()
        self.status.setText(self.tr("Backup settings saved."))
        if targets_changed:
            self.check_targets()
        self._session.notify(Changes(settings=True), self)
        self.saved.emit()
        return True
