"""The app shell: controller, main window, pages, Today, background helper and crash hook."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from coachdesk.domain.errors import CoachDeskError, WrongPassphrase
from coachdesk.domain.models import ClientDraft, ClientStatus, Practice
from coachdesk.paths import DataPaths
from coachdesk.services.clients import create_client
from coachdesk.services.dashboard import today_summary
from coachdesk.services.settings import save_practice
from coachdesk.ui import background, crash
from coachdesk.ui.app import ENV_SELFTEST_PASSPHRASE, AppController, run_gui
from coachdesk.ui.background import ProgressGate, UnexpectedError, run_in_background
from coachdesk.ui.i18n import tr_error
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages import Page
from coachdesk.ui.prefs import Prefs
from coachdesk.ui.privacy.page import PrivacyPage
from coachdesk.vault.repos import appointments, tasks
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")
CANARY = "Jansen-canary-7731 heeft een burn-out"


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture
def controller(paths: DataPaths, qtbot: object) -> Iterator[AppController]:
    ctl = AppController(paths, Prefs(paths), watch_screen=False)
    yield ctl
    ctl.shutdown()
    for window in (ctl.main_window, ctl.unlock_screen, ctl.wizard):
        if window is not None:
            window.close()
            window.deleteLater()
    background.wait_for_background()
    flush_deletes()


@pytest.fixture
def window(controller: AppController, vault: Vault, qtbot: object) -> MainWindow:
    with vault.session() as db:
        save_practice(db, Practice(name="Praktijk De Zon", coach_name="Anna de Vries"))
    return controller.open_main(vault)


def test_main_window_opens_with_practice_title(window: MainWindow, qtbot: object) -> None:
    assert window.isVisible()
    assert window.windowTitle() == "CoachDesk — Praktijk De Zon"
    assert window.current_page == Page.TODAY
    assert window.sidebar.count() == 6
    assert [window.sidebar.item(i).text() for i in range(6)] == [
        "Today",
        "Clients",
        "Agenda",
        "Tasks",
        "Privacy",
        "Settings",
    ]
    assert window.sidebar.accessibleName()
    assert window.width() >= 1000


def test_sidebar_and_shortcuts_switch_pages(window: MainWindow, qtbot: object) -> None:
    window.sidebar.setCurrentRow(Page.SETTINGS.value)
    assert window.stack.currentWidget() is window.settings_page
    with qtbot.waitActive(window):
        window.activateWindow()
    for page in Page:
        qtbot.keyClick(
            window, Qt.Key(Qt.Key.Key_1 + page.value), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_page == page
    assert isinstance(window.pages[Page.PRIVACY], PrivacyPage)


def test_ctrl_k_opens_one_search_dialog(window: MainWindow, qtbot: object) -> None:
    first = window.open_search()
    if first is None:
        pytest.skip("the global search dialog is not written yet")
    assert window.open_search() is first
    first.close()


def test_today_page_counts_and_opens_a_client(
    window: MainWindow, controller: AppController, qtbot: object
) -> None:
    db = controller.session.db
    anna = create_client(
        db, ClientDraft(first_name="Anna", last_name="Bakker", status=ClientStatus.ACTIVE)
    )
    create_client(db, ClientDraft(first_name="Bram", last_name="Visser"))
    tasks.insert(db, "Call Anna back")
    now = datetime.combine(date.today(), datetime.min.time()).replace(hour=10)
    appointments.insert(
        db, title="Intake", starts_at=now, ends_at=now + timedelta(hours=1), client_id=anna.id
    )
    appointments.insert(
        db,
        title="Yesterday",
        starts_at=now - timedelta(days=1),
        ends_at=now - timedelta(days=1, hours=-1),
    )
    today = window.today
    qtbot.waitUntil(lambda: not today.loading)
    today.refresh()
    qtbot.waitUntil(lambda: today.summary is not None and today.summary.open_tasks == 1)
    assert today.greeting.text().endswith("Anna")
    assert today.active_card.number.text() == "1"
    assert today.tasks_card.number.text() == "1"
    assert today.appointments.count() == 1
    assert "Intake" in today.appointments.item(0).text()
    assert "Anna Bakker" in today.appointments.item(0).text()
    assert today.recent.count() == 2
    item = next(today.recent.item(i) for i in range(2) if "Anna" in today.recent.item(i).text())
    with qtbot.waitSignal(today.open_client_requested) as blocker:
        rect = today.recent.visualItemRect(item)
        qtbot.mouseClick(today.recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [anna.id]
    assert window.current_page == Page.CLIENTS


def test_dashboard_on_an_empty_vault(vault: Vault) -> None:
    with vault.session() as db:
        summary = today_summary(db, date(2026, 3, 9))
    assert (summary.active_clients, summary.open_tasks) == (0, 0)
    assert summary.appointments == () and summary.recent_clients == ()


def test_first_run_shows_the_setup(controller: AppController, paths: DataPaths) -> None:
    controller.start()
    assert controller.wizard is not None and controller.wizard.isVisible()
    assert controller.unlock_screen is None


def test_start_with_a_vault_shows_the_lock_screen(
    controller: AppController, vault: Vault, qtbot: object
) -> None:
    controller.start()
    assert controller.unlock_screen is not None
    with qtbot.waitSignal(controller.opened, timeout=10_000):
        pass  # the keychain opens it in the background
    assert controller.unlock_screen is None
    assert controller.main_window is not None and controller.main_window.isVisible()


def test_self_test_opens_the_window_and_returns_zero(
    paths: DataPaths, vault: Vault, monkeypatch: pytest.MonkeyPatch, qtbot: object
) -> None:
    monkeypatch.setenv(ENV_SELFTEST_PASSPHRASE, PASSPHRASE)
    hook_before = sys.excepthook
    assert run_gui(paths, self_test=True) == 0
    assert sys.excepthook is hook_before
    flush_deletes()


def test_self_test_with_a_wrong_passphrase_fails_cleanly(
    paths: DataPaths,
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(ENV_SELFTEST_PASSPHRASE, "not the passphrase at all")
    assert run_gui(paths, self_test=True) == WrongPassphrase.exit_code
    assert "passphrase" in capsys.readouterr().err
    flush_deletes()


# --- background -------------------------------------------------------------------------


def test_background_delivers_results_and_errors_on_the_gui_thread(qtbot: object) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    results: list[object] = []
    gui_thread = QCoreApplication.instance().thread()

    def on_done(value: object) -> None:
        assert QObject().thread() is gui_thread
        results.append(value)

    run_in_background(lambda: 41 + 1, on_done, parent=owner)
    run_in_background(
        lambda: (_ for _ in ()).throw(WrongPassphrase()), None, results.append, parent=owner
    )
    qtbot.waitUntil(lambda: len(results) == 2)
    assert 42 in results
    assert any(isinstance(r, WrongPassphrase) for r in results)
    assert background.pending_tasks() == 0


def test_background_turns_a_bug_into_unexpected_error(
    qtbot: object, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crash, "_log_dir", paths.log_dir)
    owner = QWidget()
    qtbot.addWidget(owner)
    errors: list[CoachDeskError] = []
    finished: list[bool] = []

    def buggy() -> None:
        raise ValueError(CANARY)

    run_in_background(
        buggy, None, errors.append, parent=owner, on_finished=lambda: finished.append(True)
    )
    qtbot.waitUntil(lambda: finished == [True])
    assert isinstance(errors[0], UnexpectedError)
    assert "ValueError" in tr_error(errors[0])
    log = (paths.log_dir / crash.LOG_NAME).read_text()
    assert "ValueError" in log and "buggy" in log and CANARY not in log


def test_background_skips_callbacks_of_a_destroyed_parent(qtbot: object) -> None:
    owner = QWidget()
    called: list[object] = []
    run_in_background(lambda: time.sleep(0.2) or 1, called.append, parent=owner)
    owner.deleteLater()
    flush_deletes()
    qtbot.waitUntil(lambda: background.pending_tasks() == 0)
    assert called == []


def test_progress_gate_stays_invisible_for_fast_work(qtbot: object) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    done: list[object] = []
    task = run_in_background(lambda: 1, done.append, parent=owner, progress="Working…")
    qtbot.waitUntil(lambda: done == [1])
    assert task.gate is not None and task.gate.dialog is None
    qtbot.wait(700)
    assert task.gate.dialog is None


def test_progress_gate_shows_cursor_then_a_cancellable_dialog(qtbot: object) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    gate = ProgressGate(owner, "Working…", cancellable=True, cursor_ms=20, dialog_ms=40)
    gate.start()
    qtbot.waitUntil(lambda: gate.dialog is not None and gate.dialog.isVisible())
    with qtbot.waitSignal(gate.canceled):
        qtbot.mouseClick(gate.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert gate.is_cancelled
    gate.finish()
    gate.finish()
    assert gate.dialog is None


# --- crash hook -------------------------------------------------------------------------


def _raise_with_canary() -> None:
    try:
        {}["x"]
    except KeyError as exc:
        raise RuntimeError(CANARY) from exc


def test_exception_hook_logs_frames_without_the_message(paths: DataPaths, qtbot: object) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    hook = crash.ExceptionHook(paths.log_dir, window=lambda: parent)
    try:
        _raise_with_canary()
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    dialog = hook.last_dialog
    assert dialog is not None and dialog.isVisible()
    assert "RuntimeError" in dialog.text()
    assert CANARY not in dialog.text() + dialog.informativeText()
    assert str(paths.log_dir) in dialog.informativeText()
    log = hook.log_path.read_text()
    assert CANARY not in log and "'x'" not in log  # neither message nor KeyError argument
    assert "RuntimeError" in log and "caused by: KeyError" in log
    assert "test_app_shell.py" in log and "_raise_with_canary" in log
    assert (hook.log_path.stat().st_mode & 0o777) == 0o600
    # a second error while the dialog is open is logged, not stacked as another dialog
    hook(ValueError, ValueError(CANARY), None)
    assert hook.last_dialog is dialog and hook.suppressed == 1
    assert CANARY not in hook.log_path.read_text()
    dialog.close()


def test_exception_hook_shows_a_coachdesk_error_as_its_sentence(
    paths: DataPaths, qtbot: object
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    hook = crash.ExceptionHook(paths.log_dir, window=lambda: parent)
    hook(WrongPassphrase, WrongPassphrase(), None)
    assert hook.last_dialog is not None
    assert hook.last_dialog.text() == tr_error(WrongPassphrase())
    assert not hook.log_path.exists()
    hook.last_dialog.close()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_reaches_the_hook_and_the_window_survives(
    window: MainWindow, paths: DataPaths, qtbot: object
) -> None:
    hook = crash.ExceptionHook(paths.log_dir, window=lambda: window)
    hook.install()
    try:
        QTimer.singleShot(0, _raise_with_canary)
        qtbot.waitUntil(lambda: hook.last_dialog is not None)
    finally:
        hook.uninstall()
    assert isinstance(hook.last_dialog, QMessageBox)
    assert window.isVisible()
    assert CANARY not in hook.log_path.read_text()
    hook.last_dialog.close()


def test_pending_erasure_clean_up_finishes_after_unlock(qtbot, vault, paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    """An erasure whose VACUUM was blocked leaves a flag; the next unlock finishes the job."""
    from coachdesk.services import privacy
    from coachdesk.ui.background import pending_tasks
    from coachdesk.ui.prefs import Prefs

    with vault.session() as db, db.transaction():
        db.execute(
            "INSERT INTO settings (key, value) VALUES (:k, '1')", {"k": privacy.MAINTENANCE_PENDING}
        )
    controller = AppController(paths, Prefs(paths), watch_screen=False)
    window = controller.open_main(vault)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not pending_tasks(), timeout=20_000)
    assert not privacy.maintenance_pending(controller.session.db)  # type: ignore[union-attr]
    controller.shutdown()
