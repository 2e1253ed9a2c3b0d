"""``vault.meta.json``: what is needed to unlock the vault, and nothing about clients.

It holds the vault id, the key check value, the recovery recipient with the key wrapped to it,
the passphrase slot, whether the keychain holds a copy, and during a key rotation the pending
new key's slots. It is replaced atomically on every change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from coachdesk.domain.errors import VaultDamaged
from coachdesk.vault.fsutil import atomic_write_bytes
from coachdesk.vault.keys import PassphraseSlot

META_FORMAT = 1


@dataclass(frozen=True, slots=True)
class KeySlots:
    """Every way one vault key is stored; the rotation keeps a second set as ``pending``."""

    key_check: str
    recovery_wrapped: str
    passphrase: PassphraseSlot | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "key_check": self.key_check,
            "recovery_wrapped": self.recovery_wrapped,
            "passphrase": self.passphrase.to_json() if self.passphrase else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySlots:
        pp = data.get("passphrase")
        return cls(
            key_check=str(data["key_check"]),
            recovery_wrapped=str(data["recovery_wrapped"]),
            passphrase=PassphraseSlot.from_json(pp) if pp else None,
        )


@dataclass(frozen=True, slots=True)
class VaultMeta:
    vault_id: str
    created_at: str
    recovery_recipient: str
    slots: KeySlots
    keyring: bool = False
    pending: KeySlots | None = None
    schema_version: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_passphrase(self) -> bool:
        return self.slots.passphrase is not None

    def with_changes(self, **changes: Any) -> VaultMeta:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": META_FORMAT,
            "app": "CoachDesk",
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "schema_version": self.schema_version,
            "recovery_recipient": self.recovery_recipient,
            "slots": self.slots.to_json(),
            "keyring": self.keyring,
            "pending": self.pending.to_json() if self.pending else None,
            **self.extra,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> VaultMeta:
        known = {
            "format", "app", "vault_id", "created_at", "schema_version",
            "recovery_recipient", "slots", "keyring", "pending",
        }  # fmt: skip
        pending = data.get("pending")
        return cls(
            vault_id=str(data["vault_id"]),
            created_at=str(data["created_at"]),
            recovery_recipient=str(data["recovery_recipient"]),
            slots=KeySlots.from_json(data["slots"]),
            keyring=bool(data.get("keyring", False)),
            pending=KeySlots.from_json(pending) if pending else None,
            schema_version=int(data.get("schema_version", 0)),
            extra={k: v for k, v in data.items() if k not in known},
        )


def load_meta(path: Path) -> VaultMeta:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise VaultDamaged(detail=f"{path.name}: {exc.strerror}") from exc
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != META_FORMAT:
            raise ValueError("unknown format")
        return VaultMeta.from_json(data)
    except (ValueError, KeyError, TypeError) as exc:
        raise VaultDamaged(detail=f"{path.name} is unreadable") from exc


def save_meta(path: Path, meta: VaultMeta) -> None:
    text = json.dumps(meta.to_json(), indent=2, sort_keys=True) + "\n"
    atomic_write_bytes(path, text.encode("utf-8"))
