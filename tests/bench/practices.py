"""The L and XL practices, generated once and cached on disk by size, seed and generator version.

A cached practice is a data folder (vault.db + vault.meta.json) whose key sits in the benchmark
keychain file beside it (see ``file_keyring.py``). Tests never touch the cache itself: they work
on a copy (``working_copy``), because opening a dossier writes to the audit log and an erasure
changes everything.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import date
from pathlib import Path

import keyring

from coachdesk.paths import DataPaths, data_paths
from coachdesk.services.demo_sizes import generate_sized_demo
from coachdesk.vault.vault import Vault
from tests.bench.file_keyring import ENV_FILE, FileKeyring

ROOT = Path(__file__).resolve().parents[2]
SEED = 1
TODAY = date(2026, 3, 16)  # the practices' "today": fixed, so the cache stays valid
PASSPHRASE = "correct horse battery staple"
COUNTED = ("clients", "notes", "appointments", "tasks", "documents")


def cache_dir() -> Path:
    base = os.environ.get("COACHDESK_BENCH_CACHE") or Path.home() / ".cache" / "coachdesk-bench"
    return Path(base)


def keyring_file() -> Path:
    return cache_dir() / "keychain.json"


def use_bench_keyring() -> FileKeyring:
    """Point ``keyring`` (this process and child processes) at the benchmark keychain file."""
    os.environ[ENV_FILE] = str(keyring_file())
    backend = FileKeyring(keyring_file())
    keyring.set_keyring(backend)
    return backend


def _version() -> str:
    """Changes when the generator or the schema changes, so an old cache is not reused."""
    digest = hashlib.sha256()
    sources = sorted((ROOT / "coachdesk" / "services").glob("demo*.py"))
    sources += sorted((ROOT / "coachdesk" / "vault" / "schema").glob("*.sql"))
    for path in sources:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:10]


def practice(size: str) -> tuple[DataPaths, dict[str, int], float]:
    """The cached data folder of *size*, built if missing: (paths, counts, build seconds)."""
    import time

    folder = cache_dir() / f"{size}-seed{SEED}-{TODAY}-{_version()}"
    stamp = folder / "counts.txt"
    if not stamp.exists():
        use_bench_keyring()
        shutil.rmtree(folder, ignore_errors=True)
        paths = data_paths(folder / "data")
        vault, recovery = Vault.create(paths, passphrase=PASSPHRASE, use_keyring=True)
        (folder / "recovery-key.txt").write_text(recovery, encoding="utf-8")
        started = time.perf_counter()
        with vault.session() as db:
            generate_sized_demo(db, size, seed=SEED, today=TODAY)
            db.checkpoint()
            counts = {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in COUNTED}
        seconds = time.perf_counter() - started
        vault.lock()
        counts["attachment_mb"] = int(paths.vault_db.stat().st_size // 1_048_576)
        lines = [f"{k} {v}" for k, v in counts.items()] + [f"build_seconds {seconds:.1f}"]
        stamp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    values = dict(line.split() for line in stamp.read_text(encoding="utf-8").splitlines())
    build = float(values.pop("build_seconds"))
    counts = {k: int(v) for k, v in values.items()}
    counts["vault_mb"] = counts.pop("attachment_mb")
    return data_paths(folder / "data"), counts, build


def recovery_key(source: DataPaths) -> str:
    """The recovery key of a cached practice (saved beside its data folder)."""
    return (source.root.parent / "recovery-key.txt").read_text(encoding="utf-8")


def working_copy(source: DataPaths, target: Path) -> DataPaths:
    """A copy of a practice's data folder (same vault id, so the same keychain entry)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source.root, target)
    for path in target.rglob("*"):  # else the first fsync in a measurement flushes the copy
        if path.is_file():
            with path.open("rb+") as f:
                os.fsync(f.fileno())
    return data_paths(target)
