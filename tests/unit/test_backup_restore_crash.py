"""SIGKILL during a restore (promises 4 and 7): afterwards, once ``clean_up_leftovers`` ran, the
vault opens — with the recovery key and with the keychain — holding either the old content or
the restored one, and nothing of the staging area is left.

A child process (code below, run with ``python -c``) restores a backup over a copy of one
template vault and is killed at a named step of the restore, or at a random moment within the
time a restore takes here. The keychain is the file-backed one of ``crash_helpers`` so that
parent and child share it. Set ``COACHDESK_CRASH_SEED`` to replay the random delays.
"""

from __future__ import annotations

import importlib.util
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import keyring
import pytest
from test_backup_restore_support import no_plain_sqlite

from coachdesk.domain.models import ClientDraft
from coachdesk.paths import DataPaths, data_paths
from coachdesk.services.backup.cleanup import STAGING_DIR, clean_up_leftovers
from coachdesk.services.backup.create import create_backup
from coachdesk.services.backup.restore import restore_backup
from coachdesk.services.backup.restore_swap import JOURNAL
from coachdesk.vault.repos import clients, notes
from coachdesk.vault.vault import Keychain, RecoveryKey, Vault

pytestmark = pytest.mark.slow

HELPERS = Path(__file__).parent / "crash_helpers"
REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("restore_file_keyring", HELPERS / "file_keyring.py")
assert _spec is not None and _spec.loader is not None
_file_keyring = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_file_keyring)
FileKeyring = _file_keyring.FileKeyring

PASSPHRASE = "correct horse battery staple"
SEED = int(os.environ.get("COACHDESK_CRASH_SEED", time.time_ns() % 1_000_000))
STEPS = (
    "extracted", "prepared", "rekeyed", "staged", "journal", "moved-aside", "moved-in:vault.db",
    "moved-in:vault.meta.json", "moved-in:erasure-ledger.json", "keyring", "committed",
)  # fmt: skip
RANDOM_RUNS = 12

CHILD = """
import os, signal, sys, threading, time
sys.path.insert(0, sys.argv[1])
import keyring
from file_keyring import FileKeyring
from coachdesk.paths import data_paths
from coachdesk.services.backup.restore import restore_backup
from coachdesk.vault.vault import RecoveryKey

keyring.set_keyring(FileKeyring())
data_dir, backup, key, mode, arg = sys.argv[2:7]

def die():
    os.kill(os.getpid(), signal.SIGKILL)

def hook(step):
    if mode == "step" and step == arg:
        die()

if mode == "delay":
    def later():
        time.sleep(float(arg))
        die()
    threading.Thread(target=later, daemon=True).start()
print("READY", flush=True)
restore_backup(data_paths(data_dir), backup, RecoveryKey(key), on_step=hook)
print("DONE", flush=True)
time.sleep(30)
"""


@dataclass(frozen=True)
class Template:
    root: Path
    keyring_file: Path
    backup: Path
    recovery_key: str
    restore_s: float


def _add(vault: Vault, last_name: str, filler: int = 0) -> None:
    with vault.session() as db, db.transaction():
        client = clients.insert(db, ClientDraft(first_name="A", last_name=last_name),
                                today=date(2026, 1, 1))  # fmt: skip
        body = random.Random(2).randbytes(1200).hex()
        for i in range(filler):
            notes.insert(db, client.id, note_date=date(2026, 1, 2), title=f"n{i}", body=body)


def names(vault: Vault) -> set[str]:
    with vault.session() as db:
        return {r[0] for r in db.all("SELECT last_name FROM clients")}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A vault whose backup holds {"Nieuw"}, then changed to {"Nieuw", "Later"}."""
    previous = keyring.get_keyring()
    base = tmp_path_factory.mktemp("restore-crash")
    keyring.set_keyring(FileKeyring(base / "keyring.json"))
    try:
        vault, recovery_key = Vault.create(data_paths(base / "data"), passphrase=PASSPHRASE,
                                           use_keyring=True)  # fmt: skip
        _add(vault, "Nieuw", filler=600)  # ~1.5 MB: the steps take milliseconds, not microseconds
        (base / "usb").mkdir()
        backup = Path(create_backup(vault, base / "usb").path)
        _add(vault, "Later")
        vault.lock()
        # How long does a restore of this backup take here? The random kills aim at it.
        probe = base / "probe"
        shutil.copytree(base / "data", probe / "data")
        shutil.copy2(base / "keyring.json", probe / "keyring.json")
        keyring.set_keyring(FileKeyring(probe / "keyring.json"))
        started = time.perf_counter()
        restore_backup(data_paths(probe / "data"), backup, RecoveryKey(recovery_key))
        restore_s = time.perf_counter() - started
    finally:
        keyring.set_keyring(previous)
    return Template(base / "data", base / "keyring.json", backup, recovery_key, restore_s)


def run_child(template: Template, work: Path, mode: str, arg: str) -> tuple[DataPaths, str]:
    shutil.copytree(template.root, work / "data")
    shutil.copy2(template.keyring_file, work / "keyring.json")
    env = {**os.environ, _file_keyring.ENV_VAR: str(work / "keyring.json"),
           "PYTHONPATH": str(REPO)}  # fmt: skip
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(HELPERS), str(work / "data"), str(template.backup),
         template.recovery_key, mode, arg],
        capture_output=True, text=True, env=env, timeout=120, cwd=REPO,
    )  # fmt: skip
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, proc.stdout, proc.stderr)
    return data_paths(work / "data"), proc.stdout


def check_settled(template: Template, paths: DataPaths, work: Path, what: str) -> set[str]:
    keyring.set_keyring(FileKeyring(work / "keyring.json"))
    clean_up_leftovers(paths)
    assert not (paths.root / STAGING_DIR).exists(), what
    assert not (paths.root / JOURNAL).exists(), what
    assert no_plain_sqlite(paths.root) == [], what
    vault = Vault.unlock(paths, RecoveryKey(template.recovery_key))
    found = names(vault)
    assert found in ({"Nieuw", "Later"}, {"Nieuw"}), (what, found)
    with vault.session() as db:
        db.check_integrity()
        assert db.scalar("SELECT count(*) FROM notes") == 600
    vault.lock()
    assert names(Vault.unlock(paths, Keychain())) == found, what  # the keychain fits, too
    assert clean_up_leftovers(paths) == [], what
    return found


@pytest.fixture(autouse=True)
def _restore_keyring() -> object:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.mark.parametrize("step", STEPS)
def test_kill_at_each_step_of_a_restore(template: Template, tmp_path: Path, step: str) -> None:
    paths, _out = run_child(template, tmp_path, "step", step)
    found = check_settled(template, paths, tmp_path, f"killed at {step}")
    swapped = STEPS.index(step) >= STEPS.index("journal")
    assert found == ({"Nieuw"} if swapped else {"Nieuw", "Later"}), step


def test_kill_at_random_moments_of_a_restore(template: Template, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    outcomes: dict[str, int] = {"old": 0, "new": 0}
    for run in range(RANDOM_RUNS):
        delay = rng.uniform(0.0, template.restore_s * 1.3) + 0.05 * (run % 2)
        work = tmp_path / f"run{run}"
        work.mkdir()
        paths, out = run_child(template, work, "delay", f"{delay:.4f}")
        what = f"seed {SEED}, run {run}, delay {delay:.4f}s, child said {out!r}"
        found = check_settled(template, paths, work, what)
        outcomes["new" if found == {"Nieuw"} else "old"] += 1
    assert sum(outcomes.values()) == RANDOM_RUNS
