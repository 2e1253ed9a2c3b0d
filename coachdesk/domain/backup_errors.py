"""What can go wrong with a backup file, each with its own sentence (DESIGN.md promise 5).

A damaged file, a file that is no backup, a backup of another vault and a wrong key all get
different messages, so the coach knows whether to fetch another copy or another key.
"""

from __future__ import annotations

from coachdesk.domain.errors import EXIT_DAMAGED, EXIT_UNLOCK, UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP


class NotABackup(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{name} is not a CoachDesk backup ({reason}). Choose a .cdbackup file."
    )


class BackupDamaged(UserError):
    exit_code = EXIT_DAMAGED
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {name} is damaged or was changed ({detail}). Nothing was restored; use an "
        "older backup or another copy of this one.",
    )


class BackupTooNew(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {name} was made by a newer CoachDesk (format {found}). Install the newer "
        "version to open it.",
    )


class BackupOfOtherVault(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {name} belongs to another vault ({found}), not to this one ({expected}). "
        "Choose a backup of this vault.",
    )


class BackupWrongRecoveryKey(UserError):
    exit_code = EXIT_UNLOCK
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "That recovery key does not open the backup {name}. Use the recovery key that was valid "
        "when the backup was made.",
    )


class BackupWrongPassphrase(UserError):
    exit_code = EXIT_UNLOCK
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "That passphrase does not open the backup {name}. Use the passphrase that was set when "
        "the backup was made, or the recovery key.",
    )


class BackupNoPassphrase(UserError):
    exit_code = EXIT_UNLOCK
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {name} was made without a passphrase; open it with the recovery key.",
    )


class BackupNoVerifyKey(UserError):
    exit_code = EXIT_UNLOCK
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This vault cannot check the backup {name} by itself (it was made elsewhere or before "
        "the vault's check key existed). Give the recovery key or the passphrase.",
    )


class BackupWriteFailed(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup could not be written to {target}: {reason}. Earlier backups there are "
        "untouched.",
    )


class BackupVerifyFailed(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The new backup in {target} did not pass its check ({detail}) and was removed. Earlier "
        "backups are untouched; try again or choose another folder.",
    )


class BackupSnapshotFailed(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The copy of the vault for the backup could not be made: {reason}. Nothing was "
        "changed; free some space in the data folder and try again.",
    )


class BackupTargetUnusable(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "The backup folder {target} cannot be used: {reason}")


class NoBackupTargets(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "No backup folder is set. Choose one in Settings → Backups or give --to FOLDER.",
    )
