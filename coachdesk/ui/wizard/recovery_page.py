"""The recovery key, shown once: big numbered groups, a printable sheet, and a re-typing check.

The coach proves they wrote the key down by typing one randomly chosen group. Skipping the check
needs an explicit "I accept that I can lose all my data". When the page is left, the key is
wiped from the widgets and from the wizard (Python cannot promise the string's memory is
overwritten, but no reference to it remains).
"""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.services.access import recovery_groups
from coachdesk.services.recovery_sheet import write_recovery_sheet
from coachdesk.ui import i18n
from coachdesk.ui.background import run_in_background
from coachdesk.ui.wizard.common import FieldHint, key_font, muted, wrapped

if TYPE_CHECKING:
    from coachdesk.ui.setup_wizard import SetupWizard

PREFIX = "AGE-SECRET-KEY-1"
GROUPS_PER_ROW = 5
MAX_GROUPS = 10  # 58 characters in groups of 6
MSG_RIGHT = QT_TRANSLATE_NOOP("RecoveryKeyPage", "Correct. You have your recovery key.")
MSG_WRONG = QT_TRANSLATE_NOOP("RecoveryKeyPage", "That is not group {number}. Look again.")
MSG_SAVED = QT_TRANSLATE_NOOP(
    "RecoveryKeyPage", "Saved as {path}. Print it, keep the paper safe, then delete the file."
)


