"""System tasks about backups: "back up" when one is overdue, one per missing backup folder.

``refresh_backup_tasks`` runs when the window opens and after each backup. It also removes
``*.partial`` files a killed backup left in the configured folders.
"""

from __future__ import annotations

import contextlib
import hashlib
from datetime import datetime
from pathlib import Path

from coachdesk.domain.errors import CoachDeskError
from coachdesk.paths import DataPaths
from coachdesk.services.backup.create import remove_stale_partials
from coachdesk.services.backup.history import backup_overdue
from coachdesk.services.backup.settings import TargetProblem, check_target, load_backup_settings
from coachdesk.services.tasks import clear_system_task, ensure_system_task
from coachdesk.vault.connection import Db
from coachdesk.vault.meta import load_meta
from coachdesk.vault.repos import tasks as _tasks

BACKUP_OVERDUE = "backup_overdue"
TARGET_MISSING = "backup_target_missing"


def target_missing_key(target: str) -> str:
    return f"{TARGET_MISSING}:{hashlib.sha256(target.encode()).hexdigest()[:12]}"


def refresh_backup_tasks(db: Db, paths: DataPaths, now: datetime) -> None:
    settings = load_backup_settings(db)
    with contextlib.suppress(FileNotFoundError, CoachDeskError):
        vault_id = load_meta(paths.meta).vault_id
        for target in settings.targets:
            remove_stale_partials(Path(target), vault_id)
    with db.transaction():
        if backup_overdue(db, now, settings.schedule):
            ensure_system_task(
                db, BACKUP_OVERDUE, "Back up the practice (the last backup is overdue)",
                client_id=None, due=now.date(),
            )  # fmt: skip
        else:
            clear_system_task(db, BACKUP_OVERDUE)
        wanted = {}
        for target in settings.targets:
            if check_target(paths, Path(target)) is TargetProblem.MISSING:
                wanted[target_missing_key(target)] = target
        for key, target in wanted.items():
            ensure_system_task(
                db, key, f"Connect the backup folder {target}", client_id=None, due=now.date()
            )
        for key in _tasks.open_system_keys(db, f"{TARGET_MISSING}:"):
            if key not in wanted:
                clear_system_task(db, key)
