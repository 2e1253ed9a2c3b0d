"""Locking: after idle time, on Ctrl+L, on screen lock; and what 'locked' means."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from coachdesk.domain.errors import StorageError
from coachdesk.paths import DataPaths
from coachdesk.services.settings import VaultSettings, save_settings
from coachdesk.ui import background, crash
from coachdesk.ui.app import AppController
from coachdesk.ui.autolock import AutoLock
from coachdesk.ui.prefs import Prefs
from coachdesk.ui.session import Changes
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def make_controller(paths: DataPaths, autolock_ms: int | None) -> AppController:
    return AppController(paths, Prefs(paths), autolock_ms=autolock_ms, watch_screen=True)


@pytest.fixture
def controllers(paths: DataPaths) -> Iterator[list[AppController]]:
    made: list[AppController] = []
    yield made
    for ctl in made:
        ctl.shutdown()
        for window in (ctl.main_window, ctl.unlock_screen):
            if window is not None:
                window.close()
                window.deleteLater()
    background.wait_for_background()
    flush_deletes()


def open_unlocked(
    controllers: list[AppController], paths: DataPaths, vault: Vault, autolock_ms: int | None = None
) -> AppController:
    ctl = make_controller(paths, autolock_ms)
    controllers.append(ctl)
    ctl.open_main(vault)
    return ctl


def put_opened_document(paths: DataPaths) -> None:
    paths.private_tmp.mkdir(mode=0o700, parents=True, exist_ok=True)
    (paths.private_tmp / "intake Jansen.pdf").write_bytes(b"%PDF plaintext")


def assert_locked(ctl: AppController, vault: Vault, paths: DataPaths, window: QWidget) -> None:
    assert ctl.session is None and ctl.main_window is None
    assert vault.is_locked
    assert not window.isVisible()
    flush_deletes()
    assert not shiboken6.isValid(window)  # destroyed: nothing of the practice stays around
    assert ctl.unlock_screen is not None and ctl.unlock_screen.isVisible()
    assert not ctl.unlock_screen.busy  # after a lock the keychain does not reopen by itself
    assert not paths.private_tmp.exists() or not any(paths.private_tmp.iterdir())


def test_idle_time_locks_and_wipes_the_private_folder(
    controllers: list[AppController], paths: DataPaths, vault: Vault, qtbot: object
) -> None:
    ctl = open_unlocked(controllers, paths, vault, autolock_ms=150)
    window = ctl.main_window
    put_opened_document(paths)
    with qtbot.waitSignal(ctl.locked, timeout=3000):
        pass
    assert_locked(ctl, vault, paths, window)


def test_ctrl_l_locks(
    controllers: list[AppController], paths: DataPaths, vault: Vault, qtbot: object
) -> None:
    ctl = open_unlocked(controllers, paths, vault)
    window = ctl.main_window
    put_opened_document(paths)
    with qtbot.waitActive(window):
        window.activateWindow()
    with qtbot.waitSignal(ctl.locked, timeout=3000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(ctl, vault, paths, window)


def test_screen_lock_locks(
    controllers: list[AppController], paths: DataPaths, vault: Vault, qtbot: object
) -> None:
    ctl = open_unlocked(controllers, paths, vault)
    window = ctl.main_window
    assert ctl.autolock is not None and ctl.autolock.watcher is not None
    with qtbot.waitSignal(ctl.locked, timeout=3000):
        ctl.autolock.watcher.screen_locked.emit()
    assert_locked(ctl, vault, paths, window)


def test_lock_closes_an_open_dialog_first(
    controllers: list[AppController], paths: DataPaths, vault: Vault, qtbot: object
) -> None:
    ctl = open_unlocked(controllers, paths, vault)
    window = ctl.main_window
    dialog = QDialog(window)
    dialog.open()
    rejected: list[bool] = []
    dialog.rejected.connect(lambda: rejected.append(True))
    ctl.lock()
    assert rejected == [True]
    assert_locked(ctl, vault, paths, window)


def test_unlock_again_after_a_lock(
    controllers: list[AppController], paths: DataPaths, vault: Vault, qtbot: object
) -> None:
    ctl = open_unlocked(controllers, paths, vault)
    ctl.lock()
    screen = ctl.unlock_screen
    screen.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(ctl.opened, timeout=15_000):
        screen.submit()
    assert ctl.main_window is not None and ctl.main_window.isVisible()
    assert ctl.unlock_screen is None


def test_input_postpones_the_lock(qtbot: object) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    autolock = AutoLock(owner, interval_ms=300, watch_screen=False)
    fired: list[bool] = []
    autolock.lock_requested.connect(lambda: fired.append(True))
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(owner, Qt.Key.Key_A)
    assert fired == []
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    qtbot.wait(400)
    assert fired == [True]  # once: the timer stopped for good


def test_stopped_autolock_ignores_everything(qtbot: object) -> None:
    owner = QObject()
    autolock = AutoLock(owner, interval_ms=50, watch_screen=True)
    fired: list[bool] = []
    autolock.lock_requested.connect(lambda: fired.append(True))
    autolock.stop()
    autolock.watcher.screen_locked.emit()
    qtbot.wait(150)
    assert fired == []


def test_changed_setting_changes_the_idle_time(
    controllers: list[AppController], paths: DataPaths, vault: Vault
) -> None:
    ctl = open_unlocked(controllers, paths, vault)
    assert ctl.autolock.interval_ms == 10 * 60_000
    save_settings(ctl.session.db, VaultSettings(auto_lock_minutes=3))
    ctl.session.notify(Changes(settings=True))
    assert ctl.autolock.interval_ms == 3 * 60_000


def test_a_failing_save_does_not_stop_the_lock(
    controllers: list[AppController],
    paths: DataPaths,
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: object,
) -> None:
    ctl = open_unlocked(controllers, paths, vault)
    window = ctl.main_window
    saved: list[bool] = []
    reported: list[BaseException] = []

    def failing_save() -> None:
        saved.append(True)
        raise StorageError(reason="the disk is full")

    monkeypatch.setattr(window, "save_pending", failing_save)
    monkeypatch.setattr(crash, "report_exception", reported.append)
    ctl.lock()
    assert saved == [True]
    assert_locked(ctl, vault, paths, window)
    assert isinstance(reported[0], StorageError)
