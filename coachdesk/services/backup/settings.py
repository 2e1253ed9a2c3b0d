"""Where and how often to back up (kept in the vault's ``settings`` table under ``backup``)."""

from __future__ import annotations

import contextlib
import enum
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.paths import DataPaths
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db

SETTINGS_KEY = "backup"
SCHEDULES = ("on_close", "daily", "weekly", "manual")
KEEP_MAX = 1000

MSG_SCHEDULE = QT_TRANSLATE_NOOP("Validation", "Choose when to back up.")
MSG_KEEP = QT_TRANSLATE_NOOP("Validation", "Keep between 0 and 1000 backups (daily at least 1).")
MSG_TARGET = QT_TRANSLATE_NOOP("Validation", "Each backup folder must be a full path, once.")


class TargetProblem(enum.Enum):
    MISSING = "missing"
    NOT_WRITABLE = "not_writable"
    INSIDE_VAULT = "inside_vault"


@dataclass(frozen=True, slots=True)
class BackupSettings:
    targets: tuple[str, ...] = ()
    schedule: str = "daily"
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12


def _problems(s: BackupSettings) -> dict[str, str]:
    errors: dict[str, str] = {}
    if s.schedule not in SCHEDULES:
        errors["schedule"] = MSG_SCHEDULE
    for name in ("keep_daily", "keep_weekly", "keep_monthly"):
        value = getattr(s, name)
        low = 1 if name == "keep_daily" else 0
        if type(value) is not int or not low <= value <= KEEP_MAX:
            errors[name] = MSG_KEEP
    targets = list(s.targets)
    if any(
        not isinstance(t, str) or not t.strip() or not Path(t).is_absolute() for t in targets
    ) or len(set(targets)) != len(targets):
        errors["targets"] = MSG_TARGET
    return errors


def load_backup_settings(db: Db) -> BackupSettings:
    """The stored settings; defaults for anything missing or unusable."""
    raw = db.scalar("SELECT value FROM settings WHERE key = :k", {"k": SETTINGS_KEY})
    if raw is None:
        return BackupSettings()
    try:
        data = json.loads(raw)
        settings = BackupSettings(
            targets=tuple(data.get("targets", ())),
            schedule=data.get("schedule", "daily"),
            keep_daily=data.get("keep_daily", 7),
            keep_weekly=data.get("keep_weekly", 4),
            keep_monthly=data.get("keep_monthly", 12),
        )
    except (ValueError, TypeError, AttributeError):
        return BackupSettings()
    return settings if not _problems(settings) else BackupSettings()


def save_backup_settings(db: Db, settings: BackupSettings) -> None:
    """Validate and store; audit-logged (no paths in the log: they may name a person)."""
    settings = BackupSettings(
        targets=tuple(str(Path(t).expanduser()) for t in settings.targets),
        schedule=settings.schedule,
        keep_daily=settings.keep_daily,
        keep_weekly=settings.keep_weekly,
        keep_monthly=settings.keep_monthly,
    )
    if errors := _problems(settings):
        raise ValidationError(errors)
    value = json.dumps({**asdict(settings), "targets": list(settings.targets)}, sort_keys=True)
    with db.transaction():
        db.execute(
            "INSERT INTO settings (key, value) VALUES (:k, :v)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            {"k": SETTINGS_KEY, "v": value},
        )
        append_audit(db, "backup.settings_changed")


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
    except ValueError:
        return False
    return True


def check_target(paths: DataPaths, target: Path) -> TargetProblem | None:
    """What keeps *target* from holding backups, or None if it is fine."""
    target = Path(target).expanduser()
    if _inside(target, paths.root):
        return TargetProblem.INSIDE_VAULT
    if not target.is_dir():
        return TargetProblem.MISSING
    probe = target / f".coachdesk-write-test-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
    except OSError:
        return TargetProblem.NOT_WRITABLE
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return None
