"""The restore wizard: a real backup restored onto a fresh data dir, and over an open vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from coachdesk.domain.models import ClientDraft, Practice
from coachdesk.paths import DataPaths, data_paths
from coachdesk.services.access import recovery_groups
from coachdesk.services.backup import BackupSettings, create_backup, save_backup_settings
from coachdesk.services.clients import create_client
from coachdesk.services.privacy import erase_client
from coachdesk.services.settings import save_practice
from coachdesk.ui import background, i18n
from coachdesk.ui.app import AppController
from coachdesk.ui.backup.restore_wizard import RestorePageId, RestoreWizard
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages import Page
from coachdesk.ui.prefs import Prefs
from coachdesk.vault.vault import Vault
from tests.conftest import all_files_bytes

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")
SLOW = 60_000
Commit = QWizard.WizardButton.CommitButton
Finish = QWizard.WizardButton.FinishButton


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def backup_file(vault: Vault, tmp_path: Path) -> Path:
    """A practice with two clients, backed up to a 'USB disk'."""
    usb = tmp_path / "usb"
    usb.mkdir()
    with vault.session() as db:
        save_practice(db, Practice(name="Praktijk De Zon", coach_name="Anna de Vries"))
        create_client(db, ClientDraft(first_name="Anna", last_name="Bakker"))
        create_client(db, ClientDraft(first_name="Bram", last_name="Visser"))
        save_backup_settings(db, BackupSettings(targets=(str(usb),)))
    return Path(create_backup(vault, usb).path)


@pytest.fixture
def fresh(tmp_path: Path) -> DataPaths:
    return data_paths(tmp_path / "new-laptop")


def printed(recovery_key: str) -> str:
    """The key as a coach types it from the Recovery Sheet: groups, lower case, line breaks."""
    groups = recovery_groups(recovery_key)
    return "age-secret-key-1 " + " ".join(groups[:5]) + "\n" + " ".join(groups[5:]).lower()


def client_names(window: MainWindow, qtbot: QtBot) -> list[str]:
    clients = window.pages[Page.CLIENTS]
    model = clients.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    rows = range(model.rowCount())
    return sorted(" ".join(str(model.index(r, c).data()) for c in range(3)) for r in rows)


def to_contents(qtbot: QtBot, wizard: RestoreWizard, file: Path, key: str) -> None:
    wizard.file_page.path_edit.setText(str(file))
    wizard.next()
    assert wizard.currentId() == RestorePageId.KEY
    wizard.key_page.recovery.setPlainText(key)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RestorePageId.CONTENTS, timeout=SLOW)


def confirm_and_restore(qtbot: QtBot, wizard: RestoreWizard) -> None:
    wizard.next()
    assert wizard.currentId() == RestorePageId.CONFIRM
    assert not wizard.button(Commit).isEnabled()  # nothing happens without the tick
    wizard.confirm_page.confirm.setChecked(True)
    assert wizard.button(Commit).isEnabled()
    wizard.button(Commit).click()


def test_restore_on_a_fresh_data_dir_with_the_recovery_key(
    qtbot: QtBot, backup_file: Path, recovery_key: str, fresh: DataPaths, no_keyring: None
) -> None:
    wizard = RestoreWizard(fresh)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.file_page.isComplete()
    to_contents(qtbot, wizard, backup_file, printed(recovery_key))
    values = wizard.contents_page.values
    assert values["practice"].text() == "Praktijk De Zon"
    assert values["clients"].text() == "2"
    assert values["version"].text()
    assert not fresh.root.exists() or not any(fresh.root.iterdir())  # nothing changed yet
    confirm_and_restore(qtbot, wizard)
    page = wizard.restore_page
    # A new laptop has no newer erasure ledger: the coach is asked, in plain words.
    qtbot.waitUntil(lambda: page.question.isVisible(), timeout=SLOW)
    assert "would come back" in page.question_text.text()
    page.anyway_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == RestorePageId.REPORT, timeout=SLOW)
    summary = wizard.report_page.summary.text()
    assert "entries replayed" in summary and "recorded in the audit log" in summary
    wizard.button(Finish).click()
    assert wizard.vault is not None and not wizard.vault.is_locked
    with wizard.vault.session() as db:
        actions = [r[0] for r in db.all("SELECT action FROM audit_log")]
    assert "backup.restore_older_ledger_accepted" in actions
    controller = AppController(fresh, Prefs(fresh), watch_screen=False)
    window = controller.open_main(wizard.vault)
    try:
        window.show_page(Page.CLIENTS)
        names = client_names(window, qtbot)
        assert any("Anna" in n for n in names) and any("Bram" in n for n in names)
    finally:
        controller.shutdown()
        background.wait_for_background()


def test_wrong_key_is_told_on_the_key_page_and_nothing_changes(
    qtbot: QtBot, backup_file: Path, fresh: DataPaths, paths: DataPaths
) -> None:
    before = all_files_bytes(paths.root)
    _, other_key = Vault.create(data_paths(fresh.root.parent / "other"), passphrase=None,
                                use_keyring=True)  # fmt: skip
    wizard = RestoreWizard(fresh)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(backup_file))
    wizard.next()
    wizard.key_page.recovery.setPlainText(other_key)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.key_page.busy and wizard.key_page.hint.has_message,
                    timeout=SLOW)  # fmt: skip
    assert wizard.currentId() == RestorePageId.KEY
    assert "recovery key" in wizard.key_page.hint.text().lower()
    assert wizard.info is None
    assert not fresh.root.exists() or not any(fresh.root.iterdir())
    assert all_files_bytes(paths.root) == before
    # The passphrase of another practice: a different message, same page.
    wizard.key_page.use_passphrase.setChecked(True)
    wizard.key_page.passphrase.setText("not the passphrase at all")
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.key_page.busy and wizard.key_page.hint.has_message,
                    timeout=SLOW)  # fmt: skip
    assert wizard.currentId() == RestorePageId.KEY
    assert "passphrase" in wizard.key_page.hint.text().lower()


def test_a_missing_file_is_told_on_the_file_page(qtbot: QtBot, fresh: DataPaths) -> None:
    wizard = RestoreWizard(fresh)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(fresh.root / "nothing.cdbackup"))
    wizard.next()
    assert wizard.currentId() == RestorePageId.FILE
    assert wizard.file_page.hint.text() == "There is no file at this place."


def test_first_start_i_already_have_a_backup(
    qtbot: QtBot, backup_file: Path, recovery_key: str, fresh: DataPaths, no_keyring: None
) -> None:
    controller = AppController(fresh, Prefs(fresh), watch_screen=False)
    try:
        controller.start()
        setup = controller.wizard
        assert setup is not None
        qtbot.waitUntil(lambda: setup.keyring_available is not None)  # type: ignore[attr-defined]
        welcome = setup.welcome_page  # type: ignore[attr-defined]
        assert welcome.restore_button.isEnabled()
        welcome.restore_button.click()
        wizard = controller.restore_wizard
        assert isinstance(wizard, RestoreWizard) and wizard.isVisible()
        assert controller.wizard is None
        to_contents(qtbot, wizard, backup_file, printed(recovery_key))
        confirm_and_restore(qtbot, wizard)
        qtbot.waitUntil(lambda: wizard.restore_page.question.isVisible(), timeout=SLOW)
        wizard.restore_page.anyway_button.click()
        qtbot.waitUntil(lambda: wizard.currentId() == RestorePageId.REPORT, timeout=SLOW)
        wizard.button(Finish).click()
        qtbot.waitUntil(lambda: controller.main_window is not None)
        window = controller.main_window
        assert window is not None and window.isVisible()
        window.show_page(Page.CLIENTS)
        assert len(client_names(window, qtbot)) == 2
    finally:
        controller.shutdown()
        background.wait_for_background()


def test_restore_over_the_open_vault_keeps_erased_clients_erased(
    qtbot: QtBot, vault: Vault, backup_file: Path, recovery_key: str, paths: DataPaths
) -> None:
    with vault.session() as db:
        bram = db.scalar("SELECT id FROM clients WHERE last_name = 'Visser'")
    erase_client(vault, int(bram))
    controller = AppController(paths, Prefs(paths), watch_screen=False)
    try:
        window = controller.open_main(vault)
        create_client(controller.session.db, ClientDraft(first_name="Carl", last_name="Later"))  # type: ignore[union-attr]
        window.settings_page.backups.restore_requested.emit()
        wizard = controller.restore_wizard
        assert isinstance(wizard, RestoreWizard)
        assert controller.main_window is window  # nothing closed yet
        to_contents(qtbot, wizard, backup_file, printed(recovery_key))
        confirm_and_restore(qtbot, wizard)
        assert "replaces everything" in wizard.confirm_page.warning.text()
        qtbot.waitUntil(lambda: wizard.currentId() == RestorePageId.REPORT, timeout=SLOW)
        assert wizard.report.clients_removed_by_replay == 1
        assert not wizard.report.accepted_older_ledger
        assert "removed again: 1" in wizard.report_page.summary.text()
        wizard.button(Finish).click()
        qtbot.waitUntil(lambda: controller.main_window not in (None, window))
        new_window = controller.main_window
        assert new_window is not None
        new_window.show_page(Page.CLIENTS)
        names = client_names(new_window, qtbot)
        assert len(names) == 1 and "Anna" in names[0]  # Bram stays erased, Carl came later
    finally:
        controller.shutdown()
        background.wait_for_background()


def test_cancelling_a_restore_from_settings_reopens_the_practice(
    qtbot: QtBot, vault: Vault, backup_file: Path, paths: DataPaths
) -> None:
    controller = AppController(paths, Prefs(paths), watch_screen=False)
    try:
        window = controller.open_main(vault)
        window.settings_page.backups.restore_requested.emit()
        wizard = controller.restore_wizard
        assert wizard is not None
        wizard.reject()
        assert controller.restore_wizard is None
        assert controller.main_window is window and window.isVisible()
    finally:
        controller.shutdown()
        background.wait_for_background()


def test_cancelling_the_restore_on_first_start_returns_to_setup(
    qtbot: QtBot, fresh: DataPaths, no_keyring: None
) -> None:
    controller = AppController(fresh, Prefs(fresh), watch_screen=False)
    try:
        controller.start()
        setup = controller.wizard
        assert setup is not None
        setup.welcome_page.restore_button.click()  # type: ignore[attr-defined]
        wizard = controller.restore_wizard
        assert wizard is not None
        wizard.reject()
        assert controller.restore_wizard is None
        assert controller.wizard is not None and controller.wizard is not setup
        assert controller.wizard.isVisible()
    finally:
        controller.shutdown()
        background.wait_for_background()


def test_the_passphrase_is_offered_only_for_a_backup_made_with_one(
    qtbot: QtBot, backup_file: Path, fresh: DataPaths, tmp_path: Path
) -> None:
    wizard = RestoreWizard(fresh)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(backup_file))
    wizard.next()
    assert wizard.key_page.use_passphrase.isVisible()  # the vault fixture has a passphrase

    plain, _key = Vault.create(data_paths(tmp_path / "no-passphrase"), passphrase=None,
                               use_keyring=True)  # fmt: skip
    usb = tmp_path / "usb-2"
    usb.mkdir()
    without = Path(create_backup(plain, usb).path)
    wizard.back()
    wizard.file_page.path_edit.setText(str(without))
    wizard.next()
    assert wizard.currentId() == RestorePageId.KEY
    assert not wizard.key_page.use_passphrase.isVisible()
    assert not wizard.key_page.passphrase.isVisible()
    assert wizard.key_page.use_recovery.isChecked()
