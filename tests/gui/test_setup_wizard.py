"""The first-run wizard, driven as a coach would: real vault, real Argon2, real PDF."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from coachdesk.domain.retention import Category
from coachdesk.paths import DataPaths
from coachdesk.services.access import Keychain, Passphrase, RecoveryKey, unlock_vault
from coachdesk.services.retention import load_rules, rules_confirmed_at
from coachdesk.services.settings import get_practice
from coachdesk.services.setup import practice_logo
from coachdesk.ui import i18n
from coachdesk.ui.background import pending_tasks
from coachdesk.ui.prefs import Prefs
from coachdesk.ui.setup_wizard import CONTINUE, DISCARD, KEEP, SetupWizard
from coachdesk.ui.wizard.common import PageId
from coachdesk.ui.wizard.strength import Strength, estimate
from coachdesk.vault.audit import audit_entries
from tests.conftest import PASSPHRASE

Next = QWizard.WizardButton.NextButton
Commit = QWizard.WizardButton.CommitButton
Finish = QWizard.WizardButton.FinishButton
TIMEOUT_MS = 20_000


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Tests read English texts; leave the language as found for the next test."""
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    return urls


@pytest.fixture
def make_wizard(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> Callable[[], SetupWizard]:
    """A shown wizard whose keychain check has answered (call after keyring fixtures)."""
    monkeypatch.setattr(SetupWizard, "ask_keep_vault", lambda self: KEEP)

    def make() -> SetupWizard:
        wizard = SetupWizard(paths, Prefs(paths))
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitUntil(lambda: wizard.keyring_available is not None, timeout=TIMEOUT_MS)
        return wizard

    return make


def fill_practice(wizard: SetupWizard, **overrides: str) -> None:
    values = {"name": "Praktijk De Vlinder", "coach_name": "Anne de Vries",
              "street": "Lindengracht 12", "postcode": "1015kd", "city": "Amsterdam",
              "kvk": "1234 5678", "email": "anne@devlinder.nl", "phone": "06-12345678"}  # fmt: skip
    values.update(overrides)
    for name, value in values.items():
        wizard.practice_page.edits[name].setText(value)
        wizard.practice_page.edits[name].editingFinished.emit()


def to_security(wizard: SetupWizard) -> None:
    wizard.next()
    assert wizard.currentId() == PageId.PRACTICE
    fill_practice(wizard)
    assert wizard.button(Next).isEnabled()
    wizard.next()
    assert wizard.currentId() == PageId.SECURITY


def create_vault(qtbot: QtBot, wizard: SetupWizard, passphrase: str, keychain: bool) -> None:
    page = wizard.security_page
    page.passphrase.setText(passphrase)
    page.repeat.setText(passphrase)
    page.keychain.setChecked(keychain)
    assert wizard.button(Commit).isEnabled()
    wizard.button(Commit).click()
    # busy: no leaving the page, no cancelling halfway, no second click
    assert page.busy_bar.isVisible() and not page.passphrase.isEnabled()
    for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton, Commit):
        assert not wizard.button(button).isEnabled()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.RECOVERY, timeout=TIMEOUT_MS)


def shown_groups(wizard: SetupWizard) -> list[str]:
    return [label.text() for label in wizard.recovery_page.group_labels if label.text()]


def type_requested_group(wizard: SetupWizard) -> None:
    page = wizard.recovery_page
    page.check_edit.setText(shown_groups(wizard)[page.requested_group - 1].lower())


