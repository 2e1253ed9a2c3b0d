"""The lock screen: passphrase, recovery key, keychain, damage, and slowing down."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from coachdesk.domain.errors import (
    MalformedRecoveryKey,
    VaultDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)
from coachdesk.paths import DataPaths
from coachdesk.services.access import format_recovery_key
from coachdesk.services.unlock_info import unlock_info
from coachdesk.ui import background
from coachdesk.ui.i18n import tr_error
from coachdesk.ui.unlock import MAX_DELAY_S, UnlockScreen, delay_after
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
SLOW = 15_000  # ms: Argon2id with 64 MiB runs a few tenths of a second, more on a busy CI


@pytest.fixture
def passphrase_vault(paths: DataPaths) -> tuple[Vault, str]:
    """A vault that only a passphrase (or the recovery key) opens."""
    return Vault.create(paths, passphrase=PASSPHRASE, use_keyring=False)


@pytest.fixture
def make_screen(paths: DataPaths, qtbot: object) -> Iterator[object]:
    screens: list[UnlockScreen] = []

    def make(**kwargs: object) -> UnlockScreen:
        screen = UnlockScreen(paths, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(screen)  # type: ignore[attr-defined]
        screen.show()
        screens.append(screen)
        return screen

    yield make
    qtbot.waitUntil(lambda: background.pending_tasks() == 0, timeout=SLOW)  # type: ignore[attr-defined]


def wait_idle(qtbot: object, screen: UnlockScreen) -> None:
    qtbot.waitUntil(lambda: not screen.busy, timeout=SLOW)  # type: ignore[attr-defined]


def test_delay_grows_after_three_failures_and_is_capped() -> None:
    assert [delay_after(n) for n in range(8)] == [0, 0, 0, 2, 4, 8, 16, 32]
    assert delay_after(50) == MAX_DELAY_S == 60


def test_right_passphrase_unlocks(
    passphrase_vault: tuple[Vault, str], make_screen: object, qtbot: object
) -> None:
    screen = make_screen()
    assert not screen.keychain_row.isVisible()
    assert screen.passphrase.accessibleName() == "Passphrase"
    screen.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked, timeout=SLOW) as blocker:
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    vault = blocker.args[0]
    assert isinstance(vault, Vault) and not vault.is_locked
    assert screen.passphrase.text() == ""
    vault.lock()


def test_wrong_passphrase_says_so_and_keeps_the_field(
    passphrase_vault: tuple[Vault, str], make_screen: object, qtbot: object
) -> None:
    screen = make_screen()
    screen.passphrase.setText("wrong horse battery staple")
    screen.submit()
    assert screen.busy and not screen.unlock_button.isEnabled()
    wait_idle(qtbot, screen)
    assert screen.error.text() == tr_error(WrongPassphrase())
    assert screen.failures == 1 and screen.seconds_to_wait == 0
    assert screen.unlock_button.isEnabled()


def test_empty_passphrase_asks_first(
    passphrase_vault: tuple[Vault, str], make_screen: object
) -> None:
    screen = make_screen()
    screen.submit()
    assert not screen.busy
    assert "passphrase" in screen.error.text()


def test_damaged_vault_gets_its_own_message(
    passphrase_vault: tuple[Vault, str], paths: DataPaths, make_screen: object, qtbot: object
) -> None:
    passphrase_vault[0].lock()
    with open(paths.vault_db, "r+b") as fh:  # page 1, past the salt: the HMAC no longer fits
        fh.seek(200)
        fh.write(b"\x00" * 64)
    screen = make_screen()
    screen.passphrase.setText(PASSPHRASE)
    screen.submit()
    wait_idle(qtbot, screen)
    assert screen.error.text().startswith("The vault file is damaged")
    assert screen.error.text() != tr_error(WrongPassphrase())
    assert screen.failures == 0  # the key was right: no slowing down


def test_unreadable_meta_is_reported_at_once(
    passphrase_vault: tuple[Vault, str], paths: DataPaths, make_screen: object
) -> None:
    paths.meta.write_text("{ not json")
    info = unlock_info(paths)
    assert isinstance(info.problem, VaultDamaged) and info.has_passphrase
    screen = make_screen()
    assert screen.error.text().startswith("The vault file is damaged")


def test_failures_slow_down_with_a_visible_countdown(
    passphrase_vault: tuple[Vault, str], make_screen: object, qtbot: object
) -> None:
    screen = make_screen(tick_ms=100)
    for attempt in range(3):
        screen.passphrase.setText(f"wrong passphrase number {attempt}")
        screen.submit()
        wait_idle(qtbot, screen)
    assert screen.failures == 3
    assert screen.seconds_to_wait == 2
    assert not screen.unlock_button.isEnabled() and not screen.fields.isEnabled()
    assert screen.wait_label.isVisible() and "2 second" in screen.wait_label.text()
    screen.passphrase.setText(PASSPHRASE)
    screen.submit()  # ignored while waiting
    assert not screen.busy
    qtbot.waitUntil(lambda: screen.unlock_button.isEnabled(), timeout=3000)
    assert not screen.wait_label.isVisible()
    with qtbot.waitSignal(screen.unlocked, timeout=SLOW) as blocker:
        screen.submit()
    blocker.args[0].lock()


def test_recovery_key_as_printed_unlocks(
    passphrase_vault: tuple[Vault, str], make_screen: object, qtbot: object
) -> None:
    screen = make_screen()
    qtbot.mouseClick(screen.toggle, Qt.MouseButton.LeftButton)
    assert screen.current_field is screen.recovery and screen.recovery.isVisible()
    assert screen.toggle.text() == "Use my passphrase instead"
    printed = format_recovery_key(passphrase_vault[1]).lower()
    half = len(printed) // 2
    screen.recovery.setPlainText(printed[:half] + "\n" + printed[half:])
    with qtbot.waitSignal(screen.unlocked, timeout=SLOW) as blocker:
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    blocker.args[0].lock()


def test_wrong_and_malformed_recovery_keys(
    passphrase_vault: tuple[Vault, str], make_screen: object, qtbot: object
) -> None:
    other = Vault.create(
        DataPaths(passphrase_vault[0].paths.root.parent / "other"), passphrase=PASSPHRASE
    )[1]
    screen = make_screen()
    screen._toggle_mode()
    screen.recovery.setPlainText(other)
    screen.submit()
    wait_idle(qtbot, screen)
    assert screen.error.text() == tr_error(WrongRecoveryKey())
    screen.recovery.setPlainText("AGE-SECRET-KEY-1 not really")
    screen.submit()
    wait_idle(qtbot, screen)
    assert screen.error.text() == tr_error(MalformedRecoveryKey())
    assert screen.failures == 2


def test_keychain_unlocks_without_asking(vault: Vault, make_screen: object, qtbot: object) -> None:
    screen = make_screen()
    assert screen.busy and screen.keychain_row.isVisible()
    with qtbot.waitSignal(screen.unlocked, timeout=SLOW) as blocker:
        pass
    assert blocker.args[0].vault_id == vault.vault_id
    blocker.args[0].lock()


def test_after_a_lock_the_keychain_waits_for_a_click(
    vault: Vault, make_screen: object, qtbot: object
) -> None:
    screen = make_screen(try_keychain=False)
    assert not screen.busy
    assert screen.retry_keychain.isVisible()
    assert screen.retry_keychain.text() == "Unlock with my computer login"
    with qtbot.waitSignal(screen.unlocked, timeout=SLOW) as blocker:
        qtbot.mouseClick(screen.retry_keychain, Qt.MouseButton.LeftButton)
    blocker.args[0].lock()


def test_keychain_without_the_key_falls_back_to_the_passphrase(
    vault: Vault, memory_keyring: object, make_screen: object, qtbot: object
) -> None:
    memory_keyring.secrets.clear()  # type: ignore[attr-defined]
    screen = make_screen()
    wait_idle(qtbot, screen)
    assert "computer login could not open" in screen.error.text()
    assert screen.retry_keychain.isVisible()
    assert screen.retry_keychain.text() == "Try my computer login again"
    assert screen.failures == 0 and screen.unlock_button.isEnabled()


def test_texts_follow_a_language_change(
    passphrase_vault: tuple[Vault, str], make_screen: object
) -> None:
    screen = make_screen()
    screen.title.setText("stale")
    QCoreApplication.sendEvent(screen, QEvent(QEvent.Type.LanguageChange))
    assert screen.title.text() == "CoachDesk"
