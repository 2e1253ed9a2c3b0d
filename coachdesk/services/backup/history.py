"""The history of backups made and of restores checked, kept in the vault."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from coachdesk.domain.dates import parse_stamp, stamp
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db

OVERDUE_AFTER = {
    "on_close": timedelta(days=1),
    "daily": timedelta(days=1),
    "weekly": timedelta(days=7),
    "manual": timedelta(days=7),
}
GRACE = timedelta(hours=6)  # a daily backup at 9:00 yesterday and 10:00 today is not late


@dataclass(frozen=True, slots=True)
class BackupRecord:
    created: datetime
    path: str
    target: str
    size: int
    verified: bool
    seconds: float


def record_backup(db: Db, record: BackupRecord) -> None:
    with db.transaction():
        db.execute(
            "INSERT INTO backup_history (created_at, path, target, size, verified, seconds)"
            " VALUES (:c, :p, :t, :s, :v, :sec)",
            {
                "c": stamp(record.created),
                "p": record.path,
                "t": record.target,
                "s": record.size,
                "v": int(record.verified),
                "sec": record.seconds,
            },
        )
        append_audit(db, "backup.created")


def backup_history(db: Db, limit: int = 50) -> list[BackupRecord]:
    """Newest first."""
    rows = db.all(
        "SELECT created_at, path, target, size, verified, seconds FROM backup_history"
        " ORDER BY created_at DESC, id DESC LIMIT :n",
        {"n": limit},
    )
    return [
        BackupRecord(parse_stamp(r[0]), r[1], r[2], int(r[3]), bool(r[4]), float(r[5]))
        for r in rows
    ]


def last_backup(db: Db) -> BackupRecord | None:
    found = backup_history(db, 1)
    return found[0] if found else None


def record_verified_restore(db: Db, when: datetime, backup_path: str) -> None:
    """A backup was decrypted and fully checked (drill or restore)."""
    with db.transaction():
        db.execute(
            "INSERT INTO restore_checks (verified_at, backup_path) VALUES (:w, :p)",
            {"w": stamp(when), "p": backup_path},
        )
        append_audit(db, "backup.restore_verified")


def last_verified_restore(db: Db) -> datetime | None:
    found = db.scalar("SELECT max(verified_at) FROM restore_checks")
    return parse_stamp(found) if found else None


def backup_overdue(db: Db, now: datetime, schedule: str | None = None) -> bool:
    """True when the newest backup is older than the schedule allows, or there is none."""
    if schedule is None:
        from coachdesk.services.backup.settings import load_backup_settings

        schedule = load_backup_settings(db).schedule
    last = last_backup(db)
    if last is None:
        return True
    return now - last.created > OVERDUE_AFTER.get(schedule, timedelta(days=7)) + GRACE
