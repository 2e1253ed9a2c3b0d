"""``coachdesk client erase|anonymise|hold``, ``coachdesk audit verify``, ``coachdesk register
processing|breaches`` and ``coachdesk breach add``.

Registered by ``coachdesk.cli``; same conventions: one sentence on stderr and an exit code (1 the
request cannot be done, 2 usage such as a missing ``--yes``, 4 a broken chain in ``audit
verify``). Erasure cannot be undone, so it needs ``--yes``. ``--letter FILE`` (or a folder) writes
the confirmation letter in ``--lang nl|en``; ``--informed RECIPIENT ...`` names the recipients
already told (Art. 19), the others get a task. The letter's folder is checked before erasing.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coachdesk.cli_agenda import UsageError, parse_day
from coachdesk.domain.errors import EXIT_DAMAGED, UserError

if TYPE_CHECKING:
    from coachdesk.cli import Lines
    from coachdesk.services.access import Vault
    from coachdesk.services.breaches import Breach
    from coachdesk.services.privacy import ErasureReport

THEME_CHOICES = (
    "loopbaan", "re-integratie", "werkstress/burn-out", "leiderschap",
    "persoonlijke ontwikkeling", "team/relaties", "overig",
)  # fmt: skip  # = domain.statistics.THEMES (a test checks)


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    client: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    p = client.add_parser(
        "erase", parents=[common], help="erase a client and everything about them (final)"
    )
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    p.add_argument("--json", action="store_true")
    _letter_arguments(p)
    p = client.add_parser(
        "anonymise", parents=[common], help="count a client in the statistics, then erase them"
    )
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    p.add_argument("--theme", choices=THEME_CHOICES, default="overig")
    p.add_argument("--json", action="store_true")
    _letter_arguments(p)
    p = client.add_parser("hold", parents=[common], help="place or lift a legal hold")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--reason", metavar="TEXT")
    p.add_argument("--until", type=parse_day, metavar="DATE", help="review date")
    p.add_argument("--lift", action="store_true", help="lift the hold instead")

    audit = sub.add_parser("audit", help="check the audit log and the erasure ledger")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = audit_sub.add_parser(
        "verify", parents=[common], help="check the hash chains and the ledger's sidecar file"
    )
    p.add_argument("--json", action="store_true")

    register = sub.add_parser("register", help="the registers the GDPR asks a coach to keep")
    register_sub = register.add_subparsers(
        dest="register_command", metavar="REGISTER", required=True
    )
    p = register_sub.add_parser(
        "processing", parents=[common], help="write the processing register (Art. 30) as PDF"
    )
    p.add_argument("--to", dest="target", required=True, metavar="PATH",
                   help="a PDF file name or an existing folder")  # fmt: skip
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the register")
    p = register_sub.add_parser(
        "breaches", parents=[common], help="list the breach register (Art. 33(5)), newest first"
    )
    p.add_argument("--json", action="store_true")

    breach = sub.add_parser("breach", help="record a data breach in the breach register")
    breach_sub = breach.add_subparsers(dest="breach_command", metavar="ACTION", required=True)
    p = breach_sub.add_parser("add", parents=[common], help="record a data breach (Art. 33(5))")
    p.add_argument("--description", required=True, metavar="TEXT", help="what happened")
    p.add_argument("--discovered", required=True, type=parse_moment, metavar="ISO",
                   help="when it was discovered, e.g. 2026-03-05T14:30 (local time) or with"
                   " an offset, 2026-03-05T14:30+01:00")  # fmt: skip
    p.add_argument("--risk", choices=("none", "risk", "high"), default="risk",
                   help="risk for the people involved; 'none' needs --reason")  # fmt: skip
    p.add_argument("--encrypted", action="store_true",
                   help="the data was encrypted with a key not on the lost device")  # fmt: skip
    p.add_argument("--people", type=int, metavar="N", help="about how many people are affected")
    p.add_argument("--reason", default="", metavar="TEXT", help="why it is not reported")
    p.add_argument("--json", action="store_true")


def parse_moment(text: str) -> datetime:
    """An argparse type: an ISO date and time; without an offset it is the computer's time."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date and time; write it as 2026-03-05T14:30"
        ) from None
    return value if value.utcoffset() is not None else value.astimezone()


def _letter_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--letter", metavar="FILE", help="write the confirmation letter (PDF) to FILE or a folder"
    )
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the letter")
    p.add_argument("--informed", nargs="+", action="extend", default=[], metavar="RECIPIENT",
                   help="recipients already told of the erasure (Art. 19); a task is added to"
                   " inform the others")  # fmt: skip


