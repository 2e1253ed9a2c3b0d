"""The Settings page: practice details, language, security, backups, retention and about.

Everything slow goes through ``run_in_background``: the keychain check and switch, the status
counts, and (in ``security_dialogs``) Argon2 and the recovery key replacement. Practice details
and auto-lock are single small writes and stay on the GUI thread.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.paths import DataPaths
from coachdesk.services.access import Vault, keyring_available
from coachdesk.services.settings import (
    AUTO_LOCK_MAX,
    AUTO_LOCK_MIN,
    get_practice,
    load_settings,
    save_practice,
    save_settings,
)
from coachdesk.services.status import VaultStatus, vault_status
from coachdesk.ui.background import run_in_background
from coachdesk.ui.backup.section import BackupSection
from coachdesk.ui.i18n import set_language, system_language, tr_error
from coachdesk.ui.i18n import tr_field_error as tr_field
from coachdesk.ui.i18n_phrases import minutes_suffix
from coachdesk.ui.pages import heading, muted
from coachdesk.ui.pages.retention_settings import RetentionSettings
from coachdesk.ui.pages.security_dialogs import (
    PassphraseDialog,
    RecoveryKeyDialog,
    SavePathProvider,
    ask_save_path,
    error_label,
    show_text,
)
from coachdesk.ui.prefs import Prefs
from coachdesk.ui.session import AppSession, Changes

PRACTICE_FIELDS = (
    "name",
    "coach_name",
    "street",
    "postcode",
    "city",
    "kvk",
    "email",
    "phone",
    "website",
)


class SettingsPage(QWidget):
    """Sections in one scrolling column; each saves on its own, nothing needs a restart."""

    def __init__(
        self,
        session: AppSession,
        paths: DataPaths,
        prefs: Prefs,
        parent: QWidget,
        *,
        save_path: SavePathProvider = ask_save_path,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._paths = paths
        self._prefs = prefs
        self._save_path = save_path
        self._keychain_ok: bool | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self._autolock_timer = QTimer(self)
        self._autolock_timer.setSingleShot(True)
        self._autolock_timer.setInterval(600)
        self._autolock_timer.timeout.connect(self.save_auto_lock)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(5000)
        self._status_timer.timeout.connect(lambda: show_text(self.practice_status, ""))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(32, 28, 32, 28)
        column.setSpacing(16)
        self.title = heading("", body, 1.8)
        column.addWidget(self.title)
        for group in (
            self._build_practice(body),
            self._build_language(body),
            self._build_security(body),
            self._build_backups(body),
            RetentionSettings(session, body),
            self._build_about(body),
        ):
            group.setMaximumWidth(760)
            column.addWidget(group)
        column.addStretch(1)
        scroll.setWidget(body)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Save),
            self.practice_group,
            self.save_practice,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.retranslate()
        self.load()
        session.changed.connect(self._on_changed)

    # --- building -------------------------------------------------------------------------

    def _build_practice(self, parent: QWidget) -> QGroupBox:
        self.practice_group = QGroupBox(parent)
        form = QFormLayout(self.practice_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.practice_labels: dict[str, QLabel] = {}
        self.practice_edits: dict[str, QLineEdit] = {}
        self.practice_errors: dict[str, QLabel] = {}
        for name in PRACTICE_FIELDS:
            label, edit = QLabel(self.practice_group), QLineEdit(self.practice_group)
            error = error_label(self.practice_group)
            label.setBuddy(edit)
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(edit)
            cell.addWidget(error)
            form.addRow(label, cell)
            self.practice_labels[name], self.practice_edits[name] = label, edit
            self.practice_errors[name] = error
        row = QHBoxLayout()
        self.save_practice_button = QPushButton(self.practice_group)
        self.save_practice_button.clicked.connect(self.save_practice)
        self.practice_status = muted(QLabel(self.practice_group))
        row.addWidget(self.save_practice_button)
        row.addWidget(self.practice_status, 1)
        form.addRow(row)
        return self.practice_group

    def _build_language(self, parent: QWidget) -> QGroupBox:
        self.language_group = QGroupBox(parent)
        form = QFormLayout(self.language_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_label = QLabel(self.language_group)
        self.language_combo = QComboBox(self.language_group)
        for code, name in (("", ""), ("nl", "Nederlands"), ("en", "English")):
            self.language_combo.addItem(name, code)
        self.language_label.setBuddy(self.language_combo)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.language_label, self.language_combo)
        return self.language_group

    def _build_security(self, parent: QWidget) -> QGroupBox:
        self.security_group = QGroupBox(parent)
        form = QFormLayout(self.security_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.auto_lock_label = QLabel(self.security_group)
        self.auto_lock = QSpinBox(self.security_group)
        self.auto_lock.setRange(AUTO_LOCK_MIN, AUTO_LOCK_MAX)
        self.auto_lock.valueChanged.connect(lambda _v: self._autolock_timer.start())
        self.auto_lock.valueChanged.connect(lambda v: self.auto_lock.setSuffix(minutes_suffix(v)))
        self.auto_lock_label.setBuddy(self.auto_lock)
        form.addRow(self.auto_lock_label, self.auto_lock)
        self.keychain_box = QCheckBox(self.security_group)
        self.keychain_box.toggled.connect(self._keychain_toggled)
        self.keychain_note = muted(QLabel(self.security_group))
        form.addRow(self.keychain_box)
        form.addRow(self.keychain_note)
        self.passphrase_button = QPushButton(self.security_group)
        self.passphrase_button.clicked.connect(self.open_passphrase_dialog)
        self.recovery_button = QPushButton(self.security_group)
        self.recovery_button.clicked.connect(self.open_recovery_dialog)
        row = QHBoxLayout()
        row.addWidget(self.passphrase_button)
        row.addWidget(self.recovery_button)
        row.addStretch(1)
        form.addRow(row)
        self.security_status = muted(QLabel(self.security_group))
        self.security_status.hide()
        form.addRow(self.security_status)
        return self.security_group

    def _build_backups(self, parent: QWidget) -> QGroupBox:
        self.backups = BackupSection(self._session, self._paths, parent)
        return self.backups

    def _build_about(self, parent: QWidget) -> QGroupBox:
        self.about_group = QGroupBox(parent)
        form = QFormLayout(self.about_group)
        self.about_labels: dict[str, QLabel] = {}
        self.about_values: dict[str, QLabel] = {}
        for key in ("version", "folder", "schema", "cipher"):
            label, value = QLabel(self.about_group), QLabel("…", self.about_group)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(label, value)
            self.about_labels[key], self.about_values[key] = label, value
        return self.about_group

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.practice_group.setTitle(self.tr("Practice details"))
        texts = {
            "name": self.tr("Practice name:"),
            "coach_name": self.tr("Your name:"),
            "street": self.tr("Street and number:"),
            "postcode": self.tr("Postcode:"),
            "city": self.tr("City:"),
            "kvk": self.tr("KvK number:"),
            "email": self.tr("E-mail:"),
            "phone": self.tr("Phone:"),
            "website": self.tr("Website:"),
        }
        for name, text in texts.items():
            self.practice_labels[name].setText(text)
            self.practice_edits[name].setAccessibleName(text.rstrip(":"))
        self.save_practice_button.setText(self.tr("Save practice details"))
        self.language_group.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("Language of CoachDesk:"))
        self.language_combo.setItemText(0, self.tr("Follow the system"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.security_group.setTitle(self.tr("Security"))
        self.auto_lock_label.setText(self.tr("Lock when not used for:"))
        self.auto_lock.setSuffix(minutes_suffix(self.auto_lock.value()))
        self.auto_lock.setAccessibleName(self.tr("Auto-lock minutes"))
        self.keychain_box.setText(self.tr("Open with my computer login"))
        self.keychain_box.setAccessibleName(self.keychain_box.text())
        self.recovery_button.setText(self.tr("New recovery key…"))
        self.about_group.setTitle(self.tr("About"))
        for key, text in (
            ("version", self.tr("Version:")),
            ("folder", self.tr("Data folder:")),
            ("schema", self.tr("Vault schema:")),
            ("cipher", self.tr("SQLCipher version:")),
        ):
            self.about_labels[key].setText(text)
        self._update_security()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self._autolock_timer.isActive():
            self.save_auto_lock()
        super().hideEvent(event)

    # --- loading --------------------------------------------------------------------------

    def load(self) -> None:
        practice = get_practice(self._session.db)
        for name in PRACTICE_FIELDS:
            self.practice_edits[name].setText(getattr(practice, name))
            show_text(self.practice_errors[name], "")
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(self._prefs.language))
        )
        self.language_combo.blockSignals(False)
        self.auto_lock.blockSignals(True)
        self.auto_lock.setValue(load_settings(self._session.db).auto_lock_minutes)
        self.auto_lock.blockSignals(False)
        self._update_security()
        if self._keychain_ok is None:
            run_in_background(keyring_available, self._keychain_checked, parent=self)
        vault = self._session.vault
        run_in_background(lambda: _status(vault), self._show_status, lambda _e: None, parent=self)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.practice and initiator is not self:
            self.load()
        elif changes.settings:
            self._update_security()

    def _show_status(self, status: VaultStatus) -> None:
        values = self.about_values
        values["version"].setText(status.app_version)
        values["folder"].setText(status.data_dir)
        values["schema"].setText(f"{status.schema_version} / {status.program_schema_version}")
        values["cipher"].setText(status.cipher_version)

    # --- practice -------------------------------------------------------------------------

    def save_practice(self) -> bool:
        """Validate and store; field errors appear under their fields."""
        current = get_practice(self._session.db)
        typed = {name: self.practice_edits[name].text() for name in PRACTICE_FIELDS}
        for label in self.practice_errors.values():
            show_text(label, "")
        try:
            saved = save_practice(self._session.db, replace(current, **typed))
        except ValidationError as exc:
            for name, message in exc.fields.items():
                if name in self.practice_errors:
                    show_text(self.practice_errors[name], tr_field(message))
            first = next((n for n in PRACTICE_FIELDS if n in exc.fields), None)
            if first:
                self.practice_edits[first].setFocus()
            show_text(self.practice_status, self.tr("Not saved: please correct the marked fields."))
            return False
        except CoachDeskError as exc:
            show_text(self.practice_status, tr_error(exc))
            return False
        for name in PRACTICE_FIELDS:
            self.practice_edits[name].setText(getattr(saved, name))
        show_text(self.practice_status, self.tr("Practice details saved."))
        self._status_timer.start()
        self._session.notify(Changes(practice=True), self)
        return True

    # --- language -------------------------------------------------------------------------

    def _language_chosen(self, index: int) -> None:
        code = str(self.language_combo.itemData(index) or "")
        self._prefs.language = code
        set_language(code or system_language())

    # --- security -------------------------------------------------------------------------

    def save_auto_lock(self) -> None:
        self._autolock_timer.stop()
        db = self._session.db
        settings = load_settings(db)
        if settings.auto_lock_minutes == self.auto_lock.value():
            return
        try:
            save_settings(db, replace(settings, auto_lock_minutes=self.auto_lock.value()))
        except CoachDeskError as exc:
            show_text(self.security_status, tr_error(exc))
            return
        self._session.notify(Changes(settings=True), self)

    def _keychain_checked(self, available: bool) -> None:
        self._keychain_ok = bool(available)
        self._update_security()

    def _update_security(self) -> None:
        meta = self._session.vault.meta
        self.keychain_box.blockSignals(True)
        self.keychain_box.setChecked(meta.keyring)
        self.keychain_box.blockSignals(False)
        if self._keychain_ok is None:
            note, enabled = self.tr("Checking for a keychain on this computer…"), False
        elif not self._keychain_ok:
            note, enabled = (
                self.tr(
                    "This computer has no keychain CoachDesk can use, so your "
                    "passphrase opens CoachDesk."
                ),
                False,
            )
        elif meta.keyring and not meta.has_passphrase:
            note, enabled = (
                self.tr(
                    "To turn this off, set a passphrase first: otherwise only "
                    "the recovery key could open CoachDesk."
                ),
                False,
            )
        else:
            note, enabled = (
                self.tr(
                    "When on, CoachDesk opens without a passphrase while you "
                    "are logged in to this computer. Anyone using your login "
                    "can then open it too."
                ),
                True,
            )
        self.keychain_box.setEnabled(enabled)
        self.keychain_note.setText(note)
        self.passphrase_button.setText(
            self.tr("Change passphrase…") if meta.has_passphrase else self.tr("Set a passphrase…")
        )

    def _keychain_toggled(self, enabled: bool) -> None:
        vault = self._session.vault
        self.keychain_box.setEnabled(False)

        def done(_result: object) -> None:
            show_text(
                self.security_status,
                self.tr("CoachDesk now opens with your computer login.")
                if enabled
                else self.tr("CoachDesk no longer opens with your computer login."),
            )
            self._session.notify(Changes(settings=True), self)

        def failed(error: CoachDeskError) -> None:
            show_text(self.security_status, tr_error(error))

        run_in_background(
            lambda: vault.set_keyring(enabled),
            done,
            failed,
            parent=self,
            on_finished=self._update_security,
        )

    def open_passphrase_dialog(self) -> PassphraseDialog:
        dialog = PassphraseDialog(self._session.vault, self)
        dialog.accepted.connect(self._passphrase_saved)
        self.passphrase_dialog = dialog
        dialog.open()
        return dialog

    def _passphrase_saved(self) -> None:
        show_text(self.security_status, self.tr("Your new passphrase is saved."))
        self._session.notify(Changes(settings=True), self)

    def open_recovery_dialog(self) -> RecoveryKeyDialog:
        dialog = RecoveryKeyDialog(self._session, self, self._save_path)
        self.recovery_dialog = dialog
        dialog.open()
        return dialog


def _status(vault: Vault) -> VaultStatus:
    """In a worker, on its own connection (the counts may take a moment on a big vault)."""
    with vault.session() as db:
        return vault_status(vault, db)
