"""Shared fixtures: fresh state on tmp_path, an in-memory keyring, Qt offscreen.

The keyring backend is the only fake in the suite (CI has no keychain). Everything else is
real: SQLCipher files, age encryption, Argon2id.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from coachdesk.paths import DataPaths, data_paths
from coachdesk.vault.vault import Vault

PASSPHRASE = "correct horse battery staple"


class MemoryKeyring(KeyringBackend):
    """A keychain that lives in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test starts with an empty in-memory keychain and leaves the global one as it was."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """The situation on a headless Linux or WSL machine: no keychain backend at all."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return data_paths(tmp_path / "data")


@pytest.fixture
def vault_and_key(paths: DataPaths) -> tuple[Vault, str]:
    """A fresh vault with a passphrase and a keychain copy; returns it and its recovery key."""
    return Vault.create(paths, passphrase=PASSPHRASE, use_keyring=True)


@pytest.fixture
def vault(vault_and_key: tuple[Vault, str]) -> Vault:
    return vault_and_key[0]


@pytest.fixture
def recovery_key(vault_and_key: tuple[Vault, str]) -> str:
    return vault_and_key[1]


def all_files_bytes(root: Path) -> dict[str, bytes]:
    """Every file below *root* with its bytes (for 'unchanged' and 'no plaintext' checks)."""
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }
