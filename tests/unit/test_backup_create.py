"""Making backups: the write protocol, rotation, settings, history, reminders, cancel, disk full.

Real vaults, real files, real child processes for the disk-full and memory checks.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from coachdesk.domain.backup_errors import BackupTargetUnusable, NoBackupTargets
from coachdesk.domain.errors import Cancelled, ValidationError
from coachdesk.domain.models import ClientDraft
from coachdesk.paths import DataPaths, data_paths
from coachdesk.services.backup import (
    BackupSettings,
    TargetProblem,
    back_up_to_all_targets,
    backup_history,
    backup_overdue,
    check_target,
    create_backup,
    last_backup,
    last_verified_restore,
    list_backups,
    load_backup_settings,
    read_header,
    record_verified_restore,
    refresh_backup_tasks,
    save_backup_settings,
    verify_backup,
)
from coachdesk.services.backup.create import backup_file_name, remove_stale_partials
from coachdesk.services.backup.rotation import to_keep
from coachdesk.services.clients import create_client
from coachdesk.services.documents import add_document
from coachdesk.services.tasks import list_tasks
from coachdesk.vault.vault import RecoveryKey, Vault
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


@pytest.fixture
def target(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_create_writes_one_verified_file_and_records_it(vault: Vault, target: Path) -> None:
    seen: list[tuple[int, int]] = []
    record = create_backup(vault, target, now=NOW, progress=lambda d, t: seen.append((d, t)))
    path = Path(record.path)
    assert (
        path.name
        == backup_file_name(vault.vault_id, NOW)
        == (f"coachdesk-backup-20260314-093000-{vault.vault_id[:8]}.cdbackup")
    )
    assert sorted(p.name for p in target.iterdir()) == [path.name]
    assert (path.stat().st_mode & 0o777) == 0o600
    assert record.verified and record.size == path.stat().st_size
    assert (
        seen and seen[-1][0] == seen[-1][1] and [d for d, _t in seen] == sorted(d for d, _t in seen)
    )
    with vault.session() as db:
        assert last_backup(db) == record and backup_history(db) == [record]
        assert not backup_overdue(db, NOW + timedelta(hours=20))
        assert backup_overdue(db, NOW + timedelta(days=2))
    assert not (vault.paths.root / "backup-staging").exists()


def test_target_problems(vault: Vault, paths: DataPaths, tmp_path: Path) -> None:
    assert check_target(paths, tmp_path / "nope") is TargetProblem.MISSING
    inside = paths.root / "backups"
    inside.mkdir()
    assert check_target(paths, inside) is TargetProblem.INSIDE_VAULT
    assert check_target(paths, paths.root) is TargetProblem.INSIDE_VAULT
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        assert check_target(paths, locked) is TargetProblem.NOT_WRITABLE
    for bad in (tmp_path / "nope", inside):
        with pytest.raises(BackupTargetUnusable):
            create_backup(vault, bad)
    assert not list(inside.iterdir())


def test_settings_round_trip_and_validation(vault: Vault, tmp_path: Path) -> None:
    with vault.session() as db:
        assert load_backup_settings(db) == BackupSettings()
        wanted = BackupSettings(targets=(str(tmp_path / "a"),), schedule="weekly", keep_daily=3)
        save_backup_settings(db, wanted)
        assert load_backup_settings(db) == wanted
        for bad in (
            BackupSettings(schedule="hourly"),
            BackupSettings(keep_daily=0),
            BackupSettings(keep_monthly=-1),
            BackupSettings(targets=("relative/path",)),
            BackupSettings(targets=(str(tmp_path), str(tmp_path))),
        ):
            with pytest.raises(ValidationError):
                save_backup_settings(db, bad)
        assert load_backup_settings(db) == wanted
        db.execute("UPDATE settings SET value = '{broken' WHERE key = 'backup'")
        assert load_backup_settings(db) == BackupSettings()


def test_rotation_rule() -> None:
    days = [NOW - timedelta(hours=12 * i) for i in range(200)]  # two a day, newest first
    kept = to_keep(days, 7, 4, 12)
    kept_days = sorted({days[i].date() for i in kept}, reverse=True)
    assert 0 in kept and len(kept_days) <= 7 + 4 + 12
    assert kept_days[:7] == sorted({d.date() for d in days}, reverse=True)[:7]
    assert to_keep([], 7, 4, 12) == set()


def test_rotation_touches_only_this_vaults_backups(
    vault: Vault, target: Path, tmp_path: Path
) -> None:
    other, _ = Vault.create(data_paths(tmp_path / "other"), passphrase=PASSPHRASE)
    theirs = Path(create_backup(other, target, now=NOW - timedelta(days=40)).path)
    unrelated = target / "holiday.jpg"
    unrelated.write_bytes(b"\xff\xd8 not ours")
    with vault.session() as db:
        save_backup_settings(db, BackupSettings(keep_daily=2, keep_weekly=0, keep_monthly=0))
    made = [Path(create_backup(vault, target, now=NOW + timedelta(days=i)).path) for i in range(4)]
    left = set(target.iterdir())
    assert left == {theirs, unrelated, made[3], made[2]}
    same_second = Path(create_backup(vault, target, now=NOW + timedelta(days=3)).path)
    assert same_second.exists() and same_second != made[3]


def test_history_of_restores(vault: Vault) -> None:
    with vault.session() as db:
        assert last_verified_restore(db) is None
        record_verified_restore(db, NOW, "/x/y.cdbackup")
        record_verified_restore(db, NOW - timedelta(days=1), "/x/z.cdbackup")
        assert last_verified_restore(db) == NOW


def test_reminder_tasks(vault: Vault, target: Path, tmp_path: Path) -> None:
    missing = tmp_path / "unplugged"
    later = datetime.now(UTC) + timedelta(days=3)
    with vault.session() as db:
        save_backup_settings(db, BackupSettings(targets=(str(target), str(missing))))
        assert backup_overdue(db, datetime.now(UTC))  # no backup yet: overdue from the start
        refresh_backup_tasks(db, vault.paths, later)
        keys = {t.system_key for t in list_tasks(db)}
        assert "backup_overdue" in keys
        assert any(k and k.startswith("backup_target_missing:") for k in keys)
    missing.mkdir()
    create_backup(vault, target, now=later)
    with vault.session() as db:
        refresh_backup_tasks(db, vault.paths, later + timedelta(hours=1))
        assert not [t for t in list_tasks(db) if (t.system_key or "").startswith("backup_")]


def test_back_up_to_all_targets_reports_each(vault: Vault, target: Path, tmp_path: Path) -> None:
    with pytest.raises(NoBackupTargets):
        back_up_to_all_targets(vault)
    with vault.session() as db:
        save_backup_settings(db, BackupSettings(targets=(str(tmp_path / "gone"), str(target))))
    results = back_up_to_all_targets(vault, now=NOW)
    assert isinstance(results[0], BackupTargetUnusable)
    assert Path(results[1].path).parent == target  # type: ignore[union-attr]
    assert [b.path for b in list_backups([target])] == [Path(results[1].path)]  # type: ignore[union-attr]


def test_cancel_cleans_up(vault: Vault, target: Path) -> None:
    with vault.session() as db:
        client = create_client(db, ClientDraft(first_name="Bo"), today=date(2025, 1, 1))
        add_document(db, client.id, "big.bin", os.urandom(12 << 20))
    earlier = Path(create_backup(vault, target, now=NOW).path)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > total // 3:
            cancel.set()

    with pytest.raises(Cancelled):
        create_backup(vault, target, now=NOW + timedelta(days=1), progress=progress, cancel=cancel)
    assert list(target.iterdir()) == [earlier]
    assert not (vault.paths.root / "backup-staging").exists()
    verify_backup(earlier, verify_key(vault))
    cancel.set()  # already cancelled: the snapshot stops (or never starts)
    with pytest.raises(Cancelled):
        create_backup(vault, target, now=NOW + timedelta(days=2), cancel=cancel)
    assert list(target.iterdir()) == [earlier]
    assert not (vault.paths.root / "backup-staging").exists()


def verify_key(vault: Vault):  # type: ignore[no-untyped-def]
    from coachdesk.services.backup import VerifyIdentity
    from coachdesk.vault.backup_keys import verify_identity

    with vault.session() as db:
        return VerifyIdentity(verify_identity(db) or "")


def test_stale_partials_go_live_ones_stay(vault: Vault, target: Path) -> None:
    stale = target / (backup_file_name(vault.vault_id, NOW) + ".partial")
    stale.write_bytes(b"PK half")
    foreign = target / "coachdesk-backup-20260101-000000-ffffffff.cdbackup.partial"
    foreign.write_bytes(b"PK other vault")
    live = target / (backup_file_name(vault.vault_id, NOW - timedelta(days=1)) + ".partial")
    live.write_bytes(b"PK being written")
    import fcntl

    with open(live, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        assert remove_stale_partials(target, vault.vault_id) == [stale]
    assert foreign.exists() and live.exists()
    with vault.session() as db:
        save_backup_settings(db, BackupSettings(targets=(str(target),)))
        refresh_backup_tasks(db, vault.paths, NOW)  # at start: the killed backup's leftover goes
    assert not live.exists() and foreign.exists()


# --- child processes: disk full, memory --------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import os, resource, signal, sys
    from pathlib import Path
    from coachdesk.paths import data_paths
    from coachdesk.services.backup import create_backup
    from coachdesk.vault.vault import RecoveryKey, Vault

    vault = Vault.unlock(data_paths(sys.argv[1]), RecoveryKey(sys.stdin.read()))
    if sys.argv[3] != "0":
        limit = int(sys.argv[3])
        if limit < 0:  # just above the snapshot: the snapshot fits, the backup file does not
            from coachdesk.services.backup.cleanup import staging_area
            from coachdesk.services.backup.snapshot import make_snapshot
            with staging_area(vault.paths, "probe") as folder:
                limit = make_snapshot(vault, folder).stat().st_size + 2048
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() fails with EFBIG, no kill
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        record = create_backup(vault, Path(sys.argv[2]))
    except Exception as exc:
        print("RAISED", type(exc).__name__)
        print("MESSAGE", exc)
    else:
        print("WROTE", record.path)
    print("MAXRSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """
)


def run_child(paths: DataPaths, target: Path, key: str, limit: int = 0) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), *sys.path]))
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(paths.root), str(target), str(limit)],
        input=key, capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return dict(line.split(" ", 1) for line in proc.stdout.splitlines())


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def grow(vault: Vault, megabytes: int) -> None:
    with vault.session() as db:
        client = create_client(db, ClientDraft(first_name="Ruud"), today=date(2025, 1, 1))
        for _ in range(megabytes // 4):
            add_document(db, client.id, "scan.pdf", os.urandom(4 << 20))


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_disk_full_is_clear_and_earlier_backups_stay(
    vault: Vault, paths: DataPaths, recovery_key: str, target: Path
) -> None:
    earlier = Path(create_backup(vault, target, now=NOW).path)
    before = earlier.read_bytes()
    grow(vault, 8)
    vault_files = tree_bytes(paths.root)
    # The backup file cannot grow past the limit (the target disk is full).
    result = run_child(paths, target, recovery_key, limit=-1)
    assert result["RAISED"] == "BackupWriteFailed", result
    assert "too large" in result["MESSAGE"] and "untouched" in result["MESSAGE"]
    assert list(target.iterdir()) == [earlier] and earlier.read_bytes() == before
    # Nor can the snapshot in the data folder (that disk is full).
    result = run_child(paths, target, recovery_key, limit=4 << 20)
    assert result["RAISED"] == "BackupSnapshotFailed", result
    assert "full" in result["MESSAGE"] and "Nothing was changed" in result["MESSAGE"]
    assert list(target.iterdir()) == [earlier] and earlier.read_bytes() == before
    assert tree_bytes(paths.root) == vault_files
    verify_backup(earlier, RecoveryKey(recovery_key))
    Vault.unlock(paths, RecoveryKey(recovery_key)).connect().close()


@pytest.mark.slow
def test_memory_does_not_grow_with_the_vault(
    vault: Vault, paths: DataPaths, recovery_key: str, target: Path
) -> None:
    """Peak RSS of a child backing up 8 MB vs 72 MB: the difference stays far below 64 MB."""
    grow(vault, 8)
    small = int(run_child(paths, target, recovery_key)["MAXRSS"])
    grow(vault, 64)
    large = run_child(paths, target, recovery_key)
    assert "WROTE" in large
    print(f"peak RSS: {small // 1024} MiB for 8 MB, {int(large['MAXRSS']) // 1024} MiB for 72 MB")
    assert int(large["MAXRSS"]) - small < 24 * 1024, (small, large["MAXRSS"])  # KiB


def test_header_says_no_passphrase_when_none(vault: Vault, target: Path) -> None:
    vault.set_passphrase(None)
    header = read_header(Path(create_backup(vault, target).path))
    assert not header.has_passphrase and set(header.recipients) == {"recovery", "verify"}


def test_a_running_backup_keeps_its_partial_file(vault: Vault, target: Path) -> None:
    """Another run's clean-up (another process, or the next start) never takes a live file."""
    swept: list[list[Path]] = []

    def progress(_done: int, _total: int) -> None:
        if list(target.glob("*.partial")):
            swept.append(remove_stale_partials(target, vault.vault_id))

    record = create_backup(vault, target, now=NOW, progress=progress)
    assert swept and all(s == [] for s in swept)
    assert [p.name for p in target.iterdir()] == [Path(record.path).name]
