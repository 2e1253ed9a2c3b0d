"""``coachdesk client erase|anonymise|hold`` and ``coachdesk audit verify``.

Registered by ``coachdesk.cli``; same conventions: one sentence on stderr and an exit code (1 the
request cannot be done, 2 usage such as a missing ``--yes``, 4 a broken chain in ``audit
verify``). Erasure cannot be undone, so it needs ``--yes``. ``--letter FILE`` (or a folder) writes
the confirmation letter in ``--lang nl|en``; ``--informed RECIPIENT ...`` names the recipients
already told (Art. 19), the others get a task. The letter's folder is checked before erasing.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coachdesk.cli_agenda import UsageError, parse_day
from coachdesk.domain.errors import EXIT_DAMAGED, UserError

if TYPE_CHECKING:
    from coachdesk.cli import Lines
    from coachdesk.services.access import Vault
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


COMMANDS = {
    ("register", "processing"): cmd_register_processing,
    ("client", "erase"): cmd_client_erase,
    ("client", "anonymise"): cmd_client_anonymise,
    ("client", "hold"): cmd_client_hold,
    ("audit", "verify"): cmd_audit_verify,
}
