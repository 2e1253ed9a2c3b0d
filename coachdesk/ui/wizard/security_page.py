"""Security: how the vault is opened, in plain words, and creating it when the coach goes on.

Leaving this page creates the vault in a worker (Argon2id takes a noticeable moment), then
saves the practice details in a second step. ``validatePage`` returns False while that runs and
the page moves the wizard on itself when it is done; on an error the page stays with the
message. The passphrase is cleared from the fields as soon as the vault exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.services.access import MIN_PASSPHRASE_LENGTH, Vault, create_vault
from coachdesk.services.setup import store_practice_profile
from coachdesk.ui.background import run_in_background
from coachdesk.ui.wizard.common import FieldHint, muted, wrapped
from coachdesk.ui.wizard.strength import Strength, estimate

if TYPE_CHECKING:
    from coachdesk.ui.setup_wizard import SetupWizard

MSG_MISMATCH = QT_TRANSLATE_NOOP("SecurityPage", "The two passphrases are not the same.")
MSG_NO_PASSPHRASE = QT_TRANSLATE_NOOP(
    "SecurityPage",
    "Without a passphrase, anyone who can log in to this computer as you can open your client "
    "files.",
)
# indexed by Strength: too short, weak, fair, good, strong
METER_COLOURS = ("#b3261e", "#b3261e", "#c77700", "#3b7d23", "#1e6b35")


class SecurityPage(QWizardPage):
    def __init__(self, owner: SetupWizard) -> None:
        super().__init__(owner)
        self._owner = owner
        self.busy = False
        self.setCommitPage(True)  # after the vault exists there is no going back to change it
        self.passphrase = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._changed)
        self.repeat.editingFinished.connect(lambda: self._update_hints(final=True))
        self.passphrase_label = QLabel(self)
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label = QLabel(self)
        self.repeat_label.setBuddy(self.repeat)
        self.show_box = QCheckBox(self)
        self.show_box.toggled.connect(self._toggle_echo)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, int(Strength.STRONG))
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.meter_label = QLabel(self)
        self.hint = FieldHint(self)
        self.keychain = QCheckBox(self)
        self.keychain.setEnabled(False)
        self.keychain.toggled.connect(self._changed)
        self.keychain_status = muted(QLabel(self))
        self.no_passphrase_warning = FieldHint(self)
        self.explain_passphrase = wrapped(QLabel(self))
        self.explain_keychain = wrapped(QLabel(self))
        self.explain_recovery = wrapped(QLabel(self))
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(160)
        self.busy_label = QLabel(self)
        self.error = FieldHint(self)
        self._build()
        self._set_busy(False)
        owner.keyring_checked.connect(self._keyring_known)
        self._keyring_known(owner.keyring_available)
        self.retranslate()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.meter_label, 1)
        checks = QVBoxLayout()
        checks.setSpacing(4)
        checks.addLayout(meter_row)
        checks.addWidget(self.hint)
        checks.addWidget(self.show_box)
        form.addRow("", checks)
        explain = QFrame(self)
        explain.setObjectName("explain")
        explain.setStyleSheet("QFrame#explain { background: palette(alternate-base);"
                              " border-radius: 6px; }")  # fmt: skip
        explain_layout = QVBoxLayout(explain)
        for label in (self.explain_passphrase, self.explain_keychain, self.explain_recovery):
            explain_layout.addWidget(label)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_bar)
        busy_row.addWidget(self.busy_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.keychain)
        layout.addWidget(self.keychain_status)
        layout.addWidget(self.no_passphrase_warning)
        layout.addSpacing(6)
        layout.addWidget(explain)
        layout.addStretch(1)
        layout.addLayout(busy_row)
        layout.addWidget(self.error)

    # --- state ------------------------------------------------------------------------------

    def _keyring_known(self, available: bool | None) -> None:
        self.keychain.setEnabled(bool(available) and not self.busy)
        if not available:
            self.keychain.setChecked(False)
        self._update_keychain_status()
        self.completeChanged.emit()

    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _changed(self) -> None:
        self._update_meter()
        self._update_hints(final=False)
        self.completeChanged.emit()

    def _update_meter(self) -> None:
        text = self.passphrase.text()
        result = estimate(text, MIN_PASSPHRASE_LENGTH)
        self.meter.setValue(int(result.strength) if text else 0)
        colour = METER_COLOURS[result.strength]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.meter_label.setText(self._strength_text(result.strength) if text else "")

    def _update_hints(self, *, final: bool) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        mismatch = bool(second) and first != second
        if mismatch and (final or len(second) >= len(first)):
            self.hint.show_message("SecurityPage", MSG_MISMATCH)
        elif not mismatch:
            self.hint.clear()
        if self.keychain.isChecked() and not first:
            self.no_passphrase_warning.show_message("SecurityPage", MSG_NO_PASSPHRASE)
        else:
            self.no_passphrase_warning.clear()

    def isComplete(self) -> bool:
        if self.busy:
            return False
        if self._owner.created_vault is not None:
            return True  # only the practice details still need saving (a retry)
        first, second = self.passphrase.text(), self.repeat.text()
        if not first and not second:
            return self.keychain.isChecked() and bool(self._owner.keyring_available)
        return len(first.strip()) >= MIN_PASSPHRASE_LENGTH and first == second

    # --- creating the vault -----------------------------------------------------------------

    def validatePage(self) -> bool:
        owner = self._owner
        if owner.created_vault is not None and owner.practice_saved:
            return True
        if not self.busy and self.isComplete():
            self._start()
        return False

    def _start(self) -> None:
        self.error.clear()
        self._set_busy(True)
        owner = self._owner
        if owner.created_vault is None:
            paths = owner.paths
            passphrase = self.passphrase.text() or None
            use_keyring = self.keychain.isChecked()
            run_in_background(
                lambda: create_vault(paths, passphrase=passphrase, use_keyring=use_keyring),
                self._created,
                self._failed,
                parent=self,
            )
        else:
            self._save_practice(owner.created_vault)

    def _created(self, result: tuple[Vault, str]) -> None:
        vault, identity = result
        self._owner.vault_created(vault, identity)
        self.passphrase.clear()
        self.repeat.clear()
        self._save_practice(vault)

    def _save_practice(self, vault: Vault) -> None:
        practice, logo = self._owner.practice_details()
        run_in_background(
            lambda: store_practice_profile(vault, practice, logo),
            self._practice_saved,
            self._failed,
            parent=self,
        )

    def _practice_saved(self, _stored: object) -> None:
        self._owner.practice_saved = True
        self._set_busy(False)
        if self._owner.currentPage() is self:
            self._owner.next()

    def _failed(self, error: CoachDeskError) -> None:
        self._set_busy(False)
        self.error.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        editable = not busy and self._owner.created_vault is None
        for widget in (self.passphrase, self.repeat, self.show_box):
            widget.setEnabled(editable)
        self.keychain.setEnabled(editable and bool(self._owner.keyring_available))
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.completeChanged.emit()  # QWizard re-enables its buttons here; set_busy comes after
        self._owner.set_busy(busy)

    # --- texts ------------------------------------------------------------------------------

    def _strength_text(self, strength: Strength) -> str:
        return {
            Strength.TOO_SHORT: self.tr("Too short: use at least %n characters.", "",
                                        MIN_PASSPHRASE_LENGTH),
            Strength.WEAK: self.tr("Weak: easy to guess. Add a few unusual words."),
            Strength.FAIR: self.tr("Fair. A few more words make it much stronger."),
            Strength.GOOD: self.tr("Good."),
            Strength.STRONG: self.tr("Strong."),
        }[strength]  # fmt: skip

    def _update_keychain_status(self) -> None:
        available = self._owner.keyring_available
        if available is None:
            text = self.tr("Checking whether this computer has a keychain…")
        elif available:
            text = ""
        else:
            text = self.tr(
                "This computer has no keychain that CoachDesk can use, so a passphrase is required."
            )
        self.keychain_status.setText(text)
        self.keychain_status.setVisible(bool(text))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Opening CoachDesk safely"))
        self.setSubTitle(
            self.tr("Your client files are always encrypted. Choose what unlocks them.")
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create &vault"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.passphrase.setPlaceholderText(self.tr("A few words only you would think of"))
        self.show_box.setText(self.tr("&Show passphrase"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.keychain.setText(self.tr("Open with my &computer login (keychain)"))
        self.keychain.setAccessibleName(self.tr("Open with my computer login"))
        explanations = (
            (self.explain_passphrase, self.tr("Passphrase"), self.tr(
                "Protects your files when someone has your laptop and can log in as you. You "
                "type it each time you open CoachDesk.")),
            (self.explain_keychain, self.tr("Computer login"), self.tr(
                "Convenient: CoachDesk opens without typing when you are logged in. Anyone "
                "who is logged in to this computer as you can open it too.")),
            (self.explain_recovery, self.tr("Recovery key"), self.tr(
                "Comes on the next page. It opens your files when you forget the passphrase "
                "or this computer breaks. There is no other way in: the makers of CoachDesk "
                "cannot open your files either.")),
        )  # fmt: skip
        for label, heading, text in explanations:
            label.setText(f"<b>{heading}</b><br>{text}")
        self.busy_label.setText(self.tr("Creating your encrypted vault…"))
        self._update_meter()
        self._update_keychain_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
