"""The lock screen: the only window shown while the vault is locked.

Nothing about the practice is known before unlocking, so it shows the app's name and mark.
Where the vault keeps a key in the system keychain, that is tried at once in the background;
otherwise (or when it fails) the coach types the passphrase, or the recovery key as printed.
Argon2 and the keychain run in a worker, so the window never freezes. A wrong secret and a
damaged vault get different messages, and repeated wrong secrets make the next try wait.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import (
    CoachDeskError,
    KeyringUnavailable,
    NoKeyAvailable,
    UnlockError,
)
from coachdesk.paths import DataPaths
from coachdesk.services.access import Credential, Keychain, Passphrase, RecoveryKey, unlock_vault
from coachdesk.services.unlock_info import unlock_info
from coachdesk.ui.background import BackgroundTask, run_in_background
from coachdesk.ui.i18n import tr_error
from coachdesk.ui.pages import app_icon, muted, scaled_font

FREE_ATTEMPTS = 3
MAX_DELAY_S = 60
CARD_WIDTH = 400


def delay_after(failures: int) -> int:
    """Seconds to wait before the next try: none for the first three, then 2, 4, 8 … 60."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(2 ** (failures - FREE_ATTEMPTS + 1), MAX_DELAY_S)


def _as_link(button: QPushButton) -> None:
    """A quiet secondary action that reads like a link, as on most lock screens."""
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(
        "QPushButton { color: palette(link); border: none; padding: 2px 0; text-align: left; }"
        "QPushButton:hover { text-decoration: underline; }"
        "QPushButton:disabled { color: palette(mid); }"
    )


