"""``coachdesk backup create|list|verify``; ``restore`` and ``drill`` join via a hook.

Registered by ``coachdesk.cli`` like ``cli_retention``: one sentence on stderr and an exit code
on failure, ``--json`` for scripts. ``backup create`` prints the path of each file it wrote,
one per line, so a scheduled job can use it.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from coachdesk import cli_backup_restore
from coachdesk.domain.errors import CoachDeskError

if TYPE_CHECKING:
    from coachdesk.cli import Lines
    from coachdesk.services.access import Vault
    from coachdesk.services.backup import BackupInfo


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """Add ``backup`` and its actions; returns the actions' subparsers for more (restore, drill)."""
    actions = sub.add_parser("backup", help="encrypted backups: create, list, verify")
    backup = actions.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    p = backup.add_parser(
        "create", parents=[common], help="back up now (to every configured folder, or --to)"
    )
    p.add_argument("--to", metavar="DIR", help="write the backup into DIR")
    p.add_argument("--json", action="store_true")
    p = backup.add_parser("list", parents=[common], help="backups in the configured folders")
    p.add_argument("--in", dest="folder", metavar="DIR", help="list the backups in DIR instead")
    p.add_argument("--json", action="store_true")
    p = backup.add_parser(
        "verify",
        parents=[common],
        help="decrypt a backup fully and check it (with the recovery key, the passphrase, or"
        " this vault's own check key)",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    add_restore_parsers(backup, common)
    return backup


def add_restore_parsers(
    backup: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """``backup restore`` and ``backup drill`` (``cli_backup_restore``)."""
    cli_backup_restore.add_parsers(backup, common)


def _unlock(args: argparse.Namespace, lines: Lines) -> Vault:
    from coachdesk.cli import unlock  # late: cli imports this module to register it

    return unlock(args, lines)


def _dump(out: TextIO, value: object) -> None:
    json.dump(value, out, indent=2, ensure_ascii=False)
    out.write("\n")


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB"


# --- create ------------------------------------------------------------------------------------


def cmd_backup_create(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services.backup import back_up_to_all_targets, create_backup

    vault = _unlock(args, lines)
    if args.to:
        results: list[Any] = [create_backup(vault, Path(args.to))]
    else:
        results = back_up_to_all_targets(vault)
    failures = [r for r in results if isinstance(r, CoachDeskError)]
    written = [r for r in results if not isinstance(r, CoachDeskError)]
    if args.json:
        _dump(
            out,
            {
                "written": [
                    {"path": r.path, "size": r.size, "seconds": r.seconds, "verified": r.verified}
                    for r in written
                ],
                "failed": [f.message for f in failures],
            },
        )
    else:
        for record in written:
            out.write(f"{record.path}\n")
    import sys

    for failure in failures:
        sys.stderr.write(f"coachdesk: {failure.message}\n")
    if failures:
        return max(f.exit_code for f in failures)
    return 0


# --- list --------------------------------------------------------------------------------------


def cmd_backup_list(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services.backup import list_backups, load_backup_settings

    if args.folder:
        folders = [Path(args.folder)]
        vault_id = None
    else:
        vault = _unlock(args, lines)
        with vault.session() as db:
            folders = [Path(t) for t in load_backup_settings(db).targets]
        vault_id = vault.vault_id
    found = list_backups(folders, vault_id)
    if args.json:
        _dump(
            out,
            [
                {
                    "path": str(b.path),
                    "created": _when(b.created),
                    "size": b.size,
                    "vault_id": b.vault_id,
                    "has_passphrase": b.has_passphrase,
                    "app_version": b.app_version,
                }
                for b in found
            ],
        )
        return 0
    from coachdesk.cli import _write_table

    rows = [[_when(b.created), _mb(b.size), b.vault_id[:8], str(b.path)] for b in found]
    _write_table(out, ("Created", "Size", "Vault", "File"), rows)
    out.write(f"{len(found)} backup{'s' if len(found) != 1 else ''}\n")
    return 0


# --- verify ------------------------------------------------------------------------------------


def _info_json(info: BackupInfo) -> dict[str, object]:
    return {
        "path": str(info.path),
        "created": _when(info.created),
        "vault_id": info.vault_id,
        "practice": info.practice_name,
        "app_version": info.app_version,
        "format_version": info.format_version,
        "size": info.size,
        "counts": info.counts,
        "has_passphrase": info.has_passphrase,
        "erasure_ledger_entries": info.ledger_entries,
    }


def cmd_backup_verify(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.cli import credential_for
    from coachdesk.services.backup import VerifyIdentity, verify_backup
    from coachdesk.vault.backup_keys import verify_identities

    credential: Any = credential_for(args, lines)
    vault_id = None
    if credential is None:  # this vault's own check key, from the unlocked vault
        vault = _unlock(args, lines)
        with vault.session() as db:
            identities = verify_identities(db)
        vault_id = vault.vault_id
        from coachdesk.domain.backup_errors import BackupNoVerifyKey

        if not identities:
            raise BackupNoVerifyKey(name=Path(args.file).name)
        credential = VerifyIdentity(identities[0], identities[1:])
    info = verify_backup(Path(args.file), credential, vault_id=vault_id)
    if args.json:
        _dump(out, {"ok": True, **_info_json(info)})
        return 0
    counts = ", ".join(f"{n} {name}" for name, n in info.counts.items())
    out.write(
        f"OK: {info.path.name} is complete and opens.\n"
        f"Made:     {_when(info.created)} by CoachDesk {info.app_version}\n"
        f"Practice: {info.practice_name or '-'} (vault {info.vault_id[:8]})\n"
        f"Contains: {counts}\n"
    )
    return 0


COMMANDS = {
    ("backup", "create"): cmd_backup_create,
    ("backup", "list"): cmd_backup_list,
    ("backup", "verify"): cmd_backup_verify,
    **cli_backup_restore.COMMANDS,
}
