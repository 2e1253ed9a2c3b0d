"""The two dialogs behind Settings > Security: change the passphrase, replace the recovery key.

Both check the passphrase (Argon2) and write key slots in a worker, and open with ``open()``
rather than ``exec()`` so a lock while one is open tears down cleanly.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.access import (
    MIN_PASSPHRASE_LENGTH,
    Vault,
    format_recovery_key,
    passphrase_problem,
    recovery_groups,
)
from coachdesk.services.settings import get_practice
from coachdesk.services.unlock_info import new_recovery_identity, verify_passphrase
from coachdesk.ui.background import run_in_background
from coachdesk.ui.i18n import current_language, tr_error
from coachdesk.ui.pages import muted
from coachdesk.ui.session import AppSession, Changes

SavePathProvider = Callable[[QWidget, str], str | None]
GROUPS_PER_ROW = 5
MAX_GROUPS = 10  # 58 characters in groups of six


def _key_font(point_size: int) -> QFont:
    """Monospaced and bold, so the key's characters line up and read clearly."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    font.setBold(True)
    return font


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    """The platform's Save dialog for the Recovery Sheet (tests inject their own)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RecoveryKeyDialog", "Save Recovery Sheet"),
        str(Path(docs) / suggested),
        "PDF (*.pdf)",
    )
    return path or None


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(label.foregroundRole(), Qt.GlobalColor.darkRed)
    label.setPalette(palette)
    label.hide()
    return label


def show_text(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class _Dialog(QDialog):
    """Base for the two security dialogs: retranslate on language change, delete on close."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)

    def retranslate(self) -> None:
        """Each dialog sets its texts here; called again when the language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PassphraseDialog(_Dialog):
    """Set or change the passphrase: the current one (if any) and the new one twice."""

    def __init__(self, vault: Vault, parent: QWidget) -> None:
        super().__init__(parent)
        self._vault = vault
        self._has_current = vault.meta.has_passphrase
        form = QFormLayout(self)
        self.current = QLineEdit(self)
        self.new = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for edit in (self.current, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._check)
        self.intro = muted(QLabel(self))
        form.addRow(self.intro)
        self.current_label, self.new_label, self.repeat_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        if self._has_current:
            form.addRow(self.current_label, self.current)
        else:
            self.current.hide()
        form.addRow(self.new_label, self.new)
        form.addRow(self.repeat_label, self.repeat)
        self.problem = error_label(self)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.retranslate()
        self._check()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Change passphrase") if self._has_current else self.tr("Set a passphrase")
        )
        self.intro.setText(
            self.tr(
                "Choose a passphrase of at least %1 characters. A few unusual words are "
                "easier to remember than a short jumble."
            ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
        )
        for label, edit, text in (
            (self.current_label, self.current, self.tr("Current passphrase:")),
            (self.new_label, self.new, self.tr("New passphrase:")),
            (self.repeat_label, self.repeat, self.tr("New passphrase again:")),
        ):
            label.setText(text)
            label.setBuddy(edit)
            edit.setAccessibleName(text.rstrip(":"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save passphrase"))

    def _problem(self) -> str:
        new = self.new.text()
        if not new:
            return ""
        if problem := passphrase_problem(new):
            return tr_error(CoachDeskError(problem))
        if self.repeat.text() and self.repeat.text() != new:
            return self.tr("The two new passphrases differ.")
        return ""

    def _check(self) -> None:
        problem = self._problem()
        show_text(self.problem, problem)
        ready = not problem and bool(self.new.text()) and self.repeat.text() == self.new.text()
        ready = ready and (not self._has_current or bool(self.current.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def submit(self) -> None:
        vault, current, new = self._vault, self.current.text(), self.new.text()
        has_current = self._has_current

        def work() -> None:
            if has_current:
                verify_passphrase(vault, current)
            vault.set_passphrase(new)

        self.setEnabled(False)
        run_in_background(
            work,
            lambda _r: self.accept(),
            self._failed,
            parent=self,
            progress=self.tr("Saving the new passphrase…"),
        )

    def _failed(self, error: CoachDeskError) -> None:
        self.setEnabled(True)
        show_text(self.problem, tr_error(error))
        self.current.setFocus()
        self.current.selectAll()


class RecoveryKeyDialog(_Dialog):
    """Replace the recovery key: confirm it is you, see the new key, confirm one group, apply."""

    def __init__(
        self, session: AppSession, parent: QWidget, save_path: SavePathProvider = ask_save_path
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._save_path = save_path
        self._identity = ""
        self._group_index = 0
        self.new_key = ""
        self._needs_passphrase = session.vault.meta.has_passphrase
        layout = QVBoxLayout(self)
        # step 0: why, and who
        intro = QWidget(self)
        box = QVBoxLayout(intro)
        box.setContentsMargins(0, 0, 0, 0)
        self.explain = QLabel(intro)
        self.explain.setWordWrap(True)
        self.passphrase = QLineEdit(intro)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel(intro)
        self.passphrase_label.setBuddy(self.passphrase)
        box.addWidget(self.explain)
        box.addSpacing(6)
        box.addWidget(self.passphrase_label)
        box.addWidget(self.passphrase)
        self.passphrase_label.setVisible(self._needs_passphrase)
        self.passphrase.setVisible(self._needs_passphrase)
        # step 1: the new key in numbered groups, the sheet, one group typed back
        show = QWidget(self)
        box = QVBoxLayout(show)
        box.setContentsMargins(0, 0, 0, 0)
        self.key_intro = QLabel(show)
        self.key_intro.setWordWrap(True)
        box.addWidget(self.key_intro)
        box.addWidget(self._key_panel(show))
        row = QHBoxLayout()
        self.save_sheet = QPushButton(show)
        self.save_sheet.clicked.connect(self._save_sheet)
        row.addWidget(self.save_sheet)
        row.addStretch(1)
        box.addLayout(row)
        self.sheet_status = muted(QLabel(show))
        self.sheet_status.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        box.addWidget(self.sheet_status)
        box.addSpacing(6)
        row = QHBoxLayout()
        self.confirm_label = QLabel(show)
        self.confirm = QLineEdit(show)
        self.confirm.setFont(_key_font(12))
        self.confirm.setMaxLength(12)
        self.confirm.setMaximumWidth(140)
        self.confirm_label.setBuddy(self.confirm)
        self.confirm.textChanged.connect(self._update_buttons)
        row.addWidget(self.confirm_label)
        row.addWidget(self.confirm)
        row.addStretch(1)
        box.addLayout(row)
        # step 2: done
        done = QWidget(self)
        box = QVBoxLayout(done)
        box.setContentsMargins(0, 0, 0, 0)
        self.done_text = QLabel(done)
        self.done_text.setWordWrap(True)
        box.addWidget(self.done_text)
        self._pages = (intro, show, done)
        for page in self._pages:
            layout.addWidget(page)
        self._step = 0
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.next_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.next_button.clicked.connect(self.next_step)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._update_buttons)
        self.retranslate()
        self._go(0)

    def _key_panel(self, parent: QWidget) -> QFrame:
        """The key as the wizard shows it: the prefix, then numbered groups of six."""
        panel = QFrame(parent)
        panel.setObjectName("keyPanel")
        panel.setStyleSheet(
            "QFrame#keyPanel { background: palette(alternate-base); border-radius: 8px; }"
        )
        self.key_prefix = QLabel(panel)
        self.key_prefix.setFont(_key_font(11))
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(0)
        self.group_labels: list[QLabel] = []
        self.group_numbers: list[QLabel] = []
        for index in range(MAX_GROUPS):
            number = muted(QLabel(str(index + 1), panel))
            group = QLabel(panel)
            group.setFont(_key_font(16))
            group.setMinimumWidth(group.fontMetrics().horizontalAdvance("W" * 6) + 2)
            group.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, col = divmod(index, GROUPS_PER_ROW)
            grid.addWidget(number, row * 2, col)
            grid.addWidget(group, row * 2 + 1, col)
            self.group_numbers.append(number)
            self.group_labels.append(group)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(16, 10, 16, 12)
        inner.addWidget(self.key_prefix)
        inner.addLayout(grid)
        self.key_panel = panel
        return panel

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New recovery key"))
        self.explain.setText(
            self.tr(
                "CoachDesk never keeps your recovery key, so it cannot show it to you again. "
                "If your Recovery Sheet is lost, or you fear someone else saw it, create a new "
                "recovery key here. From then on the old key no longer opens this vault. Backups "
                "made before today still open with the old key, so keep the old sheet as long "
                "as you keep those backups."
            )
        )
        self.passphrase_label.setText(self.tr("To confirm it is you, enter your passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.key_intro.setText(
            self.tr(
                "This is your new recovery key. Save the Recovery Sheet and print it, or write the "
                "key down, and keep it somewhere safe away from this computer."
            )
        )
        self.key_panel.setAccessibleName(self.tr("New recovery key"))
        self.save_sheet.setText(self.tr("Save Recovery Sheet (PDF)…"))
        self.confirm_label.setText(
            self.tr("To confirm you have it, type group %1 of the new key:").replace(
                "%1", str(self._group_index + 1)
            )
        )
        self.confirm.setAccessibleName(self.confirm_label.text().rstrip(":"))
        self.done_text.setText(
            self.tr(
                "The new recovery key is active. The old key no longer opens this vault; backups "
                "made before today still open with the old key."
            )
        )
        self._update_buttons()

    @property
    def step(self) -> int:
        return self._step

    def _go(self, step: int) -> None:
        self._step = step
        for index, page in enumerate(self._pages):
            page.setVisible(index == step)
        self._update_buttons()
        self.adjustSize()

    def _update_buttons(self) -> None:
        step = self.step
        self.cancel_button.setVisible(step < 2)
        self.next_button.setText(
            (self.tr("Continue"), self.tr("Use the new key"), self.tr("Close"))[step]
        )
        if step == 0:
            ok = not self._needs_passphrase or bool(self.passphrase.text())
        elif step == 1:
            groups = recovery_groups(self._identity) if self._identity else []
            typed = "".join(self.confirm.text().split()).upper()
            ok = bool(groups) and typed == groups[self._group_index]
        else:
            ok = True
        self.next_button.setEnabled(ok)

    def next_step(self) -> None:
        show_text(self.error, "")
        vault = self._session.vault
        if self.step == 0:
            text, check = self.passphrase.text(), vault.meta.has_passphrase

            def confirm_and_generate() -> str:
                if check:
                    verify_passphrase(vault, text)
                return new_recovery_identity()

            self.setEnabled(False)
            run_in_background(confirm_and_generate, self._show_key, self._failed, parent=self)
        elif self.step == 1:
            identity = self._identity
            self.setEnabled(False)
            run_in_background(
                lambda: vault.replace_recovery_key(identity),
                self._applied,
                self._failed,
                parent=self,
                progress=self.tr("Activating the new recovery key…"),
            )
        else:
            self.accept()

    def _show_key(self, identity: str) -> None:
        self.setEnabled(True)
        self.passphrase.clear()
        self._identity = identity
        groups = recovery_groups(identity)
        full = [i for i, group in enumerate(groups) if len(group) == len(groups[0])]
        self._group_index = full[secrets.randbelow(len(full))]
        self._fill_key(groups)
        printed = format_recovery_key(identity)
        self.key_prefix.setText(printed.split(" ", 1)[0])
        self.key_panel.setAccessibleDescription(printed)
        self.retranslate()
        self._go(1)
        self.confirm.setFocus()

    def _fill_key(self, groups: list[str]) -> None:
        padded = groups + [""] * (MAX_GROUPS - len(groups))
        for label, number, text in zip(self.group_labels, self.group_numbers, padded, strict=True):
            label.setText(text)
            number.setVisible(bool(text))

    def _applied(self, identity: str) -> None:
        self.setEnabled(True)
        self.new_key = identity
        self._identity = ""
        self._fill_key([])
        self.key_panel.setAccessibleDescription("")
        self._go(2)
        self._session.notify(Changes(settings=True), self)

    def _failed(self, error: CoachDeskError) -> None:
        self.setEnabled(True)
        show_text(self.error, tr_error(error))

    def _save_sheet(self) -> None:
        path = self._save_path(self, self.tr("CoachDesk Recovery Sheet.pdf"))
        if not path:
            return
        try:
            from coachdesk.services.recovery_sheet import write_recovery_sheet
        except ImportError:
            show_text(
                self.error, self.tr("Saving a Recovery Sheet is not available in this version.")
            )
            return
        name, identity, lang = (
            get_practice(self._session.db).name,
            self._identity,
            current_language(),
        )
        run_in_background(
            lambda: write_recovery_sheet(
                Path(path),
                practice_name=name,
                identity=identity,
                created=date.today(),
                language=lang,
            ),
            lambda _r: self.sheet_status.setText(
                self.tr('Saved. <a href="%1">Open the sheet</a> to print it.').replace(
                    "%1", QUrl.fromLocalFile(path).toString()
                )
            ),
            self._failed,
            parent=self,
        )
