"""Errors a coach can meet, each with one clear sentence and a process exit code.

Anything that is *not* a ``CoachDeskError`` is a bug: the CLI and the GUI show a generic message
for it and log the stack without the exception text (which might hold client data).
"""

from __future__ import annotations

from coachdesk.domain.i18n import QT_TRANSLATE_NOOP

EXIT_USER = 1
EXIT_USAGE = 2
EXIT_UNLOCK = 3
EXIT_DAMAGED = 4


class CoachDeskError(Exception):
    """An expected failure with a message meant for the coach.

    ``template`` is an English sentence with ``{name}`` fields; the UI translates the template
    (context ``Errors``) and then fills in ``args``.
    """

    exit_code = EXIT_USER
    template = QT_TRANSLATE_NOOP("Errors", "Something went wrong.")

    def __init__(self, template: str | None = None, **args: object) -> None:
        self.template = template or type(self).template
        self.args_map = args
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.args_map)


class UserError(CoachDeskError):
    """The request cannot be carried out as asked (exit 1)."""


class ValidationError(UserError):
    """One or more fields hold values we do not accept; ``fields`` maps field to message."""

    template = QT_TRANSLATE_NOOP("Errors", "Please correct: {summary}")

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        summary = "; ".join(f"{name}: {msg}" for name, msg in self.fields.items())
        super().__init__(summary=summary)


class NotFound(UserError):
    """``what`` is one of ``NOT_FOUND_NOUNS`` (marked here, translated by the window)."""

    template = QT_TRANSLATE_NOOP("Errors", "No {what} found for {key}.")


#: The nouns ``NotFound(what=…)`` is raised with. Marking them in the "Errors" context lets
#: ``ui.i18n.tr_error`` (which translates string fields in that context) say them in Dutch.
NOT_FOUND_NOUNS = (
    QT_TRANSLATE_NOOP("Errors", "client"),
    QT_TRANSLATE_NOOP("Errors", "request"),
    QT_TRANSLATE_NOOP("Errors", "document"),
    QT_TRANSLATE_NOOP("Errors", "appointment"),
    QT_TRANSLATE_NOOP("Errors", "note"),
    QT_TRANSLATE_NOOP("Errors", "trajectory"),
    QT_TRANSLATE_NOOP("Errors", "task"),
)


class VaultExists(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "A vault already exists in {path}. Nothing was changed.")


class VaultMissing(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "There is no vault in {path}. Create one with 'coachdesk init' or the app."
    )


class DataDirUnusable(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "The data folder {path} cannot be used: {reason}")


class StorageError(UserError):
    """The disk refused a write (full, read-only, vanished). Nothing was changed."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "The change could not be saved: {reason}. Nothing was changed."
    )


class VaultBusy(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The vault is busy in another CoachDesk window or process. Try again shortly."
    )


class VaultTooNew(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This vault was made by a newer CoachDesk (schema {found}, this program knows up to "
        "{known}). Install the newer version; nothing was changed.",
    )


class MigrationFailed(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault could not be upgraded to the format of this CoachDesk version. Nothing was "
        "changed; a copy made before the upgrade is kept at {copy}.",
    )


class UnlockError(CoachDeskError):
    """The vault could not be opened with what we were given (exit 3)."""

    exit_code = EXIT_UNLOCK
    template = QT_TRANSLATE_NOOP("Errors", "The vault could not be unlocked.")


class WrongPassphrase(UnlockError):
    template = QT_TRANSLATE_NOOP("Errors", "That passphrase does not open this vault.")


class WrongRecoveryKey(UnlockError):
    template = QT_TRANSLATE_NOOP("Errors", "That recovery key does not belong to this vault.")


class MalformedRecoveryKey(UnlockError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "That is not a recovery key. It starts with AGE-SECRET-KEY-1 and is 74 characters long.",
    )


class NoPassphraseSet(UnlockError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "This vault has no passphrase. Unlock it with the recovery key instead."
    )


class NoKeyAvailable(UnlockError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "No key to open this vault: {reason} Give the passphrase (--passphrase-stdin) or the "
        "recovery key (--recovery-key-file).",
    )


class KeyringUnavailable(UnlockError):
    template = QT_TRANSLATE_NOOP("Errors", "The system keychain is not available: {reason}")


class VaultDamaged(CoachDeskError):
    """The key is right but the file is unreadable: restore from a backup (exit 4)."""

    exit_code = EXIT_DAMAGED
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault file is damaged ({detail}). Your key is correct. Restore the latest backup; "
        "the damaged file was left untouched.",
    )


class Cancelled(UserError):
    """The coach cancelled a long operation; it cleaned up after itself."""

    template = QT_TRANSLATE_NOOP("Errors", "Cancelled. Nothing was changed.")
