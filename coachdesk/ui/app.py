"""Starting the GUI and moving between its three states: first run, locked and unlocked.

``run_gui`` builds the QApplication (organisation, icon, language, exception hook) and hands
over to ``AppController``: no vault yet → the setup wizard; a vault → the lock screen; unlocked
→ the main window. Locking (Ctrl+L, idle time, screen lock) writes what is pending, closes the
session and the database connection, destroys the main window (so no client data stays on
screen or in widget memory), wipes the private temp folder and shows the lock screen again.
Restoring a backup (from Settings, or "I already have a backup" on first run) goes through the
restore wizard; over an open practice the window closes only when the restore really starts,
and the restored vault (or, if nothing was restored, the old one) opens afterwards.
"""

from __future__ import annotations

import contextlib
import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coachdesk import APP_NAME, __version__
from coachdesk.domain.errors import CoachDeskError
from coachdesk.paths import DataPaths
from coachdesk.services.access import Keychain, Passphrase, Vault, unlock_vault, vault_exists
from coachdesk.services.backup import clean_up_leftovers, load_backup_settings
from coachdesk.services.documents import wipe_private_tmp
from coachdesk.services.privacy import finish_pending_maintenance, maintenance_pending
from coachdesk.services.settings import load_settings
from coachdesk.ui import crash
from coachdesk.ui.autolock import AutoLock
from coachdesk.ui.background import run_in_background, wait_for_background
from coachdesk.ui.backup.restore_wizard import RestoreWizard
from coachdesk.ui.i18n import set_language, system_language, tr_error
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages import app_icon
from coachdesk.ui.prefs import Prefs
from coachdesk.ui.session import AppSession, Changes
from coachdesk.ui.unlock import UnlockScreen

ENV_SELFTEST_PASSPHRASE = "COACHDESK_SELFTEST_PASSPHRASE"


def _wipe_private_tmp(paths: DataPaths) -> None:
    """Opened documents go; a file another program still holds is retried next time."""
    with contextlib.suppress(OSError):
        wipe_private_tmp(paths)


