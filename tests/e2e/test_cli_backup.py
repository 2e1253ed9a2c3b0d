"""``coachdesk backup create|list|verify`` as a scheduled job or a script would run them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coachdesk.domain.errors import EXIT_DAMAGED, EXIT_UNLOCK, EXIT_USER
from tests.e2e.test_cli import PASSPHRASE, run, unlocked

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def practice(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path]:
    root = tmp_path_factory.mktemp("backup")
    data_dir = root / "vault"
    created = json.loads(
        run("init", "--data-dir", str(data_dir), "--passphrase-stdin", "--json",
            stdin=PASSPHRASE + "\n").stdout
    )  # fmt: skip
    unlocked("demo", "--clients", "8", "--no-attachments", data_dir=data_dir)
    key_file = root / "recovery-key.txt"
    key_file.write_text(created["recovery_key"] + "\n")
    return data_dir, created["recovery_key"], key_file


def test_create_list_verify(practice: tuple[Path, str, Path], tmp_path: Path) -> None:
    data_dir, _key, key_file = practice
    target = tmp_path / "usb"
    target.mkdir()
    none_set = unlocked("backup", "create", data_dir=data_dir, check=None)
    assert none_set.returncode == EXIT_USER and "--to" in none_set.stderr
    made = unlocked("backup", "create", "--to", str(target), data_dir=data_dir)
    path = Path(made.stdout.strip())
    assert path.parent == target and path.name.endswith(".cdbackup") and path.exists()
    listed = json.loads(run("backup", "list", "--in", str(target), "--json").stdout)
    assert [Path(b["path"]) for b in listed] == [path]
    assert "1 backup" in run("backup", "list", "--in", str(target)).stdout
    checked = run("backup", "verify", str(path), "--recovery-key-file", str(key_file), "--json")
    report = json.loads(checked.stdout)
    assert report["ok"] and report["counts"]["clients"] == 8
    by_passphrase = run("backup", "verify", str(path), "--passphrase-stdin",
                        stdin=PASSPHRASE + "\n")  # fmt: skip
    assert by_passphrase.stdout.startswith("OK: ")
    wrong = run("backup", "verify", str(path), "--passphrase-stdin", stdin="not it at all\n",
                check=None)  # fmt: skip
    assert wrong.returncode == EXIT_UNLOCK and "passphrase does not open" in wrong.stderr
    damaged = tmp_path / path.name
    damaged.write_bytes(path.read_bytes()[:-1])
    bad = run("backup", "verify", str(damaged), "--recovery-key-file", str(key_file), check=None)
    assert bad.returncode == EXIT_DAMAGED and "damaged" in bad.stderr
    assert "Traceback" not in bad.stderr + wrong.stderr


def test_configured_targets(practice: tuple[Path, str, Path], tmp_path: Path) -> None:
    from coachdesk.paths import data_paths
    from coachdesk.services.backup import BackupSettings, save_backup_settings
    from coachdesk.vault.vault import Passphrase, Vault

    data_dir, _key, _key_file = practice
    good, gone = tmp_path / "cloud", tmp_path / "unplugged"
    good.mkdir()
    vault = Vault.unlock(data_paths(data_dir), Passphrase(PASSPHRASE))
    with vault.session() as db:
        save_backup_settings(db, BackupSettings(targets=(str(good), str(gone))))
    made = unlocked("backup", "create", data_dir=data_dir, check=None)
    assert made.returncode == EXIT_USER and "does not exist" in made.stderr
    assert Path(made.stdout.strip()).parent == good
    listed = unlocked("backup", "list", "--json", data_dir=data_dir)
    assert len(json.loads(listed.stdout)) == 1
