"""``coachdesk retention due|apply|auto|status`` and ``coachdesk request add|list``.

Registered by ``coachdesk.cli`` like ``cli_agenda``; the same conventions (one sentence on
stderr and an exit code, ``--json`` for scripts). ``retention apply`` changes nothing without
``--yes``. The services are imported when a command runs.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING, TextIO

from coachdesk.cli_agenda import UsageError, parse_day
from coachdesk.domain.errors import NotFound

if TYPE_CHECKING:
    from coachdesk.cli import Lines
    from coachdesk.services.access import Db, Vault
    from coachdesk.services.requests import DataRequest

REQUEST_KINDS = ("access", "rectification", "erasure", "restriction", "objection", "portability")


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    actions = sub.add_parser("retention", help="what is past its retention period; act on it")
    ret_sub = actions.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    p = ret_sub.add_parser("due", parents=[common], help="list what is past its retention period")
    p.add_argument("--json", action="store_true")
    p = ret_sub.add_parser(
        "apply", parents=[common], help="erase or anonymise everything that is due"
    )
    p.add_argument("--yes", action="store_true", help="really do it (there is no undo)")
    p.add_argument("--json", action="store_true")
    p = ret_sub.add_parser(
        "auto", parents=[common], help="switch the automatic mode (at start and daily) on or off"
    )
    p.add_argument("mode", choices=("on", "off"))
    p = ret_sub.add_parser(
        "status", parents=[common], help="the automatic mode, its last run and what is due"
    )
    p.add_argument("--json", action="store_true")

    actions = sub.add_parser("request", help="the register of data-subject requests")
    req_sub = actions.add_subparsers(dest="request_command", metavar="ACTION", required=True)
    p = req_sub.add_parser("add", parents=[common], help="register a request from a client")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--kind", choices=REQUEST_KINDS, default="access")
    p.add_argument("--received", type=parse_day, metavar="DATE", help="default: today")
    p.add_argument("--note", default="")
    p.add_argument("--json", action="store_true")
    p = req_sub.add_parser("list", parents=[common], help="requests, open ones first")
    p.add_argument("--all", action="store_true", help="include completed requests")
    p.add_argument("--json", action="store_true")


def _unlock(args: argparse.Namespace, lines: Lines) -> Vault:
    from coachdesk.cli import unlock  # late: cli imports this module to register it

    return unlock(args, lines)


def _table(out: TextIO, headers: tuple[str, ...], rows: list[list[str]]) -> None:
    from coachdesk.cli import _write_table

    _write_table(out, headers, rows)


def _dump(out: TextIO, value: object) -> None:
    json.dump(value, out, indent=2, ensure_ascii=False)
    out.write("\n")


# --- retention -------------------------------------------------------------------------------


def _due(vault: Vault, today: date) -> tuple[list, list, tuple]:  # type: ignore[type-arg]
    from coachdesk.services.retention import load_rules
    from coachdesk.services.retention_sweep import sweep

    with vault.session() as db:
        rules = load_rules(db)
        found = sweep(db, rules, today)
    return list(found.due), list(found.on_hold), rules


def cmd_retention_due(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    vault = _unlock(args, lines)
    today = date.today()
    due, held, _rules = _due(vault, today)
    rows = [
        {
            "client": i.number,
            "name": i.name,
            "category": i.category.value,
            "due_since": i.due_since.isoformat(),
            "action": "erase_appointments" if i.category.value == "agenda" else i.action.value,
            "appointments": i.appointments,
        }
        for i in due
    ]
    holds = [
        {
            "client": h.number,
            "name": h.name,
            "category": h.category.value,
            "due_since": h.due_since.isoformat(),
            "review_on": h.review_on.isoformat() if h.review_on else None,
        }
        for h in held
    ]
    if args.json:
        _dump(out, {"date": today.isoformat(), "due": rows, "on_hold": holds})
        return 0
    table = [
        [str(r["due_since"]), str(r["client"]), str(r["name"]), str(r["category"]),
         str(r["action"])]
        for r in rows
    ]  # fmt: skip
    _table(out, ("Due since", "Client", "Name", "Category", "Action"), table)
    out.write(f"{len(rows)} item{'s' if len(rows) != 1 else ''} past the retention period\n")
    for h in holds:
        out.write(f"On legal hold: {h['client']} (review {h['review_on'] or '-'})\n")
    return 0


def cmd_retention_apply(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services.retention_sweep import apply

    if not args.yes:
        raise UsageError(
            "Erasing cannot be undone; run 'coachdesk retention due' to see what is due, then"
            " add --yes."
        )
    vault = _unlock(args, lines)
    today = date.today()
    due, _held, rules = _due(vault, today)
    report = apply(vault, due, today=today, rules=rules)
    if args.json:
        _dump(
            out,
            {
                "erased": report.erased,
                "anonymised": report.anonymised,
                "appointments_removed": report.appointments_removed,
                "skipped": [{"client": n, "reason": why} for n, why in report.skipped],
            },
        )
        return 0
    out.write(
        f"Erased {len(report.erased)}, anonymised {len(report.anonymised)} client(s);"
        f" removed {report.appointments_removed} old appointment(s).\n"
    )
    for number, why in report.skipped:
        out.write(f"Skipped {number}: {why}\n")
    return 0


def cmd_retention_auto(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services.retention_auto import set_auto

    vault = _unlock(args, lines)
    on = args.mode == "on"
    with vault.session() as db:
        changed = set_auto(db, on)
    state = "on" if on else "off"
    out.write(f"Automatic retention is {state}{'' if changed else ' (unchanged)'}.\n")
    if on:
        out.write(
            "Items past their retention date are erased or anonymised, as each rule says, when"
            " the app is unlocked and once a day while it is open; clients under a legal hold are"
            " skipped. Run 'coachdesk retention apply --yes' to act on them now.\n"
        )
    return 0


def cmd_retention_status(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services.retention_auto import auto_enabled, last_run

    vault = _unlock(args, lines)
    with vault.session() as db:
        enabled, run = auto_enabled(db), last_run(db)
    due, held, _rules = _due(vault, date.today())
    if args.json:
        last = None
        if run is not None:
            last = {
                "at": run.at,
                "erased": run.erased,
                "anonymised": run.anonymised,
                "appointments_removed": run.appointments_removed,
                "skipped": run.skipped,
            }
        _dump(out, {"auto": enabled, "last_run": last, "due": len(due), "on_hold": len(held)})
        return 0
    out.write(f"Automatic mode: {'on' if enabled else 'off'}\n")
    if run is None:
        out.write("Last automatic run: never\n")
    else:
        out.write(
            f"Last automatic run: {run.local_time:%Y-%m-%d %H:%M} (erased {run.erased},"
            f" anonymised {run.anonymised}, old appointments removed {run.appointments_removed},"
            f" skipped {run.skipped})\n"
        )
    out.write(f"Due now: {len(due)}; on legal hold: {len(held)}\n")
    return 0


# --- requests --------------------------------------------------------------------------------


def _client_id(db: Db, number: str) -> int:
    found = db.scalar("SELECT id FROM clients WHERE number = :n", {"n": number.strip()})
    if found is None:
        raise NotFound(what="client", key=number)
    return int(found)


def _request_json(r: DataRequest) -> dict[str, object]:
    return {
        "client": r.client_number,
        "kind": r.kind.value,
        "received": r.received_on.isoformat(),
        "due": r.due_on.isoformat(),
        "extended_to": r.extended_to.isoformat() if r.extended_to else None,
        "extension_reason": r.extension_reason,
        "completed": r.completed_on.isoformat() if r.completed_on else None,
    }


def cmd_request_add(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services import requests

    vault = _unlock(args, lines)
    with vault.session() as db:
        made = requests.add(
            db, _client_id(db, args.number), args.kind, args.received or date.today(),
            note=args.note,
        )  # fmt: skip
    if args.json:
        _dump(out, _request_json(made))
        return 0
    out.write(
        f"Request registered for {made.client_number}: {made.kind.value}, received"
        f" {made.received_on.isoformat()}, due {made.due_on.isoformat()}.\n"
    )
    return 0


def cmd_request_list(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services import requests

    vault = _unlock(args, lines)
    with vault.session() as db:
        found = requests.list_all(db) if args.all else requests.list_open(db)
    rows = [_request_json(r) for r in found]
    if args.json:
        _dump(out, rows)
        return 0
    table = [
        [str(r["client"]), str(r["kind"]), str(r["received"]),
         str(r["extended_to"] or r["due"]), str(r["completed"] or "")]
        for r in rows
    ]  # fmt: skip
    _table(out, ("Client", "Kind", "Received", "Due", "Completed"), table)
    out.write(f"{len(rows)} request{'s' if len(rows) != 1 else ''}\n")
    return 0


COMMANDS = {
    ("retention", "due"): cmd_retention_due,
    ("retention", "apply"): cmd_retention_apply,
    ("retention", "auto"): cmd_retention_auto,
    ("retention", "status"): cmd_retention_status,
    ("request", "add"): cmd_request_add,
    ("request", "list"): cmd_request_list,
}
