"""What ``coachdesk status`` and the Settings page show: ids, versions, counts, slots."""

from __future__ import annotations

from dataclasses import dataclass

from coachdesk import __version__
from coachdesk.vault.connection import Db
from coachdesk.vault.migrations import LATEST_VERSION, schema_version
from coachdesk.vault.vault import Vault

COUNTED_TABLES = (
    "clients", "trajectories", "notes", "documents", "consents", "disclosures",
    "appointments", "tasks", "audit_log", "erasure_ledger",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class VaultStatus:
    vault_id: str
    data_dir: str
    schema_version: int
    program_schema_version: int
    app_version: str
    cipher_version: str
    counts: dict[str, int]
    slots: dict[str, bool]
    vault_bytes: int

    def to_json(self) -> dict[str, object]:
        return {
            "vault_id": self.vault_id,
            "data_dir": self.data_dir,
            "schema_version": self.schema_version,
            "program_schema_version": self.program_schema_version,
            "app_version": self.app_version,
            "cipher_version": self.cipher_version,
            "counts": self.counts,
            "key_slots": self.slots,
            "vault_bytes": self.vault_bytes,
        }


def vault_status(vault: Vault, db: Db) -> VaultStatus:
    counts = {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in COUNTED_TABLES}
    size = sum(
        p.stat().st_size
        for p in (vault.paths.vault_db, vault.paths.root / "vault.db-wal")
        if p.exists()
    )
    return VaultStatus(
        vault_id=vault.vault_id,
        data_dir=str(vault.paths.root),
        schema_version=schema_version(db),
        program_schema_version=LATEST_VERSION,
        app_version=__version__,
        cipher_version=str(db.pragma("cipher_version")),
        counts=counts,
        slots={
            "recovery_key": True,
            "passphrase": vault.meta.has_passphrase,
            "keychain": vault.meta.keyring,
        },
        vault_bytes=size,
    )
