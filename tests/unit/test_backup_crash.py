"""``kill -9`` at random moments of ``backup create`` (issue 6, promise 4).

A child process backs up a small vault and is killed with SIGKILL after a random delay drawn
from a seed (``COACHDESK_CRASH_SEED`` replays a run). Afterwards: every file with a final name
is a complete backup that verifies, the vault opens, and the next start removes what the
killed run left (staging in the data folder, ``*.partial`` in the backup folder).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from coachdesk.domain.models import ClientDraft
from coachdesk.paths import data_paths
from coachdesk.services.backup import (
    BackupSettings,
    refresh_backup_tasks,
    save_backup_settings,
    verify_backup,
)
from coachdesk.services.backup.cleanup import clean_up_leftovers
from coachdesk.services.clients import create_client
from coachdesk.services.documents import add_document
from coachdesk.vault.vault import RecoveryKey, Vault
from tests.conftest import PASSPHRASE

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

REPO = Path(__file__).resolve().parents[2]
RUNS = 12
SEED = int(os.environ.get("COACHDESK_CRASH_SEED", time.time_ns() % 1_000_000))

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from coachdesk.paths import data_paths
    from coachdesk.services.backup import create_backup
    from coachdesk.vault.vault import RecoveryKey, Vault

    vault = Vault.unlock(data_paths(sys.argv[1]), RecoveryKey(sys.stdin.readline()))
    print("READY", flush=True)
    while True:
        print("WROTE", create_backup(vault, Path(sys.argv[2])).path, flush=True)
    """
)


def test_kill_during_backup_leaves_only_valid_backups(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    paths = data_paths(tmp_path / "data")
    vault, recovery_key = Vault.create(paths, passphrase=PASSPHRASE)
    target = tmp_path / "backups"
    target.mkdir()
    with vault.session() as db:
        client = create_client(db, ClientDraft(first_name="Anna"), today=date(2025, 1, 1))
        add_document(db, client.id, "scan.pdf", os.urandom(3 << 20))
        save_backup_settings(db, BackupSettings(targets=(str(target),), keep_daily=100))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), *sys.path]))
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    mid_write = 0
    for run in range(RUNS):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(paths.root), str(target)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env=env,
        )  # fmt: skip
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(recovery_key + "\n")
        proc.stdin.flush()
        assert proc.stdout.readline().startswith("READY"), f"seed {SEED}"
        time.sleep(rng.uniform(0.0, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stdin.close()
        if proc.stderr is not None:
            proc.stderr.close()
        context = f"seed {SEED}, run {run}"
        for final in target.glob("*.cdbackup"):
            info = verify_backup(final, RecoveryKey(recovery_key))
            assert info.vault_id == vault.vault_id, context
        for path in [*target.rglob("*"), *paths.root.rglob("*")]:
            if path.is_file() and path.name != "vault.db":
                assert not path.read_bytes()[:16].startswith(b"SQLite format 3"), context
        mid_write += bool(
            list(target.glob("*.partial")) or (paths.root / "backup-staging").exists()
        )
        # The next start: the app cleans the data folder, then the backup folders.
        clean_up_leftovers(paths)
        reopened = Vault.unlock(paths, RecoveryKey(recovery_key))
        with reopened.session() as db:
            db.check_integrity()
            refresh_backup_tasks(db, paths, reopened_now())
        assert not list(target.glob("*.partial")), context
        assert not (paths.root / "backup-staging").exists(), context
    assert list(target.glob("*.cdbackup")), f"seed {SEED}: no backup ever finished"
    print(f"{mid_write} of {RUNS} kills left a half-written backup behind")


def reopened_now():  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime.now(UTC)
