"""``coachdesk backup restore FILE --yes`` and ``coachdesk backup drill``.

Joined to ``coachdesk backup`` by ``cli_backup.add_restore_parsers``. A restore needs the backup's
recovery key (``--recovery-key-file``) or its passphrase (``--passphrase-stdin``): a new
machine has nothing else. Without ``--yes`` it only shows what is in the backup and changes
nothing. When no erasure ledger newer than the backup is found, it stops and asks for
``--accept-older-ledger`` (the choice is recorded in the restored vault's audit log).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from coachdesk.domain.errors import UserError

if TYPE_CHECKING:
    from coachdesk.cli import Lines


def add_parsers(
    backup: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = backup.add_parser(
        "restore",
        parents=[common],
        help="replace the vault in the data folder by a backup (needs --yes)",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="really replace everything")
    p.add_argument(
        "--accept-older-ledger",
        action="store_true",
        help="restore although no erasure ledger newer than the backup was found",
    )
    p.add_argument(
        "--replace-other-vault",
        action="store_true",
        help="replace a vault that is not the one the backup was made of",
    )
    p.add_argument("--no-keyring", action="store_true", help="keep no key in the keychain")
    p.add_argument("--json", action="store_true")
    p = backup.add_parser(
        "drill", parents=[common], help="decrypt and check the newest backup (restore drill)"
    )
    p.add_argument("--json", action="store_true")


def _credential(args: argparse.Namespace, lines: Lines) -> Any:
    from coachdesk.cli import credential_for
    from coachdesk.services.access import Passphrase

    credential = credential_for(args, lines)
    if credential is not None:
        return credential
    if sys.stdin.isatty():
        return Passphrase(getpass.getpass("Passphrase of the backup: "))
    raise UserError(
        "A backup opens with its recovery key (--recovery-key-file F) or its passphrase"
        " (--passphrase-stdin)."
    )


def cmd_backup_restore(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.cli_backup import _info_json, _when
    from coachdesk.paths import data_paths
    from coachdesk.services.backup import inspect_backup
    from coachdesk.services.backup.restore import restore_backup

    paths = data_paths(args.data_dir)
    file = Path(args.file)
    credential = _credential(args, lines)
    if not args.yes:
        info = inspect_backup(file, credential)
        counts = ", ".join(f"{n} {name}" for name, n in info.counts.items())
        out.write(
            f"{file.name}: made {_when(info.created)} by CoachDesk {info.app_version}\n"
            f"Practice: {info.practice_name or '-'} (vault {info.vault_id[:8]})\n"
            f"Contains: {counts}\n"
            f"Restoring replaces everything in {paths.root}. Nothing was changed; add --yes.\n"
        )
        return 1
    report = restore_backup(
        paths, file, credential, accept_older_ledger=args.accept_older_ledger,
        use_keyring=not args.no_keyring, replace_other_vault=args.replace_other_vault,
    )  # fmt: skip
    result = {
        **_info_json(report.info),
        "data_dir": str(paths.root),
        "ledger_entries_replayed": report.ledger_entries_replayed,
        "clients_removed_by_replay": report.clients_removed_by_replay,
        "retention_actions": report.retention_actions,
        "retention_applied": report.retention_applied,
        "newer_ledger_found": report.newer_ledger_found,
        "accepted_older_ledger": report.accepted_older_ledger,
        "keychain": report.vault.meta.keyring,
        "passphrase": report.vault.meta.has_passphrase,
        "seconds": round(report.seconds, 3),
        "warnings": list(report.warnings),
    }
    if args.json:
        json.dump(result, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    counts = ", ".join(f"{n} {name}" for name, n in report.info.counts.items())
    if report.newer_ledger_found:
        ledger = "the erasure ledger of this computer was merged and replayed"
    else:
        ledger = "no newer erasure ledger was found; you confirmed (recorded in the audit log)"
    retention = (
        f"{report.retention_actions} past their retention period, erased or anonymised now"
        if report.retention_applied
        else f"{report.retention_actions} past their retention period (see Privacy)"
    )
    slots = ["recovery key"]
    if report.vault.meta.has_passphrase:
        slots.append("passphrase")
    if report.vault.meta.keyring:
        slots.append("system keychain")
    out.write(
        f"Restored {args.file} (made {_when(report.info.created)}) into {paths.root}\n"
        f"Contains: {counts}\n"
        f"Erasures: {ledger}; {report.ledger_entries_replayed} ledger entries replayed,"
        f" {report.clients_removed_by_replay} clients removed again.\n"
        f"Retention: {retention}.\n"
        f"It opens with: {', '.join(slots)}.\n"
        f"Took {report.seconds:.1f} s.\n"
    )
    for warning in report.warnings:
        out.write(f"Warning: {warning}\n")
    report.vault.lock()
    return 0


def cmd_backup_drill(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.cli import unlock
    from coachdesk.cli_backup import _info_json, _when
    from coachdesk.services.backup.drill import restore_drill

    vault = unlock(args, lines)
    report = restore_drill(vault)
    if args.json:
        json.dump(
            {"ok": report.ok, "seconds": round(report.seconds, 3), "detail": report.detail,
             **_info_json(report.backup)},
            out, indent=2, ensure_ascii=False,
        )  # fmt: skip
        out.write("\n")
    elif report.ok:
        out.write(
            f"Restore drill passed: {report.backup.path.name} (made"
            f" {_when(report.backup.created)}) decrypts and checks out completely"
            f" ({report.seconds:.1f} s).\n"
        )
    else:
        out.write(f"Restore drill FAILED for {report.backup.path.name}: {report.detail}\n")
    return 0 if report.ok else 4


COMMANDS = {
    ("backup", "restore"): cmd_backup_restore,
    ("backup", "drill"): cmd_backup_drill,
}