def _letter_target(args: argparse.Namespace) -> Path | None:
    """Where the letter goes; checked before erasing, as the name is gone afterwards."""
    if not args.letter:
        return None
    target = Path(args.letter).expanduser()
    folder = target if target.is_dir() else target.parent
    if not folder.is_dir():
        raise UsageError("The folder {path} does not exist.", path=str(folder))
    return target


def _unlock(args: argparse.Namespace, lines: Lines) -> Vault:
    from coachdesk.cli import unlock  # late: cli imports this module to register it

    return unlock(args, lines)


def _confirmed(args: argparse.Namespace) -> None:
    if not args.yes:
        raise UsageError(
            "Erasing client {number} cannot be undone; add --yes to confirm.", number=args.number
        )


def _report_json(report: ErasureReport) -> dict[str, object]:
    stats = report.statistics
    return {
        "client": report.client_number,
        "action": report.action,
        "legal_basis": report.legal_basis,
        "deleted": report.deleted,
        "audit_entries_kept": report.audit_entries_kept,
        "kept": list(report.kept),
        "ledger_hash": report.ledger_entry.hash,
        "tell_recipients": list(report.disclosure_recipients),
        "statistics": None if stats is None else {
            "year": stats.year, "theme": stats.theme, "age_band": stats.age_band,
            "sessions_band": stats.sessions_band,
        },
        "maintenance_complete": report.maintenance_complete,
        "seconds": round(report.seconds, 3),
        "warnings": list(report.warnings),
    }  # fmt: skip


def _write_report(
    out: TextIO, report: ErasureReport, as_json: bool, extra: dict[str, object] | None = None
) -> None:
    if as_json:
        data = _report_json(report) | (extra or {})
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    done = "anonymised" if report.action == "anonymise" else "erased"
    out.write(f"Client {report.client_number} {done} in {report.seconds:.1f} s.\n")
    parts = ", ".join(f"{n} {table}" for table, n in report.deleted.items())
    out.write(f"Deleted: {parts}.\n")
    if report.statistics is not None:
        s = report.statistics
        out.write(
            f"Counted in the statistics: {s.year}, {s.theme}, age {s.age_band},"
            f" sessions {s.sessions_band}.\n"
        )
    out.write(f"Kept: {report.audit_entries_kept} audit entries and one ledger entry, with the"
              " random id only.\n")  # fmt: skip
    if report.disclosure_recipients and extra is None:
        out.write("Tell these recipients about the erasure (Art. 19): "
                  + "; ".join(report.disclosure_recipients) + "\n")  # fmt: skip
    if extra is not None:
        out.write(f"Reference (ledger entry): {extra['reference']}\n")
    for warning in report.warnings:
        out.write(f"Note: {warning}\n")


def _erase(args: argparse.Namespace, lines: Lines, out: TextIO, *, anonymise: bool) -> int:
    from coachdesk.services import privacy
    from coachdesk.services.erasure_letter import erase_with_letter

    _confirmed(args)
    target = _letter_target(args)
    vault = _unlock(args, lines)
    with vault.session() as db:
        client_id = privacy.client_id_for_number(db, args.number)
    theme = getattr(args, "theme", None)
    outcome = erase_with_letter(
        vault, client_id, anonymise=anonymise, theme=theme, informed=args.informed
    )
    letter = outcome.letter
    written: Path | None = None
    failure: UserError | None = None
    if target is not None:
        path = target / letter.file_name(args.lang) if target.is_dir() else target
        try:
            written = letter.write(path, args.lang)
        except UserError as exc:  # the erasure stands; say so before the error
            failure = exc
    extra = {
        "reference": letter.reference,
        "letter": None if written is None else str(written),
        "informed": [r.recipient for r in letter.recipients if r.informed],
        "tasks": [t.title for t in outcome.tasks],
    }
    _write_report(out, outcome.report, args.json, extra)
    if not args.json:
        for notice in letter.recipients:
            state = "informed" if notice.informed else "a task reminds you to inform them"
            out.write(f"Art. 19 recipient {notice.recipient}: {state}.\n")
        if written is not None:
            out.write(f"Confirmation letter ({args.lang}) written to {written}\n")
    if failure is not None:
        raise UserError(
            "The client was erased, but the letter could not be written: {reason}",
            reason=failure.message,
        )
    return 0


