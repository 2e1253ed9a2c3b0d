"""``coachdesk agenda import|export|list`` and ``coachdesk task list|add``.

Registered by ``coachdesk.cli``; same conventions: one sentence on stderr and an exit code
(1 the request cannot be done, 2 usage such as a date that is not a date), ``--json`` for
scripts. Dates are written 2026-03-05 (or the Dutch 5-3-2026); ``--to`` includes that day.

The services (and icalendar) are imported when a command runs, not when the parser is built,
so starting the window or another command does not pay for them.
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coachdesk.domain.errors import EXIT_USAGE, NotFound, UserError

if TYPE_CHECKING:
    from coachdesk.cli import Lines
    from coachdesk.domain.models import Task
    from coachdesk.services.access import Vault

TITLE_CHOICES = ("code", "initials", "name")  # = calendar_ics.TITLE_STYLES (a test checks)
PRIORITY_NAMES = {"high": 1, "normal": 2, "low": 3}  # = services.tasks.PRIORITY_* (checked)
PRIORITY_OF = {value: name for name, value in PRIORITY_NAMES.items()}
_DUTCH_DATE = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")


class UsageError(UserError):
    exit_code = EXIT_USAGE


def parse_day(text: str) -> date:
    """An argparse type: 2026-03-05 or 5-3-2026."""
    value = text.strip()
    try:
        if match := _DUTCH_DATE.match(value):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-05"
        ) from None


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    actions = sub.add_parser("agenda", help="list the agenda; import and export ICS calendars")
    agenda_sub = actions.add_subparsers(dest="agenda_command", metavar="ACTION", required=True)
    p = agenda_sub.add_parser(
        "import", parents=[common], help="import an ICS file (Google, Outlook, Apple, Thunderbird)"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p = agenda_sub.add_parser("export", parents=[common], help="write the agenda as an ICS file")
    p.add_argument("file", metavar="FILE")
    _range_options(p)
    p.add_argument(
        "--titles",
        choices=TITLE_CHOICES,
        default="initials",
        help="how clients are named in event titles (default: initials)",
    )
    p = agenda_sub.add_parser("list", parents=[common], help="appointments (default: 7 days)")
    _range_options(p)
    p.add_argument("--json", action="store_true")

    actions = sub.add_parser("task", help="list and add tasks")
    task_sub = actions.add_subparsers(dest="task_command", metavar="ACTION", required=True)
    p = task_sub.add_parser("list", parents=[common], help="open tasks, soonest due first")
    p.add_argument("--json", action="store_true")
    p = task_sub.add_parser("add", parents=[common], help="add a task")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--due", type=parse_day, metavar="DATE")
    p.add_argument("--client", metavar="NUMBER", help="the client's number, e.g. 2026-014")
    p.add_argument("--priority", choices=tuple(PRIORITY_NAMES), default="normal")
    p.add_argument("--json", action="store_true")


def _range_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="start", type=parse_day, metavar="DATE")
    p.add_argument("--to", dest="end", type=parse_day, metavar="DATE", help="last day included")


def _range(args: argparse.Namespace, default_days: int | None) -> tuple[date | None, date | None]:
    """[start, end) as dates; ``--to`` is inclusive on the command line."""
    start, end = args.start, args.end + timedelta(days=1) if args.end else None
    if default_days is not None:
        start = start or date.today()
        end = end or start + timedelta(days=default_days)
    if start and end and end <= start:
        raise UsageError("The --to date lies before the start of the period (--from, or today).")
    return start, end


def _unlock(args: argparse.Namespace, lines: Lines) -> Vault:
    from coachdesk.cli import unlock  # late: cli imports this module to register it

    return unlock(args, lines)


def _table(out: TextIO, headers: tuple[str, ...], rows: list[list[str]]) -> None:
    from coachdesk.cli import _write_table

    _write_table(out, headers, rows)


def _dump(out: TextIO, value: object) -> None:
    json.dump(value, out, indent=2, ensure_ascii=False)
    out.write("\n")


# --- agenda ----------------------------------------------------------------------------------


def cmd_agenda_import(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services.calendar_ics_import import import_ics
    from coachdesk.services.calendar_ics_read import MAX_BYTES

    path = Path(args.file)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise UserError(
            "The file {path} cannot be read ({reason}).",
            path=args.file,
            reason=exc.strerror or type(exc).__name__,
        ) from None
    vault = _unlock(args, lines)
    with vault.session() as db:
        report = import_ics(db, data)
    if args.json:
        _dump(
            out,
            {
                "imported": report.imported,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "skipped": [{"event": e, "reason": r} for e, r in report.skipped],
            },
        )
        return 0
    out.write(
        f"Imported {report.imported}, updated {report.updated}, "
        f"unchanged {report.unchanged}, skipped {len(report.skipped)}.\n"
    )
    for event, reason in report.skipped:
        out.write(f"  skipped {event}: {reason}\n")
    return 0


def cmd_agenda_export(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services.calendar_ics import export_ics

    start, end = _range(args, None)
    vault = _unlock(args, lines)
    with vault.session() as db:
        count = export_ics(db, args.file, start=start, end=end, titles=args.titles)
    out.write(
        f"Exported {count} event{'s' if count != 1 else ''} to {args.file} "
        f"(clients named by {args.titles}).\n"
    )
    return 0


def cmd_agenda_list(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services import agenda
    from coachdesk.services.calendar_ics import clients_for

    start, end = _range(args, 7)
    assert start is not None and end is not None
    vault = _unlock(args, lines)
    with vault.session() as db:
        found = agenda.occurrences(db, _midnight(start), _midnight(end))
        clients = clients_for(db, {o.source.client_id for o in found if o.source.client_id})
    rows = []
    for o in found:
        client = clients.get(o.source.client_id) if o.source.client_id else None
        rows.append(
            {
                "date": o.start.date().isoformat(),
                "start": o.start.isoformat(timespec="minutes"),
                "end": o.end.isoformat(timespec="minutes"),
                "all_day": o.source.all_day,
                "title": o.source.title,
                "kind": o.source.kind.value,
                "status": o.source.status.value,
                "client": client.number if client else None,
                "client_name": client.full_name if client else None,
                "location": o.source.location,
                "recurring": o.is_recurring,
                "overlaps": len(o.overlaps),
            }
        )
    if args.json:
        _dump(out, rows)
        return 0
    table = [
        [
            r["date"],
            "all day" if r["all_day"] else f"{r['start'][11:]}–{r['end'][11:]}",
            str(r["title"]),
            str(r["client"] or ""),
            str(r["kind"]),
            str(r["status"]),
        ]
        for r in rows
    ]
    _table(out, ("Date", "Time", "Title", "Client", "Kind", "Status"), table)
    out.write(
        f"{len(rows)} appointment{'s' if len(rows) != 1 else ''} "
        f"from {start} to {end - timedelta(days=1)}\n"
    )
    return 0


def _midnight(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


# --- tasks -----------------------------------------------------------------------------------


def _task_json(task: Task, numbers: dict[int, str]) -> dict[str, object]:
    return {
        "title": task.title,
        "due": task.due_date.isoformat() if task.due_date else None,
        "priority": PRIORITY_OF.get(task.priority, "normal"),
        "client": numbers.get(task.client_id) if task.client_id else None,
        "source": task.source.value,
        "done": task.done_at is not None,
    }


def cmd_task_list(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services import tasks
    from coachdesk.services.calendar_ics import clients_for

    vault = _unlock(args, lines)
    with vault.session() as db:
        found = tasks.list_tasks(db)
        clients = clients_for(db, {t.client_id for t in found if t.client_id})
    numbers = {cid: c.number for cid, c in clients.items()}
    rows = [_task_json(t, numbers) for t in found]
    if args.json:
        _dump(out, rows)
        return 0
    table = [
        [
            str(r["due"] or ""),
            str(r["priority"]),
            str(r["title"]),
            str(r["client"] or ""),
            "system" if r["source"] == "system" else "",
        ]
        for r in rows
    ]
    _table(out, ("Due", "Priority", "Title", "Client", ""), table)
    out.write(f"{len(rows)} open task{'s' if len(rows) != 1 else ''}\n")
    return 0


def cmd_task_add(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services import tasks
    from coachdesk.services.clients import find_clients

    vault = _unlock(args, lines)
    with vault.session() as db:
        client_id = None
        if args.client:
            number = args.client.strip()
            match = [c for c in find_clients(db, number) if c.number == number]
            if not match:
                raise NotFound(what="client", key=number)
            client_id = match[0].id
        task = tasks.add_task(
            db,
            args.title,
            due_date=args.due,
            priority=PRIORITY_NAMES[args.priority],
            client_id=client_id,
        )
    if args.json:
        _dump(out, _task_json(task, {client_id: args.client.strip()} if client_id else {}))
        return 0
    due = f", due {task.due_date.isoformat()}" if task.due_date else ""
    out.write(f"Task added: {task.title}{due}.\n")
    return 0


COMMANDS = {
    ("agenda", "import"): cmd_agenda_import,
    ("agenda", "export"): cmd_agenda_export,
    ("agenda", "list"): cmd_agenda_list,
    ("task", "list"): cmd_task_list,
    ("task", "add"): cmd_task_add,
}
