"""The restore drill: the newest backup decrypted with the local verify key into a private
scratch folder, checked fully, the scratch deleted, and only a pass recorded."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_backup_restore_support import file_hashes

from coachdesk.services.backup import (
    BackupSettings,
    create_backup,
    last_verified_restore,
    save_backup_settings,
)
from coachdesk.services.backup.cleanup import STAGING_DIR
from coachdesk.services.backup.drill import NoBackupToDrill, restore_drill
from coachdesk.vault.vault import Vault

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def target(vault: Vault, tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    with vault.session() as db:
        save_backup_settings(db, BackupSettings(targets=(str(folder),)))
    return folder


def test_drill_checks_the_newest_backup_and_records_it(vault: Vault, target: Path) -> None:
    create_backup(vault, target, now=datetime(2026, 11, 20, tzinfo=UTC))
    newest = create_backup(vault, target, now=datetime(2026, 11, 24, tzinfo=UTC))
    seen: list[tuple[int, int]] = []
    report = restore_drill(vault, progress=lambda d, t: seen.append((d, t)), now=NOW)
    assert report.ok and report.detail == ""
    assert str(report.backup.path) == newest.path
    assert report.backup.counts["clients"] == 0
    assert seen and seen[-1][0] == seen[-1][1]
    assert not (vault.paths.root / STAGING_DIR).exists()
    with vault.session() as db:
        assert last_verified_restore(db) == NOW


def test_a_damaged_newest_backup_fails_the_drill_and_records_nothing(
    vault: Vault, target: Path
) -> None:
    create_backup(vault, target, now=datetime(2026, 11, 20, tzinfo=UTC))
    newest = Path(create_backup(vault, target, now=datetime(2026, 11, 24, tzinfo=UTC)).path)
    data = bytearray(newest.read_bytes())
    data[len(data) // 2] ^= 0x01
    newest.write_bytes(bytes(data))
    vault.connect().close()
    before = {k: v for k, v in file_hashes(vault.paths.root).items() if "vault.db" not in k}
    report = restore_drill(vault, now=NOW)
    assert not report.ok
    assert report.backup.path == newest
    assert "damaged" in report.detail or "check out" in report.detail
    assert not (vault.paths.root / STAGING_DIR).exists()
    with vault.session() as db:
        assert last_verified_restore(db) is None
    after = {k: v for k, v in file_hashes(vault.paths.root).items() if "vault.db" not in k}
    assert after == before


def test_no_backup_to_drill(vault: Vault, target: Path) -> None:
    with pytest.raises(NoBackupToDrill):
        restore_drill(vault, now=NOW)
