"""The unlocked state the window works with, and the one signal that says what changed.

Views never reload everything: an operation emits ``changed`` with a small ``Changes`` value
(which kinds of thing, which client) and each view decides whether it must refresh. The GUI
thread owns ``db``; workers open their own connection through ``vault.connect()``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from coachdesk.services.access import Db, Vault


@dataclass(frozen=True, slots=True)
class Changes:
    clients: bool = False
    notes: bool = False
    documents: bool = False
    consents: bool = False
    appointments: bool = False
    tasks: bool = False
    practice: bool = False
    settings: bool = False
    client_id: int | None = None  # the one client concerned, if only one


class AppSession(QObject):
    """Owns the vault and the GUI thread's connection while unlocked."""

    changed = Signal(object, object)  # (Changes, initiator or None)
    locked = Signal()

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.db: Db = vault.connect()

    def notify(self, changes: Changes, initiator: object | None = None) -> None:
        self.changed.emit(changes, initiator)

    def close(self) -> None:
        """Close the connection and forget the key; emits ``locked``."""
        self.db.close()
        self.vault.lock()
        self.locked.emit()
