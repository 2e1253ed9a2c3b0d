"""``coachdesk backup restore`` as a new user would use it, as subprocesses without a keychain.

A demo practice is backed up; a fresh data folder restores it with only the recovery key; the
practice's own folder restores it after a client was erased, and that client stays gone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coachdesk.domain.errors import EXIT_USER
from tests.e2e.test_cli import PASSPHRASE, run, unlocked

pytestmark = pytest.mark.slow


def numbers(data_dir: Path, key_file: Path) -> list[str]:
    proc = run("client", "list", "--json", "--data-dir", str(data_dir),
               "--recovery-key-file", str(key_file))  # fmt: skip
    return sorted(c["number"] for c in json.loads(proc.stdout))


def test_backup_restore_on_a_new_machine_and_erasure_survives(tmp_path: Path) -> None:
    home = tmp_path / "laptop" / "data"
    created = run("init", "--data-dir", str(home), "--passphrase-stdin", "--json",
                  stdin=PASSPHRASE + "\n")  # fmt: skip
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(json.loads(created.stdout)["recovery_key"] + "\n")
    unlocked("demo", "--clients", "6", "--no-attachments", data_dir=home)
    backups = tmp_path / "usb"
    backups.mkdir()
    backup = Path(unlocked("backup", "create", "--to", str(backups), data_dir=home).stdout.strip())
    assert backup.is_file() and backup.suffix == ".cdbackup"
    before = numbers(home, key_file)
    gone = before[0]
    unlocked("client", "erase", gone, "--yes", data_dir=home)

    # a new machine: only the file and the recovery key
    new = tmp_path / "new-laptop" / "data"
    restore = ("backup", "restore", str(backup), "--data-dir", str(new),
               "--recovery-key-file", str(key_file))  # fmt: skip
    shown = run(*restore, check=EXIT_USER)
    assert "Contains: " in shown.stdout and "add --yes" in shown.stdout
    assert not (new / "vault.db").exists()
    refused = run(*restore, "--yes", check=EXIT_USER)
    assert "No erasure ledger newer than this backup" in refused.stderr
    assert not (new / "vault.db").exists()
    done = run(*restore, "--yes", "--accept-older-ledger")
    assert "Restored " in done.stdout and "you confirmed" in done.stdout
    assert "It opens with: recovery key." in done.stdout
    assert numbers(new, key_file) == before  # everything is there (no newer ledger here)

    # the laptop itself: its ledger is found (with the recovery key) and replayed
    again = run("backup", "restore", str(backup), "--data-dir", str(home),
                "--recovery-key-file", str(key_file), "--yes", "--json")  # fmt: skip
    report = json.loads(again.stdout)
    assert report["newer_ledger_found"] and report["clients_removed_by_replay"] == 1
    assert gone not in numbers(home, key_file)
    assert numbers(home, key_file) == before[1:]
    assert not (home / "backup-staging").exists()

    # no backup folder is configured, so there is nothing to drill: said plainly
    drill = run("backup", "drill", "--data-dir", str(home), "--recovery-key-file", str(key_file),
                check=EXIT_USER)  # fmt: skip
    assert "No backup of this vault was found" in drill.stderr


def test_restore_needs_a_secret_and_a_real_backup(tmp_path: Path) -> None:
    fake = tmp_path / "fake.cdbackup"
    fake.write_bytes(b"not a backup")
    key_file = tmp_path / "k.txt"
    key_file.write_text("AGE-SECRET-KEY-1XYZ\n")
    no_secret = run("backup", "restore", str(fake), "--data-dir", str(tmp_path / "d"), "--yes",
                    check=EXIT_USER)  # fmt: skip
    assert "recovery key" in no_secret.stderr
    bad = run("backup", "restore", str(fake), "--data-dir", str(tmp_path / "d"), "--yes",
              "--passphrase-stdin", stdin=PASSPHRASE + "\n", check=None)  # fmt: skip
    assert bad.returncode != 0 and "fake.cdbackup" in bad.stderr
    assert not (tmp_path / "d" / "vault.db").exists()