class AppController(QObject):
    """Owns whichever top-level window is showing and the session while unlocked."""

    opened = Signal(object)  # MainWindow
    locked = Signal()
    setup_cancelled = Signal()

    def __init__(
        self,
        paths: DataPaths,
        prefs: Prefs,
        parent: QObject | None = None,
        *,
        autolock_ms: int | None = None,
        watch_screen: bool = True,
        backup_schedule: bool = False,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.prefs = prefs
        self._autolock_ms = autolock_ms
        self._watch_screen = watch_screen
        self._backup_schedule = backup_schedule
        self.session: AppSession | None = None
        self.main_window: MainWindow | None = None
        self.unlock_screen: UnlockScreen | None = None
        self.wizard: QWidget | None = None
        self.restore_wizard: RestoreWizard | None = None
        self.autolock: AutoLock | None = None

    @property
    def is_unlocked(self) -> bool:
        return self.session is not None

    def start(self) -> None:
        with contextlib.suppress(CoachDeskError, OSError):  # a killed backup or restore's rest
            clean_up_leftovers(self.paths)
        if vault_exists(self.paths):
            self.show_unlock(try_keychain=True)
        else:
            self.show_setup()

    # --- first run ------------------------------------------------------------------------

    def show_setup(self) -> QWidget:
        from coachdesk.ui.setup_wizard import SetupWizard  # imported late: only on first run

        wizard = SetupWizard(self.paths, self.prefs, parent=None)
        wizard.finished.connect(self._setup_finished)
        wizard.restore_requested.connect(self._restore_instead_of_setup)
        self.wizard = wizard
        wizard.show()
        return wizard

    def _setup_finished(self, result: int) -> None:
        wizard, self.wizard = self.wizard, None
        vault = getattr(wizard, "vault", None)
        if wizard is not None:
            wizard.deleteLater()
        if result == QDialog.DialogCode.Accepted and isinstance(vault, Vault):
            self.open_main(vault)
        else:
            self.setup_cancelled.emit()

    def _restore_instead_of_setup(self) -> None:
        """The coach has a backup already: the restore wizard replaces the setup wizard."""
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.finished.disconnect(self._setup_finished)
            wizard.hide()
            wizard.deleteLater()
        self.show_restore()

    # --- restoring a backup -----------------------------------------------------------------

    def show_restore(self) -> RestoreWizard:
        """The restore wizard, on a fresh install or over the open practice (Settings)."""
        if self.restore_wizard is not None:
            self.restore_wizard.raise_()
            self.restore_wizard.activateWindow()
            return self.restore_wizard
        folders: tuple[str, ...] = ()
        if self.session is not None:
            with contextlib.suppress(CoachDeskError):
                folders = load_backup_settings(self.session.db).targets
        wizard = RestoreWizard(
            self.paths,
            None,
            release=self._release_for_restore if self.session is not None else None,
            has_current=vault_exists(self.paths),
            folders=folders,
        )
        wizard.finished.connect(self._restore_finished)
        self.restore_wizard = wizard
        wizard.show()
        return wizard

    def _release_for_restore(self) -> Vault | None:
        """Close the window and the session's connection, but keep the key: the restore reads
        the live vault's erasure ledger before it replaces the vault."""
        if self.session is None or self.main_window is None:
            return None
        window, session = self.main_window, self.session
        vault = session.vault
        with contextlib.suppress(CoachDeskError, RuntimeError):
            window.save_geometry()
            window.save_pending()
        self._teardown(window, session, keep_key=True)
        window.hide()
        window.deleteLater()
        # Gone now, not at the next loop turn: the vault is still unlocked, so no timer of the
        # window may reach for the closed connection meanwhile.
        for obj in (window, session):
            QCoreApplication.sendPostedEvents(obj, QEvent.Type.DeferredDelete)
        return vault

    def _restore_finished(self, result: int) -> None:
        wizard, self.restore_wizard = self.restore_wizard, None
        if wizard is None:
            return
        restored = wizard.vault if result == QDialog.DialogCode.Accepted else None
        released = wizard.released_vault
        wizard.deleteLater()
        if restored is not None:
            self.open_main(restored)
        elif released is not None and not released.is_locked:
            self.open_main(released)  # nothing was restored: the practice as it was
        elif self.session is None and vault_exists(self.paths):
            self.show_unlock(try_keychain=True)
        elif self.session is None:
            self.show_setup()

    # --- locked ---------------------------------------------------------------------------

    def show_unlock(self, *, try_keychain: bool) -> UnlockScreen:
        screen = UnlockScreen(self.paths, try_keychain=try_keychain)
        screen.unlocked.connect(self.open_main)
        self.unlock_screen = screen
        screen.show()
        return screen

    # --- unlocked -------------------------------------------------------------------------

    def open_main(self, vault: Vault) -> MainWindow:
        session = AppSession(vault, self)
        window = MainWindow(session, self.paths, self.prefs)
        window.lock_requested.connect(self.lock)
        window.restore_requested.connect(self.show_restore)
        minutes = load_settings(session.db).auto_lock_minutes
        self.autolock = AutoLock(
            window, minutes, interval_ms=self._autolock_ms, watch_screen=self._watch_screen
        )
        self.autolock.lock_requested.connect(self.lock)
        session.changed.connect(self._on_changed)
        self.session, self.main_window = session, window
        window.show()
        if self.unlock_screen is not None:
            self.unlock_screen.close()
            self.unlock_screen.deleteLater()
            self.unlock_screen = None
        if maintenance_pending(session.db):
            # An earlier erasure could not finish its clean-up (a reader held the file): the
            # erased client's pages may still sit in free space until this VACUUM runs.
            run_in_background(
                lambda: finish_pending_maintenance(vault), on_error=lambda _e: None, parent=window
            )
        if self._backup_schedule:
            window.start_backup_scheduler()
        self.opened.emit(window)
        return window

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.settings and self.session is not None and self.autolock is not None:
            self.autolock.set_minutes(load_settings(self.session.db).auto_lock_minutes)

    def lock(self) -> None:
        """Save what is pending, then leave nothing of the practice in memory or on screen."""
        if self.session is None or self.main_window is None:
            return
        window, session = self.main_window, self.session
        problem: CoachDeskError | None = None
        try:
            window.save_geometry()
            window.save_pending()
        except CoachDeskError as exc:  # the lock goes on; the coach then sees what was not saved
            problem = exc
        finally:
            self._teardown(window, session)
            screen = self.show_unlock(try_keychain=False)
            window.hide()
            window.deleteLater()
            self.locked.emit()
        if problem is not None:
            screen.activateWindow()
            crash.report_exception(problem)

    def _teardown(self, window: MainWindow, session: AppSession, *, keep_key: bool = False) -> None:
        if self.restore_wizard is not None and self.restore_wizard.release is not None:
            self.restore_wizard.reject()  # opened from the practice now closing: not left behind
        if self.autolock is not None:
            self.autolock.stop()
            self.autolock = None
        for _ in range(10):  # end modal dialogs first, so their event loops unwind
            modal = QApplication.activeModalWidget()
            if modal is None:
                break
            if isinstance(modal, QDialog):
                modal.reject()
            modal.hide()
        self.session = None
        self.main_window = None
        if keep_key:  # for a restore: the vault stays unlocked for the restore to read
            session.db.close()
            session.locked.emit()
        else:
            session.close()
        session.deleteLater()
        _wipe_private_tmp(self.paths)

    def shutdown(self) -> None:
        """At exit: write what is pending, close the vault, wipe the temp folder."""
        if self.main_window is not None and self.session is not None:
            window = self.main_window
            with contextlib.suppress(CoachDeskError, RuntimeError):
                window.save_pending()
            self._teardown(window, self.session)
            window.hide()
            window.deleteLater()
        _wipe_private_tmp(self.paths)


def _application(argv: list[str] | None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("coachdesk")
    app.setWindowIcon(app_icon())
    return app


def _self_test(controller: AppController, app: QApplication) -> int:
    """Open the real window once and quit: the installers' smoke test."""
    if not vault_exists(controller.paths):
        window = controller.show_setup()
        app.processEvents()
        window.close()
        return 0
    secret = os.environ.get(ENV_SELFTEST_PASSPHRASE)
    try:
        vault = unlock_vault(controller.paths, Passphrase(secret) if secret else Keychain())
    except CoachDeskError as exc:
        print(tr_error(exc), file=sys.stderr)
        return exc.exit_code
    controller.open_main(vault)
    for _ in range(3):
        app.processEvents()
    return 0


def run_gui(paths: DataPaths, argv: list[str] | None = None, *, self_test: bool = False) -> int:
    """The desktop app; returns the process exit code."""
    app = _application(argv)
    prefs = Prefs(paths)
    set_language(prefs.language or system_language())
    hook = crash.ExceptionHook(paths.log_dir, app)
    hook.install()
    controller = AppController(paths, prefs, app, backup_schedule=True)
    app.aboutToQuit.connect(controller.shutdown)
    controller.setup_cancelled.connect(app.quit)
    try:
        if self_test:
            code = _self_test(controller, app)
            controller.shutdown()
            return code
        controller.start()
        return int(app.exec())
    finally:
        wait_for_background(10_000)
        hook.uninstall()
        app.aboutToQuit.disconnect(controller.shutdown)
        windows = (controller.main_window, controller.unlock_screen, controller.wizard)
        for window in (*windows, controller.restore_wizard):
            if window is not None:
                window.deleteLater()
        controller.deleteLater()
        hook.deleteLater()
        QCoreApplication.processEvents()
