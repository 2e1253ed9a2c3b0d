"""The ``coachdesk`` command: the window by default, subcommands for automation.

Every failure is one sentence on stderr and an exit code: 1 the request cannot be done, 2 usage,
3 the vault cannot be unlocked (wrong or missing key), 4 the vault is damaged, 70 a bug (logged
without client data). Never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from coachdesk import __version__, cli_agenda, cli_backup, cli_export, cli_privacy, cli_retention
from coachdesk.crashlog import log_unexpected
from coachdesk.domain.errors import (
    EXIT_USAGE,
    CoachDeskError,
    KeyringUnavailable,
    NoKeyAvailable,
    UserError,
)
from coachdesk.domain.models import ClientStatus
from coachdesk.paths import DataPaths, data_paths
from coachdesk.services import access
from coachdesk.services.clients import client_details, client_to_json, find_clients, global_search
from coachdesk.services.status import vault_status

EXIT_BUG = 70


class Lines:
    """Hands out lines of standard input one by one (passphrase, then a new passphrase)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def next(self, what: str) -> str:
        line = self._stream.readline()
        if not line:
            raise UserError("Expected {what} on standard input, but it was empty.", what=what)
        return line.rstrip("\r\n")


# --- argument parsing ----------------------------------------------------------------------


def _common_options(suppress: bool) -> argparse.ArgumentParser:
    """Options every command takes, before or after the command name.

    The copy attached to subcommands leaves unset options out of the namespace, so that
    ``coachdesk --data-dir X status`` keeps X instead of the subcommand's default.
    """
    default = argparse.SUPPRESS if suppress else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=default, help="folder of the vault (default: per user)"
    )
    common.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="read the passphrase from standard input",
    )
    common.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        default=default,
        help="unlock with the recovery key in FILE",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(suppress=True)
    parser = argparse.ArgumentParser(
        prog="coachdesk",
        description="CoachDesk: encrypted client dossiers for coaches. Without a command, "
        "the window opens.",
        parents=[_common_options(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=f"CoachDesk {__version__}")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help="create a new vault")
    p.add_argument("--no-keyring", action="store_true", help="keep no key in the system keychain")
    p.add_argument("--json", action="store_true", help="print the result as JSON")

    p = sub.add_parser("status", parents=[common], help="vault id, versions, counts, key slots")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("demo", parents=[common], help="fill the vault with a demo practice")
    p.add_argument("--clients", type=_positive_int, default=200, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--no-attachments", action="store_true", help="skip the PDF attachments")
    p.add_argument("--size", choices=["L", "XL"], help="a benchmark practice (ignores --clients)")

    client = sub.add_parser("client", help="list and show clients").add_subparsers(
        dest="client_command", metavar="ACTION", required=True
    )
    p = client.add_parser("list", parents=[common], help="list clients")
    p.add_argument("--search", default="", metavar="TEXT")
    p.add_argument("--status", choices=[s.value for s in ClientStatus], action="append")
    p.add_argument("--json", action="store_true")
    p = client.add_parser("show", parents=[common], help="show one client")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--json", action="store_true")
    cli_export.add_parsers(client, common)

    p = sub.add_parser("search", parents=[common], help="full-text search over names and notes")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--json", action="store_true")

    key = sub.add_parser("key", help="passphrase, keychain and key rotation").add_subparsers(
        dest="key_command", metavar="ACTION", required=True
    )
    key.add_parser(
        "passphrase",
        parents=[common],
        help="set or change the passphrase (new one from stdin after the unlocking secret)",
    )
    key.add_parser("rotate", parents=[common], help="re-encrypt the vault under a new key")
    p = key.add_parser("keychain", parents=[common], help="keep a key copy in the keychain or not")
    p.add_argument("state", choices=["on", "off"])
    cli_agenda.add_parsers(sub, common)
    cli_privacy.add_parsers(sub, client, common)
    cli_retention.add_parsers(sub, common)
    cli_backup.add_parsers(sub, common)
    return parser


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1 or value > 100_000:
        raise argparse.ArgumentTypeError("give a number from 1 to 100000")
    return value


# --- unlocking -------------------------------------------------------------------------------


def credential_for(args: argparse.Namespace, lines: Lines) -> access.Credential | None:
    """The credential the flags ask for, or None for 'try the keychain'."""
    if args.recovery_key_file:
        try:
            text = Path(args.recovery_key_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(
                "The recovery key file {path} cannot be read.", path=args.recovery_key_file
            ) from exc
        return access.RecoveryKey(text)
    if args.passphrase_stdin:
        return access.Passphrase(lines.next("the passphrase"))
    return None


def unlock(args: argparse.Namespace, lines: Lines) -> access.Vault:
    paths = data_paths(args.data_dir)
    credential = credential_for(args, lines)
    args.credential = credential
    if credential is not None:
        return access.unlock_vault(paths, credential)
    try:
        return access.unlock_vault(paths, access.Keychain())
    except (NoKeyAvailable, KeyringUnavailable):
        if not sys.stdin.isatty():
            raise
    return access.unlock_vault(paths, access.Passphrase(getpass.getpass("Passphrase: ")))


# --- commands --------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    paths = data_paths(args.data_dir)
    passphrase = lines.next("the passphrase") if args.passphrase_stdin else None
    use_keyring = not args.no_keyring and access.keyring_available()
    if passphrase is None and not use_keyring:
        if args.no_keyring:
            reason = "you chose --no-keyring"
        else:
            reason = "this computer has no system keychain"
        raise UserError(
            "A passphrase is required because {reason}: give it with --passphrase-stdin.",
            reason=reason,
        )
    vault, identity = access.create_vault(paths, passphrase=passphrase, use_keyring=use_keyring)
    if args.json:
        json.dump(
            {
                "vault_id": vault.vault_id,
                "data_dir": str(paths.root),
                "recovery_key": identity,
                "key_slots": {"passphrase": passphrase is not None, "keychain": use_keyring},
            },
            out,
            indent=2,
        )
        out.write("\n")
        return 0
    slots = ["recovery key"]
    if passphrase is not None:
        slots.append("passphrase")
    if use_keyring:
        slots.append("system keychain")
    out.write(
        f"Vault created in {paths.root}\n"
        f"It opens with: {', '.join(slots)}.\n\n"
        "RECOVERY KEY (shown only this once)\n\n"
        f"    {access.format_recovery_key(identity)}\n\n"
        "Write it on paper or print it, and keep it somewhere safe, away from this computer.\n"
        "It opens this vault and every backup if the passphrase is forgotten or the computer\n"
        "is lost. Anyone who has it can read your practice's data.\n"
    )
    return 0


def cmd_status(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    vault = unlock(args, lines)
    with vault.session() as db:
        status = vault_status(vault, db)
    if args.json:
        json.dump(status.to_json(), out, indent=2)
        out.write("\n")
        return 0
    slots = ", ".join(name.replace("_", " ") for name, on in status.slots.items() if on)
    out.write(
        f"Vault id:        {status.vault_id}\n"
        f"Data folder:     {status.data_dir}\n"
        f"Schema version:  {status.schema_version} (this program: "
        f"{status.program_schema_version})\n"
        f"CoachDesk:       {status.app_version}, SQLCipher {status.cipher_version}\n"
        f"Key slots:       {slots}\n"
        f"Vault size:      {status.vault_bytes / 1_048_576:.1f} MB\n"
        "Records:\n"
    )
    for table, n in status.counts.items():
        out.write(f"  {table.replace('_', ' '):<16} {n:>8}\n")
    return 0


def cmd_demo(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services.demo import generate_demo

    vault = unlock(args, lines)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\rCreating demo practice: {done}/{total} clients")
            sys.stderr.flush()

    with vault.session() as db:
        if args.size:
            from coachdesk.services.demo_sizes import generate_sized_demo

            summary = generate_sized_demo(
                db, args.size, seed=args.seed, attachments=not args.no_attachments,
                progress=progress,
            )  # fmt: skip
        else:
            summary = generate_demo(
                db, clients=args.clients, seed=args.seed, attachments=not args.no_attachments,
                progress=progress,
            )  # fmt: skip
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    elapsed = time.perf_counter() - started
    out.write(
        f"Demo practice added in {elapsed:.1f} s: {summary.clients} clients, "
        f"{summary.notes} notes, {summary.appointments} appointments, {summary.tasks} tasks, "
        f"{summary.documents} documents.\n"
    )
    return 0


def _client_rows(args: argparse.Namespace, lines: Lines) -> list[dict[str, object]]:
    vault = unlock(args, lines)
    statuses = tuple(ClientStatus(s) for s in (args.status or ()))
    with vault.session() as db:
        return [client_to_json(c) for c in find_clients(db, args.search, statuses)]


def cmd_client_list(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    rows = _client_rows(args, lines)
    if args.json:
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    columns = ("number", "name", "status", "email", "organisation")
    headers = ("Number", "Name", "Status", "E-mail", "Organisation")
    _write_table(out, headers, [[str(r[c]) for c in columns] for r in rows])
    out.write(f"{len(rows)} client{'s' if len(rows) != 1 else ''}\n")
    return 0


def cmd_client_show(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    vault = unlock(args, lines)
    with vault.session() as db:
        details = client_details(db, args.number)
    if args.json:
        json.dump(details, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    labels = {
        "number": "Number", "name": "Name", "preferred_name": "Preferred name",
        "date_of_birth": "Date of birth", "email": "E-mail", "phone": "Phone",
        "street": "Street", "postcode": "Postcode", "city": "City", "country": "Country",
        "organisation": "Organisation", "referral_source": "Referred by", "status": "Status",
        "tags": "Tags", "created_at": "Created", "updated_at": "Changed",
    }  # fmt: skip
    for key, label in labels.items():
        value = details[key]
        if isinstance(value, list):
            value = ", ".join(value)
        if value:
            out.write(f"{label + ':':<16} {value}\n")
    for t in details["trajectories"]:  # type: ignore[attr-defined]
        period = f"{t['start_date'] or '?'} – {t['end_date'] or 'ongoing'}"
        out.write(f"Trajectory:      {t['title'] or t['goal']} ({period})\n")
    counts = details["counts"]
    out.write("Records:         " + ", ".join(f"{n} {k}" for k, n in counts.items()) + "\n")  # type: ignore[attr-defined]
    return 0


def cmd_search(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    vault = unlock(args, lines)
    with vault.session() as db:
        hits = global_search(db, args.text)
    if args.json:
        json.dump(
            [
                {
                    "kind": h.kind,
                    "client": h.client_number,
                    "name": h.client_name,
                    "title": h.title,
                    "snippet": h.snippet,
                }
                for h in hits
            ],
            out,
            indent=2,
            ensure_ascii=False,
        )
        out.write("\n")
        return 0
    for hit in hits:
        if hit.kind == "client":
            out.write(f"client  {hit.client_number}  {hit.client_name}\n")
        else:
            snippet = " ".join(hit.snippet.split())
            out.write(f"note    {hit.client_number}  {hit.client_name}: {hit.title} — {snippet}\n")
    out.write(f"{len(hits)} result{'s' if len(hits) != 1 else ''}\n")
    return 0


def cmd_key_passphrase(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    vault = unlock(args, lines)
    if sys.stdin.isatty() and not args.passphrase_stdin:
        new = getpass.getpass("New passphrase: ")
        if getpass.getpass("Repeat: ") != new:
            raise UserError("The two passphrases differ. Nothing was changed.")
    else:
        new = lines.next("the new passphrase")
    vault.set_passphrase(new)
    out.write("The passphrase was changed. The recovery key still opens the vault.\n")
    return 0


def cmd_key_rotate(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    vault = unlock(args, lines)
    passphrase = None
    if vault.meta.has_passphrase:
        # Rotation re-seals the passphrase slot, so it needs the passphrase itself.
        used = getattr(args, "credential", None)
        if isinstance(used, access.Passphrase):
            passphrase = used.text
        elif sys.stdin.isatty():
            passphrase = getpass.getpass("Passphrase (to seal the new key): ")
        else:
            passphrase = lines.next("the passphrase")
    vault.rotate_key(passphrase)
    out.write("The vault is now encrypted with a new key. Every key slot was updated.\n")
    return 0


def cmd_key_keychain(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    vault = unlock(args, lines)
    vault.set_keyring(args.state == "on")
    out.write(
        "The system keychain now opens this vault.\n"
        if args.state == "on"
        else "The system keychain no longer keeps a key for this vault.\n"
    )
    return 0


COMMANDS = {
    ("init", None): cmd_init,
    ("status", None): cmd_status,
    ("demo", None): cmd_demo,
    ("client", "list"): cmd_client_list,
    ("client", "show"): cmd_client_show,
    ("search", None): cmd_search,
    ("key", "passphrase"): cmd_key_passphrase,
    ("key", "rotate"): cmd_key_rotate,
    ("key", "keychain"): cmd_key_keychain,
    **cli_agenda.COMMANDS,
    **cli_privacy.COMMANDS,
    **cli_export.COMMANDS,
    **cli_retention.COMMANDS,
    **cli_backup.COMMANDS,
}


def _write_table(out: TextIO, headers: Sequence[str], rows: list[list[str]]) -> None:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    widths = [min(w, 40) for w in widths]

    def fmt(cells: Sequence[str]) -> str:
        return "  ".join(_clip(c, w).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out.write(fmt(headers) + "\n")
    for row in rows:
        out.write(fmt(row) + "\n")


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _run_gui(args: argparse.Namespace) -> int:
    try:
        from coachdesk.ui.app import run_gui
    except ImportError as exc:  # Qt libraries missing on this machine
        raise UserError(
            "The window cannot start here ({reason}). The subcommands still work; see "
            "'coachdesk --help'.",
            reason=type(exc).__name__,
        ) from exc
    return run_gui(data_paths(args.data_dir), self_test=args.self_test)


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None) -> int:  # fmt: skip
    """Entry point of ``coachdesk`` and ``python -m coachdesk``; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = stdout or sys.stdout
    lines = Lines(stdin or sys.stdin)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    paths: DataPaths | None = None
    try:
        paths = data_paths(args.data_dir)
        if args.command is None:
            return _run_gui(args)
        from coachdesk.services.backup.cleanup import clean_up_leftovers

        clean_up_leftovers(paths)  # a killed restore is finished or undone before any unlock
        sub = getattr(args, f"{args.command}_command", None)
        return COMMANDS[(args.command, sub)](args, lines, out)
    except CoachDeskError as exc:
        sys.stderr.write(f"coachdesk: {exc.message}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("coachdesk: interrupted; nothing half-done was kept.\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: log it without client data, say so plainly
        where = log_unexpected(paths.log_dir, type(exc), exc.__traceback__) if paths else None
        hint = f" Details (without client data) are in {where}." if where else ""
        sys.stderr.write(
            f"coachdesk: an unexpected error ({type(exc).__name__}) stopped this command.{hint}\n"
        )
        return EXIT_BUG
