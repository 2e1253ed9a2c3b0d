"""Encrypted offsite backups (DESIGN.md "Backups", docs/backup-format.md).

The public names of backup_api.md; the UI and the CLI import from here.
"""

from coachdesk.domain.errors import Cancelled
from coachdesk.services.backup.catalog import (
    BackupInfo,
    BackupListing,
    inspect_backup,
    list_backups,
    verify_backup,
)
from coachdesk.services.backup.container import (
    BackupCredential,
    Manifest,
    VerifyIdentity,
    extract_backup,
    read_header,
)
from coachdesk.services.backup.create import back_up_to_all_targets, create_backup
from coachdesk.services.backup.history import (
    BackupRecord,
    backup_history,
    backup_overdue,
    last_backup,
    last_verified_restore,
    record_verified_restore,
)
from coachdesk.services.backup.reminders import refresh_backup_tasks
from coachdesk.services.backup.settings import (
    BackupSettings,
    TargetProblem,
    check_target,
    load_backup_settings,
    save_backup_settings,
)
from coachdesk.services.backup.tarstream import Progress

__all__ = [
    "BackupCredential",
    "BackupInfo",
    "BackupListing",
    "BackupRecord",
    "BackupSettings",
    "Cancelled",
    "Manifest",
    "Progress",
    "TargetProblem",
    "VerifyIdentity",
    "back_up_to_all_targets",
    "backup_history",
    "backup_overdue",
    "check_target",
    "create_backup",
    "extract_backup",
    "inspect_backup",
    "last_backup",
    "last_verified_restore",
    "list_backups",
    "load_backup_settings",
    "read_header",
    "record_verified_restore",
    "refresh_backup_tasks",
    "save_backup_settings",
    "verify_backup",
]
# backup-restore: append restore names below (restore_backup, restore_drill, clean_up_leftovers).
from coachdesk.services.backup.cleanup import clean_up_leftovers
from coachdesk.services.backup.drill import DrillReport, NoBackupToDrill, restore_drill
from coachdesk.services.backup.restore import (
    NoNewerLedger,
    RestoreReport,
    restore_backup,
)

__all__ += [
    "DrillReport",
    "NoBackupToDrill",
    "NoNewerLedger",
    "RestoreReport",
    "clean_up_leftovers",
    "restore_backup",
    "restore_drill",
]
