"""The only module that knows where CoachDesk keeps files.

Everything below the data dir belongs to one vault. ``--data-dir`` overrides the platform default
(tests and the CLI use it), so a run never touches the coach's real data by accident.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "CoachDesk"
ENV_DATA_DIR = "COACHDESK_DATA_DIR"


@dataclass(frozen=True, slots=True)
class DataPaths:
    """Files of one vault. All client data lives in ``vault_db`` (encrypted)."""

    root: Path

    @property
    def vault_db(self) -> Path:
        return self.root / "vault.db"

    @property
    def meta(self) -> Path:
        return self.root / "vault.meta.json"

    @property
    def lock_file(self) -> Path:
        return self.root / "vault.lock"

    @property
    def log_dir(self) -> Path:
        return self.root / "logs"

    @property
    def private_tmp(self) -> Path:
        """0700 folder for documents the coach opens; wiped on lock and exit."""
        return self.root / "open-documents"

    @property
    def ledger_sidecar(self) -> Path:
        """HMAC-protected copy of the erasure ledger, outside the vault (replayed on restore)."""
        return self.root / "erasure-ledger.json"

    def migration_copy(self, from_version: int) -> Path:
        return self.root / f"vault.db.before-migration-{from_version}"


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    root = Path(data_dir).expanduser() if data_dir else default_data_dir()
    return DataPaths(root.absolute())


def resources_dir() -> Path:
    """``resources/`` beside the package in a source checkout, or inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
