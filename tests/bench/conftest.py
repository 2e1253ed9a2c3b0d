"""Benchmark fixtures: the cached L and XL practices, working copies, the results recorder.

Run with ``make bench`` (not part of ``make test``). The practices are built once per seed and
generator version under ``~/.cache/coachdesk-bench`` (or ``$COACHDESK_BENCH_CACHE``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk.paths import DataPaths
from coachdesk.services.access import Keychain, unlock_vault
from coachdesk.vault.vault import Vault
from tests.bench import practices
from tests.bench.file_keyring import FileKeyring
from tests.bench.report import Recorder

_RECORDER = Recorder()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[FileKeyring]:
    """Overrides the suite's in-memory keychain: the benchmark vaults' keys live in a file."""
    import keyring

    previous = keyring.get_keyring()
    yield practices.use_bench_keyring()
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def recorder() -> Iterator[Recorder]:
    yield _RECORDER


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _RECORDER.write()


def _practice(size: str, tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    import keyring

    previous = keyring.get_keyring()
    try:
        source, counts, build = practices.practice(size)
    finally:
        keyring.set_keyring(previous)
    _RECORDER.practices[size] = counts | {"generation_seconds": round(build)}
    copy = practices.working_copy(source, tmp_path_factory.mktemp(size) / "data")
    key = practices.recovery_key(source)
    (copy.root.parent / "recovery-key.txt").write_text(key, encoding="utf-8")
    return copy


@pytest.fixture(scope="session")
def practice_l(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    """A working copy of L (2,000 clients, 40,000 notes, ~300 MB of attachments)."""
    return _practice("L", tmp_path_factory)


@pytest.fixture(scope="session")
def practice_xl(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    """A working copy of XL (20,000 clients, 400,000 notes, no attachments)."""
    return _practice("XL", tmp_path_factory)


def unlock(paths: DataPaths) -> Vault:
    """Through the keychain, as the app does at start."""
    return unlock_vault(paths, Keychain())


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    return tmp_path
