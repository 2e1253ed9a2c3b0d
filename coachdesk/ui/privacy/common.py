"""Small pieces the Privacy tabs share: translated labels and the confirmation question."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.requests import KIND_LABELS, RequestKind
from coachdesk.domain.retention import ACTION_LABELS, CATEGORY_LABELS, Action, Category
from coachdesk.ui.clients.labels import action_label


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
    "retention.appointments_removed": QT_TRANSLATE_NOOP(
        "PrivacyLabels", "Old appointments removed (retention)"
    ),
    "retention.rules_confirmed": QT_TRANSLATE_NOOP("PrivacyLabels", "Retention periods confirmed"),
    "retention.rules_changed": QT_TRANSLATE_NOOP("PrivacyLabels", "Retention periods changed"),
}


def audit_action_label(action: str) -> str:
    """An audit action in words (the privacy actions here, the others from the dossier)."""
    if action in _ACTIONS:
        return QCoreApplication.translate("PrivacyLabels", _ACTIONS[action])
    return action_label(action)