def cmd_client_erase(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    return _erase(args, lines, out, anonymise=False)


def cmd_client_anonymise(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    return _erase(args, lines, out, anonymise=True)


def cmd_client_hold(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services import privacy

    if not args.lift and (not args.reason or args.until is None):
        raise UsageError("Give --reason TEXT and --until DATE, or --lift.")
    vault = _unlock(args, lines)
    with vault.session() as db:
        client_id = privacy.client_id_for_number(db, args.number)
        if args.lift:
            lifted = privacy.lift_legal_hold(db, client_id)
            out.write(f"Legal hold on client {args.number} lifted.\n" if lifted
                      else f"Client {args.number} had no legal hold.\n")  # fmt: skip
            return 0
        hold = privacy.set_legal_hold(db, client_id, args.reason, args.until)
    out.write(f"Legal hold on client {args.number} until review on {hold.review_on.isoformat()};"
              " it cannot be erased until the hold is lifted.\n")  # fmt: skip
    return 0


def cmd_audit_verify(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services import privacy

    report = privacy.verify_chains(_unlock(args, lines))
    if args.json:
        out.write(json.dumps({
            "intact": report.intact, "audit_entries": report.audit_entries,
            "ledger_entries": report.ledger_entries, "audit_broken_at": report.audit_broken_at,
            "ledger_broken_at": report.ledger_broken_at, "sidecar_problem": report.sidecar_problem,
        }, indent=2) + "\n")  # fmt: skip
    else:
        out.write(f"Audit log: {report.audit_entries} entries, "
                  + ("intact" if report.audit_broken_at is None
                     else f"broken at entry {report.audit_broken_at}") + ".\n")  # fmt: skip
        out.write(f"Erasure ledger: {report.ledger_entries} entries, "
                  + ("intact" if report.ledger_broken_at is None
                     else f"broken at entry {report.ledger_broken_at}") + ".\n")  # fmt: skip
        out.write(f"Sidecar file: {report.sidecar_problem or 'matches the ledger'}.\n")
    return 0 if report.intact else EXIT_DAMAGED


def cmd_register_processing(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.cli import unlock
    from coachdesk.services.processing_register import write_register

    vault = unlock(args, lines)
    written = write_register(vault, Path(args.target).expanduser(), language=args.lang,
                             today=date.today())  # fmt: skip
    out.write(f"{written}\n")
    return 0


def _breach_json(b: Breach, now: datetime) -> dict[str, object]:
    from coachdesk.services.breaches import hours_left

    def when(value: datetime | None) -> str | None:
        return None if value is None else value.astimezone(UTC).isoformat()

    return {
        "uuid": b.uuid, "discovered_at": when(b.discovered_at), "description": b.description,
        "data_categories": b.data_categories, "people_affected": b.people_affected,
        "encrypted": b.encrypted, "risk": b.risk.value, "consequences": b.consequences,
        "measures": b.measures, "reported_to_ap_at": when(b.reported_to_ap_at),
        "ap_reference": b.ap_reference, "subjects_informed_at": when(b.subjects_informed_at),
        "reason_not_reported": b.reason_not_reported, "report_deadline": when(b.deadline),
        "hours_left": hours_left(b, now) if b.clock_running else None,
    }  # fmt: skip


def _breach_line(b: Breach, now: datetime) -> str:
    from coachdesk.services.breaches import hours_left

    discovered = b.discovered_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if b.reported_to_ap_at is not None:
        state = "reported " + b.reported_to_ap_at.astimezone().strftime("%Y-%m-%d %H:%M")
    elif not b.clock_running:
        state = "not reported: " + (b.reason_not_reported or "no risk")
    elif (left := hours_left(b, now)) < 0:
        state = f"OVERDUE by {-left} h (report to the AP)"
    else:
        state = f"report to the AP within {left} h"
    encrypted = ", encrypted" if b.encrypted else ""
    return f"{discovered}  [{b.risk.value}{encrypted}]  {b.description}  —  {state}\n"


def cmd_register_breaches(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services import breaches

    now = datetime.now(UTC)
    with _unlock(args, lines).session() as db:
        found = breaches.list_all(db)
    if args.json:
        out.write(json.dumps([_breach_json(b, now) for b in found], ensure_ascii=False,
                             indent=2) + "\n")  # fmt: skip
    elif not found:
        out.write("The breach register is empty.\n")
    else:
        out.writelines(_breach_line(b, now) for b in found)
    return 0


def cmd_breach_add(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.services import breaches

    draft = breaches.BreachDraft(
        discovered_at=args.discovered, description=args.description, people_affected=args.people,
        encrypted=args.encrypted, risk=args.risk, reason_not_reported=args.reason,
    )  # fmt: skip
    now = datetime.now(UTC)
    with _unlock(args, lines).session() as db:
        breach = breaches.record(db, draft, now=now)
    if args.json:
        out.write(json.dumps(_breach_json(breach, now), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write("Breach recorded: " + _breach_line(breach, now))
    return 0


COMMANDS = {
    ("register", "processing"): cmd_register_processing,
    ("register", "breaches"): cmd_register_breaches,
    ("breach", "add"): cmd_breach_add,
    ("client", "erase"): cmd_client_erase,
    ("client", "anonymise"): cmd_client_anonymise,
    ("client", "hold"): cmd_client_hold,
    ("audit", "verify"): cmd_audit_verify,
}