def finish(qtbot: QtBot, wizard: SetupWizard) -> None:
    assert wizard.currentId() == PageId.RETENTION
    wizard.button(Finish).click()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=TIMEOUT_MS)
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_end_to_end(
    qtbot: QtBot,
    make_wizard: Callable[[], SetupWizard],
    paths: DataPaths,
    tmp_path: Path,
    opened_urls: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wizard = make_wizard()
    assert wizard.minimumSize().width() >= 720
    assert wizard.welcome_page.restore_button.isEnabled()  # "I already have a backup…"
    to_security(wizard)
    assert wizard.security_page.keychain.isEnabled()
    create_vault(qtbot, wizard, PASSPHRASE, keychain=True)
    assert wizard.security_page.passphrase.text() == ""  # not kept in the widgets

    page = wizard.recovery_page
    groups = shown_groups(wizard)
    identity = "AGE-SECRET-KEY-1" + "".join(groups)
    assert len(groups) == 10 and 1 <= page.requested_group <= 9
    assert page.check_label.text() == f"To check, type group {page.requested_group}:"
    assert not wizard.button(Commit).isEnabled()

    sheet = tmp_path / "sheet"  # no suffix: the page adds .pdf
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
    page.print_button.click()
    qtbot.waitUntil(lambda: bool(opened_urls), timeout=TIMEOUT_MS)
    pdf = Path(opened_urls[0])
    assert pdf == tmp_path / "sheet.pdf"
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Praktijk De Vlinder" in text and all(g in text for g in groups)
    assert page.print_status.isVisible()

    type_requested_group(wizard)
    assert page.check_hint.text().startswith("Correct")
    assert wizard.button(Commit).isEnabled()
    wizard.button(Commit).click()
    assert wizard.currentId() == PageId.RETENTION
    assert wizard.recovery_identity is None
    assert shown_groups(wizard) == [] and page.check_edit.text() == ""
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible() or not (
        wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    )

    wizard.retention_page.spins[Category.DOSSIER].setValue(18)
    finish(qtbot, wizard)
    assert wizard.vault is not None and wizard.recovery_key_confirmed
    assert pending_tasks() == 0

    wizard.vault.lock()
    for credential in (Passphrase(PASSPHRASE), Keychain(), RecoveryKey(identity)):
        vault = unlock_vault(paths, credential)
        with vault.session() as db:
            practice = get_practice(db)
            rules = {r.category: r.period_months for r in load_rules(db)}
            confirmed_at = rules_confirmed_at(db)
            actions = [e.action for e in audit_entries(db)]
        vault.lock()
    assert practice.name == "Praktijk De Vlinder"
    assert (practice.coach_name, practice.postcode, practice.kvk) == (
        "Anne de Vries", "1015 KD", "12345678",
    )  # fmt: skip
    assert rules[Category.DOSSIER] == 18 and rules[Category.AGENDA] == 12
    assert confirmed_at is not None
    assert {"vault.created", "practice.updated", "retention.rules_confirmed",
            "recovery_key.confirmed"} <= set(actions)  # fmt: skip


def test_no_keychain_requires_a_passphrase(
    qtbot: QtBot, no_keyring: None, make_wizard: Callable[[], SetupWizard], paths: DataPaths
) -> None:
    wizard = make_wizard()
    assert wizard.keyring_available is False
    to_security(wizard)
    page = wizard.security_page
    assert not page.keychain.isEnabled() and not page.keychain.isChecked()
    assert "passphrase is required" in page.keychain_status.text()
    assert page.keychain_status.isVisible()
    assert not wizard.button(Commit).isEnabled()  # empty passphrase refused
    page.passphrase.setText("short")
    page.repeat.setText("short")
    assert not wizard.button(Commit).isEnabled()
    assert page.meter_label.text().startswith("Too short")
    page.repeat.setText("something else entirely")
    page.passphrase.setText(PASSPHRASE)
    page.repeat.editingFinished.emit()
    assert page.hint.isVisible() and not wizard.button(Commit).isEnabled()
    create_vault(qtbot, wizard, PASSPHRASE, keychain=False)
    assert wizard.created_vault is not None and not wizard.created_vault.meta.keyring


def test_keychain_only_needs_the_box_ticked(
    qtbot: QtBot, make_wizard: Callable[[], SetupWizard], paths: DataPaths
) -> None:
    wizard = make_wizard()
    to_security(wizard)
    page = wizard.security_page
    assert not wizard.button(Commit).isEnabled()
    page.keychain.setChecked(True)
    assert wizard.button(Commit).isEnabled()
    assert page.no_passphrase_warning.isVisible()
    create_vault(qtbot, wizard, "", keychain=True)
    assert not wizard.created_vault.meta.has_passphrase  # type: ignore[union-attr]
    assert unlock_vault(paths, Keychain()) is not None


def test_wrong_group_keeps_next_disabled(
    qtbot: QtBot, make_wizard: Callable[[], SetupWizard]
) -> None:
    wizard = make_wizard()
    to_security(wizard)
    create_vault(qtbot, wizard, PASSPHRASE, keychain=False)
    page = wizard.recovery_page
    groups = shown_groups(wizard)
    wrong = groups[page.requested_group % 9]  # another full-length group (1..9 are)
    page.check_edit.setText(wrong)
    assert not wizard.button(Commit).isEnabled()
    assert page.check_hint.isVisible()
    assert f"not group {page.requested_group}" in page.check_hint.text()
    page.check_edit.setText("   ")
    assert not wizard.button(Commit).isEnabled()


def test_skipping_the_check_needs_the_accept_box(
    qtbot: QtBot, make_wizard: Callable[[], SetupWizard], paths: DataPaths
) -> None:
    wizard = make_wizard()
    to_security(wizard)
    create_vault(qtbot, wizard, PASSPHRASE, keychain=False)
    page = wizard.recovery_page
    assert not wizard.button(Commit).isEnabled()
    assert "lose all my data" in page.skip_box.text()
    page.skip_box.setChecked(True)
    assert wizard.button(Commit).isEnabled()
    wizard.button(Commit).click()
    assert wizard.currentId() == PageId.RETENTION
    finish(qtbot, wizard)
    assert wizard.vault is not None and not wizard.recovery_key_confirmed
    with wizard.vault.session() as db:
        actions = [e.action for e in audit_entries(db)]
    assert "recovery_key.confirmation_skipped" in actions
    assert "recovery_key.confirmed" not in actions


def test_practice_fields_are_checked_inline(
    qtbot: QtBot, make_wizard: Callable[[], SetupWizard]
) -> None:
    wizard = make_wizard()
    wizard.next()
    page = wizard.practice_page
    assert not wizard.button(Next).isEnabled()  # name and coach name are required
    fill_practice(wizard, email="anne@", kvk="1234", postcode="12345")
    assert not wizard.button(Next).isEnabled()
    for name, needle in (("email", "e-mail"), ("kvk", "8 digits"), ("postcode", "1234 AB")):
        assert page.hints[name].isVisible(), name
        assert needle in page.hints[name].text()
    fill_practice(wizard, email="", kvk="", postcode="")
    assert not any(h.isVisible() for h in page.hints.values())
    assert wizard.button(Next).isEnabled()
    page.edits["name"].setText("  ")
    page.edits["name"].editingFinished.emit()
    assert page.hints["name"].isVisible() and not wizard.button(Next).isEnabled()


def test_logo_is_stored_in_the_vault(
    qtbot: QtBot,
    make_wizard: Callable[[], SetupWizard],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(2000, 500, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    source = tmp_path / "logo.jpg"
    assert image.save(str(source))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    wizard = make_wizard()
    to_security(wizard)
    wizard.back()
    wizard.practice_page.logo_button.click()
    qtbot.waitUntil(lambda: wizard.practice_page.logo is not None, timeout=TIMEOUT_MS)
    assert wizard.practice_page.logo_preview.isVisible()
    loaded = QImage.fromData(wizard.practice_page.logo)
    assert (loaded.width(), loaded.height()) == (1024, 256)  # shrunk, aspect kept
    wizard.next()
    create_vault(qtbot, wizard, PASSPHRASE, keychain=False)
    assert wizard.created_vault is not None
    with wizard.created_vault.session() as db:
        assert practice_logo(db) == wizard.practice_page.logo


class FakeDutch(QTranslator):
    """Stands in for the .qm files another engineer produces: two strings, in Dutch."""

    WORDS: ClassVar[dict[str, str]] = {
        "&Language:": "&Taal:",
        "Welcome to CoachDesk": "Welkom bij CoachDesk",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return self.WORDS.get(source, "")

    def isEmpty(self) -> bool:
        return False


def test_language_switch_retranslates_live(
    qtbot: QtBot, make_wizard: Callable[[], SetupWizard], paths: DataPaths
) -> None:
    wizard = make_wizard()
    page = wizard.welcome_page
    assert page.language_label.text() == "&Language:"
    app = QCoreApplication.instance()
    assert app is not None
    fake = FakeDutch(app)
    app.installTranslator(fake)
    try:  # Qt posts LanguageChange to each window; the event loop delivers it
        qtbot.waitUntil(lambda: page.language_label.text() == "&Taal:", timeout=TIMEOUT_MS)
        assert page.title() == "Welkom bij CoachDesk"
    finally:
        app.removeTranslator(fake)
    qtbot.waitUntil(lambda: page.language_label.text() == "&Language:", timeout=TIMEOUT_MS)

    page.language.setCurrentIndex(page.language.findData("nl"))
    assert i18n.current_language() == "nl"
    assert Prefs(paths).language == "nl"
    qtbot.wait(50)  # let any LanguageChange from the Qt translations arrive
    page.language.setCurrentIndex(page.language.findData("en"))
    qtbot.wait(50)
    assert i18n.current_language() == "en" and page.title() == "Welcome to CoachDesk"


@pytest.mark.parametrize(("choice", "kept"), [(KEEP, True), (DISCARD, False)])
def test_cancel_after_creation_asks_and_never_deletes_silently(
    qtbot: QtBot,
    make_wizard: Callable[[], SetupWizard],
    paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: object,
    choice: str,
    kept: bool,
) -> None:
    wizard = make_wizard()
    to_security(wizard)
    create_vault(qtbot, wizard, PASSPHRASE, keychain=True)
    answers = [CONTINUE, choice]
    monkeypatch.setattr(SetupWizard, "ask_keep_vault", lambda self: answers.pop(0))
    wizard.reject()
    assert wizard.isVisible() and wizard.currentId() == PageId.RECOVERY  # "continue"
    wizard.reject()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=TIMEOUT_MS)
    assert wizard.vault is None
    assert wizard.recovery_identity is None
    assert paths.vault_db.exists() is kept and paths.meta.exists() is kept
    assert bool(memory_keyring.secrets) is kept  # type: ignore[attr-defined]
    if kept:
        unlock_vault(paths, Passphrase(PASSPHRASE)).lock()


def test_strength_estimate_is_modest() -> None:
    assert estimate("short", 10).strength is Strength.TOO_SHORT
    assert estimate("wachtwoord123", 10).strength is Strength.WEAK
    assert estimate("aaaaaaaaaaaaaaaa", 10).strength is Strength.WEAK
    assert estimate("Welkom2024!!", 10).strength is Strength.WEAK
    assert estimate(PASSPHRASE, 10).strength >= Strength.GOOD
