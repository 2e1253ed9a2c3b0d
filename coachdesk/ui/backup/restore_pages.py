"""The restore wizard's plain pages: the file, what is in it, the confirmation.

Nothing changes on disk on these pages (the key page, in ``restore_key_page``, sits between the
file and the contents). The contents page shows what the backup's manifest says.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.services.backup import list_backups
from coachdesk.ui.background import run_in_background
from coachdesk.ui.backup.labels import fmt_moment, fmt_size
from coachdesk.ui.wizard.common import ERROR_COLOUR, FieldHint, muted, wrapped

if TYPE_CHECKING:
    from coachdesk.ui.backup.restore_wizard import RestoreWizard

_PathRole = Qt.ItemDataRole.UserRole
MSG_NO_FILE = QT_TRANSLATE_NOOP("FilePage", "There is no file at this place.")


class WizardPageBase(QWizardPage):
    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard

    def retranslate(self) -> None:
        """Set the page's texts in the current language: every page of the wizard overrides
        this hook, and ``changeEvent`` calls it when the language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FilePage(WizardPageBase):
    """A backup file: typed, chosen in the Open dialog, or picked from the known folders."""

    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__(wizard)
        self.intro = wrapped(QLabel(self))
        self.path_label = QLabel(self)
        self.path_edit = QLineEdit(self)
        self.path_edit.textChanged.connect(self._typed)
        self.path_label.setBuddy(self.path_edit)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.choose)
        self.found_label = QLabel(self)
        self.found = QListWidget(self)
        self.found.currentItemChanged.connect(self._picked)
        self.found_label.setBuddy(self.found)
        self.hint = FieldHint(self)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.path_label)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addSpacing(8)
        layout.addWidget(self.found_label)
        layout.addWidget(self.found, 1)
        self.found_label.hide()
        self.found.hide()
        self.retranslate()
        if wizard.folders:
            folders = [Path(f) for f in wizard.folders]
            run_in_background(
                lambda: list_backups(folders), self._listed, lambda _e: None, parent=self
            )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which backup?"))
        self.setSubTitle(self.tr("Choose the backup file to restore."))
        self.intro.setText(
            self.tr(
                "A CoachDesk backup is one file ending in .cdbackup, in the folder you chose for "
                "backups: a USB disk, a network share or a synced cloud folder."
            )
        )
        self.path_label.setText(self.tr("&Backup file:"))
        self.path_edit.setAccessibleName(self.tr("Backup file"))
        self.path_edit.setPlaceholderText(self.tr("Choose a file with the button on the right"))
        self.browse.setText(self.tr("Choose…"))
        self.found_label.setText(self.tr("Backups in your backup &folders:"))
        self.found.setAccessibleName(self.tr("Backups in your backup folders"))

    def choose(self) -> None:
        path = self.owner.chooser(self)
        if path:
            self.path_edit.setText(path)

    def _typed(self, text: str) -> None:
        self.hint.clear()
        self.owner.set_file(Path(text.strip()).expanduser() if text.strip() else None)
        self.completeChanged.emit()

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.path_edit.setText(str(item.data(_PathRole)))

    def _listed(self, backups: list[Any]) -> None:
        self.found.clear()
        for backup in backups:
            text = f"{fmt_moment(backup.created)}   ·   {fmt_size(backup.size)}   ·   "
            item = QListWidgetItem(text + Path(str(backup.path)).name, self.found)
            item.setData(_PathRole, str(backup.path))
            item.setToolTip(str(backup.path))
        self.found_label.setVisible(bool(backups))
        self.found.setVisible(bool(backups))

    def isComplete(self) -> bool:
        return self.owner.file is not None

    def validatePage(self) -> bool:
        file = self.owner.file
        if file is None or not file.is_file():
            self.hint.show_message("FilePage", MSG_NO_FILE)
            return False
        return True


COUNTS = ("clients", "notes", "appointments", "tasks", "documents")


class ContentsPage(WizardPageBase):
    """What the manifest says: when, which practice, how much, which CoachDesk made it."""

    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__(wizard)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in ("created", "practice", *COUNTS, "version", "size", "file"):
            label, value = QLabel(self), QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.form.addRow(label, value)
            self.labels[key], self.values[key] = label, value
        self.note = muted(QLabel(self))
        self.form.addRow(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What is in this backup"))
        self.setSubTitle(
            self.tr("Check that this is the backup you want. Nothing has changed yet.")
        )
        texts = {
            "created": self.tr("Made on:"),
            "practice": self.tr("Practice:"),
            "clients": self.tr("Clients:"),
            "notes": self.tr("Notes:"),
            "appointments": self.tr("Appointments:"),
            "tasks": self.tr("Tasks:"),
            "documents": self.tr("Documents:"),
            "version": self.tr("Made by CoachDesk:"),
            "size": self.tr("Size:"),
            "file": self.tr("File:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.note.setText(
            self.tr(
                "Clients erased after this backup was made stay erased: CoachDesk removes them "
                "again while restoring."
            )
        )
        self.initializePage()

    def initializePage(self) -> None:
        info = self.owner.info
        if info is None:
            return
        counts = dict(getattr(info, "counts", {}) or {})
        values = {
            "created": fmt_moment(info.created),
            "practice": info.practice_name or self.tr("(no name)"),
            "version": str(info.app_version),
            "size": fmt_size(int(info.size)),
            "file": str(info.path),
            **{key: QLocale().toString(int(counts.get(key, 0))) for key in COUNTS},
        }
        for key, text in values.items():
            self.values[key].setText(text)


class ConfirmPage(WizardPageBase):
    """An explicit tick: everything in CoachDesk on this computer is replaced."""

    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__(wizard)
        self.setCommitPage(True)
        self.warning = wrapped(QLabel(self))
        self.detail = wrapped(QLabel(self))
        self.confirm = QCheckBox(self)
        self.confirm.toggled.connect(lambda _c: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addSpacing(8)
        layout.addWidget(self.detail)
        layout.addSpacing(12)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setSubTitle(self.tr("This is the last step before anything changes."))
        self.initializePage()

    def initializePage(self) -> None:
        info = self.owner.info
        when = fmt_moment(info.created) if info is not None else ""
        replacing = self.owner.has_current
        self.setTitle(self.tr("Replace everything?") if replacing else self.tr("Restore?"))
        self.warning.setStyleSheet(f"color: {ERROR_COLOUR};" if replacing else "")
        if replacing:
            self.warning.setText(
                self.tr(
                    "Restoring replaces everything in CoachDesk on this computer — every client, "
                    "note, appointment, document and setting — with the backup of %1. What you "
                    "changed after that moment is lost."
                ).replace("%1", when)
            )
            self.confirm.setText(self.tr("&Yes, replace everything with this backup"))
        else:
            self.warning.setText(
                self.tr("CoachDesk will be set up on this computer from the backup of %1.").replace(
                    "%1", when
                )
            )
            self.confirm.setText(self.tr("&Yes, restore this backup"))
        self.detail.setText(
            self.tr(
                "If anything goes wrong on the way, nothing is changed. Afterwards CoachDesk "
                "opens with the restored practice."
            )
        )
        self.confirm.setAccessibleName(self.confirm.text().replace("&", ""))

    def isComplete(self) -> bool:
        return self.confirm.isChecked()
