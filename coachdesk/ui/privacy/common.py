"""Small pieces the Privacy tabs share: translated labels, the confirmation question and the
base of a tab that loads when it is shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.requests import KIND_LABELS, RequestKind
from coachdesk.domain.retention import ACTION_LABELS, CATEGORY_LABELS, Action, Category
from coachdesk.ui.clients.labels import action_label


class LazyTab(QWidget):
    """A Privacy tab that loads its rows when it is first shown, and again when shown after its
    data changed (``mark_stale``), so a hidden tab costs nothing. Subclasses implement the
    hooks ``reload`` (fill the tab; it clears ``_stale``) and ``retranslate`` (set the texts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True

    def reload(self) -> None:
        """Hook: read the rows again (subclasses set ``self._stale = False`` first)."""
        self._stale = False

    def retranslate(self) -> None:
        """Hook: set every text in the current language."""

    def mark_stale(self) -> None:
        """The tab's data changed: reload now if the tab is on screen, else when it is shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)


def category_label(category: Category) -> str:
    return QCoreApplication.translate("Retention", CATEGORY_LABELS[category])


def action_name(action: Action) -> str:
    return QCoreApplication.translate("Retention", ACTION_LABELS[action])


def kind_label(kind: RequestKind) -> str:
    return QCoreApplication.translate("Requests", KIND_LABELS[kind])


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before something that cannot be undone; No is the default. Tests replace this."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def today() -> date:
    return date.today()


_ACTIONS = {
    "request.received": QT_TRANSLATE_NOOP("PrivacyLabels", "Request received"),
    "request.extended": QT_TRANSLATE_NOOP("PrivacyLabels", "Request deadline extended"),
    "request.completed": QT_TRANSLATE_NOOP("PrivacyLabels", "Request completed"),
    "breach.recorded": QT_TRANSLATE_NOOP("PrivacyLabels", "Data breach recorded"),
    "breach.updated": QT_TRANSLATE_NOOP("PrivacyLabels", "Data breach updated"),
    "retention.appointments_removed": QT_TRANSLATE_NOOP(
        "PrivacyLabels", "Old appointments removed (retention)"
    ),
    "retention.rules_confirmed": QT_TRANSLATE_NOOP("PrivacyLabels", "Retention periods confirmed"),
    "retention.rules_changed": QT_TRANSLATE_NOOP("PrivacyLabels", "Retention periods changed"),
    "client.erased": QT_TRANSLATE_NOOP("PrivacyLabels", "Client erased"),
    "client.anonymised": QT_TRANSLATE_NOOP("PrivacyLabels", "Client anonymised"),
    "client.imported": QT_TRANSLATE_NOOP("PrivacyLabels", "Client imported from an export"),
    "client.legal_hold_placed": QT_TRANSLATE_NOOP("PrivacyLabels", "Legal hold placed"),
    "client.legal_hold_lifted": QT_TRANSLATE_NOOP("PrivacyLabels", "Legal hold lifted"),
    "retention.auto_on": QT_TRANSLATE_NOOP("PrivacyLabels", "Automatic retention switched on"),
    "retention.auto_off": QT_TRANSLATE_NOOP("PrivacyLabels", "Automatic retention switched off"),
    "retention.auto_run": QT_TRANSLATE_NOOP("PrivacyLabels", "Automatic retention run"),
    "backup.created": QT_TRANSLATE_NOOP("PrivacyLabels", "Backup made"),
    "backup.settings_changed": QT_TRANSLATE_NOOP("PrivacyLabels", "Backup settings changed"),
    "backup.restore_verified": QT_TRANSLATE_NOOP("PrivacyLabels", "Restore drill passed"),
    "backup.restored": QT_TRANSLATE_NOOP("PrivacyLabels", "Practice restored from a backup"),
    "backup.erasure_replayed": QT_TRANSLATE_NOOP(
        "PrivacyLabels", "Erasure repeated after a restore"
    ),
    "backup.restore_older_ledger_accepted": QT_TRANSLATE_NOOP(
        "PrivacyLabels", "Restore without a newer erasure ledger accepted"
    ),
    "agenda.imported": QT_TRANSLATE_NOOP("PrivacyLabels", "Calendar imported"),
    "agenda.exported": QT_TRANSLATE_NOOP("PrivacyLabels", "Calendar exported"),
    "demo.generated": QT_TRANSLATE_NOOP("PrivacyLabels", "Demo practice generated"),
    "practice.updated": QT_TRANSLATE_NOOP("PrivacyLabels", "Practice details changed"),
    "practice.logo_saved": QT_TRANSLATE_NOOP("PrivacyLabels", "Practice logo saved"),
    "practice.logo_removed": QT_TRANSLATE_NOOP("PrivacyLabels", "Practice logo removed"),
    "settings.changed": QT_TRANSLATE_NOOP("PrivacyLabels", "Settings changed"),
    "vault.created": QT_TRANSLATE_NOOP("PrivacyLabels", "Vault created"),
    "vault.key_rotated": QT_TRANSLATE_NOOP("PrivacyLabels", "Vault key replaced"),
    "vault.keyring_enabled": QT_TRANSLATE_NOOP(
        "PrivacyLabels", "Key copy in the keychain switched on"
    ),
    "vault.keyring_disabled": QT_TRANSLATE_NOOP(
        "PrivacyLabels", "Key copy in the keychain switched off"
    ),
    "vault.passphrase_changed": QT_TRANSLATE_NOOP("PrivacyLabels", "Passphrase set or changed"),
    "vault.passphrase_removed": QT_TRANSLATE_NOOP("PrivacyLabels", "Passphrase removed"),
    "vault.recovery_key_replaced": QT_TRANSLATE_NOOP("PrivacyLabels", "Recovery key replaced"),
}


def audit_action_label(action: str) -> str:
    """An audit action in words (the privacy actions here, the others from the dossier)."""
    if action in _ACTIONS:
        return QCoreApplication.translate("PrivacyLabels", _ACTIONS[action])
    return action_label(action)