class UnlockScreen(QWidget):
    """Emits ``unlocked(Vault)``; the app then closes this screen and opens the main window."""

    unlocked = Signal(object)

    def __init__(
        self,
        paths: DataPaths,
        parent: QWidget | None = None,
        *,
        try_keychain: bool = True,
        tick_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._info = unlock_info(paths)
        self._recovery_mode = not self._info.has_passphrase
        self._failures = 0
        self._wait_left = 0
        self._task: BackgroundTask | None = None
        # After a lock the keychain is only used on request: opening again by itself would
        # make locking pointless while the coach is away.
        self._keychain_offered = not try_keychain
        self._keychain_failed = False
        self._keychain_attempt = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(tick_ms)
        self._countdown.timeout.connect(self._tick)
        self._build()
        self.retranslate()
        if self._info.problem is not None:
            self._show_error(tr_error(self._info.problem))
        self._update_state()
        if try_keychain and self._info.has_keyring:
            self.try_keychain()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowIcon(app_icon())
        self.resize(560, 600)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame(self)
        card.setFixedWidth(CARD_WIDTH)
        box = QVBoxLayout(card)
        box.setSpacing(10)
        self.logo = QLabel(card)
        self.logo.setPixmap(app_icon().pixmap(72, 72))
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(card)
        self.title.setFont(scaled_font(self.title, 2.0, bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = muted(QLabel(card))
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (self.logo, self.title, self.subtitle):
            box.addWidget(w)
        box.addSpacing(16)

        self.keychain_row = QWidget(card)
        row = QVBoxLayout(self.keychain_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.keychain_label = QLabel(self.keychain_row)
        self.keychain_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keychain_bar = QProgressBar(self.keychain_row)
        self.keychain_bar.setRange(0, 0)
        self.keychain_bar.setTextVisible(False)
        self.keychain_bar.setMaximumHeight(6)
        row.addWidget(self.keychain_label)
        row.addWidget(self.keychain_bar)
        box.addWidget(self.keychain_row)

        self.prompt = QLabel(card)
        self.prompt.setWordWrap(True)
        box.addWidget(self.prompt)
        self.fields = QWidget(card)
        fields = QVBoxLayout(self.fields)
        fields.setContentsMargins(0, 0, 0, 0)
        self.passphrase = QLineEdit(self.fields)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumHeight(self.passphrase.sizeHint().height() + 6)
        self.passphrase.returnPressed.connect(self.submit)
        self.recovery = QPlainTextEdit(self.fields)
        self.recovery.setTabChangesFocus(True)
        self.recovery.setFixedHeight(self.recovery.fontMetrics().lineSpacing() * 4 + 12)
        fields.addWidget(self.passphrase)
        fields.addWidget(self.recovery)
        box.addWidget(self.fields)
        self.prompt.setBuddy(self.passphrase)

        self.error = QLabel(card)
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self.error.palette()
        palette.setColor(self.error.foregroundRole(), Qt.GlobalColor.darkRed)
        self.error.setPalette(palette)
        box.addWidget(self.error)
        self.wait_label = muted(QLabel(card))
        box.addWidget(self.wait_label)

        buttons = QHBoxLayout()
        self.toggle = QPushButton(card)
        _as_link(self.toggle)
        self.toggle.clicked.connect(self._toggle_mode)
        self.unlock_button = QPushButton(card)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        buttons.addWidget(self.toggle)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        box.addLayout(buttons)
        self.retry_keychain = QPushButton(card)
        _as_link(self.retry_keychain)
        self.retry_keychain.clicked.connect(self.try_keychain)
        box.addWidget(self.retry_keychain, 0, Qt.AlignmentFlag.AlignLeft)

        row = QHBoxLayout()  # not an alignment flag, so wrapped messages get their full height
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.passphrase, self.recovery)
        self.setTabOrder(self.recovery, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.toggle)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CoachDesk — locked"))
        self.title.setText(self.tr("CoachDesk"))
        self.subtitle.setText(self.tr("Your client files are locked."))
        self.keychain_label.setText(self.tr("Opening with your computer login…"))
        self.keychain_bar.setAccessibleName(self.tr("Opening with your computer login"))
        self.prompt.setText(
            self.tr("Recovery key (as printed on your Recovery Sheet):")
            if self._recovery_mode
            else self.tr("&Passphrase:")
        )
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.recovery.setPlaceholderText("AGE-SECRET-KEY-1 …")
        self.unlock_button.setText(self.tr("Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.toggle.setText(
            self.tr("Use my passphrase instead")
            if self._recovery_mode
            else self.tr("Use recovery key instead")
        )
        self.toggle.setAccessibleName(self.toggle.text())
        self.retry_keychain.setText(
            self.tr("Try my computer login again")
            if self._keychain_failed
            else self.tr("Unlock with my computer login")
        )
        self.retry_keychain.setAccessibleName(self.retry_keychain.text())
        self.error.setAccessibleName(self.tr("Unlock problem"))
        self._show_wait()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def current_field(self) -> QWidget:
        return self.recovery if self._recovery_mode else self.passphrase

    @property
    def failures(self) -> int:
        return self._failures

    @property
    def seconds_to_wait(self) -> int:
        return self._wait_left

    def _update_state(self) -> None:
        keychain_running = self.busy and self._keychain_attempt
        self.keychain_row.setVisible(keychain_running)
        blocked = self.busy or self._wait_left > 0
        self.passphrase.setVisible(not self._recovery_mode)
        self.recovery.setVisible(self._recovery_mode)
        self.fields.setEnabled(not blocked)
        self.unlock_button.setEnabled(not blocked)
        self.toggle.setEnabled(not self.busy)
        self.toggle.setVisible(self._info.has_passphrase)
        self.retry_keychain.setVisible(
            self._info.has_keyring and (self._keychain_failed or self._keychain_offered)
        )
        self.retry_keychain.setEnabled(not self.busy)
        self.prompt.setBuddy(self.current_field)

    def _toggle_mode(self) -> None:
        self._recovery_mode = not self._recovery_mode
        self.error.clear()
        self.retranslate()
        self._update_state()
        self._focus_field()

    def _focus_field(self) -> None:
        self.current_field.setFocus()

    # --- attempts -------------------------------------------------------------------------

    def try_keychain(self) -> None:
        """Ask the system keychain for the key, in the background."""
        self._start(Keychain(), keychain=True)

    def submit(self) -> None:
        """Unlock with what the coach typed."""
        if self.busy or self._wait_left > 0:
            return
        if self._recovery_mode:
            text = self.recovery.toPlainText().strip()
            credential: Credential = RecoveryKey(text)
        else:
            text = self.passphrase.text()
            credential = Passphrase(text)
        if not text.strip():
            self._show_error(
                self.tr("Type your recovery key first.")
                if self._recovery_mode
                else self.tr("Type your passphrase first.")
            )
            self._focus_field()
            return
        self._start(credential, keychain=False)

    def _start(self, credential: Credential, *, keychain: bool) -> None:
        if self.busy:
            return
        self._keychain_attempt = keychain
        if not keychain:
            self.error.clear()
        paths = self._paths
        self._task = run_in_background(
            lambda: unlock_vault(paths, credential),
            self._on_unlocked,
            lambda err: self._on_failed(err, keychain),
            parent=self,
            on_finished=self._on_finished,
        )
        self._update_state()

    def _on_finished(self) -> None:
        self._task = None
        self._update_state()

    def _on_unlocked(self, vault: object) -> None:
        self.passphrase.clear()
        self.recovery.clear()
        self.error.clear()
        self._failures = 0
        self.unlocked.emit(vault)

    def _on_failed(self, error: CoachDeskError, keychain: bool) -> None:
        if keychain:
            self._keychain_failed = True
            self.retranslate()
            if isinstance(error, (NoKeyAvailable, KeyringUnavailable)):
                self._show_error(
                    self.tr(
                        "Your computer login could not open CoachDesk this time. Use your "
                        "passphrase or recovery key instead."
                    )
                    if self._info.has_passphrase
                    else self.tr(
                        "Your computer login could not open CoachDesk this time. Use "
                        "your recovery key instead."
                    )
                )
            else:
                self._show_error(tr_error(error))
            QTimer.singleShot(0, self, self._focus_field)
            return
        self._show_error(tr_error(error))
        if isinstance(error, UnlockError):
            self._failures += 1
            self._wait_left = delay_after(self._failures)
            if self._wait_left:
                self._countdown.start()
            self._show_wait()
        if not self._recovery_mode:
            self.passphrase.selectAll()
        QTimer.singleShot(0, self, self._focus_field)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)

    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left == 0:
            self._countdown.stop()
        self._show_wait()
        self._update_state()
        if self._wait_left == 0:
            self._focus_field()

    def _show_wait(self) -> None:
        if self._wait_left > 0:
            self.wait_label.setText(
                self.tr(
                    "For your safety, wait %n second(s) before the next try.", "", self._wait_left
                )
            )
            self.wait_label.show()
        else:
            self.wait_label.clear()
            self.wait_label.hide()
