"""Starting the GUI and moving between its three states: first run, locked and unlocked.

``run_gui`` builds the QApplication (organisation, icon, language, exception hook) and hands
over to ``AppController``: no vault yet → the setup wizard; a vault → the lock screen; unlocked
→ the main window. Locking (Ctrl+L, idle time, screen lock) writes what is pending, closes the
session and the database connection, destroys the main window (so no client data stays on
screen or in widget memory), wipes the private temp folder and shows the lock screen again.
"""

from __future__ import annotations

import contextlib
import os
import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coachdesk import APP_NAME, __version__
from coachdesk.domain.errors import CoachDeskError
from coachdesk.paths import DataPaths
from coachdesk.services.access import Keychain, Passphrase, Vault, unlock_vault, vault_exists
from coachdesk.services.documents import wipe_private_tmp
from coachdesk.services.privacy import finish_pending_maintenance, maintenance_pending
from coachdesk.services.settings import load_settings
from coachdesk.ui import crash
from coachdesk.ui.autolock import AutoLock
from coachdesk.ui.background import run_in_background, wait_for_background
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
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.prefs = prefs
        self._autolock_ms = autolock_ms
        self._watch_screen = watch_screen
        self.session: AppSession | None = None
        self.main_window: MainWindow | None = None
        self.unlock_screen: UnlockScreen | None = None
        self.wizard: QWidget | None = None
        self.autolock: AutoLock | None = None

    @property
    def is_unlocked(self) -> bool:
        return self.session is not None

    def start(self) -> None:
        if vault_exists(self.paths):
            self.show_unlock(try_keychain=True)
        else:
            self.show_setup()

    # --- first run ------------------------------------------------------------------------

    def show_setup(self) -> QWidget:
        from coachdesk.ui.setup_wizard import SetupWizard  # imported late: only on first run

        wizard = SetupWizard(self.paths, self.prefs, parent=None)
        wizard.finished.connect(self._setup_finished)
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

    def _teardown(self, window: MainWindow, session: AppSession) -> None:
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
    controller = AppController(paths, prefs, app)
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
        for window in (controller.main_window, controller.unlock_screen, controller.wizard):
            if window is not None:
                window.deleteLater()
        controller.deleteLater()
        hook.deleteLater()
        QCoreApplication.processEvents()
