"""The Settings page and the typed vault settings behind it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from coachdesk.domain.errors import ValidationError, WrongPassphrase, WrongRecoveryKey
from coachdesk.domain.models import Practice
from coachdesk.paths import DataPaths
from coachdesk.services.access import Passphrase, RecoveryKey, recovery_groups, unlock_vault
from coachdesk.services.settings import (
    VaultSettings,
    get_practice,
    load_settings,
    save_practice,
    save_settings,
)
from coachdesk.ui import background
from coachdesk.ui.i18n import set_language, tr_error
from coachdesk.ui.pages.security_dialogs import PassphraseDialog, RecoveryKeyDialog
from coachdesk.ui.pages.settings import SettingsPage
from coachdesk.ui.prefs import Prefs
from coachdesk.ui.session import AppSession
from coachdesk.vault.audit import audit_entries
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
SLOW = 15_000
NEW_PASSPHRASE = "a much longer new passphrase"


@pytest.fixture
def session(vault: Vault) -> Iterator[AppSession]:
    s = AppSession(vault)
    yield s
    background.wait_for_background()
    if not vault.is_locked:
        s.db.close()


@pytest.fixture
def page(
    session: AppSession, paths: DataPaths, qtbot: object, tmp_path: Path
) -> Iterator[SettingsPage]:
    host = QWidget()
    qtbot.addWidget(host)  # type: ignore[attr-defined]
    sheet = tmp_path / "sheet.pdf"
    settings = SettingsPage(session, paths, Prefs(paths), host, save_path=lambda _w, _n: str(sheet))
    host.resize(900, 800)
    host.show()
    qtbot.waitUntil(lambda: settings.about_values["cipher"].text() != "…")  # type: ignore[attr-defined]
    yield settings  # *host* stays referenced until the test is done


# --- services -----------------------------------------------------------------------------


def test_settings_have_defaults_and_ignore_bad_stored_values(vault: Vault) -> None:
    with vault.session() as db:
        assert load_settings(db) == VaultSettings(auto_lock_minutes=10)
        save_settings(db, VaultSettings(auto_lock_minutes=30))
        assert load_settings(db).auto_lock_minutes == 30
        for bad in ("999", '"ten"', "not json"):
            db.execute("UPDATE settings SET value = :v WHERE key = 'auto_lock_minutes'", {"v": bad})
            assert load_settings(db).auto_lock_minutes == 10
        with pytest.raises(ValidationError):
            save_settings(db, VaultSettings(auto_lock_minutes=0))
        stored = db.scalar("SELECT value FROM settings WHERE key = 'auto_lock_minutes'")
        assert stored == "not json"  # a refused save changed nothing
        assert json.loads(json.dumps(30)) == 30


def test_practice_profile_is_validated_and_normalised(vault: Vault) -> None:
    with vault.session() as db:
        saved = save_practice(
            db,
            Practice(
                name=" Praktijk Zon ", postcode="1234ab", email="Info@ZON.nl", kvk="1234 5678"
            ),
        )
        assert (saved.name, saved.postcode, saved.email, saved.kvk) == (
            "Praktijk Zon",
            "1234 AB",
            "Info@zon.nl",
            "12345678",
        )
        assert get_practice(db) == saved
        with pytest.raises(ValidationError) as err:
            save_practice(db, Practice(name="", email="nope", postcode="12", kvk="12"))
        assert set(err.value.fields) == {"name", "email", "postcode", "kvk"}
        assert [e.action for e in audit_entries(db, limit=1)] == ["practice.updated"]


# --- practice -----------------------------------------------------------------------------


def test_saving_practice_details(page: SettingsPage, session: AppSession, qtbot: object) -> None:
    edits = page.practice_edits
    for name, value in {
        "name": "Praktijk De Zon",
        "coach_name": "Anna de Vries",
        "postcode": "1234ab",
        "city": "Utrecht",
        "email": "anna@dezon.nl",
        "kvk": "12345678",
        "phone": "06 1234 5678",
    }.items():
        edits[name].setText(value)
    changes = []
    session.changed.connect(lambda c, _i: changes.append(c))
    qtbot.mouseClick(page.save_practice_button, Qt.MouseButton.LeftButton)
    stored = get_practice(session.db)
    assert (stored.name, stored.postcode, stored.city) == ("Praktijk De Zon", "1234 AB", "Utrecht")
    assert edits["postcode"].text() == "1234 AB"
    assert page.practice_status.text() == "Practice details saved."
    assert changes and changes[0].practice


def test_invalid_practice_details_are_marked_and_not_saved(
    page: SettingsPage, session: AppSession
) -> None:
    page.practice_edits["name"].setText("Praktijk De Zon")
    page.practice_edits["email"].setText("anna at dezon")
    page.practice_edits["postcode"].setText("12")
    assert not page.save_practice()
    assert page.practice_errors["email"].isVisible()
    assert "e-mail" in page.practice_errors["email"].text()
    assert page.practice_errors["postcode"].isVisible()
    assert not page.practice_errors["city"].isVisible()
    assert get_practice(session.db).name == ""


# --- security -----------------------------------------------------------------------------


def test_auto_lock_minutes_are_stored(
    page: SettingsPage, session: AppSession, qtbot: object
) -> None:
    page.auto_lock.setValue(25)
    qtbot.waitUntil(lambda: load_settings(session.db).auto_lock_minutes == 25, timeout=3000)
    assert page.auto_lock.maximum() == 240 and page.auto_lock.minimum() == 1


def test_changing_the_passphrase(page: SettingsPage, paths: DataPaths, qtbot: object) -> None:
    qtbot.mouseClick(page.passphrase_button, Qt.MouseButton.LeftButton)
    dialog = page.passphrase_dialog
    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText("short")
    assert not ok.isEnabled() and "10 characters" in dialog.problem.text()
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE + "x")
    assert not ok.isEnabled() and "differ" in dialog.problem.text()
    dialog.repeat.setText(NEW_PASSPHRASE)
    assert ok.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=SLOW):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert page.security_status.text() == "Your new passphrase is saved."
    unlock_vault(paths, Passphrase(NEW_PASSPHRASE)).lock()
    with pytest.raises(WrongPassphrase):
        unlock_vault(paths, Passphrase(PASSPHRASE))


def test_a_wrong_current_passphrase_changes_nothing(
    page: SettingsPage, paths: DataPaths, qtbot: object
) -> None:
    dialog = page.open_passphrase_dialog()
    dialog.current.setText("not my passphrase at all")
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.isEnabled(), timeout=SLOW)
    assert dialog.isVisible()
    assert dialog.problem.text() == tr_error(WrongPassphrase())
    unlock_vault(paths, Passphrase(PASSPHRASE)).lock()


def test_keychain_switch(
    page: SettingsPage, session: AppSession, qtbot: object, memory_keyring: object
) -> None:
    qtbot.waitUntil(lambda: page.keychain_box.isEnabled())
    assert page.keychain_box.isChecked()
    page.keychain_box.setChecked(False)
    qtbot.waitUntil(lambda: not session.vault.meta.keyring and page.keychain_box.isEnabled())
    assert memory_keyring.secrets == {}  # type: ignore[attr-defined]
    assert "no longer" in page.security_status.text()
    page.keychain_box.setChecked(True)
    qtbot.waitUntil(lambda: session.vault.meta.keyring and page.keychain_box.isEnabled())
    assert memory_keyring.secrets  # type: ignore[attr-defined]


def test_keychain_switch_without_a_keychain(
    no_keyring: None, paths: DataPaths, qtbot: object
) -> None:
    vault, _key = Vault.create(paths, passphrase=PASSPHRASE)
    session = AppSession(vault)
    host = QWidget()
    qtbot.addWidget(host)
    page = SettingsPage(session, paths, Prefs(paths), host)
    qtbot.waitUntil(lambda: "no keychain" in page.keychain_note.text())
    assert not page.keychain_box.isEnabled() and not page.keychain_box.isChecked()
    background.wait_for_background()
    session.db.close()


def test_keychain_cannot_be_turned_off_without_a_passphrase(
    paths: DataPaths, qtbot: object
) -> None:
    vault, _key = Vault.create(paths, passphrase=None, use_keyring=True)
    session = AppSession(vault)
    host = QWidget()
    qtbot.addWidget(host)
    page = SettingsPage(session, paths, Prefs(paths), host)
    qtbot.waitUntil(lambda: "set a passphrase first" in page.keychain_note.text())
    assert not page.keychain_box.isEnabled() and page.keychain_box.isChecked()
    assert page.passphrase_button.text() == "Set a passphrase…"
    dialog = page.open_passphrase_dialog()
    assert not dialog.current.isVisible()
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=SLOW):
        dialog.submit()
    qtbot.waitUntil(lambda: page.keychain_box.isEnabled())
    background.wait_for_background()
    session.db.close()


def test_replacing_the_recovery_key(
    page: SettingsPage,
    session: AppSession,
    paths: DataPaths,
    recovery_key: str,
    tmp_path: Path,
    qtbot: object,
) -> None:
    qtbot.mouseClick(page.recovery_button, Qt.MouseButton.LeftButton)
    dialog = page.recovery_dialog
    assert isinstance(dialog, RecoveryKeyDialog) and dialog.step == 0
    assert "older" in dialog.explain.text() or "before today" in dialog.explain.text()
    assert not dialog.next_button.isEnabled()
    dialog.passphrase.setText("wrong passphrase entirely")
    dialog.next_step()
    qtbot.waitUntil(lambda: dialog.isEnabled(), timeout=SLOW)
    assert dialog.step == 0 and dialog.error.text() == tr_error(WrongPassphrase())
    dialog.passphrase.setText(PASSPHRASE)
    dialog.next_step()
    qtbot.waitUntil(lambda: dialog.step == 1, timeout=SLOW)
    new_key = dialog._identity
    assert dialog.key_prefix.text() == "AGE-SECRET-KEY-1"
    shown = [label.text() for label in dialog.group_labels if label.text()]
    assert shown == recovery_groups(new_key)
    unlock_vault(paths, RecoveryKey(recovery_key)).lock()  # nothing changed yet

    qtbot.mouseClick(dialog.save_sheet, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in dialog.sheet_status.text(), timeout=SLOW)
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")

    assert not dialog.next_button.isEnabled()
    dialog.confirm.setText(recovery_groups(new_key)[dialog._group_index].lower())
    assert dialog.next_button.isEnabled()
    dialog.next_step()
    qtbot.waitUntil(lambda: dialog.step == 2, timeout=SLOW)
    assert dialog.new_key == new_key and "before today" in dialog.done_text.text()

    unlock_vault(paths, RecoveryKey(new_key)).lock()
    with pytest.raises(WrongRecoveryKey):
        unlock_vault(paths, RecoveryKey(recovery_key))
    unlock_vault(paths, Passphrase(PASSPHRASE)).lock()  # the other slots are untouched
    assert audit_entries(session.db, limit=1)[0].action == "vault.recovery_key_replaced"
    dialog.next_step()
    assert not dialog.isVisible()


def test_about_shows_versions(page: SettingsPage, paths: DataPaths) -> None:
    assert page.about_values["cipher"].text().startswith("4.")
    assert page.about_values["folder"].text() == str(paths.root)
    assert page.about_values["version"].text()


# --- language -----------------------------------------------------------------------------


class _FakeDutch(QTranslator):
    """Stands in for the .qm file, so the test does not depend on the translations' progress."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return {"Settings": "Instellingen"}.get(source, "") if context == "SettingsPage" else ""


def test_language_switch_is_stored_and_retranslates(
    page: SettingsPage, paths: DataPaths, qtbot: object
) -> None:
    app = QCoreApplication.instance()
    fake = _FakeDutch(app)
    try:
        page.language_combo.setCurrentIndex(page.language_combo.findData("nl"))
        assert Prefs(paths).language == "nl"
        app.installTranslator(fake)  # sends LanguageChange like set_language does
        qtbot.waitUntil(lambda: page.title.text() == "Instellingen")
    finally:
        app.removeTranslator(fake)
        set_language("en")
    qtbot.waitUntil(lambda: page.title.text() == "Settings")
    page.language_combo.setCurrentIndex(0)
    assert Prefs(paths).language == ""
    set_language("en")