class RecoveryKeyPage(QWizardPage):
    def __init__(self, owner: SetupWizard) -> None:
        super().__init__(owner)
        self._owner = owner
        self.setCommitPage(True)  # the key is gone after this page: no coming back to it
        self._groups: list[str] = []
        self.requested_group = 0  # 1-based number of the group the coach must type
        self.panel = QFrame(self)
        self.panel.setObjectName("keyPanel")
        self.panel.setStyleSheet(
            "QFrame#keyPanel { background: palette(alternate-base); border-radius: 8px; }"
        )
        self.prefix_label = QLabel(PREFIX, self.panel)
        self.prefix_label.setFont(key_font(13))
        self.number_labels: list[QLabel] = []
        self.group_labels: list[QLabel] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(2)
        for index in range(MAX_GROUPS):
            number = muted(QLabel(str(index + 1), self.panel))
            number.setWordWrap(False)
            group = QLabel(self.panel)
            group.setFont(key_font(20))
            row, col = divmod(index, GROUPS_PER_ROW)
            grid.addWidget(number, row * 2, col)
            grid.addWidget(group, row * 2 + 1, col)
            self.number_labels.append(number)
            self.group_labels.append(group)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(18, 12, 18, 14)
        panel_layout.addWidget(self.prefix_label)
        panel_layout.addLayout(grid)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self._print_sheet)
        self.print_status = FieldHint(self, ok=True)
        self.once_note = wrapped(QLabel(self))
        self.check_label = QLabel(self)
        self.check_edit = QLineEdit(self)
        self.check_edit.setFont(key_font(14))
        self.check_edit.setMaxLength(12)
        self.check_edit.setMaximumWidth(160)
        self.check_edit.textChanged.connect(self._typed)
        self.check_label.setBuddy(self.check_edit)
        self.check_hint = FieldHint(self)
        self.skip_box = QCheckBox(self)
        self.skip_box.toggled.connect(self.completeChanged)

        print_row = QHBoxLayout()
        print_row.addWidget(self.print_button)
        print_row.addStretch(1)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_label)
        check_row.addWidget(self.check_edit)
        check_row.addWidget(self.check_hint, 3)  # the stretch keeps the field by its label
        check_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.once_note)
        layout.addLayout(print_row)
        layout.addWidget(self.print_status)
        layout.addSpacing(10)
        layout.addLayout(check_row)
        layout.addStretch(1)
        layout.addWidget(self.skip_box)
        self.retranslate()

    # --- showing and checking ---------------------------------------------------------------

    def initializePage(self) -> None:
        identity = self._owner.recovery_identity or ""
        self._groups = recovery_groups(identity) if identity else []
        for label, number, text in zip(
            self.group_labels, self.number_labels, self._groups + [""] * MAX_GROUPS, strict=False
        ):
            label.setText(text)
            label.setAccessibleName(text)
            number.setVisible(bool(text))
        full = [i for i, g in enumerate(self._groups) if len(g) == len(self._groups[0])]
        self.requested_group = full[secrets.randbelow(len(full))] + 1 if full else 0
        self.check_edit.clear()
        self.retranslate()

    @property
    def confirmed(self) -> bool:
        if not self.requested_group:
            return False
        typed = "".join(self.check_edit.text().split()).upper()
        return typed == self._groups[self.requested_group - 1]

    def _typed(self) -> None:
        typed = "".join(self.check_edit.text().split())
        if self.confirmed:
            self.check_hint.set_ok(True)
            self.check_hint.show_message("RecoveryKeyPage", MSG_RIGHT)
        elif self._groups and len(typed) >= len(self._groups[self.requested_group - 1]):
            self.check_hint.set_ok(False)
            self.check_hint.show_message("RecoveryKeyPage", MSG_WRONG, number=self.requested_group)
        else:
            self.check_hint.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.confirmed or self.skip_box.isChecked()

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        self._owner.recovery_key_confirmed = self.confirmed
        self.wipe()
        return True

    def wipe(self) -> None:
        """Remove every trace of the key from this page and from the wizard."""
        self._groups = []
        for label in self.group_labels:
            label.clear()
            label.setAccessibleName("")
        self.check_edit.blockSignals(True)
        self.check_edit.clear()
        self.check_edit.blockSignals(False)
        self._owner.forget_recovery_key()

    # --- the sheet --------------------------------------------------------------------------

    def _print_sheet(self) -> None:
        identity = self._owner.recovery_identity
        if not identity:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / self.tr("CoachDesk recovery sheet.pdf"))
        filename, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the Recovery Sheet"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not filename:
            return
        path = Path(filename if filename.lower().endswith(".pdf") else filename + ".pdf")
        practice_name = self._owner.practice_details()[0].name
        language = i18n.current_language()
        self.print_button.setEnabled(False)
        run_in_background(
            lambda: write_recovery_sheet(
                path,
                practice_name=practice_name,
                identity=identity,
                created=date.today(),
                language=language,
            ),
            lambda _none: self._sheet_written(path),
            self._sheet_failed,
            parent=self,
            on_finished=lambda: self.print_button.setEnabled(True),
            progress=self.tr("Writing the Recovery Sheet…"),
        )

    def _sheet_written(self, path: Path) -> None:
        self.print_status.set_ok(True)
        self.print_status.show_message("RecoveryKeyPage", MSG_SAVED, path=str(path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _sheet_failed(self, error: CoachDeskError) -> None:
        self.print_status.set_ok(False)
        self.print_status.show_error(error)

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr("It opens your files when everything else fails. It is shown only now.")
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Continue"))
        self.panel.setAccessibleName(self.tr("Recovery key"))
        self.once_note.setText(
            self.tr(
                "Print the Recovery Sheet or write the key down, and keep it away from this "
                "computer. CoachDesk keeps no copy: once you continue, it is not shown again."
            )
        )
        self.print_button.setText(self.tr("&Print Recovery Sheet…"))
        self.print_button.setAccessibleName(self.tr("Print Recovery Sheet"))
        number = self.requested_group or 1
        self.check_label.setText(self.tr("To check, type group %1:").replace("%1", str(number)))
        self.check_edit.setAccessibleName(
            self.tr("Group %1 of the recovery key").replace("%1", str(number))
        )
        vault = self._owner.created_vault
        if vault is not None and not vault.meta.has_passphrase:
            self.skip_box.setText(
                self.tr("Skip the check. I accept that I can lose all my data if I lose this "
                        "computer or my login.")
            )  # fmt: skip
        else:
            self.skip_box.setText(
                self.tr("Skip the check. I accept that I can lose all my data if I lose my "
                        "passphrase and this computer.")
            )  # fmt: skip
        self.skip_box.setAccessibleName(self.tr("Skip the check and accept the risk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
