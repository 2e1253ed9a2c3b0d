"""Backup of L and restore of it, against age encryption of the same bytes in the same run.

Throughput = size of vault.db / wall time. ``create_backup`` does the whole protocol (snapshot,
integrity checks, SHA-256, age encryption, fsync, decrypt-and-verify, rename, rotation);
``restore_backup`` restores into a new data folder with the recovery key (decrypt, verify, ledger
replay, re-key, swap). Baseline: read vault.db, ``pyrage.encrypt`` it to one X25519 recipient and
write the result (no fsync), timed the same way.
"""

from __future__ import annotations

import time
from pathlib import Path

import pyrage
import pytest

from coachdesk.paths import DataPaths, data_paths
from coachdesk.vault.vault import RecoveryKey
from tests.bench.conftest import unlock
from tests.bench.report import Figure, Recorder, Series

backup = pytest.importorskip("coachdesk.services.backup")
RUNS = 5
MB = 1_048_576


def _age_baseline(source: Path, out: Path) -> float:
    recipient = pyrage.x25519.Identity.generate().to_public()
    started = time.perf_counter()
    out.write_bytes(pyrage.encrypt(source.read_bytes(), [recipient]))
    return time.perf_counter() - started


def test_backup_and_restore_l(practice_l: DataPaths, tmp_path: Path, recorder: Recorder) -> None:
    restore_backup = getattr(backup, "restore_backup", None)
    vault = unlock(practice_l)
    size = practice_l.vault_db.stat().st_size
    key = (practice_l.root.parent / "recovery-key.txt").read_text(encoding="utf-8")
    made, restored, age = [], [], []
    for run in range(RUNS):
        target = tmp_path / f"target{run}"
        target.mkdir()
        started = time.perf_counter()
        record = backup.create_backup(vault, target)
        made.append(time.perf_counter() - started)
        assert record.verified
        age.append(_age_baseline(practice_l.vault_db, tmp_path / "age.bin"))
        if restore_backup is not None:
            paths = data_paths(tmp_path / f"restored{run}")
            started = time.perf_counter()
            report = restore_backup(paths, Path(record.path), RecoveryKey(key), use_keyring=False,
                                    accept_older_ledger=True)  # fmt: skip
            restored.append(time.perf_counter() - started)
            report.vault.lock()
    vault.lock()
    mbps = [size / MB / s for s in age]
    recorder.add(Figure(
        "9a-backup", f"backup of L ({size / MB:.0f} MB vault), throughput", "MB/s", 0,
        Series("create_backup", [size / MB / s for s in made]), Series("pyrage.encrypt", mbps),
        higher_is_better=True, baseline_factor=0.5,
        method="create_backup into an empty folder (whole write protocol incl. verify).",
    ))  # fmt: skip
    if restored:
        recorder.add(Figure(
            "9b-restore", f"restore of that backup ({size / MB:.0f} MB), throughput", "MB/s", 0,
            Series("restore_backup", [size / MB / s for s in restored]),
            Series("pyrage.encrypt", mbps), higher_is_better=True, baseline_factor=0.5,
            method="restore_backup into a new data folder with the recovery key.",
        ))  # fmt: skip
